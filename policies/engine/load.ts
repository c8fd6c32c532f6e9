/**
 * The gate's side of the one Terraform JSON reader (common/terraform): finds, reads and
 * validates the synthesized stacks, then builds each stack's resource graph. Every problem
 * with the input is a UsageError (exit 2, one line on stderr), raised before any report is
 * written.
 *
 * Inputs: `cdk.tf.json` files (any name), or directories: a cdktf output directory
 * (`<dir>/stacks/*\/cdk.tf.json`), a stack directory (`<dir>/cdk.tf.json`), a directory of
 * stack directories, or the default `cdktf.out`.
 */
import {
  locateBlocks,
  parseStack,
  readStack,
  resolveStackFiles,
  type StackFile,
} from "../../common/terraform/index.ts";
import { buildStack } from "./graph.ts";
import type { StackModel } from "./types.ts";

export { displayPath } from "../../common/terraform/index.ts";

export const DEFAULT_PATH = "cdktf.out";

/** Expands the given paths to the JSON files to read, in a stable order. */
export function resolveInputs(paths: string[], cwd = process.cwd()): string[] {
  return resolveStackFiles(paths.length > 0 ? paths : [DEFAULT_PATH], cwd).files;
}

function model(file: StackFile): StackModel {
  return buildStack({
    name: file.stackName ?? file.name,
    file: file.file,
    doc: file.doc,
    lines: locateBlocks(file.text),
  });
}

/** Reads, parses and validates one file; throws UsageError on any problem. */
export function loadStackFile(abs: string, cwd = process.cwd()): StackModel {
  return model(readStack(abs, cwd));
}

/**
 * Builds a stack from JSON text. `shown` names the file in reports; `abs` (a path) gives the
 * stack its name when the document has no cdktf metadata. Throws UsageError on bad input.
 */
export function stackFromText(text: string, shown: string, abs: string = shown): StackModel {
  return model(parseStack(text, shown, abs));
}

export function loadEstate(paths: string[], cwd = process.cwd()): StackModel[] {
  // Validate every input before evaluating anything: no partial report on bad input.
  return resolveInputs(paths, cwd)
    .map((f) => readStack(f, cwd))
    .map(model);
}
