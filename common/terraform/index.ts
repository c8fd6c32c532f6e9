/**
 * The one reader of Terraform JSON (the gate, the review diff and the cost estimate load through it):
 * files → validated, normalised documents → blocks, locals, variables, outputs, metadata.
 * Light on purpose: node:fs and node:path only, no cdktf, no AWS SDK.
 */
export {
  type Block,
  dataSources,
  documentMeta,
  isObj,
  locals,
  modules,
  normalizeDocument,
  type Obj,
  outputs,
  recordedStackName,
  resources,
  shapeProblem,
  type TerraformDocument,
  TOP_LEVEL_KEYS,
  variables,
} from "./document.ts";
export { jsonSyntaxError } from "./json-error.ts";
export { type LineIndex, locateBlocks } from "./locate.ts";
export {
  blockLines,
  displayPath,
  type InputProblem,
  nameFromPath,
  parseStack,
  type ResolvedInputs,
  readStack,
  readStacks,
  resolveStackFiles,
  STACK_FILE,
  type StackFile,
  stackFilesIn,
  TerraformInputError,
} from "./read.ts";
