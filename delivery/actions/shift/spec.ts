import { makeCloudWatch } from "../../aws/cloudwatch.ts";
import { makeElb } from "../../aws/elb.ts";
import { parseShift } from "../../inputs.ts";
import type { ShiftResult } from "../../shift.ts";
import { shift } from "../../shift.ts";
import type { ActionSpec } from "../kit.ts";

/** The `shift` action: inputs, outputs and job-summary facts around the library call. */
export const shiftAction: ActionSpec<ReturnType<typeof parseShift>, ShiftResult> = {
  title: "securecloud traffic shift",
  inputs: [
    "listener",
    "to-color",
    "steps",
    "bake",
    "alarms",
    "max-error-rate-delta",
    "run-id",
    "actor",
    "region",
    "dry-run",
  ],
  parse: (raw, env) => parseShift(raw, env),
  execute: (ctx, opts, aws) => shift(ctx, { elb: makeElb(aws), cw: makeCloudWatch(aws) }, opts),
  outputs: (r) => ({
    weights: r.weights,
    rolloutState: r.state,
    extra: { step: String(r.step), steps: r.steps.join(","), resumed: String(r.resumed), reason: r.reason },
  }),
  facts: (opts, r) => [
    ["rollout", `${r.from} → ${r.to}, steps ${r.steps.join(", ")}, bake ${opts.bakeSeconds} s`],
    ["step reached", `${r.step}/${r.steps.length}${r.resumed ? " (resumed)" : ""}`],
    ["watched alarms", r.alarms.join(", ") || "none"],
    ["max 5xx delta", `${opts.maxErrorRateDelta} points`],
    ["run", `${opts.runId} by ${opts.actor}`],
  ],
};
