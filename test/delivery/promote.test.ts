import { join } from "node:path";
import anyTest, { type TestFn } from "ava";
import { pauseAction } from "../../delivery/actions/pause/spec.ts";
import { promoteAction } from "../../delivery/actions/promote/spec.ts";
import { run } from "../../delivery/cli.ts";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import { planDigest } from "../../delivery/rollout/plan.ts";
import { loadPlan } from "../../delivery/rollout/plan-file.ts";
import { inputsEnv, runActionSpec, runBundleAlone } from "../helpers/actions.ts";
import {
  cli,
  fastEnv,
  historyOf,
  listenerState,
  planFiles,
  seedRollout,
  setWeights,
  shiftToGreen,
  writesTo,
} from "../helpers/delivery.ts";
import { motoForFile } from "../helpers/moto.ts";

const _ROOT = join(import.meta.dirname, "..", "..");

const test = anyTest as TestFn;
const moto = motoForFile(test);
const planFile = planFiles(test);

async function fresh(): Promise<BuiltEstate> {
  await moto.reset();
  return buildEstate(moto.clientConfig(), { ecs: false });
}

const env = () => fastEnv(moto.endpoint);
const state = (e: BuiltEstate) => listenerState(moto.clientConfig(), e);
const L = (e: BuiltEstate) => ["--listener", e.listenerArn];

const HOLD_AT_10 = `steps:
  - setWeight: 10
  - pause: {}
  - setWeight: 50
    bake: 0
  - setWeight: 100
`;

test.serial(
  "an indefinite pause holds the weight and exits 0 paused; a shift refuses while paused; promote continues to 100",
  async (t) => {
    const e = await fresh();
    const file = planFile(HOLD_AT_10);
    const r = await cli(shiftToGreen(e, "--plan", file, "--run-id", "canary-1"), env());
    t.is(r.code, 0, r.stderr);
    t.regex(r.stdout, /^paused at step 1\/3 \(blue=90 green=10\): the plan pauses here until promoted/m);
    t.deepEqual(writesTo(r, e.listenerArn), ["ModifyListener"]);
    let s = await state(e);
    t.deepEqual(s.weights, { blue: 90, green: 10 });
    t.is(s.lease, null, "a paused rollout holds no lease");
    t.is(s.doc.rollout?.state, "paused");
    t.truthy(s.doc.rollout?.pausedAt);
    t.is(s.doc.rollout?.digest, planDigest(loadPlan(file)));
    t.deepEqual(
      s.doc.rollout?.decisions.map((d) => [d.step, d.kind, d.outcome]),
      [
        [0, "weight", "done"],
        [1, "pause", "paused"],
      ],
    );
    t.like((await historyOf(moto.clientConfig(), e))[0], { command: "shift", outcome: "paused" });

    // A new shift does not run over a paused rollout (nor does a rerun of this one).
    const again = await cli(shiftToGreen(e, "--plan", file), env());
    t.is(again.code, 1);
    t.regex(
      again.stderr,
      /^error: a rollout to green is paused at step 1\/3 since .*promote.*abort.*nothing changed\n$/,
    );
    t.deepEqual(writesTo(again, e.listenerArn), []);

    const p = await cli(["traffic", "promote", ...L(e), "--actor", "sre-on-call"], env());
    t.is(p.code, 0, p.stderr);
    t.regex(p.stdout, /shifted to green: blue=0 green=100/);
    t.deepEqual(writesTo(p, e.listenerArn), ["ModifyListener", "ModifyListener"], "50% then 100%");
    s = await state(e);
    t.deepEqual(s.weights, { blue: 0, green: 100 });
    t.is(s.lease, null);
    const r2 = s.doc.rollout!;
    t.like(r2, { state: "complete", pausedAt: null, from: "blue", to: "green" });
    t.truthy(r2.completedAt);
    t.deepEqual(
      r2.decisions.map((d) => [d.step, d.kind, d.outcome]),
      [
        [0, "weight", "done"],
        [1, "pause", "paused"],
        [-1, "promote", "promoted"],
        [2, "weight", "done"],
        [3, "bake", "done"],
        [4, "weight", "done"],
      ],
    );
    t.is(r2.decisions[2]!.actor, "sre-on-call");
    t.like((await historyOf(moto.clientConfig(), e))[0], { command: "promote", outcome: "complete" });

    // Nothing paused any more: promote has nothing to do.
    const none = await cli(["traffic", "promote", ...L(e)], env());
    t.is(none.code, 1);
    t.regex(none.stderr, /no paused rollout to promote \(the last rollout is complete/);
  },
);

test.serial("abort of a paused rollout returns traffic and records the reason", async (t) => {
  const e = await fresh();
  const r = await cli(shiftToGreen(e, "--plan", planFile(HOLD_AT_10)), env());
  t.is(r.code, 0, r.stderr);
  const a = await cli(["traffic", "abort", ...L(e), "--reason", "p99 doubled at 10%"], env());
  t.is(a.code, 0, a.stderr);
  t.regex(a.stdout, /aborted, traffic back on blue \(blue=100 green=0\)/);
  t.deepEqual(writesTo(a, e.listenerArn), ["ModifyListener"]);
  const s = await state(e);
  t.deepEqual(s.weights, { blue: 100, green: 0 });
  t.like(s.doc.rollout, { state: "aborted", reason: "p99 doubled at 10%", pausedAt: null });
  t.like(s.doc.rollout?.decisions.at(-1), { step: -1, kind: "abort", outcome: "aborted" });
  t.regex(s.doc.rollout!.decisions.at(-1)!.summary, /p99 doubled at 10%/);
  t.like((await historyOf(moto.clientConfig(), e))[0], {
    command: "abort",
    outcome: "aborted",
    reason: "p99 doubled at 10%",
  });

  // Nothing in progress: abort refuses and changes nothing; without a reason it is bad input.
  const again = await cli(["traffic", "abort", ...L(e), "--reason", "again"], env());
  t.is(again.code, 1);
  t.regex(again.stderr, /^error: nothing to abort: the last rollout is aborted/);
  t.deepEqual(writesTo(again, e.listenerArn), []);
  t.is((await state(e)).lease, null);
  const bare = await cli(["traffic", "abort", ...L(e)], env());
  t.is(bare.code, 2);
  t.deepEqual(bare.calls, []);
});

test.serial(
  "promote --full: refused without --yes off a terminal; confirmed, straight to 100%",
  async (t) => {
    const e = await fresh();
    t.is((await cli(shiftToGreen(e, "--plan", planFile(HOLD_AT_10)), env())).code, 0);
    const refused = await cli(["traffic", "promote", ...L(e), "--full"], env());
    t.is(refused.code, 2);
    t.regex(refused.stderr, /^error: --full: skips the remaining steps .*--yes.*nothing changed\n$/);
    t.deepEqual(refused.calls, [], "no AWS call at all");
    t.deepEqual((await state(e)).weights, { blue: 90, green: 10 });

    // On a terminal, the prompt decides: "no" changes nothing.
    const io = (answer: string) => {
      const out: string[] = [];
      return {
        out,
        io: {
          env: env(),
          tty: true,
          ask: async () => answer,
          stdout: { write: (s: string) => out.push(s) },
          stderr: { write: (s: string) => out.push(s) },
        },
      };
    };
    const no = io("no");
    t.is(await run(["traffic", "promote", ...L(e), "--full"], no.io), 2);
    t.regex(no.out.join(""), /--full: not confirmed; nothing changed/);
    t.deepEqual((await state(e)).weights, { blue: 90, green: 10 });

    const yes = await cli(["traffic", "promote", ...L(e), "--full", "--yes"], env());
    t.is(yes.code, 0, yes.stderr);
    t.deepEqual(writesTo(yes, e.listenerArn), ["ModifyListener"], "one write: straight to 100%");
    const s = await state(e);
    t.deepEqual(s.weights, { blue: 0, green: 100 });
    t.is(s.doc.rollout?.state, "complete");
    t.regex(s.doc.rollout!.decisions.find((d) => d.kind === "promote")!.summary, /full: 2 step\(s\) skipped/);
  },
);

test.serial("traffic pause holds a running rollout at its next check; the run exits 0 paused", async (t) => {
  const e = await fresh();
  const file = planFile("steps:\n  - setWeight: 10\n    bake: 60\n  - setWeight: 100\n");
  let paused: Promise<Awaited<ReturnType<typeof cli>>> | undefined;
  const r = await cli(shiftToGreen(e, "--plan", file, "--run-id", "long-bake"), env(), (line) => {
    if (!paused && line.startsWith("step 1/2: baking"))
      paused = cli(["traffic", "pause", ...L(e), "--actor", "alice", "--run-id", "pause-1"], env());
  });
  t.is(r.code, 0, r.stderr);
  t.regex(r.stdout, /paused at step 1\/2 \(blue=90 green=10\): paused by alice/);
  const p = await paused!;
  t.is(p.code, 0, p.stderr);
  t.regex(p.stdout, /asked shift run long-bake by .* to pause[\s\S]*paused at step 1\/2/);
  t.deepEqual(writesTo(p, e.listenerArn), [], "pause never writes the listener");
  const s = await state(e);
  t.deepEqual(s.weights, { blue: 90, green: 10 });
  t.is(s.lease, null);
  t.like(s.doc.rollout?.decisions.at(-1), { step: 1, kind: "pause", outcome: "paused", actor: "alice" });

  // Paused again: nothing to do.
  const again = await cli(["traffic", "pause", ...L(e)], env());
  t.is(again.code, 0);
  t.regex(again.stdout, /already paused at step 1\/2/);
  t.deepEqual(again.writes, []);
});

test.serial("traffic pause of a rollout whose run died records it paused; promote resumes it", async (t) => {
  const e = await fresh();
  await seedRollout(moto.clientConfig(), e, { percents: [10, 50, 100], doneWeights: 1 });
  await setWeights(moto.clientConfig(), e.listenerArn, e.targetGroups, { blue: 90, green: 10 });
  const p = await cli(["traffic", "pause", ...L(e), "--actor", "bob"], env());
  t.is(p.code, 0, p.stderr);
  t.regex(p.stdout, /^paused at step 1\/3 \(blue=90 green=10\)/);
  let s = await state(e);
  t.like(s.doc.rollout, { state: "paused" });
  t.is(s.lease, null);
  const go = await cli(["traffic", "promote", ...L(e)], env());
  t.is(go.code, 0, go.stderr);
  s = await state(e);
  t.deepEqual(s.weights, { blue: 0, green: 100 });
  t.is(s.doc.rollout?.state, "complete");
  t.is(writesTo(go, e.listenerArn).length, 2, "50% and 100%: the step done is not replayed");
});

test.serial(
  "the actions: pause and promote in process; the committed abort bundle with no install",
  async (t) => {
    const e = await fresh();
    const github = { GITHUB_ACTOR: "octocat", GITHUB_RUN_ID: "77", GITHUB_RUN_ATTEMPT: "1" };
    const yml = (name: string) => `delivery/actions/${name}/action.yml`;
    t.is((await cli(shiftToGreen(e, "--plan", planFile(HOLD_AT_10)), env())).code, 0);

    const paused = await runActionSpec(
      pauseAction,
      inputsEnv(yml("pause"), { listener: e.listenerArn }),
      fastEnv(moto.endpoint, github),
    );
    t.is(paused.code, 0, paused.failed.join("\n"));
    t.like(paused.outputs, { how: "already", "rollout-state": "paused", "green-weight": "10" });

    // An action has no terminal: full without yes is refused before any AWS call.
    const refused = await runActionSpec(
      promoteAction,
      inputsEnv(yml("promote"), { listener: e.listenerArn, full: "true" }),
      fastEnv(moto.endpoint, github),
    );
    t.is(refused.code, 2);
    t.regex(refused.failed[0]!, /^--full: .*confirm with --yes/);
    t.deepEqual((await state(e)).weights, { blue: 90, green: 10 });

    // The abort bundle alone, where no node_modules exists, as abort.yml runs it.
    const abort = await runBundleAlone("abort", {
      ...fastEnv(moto.endpoint, github),
      ...inputsEnv(yml("abort"), { listener: e.listenerArn, reason: "p99 doubled" }),
    });
    t.is(abort.code, 0, abort.stdout + abort.stderr);
    t.like(abort.outputs, { "rolled-back-to": "blue", changed: "true", "rollout-state": "aborted" });
    t.regex(abort.summary, /securecloud traffic abort[\s\S]*\| reason \| p99 doubled \|/);
    t.deepEqual((await state(e)).weights, { blue: 100, green: 0 });

    const promoted = await runActionSpec(
      promoteAction,
      inputsEnv(yml("promote"), { listener: e.listenerArn }),
      fastEnv(moto.endpoint, github),
    );
    t.is(promoted.code, 1, "nothing paused any more");
    t.regex(promoted.failed[0]!, /no paused rollout to promote/);
  },
);
