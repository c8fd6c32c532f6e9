/**
 * The AWS clients each delivery command takes, made in one place for the CLI
 * (commands/run.ts) and the actions (actions/<name>/spec.ts).
 *
 * Only the listener's and the lease's clients load up front; the others load when a command
 * needs them, so the rollback (the bench's "rollback action start") starts without them, and
 * its ECS and autoscaling clients load only when the destination was scaled to zero.
 */
import type { DeployClients } from "../commands/deploy.ts";
import type { ShiftClients } from "../commands/shift-state.ts";
import type { WakeClients } from "../ecs/scale.ts";
import type { AwsOptions } from "./common.ts";
import { makeDynamo } from "./dynamodb.ts";
import { makeElb } from "./elb.ts";

/** `traffic shift` and `traffic promote`. */
export async function shiftClients(aws: AwsOptions): Promise<ShiftClients> {
  const [{ makeCloudWatch }, { makeSsm }] = await Promise.all([
    import("./cloudwatch.ts"),
    import("./ssm.ts"),
  ]);
  return { elb: makeElb(aws), cw: makeCloudWatch(aws), ddb: makeDynamo(aws), ssm: makeSsm(aws) };
}

/** `deploy` and `traffic rollback --revision`: the services, their scaling and the routes. */
export async function serviceClients(aws: AwsOptions): Promise<DeployClients> {
  const [{ makeEcs }, { makeScaling }, { makeSsm }] = await Promise.all([
    import("./ecs.ts"),
    import("./scaling.ts"),
    import("./ssm.ts"),
  ]);
  return {
    elb: makeElb(aws),
    ecs: makeEcs(aws),
    ddb: makeDynamo(aws),
    ssm: makeSsm(aws),
    scaling: makeScaling(aws),
  };
}

/** `traffic rollback`: the listener and the lease, and a way to wake a color scaled to zero. */
export function rollbackClients(aws: AwsOptions) {
  const elb = makeElb(aws);
  const wake = async (): Promise<WakeClients> => {
    const [{ makeEcs }, { makeScaling }] = await Promise.all([import("./ecs.ts"), import("./scaling.ts")]);
    return { elb, ecs: makeEcs(aws), scaling: makeScaling(aws) };
  };
  return { elb, ddb: makeDynamo(aws), wake };
}
