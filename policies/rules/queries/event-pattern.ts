/**
 * EventBridge event patterns, evaluated on an event as EventBridge does: every field of the
 * pattern must match; a list matches if any of its matchers does; content filters (prefix,
 * suffix, anything-but, numeric, exists, equals-ignore-case, wildcard) and `$or`. A matcher
 * this reader does not know makes the answer `undefined`, never a guess.
 */
import { isObj, type Obj } from "../../engine/values.ts";

function get(event: unknown, key: string): unknown {
  return isObj(event) ? event[key] : undefined;
}

function leaves(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [v];
}

function wildcard(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return re.test(value);
}

function numeric(spec: unknown[], value: unknown): boolean | undefined {
  if (typeof value !== "number") return false;
  for (let i = 0; i + 1 < spec.length; i += 2) {
    const op = spec[i];
    const n = Number(spec[i + 1]);
    if (Number.isNaN(n)) return undefined;
    const ok =
      op === "="
        ? value === n
        : op === "<"
          ? value < n
          : op === "<="
            ? value <= n
            : op === ">"
              ? value > n
              : op === ">="
                ? value >= n
                : undefined;
    if (ok === undefined) return undefined;
    if (!ok) return false;
  }
  return true;
}

/** One matcher of a pattern list against the field's value (undefined when the field is absent). */
function matcher(m: unknown, value: unknown): boolean | undefined {
  const present = value !== undefined;
  const values = leaves(value);
  if (!isObj(m)) return present && values.some((v) => v === m);
  const [key] = Object.keys(m);
  const arg = m[key!];
  switch (key) {
    case "prefix":
      return (
        present && values.some((v) => typeof v === "string" && typeof arg === "string" && v.startsWith(arg))
      );
    case "suffix":
      return (
        present && values.some((v) => typeof v === "string" && typeof arg === "string" && v.endsWith(arg))
      );
    case "equals-ignore-case":
      return (
        present &&
        values.some(
          (v) => typeof v === "string" && typeof arg === "string" && v.toLowerCase() === arg.toLowerCase(),
        )
      );
    case "wildcard":
      return (
        present && values.some((v) => typeof v === "string" && typeof arg === "string" && wildcard(arg, v))
      );
    case "exists":
      return arg === present;
    case "numeric": {
      if (!present || !Array.isArray(arg)) return false;
      const rs = values.map((v) => numeric(arg, v));
      return rs.some((r) => r === true) ? true : rs.every((r) => r === false) ? false : undefined;
    }
    case "anything-but": {
      if (!present) return false;
      const excluded = (v: unknown): boolean | undefined => {
        if (isObj(arg)) return matcher(arg, v);
        return leaves(arg).includes(v);
      };
      const rs = values.map(excluded);
      if (rs.some((r) => r === undefined)) return undefined;
      return rs.some((r) => r === false);
    }
    default:
      return undefined;
  }
}

/** Does the pattern match the event? undefined when the pattern uses what this reader does not know. */
export function patternMatches(pattern: Obj, event: unknown): boolean | undefined {
  let unknown = false;
  for (const [key, spec] of Object.entries(pattern)) {
    let r: boolean | undefined;
    if (key === "$or" && Array.isArray(spec)) {
      const rs = spec.filter(isObj).map((p) => patternMatches(p, event));
      r = rs.some((x) => x === true) ? true : rs.every((x) => x === false) ? false : undefined;
    } else if (isObj(spec)) {
      r = patternMatches(spec, get(event, key));
    } else if (Array.isArray(spec)) {
      const value = get(event, key);
      const rs = spec.map((m) => matcher(m, value));
      r = rs.some((x) => x === true) ? true : rs.every((x) => x === false) ? false : undefined;
    } else {
      r = undefined;
    }
    if (r === false) return false;
    if (r === undefined) unknown = true;
  }
  return unknown ? undefined : true;
}
