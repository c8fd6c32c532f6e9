/**
 * The actions run end to end the way GitHub runs them, from the workflows' own `with:`
 * inputs: INPUT_* environment, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. The rollback runs
 * from its committed bundle with no install; the other actions from the bundles their job's
 * own build step makes. AWS is moto; the static gate reads a real synthesized estate.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import test from "ava";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import { runActionScript } from "../helpers/actions.ts";
import { startAlb } from "../helpers/alb.ts";
import { fastEnv, listenerState, seedRollout, setWeights } from "../helpers/delivery.ts";
import { synthEstate } from "../helpers/estate.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";
import { startApp } from "../service/helpers.ts";
import {
  evaluate,
  findStep,
  interpolate,
  load,
  ROOT,
  type Step,
  stepInputsEnv,
  type Workflow,
} from "./workflow.ts";

let moto: Moto;
const work = mkdtempSync(join(tmpdir(), "sc-actions-e2e-"));
test.before(async () => {
  // ECS in moto reports the services' tasks as running, as the deploy step waits for that.
  moto = await startMoto({ env: { MOTO_ECS_SERVICE_RUNNING: "2" } });
});
test.after.always(async () => {
  await moto?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Runs a `uses: ./...` step from its bundle with the workflow's own inputs. */
function runStep(step: Step, context: Record<string, string>, env: NodeJS.ProcessEnv, cwd: string) {
  const actionDir = step.uses!.replace(/^\.\//, "");
  return runActionScript(
    join(ROOT, actionDir, "dist", "index.js"),
    { ...env, ...stepInputsEnv(step, context, join(actionDir, "action.yml")) },
    { cwd },
  );
}

/**
 * Runs the job's step that builds its actions (`node scripts/bundle.mjs ...`), as the runner
 * would after the job's install: only the rollback and abort bundles are committed.
 */
function buildActions(workflow: Workflow, jobId: string): void {
  const step = workflow.jobs[jobId]!.steps!.find((s) => /scripts\/bundle\.mjs/.test(s.run ?? ""));
  if (!step) throw new Error(`job ${jobId} has no step that builds its actions`);
  execFileSync("bash", ["-e", "-c", step.run!], { cwd: ROOT, stdio: "ignore" });
}

/** Runs a `run:` step with bash and its `env:` interpolated from the context. */
async function runScript(step: Step, context: Record<string, string>): Promise<string> {
  const summary = join(mkdtempSync(join(work, "script-")), "summary");
  writeFileSync(summary, "");
  const env = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), context)]),
  );
  const child = spawn("bash", ["-e", "-c", step.run!], {
    env: { PATH: process.env.PATH, GITHUB_STEP_SUMMARY: summary, ...env },
    stdio: "ignore",
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`run step exited ${code}`);
  return readFileSync(summary, "utf8");
}

test.serial(
  "rollback.yml: the on-call dispatch puts traffic back with who and why recorded, and summarises it",
  async (t) => {
    await moto.reset();
    const estate: BuiltEstate = await buildEstate(moto.clientConfig(), { env: "prod" });
    // A rollout to green is under way (step 1 of 3 written, its run holding the lease): the
    // on-call's rollback stops it and puts traffic back on blue.
    await seedRollout(moto.clientConfig(), estate, {
      percents: [10, 50, 100],
      doneWeights: 1,
      runId: "deploy-run-41",
      leaseMs: 600_000,
    });
    await setWeights(moto.clientConfig(), estate.listenerArn, estate.targetGroups, { blue: 90, green: 10 });
    const workflow = load("rollback.yml");
    const context = {
      "inputs.environment": "prod",
      "inputs.reason": "5xx spike after the 14:02 release",
      "inputs.to-color": "previous",
      "inputs.force": "false",
      "vars.PRODUCTION_LISTENER_ARN": estate.listenerArn,
      "vars.AWS_REGION": "us-east-1",
      "github.triggering_actor": "oncall-sre",
      "github.run_id": "777",
    };
    const step = findStep(workflow, "rollback", "rollback");
    const run = await runStep(step, context, fastEnv(moto.endpoint), work);
    t.is(run.code, 0, run.stderr);
    t.like(run.outputs, {
      "rolled-back-to": "blue",
      changed: "true",
      "live-color": "blue",
      "rollout-state": "rolled-back",
      preempted: "shift run deploy-run-41 by ci",
    });
    t.regex(run.summary, /\| rollout stopped \| shift run deploy-run-41 by ci \|/);
    t.regex(
      run.summary,
      /### Rollout history of this listener[\s\S]*\| rollback \| green→blue \| rolled-back \|/,
    );

    const state = await listenerState(moto.clientConfig(), estate);
    t.deepEqual(state.weights, { blue: 100, green: 0 });
    t.like(state.record, {
      state: "rolled-back",
      actor: "oncall-sre",
      reason: "5xx spike after the 14:02 release",
    });

    const stepsContext = Object.fromEntries(
      Object.entries(run.outputs).map(([k, v]) => [`steps.rollback.outputs.${k}`, v]),
    );
    const summary = await runScript(
      workflow.jobs.rollback!.steps!.find((s) => s.name === "Who, why, from and to")!,
      { ...context, ...stepsContext, "steps.rollback.outcome": "success" },
    );
    t.regex(summary, /\| who \| `oncall-sre` \|/);
    t.regex(summary, /\| why \| `5xx spike after the 14:02 release` \|/);
    t.regex(summary, /\| to \| `blue` \|/);
    t.regex(summary, /\| from \| `green/);
    t.regex(summary, /\| rollout stopped \| `shift run deploy-run-41 by ci` \|/);
  },
);

test.serial(
  "deploy.yml: deploy to the idle color, then the smoke checks through the idle route and the canary shift",
  async (t) => {
    await moto.reset();
    const estate = await buildEstate(moto.clientConfig(), { env: "prod" });
    // The service, blue and green, behind a stand-in for the ALB's routing (moto does not route).
    const [blue, green] = await Promise.all([
      startApp({ color: "blue", version: "1.0.0" }),
      startApp({ color: "green", version: "2.0.0" }),
    ]);
    const alb = await startAlb(moto.clientConfig(), estate.listenerArn, {
      [estate.targetGroups.blue]: blue.url,
      [estate.targetGroups.green]: green.url,
    });
    t.teardown(async () => {
      await Promise.all([alb.close(), blue.close(), green.close()]);
    });
    const workflow = load("deploy.yml");
    const [jobId] = Object.entries(workflow.jobs).find(([, j]) => j.steps?.some((s) => s.id === "shift"))!;
    const context: Record<string, string> = {
      "steps.estate.outputs.listener": estate.listenerArn,
      "steps.estate.outputs.cluster": estate.cluster,
      "steps.estate.outputs.service-url": alb.url,
      "steps.image.outputs.uri":
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/securecloud-prod-service:2.0.0",
      "vars.AWS_REGION": "us-east-1",
      // A dispatch with bake 0 (the default bake is minutes); the steps are the workflow's default.
      "inputs.bake-seconds": "0",
      "inputs.canary-steps": "",
    };
    const env = fastEnv(moto.endpoint, {
      GITHUB_RUN_ID: "5150",
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_ACTOR: "ci",
    });
    buildActions(workflow, jobId);

    // The runner's working directory is the checkout: the declared smoke checks are read there.
    const deploy = await runStep(findStep(workflow, jobId, "deploy"), context, env, ROOT);
    t.is(deploy.code, 0, deploy.stderr);
    t.like(deploy.outputs, { color: "green", "live-color": "blue" });
    const before = await listenerState(moto.clientConfig(), estate);
    t.deepEqual(before.weights, { blue: 100, green: 0 }, "deploying never moves production traffic");

    const stepsContext = Object.fromEntries(
      Object.entries(deploy.outputs).map(([k, v]) => [`steps.deploy.outputs.${k}`, v]),
    );
    const shift = await runStep(
      findStep(workflow, jobId, "shift"),
      { ...context, ...stepsContext },
      env,
      ROOT,
    );
    t.is(shift.code, 0, shift.stderr);
    t.like(shift.outputs, { "live-color": "green", "rollout-state": "complete", step: "3" });
    t.deepEqual(
      JSON.parse(shift.outputs.smoke!).map((c: { name: string; ok: boolean }) => [c.name, c.ok]),
      [
        ["ready", true],
        ["alive", true],
        ["the idle color answers", true],
      ],
    );
    const after = await listenerState(moto.clientConfig(), estate);
    t.deepEqual(after.weights, { blue: 0, green: 100 });
    t.like(after.record, { state: "complete", steps: [10, 50, 100], to: "green", runId: "5150-1" });
    t.regex(shift.summary, /mermaid/);
    t.regex(shift.summary, /### Smoke checks/);
    t.regex(
      shift.summary,
      /### Rollout history of this listener[\s\S]*\| shift \| blue→green \| complete \|/,
    );

    // The job's rollback step runs only when this run moved traffic.
    const rollback = workflow.jobs[jobId]!.steps!.find((x) => x.uses === "./delivery/actions/rollback")!;
    const runs = (outcome: string, step: string) =>
      evaluate(rollback.if!.replace("failure()", "true"), {
        "steps.shift.outcome": outcome,
        "steps.shift.outputs.step": step,
      });
    t.truthy(runs("success", "3"), "a later step failed after the shift completed");
    t.truthy(runs("failure", "1"), "the shift failed after moving traffic");
    t.falsy(runs("failure", "0"), "refused for the lease, or stopped by its smoke checks: nothing to undo");
    t.falsy(runs("skipped", ""), "the shift never ran");
  },
);

test.serial(
  "pull-request.yml: the static gate step passes the estate, annotates nothing, writes SARIF and a summary",
  async (t) => {
    const estate = synthEstate();
    t.teardown(() => estate.cleanup());
    const workflow = load("pull-request.yml");
    const step = findStep(workflow, "static-gate", "gate");
    buildActions(workflow, "static-gate");
    const cwd = dirname(estate.outdir);
    const run = await runStep(step, {}, { PATH: process.env.PATH }, cwd);
    t.is(run.code, 0, run.stderr);
    t.like(run.outputs, { passed: "true", blocking: "0" });
    const sarif = JSON.parse(readFileSync(join(cwd, String(step.with?.["sarif-file"])), "utf8"));
    t.is(sarif.version, "2.1.0");
    t.true(sarif.runs[0].tool.driver.rules.length >= 40);
    t.regex(run.summary, /suppress/i, "the summary lists the suppressions");
  },
);
