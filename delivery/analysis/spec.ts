/**
 * What an analysis step judges, as data (it is stored in the rollout record with the plan):
 * which metrics of the canary against the stable color, over what window, with what limits.
 *
 *   5xx-rate       per minute, HTTPCode_Target_5XX_Count / RequestCount of the color's target
 *                  group, in percent; the limit is in percentage points above the stable color
 *   elb-5xx-rate   per minute, the load balancer's own HTTPCode_ELB_5XX_Count (no TargetGroup
 *                  dimension exists) attributed to the canary: the stable color is charged the
 *                  rate the load balancer had before the rollout started, on its own requests,
 *                  and the rest is divided by the canary's requests; compared with the load
 *                  balancer's per-minute rate before the rollout, when the stable color served
 *                  alone (the same length of time); the limit is in percentage points
 *   latency-p95    per minute, TargetResponseTime p95 of the color's target group, seconds
 *   latency-p99    the same at p99
 *
 * Request counts (RequestCount per target group) decide which minutes count as samples.
 */

export const METRICS = ["5xx-rate", "elb-5xx-rate", "latency-p95", "latency-p99"] as const;
export type MetricName = (typeof METRICS)[number];

/** What an inconclusive analysis (too few samples) does to the rollout. */
export const INCONCLUSIVE = ["pause", "fail", "pass"] as const;
export type InconclusiveAction = (typeof INCONCLUSIVE)[number];

export interface MetricCheck {
  metric: MetricName;
  /**
   * How much worse the canary may be: percentage points for the rates, seconds for latency.
   * The canary fails when it is worse by more than this (median of per-minute values) and the
   * difference is significant (one-sided Mann-Whitney U, p < alpha).
   */
  maxIncrease: number;
  /**
   * A regression this large (on the window's totals so far) fails at once, without waiting
   * for the window or the statistics. Same unit as maxIncrease. Absent: no fail-fast.
   */
  failFast?: number;
}

export interface AnalysisSpec {
  /** How long the step watches, seconds; per-minute samples are taken over it. */
  windowSeconds: number;
  /** Minutes (per color) with at least minRequests requests needed to pass or fail. */
  minSamples: number;
  /** Requests a color must have served in a minute for that minute to be a sample. */
  minRequests: number;
  /** Significance level of the one-sided test. */
  alpha: number;
  /** What too few samples do: pause the rollout (default), fail it, or let it pass. */
  inconclusive: InconclusiveAction;
  checks: MetricCheck[];
}

/** Units for the verdict lines. */
export function unitOf(metric: MetricName): { unit: string; digits: number } {
  return metric.startsWith("latency") ? { unit: "s", digits: 3 } : { unit: "%", digits: 2 };
}

/**
 * minSamples 5: five minutes a side is the least for which the exact test can reach p = 0.004
 * (1 / C(10, 5)), well under alpha, and short enough for a 10-minute canary step. minRequests
 * 10: a minute with fewer requests gives a rate in steps of 10 points or more and a p99 that is
 * its slowest request; such a minute is not a sample. alpha 0.05, one-sided. inconclusive
 * pauses: too little traffic is a question for a person, not a pass.
 */
export const ANALYSIS_DEFAULTS = {
  minSamples: 5,
  minRequests: 10,
  alpha: 0.05,
  inconclusive: "pause" as InconclusiveAction,
};

/** CloudWatch period of the analysis samples: one minute, as the ALB publishes its metrics. */
export const ANALYSIS_PERIOD_SECONDS = 60;

/**
 * The analysis window counts whole minutes only, as CloudWatch buckets the ALB's metrics: it
 * starts at the first full minute after the step begins (a 5m window is five samples a side, not
 * four and two halves), and is judged this long after it ends, once the ALB's metrics for its
 * last minute have landed in CloudWatch. The ALB sends a minute's metrics after that minute;
 * one-minute AWS metrics are typically readable about two minutes after their period.
 */
export const ANALYSIS_SETTLE_SECONDS = 120;

/**
 * The longest an analysis step of `windowSeconds` watches: up to a period to the first full
 * minute, the window, and the settling time.
 */
export function analysisSeconds(windowSeconds: number): number {
  return ANALYSIS_PERIOD_SECONDS + windowSeconds + ANALYSIS_SETTLE_SECONDS;
}
