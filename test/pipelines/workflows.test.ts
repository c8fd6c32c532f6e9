import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { parse } from "yaml";
import { SERVICE_ENV } from "../../common/service-contract.ts";
import { loadConfig } from "../../service/config.ts";
import {
  evaluate,
  findStep,
  type Job,
  load,
  ROOT,
  type Step,
  source,
  stepInputsEnv,
  type Workflow,
  workflowFiles,
} from "./workflow.ts";

/** `${{ e }}` as written in a workflow. */
const expr = (e: string) => ["$", "{{ ", e, " }}"].join("");

const files = workflowFiles();
const workflows = Object.fromEntries(files.map((f) => [f, load(f)])) as Record<string, Workflow>;
const jobsOf = (w: Workflow) => Object.entries(w.jobs);
const allJobs = files.flatMap((f) => jobsOf(workflows[f]!).map(([id, job]) => ({ file: f, id, job })));
const steps = (job: Job): Step[] => job.steps ?? [];
const usesOf = (job: Job) => steps(job).flatMap((s) => (s.uses ? [s.uses] : []));
const action = (uses: string) => uses.split("@")[0]!;

test("the three pipelines exist and parse strictly", (t) => {
  for (const required of ["pull-request.yml", "deploy.yml", "rollback.yml"]) t.true(files.includes(required));
  for (const f of files) {
    t.true(Object.keys(workflows[f]!.jobs).length > 0, f);
    t.truthy(workflows[f]!.name, `${f} has a name`);
  }
});

test("no pull_request_target or workflow_run trigger anywhere", (t) => {
  for (const f of files) {
    const on = workflows[f]!.on;
    const triggers = typeof on === "string" ? [on] : Array.isArray(on) ? on : Object.keys(on);
    t.false(triggers.includes("pull_request_target"), f);
    t.false(triggers.includes("workflow_run"), f);
    t.false(source(f).includes("pull_request_target"), f);
  }
});

test("top-level permissions are empty; every job declares its own, and no job may write contents", (t) => {
  for (const f of files) t.deepEqual(workflows[f]!.permissions, {}, f);
  for (const { file, id, job } of allJobs) {
    t.true(
      typeof job.permissions === "object" && job.permissions !== null,
      `${file}:${id} declares permissions`,
    );
    const perms = job.permissions as Record<string, string>;
    t.not(perms.contents, "write", `${file}:${id}`);
    for (const [scope, level] of Object.entries(perms)) {
      t.true(level === "read" || level === "write", `${file}:${id} ${scope}: ${level}`);
    }
  }
});

test("id-token, pull-requests and security-events are written only by the jobs that need them", (t) => {
  for (const { file, id, job } of allJobs) {
    const perms = job.permissions as Record<string, string>;
    const uses = usesOf(job).map(action);
    const assumesRole = uses.includes("aws-actions/configure-aws-credentials");
    t.is(perms["id-token"] === "write", assumesRole, `${file}:${id} id-token only where a role is assumed`);
    const comments = uses.includes("actions/github-script");
    t.is(perms["pull-requests"] === "write", comments, `${file}:${id} pull-requests only for the comment`);
    const sarif = uses.includes("github/codeql-action/upload-sarif");
    t.is(perms["security-events"] === "write", sarif, `${file}:${id} security-events only for SARIF`);
    const extra = Object.keys(perms).filter(
      (k) => !["contents", "id-token", "pull-requests", "security-events", "actions"].includes(k),
    );
    t.deepEqual(extra, [], `${file}:${id}`);
    if (perms.actions)
      t.true(sarif && perms.actions === "read", `${file}:${id} actions: read only beside SARIF`);
  }
});

test("every job that installs the project's packages installs exactly the lock file (npm ci)", (t) => {
  let installs = 0;
  for (const { file, id, job } of allJobs) {
    for (const step of steps(job)) {
      const run = step.run ?? "";
      t.notRegex(run, /\bnpm\s+(install|i|add)\b/, `${file} ${id}: ${step.name ?? run}`);
      t.notRegex(run, /\b(yarn|pnpm)\s+(install|add)\b/, `${file} ${id}`);
      if (/\bnpm\s+ci\b/.test(run)) installs++;
    }
  }
  t.true(installs >= 5, `${installs} npm ci steps`);
});

test("every third-party action is pinned to a full commit SHA with its version in a comment", (t) => {
  let pinned = 0;
  for (const f of files) {
    for (const line of source(f).split("\n")) {
      const m = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
      if (!m) continue;
      const [, ref, rest] = m;
      if (ref!.startsWith("./")) continue;
      t.regex(ref!, /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/, `${f}: ${line.trim()}`);
      t.regex(rest!, /^\s+#\s+v\d+\.\d+\.\d+\s*$/, `${f}: ${line.trim()} has a # vX.Y.Z comment`);
      pinned++;
    }
  }
  t.true(pinned > 10);
  // The same action is pinned to the same commit everywhere.
  const shaByAction = new Map<string, string>();
  for (const { job } of allJobs) {
    for (const uses of usesOf(job).filter((u) => !u.startsWith("./"))) {
      const [name, sha] = uses.split("@") as [string, string];
      t.is(shaByAction.get(name) ?? sha, sha, name);
      shaByAction.set(name, sha);
    }
  }
});

test("no expression is interpolated into a run: script (values pass through env:)", (t) => {
  for (const { file, id, job } of allJobs) {
    for (const step of steps(job)) {
      if (step.run !== undefined) t.false(step.run.includes("${{"), `${file}:${id} ${step.name ?? step.run}`);
      if (action(step.uses ?? "") === "actions/github-script") {
        t.false(String(step.with?.script).includes("${{"), `${file}:${id} github-script`);
      }
    }
  }
});

test("every job has a timeout, and every local action runs after a checkout of this commit", (t) => {
  for (const { file, id, job } of allJobs) {
    const timeout = job["timeout-minutes"];
    t.true(typeof timeout === "number" && timeout > 0 && timeout <= 120, `${file}:${id} timeout ${timeout}`);
    const checkout = steps(job).findIndex((s) => action(s.uses ?? "") === "actions/checkout");
    steps(job).forEach((s, i) => {
      if (s.uses?.startsWith("./")) t.true(checkout >= 0 && checkout < i, `${file}:${id} ${s.uses}`);
    });
    for (const s of steps(job).filter((x) => action(x.uses ?? "") === "actions/checkout")) {
      t.is(s.with?.["persist-credentials"], false, `${file}:${id} checkout keeps no token`);
    }
  }
});

test("no account id or role ARN is hard-coded: they come from variables", (t) => {
  for (const f of files) {
    t.notRegex(source(f), /arn:aws:|\b\d{12}\b/, f);
  }
  for (const { file, id, job } of allJobs) {
    for (const s of steps(job).filter(
      (x) => action(x.uses ?? "") === "aws-actions/configure-aws-credentials",
    )) {
      t.regex(String(s.with?.["role-to-assume"]), /^\$\{\{\s*(vars|matrix)\./, `${file}:${id}`);
    }
  }
});

const deploy = workflows["deploy.yml"]!;
const rollback = workflows["rollback.yml"]!;
const environmentOf = (job: Job) =>
  typeof job.environment === "string" ? job.environment : job.environment?.name;

test("deploy: push to main and dispatch; staging before prod, each behind its GitHub environment", (t) => {
  t.deepEqual((deploy.on.push as { branches: string[] }).branches, ["main"]);
  t.true("workflow_dispatch" in deploy.on);
  t.is(environmentOf(deploy.jobs.staging!), "staging");
  t.is(environmentOf(deploy.jobs.prod!), "prod");
  t.true(([] as string[]).concat(deploy.jobs.prod!.needs ?? []).includes("staging"));
});

test("deploy: the image build stamps the version and commit that GET /version reports", (t) => {
  const step = findStep(deploy, "image", "build");
  const dir = mkdtempSync(join(tmpdir(), "image-build-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  // A docker that records its arguments, one per line, then a blank line per call.
  const docker = join(dir, "docker");
  writeFileSync(docker, `#!/bin/sh\nprintf '%s\\n' "$@" >> "${dir}/calls"\necho >> "${dir}/calls"\n`);
  chmodSync(docker, 0o755);
  const sha = "3f2a9c1e0b7d4a6f8c2e1d0b9a8f7e6d5c4b3a21";
  const run = spawnSync("bash", ["-eo", "pipefail", "-c", step.run ?? ""], {
    cwd: ROOT,
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, GITHUB_SHA: sha, RUNNER_TEMP: dir },
    encoding: "utf8",
  });
  t.is(run.status, 0, run.stderr);
  const build = readFileSync(join(dir, "calls"), "utf8")
    .split("\n\n")
    .map((call) => call.split("\n"))
    .find((call) => call[0] === "build");
  if (!build) return t.fail("docker build was not called");
  const buildArgs = Object.fromEntries(
    build.flatMap((arg, i) => (build[i - 1] === "--build-arg" ? [arg.split(/=(.*)/s).slice(0, 2)] : [])),
  );
  const version = `${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}+${sha.slice(0, 7)}`;
  t.deepEqual(buildArgs, { [SERVICE_ENV.version]: version, [SERVICE_ENV.gitSha]: sha });
  // The service accepts both as they are.
  const config = loadConfig({ [SERVICE_ENV.color]: "blue", ...buildArgs });
  t.is(config.version, version);
  t.is(config.gitSha, sha);
});

test("deploy: the prod job is the staging job with the environment's name changed", (t) => {
  const normalize = (job: Job, env: string) =>
    JSON.stringify({ ...job, needs: undefined, name: undefined }).replace(
      new RegExp(`\\b${env}\\b`, "g"),
      "<env>",
    );
  t.is(normalize(deploy.jobs.prod!, "prod"), normalize(deploy.jobs.staging!, "staging"));
});

test("deploy: apply, live gate, idle deploy, canary shift, live gate, and rollback only after traffic moved", (t) => {
  for (const env of ["staging", "prod"]) {
    const job = deploy.jobs[env]!;
    const order = steps(job).map((s) => s.uses?.split("@")[0] ?? s.run ?? "");
    const at = (needle: string, from = 0) => order.findIndex((x, i) => i >= from && x.includes(needle));
    const apply = at('apply -input=false "$RUNNER_TEMP/plan/tfplan"');
    const gate1 = at("./policies/compliance-gate", apply);
    const idle = at("./delivery/actions/deploy", gate1);
    const shift = at("./delivery/actions/shift", idle);
    const gate2 = at("./policies/compliance-gate", shift);
    const back = at("./delivery/actions/rollback", gate2);
    t.true(
      apply >= 0 && apply < gate1 && gate1 < idle && idle < shift && shift < gate2 && gate2 < back,
      order.join(" | "),
    );
    const rb = steps(job)[back]!;
    t.regex(rb.if ?? "", /failure\(\)/);
    t.regex(rb.if ?? "", /steps\.shift\.outcome/);
    t.notRegex(
      rb.if ?? "",
      /always\(\)|cancelled\(\)/,
      "a cancelled deploy leaves the rollback to whoever cancelled it",
    );
    t.is(findStep(deploy, env, "shift").with?.["to-color"], expr("steps.deploy.outputs.color"));
    // No dependency cache in a workflow that pushes images and deploys (cache poisoning).
    for (const s of steps(job)) t.false("cache" in (s.with ?? {}), `${env}: ${s.uses}`);
    const node = steps(job).find((s) => action(s.uses ?? "") === "actions/setup-node")!;
    t.is(node.with?.["package-manager-cache"], false);
  }
});

/** The concurrency group a job would join for `environment`, its expressions evaluated. */
function groupFor(job: Job, context: Record<string, string>): { group: string; cancel: boolean } {
  const c = job.concurrency;
  if (!c || typeof c === "string") throw new Error("job without a concurrency block");
  const group = c.group.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) =>
    String(evaluate(e, context) ?? ""),
  );
  return { group: group.toLowerCase(), cancel: c["cancel-in-progress"] === true };
}

test("concurrency: one group per environment; deploys queue, the rollback dispatch cancels them", (t) => {
  const options = (rollback.on.workflow_dispatch as { inputs: Record<string, { options?: string[] }> }).inputs
    .environment!.options!;
  t.deepEqual([...options].sort(), ["prod", "staging"]);
  const groups = new Set<string>();
  for (const env of options) {
    const deployGroup = groupFor(deploy.jobs[env]!, {});
    const rollbackGroup = groupFor(rollback.jobs.rollback!, { "inputs.environment": env });
    t.false(deployGroup.cancel, `${env}: a deploy never cancels a running deploy`);
    t.true(rollbackGroup.cancel, `${env}: the rollback cancels the deploy in flight`);
    t.is(rollbackGroup.group, deployGroup.group, `${env}: same group`);
    groups.add(deployGroup.group);
  }
  t.is(groups.size, options.length, "one group per environment");
  // No workflow-level group that would tie environments together.
  t.is(deploy.concurrency, undefined);
  t.is(rollback.concurrency, undefined);
});

test("rollback: dispatch inputs environment (choice), reason (required), to-color (optional), force (boolean)", (t) => {
  t.deepEqual(Object.keys(rollback.on), ["workflow_dispatch"]);
  const inputs = (rollback.on.workflow_dispatch as { inputs: Record<string, Record<string, unknown>> })
    .inputs;
  t.like(inputs.environment, { type: "choice", required: true });
  t.like(inputs.reason, { type: "string", required: true });
  t.is(inputs["to-color"]!.type, "choice");
  t.not(inputs["to-color"]!.required, true);
  t.like(inputs.force, { type: "boolean", default: false });
});

test("rollback: the committed bundle only, with no install step that can fail", (t) => {
  const job = rollback.jobs.rollback!;
  const names = steps(job).map((s) => action(s.uses ?? "run"));
  t.deepEqual(names, [
    "actions/checkout",
    "aws-actions/configure-aws-credentials",
    "./delivery/actions/rollback",
    "run",
  ]);
  for (const s of steps(job)) {
    t.false(/setup-(node|python)|actions\/cache/.test(s.uses ?? ""), s.uses);
    t.notRegex(s.run ?? "", /\b(npm|npx|pip|pip3|yarn|pnpm|node|python3?)\b/, "no install or build");
  }
  t.regex(environmentOf(job) ?? "", /-rollback$/, "an environment without required reviewers");
});

test("rollback: who, why, from and to reach the summary; reason and actor reach the rollout record", (t) => {
  const job = rollback.jobs.rollback!;
  const rb = findStep(rollback, "rollback", "rollback");
  t.is(rb.with?.reason, expr("inputs.reason"));
  t.is(rb.with?.actor, expr("github.triggering_actor"));
  t.is(rb.with?.force, expr("inputs.force"));
  const summary = steps(job).at(-1)!;
  t.is(summary.if, "always()");
  for (const row of ["who", "why", "from", "to"]) t.regex(summary.run ?? "", new RegExp(`\\| ${row} \\|`));
  t.regex(summary.run ?? "", /GITHUB_STEP_SUMMARY/);
});

test("rollback: the workflow's own inputs become the action's INPUT_* environment", (t) => {
  const step = findStep(rollback, "rollback", "rollback");
  const context = {
    "vars.PRODUCTION_LISTENER_ARN": "listener-arn",
    "vars.AWS_REGION": "us-east-1",
    "inputs.reason": "5xx spike after 50%",
    "inputs.force": "true",
    "github.triggering_actor": "oncall",
  };
  const previous = stepInputsEnv(step, { ...context, "inputs.to-color": "previous" });
  t.like(previous, {
    INPUT_LISTENER: "listener-arn",
    "INPUT_TO-COLOR": "",
    INPUT_REASON: "5xx spike after 50%",
    INPUT_FORCE: "true",
    INPUT_ACTOR: "oncall",
    INPUT_REGION: "us-east-1",
  });
  t.is(stepInputsEnv(step, { ...context, "inputs.to-color": "green" })["INPUT_TO-COLOR"], "green");
});

test("local actions exist, get only inputs they declare, and every required one", (t) => {
  for (const { file, id, job } of allJobs) {
    for (const s of steps(job).filter((x) => x.uses?.startsWith("./"))) {
      const yml = join(ROOT, s.uses!.slice(2), "action.yml");
      if (!existsSync(yml)) {
        t.fail(`${file}:${id}: ${s.uses} has no action.yml`);
        continue;
      }
      const declared = (
        parse(readFileSync(yml, "utf8")) as { inputs?: Record<string, { required?: boolean }> }
      ).inputs;
      for (const name of Object.keys(s.with ?? {}))
        t.true(name in (declared ?? {}), `${file}:${id} ${s.uses} ${name}`);
      for (const [name, input] of Object.entries(declared ?? {})) {
        if (input.required) t.true(name in (s.with ?? {}), `${file}:${id} ${s.uses} requires ${name}`);
      }
    }
  }
  const local = new Set(allJobs.flatMap(({ job }) => usesOf(job)).filter((u) => u.startsWith("./")));
  t.deepEqual([...local].sort(), [
    "./delivery/actions/abort",
    "./delivery/actions/deploy",
    "./delivery/actions/promote",
    "./delivery/actions/rollback",
    "./delivery/actions/shift",
    "./policies/compliance-gate",
  ]);
});

test("pull request: the review diff needs no credentials and the comment is one sticky comment", (t) => {
  const pr = workflows["pull-request.yml"]!;
  const review = pr.jobs["review-diff"]!;
  t.deepEqual(review.permissions, { contents: "read" });
  t.false(usesOf(review).some((u) => u.includes("configure-aws-credentials")));
  const refs = steps(review)
    .filter((s) => action(s.uses ?? "") === "actions/checkout")
    .map((s) => s.with?.ref ?? "head");
  t.deepEqual(refs, ["head", expr("github.event.pull_request.base.sha")]);
  t.true(
    steps(review).some((s) =>
      /cli\/securecloud\.ts diff --base \.\.\/base\/cdktf\.out --head cdktf\.out/.test(s.run ?? ""),
    ),
  );
  const comment = pr.jobs.comment!;
  t.deepEqual(([] as string[]).concat(comment.needs ?? []).sort(), ["plan", "review-diff"]);
  const script = String(
    steps(comment).find((s) => action(s.uses ?? "") === "actions/github-script")?.with?.script,
  );
  t.regex(script, /<!-- securecloud:[a-z-]+ -->/, "hidden marker");
  t.regex(script, /updateComment/);
  t.regex(script, /createComment/);
  t.regex(script, /c\.user\?\.type === "Bot"/, "only our own comment is updated");
  const diff = pr.jobs.plan!;
  t.regex(JSON.stringify(diff.env), /-lock=false/, "the read-only role never writes the state lock");
  t.true(usesOf(pr.jobs["static-gate"]!).some((u) => u === "./policies/compliance-gate"));
});
