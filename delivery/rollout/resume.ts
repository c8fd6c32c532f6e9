/**
 * Where a rerun picks up an interrupted rollout. The record says how many plan steps are done
 * and which weights the rollout last wrote; the listener says what it holds now:
 *
 *  - the recorded weights: resume at the first step not done;
 *  - the next weight step's weights: the run died between the listener write and its record:
 *    count that step done and resume after it;
 *  - anything else: another actor changed the weights, and the rerun stops without writing.
 *
 * A rerun never replays a step. When a weight step is already done, the rerun watches (bakes)
 * the traffic it finds again before the next step: the dead run's bake may have been cut short.
 */
import { type Step, weightStepsDone } from "./plan.ts";
import type { Rollout } from "./record.ts";
import { formatWeights, sameWeights, type Weights, weightsFor } from "./weights.ts";

export type ResumePoint = { done: number; rebake: boolean; wroteUnrecorded: boolean } | { stop: string };

export function resumePoint(
  prior: Pick<Rollout, "plan" | "done" | "weights" | "to">,
  listener: Weights,
): ResumePoint {
  const plan: readonly Step[] = prior.plan;
  let done = Math.min(Math.max(0, prior.done), plan.length);
  let wroteUnrecorded = false;
  if (!sameWeights(listener, prior.weights)) {
    const next = plan[done];
    if (next?.kind === "weight" && sameWeights(listener, weightsFor(prior.to, next.percent))) {
      done += 1;
      wroteUnrecorded = true;
    } else {
      const last = prior.weights ? formatWeights(prior.weights) : "nothing yet";
      return {
        stop: `the listener holds ${formatWeights(listener)} but the rollout last wrote ${last}: another actor changed the weights`,
      };
    }
  }
  const rebake = weightStepsDone(plan, done) > 0 && plan[done]?.kind !== "bake";
  return { done, rebake, wroteUnrecorded };
}
