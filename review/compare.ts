/**
 * The structural comparison: every addressable block of two Terraform JSON documents
 * (resources, data sources, providers, the terraform block, outputs, ...) compared attribute
 * by attribute. Strings holding JSON documents (IAM policies, container definitions) are
 * compared as parsed JSON, so key order never shows up as a change; list elements are
 * matched by content first, then by an identity key (`Sid`, `name`, ...), then by position,
 * so inserting one element reports one addition rather than a cascade of changes.
 */
import { isObject, type Json, type JsonObject } from "./load.ts";

export type EntityKind = "resource" | "data" | "provider" | "terraform" | "output" | "other";

/** One addressable block of a stack. */
export interface Entity {
  /** Terraform address: `aws_lb.alb`, `data.aws_region.current`, `provider.aws`, `output.x`. */
  readonly address: string;
  /** Resource or data source type; the section name for other blocks. */
  readonly type: string;
  readonly kind: EntityKind;
  /** The block, normalized (see `normalize`). */
  readonly body: Json;
}

export type ChangeAction = "added" | "removed" | "changed" | "reordered";

export interface AttributeChange {
  /** Attribute path: `ingress[0].cidr_blocks[1]`, `policy.Statement[0].Action`. */
  readonly path: string;
  readonly segments: readonly (string | number)[];
  readonly action: ChangeAction;
  readonly before?: Json;
  readonly after?: Json;
}

/** Key cdktf uses for comments in JSON; its `securecloud` entry carries compliance suppressions. */
const COMMENT_KEY = "//";
/** How the kept part of a `//` comment appears in paths. */
export const METADATA_ATTRIBUTE = "//securecloud";

/**
 * Parses strings that hold a JSON object or array, recursively, and keeps from cdktf's `//`
 * comments only the `securecloud` metadata (suppressions), which reviewers must see change.
 */
export function normalize(value: Json): Json {
  if (typeof value === "string") {
    const t = value.trim();
    if ((t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"))) {
      try {
        const parsed = JSON.parse(t) as Json;
        if (typeof parsed === "object" && parsed !== null) return normalize(parsed);
      } catch {
        // not JSON after all: compare as text
      }
    }
    return value;
  }
  if (Array.isArray(value)) return value.map(normalize);
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const key of Object.keys(value).sort()) {
      const v = value[key] as Json;
      if (key === COMMENT_KEY) {
        if (isObject(v) && v.securecloud !== undefined) out[METADATA_ATTRIBUTE] = normalize(v.securecloud);
        continue;
      }
      out[key] = normalize(v);
    }
    return out;
  }
  return value;
}

/** Canonical text of a normalized value: sorted keys (normalize sorts them). */
export function canonical(value: Json | undefined): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** Every addressable block of a document, sorted by address. */
export function entities(doc: JsonObject): Entity[] {
  const out: Entity[] = [];
  const push = (address: string, type: string, kind: EntityKind, body: Json) =>
    out.push({ address, type, kind, body: normalize(body) });
  for (const section of Object.keys(doc).sort()) {
    const value = doc[section] as Json;
    if (section === "resource" || section === "data") {
      if (!isObject(value)) continue;
      for (const type of Object.keys(value).sort()) {
        const byName = value[type];
        if (!isObject(byName)) continue;
        for (const name of Object.keys(byName).sort()) {
          const address = section === "data" ? `data.${type}.${name}` : `${type}.${name}`;
          push(address, type, section, byName[name] as Json);
        }
      }
    } else if (section === "provider") {
      if (!isObject(value)) continue;
      for (const name of Object.keys(value).sort()) {
        const blocks = value[name];
        for (const block of Array.isArray(blocks) ? blocks : [blocks as Json]) {
          const alias = isObject(block) && typeof block.alias === "string" ? `.${block.alias}` : "";
          push(`provider.${name}${alias}`, name, "provider", block);
        }
      }
    } else if (section === "output" || section === "variable" || section === "module") {
      if (!isObject(value)) continue;
      for (const name of Object.keys(value).sort()) {
        push(`${section}.${name}`, section, section === "output" ? "output" : "other", value[name] as Json);
      }
    } else if (section === COMMENT_KEY) {
      if (isObject(value) && value.securecloud !== undefined) {
        push("stack metadata", "metadata", "other", { [METADATA_ATTRIBUTE]: value.securecloud });
      }
    } else {
      push(section, section, section === "terraform" ? "terraform" : "other", value);
    }
  }
  return out.sort((a, b) => compareText(a.address, b.address));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares paths segment by segment, indexes numerically. */
export function compareSegments(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return compareText(x, y);
  }
  return a.length - b.length;
}

export function formatPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_/][A-Za-z0-9_:/-]*$/.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Keys that identify a list element across versions, in order of preference. */
const IDENTITY_KEYS = ["Sid", "name", "Name", "key", "id", "priority", "namespace", "containerName"];

function identity(value: Json): string | undefined {
  if (!isObject(value)) return undefined;
  for (const key of IDENTITY_KEYS) {
    const v = value[key];
    if (typeof v === "string" || typeof v === "number") return `${key}=${v}`;
  }
  return undefined;
}

/** Attribute-by-attribute changes between two normalized values, sorted by path. */
export function diffValues(before: Json, after: Json): AttributeChange[] {
  const out: AttributeChange[] = [];
  walk(before, after, [], out);
  return out.sort((a, b) => compareSegments(a.segments, b.segments));
}

function change(
  out: AttributeChange[],
  segments: (string | number)[],
  action: ChangeAction,
  before: Json | undefined,
  after: Json | undefined,
): void {
  const entry: {
    path: string;
    segments: (string | number)[];
    action: ChangeAction;
    before?: Json;
    after?: Json;
  } = { path: formatPath(segments), segments, action };
  if (before !== undefined) entry.before = before;
  if (after !== undefined) entry.after = after;
  out.push(entry);
}

function walk(before: Json, after: Json, path: (string | number)[], out: AttributeChange[]): void {
  if (canonical(before) === canonical(after)) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      const b = before[key];
      const a = after[key];
      if (b === undefined) change(out, [...path, key], "added", undefined, a);
      else if (a === undefined) change(out, [...path, key], "removed", b, undefined);
      else walk(b, a, [...path, key], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    walkList(before, after, path, out);
    return;
  }
  change(out, path, "changed", before, after);
}

function walkList(before: Json[], after: Json[], path: (string | number)[], out: AttributeChange[]): void {
  const beforeText = before.map(canonical);
  const afterText = after.map(canonical);
  if (
    before.length === after.length &&
    [...beforeText].sort().join("\n") === [...afterText].sort().join("\n")
  ) {
    change(out, path, "reordered", before, after);
    return;
  }
  const unmatchedBefore = new Set(before.keys());
  const unmatchedAfter = new Set(after.keys());
  // 1. identical elements, wherever they moved
  for (const i of [...unmatchedAfter]) {
    const j = [...unmatchedBefore].find((k) => beforeText[k] === afterText[i]);
    if (j !== undefined) {
      unmatchedBefore.delete(j);
      unmatchedAfter.delete(i);
    }
  }
  // 2. the same element by identity key, changed inside
  const pairs: Array<[number, number]> = [];
  for (const i of [...unmatchedAfter]) {
    const id = identity(after[i]!);
    if (id === undefined) continue;
    const j = [...unmatchedBefore].find((k) => identity(before[k]!) === id);
    if (j !== undefined) {
      pairs.push([j, i]);
      unmatchedBefore.delete(j);
      unmatchedAfter.delete(i);
    }
  }
  // 3. what is left, by position, but only between elements without identities of their own
  const restBefore = [...unmatchedBefore].filter((k) => identity(before[k]!) === undefined);
  const restAfter = [...unmatchedAfter].filter((k) => identity(after[k]!) === undefined);
  for (let n = 0; n < Math.min(restBefore.length, restAfter.length); n++) {
    pairs.push([restBefore[n]!, restAfter[n]!]);
    unmatchedBefore.delete(restBefore[n]!);
    unmatchedAfter.delete(restAfter[n]!);
  }
  for (const [j, i] of pairs) walk(before[j]!, after[i]!, [...path, i], out);
  for (const j of unmatchedBefore) change(out, [...path, j], "removed", before[j], undefined);
  for (const i of unmatchedAfter) change(out, [...path, i], "added", undefined, after[i]);
}

/** Every leaf of a value with its path below `prefix` (objects and lists descended). */
export function leaves(
  value: Json | undefined,
  prefix: readonly (string | number)[] = [],
): Array<{ segments: (string | number)[]; value: Json }> {
  const out: Array<{ segments: (string | number)[]; value: Json }> = [];
  const visit = (v: Json, segs: (string | number)[]) => {
    if (Array.isArray(v)) {
      if (v.length === 0) out.push({ segments: segs, value: v });
      for (const [i, item] of v.entries()) visit(item, [...segs, i]);
    } else if (isObject(v)) {
      const keys = Object.keys(v);
      if (keys.length === 0) out.push({ segments: segs, value: v });
      for (const k of keys.sort()) visit(v[k] as Json, [...segs, k]);
    } else out.push({ segments: segs, value: v });
  };
  if (value !== undefined) visit(value, [...prefix]);
  return out;
}
