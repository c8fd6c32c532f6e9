/**
 * `traffic rollback` against moto: where it sends traffic (the color that last served
 * production and passed), how fast (AWS calls before traffic is back, counted), what it
 * refuses, and what follows it (the record, the history, the test routes).
 */
import {
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import anyTest, { type TestFn } from "ava";
import { type BuiltEstate, buildEstate, deregisterAll } from "../../delivery/rehearsal/estate.ts";
import {
  cli,
  fastEnv,
  historyOf,
  listenerState,
  setWeights,
  shiftToGreen,
  store,
  testRoutes,
  writesTo,
} from "../helpers/delivery.ts";
import { motoForFile } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test, { env: { MOTO_ECS_SERVICE_RUNNING: "2" } });

async function fresh(options: Parameters<typeof buildEstate>[1] = {}): Promise<BuiltEstate> {
  await moto.reset();
  return buildEstate(moto.clientConfig(), { ecs: false, ...options });
}

const env = () => fastEnv(moto.endpoint);
const state = (e: BuiltEstate) => listenerState(moto.clientConfig(), e);
const rollback = (e: BuiltEstate, ...more: string[]) => [
  "traffic",
  "rollback",
  "--listener",
  e.listenerArn,
  ...more,
];
const deployTo = (e: BuiltEstate, image: string) => [
  "deploy",
  "--cluster",
  e.cluster,
  "--listener",
  e.listenerArn,
  "--image",
  image,
];
const listenerWrites = (writes: string[]) => writes.filter((w) => w === "ModifyListener");

/** The calls before the first production-listener write, and that write. */
function beforeTraffic(r: Awaited<ReturnType<typeof cli>>) {
  const i = r.calls.findIndex((c) => c.operation === "ModifyListener");
  const before = r.calls.slice(0, i);
  return {
    reads: before
      .filter((c) => !c.mutating)
      .map((c) => c.operation)
      .sort(),
    writes: [...before.filter((c) => c.mutating).map((c) => c.operation), "ModifyListener"],
  };
}

test.serial(
  "after a rollout: two reads and two writes before traffic is back, then record and history",
  async (t) => {
    const e = await fresh();
    t.is((await cli(shiftToGreen(e, "--bake", "0"), env())).code, 0);
    const r = await cli(rollback(e, "--reason", "p99 latency (x3)", "--actor", "oncall"), env());
    t.is(r.code, 0, r.stderr);
    // The lease write and the listener read run at once; then the destination's health; then the write.
    t.deepEqual(beforeTraffic(r), {
      reads: ["DescribeListeners", "DescribeTargetHealth"],
      writes: ["UpdateItem", "ModifyListener"],
    });
    t.is(listenerWrites(r.writes).length, 2, "the production listener, then the test listener");
    t.regex(
      r.stdout,
      /^rolled back to blue \(blue=100 green=0\); test listener → green, idle-color route → green$/m,
    );
    const s = await state(e);
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.like(s.record, {
      state: "rolled-back",
      from: "blue",
      to: "green",
      actor: "oncall",
      reason: "p99 latency (x3)",
    });
    t.is(s.lease, null, "released");
    const [entry] = await historyOf(moto.clientConfig(), e);
    t.like(entry, {
      command: "rollback",
      outcome: "rolled-back",
      from: "green",
      to: "blue",
      actor: "oncall",
    });
    t.deepEqual(entry!.weights, { blue: 100, green: 0 });

    // Idempotent: the second rollback finds traffic there and writes no listener.
    const again = await cli(rollback(e), env());
    t.is(again.code, 0);
    t.deepEqual(listenerWrites(again.writes), []);
    t.regex(again.stdout, /traffic already on blue/);
  },
);

test.serial(
  "the test listener and the idle-color route follow the idle color: deploy, promotion, rollback",
  async (t) => {
    const e = await fresh({ ecs: true });
    const routes = () => testRoutes(moto.clientConfig(), e);
    // The stacks start the test listener on green and the idle route as a fixed 404.
    t.deepEqual(await routes(), { testListener: "green", idleRule: null });
    t.is((await cli(deployTo(e, "repo/app:2"), env())).code, 0);
    t.deepEqual(await routes(), { testListener: "green", idleRule: "green" });
    t.is((await cli(shiftToGreen(e, "--bake", "0"), env())).code, 0);
    t.deepEqual(
      await routes(),
      { testListener: "blue", idleRule: "blue" },
      "after the promotion blue is idle",
    );
    t.is((await cli(deployTo(e, "repo/app:3"), env())).code, 0);
    t.deepEqual(await routes(), { testListener: "blue", idleRule: "blue" });
    t.is((await cli(rollback(e, "--to", "green"), env())).code, 0);
    t.deepEqual(await routes(), { testListener: "blue", idleRule: "blue" });
    t.is((await cli(rollback(e, "--to", "blue", "--force"), env())).code, 0);
    t.deepEqual(
      await routes(),
      { testListener: "green", idleRule: "green" },
      "after a rollback to blue green is idle",
    );
  },
);

test.serial(
  "rollback after a deploy: the idle color's new revision never served production, so the rollback refuses",
  async (t) => {
    const e = await fresh({ ecs: true });
    t.is((await cli(deployTo(e, "repo/app:2"), env())).code, 0);
    t.is((await cli(shiftToGreen(e, "--bake", "0"), env())).code, 0);
    t.is((await cli(deployTo(e, "repo/app:3"), env())).code, 0);
    const before = await state(e);
    t.like(before.doc.colors.blue, { served: false });
    t.regex(before.doc.colors.blue!.revision!, /securecloud-rehearsal-blue:2$/);
    t.regex(before.doc.colors.blue!.lastGood!, /securecloud-rehearsal-blue:1$/);

    const r = await cli(rollback(e), env());
    t.is(r.code, 1);
    t.is(r.stderr.split("\n").filter(Boolean).length, 1, "one line");
    t.regex(
      r.stderr,
      /^error: refusing to roll back to blue: blue runs securecloud-rehearsal-blue:2, deployed \S+ by \S+, which has never served production; the last good revision there is securecloud-rehearsal-blue:1; `securecloud traffic rollback --revision last-good` redeploys the last good revision \(minutes\), --force sends traffic to it anyway; nothing moved, traffic left at blue=0 green=100\n$/,
    );
    t.deepEqual(listenerWrites(r.writes), []);
    const after = await state(e);
    t.deepEqual(after.weights, { blue: 0, green: 100 });
    t.deepEqual(after.doc.rollout, before.doc.rollout, "the record is unchanged");
    t.like((await historyOf(moto.clientConfig(), e))[0], { command: "rollback", outcome: "refused" });

    // --force sends traffic there anyway, and says what it does.
    const forced = await cli(rollback(e, "--force"), env());
    t.is(forced.code, 0, forced.stderr);
    t.regex(
      forced.stdout,
      /warning: blue runs securecloud-rehearsal-blue:2, deployed .* which has never served production.*rolling back anyway \(--force\)/,
    );
    t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
  },
);

test.serial(
  "without a record: nothing to roll back; --to moves traffic after reading the target groups' tags",
  async (t) => {
    const e = await fresh();
    const none = await cli(rollback(e), env());
    t.is(none.code, 0, none.stderr);
    t.regex(
      none.stdout,
      /traffic already on blue \(blue=100 green=0\); no rollout is recorded, so there is nothing to roll back \(--to green moves it\)/,
    );
    t.deepEqual(writesTo(none, e.listenerArn), []);
    t.truthy((await state(e)).doc.targetGroups, "it recorded the target groups it read");
    // --to on a listener never seen: one more read (the target groups' color tags) before the write.
    const unseen = await fresh();
    const r = await cli(rollback(unseen, "--to", "green"), env());
    t.is(r.code, 0, r.stderr);
    t.deepEqual(beforeTraffic(r), {
      reads: ["DescribeListeners", "DescribeTags", "DescribeTargetHealth"],
      writes: ["UpdateItem", "ModifyListener"],
    });
    t.deepEqual((await state(unseen)).weights, { blue: 0, green: 100 });
    t.like((await state(unseen)).record, { state: "rolled-back", from: "green", to: "blue" });

    // A split listener without a record needs --to: bad input, nothing changed.
    const split = await fresh();
    await setWeights(moto.clientConfig(), split.listenerArn, split.targetGroups, { blue: 60, green: 40 });
    const refused = await cli(rollback(split), env());
    t.is(refused.code, 2);
    t.regex(
      refused.stderr,
      /^error: --to: the listener is split \(blue=60 green=40\) and has no rollout record/,
    );
    t.deepEqual(listenerWrites(refused.writes), []);
    t.false((await store(moto.clientConfig(), split).read()).exists, "the lease item it took is gone again");
    const to = await cli(rollback(split, "--to", "blue"), env());
    t.is(to.code, 0);
    t.deepEqual((await state(split)).weights, { blue: 100, green: 0 });
  },
);

test.serial(
  "a destination without healthy targets is refused unless forced; the refusal moves nothing",
  async (t) => {
    const e = await fresh();
    t.is((await cli(shiftToGreen(e, "--bake", "0"), env())).code, 0);
    await deregisterAll(moto.clientConfig(), e.targetGroups.blue);
    const r = await cli(rollback(e), env());
    t.is(r.code, 1);
    t.deepEqual(listenerWrites(r.writes), []);
    t.regex(
      r.stderr,
      /^error: refusing to roll back: blue 0\/0 healthy \(--force overrides\); nothing moved, traffic left at blue=0 green=100\n$/,
    );
    t.deepEqual((await state(e)).weights, { blue: 0, green: 100 });
    const forced = await cli(rollback(e, "--force"), env());
    t.is(forced.code, 0);
    t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
  },
);

test.serial("a rollback's dry run reads, writes nothing, and says what it would write", async (t) => {
  const e = await fresh();
  t.is((await cli(shiftToGreen(e, "--bake", "0"), env())).code, 0);
  const before = await state(e);
  const r = await cli(rollback(e, "--dry-run"), env());
  t.is(r.code, 0, r.stderr);
  t.deepEqual(r.writes, []);
  t.regex(
    r.stdout,
    /would call ModifyListener .*: blue=100 green=0 \(every other action and attribute as read\)/,
  );
  const after = await state(e);
  t.deepEqual(after.weights, before.weights);
  t.is(after.epoch, before.epoch);
});

test.serial(
  "the lease store unavailable: the rollback refuses without --force, rolls back with it",
  async (t) => {
    const e = await fresh();
    t.is((await cli(shiftToGreen(e, "--bake", "0"), env())).code, 0);
    const missing = fastEnv(moto.endpoint, { SECURECLOUD_ROLLOUT_TABLE: "no-such-table" });
    const r = await cli(rollback(e), missing);
    t.is(r.code, 1);
    t.regex(
      r.stderr,
      /could not take the rollout lease: the rollout table no-such-table does not exist; --force rolls back without it/,
    );
    t.deepEqual(listenerWrites(r.writes), []);
    const forced = await cli(rollback(e, "--force", "--to", "blue"), missing);
    t.is(forced.code, 0, forced.stderr);
    t.regex(forced.stdout, /warning: could not take the rollout lease/);
    t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
  },
);

test.serial("stickiness set on the listener survives the rollout and the rollback", async (t) => {
  const e = await fresh();
  const elb = new ElasticLoadBalancingV2Client(moto.clientConfig());
  await elb.send(
    new ModifyListenerCommand({
      ListenerArn: e.listenerArn,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: e.targetGroups.blue, Weight: 100 },
              { TargetGroupArn: e.targetGroups.green, Weight: 0 },
            ],
            TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 600 },
          },
        },
      ],
    }),
  );
  t.is((await cli(shiftToGreen(e, "--bake", "0"), env())).code, 0);
  t.is((await cli(rollback(e), env())).code, 0);
  const s = await state(e);
  t.deepEqual(s.actions[0]?.ForwardConfig?.TargetGroupStickinessConfig, {
    Enabled: true,
    DurationSeconds: 600,
  });
});
