import { makeElb } from "../../aws/elb.ts";
import { parseRollback } from "../../inputs.ts";
import { rollback } from "../../rollback.ts";
import { runAction } from "../kit.ts";

await runAction({
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
});
