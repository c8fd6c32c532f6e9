/**
 * `traffic status`: weights, live/idle, healthy/total targets per color, the rollout record,
 * and the estate's rollback alarms in ALARM. Read-only.
 */
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Color, UsageError } from "../common/conventions.ts";
import { type FiringAlarm, firingRollbackAlarms } from "./alarms.ts";
import { describeAwsError } from "./aws/common.ts";
import type { Ctx, Outcome } from "./context.ts";
import { discover, type Health, targetHealth } from "./estate.ts";
import type { ListenerArn } from "./options.ts";
import { formatWeights, recordView, type Weights } from "./record.ts";

export interface StatusReport {
  listenerArn: string;
  live: Color | "split";
  weights: Weights;
  targetGroups: Record<Color, string>;
  health: Record<Color, { healthy: number; total: number }>;
  rollout: ReturnType<typeof recordView>;
  alarms: FiringAlarm[];
}

export async function status(
  ctx: Ctx,
  clients: { elb: ElasticLoadBalancingV2Client; cw: CloudWatchClient },
  opts: { listener: ListenerArn },
): Promise<Outcome<StatusReport | null>> {
  let report: StatusReport;
  try {
    const estate = await discover(clients.elb, opts.listener);
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
      rollout: recordView(estate.record),
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
    lines.push(
      `${pad(color)}${String(r.weights[color]).padStart(3)}%  ${h.healthy}/${h.total} healthy  ${r.targetGroups[color].split(":").pop()}`,
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
  if (r.alarms.length === 0) lines.push(`${pad("alarms")}no rollback alarm in ALARM`);
  for (const a of r.alarms)
    lines.push(`${pad("alarms")}${a.name} in ALARM since ${a.since ?? "?"}: ${a.reason}`);
  return lines.join("\n");
}
