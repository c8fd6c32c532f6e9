/**
 * A rollout is a plan: a list of steps, run in order, each recorded when done so a rerun after
 * a crash resumes at the first step not done. Step kinds today:
 *
 *   { kind: "smoke" }                     the declared smoke checks against the new color,
 *                                         through the idle-color route, before any weight moves
 *   { kind: "weight", percent: 10 }       the new color's weight in percent
 *   { kind: "bake", seconds: 300 }        watch that long: rollback alarms, the new color's
 *                                         health and its 5xx rate against the old color's
 *
 * `--steps 10,50,100 --bake 300` is shorthand for smoke, then weight and bake per step. New
 * kinds (a pause for approval, a statistical analysis) are added here and in the runner's
 * switch; the record stores the plan as data, so a resumed run follows the plan it started.
 */
import { UsageError } from "../../common/conventions.ts";

export type Step =
  | { kind: "smoke" }
  | { kind: "weight"; percent: number }
  | { kind: "bake"; seconds: number };

export const STEP_KINDS = ["smoke", "weight", "bake"] as const;

/** The plan `--steps/--bake` stand for: smoke checks first (when `smoke`), then weight and bake per step. */
export function shorthandPlan(percents: number[], bakeSeconds: number, smoke: boolean): Step[] {
  const plan: Step[] = smoke ? [{ kind: "smoke" }] : [];
  for (const percent of percents)
    plan.push({ kind: "weight", percent }, { kind: "bake", seconds: bakeSeconds });
  return plan;
}

/** The weight steps' percentages, in order. */
export function weightPercents(plan: readonly Step[]): number[] {
  return plan.flatMap((s) => (s.kind === "weight" ? [s.percent] : []));
}

/** 1-based number of the weight step at `index` (or the last one before it; 0 = none yet). */
export function weightStepAt(plan: readonly Step[], index: number): number {
  return plan.slice(0, index + 1).filter((s) => s.kind === "weight").length;
}

/** Weight steps fully done when `done` steps of the plan are done. */
export function weightStepsDone(plan: readonly Step[], done: number): number {
  return plan.slice(0, done).filter((s) => s.kind === "weight").length;
}

/**
 * Checks a plan: weights strictly increase within 1..100 and end at 100 (success always means
 * all traffic on the new color), bakes are 0..86400 s, smoke checks come before any weight.
 */
export function validatePlan(plan: readonly Step[], what = "--steps"): void {
  let last = 0;
  let weights = 0;
  for (const [i, step] of plan.entries()) {
    switch (step.kind) {
      case "smoke":
        if (weights > 0)
          throw new UsageError(what, `step ${i + 1}: smoke checks must come before any weight moves`);
        break;
      case "weight":
        if (!Number.isInteger(step.percent) || step.percent < 1 || step.percent > 100)
          throw new UsageError(what, `step ${i + 1}: ${step.percent} is outside 1..100`);
        if (step.percent <= last)
          throw new UsageError(what, `steps must increase: ${step.percent} follows ${last}`);
        last = step.percent;
        weights++;
        break;
      case "bake":
        if (!Number.isFinite(step.seconds) || step.seconds < 0 || step.seconds > 86_400)
          throw new UsageError(what, `step ${i + 1}: bake ${step.seconds} s is outside 0..86400`);
        break;
      default:
        throw new UsageError(what, `step ${i + 1}: unknown kind "${(step as { kind: string }).kind}"`);
    }
  }
  if (weights === 0) throw new UsageError(what, "needs at least one weight step");
  if (last !== 100) throw new UsageError(what, `the last weight must be 100 (is ${last})`);
}

/** `smoke, 10%, bake 300 s, 50%, bake 300 s, 100%, bake 300 s` */
export function describePlan(plan: readonly Step[]): string {
  return plan
    .map((s) =>
      s.kind === "smoke" ? "smoke" : s.kind === "weight" ? `${s.percent}%` : `bake ${s.seconds} s`,
    )
    .join(", ");
}

export function samePlan(a: readonly Step[], b: readonly Step[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
