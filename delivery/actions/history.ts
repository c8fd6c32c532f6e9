/** The recent rollout history as a job-summary section (read after the action's work is done). */
import type { AwsOptions } from "../aws/common.ts";
import { makeDynamo } from "../aws/dynamodb.ts";
import type { Common } from "../inputs.ts";
import { historyMarkdown } from "../rollout/history.ts";
import { RolloutStore } from "../rollout/store.ts";

export async function recentHistory(opts: Common, aws: AwsOptions, limit = 10): Promise<string> {
  const entries = await new RolloutStore(makeDynamo(aws), opts.table, opts.listener.arn).history(limit);
  return historyMarkdown(entries, `Rollout history of this listener (last ${limit})`);
}
