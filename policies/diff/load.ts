/**
 * Reads one side of a review diff: a cdktf output directory (`stacks/<name>/cdk.tf.json`),
 * its `stacks` directory, one stack directory (holding `cdk.tf.json`) or one JSON file.
 * Everything that is not a readable Terraform JSON document is a UsageError (exit 2).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../../common/conventions.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface StackDocument {
  /** Stack name: the directory holding `cdk.tf.json`, or the file name without `.json`. */
  readonly name: string;
  readonly file: string;
  readonly doc: JsonObject;
}

export interface Side {
  /** The path as given on the command line. */
  readonly label: string;
  /** True when the path named one stack (a file or a directory holding cdk.tf.json). */
  readonly single: boolean;
  /** Sorted by name. */
  readonly stacks: readonly StackDocument[];
}

const STACK_FILE = "cdk.tf.json";
/** Top-level keys of Terraform's JSON configuration syntax (plus cdktf's `//` comment key). */
const TERRAFORM_KEYS = new Set([
  "//",
  "terraform",
  "provider",
  "resource",
  "data",
  "output",
  "variable",
  "locals",
  "module",
  "moved",
  "import",
  "removed",
  "check",
]);

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses and checks one document; `what` names the side for error lines. */
export function parseTerraformJson(text: string, file: string, what: string): JsonObject {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UsageError(what, `${file} is not valid JSON (${(err as Error).message.split("\n")[0]})`);
  }
  if (!isObject(doc)) throw new UsageError(what, `${file} is not a Terraform JSON document (not an object)`);
  const keys = Object.keys(doc);
  const unknown = keys.filter((k) => !TERRAFORM_KEYS.has(k));
  if (unknown.length > 0) {
    throw new UsageError(
      what,
      `${file} is not a Terraform JSON document (unexpected top-level key "${unknown.sort()[0]}")`,
    );
  }
  if (!keys.some((k) => k === "resource" || k === "data" || k === "terraform" || k === "provider")) {
    throw new UsageError(
      what,
      `${file} is not a Terraform JSON document (no resource, data, provider or terraform)`,
    );
  }
  for (const section of ["resource", "data"] as const) {
    const byType = doc[section];
    if (byType === undefined) continue;
    if (!isObject(byType)) throw new UsageError(what, `${file}: "${section}" must be an object of types`);
    for (const [type, byName] of Object.entries(byType)) {
      if (!isObject(byName) || Object.values(byName).some((block) => !isObject(block))) {
        throw new UsageError(what, `${file}: "${section}.${type}" must map names to blocks`);
      }
    }
  }
  return doc;
}

function readStack(file: string, name: string, what: string): StackDocument {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new UsageError(what, `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return { name, file, doc: parseTerraformJson(text, file, what) };
}

function stacksIn(dir: string, what: string): StackDocument[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, STACK_FILE)))
    .map((e) => e.name)
    .sort();
  return names.map((name) => readStack(join(dir, name, STACK_FILE), name, what));
}

/**
 * Resolves a path to its stacks. `what` is `--base` or `--head`, used in error lines.
 * A directory with neither `cdk.tf.json` nor `stacks/*` nor `*` holding one is bad input.
 */
export function loadSide(path: string, what: string): Side {
  if (!path) throw new UsageError(what, "a path is required");
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(what, `${path} does not exist`);
  }
  if (stat.isFile()) {
    const name =
      basename(path) === STACK_FILE ? basename(dirname(path)) : basename(path).replace(/\.json$/i, "");
    return { label: path, single: true, stacks: [readStack(path, name, what)] };
  }
  if (!stat.isDirectory()) throw new UsageError(what, `${path} is neither a file nor a directory`);
  if (existsSync(join(path, STACK_FILE))) {
    return { label: path, single: true, stacks: [readStack(join(path, STACK_FILE), basename(path), what)] };
  }
  const nested = join(path, "stacks");
  const stacks = existsSync(nested) && statSync(nested).isDirectory() ? stacksIn(nested, what) : [];
  const found = stacks.length > 0 ? stacks : stacksIn(path, what);
  if (found.length === 0) {
    throw new UsageError(what, `${path} holds no ${STACK_FILE} (expected a cdktf.out directory or a stack)`);
  }
  return { label: path, single: false, stacks: found };
}
