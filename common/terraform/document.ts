/**
 * Terraform's JSON configuration syntax, read once for every consumer (the gate, the review
 * diff, the cost estimate): the shape check that decides whether a parsed JSON value is a
 * Terraform document, the normalisation of the array form of blocks to the object form, and
 * accessors for each kind of block and for cdktf's `//` metadata.
 *
 * Terraform allows any block level to be written as an array of objects (merged in order);
 * cdktf writes objects. After `normalizeDocument` every consumer sees objects only.
 * Nothing here reads files; see `read.ts`.
 */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Top-level keys of Terraform's JSON configuration syntax, plus cdktf's `//` comment key. */
export const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set([
  "//",
  "terraform",
  "provider",
  "resource",
  "data",
  "variable",
  "output",
  "locals",
  "module",
  "moved",
  "import",
  "check",
  "removed",
]);

/** Blocks that make a document a Terraform configuration (a `//` comment alone does not). */
const CONTENT = ["resource", "data", "provider", "terraform", "module", "output", "variable", "locals"];

/** Sections keyed `<type>.<name>` (two levels) and `<name>` (one level). */
const TYPED = ["resource", "data"] as const;
const NAMED = ["variable", "output", "module"] as const;

/** A parsed and normalised Terraform JSON document. */
export type TerraformDocument = Obj;

/** Merges Terraform's array form of one block level (`[{...}, {...}]`) into one object. */
function merge(v: unknown): unknown {
  return Array.isArray(v) && v.every(isObj) ? Object.assign({}, ...(v as Obj[])) : v;
}

/** A block body written as a one-element array becomes the object. */
function single(v: unknown): unknown {
  return Array.isArray(v) && v.length === 1 && isObj(v[0]) ? v[0] : v;
}

/**
 * The object form of a document: `resource`/`data` (type, name and body levels), `variable`,
 * `output`, `module` (name and body levels) and `locals` written as arrays of objects are
 * merged. Anything that is not an array of objects is left as it is for the shape check.
 */
export function normalizeDocument(doc: Obj): TerraformDocument {
  const out: Obj = { ...doc };
  for (const mode of TYPED) {
    const section = merge(doc[mode]);
    if (!isObj(section)) continue;
    const types: Obj = {};
    for (const [type, instances] of Object.entries(section)) {
      const named = merge(instances);
      if (!isObj(named)) {
        types[type] = named;
        continue;
      }
      const bodies: Obj = {};
      for (const [name, body] of Object.entries(named)) bodies[name] = single(body);
      types[type] = bodies;
    }
    out[mode] = types;
  }
  for (const kind of NAMED) {
    const section = merge(doc[kind]);
    if (!isObj(section)) continue;
    const bodies: Obj = {};
    for (const [name, body] of Object.entries(section)) bodies[name] = single(body);
    out[kind] = bodies;
  }
  const locals = merge(doc.locals);
  if (locals !== undefined) out.locals = locals;
  return out;
}

/** Why `doc` (parsed JSON) is not a Terraform JSON configuration, or undefined when it is one. */
export function shapeProblem(doc: unknown): string | undefined {
  if (!isObj(doc)) {
    const got = doc === null ? "null" : Array.isArray(doc) ? "an array" : typeof doc;
    return `expected a JSON object at the top level, got ${got}`;
  }
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL_KEYS.has(key)) return `unexpected top-level key "${key}"`;
  }
  if (!CONTENT.some((k) => k in doc)) {
    return "no Terraform blocks (resource, data, provider, terraform, module, output...)";
  }
  const norm = normalizeDocument(doc);
  for (const mode of TYPED) {
    const section = norm[mode];
    if (section === undefined) continue;
    if (!isObj(section)) return `"${mode}" must be an object of ${mode} types`;
    for (const [type, instances] of Object.entries(section)) {
      if (!isObj(instances) || Object.values(instances).some((body) => !isObj(body))) {
        return `"${mode}.${type}" must map names to ${mode} blocks`;
      }
    }
  }
  for (const kind of NAMED) {
    const section = norm[kind];
    if (section === undefined) continue;
    if (!isObj(section) || Object.values(section).some((body) => !isObj(body))) {
      return `"${kind}" must map names to blocks`;
    }
  }
  if (norm.locals !== undefined && !isObj(norm.locals)) return `"locals" must be an object`;
  return undefined;
}

/** One resource or data source block. */
export interface Block {
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  /** `aws_lb.alb` or `data.aws_iam_policy_document.doc`. */
  readonly address: string;
  /** The block's arguments, without its `//` metadata. */
  readonly values: Obj;
  /** The block's `//` metadata (cdktf's construct path, the gate's annotations), or {}. */
  readonly meta: Obj;
}

function typed(doc: TerraformDocument, mode: (typeof TYPED)[number]): Block[] {
  const out: Block[] = [];
  const section = doc[mode];
  if (!isObj(section)) return out;
  for (const [type, instances] of Object.entries(section)) {
    if (!isObj(instances)) continue;
    for (const [name, body] of Object.entries(instances)) {
      if (!isObj(body)) continue;
      const { "//": meta, ...values } = body;
      out.push({
        mode: mode === "resource" ? "managed" : "data",
        type,
        name,
        address: mode === "resource" ? `${type}.${name}` : `data.${type}.${name}`,
        values,
        meta: isObj(meta) ? meta : {},
      });
    }
  }
  return out;
}

/** Managed resources in document order. */
export function resources(doc: TerraformDocument): Block[] {
  return typed(doc, "resource");
}

/** Data sources in document order. */
export function dataSources(doc: TerraformDocument): Block[] {
  return typed(doc, "data");
}

/** `locals` as one object (`{}` when none). */
export function locals(doc: TerraformDocument): Obj {
  return isObj(doc.locals) ? doc.locals : {};
}

function named(doc: TerraformDocument, kind: (typeof NAMED)[number]): Record<string, Obj> {
  const section = doc[kind];
  const out: Record<string, Obj> = {};
  if (!isObj(section)) return out;
  for (const [name, body] of Object.entries(section)) if (isObj(body)) out[name] = body;
  return out;
}

/** Variable blocks by name (`default`, `type`, `description`...). */
export function variables(doc: TerraformDocument): Record<string, Obj> {
  return named(doc, "variable");
}

/** Output blocks by name. */
export function outputs(doc: TerraformDocument): Record<string, Obj> {
  return named(doc, "output");
}

/** Module calls by name. */
export function modules(doc: TerraformDocument): Record<string, Obj> {
  return named(doc, "module");
}

/** The document's own `//` metadata (cdktf's `metadata`, the gate's `securecloud` entry), or {}. */
export function documentMeta(doc: TerraformDocument): Obj {
  return isObj(doc["//"]) ? doc["//"] : {};
}

/** The stack name cdktf records (`//.metadata.stackName`), when present. */
export function recordedStackName(doc: TerraformDocument): string | undefined {
  const meta = documentMeta(doc).metadata;
  return isObj(meta) && typeof meta.stackName === "string" && meta.stackName !== ""
    ? meta.stackName
    : undefined;
}
