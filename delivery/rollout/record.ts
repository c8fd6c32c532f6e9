/**
 * The rollout record: what the delivery code knows about one production listener, kept in the
 * environment's rollout table (one item per listener, next to the lease; see store.ts):
 *
 *   rollout       the current or last rollout: from/to colors, the plan and how much of it is
 *                 done, the weights last written, who, when, why it ended
 *   colors        per color: the task-definition revision it runs, whether that revision has
 *                 served production (held all traffic and passed), and the last one that did
 *   targetGroups  the two target groups by color (saves a read when they are unchanged)
 *   fingerprint   of the listener's default actions minus the weights, as last seen
 *   routes        the test listener and the idle-color rule that follow the idle color
 */
import type { Color, RolloutState } from "../../common/conventions.ts";
import type { Verdict } from "../analysis/verdict.ts";
import { DEFAULT_SCALE_DOWN_DELAY_SECONDS, type Step } from "./plan.ts";
import type { Weights } from "./weights.ts";

/** One decision of a rollout: a step done or judged, or an operator's action. */
export interface Decision {
  /** ISO time. */
  at: string;
  /** Index into the rollout's plan (-1 for operator actions outside a step). */
  step: number;
  kind:
    | "smoke"
    | "weight"
    | "bake"
    | "pause"
    | "analysis"
    | "promote"
    | "abort"
    | "rollback"
    | "scale-down"
    | "scale-up";
  outcome: "done" | "pass" | "fail" | "inconclusive" | "paused" | "promoted" | "aborted";
  /** One line a human can argue with. */
  summary: string;
  verdicts?: Verdict[];
  actor?: string;
}

/** Decisions kept per rollout (the newest); only the newest VERDICTS_KEPT keep their verdicts. */
export const MAX_DECISIONS = 100;
export const VERDICTS_KEPT = 10;
/** Longest summary kept in a decision. */
export const MAX_SUMMARY = 400;

export interface Rollout {
  state: RolloutState;
  /** The color that was live when the rollout started: where a rollback sends traffic. */
  from: Color;
  to: Color;
  plan: Step[];
  /** How many steps of the plan are done (their effects on the listener recorded). */
  done: number;
  /** The weights this rollout last wrote (or found, before its first write). */
  weights: Weights | null;
  startedAt: string;
  updatedAt: string;
  reason: string;
  runId: string;
  actor: string;
  /** The run's URL (GitHub Actions run), when known. */
  url: string;
  /** The revision the new color runs (its task definition), when known. */
  revision: string | null;
  /** planDigest of the plan as given (sha256:...): a resume with another plan is refused. */
  digest: string;
  /** Each step and operator action as decided, oldest first (the last MAX_DECISIONS). */
  decisions: Decision[];
  /** ISO end of the current bake, timed pause or analysis window (for countdowns); null otherwise. */
  watchUntil: string | null;
  /** Set while the state is "paused". */
  pausedAt: string | null;
  /** From the plan: how long after completion the old color may be scaled to zero. */
  scaleDownDelaySeconds: number;
  /** When the last step finished and the new color held 100%. */
  completedAt: string | null;
}

/** Fields a record written before plans, decisions and pauses lacks. */
export const ROLLOUT_DEFAULTS = {
  digest: "",
  decisions: [] as Decision[],
  watchUntil: null,
  pausedAt: null,
  scaleDownDelaySeconds: DEFAULT_SCALE_DOWN_DELAY_SECONDS,
  completedAt: null,
} satisfies Partial<Rollout>;

/** ROLLOUT_DEFAULTS as a fresh object (its own decisions list), for building a Rollout. */
export function rolloutDefaults(): typeof ROLLOUT_DEFAULTS {
  return { ...ROLLOUT_DEFAULTS, decisions: [] };
}

/**
 * `decisions` with `d` appended: the newest MAX_DECISIONS, the summary bounded, verdicts only
 * on the newest VERDICTS_KEPT (the record must stay within a DynamoDB item; see limits.ts).
 */
export function withDecision(decisions: readonly Decision[], d: Decision): Decision[] {
  const summary = d.summary.length > MAX_SUMMARY ? `${d.summary.slice(0, MAX_SUMMARY - 1)}…` : d.summary;
  const all = [...decisions, { ...d, summary }].slice(-MAX_DECISIONS);
  return all.map((x, i) => {
    if (i >= all.length - VERDICTS_KEPT || !x.verdicts) return x;
    const { verdicts: _dropped, ...rest } = x;
    return rest;
  });
}

export interface ColorRevision {
  /** The task-definition ARN the color's service runs, as the delivery code last set or saw it. */
  revision: string | null;
  /** True when `revision` has held all production traffic and passed its checks. */
  served: boolean;
  /** The last revision of this color that served production and passed. */
  lastGood: string | null;
  lastGoodAt: string | null;
  deployedAt: string | null;
  deployedBy: string | null;
  /**
   * Set while `traffic scale-idle` holds this color at zero tasks: what deploy and rollback
   * restore before it takes traffic again. Absent or null: not scaled down by the delivery code.
   */
  scaledDown?: ScaledDown | null;
}

/** What scaling a color's service to zero changed, so it can be put back. */
export interface ScaledDown {
  at: string;
  /** The service's desired count before (at least the autoscaling minimum). */
  desiredCount: number;
  /** The autoscaling target's minimum before (0: the service has no scalable target). */
  minCapacity: number;
  /** The ECS service (ARN) and its cluster: a rollback, which takes no --cluster, scales it up. */
  service: string;
  cluster: string;
}

export interface Routes {
  /** The test listener (securecloud:role=test) that forwards to the idle color. */
  testListener: string | null;
  /** The production listener's rule that forwards requests with the secret header to the idle color. */
  idleRule: string | null;
}

export interface RolloutDoc {
  rollout: Rollout | null;
  targetGroups: Record<Color, string> | null;
  fingerprint: string | null;
  colors: Partial<Record<Color, ColorRevision>>;
  routes: Routes | null;
}

export function emptyDoc(): RolloutDoc {
  return { rollout: null, targetGroups: null, fingerprint: null, colors: {}, routes: null };
}

/** Reads a stored document; anything unreadable becomes the empty document's field. */
export function parseDoc(json: string | undefined): RolloutDoc {
  if (!json) return emptyDoc();
  try {
    const d = JSON.parse(json) as Partial<RolloutDoc>;
    return {
      rollout: d.rollout
        ? {
            ...rolloutDefaults(),
            ...d.rollout,
            decisions: Array.isArray(d.rollout.decisions) ? d.rollout.decisions : [],
          }
        : null,
      targetGroups: d.targetGroups ?? null,
      fingerprint: d.fingerprint ?? null,
      colors: d.colors ?? {},
      routes: d.routes ?? null,
    };
  } catch {
    return emptyDoc();
  }
}

export function newColorRevision(revision: string | null, served: boolean): ColorRevision {
  return {
    revision,
    served,
    lastGood: served ? revision : null,
    lastGoodAt: null,
    deployedAt: null,
    deployedBy: null,
  };
}

/** The colors after `color`'s revision held all production traffic and passed. */
export function markServed(colors: RolloutDoc["colors"], color: Color, at: string): RolloutDoc["colors"] {
  const c = colors[color];
  if (!c) return colors;
  return { ...colors, [color]: { ...c, served: true, lastGood: c.revision ?? c.lastGood, lastGoodAt: at } };
}

/**
 * Why rolling back to `color` would send users to a revision that never served them, or null
 * when it has served (or nothing is known about it: no deploy has been recorded there).
 */
export function neverServed(doc: RolloutDoc, color: Color): string | null {
  const c = doc.colors[color];
  if (!c || c.served || !c.revision) return null;
  const when = c.deployedAt ? `, deployed ${c.deployedAt}${c.deployedBy ? ` by ${c.deployedBy}` : ""}` : "";
  const good = c.lastGood ? `; the last good revision there is ${shortRevision(c.lastGood)}` : "";
  return `${color} runs ${shortRevision(c.revision)}${when}, which has never served production${good}`;
}

/** `securecloud-prod-green:7` from a task-definition ARN. */
export function shortRevision(arn: string | null): string {
  if (!arn) return "unknown";
  return arn.split("/").pop() ?? arn;
}

/**
 * The color a rollback goes to by default: the last rollout's stable color; without a recorded
 * rollout, the live color (nothing else is known to have served and passed: there is nothing
 * to roll back); null when traffic is split and nothing is recorded.
 */
export function defaultRollbackColor(doc: RolloutDoc, live: Color | "split"): Color | null {
  if (doc.rollout) return doc.rollout.from;
  return live === "split" ? null : live;
}
