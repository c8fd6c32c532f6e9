import { shiftClients } from "../../aws/clients.ts";
import type { AwsOptions } from "../../aws/common.ts";
import { type ShiftOptions, type ShiftResult, shift } from "../../commands/shift.ts";
import type { Ctx } from "../../context.ts";
import { parseShift } from "../../inputs.ts";
import { smokeMarkdown } from "../../summary.ts";
import { recentHistory, rolloutTimeline } from "../history.ts";
import type { ActionSpec } from "../kit.ts";

/** The shift (or promote) library call with its clients. */
export const runShift = async (ctx: Ctx, opts: ShiftOptions, aws: AwsOptions) =>
  shift(ctx, await shiftClients(aws), opts);

/** The `shift` action: inputs, outputs and job-summary facts around the library call. */
export const shiftAction: ActionSpec<ReturnType<typeof parseShift>, ShiftResult> = {
  title: "securecloud traffic shift",
  inputs: [
    "listener",
    "to-color",
    "plan",
    "steps",
    "bake",
    "alarms",
    "max-error-rate-delta",
    "smoke-url",
    "smoke-checks",
    "run-id",
    "actor",
    "region",
    "dry-run",
  ],
  parse: (raw, env) => parseShift(raw, env),
  execute: runShift,
  outputs: (r) => ({
    weights: r.weights,
    rolloutState: r.state,
    extra: {
      step: String(r.step),
      steps: r.steps.join(","),
      resumed: String(r.resumed),
      reason: r.reason,
      smoke: JSON.stringify(r.smoke),
      digest: r.digest,
    },
  }),
  facts: (opts, r) => [
    ["rollout", `${r.from} → ${r.to}: ${r.plan}`],
    ["plan", `${opts.planSource} (${r.digest})`],
    ["step reached", `${r.step}/${r.steps.length}${r.resumed ? " (resumed)" : ""}`],
    [
      "smoke checks",
      opts.smoke.url ? `${opts.smoke.checksFile} through ${opts.smoke.url}` : "none (no smoke URL)",
    ],
    ["watched alarms", r.alarms.join(", ") || "none"],
    ["max 5xx delta", `${opts.maxErrorRateDelta} points`],
    ["test routes", r.routes.join("; ") || "unchanged"],
    ["run", `${opts.holder.runId} by ${opts.holder.actor}`],
  ],
  appendix: async (opts, r, aws) =>
    `${await rolloutTimeline(opts, aws)}${smokeMarkdown(r.smoke)}${await recentHistory(opts, aws)}`,
};
