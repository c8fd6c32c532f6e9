/**
 * Reads one side of a review diff through the one Terraform JSON reader
 * (common/terraform): a cdktf output directory (`stacks/<name>/cdk.tf.json`), its `stacks`
 * directory, one stack directory (holding `cdk.tf.json`) or one JSON file. Everything that
 * is not a readable Terraform JSON document is a UsageError (exit 2) naming the side.
 */
import { UsageError } from "../common/conventions.ts";
import { isObj, readStacks, STACK_FILE, TerraformInputError } from "../common/terraform/index.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface StackDocument {
  /** Stack name: the directory holding `cdk.tf.json`, or the file name without `.json`. */
  readonly name: string;
  readonly file: string;
  /** The document in object form (Terraform's array form of blocks is merged). */
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

export function isObject(value: unknown): value is JsonObject {
  return isObj(value);
}

/** The reader's error, worded for the side (`--base`, `--head`) it came from. */
function sideError(err: TerraformInputError, path: string, what: string): UsageError {
  switch (err.kind) {
    case "missing":
      return new UsageError(what, `${path} does not exist`);
    case "no-stacks":
      return new UsageError(
        what,
        `${path} holds no ${STACK_FILE} (expected a cdktf.out directory or a stack)`,
      );
    case "json":
      return new UsageError(what, `${err.path} is not valid JSON (${err.detail})`);
    case "shape":
      return new UsageError(what, `${err.path} is not a Terraform JSON document (${err.detail})`);
    default:
      return new UsageError(what, `${err.path}: ${err.detail}`);
  }
}

/**
 * Resolves a path to its stacks. `what` is `--base` or `--head`, used in error lines.
 * A directory with neither `cdk.tf.json` nor `stacks/*` nor `*` holding one is bad input.
 */
export function loadSide(path: string, what: string): Side {
  if (!path) throw new UsageError(what, "a path is required");
  try {
    const { stacks, single } = readStacks([path]);
    return {
      label: path,
      single,
      stacks: stacks
        .map((s) => ({ name: s.name, file: s.file, doc: s.doc as JsonObject }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    };
  } catch (err) {
    if (err instanceof TerraformInputError) throw sideError(err, path, what);
    throw err;
  }
}
