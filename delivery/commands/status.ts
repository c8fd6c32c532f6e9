/**
 * `traffic status`: weights, live/idle, healthy/total targets per color, the rollout lease and
 * record (with each color's revision and whether it has served production), and the estate's
 * rollback alarms in ALARM. Read-only.
 */
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Color, UsageError } from "../../common/conventions.ts";
import { type FiringAlarm, firingRollbackAlarms } from "../alarms.ts";
import { describeAwsError } from "../aws/common.ts";
import type { Ctx, Outcome } from "../context.ts";
import { discover, type Health, targetHealth } from "../listener/io.ts";
import type { ListenerArn } from "../options.ts";
import { weightPercents, weightStepsDone } from "../rollout/plan.ts";
import { type ColorRevision, type Rollout, shortRevision } from "../rollout/record.ts";
import type { Lease } from "../rollout/store.ts";
import { formatWeights, type Weights } from "../rollout/weights.ts";
import { storeFor } from "./common.ts";

export interface StatusReport {
  listenerArn: string;
  live: Color | "split";
  weights: Weights;
  targetGroups: Record<Color, string>;
  health: Record<Color, { healthy: number; total: number }>;
  rollout: RolloutView | null;
  /** The rollout lease, when a run holds it (expired leases included, with `expired`). */
  lease: (Lease & { expired: boolean }) | null;
  colors: Partial<Record<Color, ColorRevision>>;
  alarms: FiringAlarm[];
}

export interface RolloutView {
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
}

export function rolloutView(r: Rollout | null): RolloutView | null {
  if (!r) return null;
  return {
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
    const slim = (h: Health) => ({ healthy: h.healthy, total: h.total });
    report = {
      listenerArn: opts.listener.arn,
      live: estate.live,
      weights: estate.weights,
      targetGroups: estate.targetGroups,
      health: { blue: slim(blue), green: slim(green) },
      rollout: rolloutView(state.doc.rollout),
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
