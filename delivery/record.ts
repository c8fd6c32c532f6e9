/**
 * The rollout record: the delivery code's only state, kept as tags on the production listener
 * so any run (or the on-call engineer's rollback) can resume or reverse a rollout without
 * outside storage.
 *
 * Tag values must match ELBv2's `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$` and be at most 256
 * characters, so lists use spaces and free text is cleaned before it is written.
 */
import {
  type Color,
  isColor,
  otherColor,
  ROLLOUT_STATES,
  type RolloutState,
  TAG,
} from "../common/conventions.ts";

/** The record's tag keys (shared with stacks/, which seeds the target-group keys at creation). */
export const RECORD_TAG = TAG.rollout;

export interface Weights {
  blue: number;
  green: number;
}

export interface RolloutRecord {
  state: RolloutState;
  /** The color that was live when the rollout started: where a rollback sends traffic. */
  from: Color;
  to: Color;
  /** Index (1-based) of the last step whose weights are on the listener; 0 = none yet. */
  step: number;
  /** The new color's weight after each step. */
  steps: number[];
  runId: string;
  startedAt: string;
  updatedAt: string;
  reason: string;
  actor: string;
  /** The weights this rollout last wrote (or found, before its first write). */
  weights: Weights | null;
  /**
   * Target groups by color and the stickiness of the forward action when the listener's
   * default action is a single weighted forward: lets a rollback write without reading the
   * listener first. Absent otherwise.
   */
  targetGroups: Record<Color, string> | null;
  stickiness: string | null;
}

export function formatWeights(w: Weights): string {
  return `blue=${w.blue} green=${w.green}`;
}

export function parseWeights(value: string | undefined): Weights | null {
  if (!value) return null;
  const m = /^blue=(\d{1,3}) green=(\d{1,3})$/.exec(value.trim());
  if (!m) return null;
  return { blue: Number(m[1]), green: Number(m[2]) };
}

export function sameWeights(a: Weights | null | undefined, b: Weights | null | undefined): boolean {
  return !!a && !!b && a.blue === b.blue && a.green === b.green;
}

/** All weight on `color`. */
export function allOn(color: Color): Weights {
  return color === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
}

/** `to` at `percent`, the other color at the rest. */
export function weightsFor(to: Color, percent: number): Weights {
  const from = otherColor(to);
  const w = { blue: 0, green: 0 } as Weights;
  w[to] = percent;
  w[from] = 100 - percent;
  return w;
}

/** Makes free text safe for an ELBv2 tag value. */
export function tagText(text: string, max = 256): string {
  const cleaned = text
    .replace(/%/g, " pct")
    .replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.length > max ? cleaned.slice(0, max) : cleaned;
}

export function recordTags(record: RolloutRecord): { Key: string; Value: string }[] {
  const tags: Record<string, string> = {
    [RECORD_TAG.state]: record.state,
    [RECORD_TAG.from]: record.from,
    [RECORD_TAG.to]: record.to,
    [RECORD_TAG.step]: String(record.step),
    [RECORD_TAG.steps]: record.steps.join(" "),
    [RECORD_TAG.runId]: tagText(record.runId),
    [RECORD_TAG.startedAt]: record.startedAt,
    [RECORD_TAG.updatedAt]: record.updatedAt,
    [RECORD_TAG.reason]: tagText(record.reason),
    [RECORD_TAG.actor]: tagText(record.actor),
    [RECORD_TAG.weights]: record.weights ? formatWeights(record.weights) : "",
    [RECORD_TAG.blueTargetGroup]: record.targetGroups?.blue ?? "",
    [RECORD_TAG.greenTargetGroup]: record.targetGroups?.green ?? "",
    [RECORD_TAG.stickiness]: record.stickiness ?? "",
  };
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** Reads the record from the listener's tags; null when there is none or it is unreadable. */
export function parseRecord(tags: Record<string, string>): RolloutRecord | null {
  const state = tags[RECORD_TAG.state];
  const from = tags[RECORD_TAG.from];
  const to = tags[RECORD_TAG.to];
  if (!state || !(ROLLOUT_STATES as readonly string[]).includes(state)) return null;
  if (!isColor(from) || !isColor(to) || from === to) return null;
  const steps = (tags[RECORD_TAG.steps] ?? "")
    .split(/[\s,]+/)
    .filter((s) => /^\d+$/.test(s))
    .map(Number);
  const step = Number(tags[RECORD_TAG.step] ?? "0");
  const blue = tags[RECORD_TAG.blueTargetGroup];
  const green = tags[RECORD_TAG.greenTargetGroup];
  return {
    state: state as RolloutState,
    from,
    to,
    step: Number.isInteger(step) && step >= 0 ? step : 0,
    steps,
    runId: tags[RECORD_TAG.runId] ?? "",
    startedAt: tags[RECORD_TAG.startedAt] ?? "",
    updatedAt: tags[RECORD_TAG.updatedAt] ?? "",
    reason: tags[RECORD_TAG.reason] ?? "",
    actor: tags[RECORD_TAG.actor] ?? "",
    weights: parseWeights(tags[RECORD_TAG.weights]),
    targetGroups: blue && green ? { blue, green } : null,
    stickiness: tags[RECORD_TAG.stickiness] || null,
  };
}

/**
 * The target groups by color and the stickiness kept in the listener's tags — by a rollout
 * record, or seeded by the estate when it creates the listener — whatever the record's state.
 */
export function targetGroupTags(
  tags: Record<string, string>,
): { targetGroups: Record<"blue" | "green", string>; stickiness: string } | null {
  const blue = tags[RECORD_TAG.blueTargetGroup];
  const green = tags[RECORD_TAG.greenTargetGroup];
  if (!blue || !green || blue === green) return null;
  return { targetGroups: { blue, green }, stickiness: tags[RECORD_TAG.stickiness] || "off" };
}

/** The record as status prints it (JSON), without the fast-path internals. */
export function recordView(record: RolloutRecord | null) {
  if (!record) return null;
  return {
    state: record.state,
    from: record.from,
    to: record.to,
    step: record.step,
    steps: record.steps,
    runId: record.runId,
    startedAt: record.startedAt,
    updatedAt: record.updatedAt,
    reason: record.reason,
    actor: record.actor,
    weights: record.weights,
  };
}
