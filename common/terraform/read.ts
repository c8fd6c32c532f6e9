/**
 * Finding and reading synthesized stacks: the one loader of Terraform JSON files that the
 * gate, the review diff and the cost estimate share. Every problem with the input is a
 * `TerraformInputError` (a UsageError: exit 2, one line), raised before anything is
 * evaluated; each command words the line for its own arguments from `kind` and `detail`.
 *
 * A path is a JSON file (any name), or a directory: a stack directory (`<dir>/cdk.tf.json`),
 * a cdktf output directory (`<dir>/stacks/<name>/cdk.tf.json`), or a directory of stack
 * directories (`<dir>/<name>/cdk.tf.json`, e.g. `cdktf.out/stacks`), tried in that order.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../conventions.ts";
import { normalizeDocument, recordedStackName, shapeProblem, type TerraformDocument } from "./document.ts";
import { jsonSyntaxError } from "./json-error.ts";
import { type LineIndex, locateBlocks } from "./locate.ts";

export const STACK_FILE = "cdk.tf.json";

export type InputProblem = "missing" | "unreadable" | "no-stacks" | "json" | "shape";

/** Bad input: `what` is the path as given (or as found under a directory). */
export class TerraformInputError extends UsageError {
  readonly kind: InputProblem;
  readonly path: string;
  readonly detail: string;
  constructor(kind: InputProblem, path: string, detail: string) {
    super(path, TerraformInputError.describe(kind, detail));
    this.name = "TerraformInputError";
    this.kind = kind;
    this.path = path;
    this.detail = detail;
  }

  /** The gate's wording of each problem (other commands word it their own way). */
  static describe(kind: InputProblem, detail: string): string {
    switch (kind) {
      case "json":
        return `invalid JSON: ${detail}`;
      case "shape":
        return `not a Terraform JSON document: ${detail}`;
      default:
        return detail;
    }
  }
}

/** One stack file, read, validated and normalised. */
export interface StackFile {
  /** Name from the path: the directory holding `cdk.tf.json`, else the file name without `.tf.json`/`.json`. */
  readonly name: string;
  /** The name cdktf recorded in the document (`//.metadata.stackName`), when present. */
  readonly stackName: string | undefined;
  /** The path as shown in reports (relative to cwd when inside it). */
  readonly file: string;
  readonly path: string;
  readonly text: string;
  readonly doc: TerraformDocument;
}

export interface ResolvedInputs {
  /** Absolute paths of the stack files, in a stable order, each once. */
  readonly files: string[];
  /** True when a single path named one stack (a file, or a directory holding cdk.tf.json). */
  readonly single: boolean;
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

function stackDirsIn(dir: string): string[] {
  if (!isDir(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((entry) => join(dir, entry, STACK_FILE))
    .filter(isFile);
}

/** The stack files under a directory (see the module comment for the order of the forms). */
export function stackFilesIn(dir: string): { files: string[]; single: boolean } {
  const direct = join(dir, STACK_FILE);
  if (isFile(direct)) return { files: [direct], single: true };
  const nested = stackDirsIn(join(dir, "stacks"));
  return { files: nested.length > 0 ? nested : stackDirsIn(dir), single: false };
}

/** Expands paths (default `defaults`) to the stack files they name; throws on a bad path. */
export function resolveStackFiles(paths: readonly string[], cwd = process.cwd()): ResolvedInputs {
  const files: string[] = [];
  const seen = new Set<string>();
  let single = paths.length === 1;
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
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new TerraformInputError(
        code === "ENOENT" ? "missing" : "unreadable",
        p,
        code === "ENOENT" ? "no such file or directory" : `cannot read (${code})`,
      );
    }
    if (st.isFile()) {
      add(abs);
      continue;
    }
    if (!st.isDirectory()) throw new TerraformInputError("unreadable", p, "not a file or directory");
    const found = stackFilesIn(abs);
    if (found.files.length === 0) {
      throw new TerraformInputError(
        "no-stacks",
        p,
        `no ${STACK_FILE} found (looked for ${STACK_FILE}, stacks/*/${STACK_FILE} and */${STACK_FILE})`,
      );
    }
    single &&= found.single;
    found.files.forEach(add);
  }
  return { files, single };
}

/** How a file is named in reports: relative to cwd when inside it, with forward slashes. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  const shown = rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs;
  return shown.split(sep).join("/");
}

/** The stack name a path gives: its directory for `cdk.tf.json`, else the file name. */
export function nameFromPath(path: string): string {
  const base = basename(path);
  if (base === STACK_FILE) return basename(dirname(path));
  return base.replace(/(\.tf)?\.json$/i, "");
}

/**
 * Parses and checks one document's text. `shown` names it in errors; `path` gives the stack
 * its name. Throws TerraformInputError on invalid JSON or a non-Terraform document.
 */
export function parseStack(text: string, shown: string, path: string = shown): StackFile {
  let raw: unknown;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    raw = JSON.parse(text);
  } catch {
    const e = jsonSyntaxError(text);
    throw new TerraformInputError("json", shown, `${e.problem} at line ${e.line}, column ${e.column}`);
  }
  const problem = shapeProblem(raw);
  if (problem) throw new TerraformInputError("shape", shown, problem);
  const doc = normalizeDocument(raw as Record<string, unknown>);
  return { name: nameFromPath(path), stackName: recordedStackName(doc), file: shown, path, text, doc };
}

/** Reads one stack file; throws TerraformInputError when it cannot be read or is not Terraform. */
export function readStack(path: string, cwd = process.cwd()): StackFile {
  const shown = displayPath(path, cwd);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new TerraformInputError(
      "unreadable",
      shown,
      `cannot read (${(err as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  return parseStack(text, shown, path);
}

/** Resolves and reads every stack the paths name; all are validated before any is returned. */
export function readStacks(
  paths: readonly string[],
  cwd = process.cwd(),
): { stacks: StackFile[]; single: boolean } {
  const { files, single } = resolveStackFiles(paths, cwd);
  return { stacks: files.map((f) => readStack(f, cwd)), single };
}

/** Line numbers of the resource and data blocks of a stack's text (for findings). */
export function blockLines(stack: StackFile): LineIndex {
  return locateBlocks(stack.text);
}
