/**
 * The delivery library: what the CLI (`run`) and the actions call. Import from here; the
 * modules behind it may move.
 */
export { makeCloudWatch } from "./aws/cloudwatch.ts";
export { type AwsCall, type AwsOptions, describeAwsError, isAwsError } from "./aws/common.ts";
export { makeEcs } from "./aws/ecs.ts";
export { makeElb } from "./aws/elb.ts";
export { type Io, run } from "./cli.ts";
export { DELIVERY_COMMANDS } from "./commands.ts";
export { type Ctx, makeCtx, type Outcome, Timeline, type TimelineEvent } from "./context.ts";
export { type DeployOptions, type DeployResult, deploy } from "./deploy.ts";
export { discover, type Estate, type Health, liveColor, targetHealth } from "./estate.ts";
export { parseDeploy, parseRollback, parseShift, parseStatus } from "./inputs.ts";
export { parseListenerArn } from "./options.ts";
export { parseRecord, type RolloutRecord, recordTags, type Weights } from "./record.ts";
export { type RollbackOptions, type RollbackResult, rollback } from "./rollback.ts";
export { type ShiftOptions, type ShiftResult, shift } from "./shift.ts";
export { type StatusReport, status, statusText } from "./status.ts";
export { summaryMarkdown } from "./summary.ts";
