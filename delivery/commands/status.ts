/**
 * `traffic status`: weights, live/idle, healthy/total targets per color, the rollout lease and
 * record (with each color's revision and whether it has served production, the plan step
 * running, its countdown, a pause waiting for promote, the latest analysis verdicts and the
 * decisions), and the estate's rollback alarms in ALARM. Read-only. `--watch` redraws it
 * (view/watch.ts).
 */
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Color, UsageError } from "../../common/conventions.ts";
import { type FiringAlarm, firingRollbackAlarms } from "../alarms.ts";
import { describeAwsError } from "../aws/common.ts";
import { abortableSleep, type Ctx, makeCtx, type Outcome } from "../context.ts";
import type { StatusOptions } from "../inputs.ts";
import { discover, type Health, targetHealth } from "../listener/io.ts";
import type { ListenerArn } from "../options.ts";
import { describePlan, weightPercents, weightStepsDone } from "../rollout/plan.ts";
import { type ColorRevision, type Decision, type Rollout, shortRevision } from "../rollout/record.ts";
import type { Lease } from "../rollout/store.ts";
import { formatWeights, type Weights } from "../rollout/weights.ts";
import { progress, type RolloutProgress } from "../view/rollout.ts";
import { type WatchStream, watch } from "../view/watch.ts";
import { storeFor } from "./common.ts";

export interface StatusReport {
  listenerArn: string;
  live: Color | "split";
  weights: Weights;
  targetGroups: Record<Color, string>;
  /** Targets per color: healthy of total, those failing health checks, and every state's count. */
  health: Record<
    Color,
    { healthy: number; total: number; unhealthy: number; states: Record<string, number> }
  >;
  rollout: RolloutView | null;
  /** The rollout lease, when a run holds it (expired leases included, with `expired`). */
  lease: (Lease & { expired: boolean }) | null;
  colors: Partial<Record<Color, ColorRevision>>;
  alarms: FiringAlarm[];
}

export interface RolloutView extends RolloutProgress {
  state: Rollout["state"];
  from: Color;
  to: Color;
  /** Weight steps done, and their percentages. */
  step: number;
  steps: number[];
  runId: string;
  actor: string;
  url: string;
  startedAt: string;
  updatedAt: string;
  reason: string;
  weights: Weights | null;
  /** The plan, described, and its digest. */
  plan: string;
  digest: string;
  watchUntil: string | null;
  pausedAt: string | null;
  completedAt: string | null;
  /** Every recorded decision, oldest first. */
  decisions: Decision[];
}

/** The record as status shows it; countdowns and the pause's age are taken at `now`. */
export function rolloutView(r: Rollout | null, now: Date = new Date()): RolloutView | null {
  if (!r) return null;
  return {
    ...progress(r, now),
    state: r.state,
    from: r.from,
    to: r.to,
    step: weightStepsDone(r.plan, r.done),
    steps: weightPercents(r.plan),
    runId: r.runId,
    actor: r.actor,
    url: r.url,
    startedAt: r.startedAt,
    updatedAt: r.updatedAt,
    reason: r.reason,
    weights: r.weights,
    plan: describePlan(r.plan),
    digest: r.digest,
    watchUntil: r.watchUntil,
    pausedAt: r.pausedAt,
    completedAt: r.completedAt,
    decisions: r.decisions,
  };
}

export async function status(
  ctx: Ctx,
  clients: { elb: ElasticLoadBalancingV2Client; cw: CloudWatchClient; ddb: DynamoDBClient },
  opts: { listener: ListenerArn; table: string },
): Promise<Outcome<StatusReport | null>> {
  let report: StatusReport;
  try {
    const state = await storeFor(clients.ddb, opts.table, opts.listener.arn, ctx).read();
    const estate = await discover(clients.elb, opts.listener, state.doc.targetGroups);
    const [blue, green, alarms] = await Promise.all([
      targetHealth(clients.elb, estate.targetGroups.blue),
      targetHealth(clients.elb, estate.targetGroups.green),
      firingRollbackAlarms(clients.cw, estate),
    ]);
    const slim = (h: Health) => ({
      healthy: h.healthy,
      total: h.total,
      unhealthy: h.unhealthy,
      states: h.states,
    });
    report = {
      listenerArn: opts.listener.arn,
      live: estate.live,
      weights: estate.weights,
      targetGroups: estate.targetGroups,
      health: { blue: slim(blue), green: slim(green) },
      rollout: rolloutView(state.doc.rollout, ctx.now()),
      lease: state.lease ? { ...state.lease, expired: state.lease.expires < ctx.now().getTime() } : null,
      colors: state.doc.colors,
      alarms,
    };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return {
      exitCode: 1,
      message: `${describeAwsError(err)}; traffic unchanged (status only reads)`,
      result: null,
    };
  }
  ctx.timeline.add("check", `status: live ${report.live}, ${formatWeights(report.weights)}`, {
    weights: report.weights,
  });
  return { exitCode: 0, message: `live ${report.live} (${formatWeights(report.weights)})`, result: report };
}

/**
 * `traffic status --watch`: the report read every interval and drawn (view/watch.ts) until
 * `signal` (Ctrl-C) fires; exits 0 then.
 */
export function watchStatus(
  out: WatchStream,
  clients: { elb: ElasticLoadBalancingV2Client; cw: CloudWatchClient; ddb: DynamoDBClient },
  opts: StatusOptions,
  io: { signal: AbortSignal; now: () => Date; sleep?: (ms: number, signal: AbortSignal) => Promise<void> },
): Promise<number> {
  const ctx = () => makeCtx({ log: () => {}, now: io.now, signal: io.signal });
  const wait = io.sleep;
  return watch(
    out,
    async () => {
      const o = await status(ctx(), clients, opts);
      return o.exitCode === 0 ? { report: o.result } : { report: null, error: o.message };
    },
    {
      intervalSeconds: opts.intervalSeconds,
      json: opts.format === "json",
      now: io.now,
      sleep: wait ? (ms) => wait(ms, io.signal) : abortableSleep(io.signal),
      signal: io.signal,
    },
  );
}

export function statusText(r: StatusReport): string {
  const lines: string[] = [];
  const pad = (s: string) => s.padEnd(10);
  lines.push(`${pad("listener")}${r.listenerArn}`);
  const idle = r.live === "split" ? "" : `, idle ${r.live === "blue" ? "green" : "blue"}`;
  lines.push(`${pad("live")}${r.live}${idle} (${formatWeights(r.weights)})`);
  for (const color of ["blue", "green"] as const) {
    const h = r.health[color];
    const c = r.colors[color];
    const revision = c
      ? `  ${shortRevision(c.revision)} ${c.served ? "served production" : "never served production"}${c.lastGood && c.lastGood !== c.revision ? `, last good ${shortRevision(c.lastGood)}` : ""}`
      : "";
    lines.push(
      `${pad(color)}${String(r.weights[color]).padStart(3)}%  ${h.healthy}/${h.total} healthy  ${r.targetGroups[color].split(":").pop()}${revision}`,
    );
  }
  const ro = r.rollout;
  if (ro) {
    const at = ro.steps.length > 0 ? `step ${ro.step}/${ro.steps.length} [${ro.steps.join(",")}]` : "";
    const what =
      ro.state === "rolled-back"
        ? `rolled-back: traffic returned to ${ro.from}${at ? ` (rollout ${ro.from}→${ro.to} stopped at ${at})` : ""}`
        : ro.state === "complete"
          ? `complete: ${ro.from}→${ro.to}${at ? ` ${at}` : ""}`
          : `${ro.state}: ${ro.from}→${ro.to}${at ? ` at ${at}` : ""}`;
    const why = ro.reason ? `; reason: ${ro.reason}` : "";
    lines.push(
      `${pad("rollout")}${what}; run ${ro.runId || "?"} by ${ro.actor || "?"}, updated ${ro.updatedAt || "?"}${why}`,
    );
    const p = ro.position;
    if (p.of > 0 && p.done < p.of) lines.push(`${pad("step")}${p.step} of ${p.of}: ${p.description}`);
    if (ro.countdown)
      lines.push(
        `${pad(ro.countdown.kind)}${ro.countdown.remainingSeconds} s left (until ${ro.countdown.until})`,
      );
    if (ro.paused)
      lines.push(`${pad("paused")}since ${ro.paused.since} at ${ro.to} ${p.percent}%: ${ro.paused.hint}`);
    if (ro.analysis)
      lines.push(`${pad("analysis")}${ro.analysis.outcome} at ${ro.analysis.at}: ${ro.analysis.summary}`);
  } else {
    lines.push(`${pad("rollout")}no record`);
  }
  if (r.lease) {
    const l = r.lease;
    lines.push(
      `${pad("lease")}${l.command} run ${l.runId} by ${l.actor} since ${l.since}${l.expired ? " (expired)" : `, expires ${new Date(l.expires).toISOString()}`}`,
    );
  } else {
    lines.push(`${pad("lease")}free`);
  }
  if (r.alarms.length === 0) lines.push(`${pad("alarms")}no rollback alarm in ALARM`);
  for (const a of r.alarms)
    lines.push(`${pad("alarms")}${a.name} in ALARM since ${a.since ?? "?"}: ${a.reason}`);
  return lines.join("\n");
}
