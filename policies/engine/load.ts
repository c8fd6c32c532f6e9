/**
 * Finds, reads and validates the synthesized stacks. Every problem with the input is a
 * UsageError (exit 2, one line on stderr), raised before any report is written.
 *
 * Inputs: `cdk.tf.json` files (any name), or directories: a cdktf output directory
 * (`<dir>/stacks/*\/cdk.tf.json`), a stack directory (`<dir>/cdk.tf.json`), or the default
 * `cdktf.out`.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../../common/conventions.ts";
import { buildStack } from "./graph.ts";
import { jsonSyntaxError } from "./json-error.ts";
import { locateBlocks } from "./locate.ts";
import type { StackModel } from "./types.ts";
import { isObj, type Obj } from "./values.ts";

export const DEFAULT_PATH = "cdktf.out";

const TOP_LEVEL = new Set([
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
const CONTENT = ["resource", "data", "provider", "terraform", "module", "output", "variable", "locals"];

/** Expands the given paths to the JSON files to read, in a stable order. */
export function resolveInputs(paths: string[], cwd = process.cwd()): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    let key: string;
    try {
      key = realpathSync(f);
    } catch {
      key = f;
    }
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const p of paths.length > 0 ? paths : [DEFAULT_PATH]) {
    const abs = resolve(cwd, p);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(p, code === "ENOENT" ? "no such file or directory" : `cannot read (${code})`);
    }
    if (st.isFile()) {
      add(abs);
      continue;
    }
    if (!st.isDirectory()) throw new UsageError(p, "not a file or directory");
    const found: string[] = [];
    const direct = join(abs, "cdk.tf.json");
    if (isFile(direct)) found.push(direct);
    const stacksDir = join(abs, "stacks");
    if (isDir(stacksDir)) {
      for (const entry of readdirSync(stacksDir).sort()) {
        const f = join(stacksDir, entry, "cdk.tf.json");
        if (isFile(f)) found.push(f);
      }
    }
    if (found.length === 0) {
      throw new UsageError(p, "no cdk.tf.json found (looked for cdk.tf.json and stacks/*/cdk.tf.json)");
    }
    found.forEach(add);
  }
  return files;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** How a file is named in reports: relative to cwd when inside it, with forward slashes. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs;
  return shown.split(sep).join("/");
}

/** Reads, parses and validates one file; throws UsageError on any problem. */
export function loadStackFile(abs: string, cwd = process.cwd()): StackModel {
  const shown = displayPath(abs, cwd);
  let text: string;
  try {
    text = readFileSync(abs, "utf8");
  } catch (err) {
    throw new UsageError(shown, `cannot read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return stackFromText(text, shown, abs);
}

/**
 * Builds a stack from JSON text. `shown` names the file in reports; `abs` (a path) gives the
 * stack its name when the document has no cdktf metadata. Throws UsageError on bad input.
 */
export function stackFromText(text: string, shown: string, abs: string = shown): StackModel {
  let doc: unknown;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    doc = JSON.parse(text);
  } catch {
    throw new UsageError(shown, `invalid JSON: ${jsonErrorText(text)}`);
  }
  const problem = terraformShapeProblem(doc);
  if (problem) throw new UsageError(shown, `not a Terraform JSON document: ${problem}`);
  const obj = normalizeBlocks(doc as Obj);
  return buildStack({ name: stackName(obj, abs), file: shown, doc: obj, lines: locateBlocks(text) });
}

export function loadEstate(paths: string[], cwd = process.cwd()): StackModel[] {
  // Validate every input before evaluating anything: no partial report on bad input.
  return resolveInputs(paths, cwd).map((f) => loadStackFile(f, cwd));
}

/** Why `doc` is not a Terraform JSON configuration, or undefined when it is one. */
export function terraformShapeProblem(doc: unknown): string | undefined {
  if (!isObj(doc)) {
    const got = doc === null ? "null" : Array.isArray(doc) ? "an array" : typeof doc;
    return `expected a JSON object at the top level, got ${got}`;
  }
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL.has(key)) return `unexpected top-level key "${key}"`;
  }
  if (!CONTENT.some((k) => k in doc)) {
    return "no Terraform blocks (resource, data, provider, terraform, module, output...)";
  }
  const norm = normalizeBlocks(doc);
  for (const mode of ["resource", "data"]) {
    const section = norm[mode];
    if (section === undefined) continue;
    if (!isObj(section)) return `"${mode}" must be an object of resource types`;
    for (const [type, instances] of Object.entries(section)) {
      if (!isObj(instances)) return `"${mode}.${type}" must be an object of named ${mode} blocks`;
      for (const [name, body] of Object.entries(instances)) {
        if (!isObj(body)) return `"${mode}.${type}.${name}" must be an object`;
      }
    }
  }
  return undefined;
}

/**
 * Terraform's JSON syntax also allows a block level to be an array of objects (merged in
 * order); cdktf writes objects. Normalises `resource`/`data` to the object form.
 */
export function normalizeBlocks(doc: Obj): Obj {
  const merge = (v: unknown): unknown =>
    Array.isArray(v) && v.every(isObj) ? Object.assign({}, ...(v as Obj[])) : v;
  const out: Obj = { ...doc };
  for (const mode of ["resource", "data"]) {
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
      for (const [name, body] of Object.entries(named)) {
        bodies[name] = Array.isArray(body) && body.length === 1 && isObj(body[0]) ? body[0] : body;
      }
      types[type] = bodies;
    }
    out[mode] = types;
  }
  return out;
}

function stackName(doc: Obj, abs: string): string {
  const meta = isObj(doc["//"]) ? (doc["//"] as Obj).metadata : undefined;
  if (isObj(meta) && typeof meta.stackName === "string" && meta.stackName !== "") return meta.stackName;
  const base = basename(abs);
  if (base === "cdk.tf.json") return basename(dirname(abs));
  return base.replace(/(\.tf)?\.json$/i, "");
}

function jsonErrorText(text: string): string {
  const e = jsonSyntaxError(text);
  return `${e.problem} at line ${e.line}, column ${e.column}`;
}
