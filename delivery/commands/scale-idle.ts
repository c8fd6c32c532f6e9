/**
 * `traffic scale-idle`: the old color costs nothing once the new one has proven itself. Run on a
 * schedule (.github/workflows/scale-idle.yml); each run reads the rollout record and the
 * listener, and when the last rollout is complete, all traffic is on its new color, and its
 * rollback window (`completedAt + scaleDownDelaySeconds`) has passed, it takes the rollout lease
 * and scales the old (idle) color's service to zero tasks and its autoscaling minimum to zero,
 * recording what it changed in `colors[<idle>].scaledDown` (deploy and rollback restore it).
 *
 * Idempotent: anything else (no rollout, one in progress or paused, the window still open, the
 * lease held, the color already at zero) is a skip that changes nothing and exits 0, so the
 * schedule can run it as often as it likes. A rollback inside the window stays instant because
 * nothing has been scaled yet.
 */
import type { ApplicationAutoScalingClient } from "@aws-sdk/client-application-auto-scaling";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { ECSClient, Service } from "@aws-sdk/client-ecs";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Color, otherColor, UsageError } from "../../common/conventions.ts";
import { type AwsOptions, describeAwsError } from "../aws/common.ts";
import { makeDynamo } from "../aws/dynamodb.ts";
import { makeEcs } from "../aws/ecs.ts";
import { makeElb } from "../aws/elb.ts";
import { makeScaling } from "../aws/scaling.ts";
import { type Ctx, makeCtx, type Outcome } from "../context.ts";
import { readScalableTarget, scaleToZero, serviceNameOf } from "../ecs/scale.ts";
import { findServices } from "../ecs/services.ts";
import { awsOptionsFromEnv, pollMsFromEnv } from "../env.ts";
import { identity, parseCommon, type Raw, type Settings, settings } from "../inputs.ts";
import { discover } from "../listener/io.ts";
import { type ListenerArn, parseCluster } from "../options.ts";
import { DEFAULT_SCALE_DOWN_DELAY_SECONDS } from "../rollout/plan.ts";
import { newColorRevision, type Rollout, type RolloutDoc, type ScaledDown } from "../rollout/record.ts";
import { type Holder, LeaseHeld } from "../rollout/store.ts";
import { formatWeights, type Weights } from "../rollout/weights.ts";
import { storeFor } from "./common.ts";
import type { Io } from "./run.ts";

export interface ScaleIdleOptions {
  listener: ListenerArn;
  table: string;
  cluster: string;
  holder: Holder;
  settings: Settings;
}

export type ScaleIdleAction = "scaled-down" | "would-scale-down" | "already-scaled-down" | "skipped";

export interface ScaleIdleResult {
  listenerArn: string;
  cluster: string;
  action: ScaleIdleAction;
  /** Why nothing was scaled (skips), or what was. */
  reason: string;
  /** The idle color considered (the last complete rollout's old color). */
  color: Color | null;
  service: string | null;
  weights: Weights | null;
  /** When the rollback window closes (or closed): completedAt + scaleDownDelaySeconds. */
  dueAt: string | null;
  /** What deploy and rollback restore (as recorded). */
  scaledDown: ScaledDown | null;
}

type Clients = {
  elb: ElasticLoadBalancingV2Client;
  ddb: DynamoDBClient;
  ecs: ECSClient;
  scaling: ApplicationAutoScalingClient;
};

/** The fields the rollout record carries for this command (older records lack them). */
type Timed = Rollout & {
  completedAt?: string | null;
  scaleDownDelaySeconds?: number;
  decisions?: unknown[];
};

/** Why the idle color may not be scaled now (null: it may), from the record and the weights. */
export function notYet(
  rollout: Rollout | null,
  weights: Weights,
  now: Date,
): { reason: string | null; color: Color | null; dueAt: string | null } {
  if (!rollout) return { reason: "no rollout is recorded", color: null, dueAt: null };
  const r = rollout as Timed;
  const color = otherColor(r.to);
  if (r.state !== "complete") return { reason: `the last rollout is ${r.state}`, color, dueAt: null };
  // A record written before completedAt existed: the complete rollout's last update is when it completed.
  const completedAt = r.completedAt ?? r.updatedAt;
  const delay = r.scaleDownDelaySeconds ?? DEFAULT_SCALE_DOWN_DELAY_SECONDS;
  const due = new Date(Date.parse(completedAt) + delay * 1000);
  const dueAt = Number.isNaN(due.getTime()) ? null : due.toISOString();
  if (!dueAt) return { reason: `the rollout's completion time "${completedAt}" is unreadable`, color, dueAt };
  if (weights[r.to] !== 100 || weights[color] !== 0) {
    return {
      reason: `traffic is not all on ${r.to} (${formatWeights(weights)}), as the complete rollout left it`,
      color,
      dueAt,
    };
  }
  if (due.getTime() > now.getTime()) {
    return {
      reason: `the rollback window is open until ${dueAt} (${delay} s after completion)`,
      color,
      dueAt,
    };
  }
  return { reason: null, color, dueAt };
}

export async function scaleIdle(
  ctx: Ctx,
  clients: Clients,
  opts: ScaleIdleOptions,
): Promise<Outcome<ScaleIdleResult>> {
  const result: ScaleIdleResult = {
    listenerArn: opts.listener.arn,
    cluster: opts.cluster,
    action: "skipped",
    reason: "",
    color: null,
    service: null,
    weights: null,
    dueAt: null,
    scaledDown: null,
  };
  const skip = (reason: string, action: ScaleIdleAction = "skipped"): Outcome<ScaleIdleResult> => {
    result.action = action;
    result.reason = reason;
    return { exitCode: 0, message: `${action === "skipped" ? "nothing scaled" : action}: ${reason}`, result };
  };
  const store = storeFor(clients.ddb, opts.table, opts.listener.arn, ctx);
  // Reads first: bad input (listener, cluster) is found before any write.
  const [state, estate] = await Promise.all([store.read(), discover(clients.elb, opts.listener)]);
  const services = await findServices(clients.ecs, opts.cluster, estate.targetGroups);
  result.weights = estate.weights;
  const first = notYet(state.doc.rollout, estate.weights, ctx.now());
  result.color = first.color;
  result.dueAt = first.dueAt;
  if (first.reason) return skip(first.reason);
  const idle = first.color!;
  const svc = services[idle];
  if (!svc) {
    throw new UsageError("--cluster", `no ECS service for ${idle} in cluster ${opts.cluster}`);
  }
  result.service = svc.serviceName ?? svc.serviceArn ?? null;
  const recorded = state.doc.colors[idle]?.scaledDown ?? null;
  if (recorded && (await atZero(clients, opts.cluster, svc))) {
    result.scaledDown = recorded;
    return skip(
      `${idle} (${result.service}) is already at 0 tasks since ${recorded.at}`,
      "already-scaled-down",
    );
  }
  if (ctx.dryRun) {
    return skip(
      `would scale ${idle} (${result.service}) from ${svc.desiredCount ?? 0} tasks to 0, and its autoscaling minimum to 0`,
      "would-scale-down",
    );
  }

  let held: Awaited<ReturnType<typeof store.acquire>>;
  try {
    held = await store.acquire(opts.holder, opts.settings.leaseMs);
  } catch (err) {
    if (err instanceof LeaseHeld) return skip(`a run holds the rollout lease (${err.message})`);
    throw err;
  }
  try {
    // The record may have changed between the read and the lease: decide again on what the lease returned.
    const doc = held.state.doc;
    const again = notYet(doc.rollout, estate.weights, ctx.now());
    if (again.reason || again.color !== idle) {
      await held.release();
      return skip(again.reason ?? `the idle color is now ${again.color}`);
    }
    const { scaledDown } = await scaleToZero(
      ctx,
      clients,
      opts.cluster,
      svc,
      doc.colors[idle]?.scaledDown ?? null,
    );
    result.scaledDown = scaledDown;
    await held.save(withScaledDown(doc, idle, scaledDown, opts.holder.actor, ctx.now().toISOString()));
    await held.release();
    ctx.timeline.add("deploy", `scale-idle: ${idle} to 0 tasks`, { ok: true });
    result.action = "scaled-down";
    result.reason = `${idle} (${result.service}) scaled to 0 tasks: ${scaledDown.desiredCount} task(s), minimum ${scaledDown.minCapacity} restored on deploy or rollback`;
    return { exitCode: 0, message: `scaled down: ${result.reason}`, result };
  } catch (err) {
    await held.release().catch(() => undefined);
    throw err;
  }
}

/** The service runs no task and autoscaling will not start one. */
async function atZero(clients: Clients, cluster: string, svc: Service): Promise<boolean> {
  if ((svc.desiredCount ?? 0) !== 0) return false;
  const target = await readScalableTarget(
    clients.scaling,
    cluster,
    svc.serviceName ?? serviceNameOf(svc.serviceArn ?? ""),
  );
  return (target?.min ?? 0) === 0;
}

/** The record with the idle color's restore values, and the decision in the rollout's log. */
function withScaledDown(
  doc: RolloutDoc,
  color: Color,
  scaledDown: ScaledDown,
  actor: string,
  at: string,
): RolloutDoc {
  const colors = {
    ...doc.colors,
    [color]: { ...(doc.colors[color] ?? newColorRevision(null, false)), scaledDown },
  };
  const rollout = doc.rollout as Timed | null;
  const decision = {
    at,
    step: -1,
    kind: "scale-down",
    outcome: "done",
    summary: `${color} scaled to 0 tasks after the rollback window (restores ${scaledDown.desiredCount} task(s), minimum ${scaledDown.minCapacity})`,
    actor,
  };
  return {
    ...doc,
    colors,
    rollout: rollout
      ? ({ ...rollout, decisions: [...(rollout.decisions ?? []), decision].slice(-100) } as Rollout)
      : null,
  };
}

/**
 * `securecloud traffic scale-idle` from parsed flags (delivery/cli.ts parses them): the exit
 * code. Bad input throws UsageError before any AWS call.
 */
export async function runScaleIdle(raw: Raw, io: Io): Promise<number> {
  const common = parseCommon(raw, io.env);
  const opts: ScaleIdleOptions = {
    listener: common.listener,
    table: common.table,
    cluster: parseCluster(typeof raw.cluster === "string" ? raw.cluster : undefined),
    holder: identity(raw, io.env, "scale-idle"),
    settings: settings(io.env),
  };
  const json = common.format === "json";
  const aws: AwsOptions = {
    ...awsOptionsFromEnv(io.env, common.region),
    ...(io.onCall ? { onCall: io.onCall } : {}),
  };
  const pollMs = pollMsFromEnv(io.env);
  const ctx = makeCtx({
    log: (line) => (json ? io.stderr : io.stdout).write(`${line}\n`),
    dryRun: common.dryRun,
    ...(pollMs !== undefined ? { pollMs } : {}),
  });
  const clients = { elb: makeElb(aws), ddb: makeDynamo(aws), ecs: makeEcs(aws), scaling: makeScaling(aws) };
  let outcome: Outcome<ScaleIdleResult | null>;
  try {
    outcome = await scaleIdle(ctx, clients, opts);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    outcome = { exitCode: 1, message: `${describeAwsError(e)}; nothing scaled`, result: null };
  }
  if (json) {
    io.stdout.write(
      `${JSON.stringify({ exitCode: outcome.exitCode, message: outcome.message, ...outcome.result }, null, 2)}\n`,
    );
  } else if (outcome.exitCode === 0) io.stdout.write(`${outcome.message}\n`);
  if (outcome.exitCode !== 0) io.stderr.write(`error: ${outcome.message}\n`);
  return outcome.exitCode;
}
