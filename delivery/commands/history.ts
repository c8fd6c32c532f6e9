/** `traffic history`: the listener's finished runs, newest first (who, what, when, from, to, outcome, run URL). */
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { UsageError } from "../../common/conventions.ts";
import { describeAwsError } from "../aws/common.ts";
import type { Ctx, Outcome } from "../context.ts";
import type { ListenerArn } from "../options.ts";
import type { HistoryEntry } from "../rollout/history.ts";
import { storeFor } from "./common.ts";

export interface HistoryOptions {
  listener: ListenerArn;
  table: string;
  limit: number;
}

export async function history(
  ctx: Ctx,
  clients: { ddb: DynamoDBClient },
  opts: HistoryOptions,
): Promise<Outcome<{ listenerArn: string; entries: HistoryEntry[] }>> {
  try {
    const entries = await storeFor(clients.ddb, opts.table, opts.listener.arn, ctx).history(opts.limit);
    return {
      exitCode: 0,
      message: `${entries.length} run(s) in the rollout history`,
      result: { listenerArn: opts.listener.arn, entries },
    };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return {
      exitCode: 1,
      message: `${describeAwsError(err)}; could not read the rollout history from ${opts.table}`,
      result: { listenerArn: opts.listener.arn, entries: [] },
    };
  }
}
