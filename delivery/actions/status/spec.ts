import { makeCloudWatch } from "../../aws/cloudwatch.ts";
import { makeDynamo } from "../../aws/dynamodb.ts";
import { makeElb } from "../../aws/elb.ts";
import { type StatusReport, status } from "../../commands/status.ts";
import { parseStatus } from "../../inputs.ts";
import { recentHistory } from "../history.ts";
import type { ActionSpec } from "../kit.ts";

/** The `status` action: inputs, outputs and job-summary facts around the library call. */
export const statusAction: ActionSpec<ReturnType<typeof parseStatus>, StatusReport | null> = {
  title: "securecloud traffic status",
  inputs: ["listener", "region", "dry-run"],
  parse: (raw, env) => parseStatus(raw, env),
  execute: (ctx, opts, aws) =>
    status(ctx, { elb: makeElb(aws), cw: makeCloudWatch(aws), ddb: makeDynamo(aws) }, opts),
  outputs: (r) => ({
    weights: r?.weights ?? null,
    rolloutState: r?.rollout?.state ?? null,
    extra: (r
      ? {
          "idle-color": r.live === "split" ? "" : r.live === "blue" ? "green" : "blue",
          health: JSON.stringify(r.health),
          alarms: JSON.stringify(r.alarms),
          status: JSON.stringify(r),
        }
      : {}) as Record<string, string>,
  }),
  facts: (opts, r) => [
    ["listener", opts.listener.arn],
    ...(r
      ? ([
          ["blue", `${r.weights.blue}% · ${r.health.blue.healthy}/${r.health.blue.total} healthy`],
          ["green", `${r.weights.green}% · ${r.health.green.healthy}/${r.health.green.total} healthy`],
          ["rollout lease", r.lease ? `${r.lease.command} run ${r.lease.runId} by ${r.lease.actor}` : "free"],
          ["rollback alarms in ALARM", r.alarms.map((a) => a.name).join(", ") || "none"],
        ] as [string, string][])
      : []),
  ],
  appendix: (opts, _r, aws) => recentHistory(opts, aws),
};
