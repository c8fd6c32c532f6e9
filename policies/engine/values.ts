/**
 * Reading Terraform JSON values the way Terraform does: blocks may be one object or a list
 * of objects, booleans and numbers may arrive as strings, and anything may be an unresolved
 * expression (`${...}`), which a rule must treat as unknown rather than as a value.
 */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A string holding a Terraform expression (`${...}`) somewhere in it. */
export function isExpr(v: unknown): v is string {
  return typeof v === "string" && v.includes("${");
}

/** true/false for literal booleans (also "true"/"false"); undefined when absent or unknown. */
export function bool(v: unknown): boolean | undefined {
  if (v === true || v === "true") return true;
  if (v === false || v === "false") return false;
  return undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

/** A literal (non-expression) non-empty string. */
export function literal(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" && !v.includes("${") ? v : undefined;
}

/** Blocks: an array stays an array, one object becomes [object], null/undefined become []. */
export function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Blocks that are objects (skips expressions and scalars). */
export function blocks(v: unknown): Obj[] {
  return list(v).filter(isObj);
}

/** The first block of a nested block (`access_logs`, `lifecycle`...). */
export function block(v: unknown): Obj | undefined {
  return blocks(v)[0];
}

/** Strings of a list attribute (a single string counts as a list of one). */
export function strings(v: unknown): string[] {
  return list(v).filter((x): x is string => typeof x === "string");
}

/** Dynamic blocks (`dynamic.<name>.content`) of the given name, as plain blocks. */
export function dynamicBlocks(values: Obj, name: string): Obj[] {
  const dyn = block(values.dynamic);
  if (!dyn) return [];
  return blocks(dyn[name]).flatMap((d) => blocks(d.content));
}

/** Static and dynamic blocks of one name. */
export function allBlocks(values: Obj, name: string): Obj[] {
  return [...blocks(values[name]), ...dynamicBlocks(values, name)];
}

/** Resource tags (`tags`), literal values only. */
export function tags(values: Obj): Record<string, string> {
  const out: Record<string, string> = {};
  const t = values.tags;
  if (isObj(t)) {
    for (const [k, v] of Object.entries(t)) if (typeof v === "string") out[k] = v;
  }
  return out;
}

/** `lifecycle.ignore_changes` entries, normalised (`all` stays `all`). */
export function ignoredChanges(values: Obj): string[] {
  const lc = block(values.lifecycle);
  if (!lc) return [];
  const ic = lc.ignore_changes;
  if (ic === "all" || ic === `${"$"}{all}`) return ["all"];
  return strings(ic).map((s) => s.replace(/^\$\{(.*)\}$/, "$1").trim());
}

export function ignoresChange(values: Obj, attribute: string): boolean {
  const ic = ignoredChanges(values);
  return (
    ic.includes("all") ||
    ic.some((a) => a === attribute || a.startsWith(`${attribute}[`) || a.startsWith(`${attribute}.`))
  );
}

/** camelCase / PascalCase keys to snake_case, deeply (WAF statements and AWS API JSON). */
export function snakeKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(snakeKeys);
  if (!isObj(v)) return v;
  const out: Obj = {};
  for (const [k, val] of Object.entries(v)) out[toSnake(k)] = snakeKeys(val);
  return out;
}

export function toSnake(k: string): string {
  if (k.includes("_") || k === k.toLowerCase()) return k.toLowerCase();
  return k
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** Visits every object in a value tree (depth first). */
export function walk(v: unknown, visit: (o: Obj) => void): void {
  if (Array.isArray(v)) {
    for (const x of v) walk(x, visit);
  } else if (isObj(v)) {
    visit(v);
    for (const x of Object.values(v)) walk(x, visit);
  }
}
