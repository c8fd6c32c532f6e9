/**
 * Faults between the SDK and AWS (moto behind a fault-injecting loopback proxy): throttling,
 * 5xx, connections dropped before or after the call took effect. The commands retry (adaptive
 * retries, delays shrunk through SECURECLOUD_RETRY_BASE_MS) or roll back; they never leave
 * weight on a color without healthy targets, and every failure names the operation, the AWS
 * error code and where traffic was left.
 */
import anyTest, { type TestFn } from "ava";
import { type BuiltEstate, buildEstate, deregisterAll } from "../../delivery/rehearsal/estate.ts";
import { cli, fastEnv, listenerState, shiftToGreen, writesTo } from "../helpers/delivery.ts";
import { type Fault, type FaultProxy, faultProxyFor } from "../helpers/fault-proxy.ts";
import { motoForFile } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test);

async function setup(
  t: { teardown(fn: () => unknown): void },
  seed = 1,
): Promise<{ e: BuiltEstate; proxy: FaultProxy }> {
  await moto.reset();
  const e = await buildEstate(moto.clientConfig(), { ecs: false });
  const proxy = await faultProxyFor(t, moto.endpoint, [], { seed });
  return { e, proxy };
}

const shiftArgs = (e: BuiltEstate, bake = "0.3") => shiftToGreen(e, "--bake", bake);
const state = (e: BuiltEstate) => listenerState(moto.clientConfig(), e);

const KINDS: Fault[] = [
  { kind: "throttle" },
  { kind: "status", status: 503 },
  { kind: "drop" },
  { kind: "drop-after" },
];

function chaos(proxy: FaultProxy, probability: number) {
  for (const fault of KINDS) proxy.add({ match: () => true, fault, probability: probability / KINDS.length });
}

for (const seed of [11, 12, 13]) {
  test.serial(
    `seed ${seed}: a third of all calls fail; the shift retries and ends complete or rolled back, consistently`,
    async (t) => {
      const { e, proxy } = await setup(t, seed);
      chaos(proxy, 0.33);
      const r = await cli(shiftArgs(e, "0.2"), fastEnv(proxy.endpoint));
      const injected = proxy.log.filter((x) => x.fault !== undefined).length;
      t.true(injected > 0, "faults were injected");
      t.log(
        `${injected} of ${proxy.log.length} requests faulted; ${r.code === 0 ? "completed" : r.stderr.trim()}`,
      );
      const s = await state(e);
      if (r.code === 0) {
        t.deepEqual(s.weights, { blue: 0, green: 100 });
        t.is(s.record?.state, "complete");
      } else {
        t.is(r.code, 1, r.stderr);
        t.deepEqual(s.weights, { blue: 100, green: 0 }, r.stderr);
        t.is(s.record?.state, "rolled-back");
        t.regex(r.stderr, /failed: \w+/, "names the operation and the error code");
      }
    },
  );
}

test.serial("faults while green loses its targets: weight never stays on green", async (t) => {
  const { e, proxy } = await setup(t, 21);
  chaos(proxy, 0.25);
  let pulled = false;
  const r = await cli(shiftArgs(e, "1"), fastEnv(proxy.endpoint), async (line) => {
    if (!pulled && line.startsWith("step 1/3: baking")) {
      pulled = true;
      await deregisterAll(moto.clientConfig(), e.targetGroups.green);
    }
  });
  t.true(pulled);
  t.is(r.code, 1);
  t.deepEqual((await state(e)).weights, { blue: 100, green: 0 }, r.stderr);
});

test.serial(
  "a listener write that keeps failing (503): nothing moves, the error names ModifyListener",
  async (t) => {
    const { e, proxy } = await setup(t);
    proxy.add({ match: (r) => r.operation === "ModifyListener", fault: { kind: "status", status: 503 } });
    const r = await cli(shiftArgs(e), fastEnv(proxy.endpoint));
    t.is(r.code, 1);
    t.regex(
      r.stderr,
      /^error: rolled back to blue \(blue=100 green=0\): ModifyListener failed: ServiceUnavailable/,
    );
    t.true(proxy.log.filter((x) => x.operation === "ModifyListener").length >= 3, "the write was retried");
    const s = await state(e);
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.is(s.record?.state, "rolled-back");
  },
);

test.serial(
  "a write that lands but whose answer is always lost is recognized, then rolled back",
  async (t) => {
    const { e, proxy } = await setup(t);
    // Step 2 (50/50) reaches moto every time, but the connection drops before the answer.
    proxy.add({
      match: (r) => r.operation === "ModifyListener" && /Weight=50(&|$)/.test(r.body),
      fault: { kind: "drop-after" },
    });
    const r = await cli(shiftArgs(e), fastEnv(proxy.endpoint));
    t.is(r.code, 1);
    t.regex(r.stderr, /rolled back to blue \(blue=100 green=0\): ModifyListener failed/);
    t.notRegex(r.stderr, /another actor/, "its own lost write is not mistaken for someone else's");
    t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
  },
);

test.serial(
  "health that cannot be read during a bake rolls back: traffic back on the stable color first",
  async (t) => {
    const { e, proxy } = await setup(t);
    proxy.add({
      match: (r) => r.operation === "DescribeTargetHealth" && r.n > 1,
      fault: { kind: "throttle" },
    });
    const r = await cli(shiftArgs(e), fastEnv(proxy.endpoint));
    t.is(r.code, 1);
    t.regex(
      r.stderr,
      /rolled back to blue .*could not check the rollout: DescribeTargetHealth failed: Throttling/,
    );
    t.regex(r.stdout, /could not read blue's health .*rolling back anyway/);
    t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
  },
);

test.serial("an AWS failure before any write changes nothing and says so", async (t) => {
  const { e, proxy } = await setup(t);
  proxy.add({ match: (r) => r.operation === "DescribeListeners", fault: { kind: "status", status: 500 } });
  const r = await cli(shiftArgs(e), fastEnv(proxy.endpoint));
  t.is(r.code, 1);
  t.regex(
    r.stderr,
    /^error: DescribeListeners failed: ServiceUnavailable: injected server error; nothing changed\n$/,
  );
  t.deepEqual(proxy.mutatingCalls(), []);
});

test.serial(
  "rollback through throttling and dropped connections: one logical listener write, traffic back",
  async (t) => {
    const { e, proxy } = await setup(t);
    t.is((await cli(shiftArgs(e, "0"), fastEnv(moto.endpoint))).code, 0);
    proxy.add({ match: (r) => r.operation === "UpdateItem", fault: { kind: "throttle" }, times: 2 });
    proxy.add({
      match: (r) => r.operation === "DescribeListeners",
      fault: { kind: "status", status: 503 },
      times: 1,
    });
    proxy.add({
      match: (r) => r.operation === "DescribeTargetHealth",
      fault: { kind: "status", status: 500 },
      times: 1,
    });
    proxy.add({ match: (r) => r.operation === "ModifyListener", fault: { kind: "drop" }, times: 1 });
    proxy.add({ match: (r) => r.operation === "ModifyListener", fault: { kind: "drop-after" }, times: 1 });
    proxy.add({
      match: (r) => r.operation === "TransactWriteItems",
      fault: { kind: "status", status: 500 },
      times: 1,
    });
    const r = await cli(["traffic", "rollback", "--listener", e.listenerArn], fastEnv(proxy.endpoint));
    t.is(r.code, 0, r.stderr);
    const ops = r.calls.map((c) => c.operation);
    const write = ops.indexOf("ModifyListener");
    t.deepEqual(ops.slice(0, write).sort(), ["DescribeListeners", "DescribeTargetHealth", "UpdateItem"]);
    t.deepEqual(
      writesTo(r, e.listenerArn),
      ["ModifyListener"],
      "one logical write of the production listener",
    );
    const production = proxy.log.filter(
      (x) => x.operation === "ModifyListener" && x.body.includes(encodeURIComponent(e.listenerArn)),
    );
    t.is(production.length, 3, "two failed attempts, then the answer");
    const s = await state(e);
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.like(s.record, { state: "rolled-back", from: "blue" });
    t.is(s.lease, null);
  },
);

/** Every write the rollout makes, by operation, as the shift makes them. */
const WRITES = ["UpdateItem", "ModifyListener", "TransactWriteItems", "ModifyRule"];

for (const operation of WRITES) {
  for (const fault of [
    { kind: "throttle" },
    { kind: "status", status: 500 },
    { kind: "status", status: 503 },
  ] as Fault[]) {
    const what = fault.kind === "throttle" ? "throttling" : `HTTP ${(fault as { status: number }).status}`;
    test.serial(
      `${what} on every ${operation} (twice each, then through): the rollout completes and the rollback brings traffic back, each write once`,
      async (t) => {
        const { e, proxy } = await setup(t);
        // Each write of this kind fails twice before it goes through: within the retries.
        const seen = new Map<string, number>();
        proxy.add({
          match: (r) => {
            if (r.operation !== operation) return false;
            const n = (seen.get(r.body) ?? 0) + 1;
            seen.set(r.body, n);
            return n <= 2;
          },
          fault,
        });
        const r = await cli(shiftArgs(e, "0"), fastEnv(proxy.endpoint));
        t.is(r.code, 0, r.stderr);
        t.true(
          proxy.log.some((x) => x.operation === operation && x.fault !== undefined),
          "faults were injected",
        );
        t.deepEqual(writesTo(r, e.listenerArn), ["ModifyListener", "ModifyListener", "ModifyListener"]);
        const s = await state(e);
        t.deepEqual(s.weights, { blue: 0, green: 100 });
        t.like(s.record, { state: "complete", step: 3 });
        t.is(s.lease, null);

        // The rollback through the same faults: traffic back, one logical listener write.
        const back = await cli(["traffic", "rollback", "--listener", e.listenerArn], fastEnv(proxy.endpoint));
        t.is(back.code, 0, back.stderr);
        t.deepEqual(writesTo(back, e.listenerArn), ["ModifyListener"]);
        const after = await state(e);
        t.deepEqual(after.weights, { blue: 100, green: 0 });
        t.like(after.record, { state: "rolled-back", from: "blue" });
        t.is(after.lease, null);
      },
    );
  }
}

test.serial("a lease write that keeps failing (503) before any traffic moves: nothing changes", async (t) => {
  const { e, proxy } = await setup(t);
  proxy.add({ match: (r) => r.operation === "UpdateItem", fault: { kind: "status", status: 503 } });
  const r = await cli(shiftArgs(e), fastEnv(proxy.endpoint));
  t.is(r.code, 1);
  t.regex(
    r.stderr,
    /^error: UpdateItem failed: ServiceUnavailable: injected server error; nothing changed, traffic left at blue=100 green=0\n$/,
  );
  t.deepEqual(writesTo(r, e.listenerArn), []);
  t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
});

test.serial(
  "the record write keeps failing after a step: the rollout rolls back, traffic first",
  async (t) => {
    const { e, proxy } = await setup(t);
    // Lease writes go through; every record write after the first step's listener write fails.
    let stepWritten = false;
    proxy.add({
      match: (r) => {
        if (r.operation === "ModifyListener") stepWritten = true;
        return stepWritten && r.operation === "UpdateItem" && r.body.includes('"record"');
      },
      fault: { kind: "status", status: 500 },
    });
    const r = await cli(shiftArgs(e), fastEnv(proxy.endpoint));
    t.is(r.code, 1);
    t.regex(r.stderr, /rolled back to blue \(blue=100 green=0\): UpdateItem failed: ServiceUnavailable/);
    t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
  },
);
