/** Caches a query's result per stack or per resource (rules share queries; the CLI is short-lived). */
export function memo<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const v = fn(key);
    cache.set(key, v);
    return v;
  };
}
