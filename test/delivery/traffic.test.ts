/**
 * `traffic status|shift|rollback` against moto over HTTP with the real SDK clients, through the
 * same `run()` the `securecloud` binary calls. One moto server for the file, reset per test.
 */
import {
  CreateListenerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import anyTest, { type TestFn } from "ava";
import {
  type BuiltEstate,
  buildEstate,
  deregisterAll,
  putRequests,
  setAlarm,
} from "../../delivery/rehearsal/estate.ts";
import { weightsFor } from "../../delivery/rollout/weights.ts";
import {
  cli,
  fastEnv,
  historyOf,
  listenerState,
  seedRollout,
  setWeights,
  shiftToGreen,
  store,
  writesTo,
} from "../helpers/delivery.ts";
import { motoForFile } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test);

async function fresh(options: Parameters<typeof buildEstate>[1] = {}): Promise<BuiltEstate> {
  await moto.reset();
  return buildEstate(moto.clientConfig(), { ecs: false, ...options });
}

const env = () => fastEnv(moto.endpoint);
const state = (e: BuiltEstate) => listenerState(moto.clientConfig(), e);
/** Nothing changed: no write to the listener, and the rollout table as it was (here: no item). */
async function unchanged(
  t: { deepEqual: (a: unknown, b: unknown) => void; false: (v: boolean) => void },
  e: BuiltEstate,
  r: Awaited<ReturnType<typeof cli>>,
) {
  t.deepEqual(writesTo(r, e.listenerArn), []);
  t.false((await store(moto.clientConfig(), e).read()).exists);
}
const shiftArgs = (e: BuiltEstate, ...more: string[]) => shiftToGreen(e, "--bake", "0.3", ...more);

test.serial(
  "status reports weights, live color, health per color, the record and firing alarms",
  async (t) => {
    const e = await fresh({ targets: { blue: 3, green: 1 } });
    await setAlarm(
      moto.clientConfig(),
      "securecloud-rehearsal-green-unhealthy-hosts",
      "ALARM",
      "1 unhealthy host",
    );
    await setAlarm(moto.clientConfig(), "securecloud-rehearsal-cluster-cpu", "ALARM");
    const r = await cli(["traffic", "status", "--listener", e.listenerArn, "--format", "json"], env());
    t.is(r.code, 0, r.stderr);
    t.deepEqual(r.writes, []);
    const s = JSON.parse(r.stdout);
    t.deepEqual(Object.keys(s).sort(), [
      "alarms",
      "colors",
      "health",
      "lease",
      "listenerArn",
      "live",
      "rollout",
      "targetGroups",
      "weights",
    ]);
    t.is(s.listenerArn, e.listenerArn);
    t.is(s.live, "blue");
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.deepEqual(s.targetGroups, e.targetGroups);
    t.deepEqual(s.health, {
      blue: { healthy: 3, total: 3, unhealthy: 0, states: { healthy: 3 } },
      green: { healthy: 1, total: 1, unhealthy: 0, states: { healthy: 1 } },
    });
    t.is(s.rollout, null);
    t.is(s.lease, null);
    // Only the rollback-tagged alarm of this estate; the CPU alarm is not a rollback alarm.
    t.deepEqual(
      s.alarms.map((a: { name: string }) => a.name),
      ["securecloud-rehearsal-green-unhealthy-hosts"],
    );

    const text = await cli(["traffic", "status", "--listener", e.listenerArn], env());
    t.is(text.code, 0);
    t.regex(text.stdout, /live\s+blue, idle green \(blue=100 green=0\)/);
    t.regex(text.stdout, /green\s+0%\s+1\/1 healthy/);
  },
);

test.serial(
  "happy path: canary steps move all traffic to green and record the rollout complete",
  async (t) => {
    const e = await fresh();
    const r = await cli(
      shiftArgs(e, "--steps", "10,50,100", "--run-id", "run-7", "--actor", "octocat"),
      env(),
    );
    t.is(r.code, 0, r.stderr);
    t.regex(
      r.stdout,
      /step 1\/3: blue=90 green=10[\s\S]*step 2\/3: blue=50 green=50[\s\S]*step 3\/3: blue=0 green=100/,
    );
    t.deepEqual(writesTo(r, e.listenerArn), ["ModifyListener", "ModifyListener", "ModifyListener"]);
    const s = await state(e);
    t.deepEqual(s.weights, { blue: 0, green: 100 });
    t.like(s.record, {
      state: "complete",
      from: "blue",
      to: "green",
      step: 3,
      steps: [10, 50, 100],
      runId: "run-7",
    });
    t.is(s.record?.actor, "octocat");
    t.truthy(Date.parse(s.record!.startedAt) <= Date.parse(s.record!.updatedAt));

    const [entry] = await historyOf(moto.clientConfig(), e);
    t.like(entry, {
      command: "shift",
      outcome: "complete",
      from: "blue",
      to: "green",
      runId: "run-7",
      actor: "octocat",
    });
    t.is(s.lease, null, "the lease is released");

    // Shifting to where traffic already is changes nothing.
    const again = await cli(shiftArgs(e), env());
    t.is(again.code, 0);
    t.deepEqual(writesTo(again, e.listenerArn), []);
    t.regex(again.stdout, /already holds all traffic/);
    t.is((await state(e)).record?.runId, "run-7", "the record is untouched");
  },
);

test.serial("an alarm firing during a step rolls traffic back to the previous color", async (t) => {
  const e = await fresh();
  let fired = false;
  const r = await cli(shiftArgs(e, "--bake", "1"), env(), async (line) => {
    if (!fired && line.startsWith("step 2/3: baking")) {
      fired = true;
      await setAlarm(
        moto.clientConfig(),
        "securecloud-rehearsal-alb-5xx-count",
        "ALARM",
        "5xx over threshold",
      );
    }
  });
  t.true(fired);
  t.is(r.code, 1);
  t.regex(
    r.stderr,
    /^error: rolled back to blue \(blue=100 green=0\): rollback alarm securecloud-rehearsal-alb-5xx-count in ALARM/,
  );
  t.is(r.stderr.trim().split("\n").length, 1);
  const s = await state(e);
  t.deepEqual(s.weights, { blue: 100, green: 0 });
  t.like(s.record, { state: "rolled-back", from: "blue", to: "green", step: 2 });
  t.regex(s.record!.reason, /securecloud-rehearsal-alb-5xx-count in ALARM/);
});

test.serial(
  "an alarm of the color traffic leaves does not stop the shift; named alarms replace the tagged ones",
  async (t) => {
    const e = await fresh();
    await setAlarm(moto.clientConfig(), "securecloud-rehearsal-blue-unhealthy-hosts", "ALARM");
    const r = await cli(shiftArgs(e, "--bake", "0"), env());
    t.is(r.code, 0, r.stderr);
    t.regex(
      r.stdout,
      /watching 2 rollback alarm\(s\): securecloud-rehearsal-alb-5xx-count, securecloud-rehearsal-green-unhealthy-hosts/,
    );

    const e2 = await fresh();
    await setAlarm(moto.clientConfig(), "securecloud-rehearsal-cluster-cpu", "ALARM");
    const named = await cli(shiftArgs(e2, "--alarms", "securecloud-rehearsal-cluster-cpu"), env());
    t.is(named.code, 1);
    t.regex(
      named.stderr,
      /refusing to shift to green: rollback alarm securecloud-rehearsal-cluster-cpu in ALARM/,
    );
    await unchanged(t, e2, named);
  },
);

test.serial("the new color's 5xx rate above the old color's by more than the limit rolls back", async (t) => {
  const e = await fresh();
  await putRequests(moto.clientConfig(), e, "green", 200, 40);
  await putRequests(moto.clientConfig(), e, "blue", 1000, 5);
  const r = await cli(shiftArgs(e, "--max-error-rate-delta", "5"), env());
  t.is(r.code, 1);
  t.regex(
    r.stderr,
    /rolled back to blue .*5xx green 20\.0% of 200 vs blue 0\.5% of 1000: 19\.5 points above \(limit 5\)/,
  );
  t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });

  const lenient = await fresh();
  await putRequests(moto.clientConfig(), lenient, "green", 200, 40);
  const ok = await cli(shiftArgs(lenient, "--max-error-rate-delta", "25"), env());
  t.is(ok.code, 0, ok.stderr);
  t.deepEqual((await state(lenient)).weights, { blue: 0, green: 100 });
});

test.serial("green without healthy targets: the shift refuses and writes nothing", async (t) => {
  const e = await fresh({ targets: { green: 0 } });
  const r = await cli(shiftArgs(e), env());
  t.is(r.code, 1);
  await unchanged(t, e, r);
  t.regex(
    r.stderr,
    /^error: refusing to shift to green: green 0\/0 healthy: no healthy targets; nothing changed, traffic left at blue=100 green=0\n$/,
  );
  const s = await state(e);
  t.deepEqual(s.weights, { blue: 100, green: 0 });
  t.is(s.record, null);
});

test.serial("green losing its targets during a bake rolls back before more traffic moves", async (t) => {
  const e = await fresh();
  let pulled = false;
  const r = await cli(shiftArgs(e, "--bake", "1"), env(), async (line) => {
    if (!pulled && line.startsWith("step 1/3: baking")) {
      pulled = true;
      await deregisterAll(moto.clientConfig(), e.targetGroups.green);
    }
  });
  t.is(r.code, 1);
  t.regex(r.stderr, /rolled back to blue .*green 0\/0 healthy: no healthy targets/);
  t.deepEqual(
    writesTo(r, e.listenerArn),
    ["ModifyListener", "ModifyListener"],
    "step 1 and the rollback, never step 2",
  );
  t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
});

test.serial(
  "a concurrent change is detected: the shift stops, writes nothing more, and a rerun refuses",
  async (t) => {
    const e = await fresh();
    let changed = false;
    const r = await cli(shiftArgs(e, "--bake", "1"), env(), async (line) => {
      if (!changed && line.startsWith("step 1/3: baking")) {
        changed = true;
        await setWeights(moto.clientConfig(), e.listenerArn, e.targetGroups, { blue: 70, green: 30 });
      }
    });
    t.is(r.code, 1);
    t.regex(
      r.stderr,
      /stopped: .*listener holds blue=70 green=30 but this rollout last wrote blue=90 green=10: another actor changed the weights/,
    );
    // One listener write (step 1); after the other actor's change only the lease is given back.
    t.deepEqual(writesTo(r, e.listenerArn), ["ModifyListener"]);
    t.is(r.writes.at(-1), "UpdateItem", "then only the lease given back");
    const s = await state(e);
    t.deepEqual(s.weights, { blue: 70, green: 30 });
    t.like(s.record, { state: "shifting", step: 1 });
    t.is(s.lease, null);

    const rerun = await cli(shiftArgs(e, "--bake", "1"), env());
    t.is(rerun.code, 1);
    t.deepEqual(writesTo(rerun, e.listenerArn), []);
    t.regex(rerun.stderr, /another actor changed the weights/);
    t.deepEqual((await state(e)).weights, { blue: 70, green: 30 });
  },
);

/** What a run killed mid-rollout leaves behind: a shifting record and the listener at some step. */
async function interrupted(e: BuiltEstate, step: number, listenerPct: number) {
  await seedRollout(moto.clientConfig(), e, { percents: [10, 50, 100], doneWeights: step, bake: 0.3 });
  await setWeights(moto.clientConfig(), e.listenerArn, e.targetGroups, weightsFor("green", listenerPct));
}

test.serial(
  "a rerun resumes at the recorded step; a shift the other way is refused while one is in progress",
  async (t) => {
    const e = await fresh();
    await interrupted(e, 1, 10);
    const other = await cli([...shiftArgs(e).slice(0, 4), "--to", "blue"], env());
    t.is(other.code, 1);
    t.deepEqual(writesTo(other, e.listenerArn), []);
    t.regex(other.stderr, /a rollout to green is in progress \(step 1\/3, run killed-run\)/);

    // Another plan than the one recorded: refused, naming both digests; nothing written.
    const other2 = await cli(shiftArgs(e, "--steps", "20,100"), env());
    t.is(other2.code, 2);
    t.regex(
      other2.stderr,
      /^error: --steps: the rollout in progress runs plan sha256:[0-9a-f]{64}, not sha256:[0-9a-f]{64} \(--steps 20,100 --bake 0\.3\)[^\n]*nothing changed\n$/,
    );
    t.deepEqual(writesTo(other2, e.listenerArn), []);
    t.like((await state(e)).record, { state: "shifting", step: 1 });

    // Without a plan, the recorded one resumes.
    const r = await cli([...shiftArgs(e).slice(0, 6)], env());
    t.is(r.code, 0, r.stderr);
    t.regex(r.stdout, /resuming rollout blue→green after step 1\/3/);
    t.is(writesTo(r, e.listenerArn).length, 2);
    t.like((await state(e)).record, { state: "complete", step: 3 });
  },
);

test.serial(
  "a rerun after a crash between the listener write and the record write resumes after that step",
  async (t) => {
    const e = await fresh();
    await interrupted(e, 1, 50); // step 2's weights are on the listener, the record still says step 1
    const r = await cli(shiftArgs(e), env());
    t.is(r.code, 0, r.stderr);
    t.regex(r.stdout, /resuming rollout blue→green after step 2\/3 \(blue=50 green=50\)/);
    t.is(writesTo(r, e.listenerArn).length, 1);
    t.deepEqual((await state(e)).weights, { blue: 0, green: 100 });
  },
);

test.serial(
  "resuming a rollout whose new color lost its targets rolls it back (a dry run only says so)",
  async (t) => {
    const e = await fresh();
    await interrupted(e, 1, 10);
    await deregisterAll(moto.clientConfig(), e.targetGroups.green);
    const dry = await cli(shiftArgs(e, "--dry-run"), env());
    t.is(dry.code, 1);
    t.deepEqual(dry.writes, []);
    t.regex(
      dry.stderr,
      /dry run: the interrupted rollout would roll back: green 0\/0 healthy: no healthy targets/,
    );
    t.deepEqual((await state(e)).weights, { blue: 90, green: 10 });

    const r = await cli(shiftArgs(e), env());
    t.is(r.code, 1);
    t.regex(r.stderr, /rolled back to blue \(blue=100 green=0\): green 0\/0 healthy: no healthy targets/);
    t.like((await state(e)).record, { state: "rolled-back", step: 1 });
  },
);

test.serial("SIGTERM during a bake aborts the rollout: traffic goes back first", async (t) => {
  const e = await fresh();
  let sent = false;
  const r = await cli(shiftArgs(e, "--bake", "5"), env(), (line) => {
    if (!sent && line.startsWith("step 1/3: baking")) {
      sent = true;
      process.emit("SIGTERM", "SIGTERM");
    }
  });
  t.is(r.code, 1);
  t.regex(r.stderr, /rolled back to blue .*interrupted \(SIGTERM\)/);
  t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
  t.is(process.listenerCount("SIGTERM"), 0);
});

test.serial("--dry-run prints the calls it would make and makes no write", async (t) => {
  const e = await fresh();
  const s = await cli(shiftArgs(e, "--dry-run"), env());
  t.is(s.code, 0, s.stderr);
  t.deepEqual(s.writes, []);
  t.regex(s.stdout, /step 1\/3: would call ModifyListener .*: blue=90 green=10/);
  t.regex(s.stdout, /would record: rollout state=complete/);
  const r = await cli(
    ["traffic", "rollback", "--listener", e.listenerArn, "--to", "green", "--dry-run"],
    env(),
  );
  t.is(r.code, 0);
  t.deepEqual(r.writes, []);
  t.regex(r.stdout, /would call ModifyListener .*: blue=0 green=100/);
  t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });
  t.is((await state(e)).record, null);
});

test.serial("bad input exits 2 with one error line and makes no AWS write", async (t) => {
  const e = await fresh();
  const elb = new ElasticLoadBalancingV2Client(moto.clientConfig());
  const lbArn = e.loadBalancerArn;
  const tg = async (name: string, color?: string) =>
    (
      await elb.send(
        new CreateTargetGroupCommand({
          Name: name,
          Protocol: "HTTP",
          Port: 8080,
          VpcId: e.vpcId,
          TargetType: "ip",
          ...(color ? { Tags: [{ Key: "securecloud:color", Value: color }] } : {}),
        }),
      )
    ).TargetGroups![0]!.TargetGroupArn!;
  const listener = async (port: number, tgs: string[]) =>
    (
      await elb.send(
        new CreateListenerCommand({
          LoadBalancerArn: lbArn,
          Protocol: "HTTP",
          Port: port,
          DefaultActions: [
            {
              Type: "forward",
              ForwardConfig: { TargetGroups: tgs.map((a) => ({ TargetGroupArn: a, Weight: 1 })) },
            },
          ],
        }),
      )
    ).Listeners![0]!.ListenerArn!;
  const single = await listener(8081, [e.targetGroups.blue]);
  const twoBlue = await listener(8082, [e.targetGroups.blue, await tg("x-blue2", "blue")]);
  const untagged = await listener(8083, [e.targetGroups.blue, await tg("x-plain")]);
  const missing = e.listenerArn.replace(/[0-9a-f]{16}$/, "0123456789abcdef");
  const L = e.listenerArn;
  const cases: [string[], RegExp][] = [
    [
      ["traffic", "shift", "--listener", "arn:aws:nope", "--to", "green"],
      /--listener: .*not an ALB listener ARN/,
    ],
    [["traffic", "shift", "--listener", L, "--to", "purple"], /--to: unknown color "purple"/],
    [["traffic", "shift", "--listener", L], /--to: is required/],
    [
      ["traffic", "shift", "--listener", L, "--to", "green", "--steps", "50,10"],
      /--steps: steps must increase/,
    ],
    [
      ["traffic", "shift", "--listener", L, "--to", "green", "--steps", "0,100"],
      /--steps: 0 is outside 1\.\.100/,
    ],
    [["traffic", "shift", "--listener", L, "--to", "green", "--steps", "10,150"], /--steps: 150 is outside/],
    [["traffic", "shift", "--listener", L, "--to", "green", "--bake", "-5"], /--bake: must not be negative/],
    [
      ["traffic", "shift", "--listener", L, "--to", "green", "--max-error-rate-delta", "x"],
      /--max-error-rate-delta/,
    ],
    [
      ["traffic", "shift", "--listener", L, "--to", "green", "--alarms", "no-such-alarm"],
      /--alarms: no CloudWatch alarm named no-such-alarm/,
    ],
    [
      ["traffic", "shift", "--listener", L, "--to", "green", "--bogus"],
      /--bogus: unknown flag \(see securecloud traffic shift --help\)/,
    ],
    [["traffic", "shift", "--listener", L, "--to", "green", "--format", "yaml"], /--format: unknown format/],
    [["traffic", "rollback", "--listener", L, "--to", "red"], /--to: unknown color/],
    [["traffic", "rollback", "--listener", single], /--listener: forwards to 1 target group/],
    [["traffic", "shift", "--listener", single, "--to", "green"], /--listener: forwards to 1 target group/],
    [
      ["traffic", "shift", "--listener", twoBlue, "--to", "green"],
      /expected exactly one tagged securecloud:color=blue and one =green/,
    ],
    [["traffic", "rollback", "--listener", untagged, "--to", "blue"], /x-plain\/[0-9a-f]+ \(no color tag\)/],
    [["traffic", "status", "--listener", missing], /--listener: no listener .*ListenerNotFound/],
    [["traffic", "rollback", "--listener", missing], /--listener: no listener/],
    [["traffic", "teleport", "--listener", L], /command: unknown command "traffic teleport"/],
    [
      ["deploy", "--listener", L, "--cluster", "c", "--image", "not an image"],
      /--image: "not an image" is not a container image reference/,
    ],
    [["deploy", "--listener", L, "--image", "repo/app:2"], /--cluster: is required/],
    [
      ["deploy", "--listener", L, "--cluster", "c", "--image", "repo/app:2", "--timeout", "0"],
      /--timeout: must be at least 1/,
    ],
  ];
  for (const [argv, message] of cases) {
    const r = await cli(argv, env());
    t.is(r.code, 2, `${argv.join(" ")}: ${r.stderr}`);
    t.regex(r.stderr, /^error: [^\n]+\n$/, argv.join(" "));
    t.regex(r.stderr, message, argv.join(" "));
    // Nothing changed: no listener written; a rollback's lease taken at once is put back.
    t.deepEqual(
      r.writes.filter((w) => !["UpdateItem", "DeleteItem"].includes(w)),
      [],
      argv.join(" "),
    );
    t.false(
      (await store(moto.clientConfig(), { ...e, listenerArn: argv[3]! }).read()).exists,
      argv.join(" "),
    );
  }
  const s = await state(e);
  t.deepEqual(s.weights, { blue: 100, green: 0 });
  t.is(s.record, null);
});
