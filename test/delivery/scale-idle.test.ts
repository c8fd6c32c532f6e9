/**
 * An idle color that costs nothing, against moto (ECS UpdateService, Application Auto Scaling
 * Describe/RegisterScalableTarget): `traffic scale-idle` scales the old color to zero only once
 * the last rollout is complete and its rollback window has passed, and records what it
 * changed; a rollback inside the window touches neither ECS nor autoscaling; a rollback after
 * it scales the old color up, waits for healthy targets, then moves traffic; deploy scales
 * the idle color up before its wait. ECS starting tasks is played by registering targets when
 * the command says it is scaling up (moto registers no targets for tasks).
 */
import {
  ApplicationAutoScalingClient,
  DescribeScalableTargetsCommand,
  RegisterScalableTargetCommand,
} from "@aws-sdk/client-application-auto-scaling";
import { DescribeServicesCommand, ECSClient } from "@aws-sdk/client-ecs";
import anyTest, { type TestFn } from "ava";
import type { Color } from "../../common/conventions.ts";
import {
  type BuiltEstate,
  buildEstate,
  deregisterAll,
  registerTargets,
} from "../../delivery/rehearsal/estate.ts";
import type { RolloutDoc } from "../../delivery/rollout/record.ts";
import { allOn, type Weights } from "../../delivery/rollout/weights.ts";
import { type CliRun, cli, fastEnv, listenerState, setWeights, store } from "../helpers/delivery.ts";
import { faultProxyFor } from "../helpers/fault-proxy.ts";
import { motoForFile } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test, { env: { MOTO_ECS_SERVICE_RUNNING: "2" } });
const env = (endpoint = moto.endpoint) => fastEnv(endpoint);
const MIN = 2;
const MAX = 6;

/** The estate as the stacks leave it: each color's service with an autoscaling target (min 2). */
async function fresh(): Promise<BuiltEstate> {
  await moto.reset();
  const e = await buildEstate(moto.clientConfig(), { alarms: false });
  const scaling = new ApplicationAutoScalingClient(moto.clientConfig());
  for (const color of ["blue", "green"] as const) {
    await scaling.send(
      new RegisterScalableTargetCommand({
        ServiceNamespace: "ecs",
        ResourceId: `service/${e.cluster}/${e.services[color]}`,
        ScalableDimension: "ecs:service:DesiredCount",
        MinCapacity: MIN,
        MaxCapacity: MAX,
      }),
    );
  }
  return e;
}

/** The record a complete blue → green rollout leaves, `minutesAgo` after completion. */
async function completed(
  e: BuiltEstate,
  minutesAgo: number,
  extra: { delaySeconds?: number; state?: string; legacy?: boolean; weights?: Weights } = {},
) {
  await setWeights(moto.clientConfig(), e.listenerArn, e.targetGroups, extra.weights ?? allOn("green"));
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const held = await store(moto.clientConfig(), e).acquire(
    { id: "seed", runId: "seed", actor: "ci", command: "shift", url: "" },
    60_000,
  );
  const rev = (color: Color) =>
    `arn:aws:ecs:us-east-1:123456789012:task-definition/securecloud-test-${color}:1`;
  const doc: RolloutDoc = {
    rollout: {
      state: (extra.state ?? "complete") as "complete",
      from: "blue",
      to: "green",
      plan: [{ kind: "weight", percent: 100 }],
      done: 1,
      weights: allOn("green"),
      startedAt: at,
      updatedAt: at,
      reason: "",
      runId: "seed",
      actor: "ci",
      url: "",
      revision: rev("green"),
      ...(extra.legacy
        ? {}
        : { completedAt: at, scaleDownDelaySeconds: extra.delaySeconds ?? 1800, decisions: [] }),
      // A record as an older version wrote it (legacy) lacks the newer fields; reading defaults them.
    } as unknown as RolloutDoc["rollout"],
    targetGroups: e.targetGroups,
    fingerprint: null,
    colors: {
      blue: {
        revision: rev("blue"),
        served: true,
        lastGood: rev("blue"),
        lastGoodAt: at,
        deployedAt: null,
        deployedBy: null,
      },
      green: {
        revision: rev("green"),
        served: true,
        lastGood: rev("green"),
        lastGoodAt: at,
        deployedAt: null,
        deployedBy: null,
      },
    },
    routes: null,
  };
  await held.save(doc);
  await held.release();
}

async function sizeOf(e: BuiltEstate, color: Color) {
  const ecs = new ECSClient(moto.clientConfig());
  const scaling = new ApplicationAutoScalingClient(moto.clientConfig());
  const s = await ecs.send(
    new DescribeServicesCommand({ cluster: e.cluster, services: [e.services[color]] }),
  );
  const t = await scaling.send(
    new DescribeScalableTargetsCommand({
      ServiceNamespace: "ecs",
      ResourceIds: [`service/${e.cluster}/${e.services[color]}`],
    }),
  );
  const target = t.ScalableTargets![0]!;
  return { desired: s.services![0]!.desiredCount, min: target.MinCapacity, max: target.MaxCapacity };
}

const scaleIdle = (e: BuiltEstate, ...more: string[]) =>
  cli(
    ["traffic", "scale-idle", "--cluster", e.cluster, "--listener", e.listenerArn, "-o", "json", ...more],
    env(),
  );
const json = (r: CliRun) => JSON.parse(r.stdout) as Record<string, unknown>;
const ecsOrScalingCalls = (r: CliRun) =>
  r.calls
    .filter((c) => c.service === "ecs" || c.service === "application-autoscaling")
    .map((c) => c.operation);

test.serial(
  "after the rollback window: the old color to 0 tasks and minimum 0, recorded; a second run changes nothing",
  async (t) => {
    const e = await fresh();
    await completed(e, 31);
    const r = await scaleIdle(e);
    t.is(r.code, 0, r.stderr);
    const out = json(r);
    t.is(out.action, "scaled-down");
    t.is(out.color, "blue");
    t.deepEqual(await sizeOf(e, "blue"), { desired: 0, min: 0, max: MAX });
    t.deepEqual(await sizeOf(e, "green"), { desired: 2, min: MIN, max: MAX }, "the live color is untouched");
    const state = await listenerState(moto.clientConfig(), e);
    t.like(state.doc.colors.blue?.scaledDown, { desiredCount: 2, minCapacity: MIN, cluster: e.cluster });
    t.regex(String(state.doc.colors.blue?.scaledDown?.service), new RegExp(`${e.services.blue}$`));
    t.is(state.doc.colors.green?.scaledDown ?? null, null);
    t.is(state.lease, null, "the lease is released");
    t.deepEqual(state.weights, allOn("green"));
    const decisions = (state.doc.rollout as unknown as { decisions: { kind: string; step: number }[] })
      .decisions;
    t.like(decisions.at(-1), { kind: "scale-down", step: -1 });
    // The order matters: the minimum first, or autoscaling starts the tasks again.
    const writes = r.writes.filter((w) => ["RegisterScalableTarget", "UpdateService"].includes(w));
    t.deepEqual(writes, ["RegisterScalableTarget", "UpdateService"]);

    const again = await scaleIdle(e);
    t.is(again.code, 0);
    t.is(json(again).action, "already-scaled-down");
    t.deepEqual(again.writes, [], "idempotent: no write at all");
    t.deepEqual(
      (await listenerState(moto.clientConfig(), e)).doc.colors.blue?.scaledDown,
      state.doc.colors.blue?.scaledDown,
    );
  },
);

test.serial(
  "inside the window, or when the record has no complete rollout, it skips and writes nothing",
  async (t) => {
    const e = await fresh();
    await completed(e, 10);
    const open = await scaleIdle(e);
    t.is(open.code, 0);
    t.is(json(open).action, "skipped");
    t.regex(String(json(open).reason), /rollback window is open until .* \(1800 s after completion\)/);
    t.deepEqual(open.writes, []);
    t.deepEqual(await sizeOf(e, "blue"), { desired: 2, min: MIN, max: MAX });

    // The plan's own delay is read from the record.
    await completed(e, 10, { delaySeconds: 300 });
    t.is(json(await scaleIdle(e)).action, "scaled-down");

    for (const state of ["shifting", "rolled-back", "paused"]) {
      const f = await fresh();
      await completed(f, 120, { state });
      const r = await scaleIdle(f);
      t.is(json(r).action, "skipped", state);
      t.regex(String(json(r).reason), new RegExp(`the last rollout is ${state}`));
      t.deepEqual(r.writes, [], state);
    }
  },
);

test.serial("a record written before completedAt existed: updatedAt plus the default delay", async (t) => {
  const e = await fresh();
  await completed(e, 20, { legacy: true });
  t.is(json(await scaleIdle(e)).action, "skipped");
  await completed(e, 31, { legacy: true });
  t.is(json(await scaleIdle(e)).action, "scaled-down");
});

test.serial("traffic not all on the new color, or the lease held: nothing is scaled", async (t) => {
  const e = await fresh();
  await completed(e, 60, { weights: { blue: 10, green: 90 } });
  const split = await scaleIdle(e);
  t.is(json(split).action, "skipped");
  t.regex(String(json(split).reason), /traffic is not all on green/);
  t.deepEqual(split.writes, []);

  await completed(e, 60);
  await store(moto.clientConfig(), e).acquire(
    { id: "deploy-run", runId: "deploy-run", actor: "ci", command: "deploy", url: "" },
    60_000,
  );
  const held = await scaleIdle(e);
  t.is(held.code, 0);
  t.is(json(held).action, "skipped");
  t.regex(String(json(held).reason), /holds the rollout lease/);
  t.deepEqual(
    ecsOrScalingCalls(held).filter((o) => !o.startsWith("Describe") && !o.startsWith("List")),
    [],
  );
  t.deepEqual(await sizeOf(e, "blue"), { desired: 2, min: MIN, max: MAX });
});

test.serial(
  "--dry-run says what it would do and writes nothing; bad input is one line, exit 2",
  async (t) => {
    const e = await fresh();
    await completed(e, 45);
    const dry = await scaleIdle(e, "--dry-run");
    t.is(dry.code, 0);
    t.is(json(dry).action, "would-scale-down");
    t.deepEqual(dry.writes, []);
    t.deepEqual(await sizeOf(e, "blue"), { desired: 2, min: MIN, max: MAX });

    const bad = await cli(["traffic", "scale-idle", "--listener", e.listenerArn], env());
    t.is(bad.code, 2);
    t.is(bad.stderr, "error: --cluster: is required\n");
    t.deepEqual(bad.calls, []);
    const wrong = await cli(
      ["traffic", "scale-idle", "--listener", e.listenerArn, "--cluster", "no-such"],
      env(),
    );
    t.is(wrong.code, 2);
    t.regex(wrong.stderr, /^error: --cluster: no ECS cluster no-such/);
    t.deepEqual(wrong.writes, []);
  },
);

const rollbackArgs = (e: BuiltEstate, ...more: string[]) => [
  "traffic",
  "rollback",
  "--listener",
  e.listenerArn,
  ...more,
];

test.serial("rollback inside the window stays instant: no ECS or autoscaling call", async (t) => {
  const e = await fresh();
  await completed(e, 5);
  const r = await cli(rollbackArgs(e), env());
  t.is(r.code, 0, r.stderr);
  t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, allOn("blue"));
  t.deepEqual(ecsOrScalingCalls(r), []);
  t.notRegex(r.stdout, /scaled to zero/);
});

test.serial(
  "rollback after the window scales the old color up, waits for healthy targets, then moves traffic",
  async (t) => {
    const e = await fresh();
    await completed(e, 31);
    t.is((await scaleIdle(e)).code, 0);
    await deregisterAll(moto.clientConfig(), e.targetGroups.blue); // ECS stopped blue's tasks
    let started = false;
    const r = await cli(rollbackArgs(e), env(), async (line) => {
      if (line.startsWith("scaled ") && !started) {
        started = true; // ECS starts the tasks and registers them
        await registerTargets(moto.clientConfig(), e.targetGroups.blue, 2, 40);
      }
    });
    t.is(r.code, 0, r.stderr);
    t.regex(r.stdout, /blue is scaled to zero: scaling to 2 tasks first, usually 60–120 s/);
    t.deepEqual(await sizeOf(e, "blue"), { desired: 2, min: MIN, max: MAX });
    const state = await listenerState(moto.clientConfig(), e);
    t.deepEqual(state.weights, allOn("blue"));
    t.is(state.doc.colors.blue?.scaledDown, null, "nothing held at zero any more");
    // Traffic moved only after the scale-up and a health read that found the targets.
    const ops = r.calls.map((c) => c.operation);
    const scaled = ops.indexOf("UpdateService");
    const moved = ops.indexOf("ModifyListener");
    t.true(ops.indexOf("RegisterScalableTarget") >= 0 && scaled > 0 && moved > scaled, ops.join(","));
    t.true(ops.slice(scaled, moved).includes("DescribeTargetHealth"));
  },
);

test.serial(
  "rollback after the window refuses when the old color does not come back; traffic stays",
  async (t) => {
    const e = await fresh();
    await completed(e, 31);
    t.is((await scaleIdle(e)).code, 0);
    // The ECS circuit breaker stops the deployment (what moto cannot do): rewritten answers.
    const proxy = await faultProxyFor(t, moto.endpoint, [
      {
        match: (req) => req.operation === "DescribeServices",
        fault: {
          kind: "rewrite",
          fn: (body) =>
            body
              .replaceAll('"rolloutState": "COMPLETED"', '"rolloutState": "FAILED"')
              .replaceAll('"rolloutState":"COMPLETED"', '"rolloutState":"FAILED"'),
        },
      },
    ]);
    const r = await cli(rollbackArgs(e), env(proxy.endpoint));
    t.is(r.code, 1);
    t.regex(
      r.stderr,
      /refusing to roll back: blue was scaled to zero and did not come back: deployment .* failed/,
    );
    t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, allOn("green"));
    t.false(r.writes.includes("ModifyListener"));
  },
);

test.serial("deploy to a color scaled to zero restores its minimum and count before its wait", async (t) => {
  const e = await fresh();
  await completed(e, 31);
  t.is((await scaleIdle(e)).code, 0);
  await deregisterAll(moto.clientConfig(), e.targetGroups.blue);
  let started = false;
  const r = await cli(
    ["deploy", "--cluster", e.cluster, "--listener", e.listenerArn, "--image", "registry.example.com/s:3"],
    env(),
    async (line) => {
      if (line.startsWith("updated ") && !started) {
        started = true;
        await registerTargets(moto.clientConfig(), e.targetGroups.blue, 2, 41);
      }
    },
  );
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, /restored blue's autoscaling minimum to 2/);
  t.regex(r.stdout, /blue is scaled to zero: scaling to 2 tasks first/);
  t.deepEqual(await sizeOf(e, "blue"), { desired: 2, min: MIN, max: MAX });
  const ops = r.writes;
  t.true(ops.indexOf("RegisterScalableTarget") < ops.indexOf("UpdateService"), ops.join(","));
  t.is((await listenerState(moto.clientConfig(), e)).doc.colors.blue?.scaledDown, null);
  t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, allOn("green"), "production untouched");
});
