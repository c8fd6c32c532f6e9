/**
 * Crash safety of rollout plans, at every step kind: a `traffic shift --plan` child process is
 * SIGKILLed at every one of its writes (before the write reaches AWS, and after it took effect),
 * then run again with the same run id, as a re-run of the same workflow run.
 *
 *  - A canary with smoke checks, a weight with its bake, an analysis of the canary against the
 *    stable color over a five-minute window, and 100%: the rerun resumes and completes, writes
 *    each weight once, and never moves a weight past a smoke check or an analysis that did not
 *    pass, whatever the dead run had done.
 *  - A plan with a timed pause and a pause until promoted, and the `traffic promote` that
 *    continues it.
 *
 * The child is the bundled CLI on a virtual clock kept in a file (test/helpers/clock-cli.ts:
 * the CLI's own `run`, with only `now` and `sleep` injected), so a five-minute window passes at
 * once and the rerun continues the dead run's time. Smoke checks reach the real service (green)
 * through a loopback stand-in for the ALB that routes by the listener as moto holds it; the
 * analysis reads per-minute ALB metrics put into moto's CloudWatch where the windows fall.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { PutParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import anyTest, { type ExecutionContext, type TestFn } from "ava";
import { pointTestListener } from "../../delivery/listener/routes.ts";
import { parseListenerArn } from "../../delivery/options.ts";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import { createIdleRule } from "../../delivery/rehearsal/routes.ts";
import type { Decision } from "../../delivery/rollout/record.ts";
import { type Alb, startAlb } from "../helpers/alb.ts";
import {
  appliedListenerWrites,
  type CrashRig,
  killName,
  startCrashRig,
  type Write,
} from "../helpers/crash.ts";
import {
  cli,
  extraListener,
  fastEnv,
  listenerState,
  planFiles,
  shiftToGreen,
  writesTo,
} from "../helpers/delivery.ts";
import type { ProxiedRequest } from "../helpers/fault-proxy.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";
import { fileClock, startClockFile } from "../helpers/virtual-clock.ts";
import { startApp, type TestApp } from "../service/helpers.ts";
import { AlbMetrics, cloudWatch } from "./analysis/alb-metrics.ts";

const test = anyTest as TestFn;
const planFile = planFiles(test);
const clocks = mkdtempSync(join(tmpdir(), "crash-clock-"));

let moto: Moto;
let rig: CrashRig;
let estate: BuiltEstate;
let apps: TestApp[] = [];
let port = 9000;

const MINUTE = 60_000;
/** A whole hour, three hours ago: every kill point's clock starts here. */
const T0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3 * 3_600_000;
/**
 * Polls and heartbeats every 2.5 (virtual) minutes: the same rounds, so the same writes, in every
 * run, and few enough that each kind of write is still killed more than once.
 */
const POLL = String(2.5 * MINUTE);
const CLOCK_ENV = { SECURECLOUD_POLL_MS: POLL, SECURECLOUD_HEARTBEAT_MS: POLL };

const CANARY = planFile(`steps:
  - smoke: {}
  - setWeight: 25
    bake: 2m
  - analysis:
      window: 5m
      checks:
        - { metric: 5xx-rate, maxIncrease: 1, failFast: 5 }
        - { metric: elb-5xx-rate, maxIncrease: 1 }
  - setWeight: 100
`);
const PAUSES = planFile(`steps:
  - setWeight: 50
    bake: 0
  - pause: { duration: 3m }
  - pause: {}
  - setWeight: 100
`);

/** One kill point's world: a listener of its own with the idle-color rule, the ALB in front, a clock. */
interface Point {
  e: BuiltEstate;
  alb: Alb;
  clock: string;
  env: Record<string, string>;
}

let clockN = 0;
async function point(): Promise<Point> {
  const e = await extraListener(moto.clientConfig(), estate, port++);
  await createIdleRule(moto.clientConfig(), { env: e.env, listenerArn: e.listenerArn });
  const [blue, green] = apps;
  const alb = await startAlb(moto.clientConfig(), e.listenerArn, {
    [e.targetGroups.blue]: blue!.url,
    [e.targetGroups.green]: green!.url,
  });
  // The shared test listener starts where the learnt run found it.
  await pointTestListener(
    new ElasticLoadBalancingV2Client(moto.clientConfig()),
    estate.testListenerArn!,
    estate.targetGroups.green,
  );
  const clock = join(clocks, `clock-${clockN++}`);
  startClockFile(clock, T0);
  return { e, alb, clock, env: { ...CLOCK_ENV, SECURECLOUD_TEST_CLOCK: clock } };
}

const canaryArgs = (p: Point, runId: string) =>
  shiftToGreen(p.e, "--plan", CANARY, "--run-id", runId, "--smoke-url", p.alb.url);
const pausesArgs = (p: Point, runId: string) => shiftToGreen(p.e, "--plan", PAUSES, "--run-id", runId);
const promoteArgs = (p: Point, runId: string) => [
  "traffic",
  "promote",
  "--listener",
  p.e.listenerArn,
  "--run-id",
  runId,
];

/** Runs `argv` in-process directly against moto, on the kill point's clock where the dead run left it. */
const again = (p: Point, argv: string[]) =>
  cli(argv, fastEnv(moto.endpoint, CLOCK_ENV), null, fileClock(p.clock));

let canaryWrites: Write[] = [];
let pausesWrites: Write[] = [];
let promoteWrites: Write[] = [];

async function learn(argv: (p: Point) => string[], before?: (p: Point) => Promise<void>): Promise<Write[]> {
  const p = await point();
  try {
    if (before) await before(p);
    return await rig.learn(argv(p), p.env);
  } finally {
    await p.alb.close();
  }
}

/** Runs the pauses plan up to its pause until promoted. */
async function pausedPlan(p: Point, runId: string): Promise<void> {
  const r = await again(p, pausesArgs(p, runId));
  if (r.code !== 0 || !/paused at/.test(r.stdout)) throw new Error(`${r.stdout}${r.stderr}`);
}

test.before(async () => {
  moto = await startMoto();
  [rig, estate, apps] = await Promise.all([
    startCrashRig(moto, "test/helpers/clock-cli.ts"),
    buildEstate(moto.clientConfig(), { ecs: false }),
    Promise.all([
      startApp({ color: "blue", version: "1.0.0" }),
      startApp({ color: "green", version: "2.0.0" }),
    ]),
  ]);
  // What a deploy leaves: the idle route's secret.
  await new SSMClient(moto.clientConfig()).send(
    new PutParameterCommand({
      Name: estate.idleRouteParameter,
      Type: "SecureString",
      Value: "crash-test-idle-route-secret-0123456789",
      Overwrite: true,
    }),
  );
  // Both colors alike, a minute at a time, as the ALB publishes them (per target group and per
  // load balancer), from before T0 to well past where any run's clock gets.
  const alb = new AlbMetrics(cloudWatch(moto), {
    listener: parseListenerArn(estate.listenerArn),
    targetGroups: estate.targetGroups,
  });
  await alb.putMinutes(T0 - 10 * MINUTE, 70, () => ({
    blue: { requests: 400, errors: 4 },
    green: { requests: 100, errors: 1 },
  }));
  canaryWrites = await learn((p) => canaryArgs(p, "learn-canary"));
  pausesWrites = await learn((p) => pausesArgs(p, "learn-pauses"));
  promoteWrites = await learn(
    (p) => promoteArgs(p, "learn-promote"),
    (p) => pausedPlan(p, "learn-paused"),
  );
});
test.after.always(async () => {
  await rig?.close();
  await Promise.all(apps.map((a) => a.close()));
  await moto?.stop();
  rmSync(clocks, { recursive: true, force: true });
});

/** The step the rollout record says the run was in (what the kill interrupted). */
async function stepInProgress(p: Point): Promise<string> {
  const r = (await listenerState(moto.clientConfig(), p.e)).doc.rollout;
  if (!r) return "start";
  if (r.state === "complete") return "complete";
  return r.plan[r.done]?.kind ?? "end";
}

/** Where in `decisions` the first one matching `fn` is (-1: none). */
const first = (decisions: Decision[], fn: (d: Decision) => boolean) => decisions.findIndex(fn);

function canaryDecisionsInOrder(t: ExecutionContext, decisions: Decision[], at: string): void {
  const smoke = first(decisions, (d) => d.kind === "smoke" && d.outcome === "pass");
  const analysis = first(decisions, (d) => d.kind === "analysis" && d.outcome === "pass");
  const w25 = first(decisions, (d) => d.kind === "weight" && /green 25%/.test(d.summary));
  const w100 = first(decisions, (d) => d.kind === "weight" && /green 100%/.test(d.summary));
  t.true(smoke >= 0 && analysis >= 0 && w100 >= 0, `${at}: ${decisions.map((d) => d.kind).join(" ")}`);
  t.true(w25 === -1 || smoke < w25, `${at}: the smoke checks passed before 25% was recorded`);
  t.true(analysis < w100, `${at}: the analysis passed before 100%`);
  t.false(
    decisions.some((d) => d.outcome === "fail" || d.outcome === "inconclusive"),
    `${at}: ${decisions.map((d) => `${d.kind} ${d.outcome}: ${d.summary}`).join("\n")}`,
  );
}

test.serial(
  "the clean canary passes its smoke checks and its analysis, and the kill points cover every step kind",
  async (t) => {
    const ops = new Set(canaryWrites.map((w) => w.operation));
    t.true(ops.has("ModifyRule"), "the smoke step points the idle-color route at green");
    t.true(ops.has("ModifyListener"));
    const p = await point();
    t.teardown(() => p.alb.close());
    const r = await again(p, canaryArgs(p, "clean"));
    t.is(r.code, 0, r.stderr);
    t.regex(r.stdout, /smoke ok: ready: 3 passes in a row/);
    t.regex(r.stdout, /5xx-rate[^\n]*pass/);
    t.true(p.alb.routed.length >= 9 && p.alb.routed.every((tg) => tg === estate.targetGroups.green));
    canaryDecisionsInOrder(
      t,
      (await listenerState(moto.clientConfig(), p.e)).doc.rollout!.decisions,
      "clean",
    );
  },
);

/**
 * For each of `writes`, before and after it took effect: a fresh kill point (`before` prepares
 * it), `argv` killed at that write, then `check` with what the dead run sent (closed after).
 * Returns the step kinds the kills landed in.
 */
async function atEveryKillPoint(
  writes: Write[],
  argv: (p: Point, runId: string) => string[],
  check: (p: Point, o: { log: ProxiedRequest[]; at: string; runId: string }) => Promise<void>,
  before?: (p: Point, runId: string) => Promise<void>,
): Promise<Set<string>> {
  const killedIn = new Set<string>();
  for (const [i, write] of writes.entries()) {
    for (const after of [false, true]) {
      const runId = `kill-${i}-${after}`;
      const p = await point();
      try {
        if (before) await before(p, runId);
        const log = await rig.killAt(argv(p, runId), write, after, p.env);
        killedIn.add(await stepInProgress(p));
        await check(p, { log, at: killName(write, after), runId });
      } finally {
        await p.alb.close();
      }
    }
  }
  return killedIn;
}

const killedInAll = (t: ExecutionContext, killedIn: Set<string>, kinds: string[]) => {
  for (const kind of kinds)
    t.true(killedIn.has(kind), `killed inside a ${kind} step (killed in: ${[...killedIn].join(", ")})`);
};

test.serial(
  "SIGKILL at every write of a canary (smoke, weight, bake, analysis), then a rerun: it resumes, each weight once, never past a check that did not pass",
  async (t) => {
    t.timeout(900_000);
    const killedIn = await atEveryKillPoint(canaryWrites, canaryArgs, async (p, { log, at, runId }) => {
      const rerun = await again(p, canaryArgs(p, runId));
      t.is(rerun.code, 0, `${at}: ${rerun.stderr}`);
      const end = await listenerState(moto.clientConfig(), p.e);
      t.deepEqual(end.weights, { blue: 0, green: 100 }, at);
      t.like(end.doc.rollout, { state: "complete", from: "blue", to: "green" }, at);
      t.is(end.lease, null, at);
      t.is(
        appliedListenerWrites(log, p.e.listenerArn) + writesTo(rerun, p.e.listenerArn).length,
        2,
        `${at}: 25% and 100% each written exactly once`,
      );
      canaryDecisionsInOrder(t, end.doc.rollout!.decisions, at);
    });
    killedInAll(t, killedIn, ["smoke", "weight", "bake", "analysis"]);
  },
);

test.serial(
  "SIGKILL at every write of a plan with a timed pause and a pause until promoted, then a rerun and promote: each weight once",
  async (t) => {
    t.timeout(900_000);
    t.true(
      new Set(pausesWrites.map((w) => w.operation)).has("TransactWriteItems"),
      "pause records and releases at once",
    );
    const killedIn = await atEveryKillPoint(pausesWrites, pausesArgs, async (p, { log, at, runId }) => {
      let written = appliedListenerWrites(log, p.e.listenerArn);
      if ((await listenerState(moto.clientConfig(), p.e)).doc.rollout?.state !== "paused") {
        const rerun = await again(p, pausesArgs(p, runId));
        t.is(rerun.code, 0, `${at}: ${rerun.stderr}`);
        t.regex(rerun.stdout, /paused at step 1\/2 \(blue=50 green=50\)/, at);
        written += writesTo(rerun, p.e.listenerArn).length;
      }
      const paused = await listenerState(moto.clientConfig(), p.e);
      t.like(paused.doc.rollout, { state: "paused", done: 3 }, at);
      t.deepEqual(paused.weights, { blue: 50, green: 50 }, at);
      t.is(paused.lease, null, at);
      const go = await again(p, promoteArgs(p, `go-${runId}`));
      t.is(go.code, 0, `${at}: ${go.stderr}`);
      written += writesTo(go, p.e.listenerArn).length;
      const end = await listenerState(moto.clientConfig(), p.e);
      t.deepEqual(end.weights, { blue: 0, green: 100 }, at);
      t.is(end.doc.rollout?.state, "complete", at);
      t.is(written, 2, `${at}: 50% and 100% each written exactly once`);
    });
    killedInAll(t, killedIn, ["weight", "pause"]);
  },
);

test.serial(
  "SIGKILL at every write of a promote, then promote again: it resumes and completes",
  async (t) => {
    t.timeout(900_000);
    t.true(promoteWrites.some((w) => w.operation === "ModifyListener"));
    await atEveryKillPoint(
      promoteWrites,
      promoteArgs,
      async (p, { log, at, runId }) => {
        let written = appliedListenerWrites(log, p.e.listenerArn);
        if ((await listenerState(moto.clientConfig(), p.e)).doc.rollout?.state !== "complete") {
          const second = await again(p, promoteArgs(p, runId));
          t.is(second.code, 0, `${at}: ${second.stderr}`);
          written += writesTo(second, p.e.listenerArn).length;
        }
        const end = await listenerState(moto.clientConfig(), p.e);
        t.deepEqual(end.weights, { blue: 0, green: 100 }, at);
        t.like(end.doc.rollout, { state: "complete" }, at);
        t.is(end.lease, null, at);
        t.is(written, 1, `${at}: the 100% step written exactly once`);
      },
      (p, runId) => pausedPlan(p, `paused-${runId}`),
    );
  },
);
