import { makeDynamo } from "../../aws/dynamodb.ts";
import { makeElb } from "../../aws/elb.ts";
import { type RollbackResult, rollback } from "../../commands/rollback.ts";
import { parseAbort } from "../../inputs.ts";
import { recentHistory } from "../history.ts";
import type { ActionSpec } from "../kit.ts";
import { rollbackOutputs } from "../rollback/spec.ts";

/** The `abort` action: the rollback with a required reason, recorded as aborted. */
export const abortAction: ActionSpec<ReturnType<typeof parseAbort>, RollbackResult> = {
  title: "securecloud traffic abort",
  inputs: ["listener", "reason", "force", "actor", "run-id", "region", "dry-run"],
  parse: (raw, env) => parseAbort(raw, env),
  execute: (ctx, opts, aws) => rollback(ctx, { elb: makeElb(aws), ddb: makeDynamo(aws) }, opts),
  outputs: rollbackOutputs,
  facts: (opts, r) => [
    ["traffic back on", r.to],
    ["listener written", r.changed ? "yes" : "no (already there or refused)"],
    [
      "rollout stopped",
      r.preempted
        ? `${r.preempted.command} run ${r.preempted.runId} by ${r.preempted.actor}`
        : "none running",
    ],
    ["test routes", r.routes.join("; ") || "unchanged"],
    ["reason", opts.reason ?? ""],
    ["actor", opts.holder.actor],
  ],
  appendix: (opts, _r, aws) => recentHistory(opts, aws),
};
