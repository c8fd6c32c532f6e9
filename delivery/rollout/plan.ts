/**
 * A rollout is a plan: a list of steps, run in order, each recorded when done so a rerun after
 * a crash resumes at the first step not done. The step kinds:
 *
 *   { kind: "smoke" }                     the declared smoke checks against the new color,
 *                                         through the idle-color route, before any weight moves
 *   { kind: "weight", percent: 10 }       the new color's weight in percent
 *   { kind: "bake", seconds: 300 }        watch that long: rollback alarms, the new color's
 *                                         health and its 5xx rate against the old color's
 *   { kind: "pause" }                     hold the weight until `securecloud traffic promote`:
 *                                         the run records `paused` and exits 0
 *   { kind: "pause", seconds: 600 }       hold the weight that long, watching as a bake does
 *   { kind: "analysis", analysis: {...} } compare the canary with the stable color over a
 *                                         window of per-minute metrics (analysis/spec.ts)
 *
 * `--steps 10,50,100 --bake 300` is shorthand for smoke, then weight and bake per step; a plan
 * file (plan-file.ts) says the rest. The record stores the plan as data with its digest, so a
 * resumed run follows the plan it started with.
 */
import { createHash } from "node:crypto";
import { UsageError } from "../../common/conventions.ts";
import { type AnalysisSpec, analysisSeconds } from "../analysis/spec.ts";
import { canonicalJson as canonical } from "../canonical-json.ts";

export type Step =
  | { kind: "smoke" }
  | { kind: "weight"; percent: number }
  | { kind: "bake"; seconds: number }
  | { kind: "pause"; seconds?: number }
  | { kind: "analysis"; analysis: AnalysisSpec };

/** How long after a successful promotion the old color is scaled to zero (the rollback window). */
export const DEFAULT_SCALE_DOWN_DELAY_SECONDS = 1800;
/** The longest a timed pause, a bake or an analysis window may last: a day. */
export const MAX_STEP_SECONDS = 86_400;

/** A plan and what it says besides its steps. */
export interface Plan {
  steps: Step[];
  /** Seconds after a successful promotion before the old color scales to zero. */
  scaleDownDelaySeconds: number;
  /** Where it came from: `delivery/plans/default.yaml`, or `--steps 10,50,100 --bake 300`. */
  source: string;
}

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

/** The most seconds a step watches (bake, timed pause, analysis); 0 for the others. */
export function watchSeconds(step: Step | undefined): number {
  if (!step) return 0;
  if (step.kind === "bake") return step.seconds;
  if (step.kind === "pause") return step.seconds ?? 0;
  if (step.kind === "analysis") return analysisSeconds(step.analysis.windowSeconds);
  return 0;
}

/**
 * Checks a plan: weights strictly increase within 1..100 and end at 100 (success always means
 * all traffic on the new color), bakes and timed pauses are 0..86400 s, smoke checks come
 * before any weight, an analysis follows a weight (it needs canary traffic to judge).
 * `where(i)` names step i for the message (a plan file gives its line).
 */
export function validatePlan(plan: readonly Step[], what = "--steps", where?: (i: number) => string): void {
  const at = (i: number) => (where ? where(i) : `step ${i + 1}`);
  let last = 0;
  let lastAt = -1;
  let weights = 0;
  for (const [i, step] of plan.entries()) {
    switch (step.kind) {
      case "smoke":
        if (weights > 0)
          throw new UsageError(what, `${at(i)}: smoke checks must come before any weight moves`);
        break;
      case "weight":
        if (!Number.isInteger(step.percent) || step.percent < 1 || step.percent > 100)
          throw new UsageError(what, `${at(i)}: ${step.percent} is outside 1..100`);
        if (step.percent <= last)
          throw new UsageError(
            what,
            `${where ? `${where(i)}: ` : ""}steps must increase: ${step.percent} follows ${last}`,
          );
        last = step.percent;
        lastAt = i;
        weights++;
        break;
      case "bake":
        if (!Number.isFinite(step.seconds) || step.seconds < 0 || step.seconds > MAX_STEP_SECONDS)
          throw new UsageError(what, `${at(i)}: bake ${step.seconds} s is outside 0..${MAX_STEP_SECONDS}`);
        break;
      case "pause":
        if (
          step.seconds !== undefined &&
          (!Number.isFinite(step.seconds) || step.seconds <= 0 || step.seconds > MAX_STEP_SECONDS)
        )
          throw new UsageError(
            what,
            `${at(i)}: pause ${step.seconds} s is outside 1..${MAX_STEP_SECONDS} (leave the duration out to wait for promote)`,
          );
        break;
      case "analysis":
        if (weights === 0)
          throw new UsageError(
            what,
            `${at(i)}: an analysis before any weight step has no canary traffic to judge`,
          );
        break;
      default:
        throw new UsageError(what, `${at(i)}: unknown kind "${(step as { kind: string }).kind}"`);
    }
  }
  if (weights === 0) throw new UsageError(what, "needs at least one weight step");
  if (last !== 100)
    throw new UsageError(
      what,
      `${where ? `${where(lastAt)}: ` : ""}the last weight must be 100 (is ${last}): success means all traffic on the new color`,
    );
}

function describeStep(s: Step): string {
  switch (s.kind) {
    case "smoke":
      return "smoke";
    case "weight":
      return `${s.percent}%`;
    case "bake":
      return `bake ${s.seconds} s`;
    case "pause":
      return s.seconds === undefined ? "pause until promoted" : `pause ${s.seconds} s`;
    case "analysis":
      return `analysis ${s.analysis.windowSeconds} s (${s.analysis.checks.map((c) => c.metric).join(", ")})`;
  }
}

/** `smoke, 10%, bake 300 s, 50%, bake 300 s, 100%, bake 300 s` */
export function describePlan(plan: readonly Step[]): string {
  return plan.map(describeStep).join(", ");
}

export { describeStep };

/**
 * `sha256:<hex>` of what the plan does (its steps and scale-down delay, not where it came from
 * or how the file was laid out): recorded with the rollout, so a resume can tell whether it is
 * asked to run the same plan.
 */
export function planDigest(plan: Pick<Plan, "steps" | "scaleDownDelaySeconds">): string {
  const text = canonical({ steps: plan.steps, scaleDownDelaySeconds: plan.scaleDownDelaySeconds });
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}
