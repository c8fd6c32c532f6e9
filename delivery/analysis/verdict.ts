/**
 * Judging a canary: per check, the per-period values of the canary and of the baseline (the
 * stable color over the same periods; for the ELB's own 5xx, the load balancer before the
 * rollout started), a one-sided Mann-Whitney U test, and the verdict:
 *
 *   inconclusive  fewer than minSamples periods (with at least minRequests requests) on a side,
 *                 or so few that no data could reach p < alpha
 *   fail          the canary is worse by more than maxIncrease (Hodges-Lehmann shift) and
 *                 significantly worse (p < alpha), as Kayenta judges: significance says the
 *                 difference is real, the limit says whether it matters
 *   pass          otherwise
 *
 * Fail-fast looks at the totals so far instead and fails a regression larger than failFast
 * without waiting for the window: for the rates only when a one-sided binomial test says the
 * canary's errors are very unlikely (p < FAIL_FAST_ALPHA) at the baseline rate plus failFast,
 * for latency when the median of at least FAIL_FAST_MIN_PERIODS periods is that much worse.
 *
 * Every verdict carries the metric, both values, the threshold, the sample sizes and the
 * p-value, and says them in one line, so a person can argue with it.
 */
import { gammaln, median } from "simple-statistics";
import type { Color } from "../../common/conventions.ts";
import { mannWhitneyGreater, smallestP } from "./mann-whitney.ts";
import type { Series, WindowData } from "./metrics.ts";
import { type AnalysisSpec, type MetricCheck, type MetricName, unitOf } from "./spec.ts";

export type Result = "pass" | "fail" | "inconclusive";

/** Significance a fail-fast on a rate needs: far stricter than alpha, it acts on partial data. */
export const FAIL_FAST_ALPHA = 0.001;
/** Periods of canary latency a latency fail-fast needs (one slow minute is not a regression). */
export const FAIL_FAST_MIN_PERIODS = 3;

export interface Side {
  /** `green` / `blue`; for elb-5xx-rate the canary's attributed rate and `before`. */
  label: string;
  /** Median of the per-period values (fail-fast on a rate: the rate over the totals). */
  value: number | null;
  /** Periods counted as samples. */
  samples: number;
  /** Requests over the window (the load balancer's for `before`). */
  requests: number;
}

export interface Verdict {
  metric: MetricName;
  result: Result;
  canary: Side;
  baseline: Side;
  /** maxIncrease (or failFast for a fail-fast verdict), in the metric's unit. */
  limit: number;
  /** How much worse the canary is (Hodges-Lehmann shift; fail-fast: difference of the values). */
  increase: number | null;
  p: number | null;
  /** exact / normal: Mann-Whitney U; binomial: a rate's fail-fast; fail-fast: latency's. */
  method: "exact" | "normal" | "binomial" | "fail-fast" | null;
  failedFast: boolean;
  /** One line: which metric, both values, the threshold, the samples, p, the result. */
  text: string;
}

export interface Windows {
  canary: Color;
  stable: Color;
  /** The analysis window (or the part of it seen so far), [start, end) in epoch ms. */
  window: [number, number];
  /** Before the rollout started (the ELB 5xx baseline), [start, end) in epoch ms. */
  before: [number, number];
}

interface Samples {
  canary: number[];
  baseline: number[];
  canaryRequests: number;
  baselineRequests: number;
  /** Rates only: errors (attributed, for the ELB's) and rates over the totals. */
  totals?: { canaryErrors: number; canaryRate: number; baselineRate: number };
}

/** Starts of the whole periods inside [from, to). */
export function periods(range: [number, number], periodMs: number): number[] {
  const out: number[] = [];
  for (let t = Math.ceil(range[0] / periodMs) * periodMs; t + periodMs <= range[1]; t += periodMs)
    out.push(t);
  return out;
}

const sum = (s: Series, at: number[]) => at.reduce((a, t) => a + (s.get(t) ?? 0), 0);
const percent = (errors: number, requests: number) => (requests > 0 ? (100 * errors) / requests : 0);

/**
 * The ELB's own 5xx, attributed to the canary. Per period of the window, the stable color is
 * charged what it produced before the rollout (rate r0 on its requests) and the rest of the
 * load balancer's 5xx goes to the canary's requests (the load balancer's minus the stable
 * target group's, which includes requests no target took); compared with the load balancer's
 * rate before the rollout, when the stable color served alone.
 */
function elbSamples(data: WindowData, w: Windows, ms: number, minRequests: number): Samples {
  const during = periods(w.window, ms);
  const before = periods(w.before, ms);
  const stable = data.colors[w.stable].requests;
  const r0 = sum(data.lbErrors, before) / Math.max(1, sum(data.lbRequests, before));
  const canaryRequests = (t: number) => Math.max(0, (data.lbRequests.get(t) ?? 0) - (stable.get(t) ?? 0));
  const attributed = (t: number) => Math.max(0, (data.lbErrors.get(t) ?? 0) - r0 * (stable.get(t) ?? 0));
  const canaryErrors = during.reduce((a, t) => a + attributed(t), 0);
  const requests = during.reduce((a, t) => a + canaryRequests(t), 0);
  const baselineRequests = sum(data.lbRequests, before);
  return {
    canary: during
      .filter((t) => canaryRequests(t) >= minRequests)
      .map((t) => percent(attributed(t), canaryRequests(t))),
    baseline: before
      .filter((t) => (data.lbRequests.get(t) ?? 0) >= minRequests)
      .map((t) => percent(data.lbErrors.get(t) ?? 0, data.lbRequests.get(t)!)),
    canaryRequests: requests,
    baselineRequests,
    totals: { canaryErrors, canaryRate: percent(canaryErrors, requests), baselineRate: 100 * r0 },
  };
}

/** The per-period values of one metric for both sides. */
export function samplesOf(metric: MetricName, data: WindowData, w: Windows, minRequests: number): Samples {
  const ms = data.period * 1000;
  if (metric === "elb-5xx-rate") return elbSamples(data, w, ms, minRequests);
  const inWindow = periods(w.window, ms);
  const side = (color: Color) => {
    const c = data.colors[color];
    const counted = inWindow.filter((t) => (c.requests.get(t) ?? 0) >= minRequests);
    const requests = sum(c.requests, inWindow);
    if (metric === "5xx-rate") {
      const errors = sum(c.errors, inWindow);
      const values = counted.map((t) => percent(c.errors.get(t) ?? 0, c.requests.get(t)!));
      return { values, requests, errors };
    }
    const s = metric === "latency-p95" ? c.p95 : c.p99;
    return { values: counted.flatMap((t) => (s.has(t) ? [s.get(t)!] : [])), requests, errors: 0 };
  };
  const canary = side(w.canary);
  const baseline = side(w.stable);
  return {
    canary: canary.values,
    baseline: baseline.values,
    canaryRequests: canary.requests,
    baselineRequests: baseline.requests,
    ...(metric === "5xx-rate"
      ? {
          totals: {
            canaryErrors: canary.errors,
            canaryRate: percent(canary.errors, canary.requests),
            baselineRate: percent(baseline.errors, baseline.requests),
          },
        }
      : {}),
  };
}

const fmtCount = (n: number) => Math.round(n).toLocaleString("en-US");

function value(metric: MetricName, n: number | null): string {
  if (n === null) return "n/a";
  const { unit, digits } = unitOf(metric);
  return unit === "%" ? `${n.toFixed(digits)}%` : `${n.toFixed(digits)} s`;
}

function signed(metric: MetricName, n: number): string {
  const { unit, digits } = unitOf(metric);
  return `${n >= 0 ? "+" : "-"}${Math.abs(n).toFixed(digits)} ${unit === "%" ? "pt" : "s"}`;
}

const fmtP = (p: number) => (p < 0.001 ? p.toExponential(1) : p.toFixed(3));

/**
 * `5xx-rate: green 0.40% vs blue 0.10% (+0.30 pt), limit +1.00 pt, n=6/6 min,
 * 5,400/48,000 req, p=0.210 (Mann-Whitney U exact, α=0.05) → pass`
 */
function line(v: Omit<Verdict, "text">, periodSeconds: number, how: string, why = ""): string {
  const { metric } = v;
  const vs = `${v.canary.label} ${value(metric, v.canary.value)} vs ${v.baseline.label} ${value(metric, v.baseline.value)}`;
  const inc = v.increase === null ? "" : ` (${signed(metric, v.increase)})`;
  const unit = periodSeconds === 60 ? "min" : `×${periodSeconds}s`;
  const n = `n=${v.canary.samples}/${v.baseline.samples} ${unit}, ${fmtCount(v.canary.requests)}/${fmtCount(v.baseline.requests)} req`;
  const p = v.p === null ? "" : `, p=${fmtP(v.p)}`;
  const limit = `${v.failedFast ? "fail-fast limit" : "limit"} ${signed(metric, v.limit)}`;
  return `${metric}: ${vs}${inc}, ${limit}, ${n}${p}${how ? ` (${how})` : ""} → ${v.result}${why ? `: ${why}` : ""}`;
}

const labels = (metric: MetricName, w: Windows) =>
  metric === "elb-5xx-rate"
    ? { canary: `${w.canary} (attributed)`, baseline: "before" }
    : { canary: w.canary, baseline: w.stable };

type Limits = Pick<AnalysisSpec, "minSamples" | "minRequests" | "alpha">;

/** The verdict of one check over the window (the end of an analysis step). */
export function judgeCheck(check: MetricCheck, spec: Limits, data: WindowData, w: Windows): Verdict {
  const s = samplesOf(check.metric, data, w, spec.minRequests);
  const l = labels(check.metric, w);
  const side = (label: string, values: number[], requests: number): Side => ({
    label,
    value: values.length ? median(values) : null,
    samples: values.length,
    requests,
  });
  const base = {
    metric: check.metric,
    canary: side(l.canary, s.canary, s.canaryRequests),
    baseline: side(l.baseline, s.baseline, s.baselineRequests),
    limit: check.maxIncrease,
    failedFast: false,
  };
  const n1 = s.canary.length;
  const n2 = s.baseline.length;
  if (n1 < spec.minSamples || n2 < spec.minSamples || smallestP(n1, n2) >= spec.alpha) {
    const v = { ...base, result: "inconclusive" as const, increase: null, p: null, method: null };
    const why =
      n1 < spec.minSamples || n2 < spec.minSamples
        ? `needs ${spec.minSamples} periods with ≥${spec.minRequests} requests on each side`
        : `${n1}/${n2} periods cannot reach p<${spec.alpha}`;
    return { ...v, text: line(v, data.period, "", why) };
  }
  const t = mannWhitneyGreater(s.canary, s.baseline);
  const worse = t.p < spec.alpha && t.shift > check.maxIncrease;
  const v = {
    ...base,
    result: worse ? ("fail" as const) : ("pass" as const),
    increase: t.shift,
    p: t.p,
    method: t.method,
  };
  return { ...v, text: line(v, data.period, `Mann-Whitney U ${t.method}, α=${spec.alpha}`) };
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p). Summed from the first term outward (log-gamma for that term,
 * then the ratio of neighbours), on the side of the mean where terms shrink: the upper tail
 * itself when k is above the mean, else one minus the lower tail. Stops once a term no longer
 * changes the sum, so a million requests cost microseconds.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n || p <= 0) return 0;
  if (p >= 1) return 1;
  const logPmf = (i: number) =>
    gammaln(n + 1) - gammaln(i + 1) - gammaln(n - i + 1) + i * Math.log(p) + (n - i) * Math.log1p(-p);
  const odds = p / (1 - p);
  let sum = 0;
  if (k > n * p) {
    let term = Math.exp(logPmf(k));
    for (let i = k; i <= n && term > 0; i++) {
      sum += term;
      if (term < sum * 1e-17) break;
      term *= ((n - i) / (i + 1)) * odds;
    }
    return Math.min(1, sum);
  }
  let term = Math.exp(logPmf(k - 1));
  for (let i = k - 1; i >= 0 && term > 0; i--) {
    sum += term;
    if (term < sum * 1e-17) break;
    term *= i / (n - i + 1) / odds;
  }
  return Math.max(0, 1 - sum);
}

/** A regression past failFast on what has been seen so far, or null. */
export function failFast(
  check: MetricCheck,
  spec: Pick<AnalysisSpec, "minRequests">,
  data: WindowData,
  w: Windows,
): Verdict | null {
  if (check.failFast === undefined) return null;
  const s = samplesOf(check.metric, data, w, spec.minRequests);
  if (s.canaryRequests < spec.minRequests || s.baselineRequests < spec.minRequests) return null;
  let canary: number;
  let baseline: number;
  let p: number | null = null;
  if (s.totals) {
    canary = s.totals.canaryRate;
    baseline = s.totals.baselineRate;
    if (canary - baseline <= check.failFast) return null;
    const bound = Math.min(1, (baseline + check.failFast) / 100);
    p = binomialUpperTail(s.totals.canaryErrors, s.canaryRequests, bound);
    if (p >= FAIL_FAST_ALPHA) return null;
  } else {
    if (s.canary.length < FAIL_FAST_MIN_PERIODS || s.baseline.length === 0) return null;
    canary = median(s.canary);
    baseline = median(s.baseline);
    if (canary - baseline <= check.failFast) return null;
  }
  const l = labels(check.metric, w);
  const v = {
    metric: check.metric,
    result: "fail" as const,
    canary: { label: l.canary, value: canary, samples: s.canary.length, requests: s.canaryRequests },
    baseline: {
      label: l.baseline,
      value: baseline,
      samples: s.baseline.length,
      requests: s.baselineRequests,
    },
    limit: check.failFast,
    increase: canary - baseline,
    p,
    method: p === null ? ("fail-fast" as const) : ("binomial" as const),
    failedFast: true,
  };
  const how =
    p === null
      ? `median of ${s.canary.length} periods, ≥${FAIL_FAST_MIN_PERIODS} needed`
      : `binomial, errors vs ${value(check.metric, baseline + check.failFast)}, α=${FAIL_FAST_ALPHA}`;
  return { ...v, text: line(v, data.period, how, "failed fast") };
}

export interface Analysis {
  result: Result;
  verdicts: Verdict[];
  /** True when a fail-fast verdict decided it. */
  failedFast: boolean;
  /** One line for the rollout record: the deciding verdicts' lines, joined by "; ". */
  summary: string;
}

function combine(verdicts: Verdict[]): Analysis {
  const result: Result = verdicts.some((v) => v.result === "fail")
    ? "fail"
    : verdicts.some((v) => v.result === "inconclusive")
      ? "inconclusive"
      : "pass";
  const deciding = result === "pass" ? verdicts : verdicts.filter((v) => v.result === result);
  return {
    result,
    verdicts,
    failedFast: verdicts.some((v) => v.failedFast),
    summary: deciding.map((v) => v.text).join("; "),
  };
}

/**
 * The end of the window: every check, fail-fast first (a regression past failFast fails even
 * when too few periods were seen for the test). Fail if any check fails, else inconclusive if
 * any is, else pass.
 */
export function judge(spec: AnalysisSpec, data: WindowData, w: Windows): Analysis {
  if (spec.checks.length === 0) throw new Error("an analysis needs at least one check");
  return combine(spec.checks.map((c) => failFast(c, spec, data, w) ?? judgeCheck(c, spec, data, w)));
}

/**
 * During the window (`w.window` ending now): the failed analysis when any check fails fast,
 * else null (keep watching). Only checks with failFast set are looked at.
 */
export function judgeSoFar(spec: AnalysisSpec, data: WindowData, w: Windows): Analysis | null {
  const failed = spec.checks.flatMap((c) => failFast(c, spec, data, w) ?? []);
  return failed.length ? combine(failed) : null;
}
