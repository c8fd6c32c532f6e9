/**
 * The Mann-Whitney U test on published examples, and against a brute-force enumeration of the
 * permutation distribution on random data (fast-check). Reference values were computed with
 * scipy 1.17.1 (scipy.stats.mannwhitneyu, scipy.stats.permutation_test) and are written here,
 * so the test needs neither network nor Python.
 */
import test from "ava";
import fc from "fast-check";
import {
  exactUpperTail,
  hodgesLehmann,
  mannWhitneyGreater,
  normalUpperTail,
  smallestP,
} from "../../../delivery/analysis/mann-whitney.ts";

const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

test("scipy.stats.mannwhitneyu's documented example: U = 17, exact p = 0.1111 two-sided, so 0.0556 one-sided", (t) => {
  // scipy.stats.mannwhitneyu docs, "Examples": ages of male and female... (Conover's example),
  // `mannwhitneyu(males, females, method="exact")` → statistic 17.0, pvalue 0.1111111111111111.
  const males = [19, 22, 16, 29, 24];
  const females = [20, 11, 17, 12];
  const r = mannWhitneyGreater(males, females);
  t.is(r.u, 17);
  t.is(r.method, "exact");
  t.true(close(r.p, 0.1111111111111111 / 2, 1e-12), `p = ${r.p}`);
  t.true(close(r.p, 7 / 126, 1e-12)); // 7 of the C(9,4) = 126 splits have U ≥ 17
});

test("R's wilcox.test documented example (Hollander & Wolfe 1973, p. 69): W = 35, p = 0.1272 greater", (t) => {
  // ?wilcox.test: x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46);
  // y <- c(1.15, 0.88, 0.90, 0.74, 1.21); wilcox.test(x, y, alternative = "g") → W = 35,
  // p-value = 0.1272 (scipy, method="exact": 0.1272061272061272).
  const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
  const y = [1.15, 0.88, 0.9, 0.74, 1.21];
  const r = mannWhitneyGreater(x, y);
  t.is(r.u, 35);
  t.true(close(r.p, 0.1272061272061272, 1e-12), `p = ${r.p}`);
  // and the other direction is not significant either, and the two tails overlap by P(U = 35)
  t.true(mannWhitneyGreater(y, x).p > 0.5);
});

test("exact with ties is the permutation distribution: scipy.stats.permutation_test (n_resamples=inf) values", (t) => {
  // permutation_test((x, y), U, permutation_type="independent", alternative="greater",
  // n_resamples=np.inf) → 0.13203463203463203 and 0.12307692307692308.
  const a = mannWhitneyGreater([0, 0, 1, 2, 2, 3], [0, 0, 0, 1, 1]);
  t.is(a.u, 22);
  t.true(close(a.p, 0.13203463203463203, 1e-12), `p = ${a.p}`);
  // 5xx rates per minute: mostly zero on both sides
  const b = mannWhitneyGreater([0, 0, 0, 0.5, 1.2, 0.8, 0, 0], [0, 0, 0, 0, 0.1, 0, 0]);
  t.is(b.u, 36);
  t.true(close(b.p, 0.12307692307692308, 1e-12), `p = ${b.p}`);
});

test("normal approximation with tie and continuity corrections: scipy's asymptotic p for 35 vs 40 tied values", (t) => {
  // mannwhitneyu(a, b, alternative="greater", method="asymptotic", use_continuity=True)
  // → statistic 778.5, pvalue 0.20310347774210857.
  const a = [
    0.1, 0.09, 0.08, 0.11, 0.08, 0.14, 0.11, 0.1, 0.04, 0.03, 0.05, 0.11, 0.1, 0.04, 0.11, 0.06, 0.06, 0.17,
    0.1, 0.11, 0.11, 0.04, 0.11, 0.31, 0.05, 0.15, 0.16, 0.15, 0.07, 0.08, 0.05, 0.09, 0.2, 0.06, 0.03,
  ];
  const b = [
    0.08, 0.14, 0.06, 0.23, 0.07, 0.08, 0.03, 0.06, 0.13, 0.13, 0.17, 0.13, 0.11, 0.01, 0.04, 0.33, 0.05,
    0.12, 0.07, 0.12, 0.08, 0.03, 0.04, 0.1, 0.05, 0.01, 0.11, 0.15, 0.14, 0.14, 0.02, 0.22, 0.07, 0.03, 0.05,
    0.04, 0.03, 0.07, 0.08, 0.06,
  ];
  const r = mannWhitneyGreater(a, b);
  t.is(r.method, "normal"); // 75 values: past the exact limit
  t.is(r.u, 778.5);
  // simple-statistics' errorFunction is accurate to about 1e-7
  t.true(close(r.p, 0.20310347774210857, 1e-6), `p = ${r.p}`);
  // the exact permutation p on the same data is close to it
  t.true(close(mannWhitneyGreater(a, b, "exact").p, r.p, 0.01));
});

test("the normal tail: 1.6449 and 2.3263 are the one-sided 5 % and 1 % points", (t) => {
  t.true(close(normalUpperTail(1.6448536), 0.05, 1e-6));
  t.true(close(normalUpperTail(2.3263479), 0.01, 1e-6));
  t.true(close(normalUpperTail(0), 0.5, 1e-6)); // errorFunction is an approximation to about 1e-7
});

test("smallestP: 3 vs 3 values can never reach p < 0.05, 5 vs 5 can reach 1/252", (t) => {
  t.is(smallestP(3, 3), 1 / 20);
  t.is(smallestP(5, 5), 1 / 252);
  t.is(smallestP(2, 7), 1 / 36);
  const r = mannWhitneyGreater([10, 11, 12, 13, 14], [1, 2, 3, 4, 5]);
  t.is(r.p, 1 / 252);
});

test("Hodges-Lehmann: the median of the pairwise differences", (t) => {
  t.is(hodgesLehmann([3, 4, 5], [1, 2]), 2.5); // differences 1..4 → median of [1,2,2,3,3,4] = 2.5
  t.is(hodgesLehmann([0, 0, 0, 5], [0, 0, 0]), 0); // one bad minute is not a shift
});

test("refuses an empty sample", (t) => {
  t.throws(() => mannWhitneyGreater([], [1]), { message: /needs a value/ });
});

/** P(U ≥ observed) by listing every split of the pooled values: the definition itself. */
function bruteForceP(x: number[], y: number[]): number {
  const pooled = [...x, ...y];
  const n1 = x.length;
  const u = (a: number[], b: number[]) =>
    a.reduce((s, v) => s + b.reduce((c, w) => c + (v > w ? 1 : v === w ? 0.5 : 0), 0), 0);
  const observed = u(x, y);
  let total = 0;
  let tail = 0;
  for (let mask = 0; mask < 1 << pooled.length; mask++) {
    let bits = 0;
    for (let m = mask; m; m &= m - 1) bits++;
    if (bits !== n1) continue;
    const a = pooled.filter((_, i) => mask & (1 << i));
    const b = pooled.filter((_, i) => !(mask & (1 << i)));
    total++;
    if (u(a, b) >= observed - 1e-9) tail++;
  }
  return tail / total;
}

const small = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 6 });

test("property: the exact p equals the enumeration of every split, ties included", (t) => {
  fc.assert(
    fc.property(small, small, (x, y) => {
      const r = mannWhitneyGreater(x, y, "exact");
      return close(r.p, bruteForceP(x, y), 1e-12);
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test("property: a canary made worse never gets a larger p; U + U' = n1·n2", (t) => {
  // whole milliseconds: adding them is exact, so ties stay ties
  const sample = fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 20 });
  fc.assert(
    fc.property(sample, sample, fc.integer({ min: 0, max: 3000 }), (x, y, d) => {
      const before = mannWhitneyGreater(x, y);
      const after = mannWhitneyGreater(
        x.map((v) => v + d),
        y,
      );
      const other = mannWhitneyGreater(y, x);
      return after.p <= before.p + 1e-12 && close(before.u + other.u, x.length * y.length, 1e-9);
    }),
    { numRuns: 200 },
  );
  t.pass();
});

test("exactUpperTail: the lowest possible rank sum has tail 1", (t) => {
  t.is(exactUpperTail([1, 2, 3, 4], 2, 3), 1);
  t.is(exactUpperTail([1.5, 1.5, 3, 4], 2, 0), 1);
});
