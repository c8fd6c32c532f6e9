/**
 * Crash safety: a `traffic shift` child process is SIGKILLed between each pair of steps — and
 * inside each step, between the listener write and the record write — then rerun. The rerun
 * must resume where the dead run stopped (never replaying a step, never skipping a bake) and
 * finish with all traffic on green and the record complete.
 *
 * The kill points are made exact with the fault proxy: it holds the chosen request (before or
 * after moto applied it) while the test kills the child.
 */
import { type ChildProcess, spawn } from "node:child_process";
import anyTest, { type TestFn } from "ava";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import { buildCliBundle } from "../helpers/cli-bundle.ts";
import { cli, extraListener, fastEnv, listenerState, shiftToGreen } from "../helpers/delivery.ts";
import { type FaultProxy, type Rule, startFaultProxy } from "../helpers/fault-proxy.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";

const test = anyTest as TestFn;
let moto: Moto;
let proxy: FaultProxy;
let cliBundle: Awaited<ReturnType<typeof buildCliBundle>>;
let estate: BuiltEstate;
let port = 8000;

test.before(async () => {
  [moto, cliBundle] = await Promise.all([startMoto(), buildCliBundle()]);
  proxy = await startFaultProxy(moto.endpoint);
  estate = await buildEstate(moto.clientConfig(), { ecs: false });
});
test.after.always(async () => {
  await proxy?.close();
  await moto?.stop();
  cliBundle?.cleanup();
});

const args = (e: BuiltEstate) => shiftToGreen(e, "--steps", "10,50,100", "--bake", "0.25");

function spawnShift(e: BuiltEstate): {
  child: ChildProcess;
  line(prefix: string): Promise<void>;
  exited: Promise<unknown>;
} {
  const child = spawn(process.execPath, [cliBundle.path, ...args(e)], {
    env: fastEnv(proxy.endpoint, { NODE_NO_WARNINGS: "1" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const waiters: { prefix: string; resolve: () => void }[] = [];
  child.stdout!.on("data", (c: Buffer) => {
    out += c.toString();
    for (const w of [...waiters]) {
      if (out.split("\n").some((l) => l.startsWith(w.prefix))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    child,
    exited,
    line: (prefix) =>
      new Promise<void>((resolve, reject) => {
        if (out.split("\n").some((l) => l.startsWith(prefix))) return resolve();
        waiters.push({ prefix, resolve });
        child.once("exit", () => reject(new Error(`child exited before printing "${prefix}":\n${out}`)));
      }),
  };
}

interface KillPoint {
  title: string;
  rule?: Rule;
  line?: string;
  /** Listener weights for green right after the kill. */
  greenAfterKill: number;
  /** The step the rerun reports it resumes after. */
  resumesAfter: number;
}

const modify = (n: number) => (r: { operation: string; n: number }) =>
  r.operation === "ModifyListener" && r.n === n;

const points: KillPoint[] = [
  {
    title: "after the record is opened, before step 1's listener write",
    rule: { match: modify(1), fault: { kind: "hold" } },
    greenAfterKill: 0,
    resumesAfter: 0,
  },
  {
    title: "after step 1's listener write, before its record write",
    rule: { match: modify(1), fault: { kind: "hold-after" } },
    greenAfterKill: 10,
    resumesAfter: 1,
  },
  { title: "while step 1 bakes", line: "step 1/3: baking", greenAfterKill: 10, resumesAfter: 1 },
  {
    title: "after step 2's listener write, before its record write",
    rule: { match: modify(2), fault: { kind: "hold-after" } },
    greenAfterKill: 50,
    resumesAfter: 2,
  },
  { title: "while step 2 bakes", line: "step 2/3: baking", greenAfterKill: 50, resumesAfter: 2 },
  {
    title: "after step 3's listener write, before its record write",
    rule: { match: modify(3), fault: { kind: "hold-after" } },
    greenAfterKill: 100,
    resumesAfter: 3,
  },
  {
    title: "after the last bake, before the record says complete",
    rule: { match: (r) => r.operation === "AddTags" && r.n === 5, fault: { kind: "hold" } },
    greenAfterKill: 100,
    resumesAfter: 3,
  },
];

for (const point of points) {
  test.serial(`SIGKILL ${point.title}: the rerun resumes and finishes the rollout`, async (t) => {
    // Each kill point drives its own production listener on the shared ALB and target groups.
    const e = await extraListener(moto.clientConfig(), estate, port++);
    proxy.clear();
    if (point.rule) proxy.add(point.rule);
    const run = spawnShift(e);
    if (point.rule) await proxy.nextHeld();
    else await run.line(point.line!);
    run.child.kill("SIGKILL");
    await run.exited;

    const dead = await listenerState(moto.clientConfig(), e);
    t.is(dead.weights.green, point.greenAfterKill);
    t.is(dead.weights.blue, 100 - point.greenAfterKill);
    t.is(dead.record?.state, "shifting");

    const rerun = await cli(args(e), fastEnv(moto.endpoint));
    t.is(rerun.code, 0, rerun.stderr);
    t.regex(rerun.stdout, new RegExp(`resuming rollout blue→green after step ${point.resumesAfter}/3`));
    t.is(
      rerun.writes.filter((w) => w === "ModifyListener").length,
      3 - point.resumesAfter,
      "each remaining step written once, none replayed",
    );
    if (point.resumesAfter > 0)
      t.regex(rerun.stdout, new RegExp(`step ${point.resumesAfter}/3: baking`), "re-bakes the step it found");
    const end = await listenerState(moto.clientConfig(), e);
    t.deepEqual(end.weights, { blue: 0, green: 100 });
    t.like(end.record, { state: "complete", from: "blue", to: "green", step: 3 });
  });
}
