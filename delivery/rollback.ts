/**
 * `traffic rollback`: all traffic back on the previous live color, fast.
 *
 * Fast path (the listener carries a rollout record with its target groups): read the record
 * (DescribeTags), read the destination's health (DescribeTargetHealth), write the listener
 * (ModifyListener) — two reads and one write before traffic is back — then update the record.
 * Without a usable record it discovers the estate first (one more read).
 *
 * Refuses, changing nothing, when the destination has no healthy targets unless forced.
 * Idempotent: when traffic is already where the rollback sends it, the listener is not written.
 */
import {
  AddTagsCommand,
  DescribeTagsCommand,
  type ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Color, otherColor, UsageError } from "../common/conventions.ts";
import { describeAwsError, isAwsError } from "./aws/common.ts";
import type { Ctx, Outcome } from "./context.ts";
import {
  actionsFromRecord,
  actionsWithWeights,
  ConcurrentChange,
  describeHealth,
  discover,
  type Health,
  readWeights,
  targetHealth,
  trafficState,
  writeActions,
} from "./estate.ts";
import type { ListenerArn } from "./options.ts";
import {
  allOn,
  formatWeights,
  parseRecord,
  type RolloutRecord,
  recordTags,
  sameWeights,
  targetGroupTags,
  type Weights,
} from "./record.ts";

export interface RollbackOptions {
  listener: ListenerArn;
  to?: Color;
  reason?: string;
  force: boolean;
  actor: string;
  runId: string;
}

export interface RollbackResult {
  listenerArn: string;
  to: Color;
  /** Weights after the command (as AWS reported them after the write, or as read). */
  weights: Weights | null;
  /** True when the listener was written. */
  changed: boolean;
  state: RolloutRecord["state"] | null;
  health: Health | null;
  path: "fast" | "full";
}

const STALE_CODES = ["TargetGroupNotFound", "ValidationError", "InvalidConfigurationRequest"];

export async function rollback(
  ctx: Ctx,
  clients: { elb: ElasticLoadBalancingV2Client },
  opts: RollbackOptions,
): Promise<Outcome<RollbackResult>> {
  const { elb } = clients;
  const result: RollbackResult = {
    listenerArn: opts.listener.arn,
    to: opts.to ?? "blue",
    weights: null,
    changed: false,
    state: null,
    health: null,
    path: "fast",
  };
  let known: Weights | null = null;
  try {
    const tags = await readListenerTags(elb, opts.listener);
    const record = parseRecord(tags);
    const mapping = targetGroupTags(tags);
    const fastTo = opts.to ?? record?.from;
    if (mapping && fastTo) {
      const fast = await fastPath(ctx, elb, opts, record, mapping, fastTo, result);
      if (fast) return fast;
      ctx.log("the target groups recorded on the listener are stale; reading the listener");
    }
    result.path = "full";
    const estate = await discover(elb, opts.listener, tags);
    known = estate.weights;
    let to = opts.to ?? estate.record?.from;
    if (!to) {
      if (estate.live === "split") {
        throw new UsageError(
          "--to",
          `the listener is split (${formatWeights(estate.weights)}) and has no rollout record: say which color to roll back to`,
        );
      }
      to = otherColor(estate.live);
    }
    result.to = to;
    const target = allOn(to);
    const markRolledBack = () =>
      writeRecord(
        ctx,
        elb,
        opts,
        estate.record ?? emptyRecord(to, ctx),
        to,
        target,
        estate.targetGroups,
        estate.simple ? estate.stickiness : null,
      );
    if (sameWeights(estate.weights, target)) {
      result.weights = estate.weights;
      result.state = estate.record?.state ?? null;
      if (estate.record && (estate.record.state !== "rolled-back" || estate.record.from !== to)) {
        await markRolledBack();
        result.state = "rolled-back";
      }
      ctx.timeline.add("rollback", `traffic already on ${to}`, { weights: estate.weights, ok: true });
      return { exitCode: 0, message: `traffic already on ${to} (${formatWeights(estate.weights)})`, result };
    }
    const health = await targetHealth(elb, estate.targetGroups[to]);
    result.health = health;
    const refusal = refuse(ctx, opts, to, health, estate.weights);
    if (refusal) return { ...refusal, result: { ...result, weights: estate.weights } };
    if (ctx.dryRun) return dryRun(ctx, opts, to, estate.weights, result);
    const after = await writeActions(
      elb,
      opts.listener.arn,
      actionsWithWeights(estate, target),
      estate.targetGroups,
    );
    known = after ?? target;
    result.changed = true;
    result.weights = known;
    ctx.log(`traffic back on ${to}: ${formatWeights(known)}`);
    ctx.timeline.add("rollback", `ModifyListener: all traffic to ${to}`, { weights: known, ok: true });
    await markRolledBack();
    result.state = "rolled-back";
    return { exitCode: 0, message: `rolled back to ${to} (${formatWeights(known)})`, result };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const where = result.changed
      ? `traffic is back on ${result.to} (${trafficState(result.weights)}) but the rollout record was not updated`
      : known
        ? `traffic left at ${trafficState(known)}`
        : "the listener was not written";
    return { exitCode: 1, message: `${describeAwsError(err)}; ${where}`, result };
  }
}

async function readListenerTags(elb: ElasticLoadBalancingV2Client, listener: ListenerArn) {
  try {
    const out = await elb.send(new DescribeTagsCommand({ ResourceArns: [listener.arn] }));
    const desc = out.TagDescriptions?.find((d) => d.ResourceArn === listener.arn);
    return Object.fromEntries((desc?.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
  } catch (err) {
    if (isAwsError(err, "ListenerNotFoundException")) {
      throw new UsageError("--listener", `no listener ${listener.arn} (ListenerNotFoundException)`);
    }
    throw err;
  }
}

/**
 * Two reads and one write: the target groups come from the listener's tags. Returns undefined
 * when those are stale (the caller then discovers the estate).
 */
async function fastPath(
  ctx: Ctx,
  elb: ElasticLoadBalancingV2Client,
  opts: RollbackOptions,
  record: RolloutRecord | null,
  mapping: { targetGroups: Record<Color, string>; stickiness: string },
  to: Color,
  result: RollbackResult,
): Promise<Outcome<RollbackResult> | undefined> {
  const tgs = mapping.targetGroups;
  result.to = to;
  const target = allOn(to);
  const lastWeights = record?.weights ?? null;
  if (record?.state === "rolled-back" && record.from === to && sameWeights(record.weights, target)) {
    // Already rolled back by the record; confirm on the listener before saying so.
    try {
      const now = await readWeights(elb, { listener: opts.listener, targetGroups: tgs });
      if (sameWeights(now, target)) {
        result.weights = now;
        result.state = record.state;
        ctx.timeline.add("rollback", `traffic already on ${to}`, { weights: now, ok: true });
        return { exitCode: 0, message: `traffic already on ${to} (${formatWeights(now)})`, result };
      }
    } catch (err) {
      if (err instanceof UsageError) throw err;
      if (!(err instanceof ConcurrentChange)) throw err;
      return undefined;
    }
  }
  let health: Health;
  try {
    health = await targetHealth(elb, tgs[to]);
  } catch (err) {
    if (STALE_CODES.some((c) => isAwsError(err, c))) return undefined;
    throw err;
  }
  result.health = health;
  const refusal = refuse(ctx, opts, to, health, lastWeights);
  if (refusal) return { ...refusal, result: { ...result, weights: lastWeights } };
  if (ctx.dryRun) return dryRun(ctx, opts, to, lastWeights, result);
  let after: Weights | null;
  try {
    after = await writeActions(
      elb,
      opts.listener.arn,
      actionsFromRecord(tgs, mapping.stickiness, target),
      tgs,
    );
  } catch (err) {
    if (STALE_CODES.some((c) => isAwsError(err, c))) return undefined;
    throw err;
  }
  result.changed = true;
  result.weights = after ?? target;
  ctx.log(`traffic back on ${to}: ${formatWeights(result.weights)}`);
  ctx.timeline.add("rollback", `ModifyListener: all traffic to ${to}`, { weights: result.weights, ok: true });
  await writeRecord(ctx, elb, opts, record ?? emptyRecord(to, ctx), to, target, tgs, mapping.stickiness);
  result.state = "rolled-back";
  return { exitCode: 0, message: `rolled back to ${to} (${formatWeights(result.weights)})`, result };
}

function refuse(
  ctx: Ctx,
  opts: RollbackOptions,
  to: Color,
  health: Health,
  weights: Weights | null,
): { exitCode: 1; message: string } | undefined {
  if (health.healthy > 0) return undefined;
  if (opts.force) {
    ctx.log(`warning: ${describeHealth(to, health)}; rolling back anyway (--force)`);
    return undefined;
  }
  const message = `refusing to roll back: ${describeHealth(to, health)}; nothing changed, traffic left at ${trafficState(weights)} (--force overrides)`;
  ctx.timeline.add("failure", message, { ok: false });
  return { exitCode: 1, message };
}

function dryRun(
  ctx: Ctx,
  opts: RollbackOptions,
  to: Color,
  weights: Weights | null,
  result: RollbackResult,
): Outcome<RollbackResult> {
  ctx.log(`would call ModifyListener ${opts.listener.arn}: ${formatWeights(allOn(to))}`);
  ctx.log(`would call AddTags ${opts.listener.arn}: rollout state=rolled-back from=${to}`);
  return {
    exitCode: 0,
    message: `dry run: would roll back to ${to}; traffic left at ${trafficState(weights)}`,
    result: { ...result, weights },
  };
}

function emptyRecord(to: Color, ctx: Ctx): RolloutRecord {
  const now = ctx.now().toISOString();
  return {
    state: "rolled-back",
    from: to,
    to: otherColor(to),
    step: 0,
    steps: [],
    runId: "",
    startedAt: now,
    updatedAt: now,
    reason: "",
    actor: "",
    weights: null,
    targetGroups: null,
    stickiness: null,
  };
}

async function writeRecord(
  ctx: Ctx,
  elb: ElasticLoadBalancingV2Client,
  opts: RollbackOptions,
  base: RolloutRecord,
  to: Color,
  weights: Weights,
  targetGroups: Record<Color, string>,
  stickiness: string | null,
): Promise<void> {
  const record: RolloutRecord = {
    ...base,
    state: "rolled-back",
    from: to,
    to: otherColor(to),
    runId: opts.runId,
    actor: opts.actor,
    updatedAt: ctx.now().toISOString(),
    reason: opts.reason ?? "manual rollback",
    weights,
    targetGroups: stickiness === null ? null : targetGroups,
    stickiness,
  };
  await elb.send(new AddTagsCommand({ ResourceArns: [opts.listener.arn], Tags: recordTags(record) }));
}
