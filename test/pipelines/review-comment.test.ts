/**
 * The pull request's review, run from pull-request.yml's own steps: the review-diff job's
 * `securecloud diff` script (bash, in a checkout laid out as the job lays it out: `head/` and
 * `base/` side by side, each with its `cdktf.out`), then the comment job's github-script on
 * the files that job uploads, against a recording GitHub client. The one sticky comment shows
 * the cost change per environment after the security-relevant changes.
 */
import { spawn } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { Testing } from "cdktf";
import { staging } from "../../stacks/config/environments.ts";
import { loadEnvironments } from "../../stacks/config/resolve.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { EstateStack } from "../../stacks/estate-stack.ts";
import { withChanges } from "../helpers/estate.ts";
import { synthWithMetadata } from "../helpers/synth.ts";
import { interpolate, load, ROOT, type Step } from "./workflow.ts";

const pr = load("pull-request.yml");
const work = mkdtempSync(join(tmpdir(), "sc-review-comment-"));
test.after.always(() => rmSync(work, { recursive: true, force: true }));

/** A checkout of this repository at `dir` (its files linked), with `config` synthesized into cdktf.out. */
function checkout(dir: string, config: EnvironmentConfig): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(ROOT)) {
    if (entry !== "cdktf.out" && entry !== ".git") symlinkSync(join(ROOT, entry), join(dir, entry));
  }
  const stack = new EstateStack(Testing.app(), loadEnvironments([config])[0]!);
  const out = join(dir, "cdktf.out", "stacks", config.name);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "cdk.tf.json"), JSON.stringify(synthWithMetadata(stack)));
}

function stepNamed(job: string, name: string): Step {
  const step = pr.jobs[job]?.steps?.find((s) => s.name === name);
  if (!step) throw new Error(`no step "${name}" in ${job}`);
  return step;
}

function bash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn("bash", ["-e", "-c", script], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

test("the sticky comment shows the cost change per environment next to the security-relevant changes", async (t) => {
  // The base branch: staging as configured. The pull request: Shield Advanced on in staging.
  checkout(join(work, "base"), staging);
  checkout(
    join(work, "head"),
    withChanges(staging, {
      "features.shieldAdvanced": true,
      shield: {
        emergencyContacts: [{ email: "sre-oncall@example.com", phone: "+15555550100" }],
        proactiveEngagement: true,
        drtAccess: true,
      },
    }),
  );
  const review = stepNamed("review-diff", "securecloud diff");
  t.is(review["working-directory"], "head");
  const runner = join(work, "runner");
  mkdirSync(runner);
  const summary = join(work, "summary.md");
  const ran = await bash(review.run!, join(work, "head"), {
    RUNNER_TEMP: runner,
    GITHUB_STEP_SUMMARY: summary,
  });
  t.is(ran.code, 0, ran.stderr);
  const uploaded = join(runner, "out"); // the upload step's path, downloaded into DIFF_DIR
  const json = JSON.parse(readFileSync(join(uploaded, "review-diff.json"), "utf8"));
  const [env] = json.cost.environments;
  t.is(env.name, "staging");
  t.is(env.deltaUsd, Math.round((env.headMonthlyUsd - env.baseMonthlyUsd) * 100) / 100);
  // $3,000 a month for Shield Advanced, less the web ACL's standard fees it now covers
  t.true(env.deltaUsd > 2900 && env.deltaUsd < 3100, String(env.deltaUsd));

  // The comment job's script, with the files the artifact brings and a recording GitHub.
  const comment = pr.jobs.comment!;
  const scriptStep = comment.steps!.find((s) => s.uses?.startsWith("actions/github-script@"))!;
  const context = {
    "runner.temp": join(work, "comment-runner"),
    "github.event.pull_request.number": "17",
    "github.event.pull_request.head.sha": "0123456789abcdef0123",
    "needs.review-diff.result": "success",
    "needs.plan.result": "success",
    "github.server_url": "https://github.com",
    "github.repository": "example-org/securecloud-monitor",
    "github.run_id": "42",
  };
  const stepEnv = Object.fromEntries(
    Object.entries(scriptStep.env ?? {}).map(([k, v]) => [k, interpolate(String(v), context)]),
  );
  stepEnv.DIFF_DIR = uploaded;
  const bodies: string[] = [];
  const github = {
    paginate: async () => [],
    rest: {
      issues: {
        listComments: {},
        createComment: async (req: { body: string }) => {
          bodies.push(req.body);
          return { data: { id: 1 } };
        },
        updateComment: async () => t.fail("no earlier comment to update"),
      },
    },
  };
  const saved = { ...process.env };
  Object.assign(process.env, stepEnv);
  try {
    const run = new Function(
      "require",
      "github",
      "context",
      "core",
      `return (async () => {\n${String(scriptStep.with?.script)}\n})();`,
    );
    await run(
      createRequire(import.meta.url),
      github,
      { repo: { owner: "example-org", repo: "securecloud-monitor" } },
      { info: () => {} },
    );
  } finally {
    for (const key of Object.keys(stepEnv)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
  t.is(bodies.length, 1);
  const body = bodies[0]!;
  const security = body.indexOf("Security-relevant changes");
  const cost = body.indexOf("Cost change (monthly, USD)");
  t.true(security > 0, "the security-relevant changes are in the comment");
  t.true(cost > security, "the cost change follows them");
  const usd = (n: number) =>
    `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  t.true(
    body.includes(
      `| \`staging\` | ${usd(env.baseMonthlyUsd)} | ${usd(env.headMonthlyUsd)} | **+${usd(env.deltaUsd)}** |`,
    ),
  );
  t.regex(body, /Shield Advanced subscription \| — \| \$3,000\.00 \| \+\$3,000\.00 \|/);
  t.true(readFileSync(summary, "utf8").includes("Cost change (monthly, USD)"), "the job summary too");
});
