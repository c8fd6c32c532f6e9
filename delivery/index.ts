/**
 * The delivery library: what the CLI (`run`) and the actions call. Import from here; the
 * modules behind it may move.
 */
export { makeCloudWatch } from "./aws/cloudwatch.ts";
export { type AwsCall, type AwsOptions, describeAwsError, isAwsError } from "./aws/common.ts";
export { makeDynamo } from "./aws/dynamodb.ts";
export { makeEcs } from "./aws/ecs.ts";
export { makeElb } from "./aws/elb.ts";
export { makeSsm } from "./aws/ssm.ts";
export { run } from "./cli.ts";
export { type DeployOptions, type DeployResult, deploy } from "./commands/deploy.ts";
export { type HistoryOptions, history } from "./commands/history.ts";
export { type RollbackOptions, type RollbackResult, rollback } from "./commands/rollback.ts";
export { execute, type Io } from "./commands/run.ts";
export { type ShiftOptions, type ShiftResult, shift } from "./commands/shift.ts";
export { type StatusReport, status, statusText } from "./commands/status.ts";
export { type UndoOptions, type UndoResult, undo } from "./commands/undo.ts";
export { DELIVERY_COMMANDS } from "./commands.ts";
export { type Ctx, makeCtx, type Outcome, Timeline, type TimelineEvent } from "./context.ts";
export { parseDeploy, parseHistory, parseRollback, parseShift, parseStatus, parseUndo } from "./inputs.ts";
export { discover, type Estate, type Health, targetHealth } from "./listener/io.ts";
export { parseListenerArn } from "./options.ts";
export { type HistoryEntry, historyMarkdown, historyText } from "./rollout/history.ts";
export { type Step, shorthandPlan, validatePlan } from "./rollout/plan.ts";
export { parseDoc, type RolloutDoc } from "./rollout/record.ts";
export { RolloutStore } from "./rollout/store.ts";
export { liveColor, type Weights } from "./rollout/weights.ts";
export { summaryMarkdown } from "./summary.ts";
