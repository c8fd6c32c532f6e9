/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), one-sided: is the canary's sample
 * stochastically greater (worse) than the stable color's? The test Kayenta applies to per-
 * interval metric values; it assumes no distribution (latency and error rates are skewed) and
 * works on the handful of per-minute values a canary step yields.
 *
 * The p-value is exact for small samples — the permutation distribution of the rank sum given
 * the observed ties, counted by dynamic programming over (doubled) mid-ranks — and from the
 * normal approximation with tie and continuity corrections above EXACT_MAX_N values in all.
 * The shift is the Hodges-Lehmann estimate (median of all pairwise differences canary -
 * stable), the effect the threshold is compared with.
 *
 * The rank sum with mid-ranks, the error function and the median are simple-statistics'. No
 * maintained npm package computes the p-value, let alone an exact one with ties: simple-statistics
 * stops at the statistic, jStat and @stdlib have no rank-sum test, and the npm packages that do
 * (mann-whitney-utest and forks) are unmaintained normal approximations without tie or
 * continuity correction. So only the null distribution is written here.
 */
import { errorFunction, median, wilcoxonRankSum } from "simple-statistics";

/** Above this many values (both samples together) the normal approximation is used. */
export const EXACT_MAX_N = 60;
/** Above this many pairs the shift is the difference of the medians instead. */
const MAX_PAIRS = 40_000;

export interface MannWhitney {
  /** U of the first sample: pairs (x, y) with x > y, ties counting half. */
  u: number;
  n1: number;
  n2: number;
  /** One-sided p-value for "x tends to be greater than y". */
  p: number;
  method: "exact" | "normal";
  /** Hodges-Lehmann estimate of how much greater x is than y. */
  shift: number;
}

/** Mid-ranks (1-based) of the pooled values, in the order given. */
function midRanks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]![1]] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * P(rank sum of a random n1-subset ≥ observed), over all C(N, n1) subsets of the pooled
 * mid-ranks: the exact null distribution, ties included (conditional on them).
 */
export function exactUpperTail(pooledRanks: number[], n1: number, observedRankSum: number): number {
  const doubled = pooledRanks.map((r) => Math.round(r * 2));
  const max = doubled.reduce((a, b) => a + b, 0);
  // ways[j][s]: subsets of j of the items seen so far whose doubled ranks sum to s.
  const ways = Array.from({ length: n1 + 1 }, () => new Float64Array(max + 1));
  ways[0]![0] = 1;
  let seen = 0;
  for (const r of doubled) {
    seen += r;
    for (let j = n1; j >= 1; j--) {
      const to = ways[j]!;
      const from = ways[j - 1]!;
      for (let s = seen; s >= r; s--) to[s]! += from[s - r]!;
    }
  }
  const target = Math.round(observedRankSum * 2);
  let tail = 0;
  let total = 0;
  const last = ways[n1]!;
  for (let s = 0; s <= max; s++) {
    total += last[s]!;
    if (s >= target) tail += last[s]!;
  }
  return tail / total;
}

/** Upper tail of the standard normal distribution. */
export function normalUpperTail(z: number): number {
  return 0.5 * (1 - errorFunction(z / Math.SQRT2));
}

/** One-sided p from the normal approximation, with tie and continuity corrections. */
function normalP(u: number, n1: number, n2: number, pooled: number[]): number {
  const n = n1 + n2;
  const counts = new Map<number, number>();
  for (const v of pooled) counts.set(v, (counts.get(v) ?? 0) + 1);
  let ties = 0;
  for (const t of counts.values()) ties += t ** 3 - t;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance <= 0) return 1;
  const z = (u - (n1 * n2) / 2 - 0.5) / Math.sqrt(variance);
  return normalUpperTail(z);
}

/**
 * The smallest one-sided p-value any data can give with these sample sizes (no ties:
 * 1 / C(n1 + n2, n1)). With n = 3 vs 3 it is 0.05: such a test can never reject at α = 0.05.
 */
export function smallestP(n1: number, n2: number): number {
  let c = 1;
  for (let i = 1; i <= Math.min(n1, n2); i++) c = (c * (n1 + n2 - Math.min(n1, n2) + i)) / i;
  return 1 / c;
}

/** Median of the pairwise differences x - y (difference of medians for very large samples). */
export function hodgesLehmann(x: number[], y: number[]): number {
  if (x.length * y.length > MAX_PAIRS) return median(x) - median(y);
  const diffs: number[] = [];
  for (const a of x) for (const b of y) diffs.push(a - b);
  return median(diffs);
}

/**
 * Is x (the canary) greater than y (the stable color)? One-sided. Both need a value. `method`
 * forces the exact or the normal p-value (default: exact up to EXACT_MAX_N values).
 */
export function mannWhitneyGreater(x: number[], y: number[], method?: MannWhitney["method"]): MannWhitney {
  if (x.length === 0 || y.length === 0) throw new Error("Mann-Whitney U needs a value in each sample");
  const n1 = x.length;
  const n2 = y.length;
  const rankSum = wilcoxonRankSum(x, y);
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const pooled = [...x, ...y];
  const exact = method ? method === "exact" : n1 + n2 <= EXACT_MAX_N;
  const p = exact ? exactUpperTail(midRanks(pooled), n1, rankSum) : normalP(u, n1, n2, pooled);
  return {
    u,
    n1,
    n2,
    p: Math.min(1, Math.max(0, p)),
    method: exact ? "exact" : "normal",
    shift: hodgesLehmann(x, y),
  };
}
