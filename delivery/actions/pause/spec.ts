import { makeDynamo } from "../../aws/dynamodb.ts";
import { type PauseResult, pause } from "../../commands/pause.ts";
import { parsePause } from "../../inputs.ts";
import type { ActionSpec } from "../kit.ts";

/** The `pause` action: holds a rollout at its current weight (the listener is not written). */
export const pauseAction: ActionSpec<ReturnType<typeof parsePause>, PauseResult> = {
  title: "securecloud traffic pause",
  inputs: ["listener", "wait", "actor", "run-id", "region", "dry-run"],
  parse: (raw, env) => parsePause(raw, env),
  execute: (ctx, opts, aws) => pause(ctx, { ddb: makeDynamo(aws) }, opts),
  outputs: (r) => ({ weights: r.weights, rolloutState: r.state, extra: { how: r.how } }),
  facts: (opts, r) => [
    ["how", r.how],
    ["actor", opts.holder.actor],
  ],
};
