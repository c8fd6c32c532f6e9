/**
 * The analysis step and the bake heartbeat inside a real rollout, against moto's CloudWatch,
 * on a virtual clock (test/helpers/virtual-clock.ts) that starts on a whole hour in the past,
 * so a 5-minute analysis window or bake passes at once, and the per-minute ALB metrics of each
 * color (PutMetricData with the TargetGroup and LoadBalancer dimensions) are put where that
 * window falls.
 */
import anyTest, { type TestFn } from "ava";
import type { Color } from "../../common/conventions.ts";
import { shiftClients } from "../../delivery/aws/clients.ts";
import { shift } from "../../delivery/commands/shift.ts";
import { makeCtx } from "../../delivery/context.ts";
import { awsOptionsFromEnv } from "../../delivery/env.ts";
import { parseShift } from "../../delivery/inputs.ts";
import { type BuiltEstate, buildEstate, putRequests } from "../../delivery/rehearsal/estate.ts";
import { fastEnv, listenerState, planFiles } from "../helpers/delivery.ts";
import { motoForFile } from "../helpers/moto.ts";
import { virtualClock } from "../helpers/virtual-clock.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test);
const planFile = planFiles(test);

const MINUTE = 60_000;
/** A whole hour, three hours ago: where the injected clock starts. */
const T0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3 * 3_600_000;

async function fresh(): Promise<BuiltEstate> {
  await moto.reset();
  return buildEstate(moto.clientConfig(), { ecs: false });
}

/** Runs `traffic shift --plan` in process on the injected clock; lines carry their clock time. */
async function runPlan(
  e: BuiltEstate,
  plan: string,
  ctxOptions: { heartbeatMs?: number; pollMs?: number; start?: number } = {},
) {
  const env = fastEnv(moto.endpoint);
  const opts = parseShift({ listener: e.listenerArn, to: "green", plan: planFile(plan) }, env);
  const clock = virtualClock(ctxOptions.start ?? T0);
  const at = () => clock.now().getTime();
  const lines: { at: number; line: string }[] = [];
  const ctx = makeCtx({
    log: (line) => lines.push({ at: at(), line }),
    now: clock.now,
    sleep: clock.sleep,
    pollMs: ctxOptions.pollMs ?? MINUTE,
    ...(ctxOptions.heartbeatMs !== undefined ? { heartbeatMs: ctxOptions.heartbeatMs } : {}),
  });
  const outcome = await shift(ctx, await shiftClients(awsOptionsFromEnv(env, opts.region)), opts);
  return { outcome, lines, end: at() };
}

/** Per-minute requests and 5xx of a color over the five minutes from T0. */
async function traffic(e: BuiltEstate, color: Color, requests: number, errors: number[]) {
  for (const [k, errs] of errors.entries())
    await putRequests(moto.clientConfig(), e, color, requests, errs, new Date(T0 + k * MINUTE + 10_000));
}

const ANALYSIS = `steps:
  - setWeight: 10
  - analysis:
      window: 5m
      checks: [{ metric: 5xx-rate, maxIncrease: 1 }]
      inconclusive: pause
  - setWeight: 100
`;

test.serial("analysis pass: the canary no worse than the stable color; the rollout completes", async (t) => {
  const e = await fresh();
  await traffic(e, "green", 100, [1, 0, 2, 1, 1]);
  await traffic(e, "blue", 900, [9, 10, 8, 9, 11]);
  const { outcome, lines } = await runPlan(e, ANALYSIS);
  t.is(outcome.exitCode, 0, outcome.message);
  const s = await listenerState(moto.clientConfig(), e);
  t.deepEqual(s.weights, { blue: 0, green: 100 });
  const analysis = s.doc.rollout!.decisions.find((d) => d.kind === "analysis")!;
  t.like(analysis, { step: 1, outcome: "pass" });
  t.is(analysis.verdicts?.length, 1);
  t.like(analysis.verdicts![0], {
    metric: "5xx-rate",
    result: "pass",
    limit: 1,
    canary: { label: "green", samples: 5, requests: 500 },
    baseline: { label: "blue", samples: 5, requests: 4500 },
  });
  t.regex(analysis.summary, /^5xx-rate: green 1\.00% vs blue 1\.00% .* → pass$/);
  t.true(lines.some((l) => /step 1\/2: 5xx-rate: .* → pass$/.test(l.line)));
});

test.serial(
  "an analysis that begins mid-minute judges whole minutes from the next one, once CloudWatch has the last",
  async (t) => {
    const e = await fresh();
    await traffic(e, "green", 100, [1, 0, 2, 1, 1]);
    await traffic(e, "blue", 900, [9, 10, 8, 9, 11]);
    // 23 s before T0: the window is T0 to T0 + 5 min, five samples a side, not four.
    const { outcome, lines, end } = await runPlan(e, ANALYSIS, { start: T0 - 23_000 });
    t.is(outcome.exitCode, 0, outcome.message);
    const analysis = (await listenerState(moto.clientConfig(), e)).doc.rollout!.decisions.find(
      (d) => d.kind === "analysis",
    )!;
    t.like(analysis, { outcome: "pass" });
    t.like(analysis.verdicts![0], { canary: { samples: 5 }, baseline: { samples: 5 } });
    const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
    const announced = lines.find((l) => /analysis over/.test(l.line))!;
    t.is(
      announced.line,
      `step 1/2: analysis over ${hhmm(T0)}–${hhmm(T0 + 5 * MINUTE)} UTC (5 whole minutes), judged at ${hhmm(T0 + 7 * MINUTE)} once CloudWatch has the last minute`,
    );
    const verdict = lines.find((l) => /5xx-rate: .* → pass$/.test(l.line))!;
    t.true(verdict.at >= T0 + 7 * MINUTE, "judged after the last minute settled");
    t.true(end >= verdict.at);
  },
);

test.serial(
  "analysis fail: a significant regression above the limit rolls back, verdicts recorded",
  async (t) => {
    const e = await fresh();
    // Green 4-6 % against blue about 1 %: 3.x points above, under the bake's own 5-point limit.
    await traffic(e, "green", 100, [4, 5, 6, 5, 4]);
    await traffic(e, "blue", 900, [9, 10, 8, 9, 11]);
    const { outcome } = await runPlan(e, ANALYSIS);
    t.is(outcome.exitCode, 1);
    t.regex(
      outcome.message,
      /^rolled back to blue \(blue=100 green=0\): analysis failed: 5xx-rate: green 5\.00% vs blue 1\.00% .* → fail/,
    );
    const s = await listenerState(moto.clientConfig(), e);
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.is(s.doc.rollout?.state, "rolled-back");
    const analysis = s.doc.rollout!.decisions.find((d) => d.kind === "analysis")!;
    t.is(analysis.outcome, "fail");
    const v = analysis.verdicts![0]!;
    t.like(v, { metric: "5xx-rate", result: "fail", limit: 1 });
    t.true(v.p! < 0.05, `p = ${v.p}`);
    t.true(v.increase! > 1);
    t.like(s.doc.rollout!.decisions.at(-1), { step: 1, kind: "rollback", outcome: "done" });
  },
);

test.serial(
  "analysis inconclusive: too few samples, and the plan says pause: held, exit 0 paused",
  async (t) => {
    const e = await fresh();
    await traffic(e, "green", 100, [1, 1]); // two minutes of traffic, five needed
    await traffic(e, "blue", 900, [9, 9, 9, 9, 9]);
    const { outcome } = await runPlan(e, ANALYSIS);
    t.is(outcome.exitCode, 0, outcome.message);
    t.regex(
      outcome.message,
      /^paused at step 1\/2 \(blue=90 green=10\): analysis inconclusive: 5xx-rate: .* → inconclusive/,
    );
    const s = await listenerState(moto.clientConfig(), e);
    t.deepEqual(s.weights, { blue: 90, green: 10 });
    t.is(s.doc.rollout?.state, "paused");
    t.deepEqual(
      s.doc.rollout!.decisions.map((d) => [d.step, d.kind, d.outcome]),
      [
        [0, "weight", "done"],
        [1, "analysis", "inconclusive"],
        [2, "pause", "paused"],
      ],
    );
    t.like(s.doc.rollout!.decisions[1]!.verdicts![0], { result: "inconclusive", canary: { samples: 2 } });
  },
);

test.serial(
  "a bake in a log prints a heartbeat at least every 30 s; on a terminal it does not",
  async (t) => {
    const e = await fresh();
    await traffic(e, "green", 100, [0, 0, 0, 0, 0]);
    await traffic(e, "blue", 900, [1, 1, 1, 1, 1]);
    const plan = "steps:\n  - setWeight: 10\n    bake: 5m\n  - setWeight: 100\n";
    const { outcome, lines } = await runPlan(e, plan, { heartbeatMs: 30_000, pollMs: 45_000 });
    t.is(outcome.exitCode, 0, outcome.message);
    const beats = lines.filter((l) => l.line.startsWith("[bake]"));
    t.regex(beats[0]!.line, /^\[bake\] 10% green, 5m0s left, healthy 2\/2, 5xx 0\.0% vs 0\.1%$/);
    t.regex(beats[1]!.line, /^\[bake\] 10% green, 4m30s left, /);
    const start = lines.find((l) => l.line.startsWith("step 1/2: baking"))!.at;
    const end = lines.find((l) => l.line.startsWith("step 2/2:"))!.at;
    const times = [start, ...beats.map((b) => b.at), end];
    const gaps = times.slice(1).map((x, i) => x - times[i]!);
    t.true(Math.max(...gaps) <= 30_000, `gaps ${gaps.join(", ")}`);
    t.true(beats.length >= 10, `${beats.length} heartbeats over 5 minutes`);

    const quiet = await fresh();
    const tty = await runPlan(quiet, plan);
    t.is(tty.outcome.exitCode, 0);
    t.false(tty.lines.some((l) => l.line.startsWith("[bake]")));
  },
);
