/**
 * Line numbers of `resource.<type>.<name>` and `data.<type>.<name>` keys in a JSON text, so
 * findings (SARIF, annotations) point at the resource. A single pass over the text that
 * tracks object keys; it assumes the text is valid JSON (JSON.parse has already accepted it).
 */

export type LineIndex = Map<string, number>;

export function locateBlocks(text: string): LineIndex {
  const out: LineIndex = new Map();
  const path: (string | null)[] = []; // key under which each open container sits
  const isObject: boolean[] = []; // kind of each open container
  const expectKey: boolean[] = []; // for objects: is the next string a key?
  let pendingKey: string | null = null;
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
    } else if (c === 34) {
      let j = i + 1;
      let escaped = false;
      let hasEscape = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (escaped) escaped = false;
        else if (d === 92) {
          escaped = true;
          hasEscape = true;
        } else if (d === 34) break;
      }
      const top = isObject.length - 1;
      if (top >= 0 && isObject[top] && expectKey[top]) {
        const key = hasEscape ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        pendingKey = key;
        if (path.length === 3) {
          const root = path[1];
          const type = path[2];
          if ((root === "resource" || root === "data") && typeof type === "string") {
            out.set(`${root}.${type}.${key}`, line);
          }
        }
      }
      i = j;
    } else if (c === 123 || c === 91) {
      path.push(pendingKey);
      isObject.push(c === 123);
      expectKey.push(c === 123);
      pendingKey = null;
    } else if (c === 125 || c === 93) {
      path.pop();
      isObject.pop();
      expectKey.pop();
    } else if (c === 58) {
      const top = isObject.length - 1;
      if (top >= 0) expectKey[top] = false;
    } else if (c === 44) {
      const top = isObject.length - 1;
      if (top >= 0 && isObject[top]) expectKey[top] = true;
      pendingKey = null;
    }
  }
  return out;
}
