/**
 * What an operator wants to know about a rollout, derived from its record and the time: which
 * step of the plan runs (described), how long the current bake, timed pause or analysis window
 * has left, whether it is paused and since when, and the latest analysis verdicts per color.
 * Pure: `traffic status` puts it in its JSON and the live view draws it.
 */
import type { Color } from "../../common/conventions.ts";
import type { Verdict } from "../analysis/verdict.ts";
import { describeStep, type Step, weightPercents, weightStepsDone } from "../rollout/plan.ts";
import type { Decision, Rollout } from "../rollout/record.ts";

export interface Position {
  /** 1-based number of the plan step running (or next to run); equals `of` when all are done. */
  step: number;
  of: number;
  /** That step, described (`bake 300 s`); null when the plan is empty. */
  description: string | null;
  /** Steps of the plan done. */
  done: number;
  /** Weight steps done, and the weight steps' percentages. */
  weightStep: number;
  weightSteps: number[];
  /** The new color's weight the last weight step set (0 before the first). */
  percent: number;
}

export interface Countdown {
  kind: "bake" | "pause" | "analysis" | "watch";
  /** ISO end of the window (the record's watchUntil). */
  until: string;
  /** Whole seconds left (0 when the end has passed: the run is late or gone). */
  remainingSeconds: number;
  /** Seconds past the end, when it has passed. */
  overdueSeconds: number;
}

export interface Paused {
  since: string;
  seconds: number;
  /** What continues it, and what ends it. */
  hint: string;
}

/** One metric's verdict with both colors' values side by side. */
export interface ColorVerdict {
  metric: string;
  result: string;
  /** The canary's and the stable color's values, by color (elb-5xx-rate: during / before). */
  values: Record<Color, number | null>;
  samples: Record<Color, number>;
  /** Labels of the two sides when they are not colors (elb-5xx-rate: `during`, `before`). */
  labels: Record<Color, string>;
  limit: number;
  p: number | null;
  text: string;
}

export interface AnalysisView {
  at: string;
  /** 1-based plan step of the analysis. */
  step: number;
  outcome: Decision["outcome"];
  summary: string;
  verdicts: ColorVerdict[];
}

export interface RolloutProgress {
  position: Position;
  countdown: Countdown | null;
  paused: Paused | null;
  analysis: AnalysisView | null;
  lastDecision: Decision | null;
}

export const PROMOTE_HINT = "securecloud traffic promote to continue, securecloud traffic abort to roll back";

/** True while the rollout waits for an operator (state paused, or pausedAt set). */
export function isPaused(r: Pick<Rollout, "state" | "pausedAt">): boolean {
  return (r.state as string) === "paused" || r.pausedAt !== null;
}

function active(r: Rollout): boolean {
  return r.state === "shifting" || isPaused(r);
}

export function position(r: Pick<Rollout, "plan" | "done" | "state" | "pausedAt">): Position {
  const of = r.plan.length;
  const done = Math.max(0, Math.min(r.done, of));
  // A paused run has recorded its pause step done or not depending on when it stopped; the
  // pause is the step it shows either way.
  let index = done < of ? done : of - 1;
  if (isPaused(r) && r.plan[index]?.kind !== "pause" && r.plan[index - 1]?.kind === "pause") index--;
  const step: Step | undefined = r.plan[index];
  const weights = weightPercents(r.plan.slice(0, done));
  return {
    step: of === 0 ? 0 : index + 1,
    of,
    description: step ? describeStep(step) : null,
    done,
    weightStep: weightStepsDone(r.plan, done),
    weightSteps: weightPercents(r.plan),
    percent: weights.at(-1) ?? 0,
  };
}

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

export function countdown(r: Rollout, now: Date): Countdown | null {
  if (!r.watchUntil || !active(r)) return null;
  const end = Date.parse(r.watchUntil);
  if (!Number.isFinite(end)) return null;
  const kind = r.plan[Math.min(r.done, r.plan.length - 1)]?.kind;
  const left = end - now.getTime();
  return {
    kind: kind === "bake" || kind === "pause" || kind === "analysis" ? kind : "watch",
    until: r.watchUntil,
    remainingSeconds: seconds(left),
    overdueSeconds: seconds(-left),
  };
}

function colorVerdict(v: Verdict, r: Pick<Rollout, "from" | "to">): ColorVerdict {
  const canary = r.to;
  const stable = r.from;
  const byColor = <T>(c: T, s: T) => ({ [canary]: c, [stable]: s }) as Record<Color, T>;
  return {
    metric: v.metric,
    result: v.result,
    values: byColor(v.canary.value, v.baseline.value),
    samples: byColor(v.canary.samples, v.baseline.samples),
    labels: byColor(v.canary.label, v.baseline.label),
    limit: v.limit,
    p: v.p,
    text: v.text,
  };
}

/** The newest analysis decision with its verdicts by color, or null. */
export function latestAnalysis(r: Rollout): AnalysisView | null {
  const d = r.decisions.findLast((x) => x.kind === "analysis");
  if (!d) return null;
  return {
    at: d.at,
    step: d.step + 1,
    outcome: d.outcome,
    summary: d.summary,
    verdicts: (d.verdicts ?? []).map((v) => colorVerdict(v, r)),
  };
}

export function progress(r: Rollout, now: Date): RolloutProgress {
  const pausedAt = isPaused(r) ? (r.pausedAt ?? r.updatedAt) : null;
  return {
    position: position(r),
    countdown: countdown(r, now),
    paused: pausedAt
      ? {
          since: pausedAt,
          seconds: seconds(now.getTime() - Date.parse(pausedAt)),
          hint: PROMOTE_HINT,
        }
      : null,
    analysis: latestAnalysis(r),
    lastDecision: r.decisions.at(-1) ?? null,
  };
}
