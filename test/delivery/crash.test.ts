/**
 * Crash safety: a `traffic shift` child process is SIGKILLed at every one of its writes —
 * before the write reaches AWS, and after it took effect — and then either rerun (same run id,
 * as a re-run of the same workflow run: it takes its own lease back) or rolled back. The rerun
 * must resume where the dead run stopped (never replaying a weight step) and finish with all
 * traffic on green and the record complete; the rollback must put all traffic back on blue.
 * The same for a `traffic rollback` killed at each of its writes, then run again, and for a
 * rollout plan with every watch kind (weight, bake, timed pause, pause until promoted) and the
 * `traffic promote` that continues it, killed at each of their writes.
 *
 * The kill points are exact: the fault proxy holds the chosen request (before or after moto
 * applied it) while the test kills the child. The writes are learnt from one clean run, so a
 * write added to the rollout later gets its own kill points without touching this file.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import anyTest, { type TestFn } from "ava";
import { pointTestListener } from "../../delivery/listener/routes.ts";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import { buildCliBundle } from "../helpers/cli-bundle.ts";
import { cli, extraListener, fastEnv, listenerState, shiftToGreen, writesTo } from "../helpers/delivery.ts";
import { type FaultProxy, type ProxiedRequest, startFaultProxy } from "../helpers/fault-proxy.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";

const test = anyTest as TestFn;
let moto: Moto;
let proxy: FaultProxy;
let cliBundle: Awaited<ReturnType<typeof buildCliBundle>>;
let estate: BuiltEstate;
let port = 8000;

const shiftArgs = (e: BuiltEstate, runId: string) =>
  shiftToGreen(e, "--steps", "50,100", "--bake", "0", "--run-id", runId);
const rollbackArgs = (e: BuiltEstate, runId: string) => [
  "traffic",
  "rollback",
  "--listener",
  e.listenerArn,
  "--run-id",
  runId,
];

interface Write {
  operation: string;
  /** This operation's count in the run (1-based), as the proxy numbers requests. */
  n: number;
}

let shiftWrites: Write[] = [];
let rollbackWrites: Write[] = [];
let planWrites: Write[] = [];
let promoteWrites: Write[] = [];

/** A plan with a weight and its bake, a timed pause and a pause until promoted. */
const planDir = mkdtempSync(join(tmpdir(), "crash-plan-"));
const PLAN = join(planDir, "plan.yaml");
writeFileSync(
  PLAN,
  "steps:\n  - setWeight: 50\n    bake: 0\n  - pause: { duration: 1 }\n  - pause: {}\n  - setWeight: 100\n",
);
/** Polls the timed pause three times (at 0, 0.6 and 1 s): the same writes in every run. */
const PLAN_ENV = { SECURECLOUD_POLL_MS: "600" };
const planArgs = (e: BuiltEstate, runId: string) => shiftToGreen(e, "--plan", PLAN, "--run-id", runId);
const promoteArgs = (e: BuiltEstate, runId: string) => [
  "traffic",
  "promote",
  "--listener",
  e.listenerArn,
  "--run-id",
  runId,
];

/** The writes one clean run of `argv` makes, in order. */
async function learn(
  argv: (e: BuiltEstate) => string[],
  before?: (e: BuiltEstate) => Promise<void>,
  extraEnv: Record<string, string> = {},
): Promise<Write[]> {
  const e = await extraListener(moto.clientConfig(), estate, port++);
  if (before) await before(e);
  proxy.clear();
  const r = await cli(argv(e), fastEnv(proxy.endpoint, extraEnv));
  if (r.code !== 0) throw new Error(`clean run failed: ${r.stderr}`);
  return proxy.mutatingCalls().map((c: ProxiedRequest) => ({ operation: c.operation, n: c.n }));
}

const completeShift = async (e: BuiltEstate) => {
  const r = await cli(shiftArgs(e, "setup"), fastEnv(moto.endpoint));
  if (r.code !== 0) throw new Error(r.stderr);
};

/** Runs the plan up to its pause until promoted. */
const pausedPlan = async (e: BuiltEstate, runId = "setup-plan") => {
  const r = await cli(planArgs(e, runId), fastEnv(moto.endpoint, PLAN_ENV));
  if (r.code !== 0 || !/paused at/.test(r.stdout)) throw new Error(`${r.stdout}${r.stderr}`);
};

const testListenerOnGreen = () =>
  pointTestListener(
    new ElasticLoadBalancingV2Client(moto.clientConfig()),
    estate.testListenerArn!,
    estate.targetGroups.green,
  );

test.before(async () => {
  [moto, cliBundle] = await Promise.all([startMoto(), buildCliBundle()]);
  proxy = await startFaultProxy(moto.endpoint);
  estate = await buildEstate(moto.clientConfig(), { ecs: false });
  shiftWrites = await learn(
    (e) => shiftArgs(e, "learn"),
    async () => {
      await testListenerOnGreen();
    },
  );
  rollbackWrites = await learn(
    (e) => rollbackArgs(e, "learn"),
    async (e) => {
      await completeShift(e);
      await testListenerOnGreen();
    },
  );
  planWrites = await learn((e) => planArgs(e, "learn-plan"), undefined, PLAN_ENV);
  promoteWrites = await learn(
    (e) => promoteArgs(e, "learn-promote"),
    async (e) => {
      await pausedPlan(e);
      await testListenerOnGreen();
    },
    PLAN_ENV,
  );
});
test.after.always(async () => {
  rmSync(planDir, { recursive: true, force: true });
  await proxy?.close();
  await moto?.stop();
  cliBundle?.cleanup();
});

function spawnCli(
  argv: string[],
  extraEnv: Record<string, string> = {},
): { child: ChildProcess; exited: Promise<unknown>; output: () => string } {
  const child = spawn(process.execPath, [cliBundle.path, ...argv], {
    env: fastEnv(proxy.endpoint, { NODE_NO_WARNINGS: "1", ...extraEnv }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => {
    output += c;
  });
  child.stderr!.on("data", (c: Buffer) => {
    output += c;
  });
  return { child, exited: new Promise((resolve) => child.once("exit", resolve)), output: () => output };
}

/**
 * Runs `argv` in a child and SIGKILLs it while the proxy holds the write, before or after AWS
 * applied it; returns the requests the child made up to then.
 */
async function killAt(
  argv: string[],
  write: Write,
  after: boolean,
  extraEnv: Record<string, string> = {},
): Promise<ProxiedRequest[]> {
  // The test listener is shared by every listener here: start it where the learnt run found it.
  await testListenerOnGreen();
  proxy.clear();
  proxy.add({
    match: (r) => r.operation === write.operation && r.n === write.n,
    fault: { kind: after ? "hold-after" : "hold" },
  });
  const run = spawnCli(argv, extraEnv);
  const held = await Promise.race([proxy.nextHeld(), run.exited.then(() => null)]);
  if (held === null)
    throw new Error(`the child exited before ${write.operation} #${write.n}:\n${run.output()}`);
  run.child.kill("SIGKILL");
  await run.exited;
  const log = [...proxy.log];
  proxy.clear();
  return log;
}

/** Production-listener writes that took effect in AWS among `log`. */
function appliedListenerWrites(log: ProxiedRequest[], listenerArn: string): number {
  return log.filter(
    (r) =>
      r.operation === "ModifyListener" &&
      r.body.includes(encodeURIComponent(listenerArn)) &&
      (r.fault === undefined || r.fault === "hold-after"),
  ).length;
}

const name = (w: Write, after: boolean) => `${w.operation} #${w.n} (${after ? "after" : "before"})`;

test("a clean shift and a clean rollback make the writes the kill points cover", (t) => {
  const ops = (ws: Write[]) => new Set(ws.map((w) => w.operation));
  // Lease and record (UpdateItem), listener weights, the final record with its history entry.
  t.deepEqual(
    [...ops(shiftWrites)]
      .filter((o) => ["UpdateItem", "ModifyListener", "TransactWriteItems"].includes(o))
      .sort(),
    ["ModifyListener", "TransactWriteItems", "UpdateItem"],
  );
  t.true(shiftWrites.length >= 10, shiftWrites.map((w) => w.operation).join(" "));
  t.deepEqual(rollbackWrites[0], { operation: "UpdateItem", n: 1 }, "the lease first");
  t.true(rollbackWrites.some((w) => w.operation === "ModifyListener"));
});

test.serial(
  "SIGKILL at every write of a shift, then a rerun: it resumes and never replays a weight step",
  async (t) => {
    t.timeout(900_000);
    for (const [i, write] of shiftWrites.entries()) {
      for (const after of [false, true]) {
        const e = await extraListener(moto.clientConfig(), estate, port++);
        const runId = `crash-${i}-${after}`;
        const log = await killAt(shiftArgs(e, runId), write, after);
        const rerun = await cli(shiftArgs(e, runId), fastEnv(moto.endpoint));
        t.is(rerun.code, 0, `${name(write, after)}: ${rerun.stderr}`);
        const end = await listenerState(moto.clientConfig(), e);
        t.deepEqual(end.weights, { blue: 0, green: 100 }, name(write, after));
        t.like(end.record, { state: "complete", from: "blue", to: "green", step: 2 }, name(write, after));
        t.is(end.lease, null, name(write, after));
        t.is(
          appliedListenerWrites(log, e.listenerArn) + writesTo(rerun, e.listenerArn).length,
          2,
          `${name(write, after)}: each of the two weight steps written exactly once`,
        );
      }
    }
  },
);

test.serial("SIGKILL at every write of a shift, then a rollback: all traffic back on blue", async (t) => {
  t.timeout(900_000);
  for (const [i, write] of shiftWrites.entries()) {
    const e = await extraListener(moto.clientConfig(), estate, port++);
    await killAt(shiftArgs(e, `dead-${i}`), write, true);
    const r = await cli(rollbackArgs(e, `oncall-${i}`), fastEnv(moto.endpoint));
    t.is(r.code, 0, `${name(write, true)}: ${r.stderr}`);
    const end = await listenerState(moto.clientConfig(), e);
    t.deepEqual(end.weights, { blue: 100, green: 0 }, name(write, true));
    t.is(end.lease, null, name(write, true));
    t.like(end.record, { state: "rolled-back", from: "blue" }, name(write, true));
  }
});

test.serial(
  "SIGKILL at every write of a rollback, then the rollback again: traffic back and recorded",
  async (t) => {
    t.timeout(900_000);
    for (const [i, write] of rollbackWrites.entries()) {
      for (const after of [false, true]) {
        const e = await extraListener(moto.clientConfig(), estate, port++);
        await completeShift(e);
        await killAt(rollbackArgs(e, `rb-${i}-${after}`), write, after);
        const again = await cli(rollbackArgs(e, `rb-again-${i}`), fastEnv(moto.endpoint));
        t.is(again.code, 0, `${name(write, after)}: ${again.stderr}`);
        const end = await listenerState(moto.clientConfig(), e);
        t.deepEqual(end.weights, { blue: 100, green: 0 }, name(write, after));
        t.like(end.record, { state: "rolled-back", from: "blue", to: "green" }, name(write, after));
        t.is(end.lease, null, name(write, after));
      }
    }
  },
);

test.serial(
  "SIGKILL at every write of a plan (weight, bake, timed pause, pause until promoted), then a rerun and promote: each weight once",
  async (t) => {
    t.timeout(900_000);
    const ops = new Set(planWrites.map((w) => w.operation));
    t.true(ops.has("TransactWriteItems"), "the pause records and releases in one transaction");
    for (const [i, write] of planWrites.entries()) {
      for (const after of [false, true]) {
        const e = await extraListener(moto.clientConfig(), estate, port++);
        const runId = `plan-crash-${i}-${after}`;
        const log = await killAt(planArgs(e, runId), write, after, PLAN_ENV);
        let written = appliedListenerWrites(log, e.listenerArn);
        if ((await listenerState(moto.clientConfig(), e)).doc.rollout?.state !== "paused") {
          const rerun = await cli(planArgs(e, runId), fastEnv(moto.endpoint, PLAN_ENV));
          t.is(rerun.code, 0, `${name(write, after)}: ${rerun.stderr}`);
          t.regex(rerun.stdout, /paused at step 1\/2 \(blue=50 green=50\)/, name(write, after));
          written += writesTo(rerun, e.listenerArn).length;
        }
        const paused = await listenerState(moto.clientConfig(), e);
        t.like(paused.doc.rollout, { state: "paused", done: 3 }, name(write, after));
        t.deepEqual(paused.weights, { blue: 50, green: 50 }, name(write, after));
        t.is(paused.lease, null, name(write, after));
        const go = await cli(promoteArgs(e, `go-${i}-${after}`), fastEnv(moto.endpoint, PLAN_ENV));
        t.is(go.code, 0, `${name(write, after)}: ${go.stderr}`);
        written += writesTo(go, e.listenerArn).length;
        const end = await listenerState(moto.clientConfig(), e);
        t.deepEqual(end.weights, { blue: 0, green: 100 }, name(write, after));
        t.is(end.doc.rollout?.state, "complete", name(write, after));
        t.is(written, 2, `${name(write, after)}: 50% and 100% each written exactly once`);
      }
    }
  },
);

test.serial(
  "SIGKILL at every write of a promote, then promote again: it resumes and completes",
  async (t) => {
    t.timeout(900_000);
    t.true(promoteWrites.some((w) => w.operation === "ModifyListener"));
    for (const [i, write] of promoteWrites.entries()) {
      for (const after of [false, true]) {
        const e = await extraListener(moto.clientConfig(), estate, port++);
        await pausedPlan(e, `paused-${i}-${after}`);
        const runId = `promote-crash-${i}-${after}`;
        const log = await killAt(promoteArgs(e, runId), write, after, PLAN_ENV);
        let written = appliedListenerWrites(log, e.listenerArn);
        if ((await listenerState(moto.clientConfig(), e)).doc.rollout?.state !== "complete") {
          const again = await cli(promoteArgs(e, runId), fastEnv(moto.endpoint, PLAN_ENV));
          t.is(again.code, 0, `${name(write, after)}: ${again.stderr}`);
          written += writesTo(again, e.listenerArn).length;
        }
        const end = await listenerState(moto.clientConfig(), e);
        t.deepEqual(end.weights, { blue: 0, green: 100 }, name(write, after));
        t.like(end.doc.rollout, { state: "complete" }, name(write, after));
        t.is(end.lease, null, name(write, after));
        t.is(written, 1, `${name(write, after)}: the 100% step written exactly once`);
      }
    }
  },
);
