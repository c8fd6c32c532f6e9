/**
 * The parts of the verdict that need no CloudWatch: the binomial tail behind a rate's fail-fast
 * (against scipy.stats.binom.sf, scipy 1.17.1, values written here) and the latency fail-fast's
 * minimum of periods, on WindowData built in memory.
 */
import test from "ava";
import fc from "fast-check";
import type { Series, WindowData } from "../../../delivery/analysis/metrics.ts";
import { ANALYSIS_DEFAULTS, type AnalysisSpec } from "../../../delivery/analysis/spec.ts";
import {
  binomialUpperTail,
  FAIL_FAST_MIN_PERIODS,
  judge,
  judgeSoFar,
  type Windows,
} from "../../../delivery/analysis/verdict.ts";

const close = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.abs(b);

test("binomialUpperTail is P(X ≥ k): scipy.stats.binom.sf(k - 1, n, p)", (t) => {
  // binom.sf(4, 10, 0.051) = 7.001513468465914e-05; binom.sf(19, 1000, 0.011) = 0.008922487633951304
  t.true(close(binomialUpperTail(5, 10, 0.051), 7.001513468465914e-5, 1e-9));
  t.true(close(binomialUpperTail(20, 1000, 0.011), 0.008922487633951304, 1e-9));
  t.is(binomialUpperTail(0, 10, 0.3), 1);
  t.is(binomialUpperTail(11, 10, 0.3), 0);
  t.is(binomialUpperTail(3, 10, 0), 0);
});

test("binomialUpperTail agrees with the pmf summed term by term, on both sides of the mean", (t) => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 80 }),
      fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      fc.nat(),
      (n, p, seed) => {
        const k = seed % (n + 2);
        let choose = 1;
        let direct = 0;
        for (let i = 0; i <= n; i++) {
          if (i > 0) choose = (choose * (n - i + 1)) / i;
          if (i >= k) direct += choose * p ** i * (1 - p) ** (n - i);
        }
        const got = binomialUpperTail(k, n, p);
        return Math.abs(got - direct) <= 1e-9 * Math.max(direct, 1e-300) + 1e-15;
      },
    ),
  );
  t.pass();
});

const MIN = 60_000;
const series = (values: number[], from = 0): Series => new Map(values.map((v, i) => [from + i * MIN, v]));

function data(
  green: { p99: number[]; requests: number[] },
  blue: { p99: number[]; requests: number[] },
): WindowData {
  const color = (c: typeof green) => ({
    requests: series(c.requests),
    errors: series(c.requests.map(() => 0)),
    p95: new Map(),
    p99: series(c.p99),
  });
  return {
    period: 60,
    colors: { green: color(green), blue: color(blue) },
    lbRequests: new Map(),
    lbErrors: new Map(),
  };
}

const spec: AnalysisSpec = {
  windowSeconds: 600,
  ...ANALYSIS_DEFAULTS,
  checks: [{ metric: "latency-p99", maxIncrease: 0.2, failFast: 1 }],
};

test(`latency fails fast on the median of ${FAIL_FAST_MIN_PERIODS} slow minutes, not on one`, (t) => {
  const w = (minutes: number): Windows => ({
    canary: "green",
    stable: "blue",
    window: [0, minutes * MIN],
    before: [0, 0],
  });
  const blue = { p99: [0.2, 0.21, 0.19, 0.2], requests: [500, 500, 500, 500] };
  const slow = data({ p99: [2.5, 2.6, 2.4, 2.5], requests: [50, 50, 50, 50] }, blue);
  t.is(judgeSoFar(spec, slow, w(1)), null); // one cold-start minute
  t.is(judgeSoFar(spec, slow, w(2)), null);
  const three = judgeSoFar(spec, slow, w(3));
  t.is(three?.result, "fail");
  t.is(three?.verdicts[0]?.method, "fail-fast");
  t.is(
    three?.summary,
    "latency-p99: green 2.500 s vs blue 0.200 s (+2.300 s), fail-fast limit +1.000 s, n=3/3 min, 150/1,500 req (median of 3 periods, ≥3 needed) → fail: failed fast",
  );
  // minutes with too few requests are not samples
  const quiet = data({ p99: [2.5, 2.6, 2.4], requests: [5, 5, 5] }, blue);
  t.is(judgeSoFar(spec, quiet, w(3)), null);
  t.is(judge(spec, quiet, w(3)).result, "inconclusive");
});

test("judge refuses a spec without checks", (t) => {
  t.throws(() =>
    judge({ ...spec, checks: [] }, data({ p99: [], requests: [] }, { p99: [], requests: [] }), {
      canary: "green",
      stable: "blue",
      window: [0, MIN],
      before: [0, 0],
    }),
  );
});
