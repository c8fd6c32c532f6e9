import { makeCloudWatch } from "../../aws/cloudwatch.ts";
import { makeElb } from "../../aws/elb.ts";
import { parseStatus } from "../../inputs.ts";
import type { StatusReport } from "../../status.ts";
import { status } from "../../status.ts";
import type { ActionSpec } from "../kit.ts";

/** The `status` action: inputs, outputs and job-summary facts around the library call. */
export const statusAction: ActionSpec<ReturnType<typeof parseStatus>, StatusReport | null> = {
  title: "securecloud traffic status",
  inputs: ["listener", "region", "dry-run"],
  parse: (raw) => parseStatus(raw),
  execute: (ctx, opts, aws) => status(ctx, { elb: makeElb(aws), cw: makeCloudWatch(aws) }, opts),
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
          ["rollback alarms in ALARM", r.alarms.map((a) => a.name).join(", ") || "none"],
        ] as [string, string][])
      : []),
  ],
};
