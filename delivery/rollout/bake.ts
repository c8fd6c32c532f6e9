/**
 * The bake step: watch the traffic for a while, checking at least once, every poll interval
 * (`SECURECLOUD_POLL_MS`, default a sixth of the bake clamped to 1–15 s):
 *
 *  - the listener still holds what the rollout last wrote (else another actor changed it: stop);
 *  - the rollout lease is still this run's (renewed each poll; lost: stop without writing);
 *  - no watched rollback alarm is in ALARM;
 *  - the new color has healthy targets, no more unhealthy than healthy;
 *  - the new color's 5xx rate is at most `maxErrorRateDelta` points above the old color's.
 *
 * A failed check throws Fail (the caller rolls back). Two polls in a row that AWS cannot answer
 * fail too: a rollout that cannot be watched is rolled back.
 */
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Color, UsageError } from "../../common/conventions.ts";
import { firing } from "../alarms.ts";
import { describeAwsError } from "../aws/common.ts";
import { Aborted, type Ctx } from "../context.ts";
import {
  ConcurrentChange,
  describeHealth,
  type Estate,
  type Health,
  readCurrent,
  targetHealth,
} from "../listener/io.ts";
import { describeRates, errorRates } from "../metrics.ts";
import { Preempted } from "./store.ts";
import { formatWeights, sameWeights, trafficState, type Weights } from "./weights.ts";

/** Stops the run without any further write (another actor changed the listener). */
export class Stop extends Error {}
/** A check failed or AWS failed: roll back. */
export class Fail extends Error {}

export interface Watch {
  ctx: Ctx;
  elb: ElasticLoadBalancingV2Client;
  cw: CloudWatchClient;
  estate: Estate;
  alarms: string[];
  from: Color;
  to: Color;
  /** Since when the error rates are summed (the rollout's start). */
  since: Date;
  maxErrorRateDelta: number;
  /** What the listener must hold. */
  expected(): Weights | null;
  /** Renews the lease; throws Preempted when it is lost. */
  renew(): Promise<void>;
}

export function reasonOf(err: unknown): string {
  if (err instanceof Aborted) return `interrupted (${err.message})`;
  return describeAwsError(err);
}

/** Watches for `seconds`; returns the last round's summary. */
export async function bake(w: Watch, seconds: number, label: string): Promise<string> {
  const { ctx } = w;
  const bakeMs = seconds * 1000;
  const end = ctx.now().getTime() + bakeMs;
  const interval = ctx.pollMs ?? Math.min(15_000, Math.max(1_000, Math.floor(bakeMs / 6)));
  if (bakeMs > 0) ctx.log(`${label}: baking ${seconds} s`);
  let errors = 0;
  let summary = "";
  for (;;) {
    const last = ctx.now().getTime() >= end;
    const round = await checkOnce(w);
    if (round.error) {
      errors++;
      ctx.log(`check failed: ${round.error}`);
      if (errors >= 2 || last) throw new Fail(`could not check the rollout: ${round.error}`);
    } else {
      errors = 0;
      summary = round.summary ?? summary;
    }
    if (last) break;
    try {
      await ctx.sleep(Math.max(0, Math.min(interval, end - ctx.now().getTime())));
    } catch (err) {
      if (err instanceof Aborted) throw new Fail(`interrupted (${err.message})`);
      throw err;
    }
  }
  return summary;
}

/** One round of checks; throws Stop/Fail/Preempted, returns an error text when AWS could not answer. */
async function checkOnce(w: Watch): Promise<{ error?: string; summary?: string }> {
  const { ctx, estate } = w;
  const [current, lease, alarms, health, rates] = await Promise.allSettled([
    readCurrent(w.elb, estate),
    w.renew(),
    firing(w.cw, w.alarms),
    targetHealth(w.elb, estate.targetGroups[w.to]),
    errorRates(w.cw, estate, { from: w.from, to: w.to, since: w.since, now: ctx.now() }),
  ]);
  if (lease.status === "rejected" && lease.reason instanceof Preempted) throw lease.reason;
  if (current.status === "rejected") {
    if (current.reason instanceof ConcurrentChange || current.reason instanceof UsageError)
      throw new Stop(current.reason.message);
  } else if (!sameWeights(current.value.weights, w.expected())) {
    throw new Stop(
      `the listener holds ${formatWeights(current.value.weights)} but this rollout last wrote ${trafficState(w.expected())}: another actor changed the weights`,
    );
  }
  if (alarms.status === "fulfilled" && alarms.value.length > 0) {
    const a = alarms.value[0]!;
    throw new Fail(
      `rollback alarm ${alarms.value.map((x) => x.name).join(", ")} in ALARM${a.reason ? ` (${a.reason})` : ""}`,
    );
  }
  if (health.status === "fulfilled") {
    const h: Health = health.value;
    if (h.healthy === 0) throw new Fail(`${describeHealth(w.to, h)}: no healthy targets`);
    if (h.unhealthy > h.healthy)
      throw new Fail(`${describeHealth(w.to, h)}: more unhealthy than healthy targets`);
  }
  if (rates.status === "fulfilled") {
    const r = rates.value;
    if (r.judged && r.delta > w.maxErrorRateDelta) {
      throw new Fail(
        `${describeRates(r, w.from, w.to)}: ${r.delta.toFixed(1)} points above (limit ${w.maxErrorRateDelta})`,
      );
    }
  }
  const failed = [current, lease, alarms, health, rates].find((r) => r.status === "rejected") as
    | PromiseRejectedResult
    | undefined;
  if (failed) return { error: reasonOf(failed.reason) };
  if (health.status === "fulfilled" && rates.status === "fulfilled") {
    const alarmText = w.alarms.length ? `${w.alarms.length} alarm(s) OK` : "no alarms";
    return {
      summary: `${alarmText}, ${describeHealth(w.to, health.value)}, ${describeRates(rates.value, w.from, w.to)}`,
    };
  }
  return {};
}
