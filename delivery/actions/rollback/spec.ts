import { rollbackClients } from "../../aws/clients.ts";
import { type RollbackResult, rollback } from "../../commands/rollback.ts";
import { parseRollback } from "../../inputs.ts";
import { recentHistory, rolloutTimeline } from "../history.ts";
import type { ActionSpec } from "../kit.ts";

/** The outputs of the rollback (and of the abort, the same library call). */
export const rollbackOutputs = (r: RollbackResult) => ({
  weights: r.weights,
  rolloutState: r.state,
  extra: {
    "rolled-back-to": r.to,
    changed: String(r.changed),
    preempted: r.preempted ? `${r.preempted.command} run ${r.preempted.runId} by ${r.preempted.actor}` : "",
  },
});

/** The `rollback` action: inputs, outputs and job-summary facts around the library call. */
export const rollbackAction: ActionSpec<ReturnType<typeof parseRollback>, RollbackResult> = {
  title: "securecloud traffic rollback",
  inputs: ["listener", "to-color", "reason", "force", "actor", "run-id", "region", "dry-run"],
  parse: (raw, env) => parseRollback(raw, env),
  execute: (ctx, opts, aws) => rollback(ctx, rollbackClients(aws), opts),
  outputs: rollbackOutputs,
  facts: (opts, r) => [
    ["rolled back to", r.to],
    ["listener written", r.changed ? "yes" : "no (already there or refused)"],
    [
      "destination health",
      r.health ? `${r.health.healthy}/${r.health.total} healthy${opts.force ? " (forced)" : ""}` : "not read",
    ],
    [
      "rollout stopped",
      r.preempted
        ? `${r.preempted.command} run ${r.preempted.runId} by ${r.preempted.actor}`
        : "none running",
    ],
    ["test routes", r.routes.join("; ") || "unchanged"],
    ["reason", opts.reason ?? "manual rollback"],
    ["actor", opts.holder.actor],
  ],
  appendix: async (opts, _r, aws) => `${await rolloutTimeline(opts, aws)}${await recentHistory(opts, aws)}`,
};
