/**
 * Judging a canary: per check, the per-period values of the canary and of the baseline (the
 * stable color over the same periods; for the ELB's own 5xx, the load balancer before the
 * rollout started), a one-sided Mann-Whitney U test, and the verdict:
 *
 *   inconclusive  fewer than minSamples periods (with at least minRequests requests) on a side
 *   fail          the canary is worse by more than maxIncrease (Hodges-Lehmann shift) and
 *                 significantly so (p < alpha)
 *   pass          otherwise
 *
 * Fail-fast looks at the totals so far instead, every round, and fails a regression larger
 * than failFast without waiting for the window or for significance.
 *
 * Every verdict carries the metric, both values, the threshold, the sample sizes and the
 * p-value, and says them in one line, so a person can argue with it.
 */
import { median } from "simple-statistics";
import type { Color } from "../../common/conventions.ts";
import { mannWhitneyGreater } from "./mann-whitney.ts";
import type { Series, WindowData } from "./metrics.ts";
import { type AnalysisSpec, type MetricCheck, type MetricName, unitOf } from "./spec.ts";

export type Result = "pass" | "fail" | "inconclusive";

export interface Side {
  /** `green`, `blue`, or for elb-5xx-rate `during` / `before`. */
  label: string;
  /** Median of the per-period values (fail-fast: the total rate, or the median so far). */
  value: number | null;
  samples: number;
  requests: number;
}

export interface Verdict {
  metric: MetricName;
  result: Result;
  canary: Side;
  baseline: Side;
  /** maxIncrease (or failFast for a fail-fast verdict). */
  limit: number;
  /** How much worse the canary is (Hodges-Lehmann shift; fail-fast: difference of the totals). */
  increase: number | null;
  p: number | null;
  method: "exact" | "normal" | "fail-fast" | null;
  /** One line: which metric, both values, the threshold, the samples. */
  text: string;
}

export interface Windows {
  canary: Color;
  stable: Color;
  /** The analysis window, [start, end) in epoch ms. */
  window: [number, number];
  /** Before the rollout started (the ELB 5xx baseline), same length. */
  before: [number, number];
}

interface Samples {
  canary: number[];
  baseline: number[];
  canaryRequests: number;
  baselineRequests: number;
  canaryTotal?: number;
  baselineTotal?: number;
}

/** Period starts in [from, to) whose period ended by `to`. */
function periods(range: [number, number], periodMs: number): number[] {
  const out: number[] = [];
  const first = Math.floor(range[0] / periodMs) * periodMs;
  for (let t = first; t + periodMs <= range[1]; t += periodMs) out.push(t);
  return out;
}

const sum = (s: Series, at: number[]) => at.reduce((a, t) => a + (s.get(t) ?? 0), 0);

/** The per-period values of one metric for both sides. */
export function samplesOf(metric: MetricName, data: WindowData, w: Windows, minRequests: number): Samples {
  const ms = data.period * 1000;
  const inWindow = periods(w.window, ms);
  if (metric === "elb-5xx-rate") {
    const rates = (at: number[]) =>
      at
        .filter((t) => (data.lbRequests.get(t) ?? 0) >= minRequests)
        .map((t) => (100 * (data.lbErrors.get(t) ?? 0)) / data.lbRequests.get(t)!);
    const before = periods(w.before, ms);
    const total = (at: number[]) => {
      const req = sum(data.lbRequests, at);
      return req > 0 ? (100 * sum(data.lbErrors, at)) / req : 0;
    };
    return {
      canary: rates(inWindow),
      baseline: rates(before),
      canaryRequests: sum(data.lbRequests, inWindow),
      baselineRequests: sum(data.lbRequests, before),
      canaryTotal: total(inWindow),
      baselineTotal: total(before),
    };
  }
  const side = (color: Color) => {
    const c = data.colors[color];
    const counted = inWindow.filter((t) => (c.requests.get(t) ?? 0) >= minRequests);
    const requests = sum(c.requests, inWindow);
    if (metric === "5xx-rate") {
      return {
        values: counted.map((t) => (100 * (c.errors.get(t) ?? 0)) / c.requests.get(t)!),
        requests,
        total: requests > 0 ? (100 * sum(c.errors, inWindow)) / requests : 0,
      };
    }
    const s = metric === "latency-p95" ? c.p95 : c.p99;
    return { values: counted.flatMap((t) => (s.has(t) ? [s.get(t)!] : [])), requests };
  };
  const canary = side(w.canary);
  const baseline = side(w.stable);
  return {
    canary: canary.values,
    baseline: baseline.values,
    canaryRequests: canary.requests,
    baselineRequests: baseline.requests,
    ...(canary.total !== undefined ? { canaryTotal: canary.total, baselineTotal: baseline.total } : {}),
  };
}

const fmtNumber = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });

function format(metric: MetricName, n: number | null): string {
  if (n === null) return "n/a";
  const { unit, digits } = unitOf(metric);
  return `${n.toFixed(digits)}${unit === "%" ? "%" : " s"}`;
}

function formatIncrease(metric: MetricName, n: number): string {
  const { unit, digits } = unitOf(metric);
  return `${n >= 0 ? "+" : ""}${n.toFixed(digits)}${unit === "%" ? " points" : " s"}`;
}

function line(v: Omit<Verdict, "text">, extra: string): string {
  const { metric } = v;
  const vs = `${v.canary.label} ${format(metric, v.canary.value)} vs ${v.baseline.label} ${format(metric, v.baseline.value)}`;
  const n = `n = ${v.canary.samples} vs ${v.baseline.samples} periods (${fmtNumber(v.canary.requests)} vs ${fmtNumber(v.baseline.requests)} requests)`;
  const inc = v.increase === null ? "" : `, ${formatIncrease(metric, v.increase)}`;
  const limit = `limit ${formatIncrease(metric, v.limit)}`;
  const p =
    v.p === null
      ? ""
      : `, p = ${v.p < 0.001 ? v.p.toExponential(1) : v.p.toFixed(3)} (Mann-Whitney U, ${v.method})`;
  return `${metric} ${v.result}: ${vs}${inc} (${limit})${p}; ${n}${extra}`;
}

const labels = (metric: MetricName, w: Windows) =>
  metric === "elb-5xx-rate"
    ? { canary: "during", baseline: "before" }
    : { canary: w.canary, baseline: w.stable };

/** The verdict of one check over the window (the end of an analysis step). */
export function judgeCheck(
  check: MetricCheck,
  spec: Pick<AnalysisSpec, "minSamples" | "minRequests" | "alpha">,
  data: WindowData,
  w: Windows,
): Verdict {
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
  };
  if (s.canary.length < spec.minSamples || s.baseline.length < spec.minSamples) {
    const v = { ...base, result: "inconclusive" as const, increase: null, p: null, method: null };
    return {
      ...v,
      text: line(
        v,
        `; need ${spec.minSamples} periods with at least ${spec.minRequests} requests on each side`,
      ),
    };
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
  return { ...v, text: line(v, `, α = ${spec.alpha}`) };
}

/** A regression past failFast on the totals so far, or null. */
export function failFast(
  check: MetricCheck,
  spec: Pick<AnalysisSpec, "minRequests">,
  data: WindowData,
  w: Windows,
): Verdict | null {
  if (check.failFast === undefined) return null;
  const s = samplesOf(check.metric, data, w, spec.minRequests);
  if (s.canaryRequests < spec.minRequests) return null;
  let canary: number | null;
  let baseline: number | null;
  if (s.canaryTotal !== undefined) {
    canary = s.canaryTotal;
    baseline = s.baselineRequests > 0 ? (s.baselineTotal ?? 0) : null;
  } else {
    canary = s.canary.length ? median(s.canary) : null;
    baseline = s.baseline.length ? median(s.baseline) : null;
  }
  if (canary === null || baseline === null) return null;
  const increase = canary - baseline;
  if (increase <= check.failFast) return null;
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
    increase,
    p: null,
    method: "fail-fast" as const,
  };
  return { ...v, text: line(v, "; failed fast: a regression this large needs no statistics") };
}

export interface Analysis {
  result: Result;
  verdicts: Verdict[];
}

/** All checks: fail if any fails, else inconclusive if any is, else pass. */
export function judge(spec: AnalysisSpec, data: WindowData, w: Windows): Analysis {
  const verdicts = spec.checks.map((c) => judgeCheck(c, spec, data, w));
  const result = verdicts.some((v) => v.result === "fail")
    ? "fail"
    : verdicts.some((v) => v.result === "inconclusive")
      ? "inconclusive"
      : "pass";
  return { result, verdicts };
}
