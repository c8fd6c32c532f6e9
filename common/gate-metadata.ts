/**
 * Where and how the stacks record suppressions and declarations in the synthesized JSON.
 *
 * Terraform ignores `//` keys in JSON configuration (they are comments), and cdktf already
 * keeps its construct metadata there, so the gate's own data lives beside it:
 *
 *   resource.<type>.<name>["//"].securecloud.suppressions = [{ id, reason, expires? }]
 *   ["//"].securecloud.suppressions                        = [...]   (stack level)
 *   ["//"].securecloud.features                            = GateDeclarations
 *        (the gate's facts, and `usage`: the assumptions the cost estimate prices with)
 *
 * `cdktf`'s `Testing.synth()` strips every `//` key; `app.synth()` (and so `cdktf synth`
 * and `Testing.fullSynth()`) keeps them. Shared by the construct API (stacks/gate-annotations.ts)
 * and the gate; no heavy imports.
 */

import type { UsageAssumptions } from "./usage-assumptions.ts";

export const METADATA_KEY = "securecloud";

/**
 * What a stack declares to the gate about its intent: the facts rules cannot infer from the
 * resources (a mutated resource must not be able to change what it is judged against). The
 * stacks record them with `declareForGate` (stacks/gate-annotations.ts); the gate reads them
 * as the stack's `features`. Every field is optional: a rule without its fact falls back to
 * the shared default (common/) or to what the resources show.
 */
export interface GateDeclarations {
  /** The environment subscribes to Shield Advanced: every internet-facing ALB must be protected. */
  shieldAdvanced?: boolean;
  /** The documented ceiling for the per-IP WAF rate limit (requests per window). */
  rateLimitCeiling?: number;
  /** Seconds a stopping task keeps serving (the service's drain window). */
  drainSeconds?: number;
  /** Operator networks: the only sources of the test listener and of WAF allow rules. */
  opsCidrs?: string[];
  /** Path prefixes with their own per-IP rate limit, and that limit. */
  sensitivePaths?: string[];
  sensitivePathRateLimit?: number;
  /**
   * GitHub federation: the repository, the GitHub environments pipeline roles are bound to,
   * and, by IAM role name, the `sub` values each role is meant to trust.
   */
  github?: { repository: string; environments: string[]; subjects?: Record<string, string[]> };
  /** AWS managed Config rule identifiers the estate must run (the live gate reads them). */
  requiredConfigRules?: string[];
  /** CIS monitoring controls (Security Hub CloudWatch.N) the trail's metric filters implement. */
  cisMonitoring?: string[];
  /** Other AWS accounts the estate deliberately trusts (e.g. a controller account). */
  trustedAccounts?: string[];
  /**
   * The environment's usage assumptions with every default applied (usage-assumptions.ts):
   * the volumes no resource states, which the cost estimate (review/cost) prices with.
   */
  usage?: UsageAssumptions;
}
export const MIN_REASON_LENGTH = 20;

export interface Suppression {
  /** Rule id, e.g. `SC-ELB-005`. */
  id: string;
  /** Why this finding is accepted: at least 20 characters, a real reason. */
  reason: string;
  /** Last day (UTC, `YYYY-MM-DD`) the suppression is honoured. */
  expires?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` to the UTC midnight that ends that day; undefined if not a real date. */
export function expiryEnd(expires: string): number | undefined {
  const m = DATE.exec(expires);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return t + 24 * 60 * 60 * 1000;
}

/** The reason a suppression is malformed, or undefined when its shape is valid. */
export function suppressionShapeProblem(s: {
  id?: unknown;
  reason?: unknown;
  expires?: unknown;
}): string | undefined {
  if (typeof s.id !== "string" || s.id.trim() === "") return "rule id is missing";
  if (typeof s.reason !== "string" || s.reason.trim() === "") return "reason is missing";
  if (s.reason.trim().length < MIN_REASON_LENGTH) {
    return `reason must be at least ${MIN_REASON_LENGTH} characters (got ${s.reason.trim().length})`;
  }
  if (s.expires !== undefined && s.expires !== null) {
    if (typeof s.expires !== "string" || expiryEnd(s.expires) === undefined) {
      return `expires must be a date YYYY-MM-DD (got ${JSON.stringify(s.expires)})`;
    }
  }
  return undefined;
}

export function isExpired(expires: string | undefined, now: number): boolean {
  if (expires === undefined) return false;
  const end = expiryEnd(expires);
  return end === undefined || now >= end;
}
