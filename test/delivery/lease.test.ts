/**
 * One rollout at a time, everywhere: the rollout lease in the rollout table (DynamoDB
 * conditional writes, against moto). A second run exits 1 naming the holder; two runs started
 * together (their calls delayed by the fault proxy) end with exactly one rollout; a rollback
 * always wins and the run it preempts writes nothing more; an expired lease is taken over; the
 * history lists every run.
 */
import anyTest, { type TestFn } from "ava";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import {
  type CliRun,
  cli,
  fastEnv,
  historyOf,
  listenerState,
  seedRollout,
  setWeights,
  shiftToGreen,
  writesTo,
} from "../helpers/delivery.ts";
import { faultProxyFor } from "../helpers/fault-proxy.ts";
import { motoForFile } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test);

async function fresh(ecs = false): Promise<BuiltEstate> {
  await moto.reset();
  return buildEstate(moto.clientConfig(), { ecs });
}

const env = (extra: Record<string, string> = {}) => fastEnv(moto.endpoint, extra);
const state = (e: BuiltEstate) => listenerState(moto.clientConfig(), e);
const HELD =
  /another rollout holds the lease: shift run (\S+) by (\S+) since (\S+); it expires at (\S+) \(in \d+ s\) unless that run renews it: rerun after that to take over \(a rollback takes over at once\); nothing changed/;

test.serial(
  "a second rollout while one runs exits 1 naming the holder, since when, and how to take over",
  async (t) => {
    const e = await fresh(true);
    let second: CliRun | undefined;
    let deploy: CliRun | undefined;
    const first = await cli(
      shiftToGreen(e, "--bake", "1", "--run-id", "run-A", "--actor", "alice"),
      env(),
      async (line) => {
        if (!second && line.startsWith("step 1/3: baking")) {
          second = await cli(shiftToGreen(e, "--bake", "0", "--run-id", "run-B", "--actor", "bob"), env());
          deploy = await cli(
            [
              "deploy",
              "--cluster",
              e.cluster,
              "--listener",
              e.listenerArn,
              "--image",
              "repo/app:9",
              "--timeout",
              "5",
            ],
            env(),
          );
        }
      },
    );
    t.is(first.code, 0, first.stderr);
    t.truthy(second);
    t.is(second!.code, 1);
    const m = HELD.exec(second!.stderr);
    t.truthy(m, second!.stderr);
    t.is(m![1], "run-A");
    t.is(m![2], "alice");
    t.is(second!.stderr.trim().split("\n").length, 1, "one line");
    t.deepEqual(writesTo(second!, e.listenerArn), [], "the second run never wrote the listener");
    t.false(second!.stdout.includes("resuming"), "a live rollout is not mistaken for a crashed one");
    // The first run was not disturbed: every step baked, complete.
    t.regex(first.stdout, /step 3\/3: baking/);
    t.like((await state(e)).record, { state: "complete", runId: "run-A", step: 3 });
    t.is(deploy?.code, 1, "a deploy during the rollout is refused too");
    t.regex(deploy!.stderr, /another rollout holds the lease: shift run run-A by alice/);
    t.deepEqual(
      deploy!.writes.filter((w) => w === "RegisterTaskDefinition" || w === "UpdateService"),
      [],
    );
  },
);

test.serial(
  "two runs started together, the first one's lease write delayed: exactly one rollout happens",
  async (t) => {
    const e = await fresh();
    const proxy = await faultProxyFor(t, moto.endpoint, [
      // run-A's first UpdateItem (asking for the lease) arrives late: run-B asks after it and wins.
      {
        match: (r) =>
          r.operation === "UpdateItem" && r.body.includes("run-A") && r.body.includes("attribute_not_exists"),
        fault: { kind: "delay", ms: 1500 },
        times: 1,
      },
    ]);
    const through = fastEnv(proxy.endpoint);
    const [a, b] = await Promise.all([
      cli(shiftToGreen(e, "--bake", "0.5", "--run-id", "run-A"), through),
      (async () => {
        await new Promise((r) => setTimeout(r, 300));
        return cli(shiftToGreen(e, "--bake", "0.5", "--run-id", "run-B"), through);
      })(),
    ]);
    t.is(b.code, 0, b.stderr);
    t.is(a.code, 1);
    t.regex(a.stderr, /another rollout holds the lease: shift run run-B/);
    t.deepEqual(writesTo(a, e.listenerArn), []);
    t.deepEqual(writesTo(b, e.listenerArn), ["ModifyListener", "ModifyListener", "ModifyListener"]);
    const s = await state(e);
    t.deepEqual(s.weights, { blue: 0, green: 100 });
    t.like(s.record, { state: "complete", runId: "run-B" });
    t.is(s.lease, null);
  },
);

test.serial(
  "a rollback preempts a running rollout; the preempted run stops without writing again",
  async (t) => {
    const e = await fresh();
    let rollback: CliRun | undefined;
    let writesBefore = 0;
    const shift = await cli(shiftToGreen(e, "--bake", "5", "--run-id", "run-S"), env(), async (line) => {
      if (!rollback && line.startsWith("step 1/3: baking")) {
        rollback = await cli(
          [
            "traffic",
            "rollback",
            "--listener",
            e.listenerArn,
            "--run-id",
            "oncall-1",
            "--actor",
            "oncall",
            "--reason",
            "p99",
          ],
          env(),
        );
        writesBefore = (await state(e)).epoch;
      }
    });
    t.is(rollback?.code, 0, rollback?.stderr);
    t.regex(rollback!.stdout, /took the rollout lease from shift run run-S by \S+: that run stops/);
    t.is(shift.code, 1);
    t.regex(
      shift.stderr,
      /^error: preempted: (rollback )?run oncall-1 by oncall took the rollout lease [^;]+; this run stops and writes nothing more; traffic is now at blue=\d+ green=\d+\n$/,
    );
    // The shift wrote the listener once (step 1), never after the rollback.
    t.deepEqual(writesTo(shift, e.listenerArn), ["ModifyListener"]);
    const s = await state(e);
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.like(s.record, { state: "rolled-back", from: "blue", actor: "oncall", reason: "p99" });
    t.is(s.epoch, writesBefore, "nothing took the lease after the rollback");
    t.is(s.lease, null);
    const [last] = await historyOf(moto.clientConfig(), e);
    t.like(last, { command: "rollback", outcome: "rolled-back", actor: "oncall", runId: "oncall-1" });
  },
);

test.serial(
  "a preempted run's listener write that arrives after the rollback's is undone: traffic stays back",
  async (t) => {
    const e = await fresh();
    const window = { SECURECLOUD_WRITE_WINDOW_MS: "2500" };
    // Step 2's write (50/50) is fenced, then reaches AWS 1.2 s late; the rollback runs meanwhile.
    const proxy = await faultProxyFor(t, moto.endpoint, [
      {
        match: (r) => r.operation === "ModifyListener" && /Weight=50(&|$)/.test(r.body),
        fault: { kind: "delay", ms: 1200 },
        times: 1,
      },
    ]);
    let rollback: Promise<CliRun> | undefined;
    const watcher = setInterval(() => {
      if (
        !rollback &&
        proxy.log.some((r) => r.operation === "ModifyListener" && /Weight=50(&|$)/.test(r.body))
      ) {
        rollback = cli(
          ["traffic", "rollback", "--listener", e.listenerArn, "--run-id", "oncall-2"],
          env(window),
        );
      }
    }, 20);
    t.teardown(() => clearInterval(watcher));
    const shift = await cli(
      shiftToGreen(e, "--bake", "0.2", "--run-id", "run-S2"),
      fastEnv(proxy.endpoint, window),
    );
    const back = await rollback;
    clearInterval(watcher);
    t.truthy(back);
    t.is(back!.code, 0, back!.stderr);
    t.regex(back!.stdout, /waiting \d+ s for a listener write the preempted run had in flight/);
    t.regex(
      back!.stdout,
      /a write of the preempted run landed after the rollback \(blue=50 green=50\): writing again/,
    );
    t.is(shift.code, 1);
    t.regex(shift.stderr, /preempted: (rollback )?run oncall-2 /);
    const s = await state(e);
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.like(s.record, { state: "rolled-back", from: "blue" });
  },
);

test.serial(
  "an expired lease is taken over by the next run; the same run id takes its own back at once",
  async (t) => {
    const e = await fresh();
    // A run that died after step 1, its lease still valid for 2 s.
    await seedRollout(moto.clientConfig(), e, {
      percents: [10, 50, 100],
      doneWeights: 1,
      runId: "dead-run",
      leaseMs: 2000,
    });
    await setWeights(moto.clientConfig(), e.listenerArn, e.targetGroups, { blue: 90, green: 10 });
    const early = await cli(shiftToGreen(e, "--bake", "0", "--run-id", "other"), env());
    t.is(early.code, 1);
    t.regex(early.stderr, /another rollout holds the lease: shift run dead-run by ci/);
    t.deepEqual(writesTo(early, e.listenerArn), []);
    // The dead run's own rerun (same run id) resumes at once.
    const own = await cli(shiftToGreen(e, "--bake", "0", "--run-id", "dead-run"), env());
    t.is(own.code, 0, own.stderr);
    t.regex(own.stdout, /resuming rollout blue→green after step 1\/3/);

    const e2 = await fresh();
    await seedRollout(moto.clientConfig(), e2, {
      percents: [10, 50, 100],
      doneWeights: 1,
      runId: "dead-run",
      leaseMs: 800,
    });
    await setWeights(moto.clientConfig(), e2.listenerArn, e2.targetGroups, { blue: 90, green: 10 });
    await new Promise((r) => setTimeout(r, 1000));
    const later = await cli(shiftToGreen(e2, "--bake", "0", "--run-id", "other"), env());
    t.is(later.code, 0, later.stderr);
    t.regex(later.stdout, /resuming rollout blue→green after step 1\/3/);
    t.like((await state(e2)).record, { state: "complete", runId: "other" });
  },
);

test.serial(
  "traffic history lists every run newest first: who, what, when, from, to, outcome, run URL",
  async (t) => {
    const e = await fresh();
    const github = {
      GITHUB_RUN_ID: "901",
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_ACTOR: "ci-bot",
      GITHUB_REPOSITORY: "acme/securecloud",
    };
    t.is((await cli(shiftToGreen(e, "--bake", "0"), env(github))).code, 0);
    t.is(
      (
        await cli(
          ["traffic", "rollback", "--listener", e.listenerArn, "--reason", "latency", "--actor", "oncall"],
          env(),
        )
      ).code,
      0,
    );
    const json = await cli(["traffic", "history", "--listener", e.listenerArn, "-o", "json"], env());
    t.is(json.code, 0, json.stderr);
    const { entries } = JSON.parse(json.stdout);
    t.is(entries.length, 2);
    t.like(entries[0], {
      command: "rollback",
      outcome: "rolled-back",
      from: "green",
      to: "blue",
      actor: "oncall",
      reason: "latency",
    });
    t.like(entries[1], {
      command: "shift",
      outcome: "complete",
      from: "blue",
      to: "green",
      actor: "ci-bot",
      runId: "901-1",
      url: "https://github.com/acme/securecloud/actions/runs/901/attempts/1",
    });
    t.true(Date.parse(entries[0].at) >= Date.parse(entries[1].at));
    const text = await cli(["traffic", "history", "--listener", e.listenerArn, "--limit", "1"], env());
    t.is(text.code, 0);
    t.regex(text.stdout, /^when\s+what\s+from→to\s+outcome/);
    t.is(text.stdout.trim().split("\n").length, 2, "header and one run");
    t.regex(text.stdout, /rollback\s+green→blue\s+rolled-back/);
    const bad = await cli(["traffic", "history", "--listener", e.listenerArn, "--limit", "0"], env());
    t.is(bad.code, 2);
    t.regex(bad.stderr, /^error: --limit: 0 is outside 1\.\.1000\n$/);
  },
);
