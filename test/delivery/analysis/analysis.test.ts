/**
 * readWindow + judge against moto's CloudWatch, with ALB metrics put there per minute: the
 * decisions an analysis step takes (pass, fail, inconclusive, fail fast, the ELB's own 5xx
 * attributed to the canary). Latency percentiles go through a stub of GetMetricData alone
 * (alb-metrics.ts says why); everything else is moto's.
 */
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import test from "ava";
import { rangeFor, readWindow } from "../../../delivery/analysis/metrics.ts";
import { ANALYSIS_DEFAULTS, type AnalysisSpec, type MetricCheck } from "../../../delivery/analysis/spec.ts";
import { judge, judgeSoFar, type Windows } from "../../../delivery/analysis/verdict.ts";
import { motoForFile } from "../../helpers/moto.ts";
import { AlbMetrics, cloudWatch, MINUTE, type TestEstate, testEstate } from "./alb-metrics.ts";

const moto = motoForFile(test);

/** An hour ago, on a minute: before = 10 minutes from there, the window 20 minutes later. */
const base = Math.floor(Date.now() / MINUTE) * MINUTE - 60 * MINUTE;
const windows = (minutes = 10, canary: "green" | "blue" = "green"): Windows => ({
  canary,
  stable: canary === "green" ? "blue" : "green",
  before: [base, base + 10 * MINUTE],
  window: [base + 20 * MINUTE, base + (20 + minutes) * MINUTE],
});
const windowStart = base + 20 * MINUTE;

const spec = (checks: MetricCheck[], over: Partial<AnalysisSpec> = {}): AnalysisSpec => ({
  windowSeconds: 600,
  ...ANALYSIS_DEFAULTS,
  checks,
  ...over,
});

let estates = 0;
function setup() {
  const estate = testEstate(++estates);
  const cw = cloudWatch(moto);
  return { estate, cw, alb: new AlbMetrics(cw, estate) };
}

async function analyse(s: AnalysisSpec, w: Windows, cw: CloudWatchClient, estate: TestEstate) {
  const data = await readWindow(cw, estate, rangeFor(s, w));
  return { data, analysis: judge(s, data, w) };
}

test("pass: the canary's 5xx rate is within the limit; the line names both values, the limit, n and p", async (t) => {
  const { cw, estate, alb } = setup();
  await alb.putMinutes(windowStart, 10, (i) => ({
    blue: { requests: 900 + i, errors: i % 3 === 0 ? 1 : 0 },
    green: { requests: 100 + i, errors: i % 4 === 0 ? 1 : 0 },
  }));
  const { analysis } = await analyse(spec([{ metric: "5xx-rate", maxIncrease: 1 }]), windows(), cw, estate);
  t.is(analysis.result, "pass");
  const [v] = analysis.verdicts;
  t.is(v!.canary.samples, 10);
  t.is(v!.baseline.samples, 10);
  t.is(v!.canary.requests, 1045);
  t.is(v!.baseline.requests, 9045);
  t.is(v!.method, "exact");
  t.true(v!.p! > 0.05, `p = ${v!.p}`);
  t.regex(
    analysis.summary,
    /^5xx-rate: green 0\.\d\d% vs blue 0\.\d\d% \([+-]\d\.\d\d pt\), limit \+1\.00 pt, n=10\/10 min, 1,045\/9,045 req, p=0\.\d{3} \(Mann-Whitney U exact, α=0\.05\) → pass$/,
  );
});

test("pass: a significant but small regression (0.5% vs 0.1%) stays under a 1-point limit", async (t) => {
  const { cw, estate, alb } = setup();
  await alb.putMinutes(windowStart, 10, (i) => ({
    blue: { requests: 1000, errors: 1 + (i % 2) },
    green: { requests: 200, errors: 1 },
  }));
  const { analysis } = await analyse(spec([{ metric: "5xx-rate", maxIncrease: 1 }]), windows(), cw, estate);
  const v = analysis.verdicts[0]!;
  t.true(v.p! < 0.05, `p = ${v.p}`);
  t.true(Math.abs(v.increase! - 0.35) < 1e-9, `increase ${v.increase}`);
  t.is(analysis.result, "pass");
  t.regex(v.text, /green 0\.50% vs blue 0\.15% \(\+0\.35 pt\), limit \+1\.00 pt/);
});

test("fail: a significant regression past the limit (5-7% vs 0.1%), stable blue is the baseline whatever the canary is", async (t) => {
  const { cw, estate, alb } = setup();
  await alb.putMinutes(windowStart, 10, (i) => ({
    blue: { requests: 100, errors: 5 + (i % 3) },
    green: { requests: 900, errors: i % 2 },
  }));
  // blue is the canary here: the colors are not hard-wired
  const { analysis } = await analyse(
    spec([{ metric: "5xx-rate", maxIncrease: 1 }]),
    windows(10, "blue"),
    cw,
    estate,
  );
  t.is(analysis.result, "fail");
  const v = analysis.verdicts[0]!;
  t.false(v.failedFast);
  t.is(v.canary.label, "blue");
  t.true(v.p! < 0.001, `p = ${v.p}`);
  t.true(v.increase! > 4.5);
  t.regex(
    analysis.summary,
    /^5xx-rate: blue 6\.00% vs green 0\.\d\d% \(\+\d\.\d\d pt\), limit \+1\.00 pt, n=10\/10 min, 1,000\/9,000 req, p=\d\.\de-\d \(Mann-Whitney U exact, α=0\.05\) → fail$/,
  );
});

test("inconclusive: too few requests a minute on the canary, and too few minutes", async (t) => {
  const { cw, estate, alb } = setup();
  await alb.putMinutes(windowStart, 10, () => ({
    blue: { requests: 500, errors: 0 },
    green: { requests: 6, errors: 3 },
  }));
  const s = spec([{ metric: "5xx-rate", maxIncrease: 1 }]);
  const few = await analyse(s, windows(), cw, estate);
  t.is(few.analysis.result, "inconclusive");
  t.is(few.analysis.verdicts[0]!.canary.samples, 0);
  t.is(few.analysis.verdicts[0]!.canary.requests, 60);
  t.regex(
    few.analysis.summary,
    /green n\/a vs blue 0\.00%, limit \+1\.00 pt, n=0\/10 min, 60\/5,000 req → inconclusive: needs 5 periods with ≥10 requests on each side/,
  );

  // enough requests but a 3-minute window: 3 samples a side
  const { cw: cw2, estate: estate2, alb: alb2 } = setup();
  await alb2.putMinutes(windowStart, 3, () => ({
    blue: { requests: 500 },
    green: { requests: 100, errors: 50 },
  }));
  const short = await analyse(s, windows(3), cw2, estate2);
  t.is(short.analysis.result, "inconclusive");
  t.regex(short.analysis.summary, /n=3\/3 min/);

  // minSamples 3 would let 3 vs 3 through, but no data can reach p < 0.05 with them
  const loose = judge(spec(s.checks, { minSamples: 3 }), short.data, windows(3));
  t.is(loose.result, "inconclusive");
  t.regex(loose.summary, /3\/3 periods cannot reach p<0\.05/);
});

test("fail fast: a canary at 40% 5xx fails after two minutes, on the totals, with a binomial p", async (t) => {
  const { cw, estate, alb } = setup();
  await alb.putMinutes(windowStart, 2, () => ({
    blue: { requests: 900, errors: 1 },
    green: { requests: 100, errors: 40 },
  }));
  const s = spec([{ metric: "5xx-rate", maxIncrease: 1, failFast: 20 }]);
  const soFar: Windows = { ...windows(), window: [windowStart, windowStart + 2 * MINUTE + 5_000] };
  const data = await readWindow(cw, estate, rangeFor(s, soFar));
  const early = judgeSoFar(s, data, soFar);
  t.truthy(early);
  t.is(early!.result, "fail");
  t.true(early!.failedFast);
  const v = early!.verdicts[0]!;
  t.is(v.method, "binomial");
  t.is(v.limit, 20);
  t.true(v.p! < 1e-6);
  t.regex(
    v.text,
    /^5xx-rate: green 40\.00% vs blue 0\.11% \(\+39\.89 pt\), fail-fast limit \+20\.00 pt, n=2\/2 min, 200\/1,800 req, p=\d\.\de-\d+ \(binomial, errors vs 20\.11%, α=0\.001\) → fail: failed fast$/,
  );
  // at the end of the window with only those two minutes, the test alone is inconclusive;
  // the fail-fast still fails it
  const end = judge(s, data, windows());
  t.is(end.result, "fail");
  t.true(end.failedFast);
  t.is(judge(spec([{ metric: "5xx-rate", maxIncrease: 1 }]), data, windows()).result, "inconclusive");
});

test("fail fast needs evidence: 2 errors in 10 requests against a 5% baseline is not a 10-point regression yet", async (t) => {
  const { cw, estate, alb } = setup();
  await alb.put(windowStart, { blue: { requests: 1000, errors: 50 }, green: { requests: 10, errors: 2 } });
  const s = spec([{ metric: "5xx-rate", maxIncrease: 1, failFast: 10 }]);
  const soFar: Windows = { ...windows(), window: [windowStart, windowStart + MINUTE] };
  const data = await readWindow(cw, estate, rangeFor(s, soFar));
  // 20% vs 5%: past the limit on the face of it, but P(X ≥ 2 | n = 10, p = 15%) = 0.46
  t.is(judgeSoFar(s, data, soFar), null);
  // a check without failFast never fails fast
  t.is(judgeSoFar(spec([{ metric: "5xx-rate", maxIncrease: 1 }]), data, soFar), null);
});

test("ELB 5xx: the load balancer's own 502/503 during the window are attributed to the canary", async (t) => {
  const { cw, estate, alb } = setup();
  // before the rollout: blue alone, the ALB answering 0-1 in 1,000 itself
  await alb.putMinutes(base, 10, (i) => ({ blue: { requests: 1000 }, elb5xx: i % 2 }));
  // during: green takes 10% and the ALB returns ~10 502s a minute more (green closes connections)
  await alb.putMinutes(windowStart, 10, (i) => ({
    blue: { requests: 900 },
    green: { requests: 95 },
    unrouted: 5,
    elb5xx: 10 + (i % 3),
  }));
  const s = spec([
    { metric: "5xx-rate", maxIncrease: 1 },
    { metric: "elb-5xx-rate", maxIncrease: 1 },
  ]);
  const { analysis } = await analyse(s, windows(), cw, estate);
  const [target, elb] = analysis.verdicts;
  t.is(target!.result, "pass"); // the targets answered every request they got
  t.is(elb!.result, "fail");
  t.is(analysis.result, "fail");
  // (10..12 - 0.05% × 900) / 100 canary requests (95 routed to green + 5 no target took)
  t.true(elb!.canary.value! > 9.5 && elb!.canary.value! < 11, `canary ${elb!.canary.value}`);
  t.is(elb!.canary.requests, 1000);
  t.is(elb!.baseline.requests, 10_000);
  t.regex(
    elb!.text,
    /^elb-5xx-rate: green \(attributed\) 10\.\d\d% vs before 0\.0[05]% \(\+\d+\.\d\d pt\), limit \+1\.00 pt, n=10\/10 min, 1,000\/10,000 req, p=/,
  );
  t.is(analysis.summary, elb!.text);
});

test("ELB 5xx: the same load balancer rate as before the rollout passes", async (t) => {
  const { cw, estate, alb } = setup();
  await alb.putMinutes(base, 10, (i) => ({ blue: { requests: 1000 }, elb5xx: i % 2 }));
  await alb.putMinutes(windowStart, 10, (i) => ({
    blue: { requests: 900 },
    green: { requests: 100 },
    elb5xx: (i + 1) % 2,
  }));
  const { analysis } = await analyse(
    spec([{ metric: "elb-5xx-rate", maxIncrease: 1 }]),
    windows(),
    cw,
    estate,
  );
  t.is(analysis.result, "pass");
  t.true(analysis.verdicts[0]!.canary.value! < 0.6);
});

test("latency p99 (stubbed percentiles: moto has none): a slower canary fails, a similar one passes", async (t) => {
  const { estate, alb } = setup();
  const spread = (n: number, lo: number, hi: number) =>
    Array.from({ length: n }, (_, k) => lo + ((hi - lo) * k) / (n - 1));
  await alb.putMinutes(windowStart, 10, (i) => ({
    blue: { requests: 200, latencies: spread(200, 0.02, 0.2 + i * 0.005) },
    green: { requests: 50, latencies: spread(50, 0.02, 0.6 + i * 0.01) },
  }));
  const stub = alb.percentileStub(moto);
  const checks: MetricCheck[] = [
    { metric: "latency-p99", maxIncrease: 0.1 },
    { metric: "latency-p95", maxIncrease: 0.5 },
  ];
  const { analysis } = await analyse(spec(checks), windows(), stub.client, estate);
  const [p99, p95] = analysis.verdicts;
  t.is(p99!.result, "fail");
  t.is(p95!.result, "pass"); // worse, significantly, but by less than half a second
  t.is(analysis.result, "fail");
  t.regex(
    p99!.text,
    /^latency-p99: green 0\.6\d\d s vs blue 0\.2\d\d s \(\+0\.\d{3} s\), limit \+0\.100 s, n=10\/10 min, 500\/2,000 req, p=/,
  );
  t.is(analysis.summary, p99!.text);
});

test("readWindow follows NextToken pages and reads only what the checks need", async (t) => {
  const { cw, estate, alb } = setup();
  await alb.putMinutes(windowStart, 10, (i) => ({
    blue: { requests: 300, errors: i % 2, latencies: [0.1, 0.2] },
    green: { requests: 100, errors: i % 3, latencies: [0.1, 0.3] },
  }));
  const s = spec([
    { metric: "5xx-rate", maxIncrease: 1 },
    { metric: "latency-p95", maxIncrease: 1 },
  ]);
  const whole = alb.percentileStub(moto);
  const paged = alb.percentileStub(moto, 3);
  const a = await readWindow(whole.client, estate, rangeFor(s, windows()));
  const b = await readWindow(paged.client, estate, rangeFor(s, windows()));
  t.is(whole.calls, 1);
  t.is(paged.calls, 4); // 10 minutes in pages of 3
  t.deepEqual(paged.pages, [undefined, "page-1", "page-2", "page-3"]);
  t.deepEqual(b, a);
  t.is(a.colors.green.requests.size, 10);
  t.is(a.colors.green.p95.size, 10);
  t.is(a.colors.green.p99.size, 0); // not asked
  t.is(a.lbRequests.size, 0); // no ELB check: the load balancer's series are not read
  // the plain client reads the same rates from moto directly (no percentile asked of it)
  const direct = await readWindow(
    cw,
    estate,
    rangeFor(spec([{ metric: "5xx-rate", maxIncrease: 1 }]), windows()),
  );
  t.deepEqual(direct.colors.green.errors, a.colors.green.errors);
});

test("readWindow: a partial minute at either end of the window is not a sample", async (t) => {
  const { cw, estate, alb } = setup();
  await alb.putMinutes(windowStart - MINUTE, 12, () => ({
    blue: { requests: 100 },
    green: { requests: 100 },
  }));
  const w: Windows = { ...windows(), window: [windowStart - 30_000, windowStart + 10 * MINUTE + 30_000] };
  const s = spec([{ metric: "5xx-rate", maxIncrease: 1 }]);
  const { analysis } = await analyse(s, w, cw, estate);
  t.is(analysis.verdicts[0]!.canary.samples, 10);
  await t.throwsAsync(readWindow(cw, estate, { ...rangeFor(s, w), period: 90 }), {
    message: /multiple of 60/,
  });
});
