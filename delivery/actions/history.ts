/**
 * Job-summary sections read from the rollout table after the action's work is done: the
 * rollout's timeline (its decisions) and the recent rollout history.
 */
import type { AwsOptions } from "../aws/common.ts";
import { makeDynamo } from "../aws/dynamodb.ts";
import type { Common } from "../inputs.ts";
import { historyMarkdown } from "../rollout/history.ts";
import { RolloutStore } from "../rollout/store.ts";
import { timelineMarkdown } from "../view/timeline.ts";

/** The listener's current or last rollout as a timeline ("" when none is recorded). */
export async function rolloutTimeline(opts: Common, aws: AwsOptions): Promise<string> {
  const state = await new RolloutStore(makeDynamo(aws), opts.table, opts.listener.arn).read();
  return state.doc.rollout ? timelineMarkdown(state.doc.rollout) : "";
}

export async function recentHistory(opts: Common, aws: AwsOptions, limit = 10): Promise<string> {
  const entries = await new RolloutStore(makeDynamo(aws), opts.table, opts.listener.arn).history(limit);
  return historyMarkdown(entries, `Rollout history of this listener (last ${limit})`);
}
