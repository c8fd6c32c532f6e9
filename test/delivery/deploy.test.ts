/**
 * `deploy` against moto (MOTO_ECS_SERVICE_RUNNING=2 so ECS reports running tasks): the idle
 * color's service gets a new task definition revision with only the image replaced, and the
 * command waits for the deployment and healthy targets. Production traffic is never touched.
 * What moto cannot do (an ECS circuit breaker stopping a deployment) is injected by rewriting
 * DescribeServices answers in the fault proxy.
 */
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  UpdateServiceCommand,
} from "@aws-sdk/client-ecs";
import anyTest, { type TestFn } from "ava";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import {
  cli,
  fastEnv,
  historyOf,
  listenerState,
  seedRollout,
  setWeights,
  store,
} from "../helpers/delivery.ts";
import { faultProxyFor } from "../helpers/fault-proxy.ts";
import { motoForFile } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test, { env: { MOTO_ECS_SERVICE_RUNNING: "2" } });

async function fresh(options: Parameters<typeof buildEstate>[1] = {}): Promise<BuiltEstate> {
  await moto.reset();
  return buildEstate(moto.clientConfig(), { alarms: false, ...options });
}

const IMAGE = "registry.example.com/securecloud/service:2.0.0";
const deployArgs = (e: BuiltEstate, ...more: string[]) => [
  "deploy",
  "--cluster",
  e.cluster,
  "--listener",
  e.listenerArn,
  "--image",
  IMAGE,
  ...more,
];
const env = () => fastEnv(moto.endpoint);
/** The writes a deploy makes to ECS and to the production listener (not the lease or the routes). */
const deployWrites = (writes: string[]) =>
  writes.filter((w) => ["RegisterTaskDefinition", "UpdateService", "AddTags"].includes(w));

/**
 * moto in front of a fault proxy that rewrites the answers of the deploy's waits
 * (DescribeServices without `include`): what moto cannot do, such as a circuit breaker.
 */
const rewritingDeployments = (t: { teardown(fn: () => unknown): void }, fn: (body: string) => string) =>
  faultProxyFor(t, moto.endpoint, [
    {
      match: (r) => r.operation === "DescribeServices" && !r.body.includes('"include"'),
      fault: { kind: "rewrite", fn },
    },
  ]);

async function serviceTd(e: BuiltEstate, color: "blue" | "green") {
  const ecs = new ECSClient(moto.clientConfig());
  const s = await ecs.send(
    new DescribeServicesCommand({ cluster: e.cluster, services: [e.services[color]] }),
  );
  const arn = s.services![0]!.taskDefinition!;
  const td = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ["TAGS"] }));
  return { arn, td: td.taskDefinition!, tags: td.tags, service: s.services![0]! };
}

test.serial(
  "deploys the image to the idle color's service: new revision, only the image replaced",
  async (t) => {
    const e = await fresh();
    const before = await serviceTd(e, "green");
    const blueBefore = await serviceTd(e, "blue");
    const r = await cli(deployArgs(e, "--format", "json"), env());
    t.is(r.code, 0, r.stderr);
    t.deepEqual(deployWrites(r.writes), ["RegisterTaskDefinition", "UpdateService"]);
    t.regex(r.stderr, /deploying registry\.example\.com\/securecloud\/service:2\.0\.0 to idle green/);
    t.regex(
      r.stderr,
      /green: deployment ecs-svc\/\d+ COMPLETED, running 2\/2, 1 deployment\(s\); green 2\/2 healthy/,
    );
    const out = JSON.parse(r.stdout);
    t.like(out, { exitCode: 0, color: "green", live: "blue", image: IMAGE, service: e.services.green });

    const after = await serviceTd(e, "green");
    t.is(out.taskDefinitionArn, after.arn);
    t.not(after.arn, before.arn);
    t.is(after.td.revision, (before.td.revision ?? 0) + 1);
    const app = after.td.containerDefinitions!.find((c) => c.name === "app")!;
    t.is(app.image, IMAGE);
    // Everything else is the old definition: other containers, environment, sizes, tags.
    t.deepEqual(
      after.td.containerDefinitions!.map((c) => (c.name === "app" ? { ...c, image: "x" } : c)),
      before.td.containerDefinitions!.map((c) => (c.name === "app" ? { ...c, image: "x" } : c)),
    );
    for (const k of ["family", "cpu", "memory", "networkMode", "requiresCompatibilities"] as const) {
      t.deepEqual(after.td[k], before.td[k], k);
    }
    t.deepEqual(after.tags, before.tags);
    // The live color and production traffic are untouched.
    t.is((await serviceTd(e, "blue")).arn, blueBefore.arn);
    const s = await listenerState(moto.clientConfig(), e);
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.is(s.record, null, "no rollout started");
    t.deepEqual(s.doc.colors.green, {
      revision: after.arn,
      served: false,
      lastGood: null,
      lastGoodAt: null,
      deployedAt: s.doc.colors.green!.deployedAt,
      deployedBy: "unknown",
    });
    t.like(s.doc.colors.blue, { revision: blueBefore.arn, served: true, lastGood: blueBefore.arn });
    t.is(s.lease, null);
    t.like((await historyOf(moto.clientConfig(), e))[0], {
      command: "deploy",
      outcome: "deployed",
      to: "green",
      revision: after.arn,
    });

    // Rerun with the same image: already there, nothing registered again.
    const again = await cli(deployArgs(e), env());
    t.is(again.code, 0, again.stderr);
    t.deepEqual(deployWrites(again.writes), []);
    t.regex(again.stdout, /green already runs registry\.example\.com\/securecloud\/service:2\.0\.0/);
  },
);

test.serial("the idle color follows the traffic: with green live, blue is deployed", async (t) => {
  const e = await fresh();
  await setWeights(moto.clientConfig(), e.listenerArn, e.targetGroups, { blue: 0, green: 100 });
  const blueBefore = await serviceTd(e, "blue");
  const r = await cli(deployArgs(e), env());
  t.is(r.code, 0, r.stderr);
  const blue = await serviceTd(e, "blue");
  t.not(blue.arn, blueBefore.arn);
  t.is(blue.td.containerDefinitions!.find((c) => c.name === "app")!.image, IMAGE);
  t.regex(r.stdout, /deployed .* to blue/);
});

test.serial("an idle service scaled to zero is scaled to the live service's size", async (t) => {
  const e = await fresh();
  const ecs = new ECSClient(moto.clientConfig());
  await ecs.send(
    new UpdateServiceCommand({ cluster: e.cluster, service: e.services.green, desiredCount: 0 }),
  );
  const r = await cli(deployArgs(e), env());
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, /desired count 2/);
  t.is((await serviceTd(e, "green")).service.desiredCount, 2);
});

test.serial("deploy refuses while traffic is split or a rollout is in progress", async (t) => {
  const e = await fresh();
  await setWeights(moto.clientConfig(), e.listenerArn, e.targetGroups, { blue: 50, green: 50 });
  const r = await cli(deployArgs(e), env());
  t.is(r.code, 1);
  t.deepEqual(deployWrites(r.writes), []);
  t.regex(
    r.stderr,
    /^error: deploy to the idle color failed: traffic is split \(blue=50 green=50\), so no color is idle; .*production traffic untouched \(blue=50 green=50\)\n$/,
  );

  // A rollout killed before it moved any weight: the listener is 100/0 but the record says shifting.
  await setWeights(moto.clientConfig(), e.listenerArn, e.targetGroups, { blue: 100, green: 0 });
  await seedRollout(moto.clientConfig(), e, { percents: [10, 100], doneWeights: 0, runId: "r1" });
  const during = await cli(deployArgs(e), env());
  t.is(during.code, 1);
  t.deepEqual(deployWrites(during.writes), []);
  t.regex(
    during.stderr,
    /a rollout blue→green is in progress \(step 0\/2, run r1\); finish it or roll back first/,
  );

  // A rollout paused before its first weight: green is idle by the listener but is the
  // rollout's canary; a deploy there would swap the image the promote goes on to.
  await seedRollout(moto.clientConfig(), e, {
    percents: [10, 100],
    doneWeights: 0,
    runId: "r2",
    state: "paused",
  });
  const paused = await cli(deployArgs(e), env());
  t.is(paused.code, 1);
  t.deepEqual(deployWrites(paused.writes), []);
  t.regex(paused.stderr, /a rollout blue→green is paused \(step 0\/2, run r2\); promote or abort it first/);
});

test.serial("bad deploy input exits 2 and writes nothing", async (t) => {
  const e = await fresh();
  const cases: [string[], RegExp][] = [
    [
      deployArgs(e, "--container", "web"),
      /--container: no container "web" in securecloud-rehearsal-green:1 \(containers: app, log-router\)/,
    ],
    [
      ["deploy", "--cluster", "no-such-cluster", "--listener", e.listenerArn, "--image", IMAGE],
      /--cluster: no ECS cluster no-such-cluster/,
    ],
  ];
  for (const [argv, message] of cases) {
    const r = await cli(argv, env());
    t.is(r.code, 2, r.stderr);
    t.regex(r.stderr, /^error: [^\n]+\n$/);
    t.regex(r.stderr, message);
    // Nothing changed: no ECS or listener write, and the lease asked for is given back.
    t.deepEqual(deployWrites(r.writes), []);
    t.false((await store(moto.clientConfig(), e).read()).exists);
  }
});

test.serial(
  "targets that never become healthy: bounded wait, then failure with traffic untouched",
  async (t) => {
    const e = await fresh({ targets: { green: 0 } });
    const started = Date.now();
    const r = await cli(deployArgs(e, "--timeout", "1"), env());
    t.true(Date.now() - started < 8000);
    t.is(r.code, 1);
    t.regex(
      r.stderr,
      /^error: deploy to green failed: timed out after 1 s: green 0\/0 healthy \(need 2\); production traffic untouched \(blue=100 green=0\)\n$/,
    );
    t.deepEqual(deployWrites(r.writes), ["RegisterTaskDefinition", "UpdateService"]);
    t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, {
      blue: 100,
      green: 0,
    });
  },
);

test.serial("a deployment stopped by the ECS circuit breaker fails the deploy and says why", async (t) => {
  const e = await fresh();
  const proxy = await rewritingDeployments(t, (body) =>
    body
      .replace(/"rolloutState": ?"COMPLETED"/g, '"rolloutState": "FAILED"')
      .replace(
        /"rolloutStateReason": ?"[^"]*"/g,
        '"rolloutStateReason": "ECS deployment circuit breaker: tasks failed to start."',
      ),
  );
  const r = await cli(deployArgs(e), fastEnv(proxy.endpoint));
  t.is(r.code, 1);
  t.regex(
    r.stderr,
    /failed: ECS deployment circuit breaker: tasks failed to start\. \(the ECS circuit breaker stopped it\); production traffic untouched \(blue=100 green=0\)/,
  );
  t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, {
    blue: 100,
    green: 0,
  });
});

test.serial("a deployment that never completes times out with progress printed", async (t) => {
  const e = await fresh();
  const proxy = await rewritingDeployments(t, (body) =>
    body
      .replace(/"rolloutState": ?"COMPLETED"/g, '"rolloutState": "IN_PROGRESS"')
      .replace(/"runningCount": ?2/g, '"runningCount": 1'),
  );
  const r = await cli(deployArgs(e, "--timeout", "1"), fastEnv(proxy.endpoint));
  t.is(r.code, 1);
  t.regex(r.stdout, /green: deployment ecs-svc\/\d+ IN_PROGRESS, running 1\/2/);
  t.regex(r.stderr, /timed out after 1 s: deployment IN_PROGRESS/);
});

test.serial("deploy --dry-run reads but registers and updates nothing", async (t) => {
  const e = await fresh();
  const before = await serviceTd(e, "green");
  const r = await cli(deployArgs(e, "--dry-run"), env());
  t.is(r.code, 0, r.stderr);
  t.deepEqual(r.writes, []);
  t.regex(
    r.stdout,
    /would call RegisterTaskDefinition family=securecloud-rehearsal-green: app image registry/,
  );
  t.regex(r.stdout, /would call UpdateService securecloud-rehearsal-green/);
  t.is((await serviceTd(e, "green")).arn, before.arn);
});
