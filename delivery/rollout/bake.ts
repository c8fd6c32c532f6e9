/**
 * The bake step (and the watch of a timed pause or an analysis window): watch the traffic for a
 * while, checking at least once, every poll interval (`SECURECLOUD_POLL_MS`, default a sixth of
 * the bake clamped to 1–15 s):
 *
 *  - the listener still holds what the rollout last wrote (else another actor changed it: stop);
 *  - the rollout lease is still this run's (renewed each poll; lost: stop without writing), and
 *    no operator asked it to pause (`traffic pause`: PauseRequested, the caller records paused);
 *  - no watched rollback alarm is in ALARM;
 *  - the new color has healthy targets, no more unhealthy than healthy;
 *  - the new color's 5xx rate is at most `maxErrorRateDelta` points above the old color's.
 *
 * A failed check throws Fail (the caller rolls back). Two polls in a row that AWS cannot answer
 * fail too: a rollout that cannot be watched is rolled back.
 *
 * With `ctx.heartbeatMs` (a run whose output is not a terminal: a CI log), a line such as
 *
 *   [bake] 10% green, 2m10s left, healthy 3/3, 5xx 0.0% vs 0.1%
 *
 * is printed at the first check and then at least every heartbeatMs, so a log never looks hung.
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
import { describeRates, type ErrorRates, errorRates } from "./error-rates.ts";
import { PauseRequested, Preempted } from "./store.ts";
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
  /** Renews the lease; throws Preempted when it is lost, PauseRequested when asked to pause. */
  renew(): Promise<void>;
}

/** What is being watched, for the heartbeat line and an extra check per round. */
export interface WatchKind {
  kind: "bake" | "pause" | "analysis";
  /** The new color's weight, percent. */
  percent: number;
  /** Runs after each round's checks (an analysis's fail-fast); throws Fail to fail the step. */
  onRound?: () => Promise<void>;
}

/** `2m10s`, `45s`, `1h0m` */
export function formatLeft(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${s % 60}s`;
  return `${s}s`;
}

/** `[bake] 10% green, 2m10s left, healthy 3/3, 5xx 0.0% vs 0.1%` */
export function heartbeatLine(
  what: WatchKind,
  to: Color,
  leftMs: number,
  round: { health?: Health; rates?: ErrorRates; error?: string },
): string {
  const parts = [`[${what.kind}] ${what.percent}% ${to}`, `${formatLeft(leftMs)} left`];
  if (round.health) parts.push(`healthy ${round.health.healthy}/${round.health.total}`);
  if (round.rates)
    parts.push(`5xx ${round.rates.to.percent.toFixed(1)}% vs ${round.rates.from.percent.toFixed(1)}%`);
  if (round.error) parts.push(`check failed: ${round.error}`);
  return parts.join(", ");
}

export function reasonOf(err: unknown): string {
  if (err instanceof Aborted) return `interrupted (${err.message})`;
  return describeAwsError(err);
}

/** Watches for `seconds`; returns the last round's summary. */
export async function bake(
  w: Watch,
  seconds: number,
  label: string,
  what: WatchKind = { kind: "bake", percent: 0 },
): Promise<string> {
  const { ctx } = w;
  const bakeMs = seconds * 1000;
  const end = ctx.now().getTime() + bakeMs;
  const beat = ctx.heartbeatMs;
  const poll = ctx.pollMs ?? Math.min(15_000, Math.max(1_000, Math.floor(bakeMs / 6)));
  const interval = beat ? Math.min(poll, beat) : poll;
  if (bakeMs > 0) ctx.log(`${label}: ${what.kind === "bake" ? "baking" : `${what.kind}:`} ${seconds} s`);
  let errors = 0;
  let summary = "";
  let lastBeat = Number.NEGATIVE_INFINITY;
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
      await what.onRound?.();
    }
    const now = ctx.now().getTime();
    if (beat && bakeMs > 0 && now - lastBeat >= beat) {
      ctx.log(heartbeatLine(what, w.to, end - now, round));
      lastBeat = now;
    }
    if (last) break;
    const nextBeat = beat ? lastBeat + beat - now : interval;
    try {
      await ctx.sleep(Math.max(0, Math.min(interval, end - now, nextBeat)));
    } catch (err) {
      if (err instanceof Aborted) throw new Fail(`interrupted (${err.message})`);
      throw err;
    }
  }
  return summary;
}

/** One round of checks; throws Stop/Fail/Preempted, returns an error text when AWS could not answer. */
async function checkOnce(
  w: Watch,
): Promise<{ error?: string; summary?: string; health?: Health; rates?: ErrorRates }> {
  const { ctx, estate } = w;
  const [current, lease, alarms, health, rates] = await Promise.allSettled([
    readCurrent(w.elb, estate),
    w.renew(),
    firing(w.cw, w.alarms),
    targetHealth(w.elb, estate.targetGroups[w.to]),
    errorRates(w.cw, estate, { from: w.from, to: w.to, since: w.since, now: ctx.now() }),
  ]);
  if (
    lease.status === "rejected" &&
    (lease.reason instanceof Preempted || lease.reason instanceof PauseRequested)
  )
    throw lease.reason;
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
  const seen = {
    ...(health.status === "fulfilled" ? { health: health.value } : {}),
    ...(rates.status === "fulfilled" ? { rates: rates.value } : {}),
  };
  if (failed) return { error: reasonOf(failed.reason), ...seen };
  if (health.status === "fulfilled" && rates.status === "fulfilled") {
    const alarmText = w.alarms.length ? `${w.alarms.length} alarm(s) OK` : "no alarms";
    return {
      summary: `${alarmText}, ${describeHealth(w.to, health.value)}, ${describeRates(rates.value, w.from, w.to)}`,
      ...seen,
    };
  }
  return seen;
}
