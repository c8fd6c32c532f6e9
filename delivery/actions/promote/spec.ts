import type { ShiftResult } from "../../commands/shift.ts";
import { parsePromote } from "../../inputs.ts";
import { recentHistory } from "../history.ts";
import type { ActionSpec } from "../kit.ts";
import { runShift } from "../shift/spec.ts";

/**
 * The `promote` action: continues a paused rollout with its recorded plan (`full` skips to
 * 100%, and needs `yes`: an action has no terminal to ask on).
 */
export const promoteAction: ActionSpec<ReturnType<typeof parsePromote>, ShiftResult> = {
  title: "securecloud traffic promote",
  inputs: [
    "listener",
    "full",
    "yes",
    "alarms",
    "max-error-rate-delta",
    "smoke-url",
    "smoke-checks",
    "run-id",
    "actor",
    "region",
    "dry-run",
  ],
  parse: (raw, env) => parsePromote(raw, env),
  execute: runShift,
  outputs: (r) => ({
    weights: r.weights,
    rolloutState: r.state,
    extra: { step: String(r.step), steps: r.steps.join(","), reason: r.reason, color: r.to },
  }),
  facts: (opts, r) => [
    ["rollout", `${r.from} → ${r.to}: ${r.plan}`],
    ["step reached", `${r.step}/${r.steps.length}`],
    ["promote", opts.promote?.full ? "full: straight to 100%" : "the remaining steps"],
    ["decisions", r.decisions.map((d) => `${d.kind} ${d.outcome}`).join(", ") || "none"],
    ["run", `${opts.holder.runId} by ${opts.holder.actor}`],
  ],
  appendix: (opts, _r, aws) => recentHistory(opts, aws),
};
