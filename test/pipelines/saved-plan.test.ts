/**
 * Apply what was reviewed: the deploy plans, shows the saved plan, and (after approval, for
 * prod) applies that saved plan file and nothing else. The workflow steps run from the
 * workflows' own `run:` scripts under bash, in a scratch checkout, against a `terraform` that
 * records its arguments (and an `npm`/`npx` that stand in for the install and the synth).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test, { type ExecutionContext } from "ava";
import { findStep, type Job, load, ROOT, type Step, source, workflowFiles } from "./workflow.ts";

/** `${{ e }}` as written in a workflow. */
const expr = (e: string) => ["$", "{{ ", e, " }}"].join("");
const deploy = load("deploy.yml");
const pr = load("pull-request.yml");
const named = (job: Job, name: string): Step => {
  const step = (job.steps ?? []).find((s) => s.name === name);
  if (!step) throw new Error(`no step "${name}"`);
  return step;
};

test("no workflow applies without a saved plan: no `cdktf deploy`, no -auto-approve", (t) => {
  for (const f of workflowFiles()) {
    t.notRegex(
      source(f),
      /cdktf deploy|auto-approve|terraform apply(?! -input=false "\$RUNNER_TEMP\/plan\/tfplan")/,
      f,
    );
  }
});

test("per environment: plan job (plan role, <env>-plan) → apply job (<env>, after it) applies that artifact", (t) => {
  for (const env of ["staging", "prod"]) {
    const plan = deploy.jobs[`plan-${env}`]!;
    const apply = deploy.jobs[env]!;
    t.deepEqual(plan.environment, { name: `${env}-plan` });
    t.true(([] as string[]).concat(apply.needs ?? []).includes(`plan-${env}`));
    const roles = (plan.steps ?? []).filter((s) =>
      s.uses?.startsWith("aws-actions/configure-aws-credentials"),
    );
    t.deepEqual(
      roles.map((s) => s.with?.["role-to-assume"]),
      [expr("vars.AWS_PLAN_ROLE_ARN")],
    );
    const upload = (plan.steps ?? []).find((s) => s.uses?.startsWith("actions/upload-artifact"))!;
    t.is(upload.with?.name, `plan-${env}`);
    t.is(upload.with?.path, `${expr("runner.temp")}/plan/`);
    const download = named(apply, "The plan shown before approval");
    t.is(download.with?.name, `plan-${expr("env.ENVIRONMENT")}`);
    t.is(download.with?.path, `${expr("runner.temp")}/plan`);
    const order = (apply.steps ?? []).map((s) => s.name ?? s.uses ?? "");
    t.true(
      order.indexOf("The plan shown before approval") <
        order.indexOf("Synthesize and check the plan is still the one shown") &&
        order.indexOf("Synthesize and check the plan is still the one shown") <
          order.indexOf("Apply the saved plan"),
      order.join(" | "),
    );
  }
  // The pull request plans every stack the same way and uploads the saved plan.
  const prPlan = pr.jobs.plan!;
  t.regex(named(prPlan, "terraform plan -out").run ?? "", /init -input=false -lockfile=readonly/);
  t.regex(
    named(prPlan, "terraform plan -out").run ?? "",
    /plan -input=false -out="\$RUNNER_TEMP\/plan\/tfplan"/,
  );
});

/** A scratch checkout with a committed provider lock, and recording stand-ins for the tools. */
function workspace(t: ExecutionContext) {
  const dir = mkdtempSync(join(tmpdir(), "saved-plan-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const repo = join(dir, "repo");
  const bin = join(dir, "bin");
  mkdirSync(join(repo, "stacks", "locks"), { recursive: true });
  mkdirSync(bin);
  writeFileSync(
    join(repo, "stacks", "locks", "staging.terraform.lock.hcl"),
    'provider "registry.terraform.io/hashicorp/aws" {\n  version = "6.25.0"\n}\n',
  );
  const git = (...args: string[]) =>
    spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: repo, encoding: "utf8" });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "init");
  const commit = git("rev-parse", "HEAD").stdout.trim();
  const synth = join(dir, "synth.json");
  writeFileSync(synth, '{"resource":{"aws_s3_bucket":{"logs":{}}}}\n');
  const script = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  // npm: `ci` installs nothing here; `run synth` writes the stack from $SYNTH.
  script(
    "npm",
    `if [ "$1 $2" = "run synth" ]; then mkdir -p cdktf.out/stacks/staging && cp "${synth}" cdktf.out/stacks/staging/cdk.tf.json; fi`,
  );
  // npx tsx scripts/X.ts ...: the project's script from this repository, run from the checkout.
  script(
    "npx",
    `[ "$1" = tsx ] || exit 90\nshift\nscript="$1"; shift\nexec "${process.execPath}" --import "${import.meta.resolve("tsx")}" "${ROOT}/$script" "$@"`,
  );
  // terraform: records every call; plan writes a plan file; show prints it; apply checks it exists.
  script(
    "terraform",
    `printf '%s\\n' "$*" >> "${dir}/calls"
args=("$@"); chdir=.; [[ "$1" == -chdir=* ]] && { args=("\${@:2}"); chdir="\${1#-chdir=}"; }
case "\${args[0]}" in
  version) echo '{"terraform_version":"1.12.2"}' ;;
  init) ;;
  plan) for a in "\${args[@]}"; do [[ "$a" == -out=* ]] && printf 'PLAN %s\\n' "$(date +%s%N)" > "\${a#-out=}"; done ;;
  show) if [ "\${args[1]}" = -json ]; then echo '{"resource_changes":[{"address":"aws_s3_bucket.logs","change":{"actions":["create"],"after":{"bucket":"logs"}}}]}'; else echo "Plan: 1 to add, 0 to change, 0 to destroy."; fi ;;
  apply) test -f "\${args[-1]}" || exit 3 ;;
  providers) printf '# generated\\n' > "$chdir/.terraform.lock.hcl" ;;
  *) exit 4 ;;
esac`,
  );
  const env = (extra: Record<string, string> = {}) => ({
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    ENVIRONMENT: "staging",
    GITHUB_SHA: commit,
    RUNNER_TEMP: join(dir, "runner"),
    GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
    NODE_NO_WARNINGS: "1",
    // ava's own loader options must not reach the workflow's tools.
    NODE_OPTIONS: "",
    ...extra,
  });
  mkdirSync(join(dir, "runner"));
  /** Runs a step's `run:` as GitHub does (bash -e -o pipefail) in the checkout. */
  const run = (step: Step, extra: Record<string, string> = {}) =>
    spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run ?? "exit 99"], {
      cwd: repo,
      env: env(extra),
      encoding: "utf8",
    });
  const calls = () => readFileSync(join(dir, "calls"), "utf8").trim().split("\n");
  return { dir, repo, synth, commit, run, calls, git };
}

const planStep = () => findStep(deploy, "plan-staging", "plan");
const checkStep = () => named(deploy.jobs.staging!, "Synthesize and check the plan is still the one shown");
const applyStep = () => named(deploy.jobs.staging!, "Apply the saved plan");
const synthStep = () => named(deploy.jobs["plan-staging"]!, "Synthesize");

/** The plan job, then the artifact's trip to the apply job (a copy of $RUNNER_TEMP/plan). */
function planAndTransfer(t: ExecutionContext, w: ReturnType<typeof workspace>) {
  t.is(w.run(synthStep()).status, 0);
  const planned = w.run(planStep());
  t.is(planned.status, 0, planned.stderr);
  t.regex(readFileSync(join(w.dir, "summary.md"), "utf8"), /#### Saved plan: staging[\s\S]*1 to add/);
  // The apply job runs on a fresh runner: a clean checkout, the artifact downloaded.
  rmSync(join(w.repo, "cdktf.out"), { recursive: true, force: true });
  const artifact = join(w.dir, "artifact");
  cpSync(join(w.dir, "runner", "plan"), artifact, { recursive: true });
  rmSync(join(w.dir, "runner", "plan"), { recursive: true });
  cpSync(artifact, join(w.dir, "runner", "plan"), { recursive: true });
}

test("the deploy applies exactly the saved plan file it showed, with the committed provider lock", (t) => {
  const w = workspace(t);
  planAndTransfer(t, w);
  const check = w.run(checkStep());
  t.is(check.status, 0, check.stderr);
  const apply = w.run(applyStep());
  t.is(apply.status, 0, apply.stderr);
  const calls = w.calls();
  const tfplan = join(w.dir, "runner", "plan", "tfplan");
  t.deepEqual(
    calls.filter((c) => / (init|plan|apply) /.test(c)).map((c) => c.replace(/^-chdir=\S+ /, "")),
    [
      "init -input=false -lockfile=readonly",
      `plan -input=false -out=${tfplan}`,
      "init -input=false -lockfile=readonly",
      `apply -input=false ${tfplan}`,
    ],
  );
  // The provider lock used at init is the committed one.
  t.is(
    readFileSync(join(w.repo, "cdktf.out", "stacks", "staging", ".terraform.lock.hcl"), "utf8"),
    readFileSync(join(w.repo, "stacks", "locks", "staging.terraform.lock.hcl"), "utf8"),
  );
});

const stale: Array<[string, (w: ReturnType<typeof workspace>) => Record<string, string>, RegExp]> = [
  ["another commit", () => ({ GITHUB_SHA: "0".repeat(40) }), /was made for commit/],
  [
    "another synth",
    (w) => {
      writeFileSync(w.synth, '{"resource":{"aws_s3_bucket":{"logs":{"acl":"public-read"}}}}\n');
      return {};
    },
    /synthesized configuration differs/,
  ],
  [
    "another provider lock",
    (w) => {
      writeFileSync(join(w.repo, "stacks", "locks", "staging.terraform.lock.hcl"), "# changed\n");
      return {};
    },
    /provider lock changed/,
  ],
  [
    "a plan file swapped after it was shown",
    (w) => {
      writeFileSync(join(w.dir, "runner", "plan", "tfplan"), "PLAN other\n");
      return {};
    },
    /not the one that was shown/,
  ],
];

for (const [what, change, message] of stale) {
  test(`a saved plan made for ${what} is refused before terraform apply runs`, (t) => {
    const w = workspace(t);
    planAndTransfer(t, w);
    const extra = change(w);
    const check = w.run(checkStep(), extra);
    t.is(check.status, 1, check.stdout + check.stderr);
    t.regex(check.stderr, message);
    t.is(check.stderr.trim().split("\n").length, 1, check.stderr);
    // The job stops at the failed step: terraform apply never ran.
    t.false(
      w.calls().some((c) => / apply /.test(c)),
      w.calls().join("\n"),
    );
  });
}

test("no committed provider lock: the pull request generates one for review and fails", (t) => {
  const w = workspace(t);
  rmSync(join(w.repo, "stacks", "locks", "staging.terraform.lock.hcl"));
  t.is(w.run(synthStep()).status, 0);
  const lock = named(pr.jobs.plan!, "Provider lock (committed and reviewed like code)");
  const r = w.run(lock, { STACK: "staging" });
  t.is(r.status, 1);
  const providers = w.calls().find((c) => c.includes("providers lock"));
  t.truthy(providers);
  for (const p of ["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64", "windows_amd64"])
    t.true(providers!.includes(`-platform=${p}`), p);
});
