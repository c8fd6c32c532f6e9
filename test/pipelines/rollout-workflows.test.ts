/**
 * abort.yml and promote.yml, the siblings of rollback.yml's manual dispatch: who may run them,
 * how they join the environment's deploy concurrency group, what they install (abort: nothing,
 * like the rollback), and what the dispatch form's values become as the actions' inputs.
 */
import { join } from "node:path";
import test from "ava";
import { weightPercents } from "../../delivery/rollout/plan.ts";
import { loadPlan } from "../../delivery/rollout/plan-file.ts";
import { evaluate, findStep, type Job, load, ROOT, stepInputsEnv } from "./workflow.ts";

const abort = load("abort.yml");
const promote = load("promote.yml");
const deploy = load("deploy.yml");
const rollback = load("rollback.yml");
const steps = (job: Job) => job.steps ?? [];
const action = (uses: string | undefined) => (uses ?? "run").split("@")[0]!;
const environmentOf = (job: Job) =>
  typeof job.environment === "string" ? job.environment : job.environment?.name;

function group(job: Job, env: string): { group: string; cancel: boolean } {
  const c = job.concurrency;
  if (!c || typeof c === "string") throw new Error("job without a concurrency block");
  const g = c.group.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) =>
    String(evaluate(e, { "inputs.environment": env }) ?? ""),
  );
  return { group: g, cancel: c["cancel-in-progress"] === true };
}

test("abort: dispatch only, the same environments, a required reason", (t) => {
  t.deepEqual(Object.keys(abort.on), ["workflow_dispatch"]);
  const inputs = (abort.on.workflow_dispatch as { inputs: Record<string, Record<string, unknown>> }).inputs;
  const rollbackInputs = (
    rollback.on.workflow_dispatch as { inputs: Record<string, Record<string, unknown>> }
  ).inputs;
  t.deepEqual(
    { ...inputs.environment, description: "" },
    { ...rollbackInputs.environment, description: "" },
    "the same choice of environments",
  );
  t.like(inputs.reason, { type: "string", required: true });
  t.like(inputs.force, { type: "boolean", default: false });
});

test("abort: the committed bundle only, in the rollback environment, cancelling a deploy in flight", (t) => {
  const job = abort.jobs.abort!;
  t.deepEqual(
    steps(job).map((s) => action(s.uses)),
    ["actions/checkout", "aws-actions/configure-aws-credentials", "./delivery/actions/abort", "run"],
  );
  for (const s of steps(job))
    t.notRegex(s.run ?? "", /\b(npm|npx|pip|pip3|yarn|pnpm|node|python3?)\b/, "no install or build");
  t.is(steps(job)[0]!.with?.["sparse-checkout"], "delivery/actions/abort");
  t.regex(environmentOf(job) ?? "", /-rollback$/);
  t.regex(String(steps(job)[1]!.with?.["role-to-assume"]), /vars\.AWS_ROLLBACK_ROLE_ARN/);
  t.deepEqual(job.permissions, { contents: "read", "id-token": "write" });
  for (const env of ["prod", "staging"]) {
    t.deepEqual(group(job, env), { group: group(deploy.jobs[env]!, env).group, cancel: true }, env);
  }
  const summary = steps(job).at(-1)!;
  t.is(summary.if, "always()");
  for (const row of ["who", "why", "from", "to"]) t.regex(summary.run ?? "", new RegExp(`\\| ${row} \\|`));
});

test("abort: the dispatch form becomes the action's inputs", (t) => {
  const env = stepInputsEnv(
    findStep(abort, "abort", "abort"),
    {
      "vars.PRODUCTION_LISTENER_ARN": "listener-arn",
      "vars.AWS_REGION": "eu-west-1",
      "inputs.reason": "p99 doubled at 10%",
      "inputs.force": false,
      "github.triggering_actor": "oncall",
    },
    "delivery/actions/abort/action.yml",
  );
  t.like(env, {
    INPUT_LISTENER: "listener-arn",
    INPUT_REASON: "p99 doubled at 10%",
    INPUT_FORCE: "false",
    INPUT_ACTOR: "oncall",
    INPUT_REGION: "eu-west-1",
  });
});

test("promote: the deploy environment and role, waits for a running deploy, builds its action after a clean install", (t) => {
  t.deepEqual(Object.keys(promote.on), ["workflow_dispatch"]);
  const job = promote.jobs.promote!;
  t.regex(
    environmentOf(job) ?? "",
    /^\$\{\{ inputs\.environment \}\}$/,
    "the environment itself (reviewers in prod)",
  );
  t.regex(
    String(
      steps(job).find((s) => action(s.uses) === "aws-actions/configure-aws-credentials")?.with?.[
        "role-to-assume"
      ],
    ),
    /vars\.AWS_DEPLOY_ROLE_ARN/,
  );
  for (const env of ["prod", "staging"]) {
    t.deepEqual(group(job, env), { group: group(deploy.jobs[env]!, env).group, cancel: false }, env);
  }
  const order = steps(job).map((s) => action(s.uses) + (s.run ? `:${s.run}` : ""));
  const install = order.findIndex((s) => s.includes("npm ci"));
  const build = order.findIndex((s) => s.includes("node scripts/bundle.mjs promote"));
  const use = order.findIndex((s) => s.startsWith("./delivery/actions/promote"));
  t.true(install >= 0 && install < build && build < use, order.join(" | "));
  const node = steps(job).find((s) => action(s.uses) === "actions/setup-node")!;
  t.is(node.with?.["package-manager-cache"], false);
});

test("promote: full is confirmed only by typing the environment's name", (t) => {
  const step = findStep(promote, "promote", "promote");
  const yes = (full: boolean, confirm: string) =>
    stepInputsEnv(step, { "inputs.environment": "prod", "inputs.full": full, "inputs.confirm-full": confirm })
      .INPUT_YES;
  t.is(yes(true, "prod"), "true");
  t.is(yes(true, "staging"), "false");
  t.is(yes(true, ""), "false");
  t.is(yes(false, "prod"), "false");
  t.is(stepInputsEnv(step, { "inputs.full": true }).INPUT_FULL, "true");
});

test("deploy: a push runs the plan file in the repository; a dispatch with steps runs the shorthand", (t) => {
  for (const env of ["staging", "prod"]) {
    const step = findStep(deploy, env, "shift");
    const push = stepInputsEnv(step, {}, "delivery/actions/shift/action.yml");
    t.is(push.INPUT_PLAN, "delivery/plans/deploy.yaml");
    t.is(push.INPUT_STEPS, "");
    t.is(push.INPUT_BAKE, "");
    const plan = loadPlan(join(ROOT, push.INPUT_PLAN!));
    t.deepEqual(weightPercents(plan.steps), [10, 50, 100]);
    t.false(
      plan.steps.some((s) => s.kind === "pause" && s.seconds === undefined),
      "an unattended pipeline never waits for a person",
    );
    const dispatch = stepInputsEnv(step, { "inputs.canary-steps": "5,100", "inputs.bake-seconds": "" });
    t.like(dispatch, { INPUT_PLAN: "", INPUT_STEPS: "5,100" });
    t.is(stepInputsEnv(step, { "inputs.bake-seconds": "0" }).INPUT_PLAN, "", "bake alone: the shorthand");
  }
});
