import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import anyTest, { type TestFn } from "ava";
import { pointTestListener } from "../../delivery/listener/routes.ts";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import {
  appliedListenerWrites,
  type CrashRig,
  killName as name,
  startCrashRig,
  type Write,
} from "../helpers/crash.ts";
import { cli, extraListener, fastEnv, listenerState, shiftToGreen, writesTo } from "../helpers/delivery.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";
import { virtualClock } from "../helpers/virtual-clock.ts";

const test = anyTest as TestFn;
let moto: Moto;
let rig: CrashRig;
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

let shiftWrites: Write[] = [];
let rollbackWrites: Write[] = [];

/** The writes one clean run of `argv` makes, in order, on a listener of its own. */
async function learn(
  argv: (e: BuiltEstate) => string[],
  before?: (e: BuiltEstate) => Promise<void>,
): Promise<Write[]> {
  const e = await extraListener(moto.clientConfig(), estate, port++);
  if (before) await before(e);
  return rig.learn(argv(e));
}

const completeShift = async (e: BuiltEstate) => {
  const r = await cli(shiftArgs(e, "setup"), fastEnv(moto.endpoint));
  if (r.code !== 0) throw new Error(r.stderr);
};

const testListenerOnGreen = () =>
  pointTestListener(
    new ElasticLoadBalancingV2Client(moto.clientConfig()),
    estate.testListenerArn!,
    estate.targetGroups.green,
  );

test.before(async () => {
  moto = await startMoto();
  rig = await startCrashRig(moto);
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
});
test.after.always(async () => {
  await rig?.close();
  await moto?.stop();
});

/** Kills `argv` at `write` (test/helpers/crash.ts), the shared test listener where the learnt run found it. */
async function killAt(argv: string[], write: Write, after: boolean) {
  await testListenerOnGreen();
  return rig.killAt(argv, write, after);
}

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
    // On a virtual clock from now: the wait for a write the dead run had in flight passes at once.
    const r = await cli(rollbackArgs(e, `oncall-${i}`), fastEnv(moto.endpoint), null, virtualClock());
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
