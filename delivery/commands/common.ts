/** What the commands share: the rollout store for a listener, and history entries. */
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Color } from "../../common/conventions.ts";
import type { Ctx } from "../context.ts";
import type { HistoryEntry, Outcome as HistoryOutcome } from "../rollout/history.ts";
import { type Holder, RolloutStore } from "../rollout/store.ts";
import type { Weights } from "../rollout/weights.ts";

export function storeFor(ddb: DynamoDBClient, table: string, listenerArn: string, ctx: Ctx): RolloutStore {
  return new RolloutStore(ddb, table, listenerArn, () => ctx.now());
}

export function historyEntry(
  ctx: Ctx,
  holder: Holder,
  startedAt: string,
  fields: {
    outcome: HistoryOutcome;
    from: Color | null;
    to: Color | null;
    weights: Weights | null;
    reason?: string;
    revision?: string | null;
    plan?: string;
  },
): HistoryEntry {
  return {
    at: ctx.now().toISOString(),
    startedAt,
    command: holder.command,
    outcome: fields.outcome,
    from: fields.from,
    to: fields.to,
    weights: fields.weights,
    actor: holder.actor,
    runId: holder.runId,
    url: holder.url,
    reason: fields.reason ?? "",
    revision: fields.revision ?? null,
    ...(fields.plan ? { plan: fields.plan } : {}),
  };
}
