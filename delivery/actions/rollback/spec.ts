import { makeElb } from "../../aws/elb.ts";
import { parseRollback } from "../../inputs.ts";
import type { RollbackResult } from "../../rollback.ts";
import { rollback } from "../../rollback.ts";
import type { ActionSpec } from "../kit.ts";

/** The `rollback` action: inputs, outputs and job-summary facts around the library call. */
export const rollbackAction: ActionSpec<ReturnType<typeof parseRollback>, RollbackResult> = {
  title: "securecloud traffic rollback",
  inputs: ["listener", "to-color", "reason", "force", "actor", "run-id", "region", "dry-run"],
  parse: (raw, env) => parseRollback(raw, env),
  execute: (ctx, opts, aws) => rollback(ctx, { elb: makeElb(aws) }, opts),
  outputs: (r) => ({
    weights: r.weights,
    rolloutState: r.state,
    extra: { "rolled-back-to": r.to, changed: String(r.changed) },
  }),
  facts: (opts, r) => [
    ["rolled back to", r.to],
    ["listener written", r.changed ? "yes" : "no (already there or refused)"],
    [
      "destination health",
      r.health ? `${r.health.healthy}/${r.health.total} healthy${opts.force ? " (forced)" : ""}` : "not read",
    ],
    ["reason", opts.reason ?? "manual rollback"],
    ["actor", opts.actor],
  ],
};
