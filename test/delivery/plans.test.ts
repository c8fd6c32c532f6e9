/**
 * Rollout plan files: what a valid one becomes, the one-line errors (file, line, field) of
 * invalid ones, the digest, and the plans committed under delivery/plans/. Through the CLI, a
 * bad plan exits 2 before any AWS call.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { errorLine } from "../../common/conventions.ts";
import { parsePlanOptions } from "../../delivery/inputs.ts";
import { assertRecordFits } from "../../delivery/rollout/limits.ts";
import { planDigest } from "../../delivery/rollout/plan.ts";
import { loadPlan, parsePlan } from "../../delivery/rollout/plan-file.ts";
import { cli, planFiles } from "../helpers/delivery.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const planFile = planFiles(test);

const LISTENER =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/securecloud-prod-alb/0123456789abcdef/0123456789abcdef";

/** The error line a plan text gives, as the CLI prints it. */
function error(text: string, file = "plans/x.yaml"): string {
  try {
    parsePlan(text, file);
  } catch (err) {
    return errorLine(err);
  }
  throw new Error("the plan was accepted");
}

test("a plan file becomes steps: durations, per-step bakes, pauses, analyses with defaults", (t) => {
  const plan = parsePlan(
    `# comments are fine
scaleDownDelaySeconds: 10m
steps:
  - smoke: {}
  - setWeight: 10
    bake: 90s
  - analysis: &a
      window: 5m
      checks: [{ metric: 5xx-rate, maxIncrease: 1, failFast: 5 }]
  - pause: {}
  - setWeight: 50
  - analysis: *a
  - pause: { duration: 1h }
  - setWeight: 100
    bake: 60
`,
    "p.yaml",
  );
  t.is(plan.scaleDownDelaySeconds, 600);
  t.deepEqual(
    plan.steps.map((s) => s.kind),
    ["smoke", "weight", "bake", "analysis", "pause", "weight", "analysis", "pause", "weight", "bake"],
  );
  t.deepEqual(plan.steps[2], { kind: "bake", seconds: 90 });
  t.deepEqual(plan.steps[4], { kind: "pause" });
  t.deepEqual(plan.steps[7], { kind: "pause", seconds: 3600 });
  t.like(plan.steps[3], {
    kind: "analysis",
    analysis: { windowSeconds: 300, minSamples: 5, minRequests: 10, alpha: 0.05, inconclusive: "pause" },
  });
  t.deepEqual(plan.steps[6], plan.steps[3], "the anchor reuses the analysis");
});

test("every error is one line naming the file, the line and the field", (t) => {
  const cases: [string, RegExp][] = [
    [
      "steps:\n  - setWeight: 10\n  - setWeight: 50\n  - setWeight: 150\n",
      /^error: --plan: plans\/x\.yaml:4: steps\[2\]\.setWeight: must be <= 100$/,
    ],
    [
      "steps:\n  - setWeight: 10\n  - stepWeight: 100\n",
      /^error: --plan: plans\/x\.yaml:3: steps\[1\]\.stepWeight: unknown field$/,
    ],
    [
      "steps:\n  - setWeight: 50\n  - setWeight: 20\n  - setWeight: 100\n",
      /^error: --plan: plans\/x\.yaml:3: steps\[1\]: steps must increase: 20 follows 50$/,
    ],
    [
      "steps:\n  - setWeight: 10\n  - setWeight: 60\n",
      /^error: --plan: plans\/x\.yaml:3: steps\[1\]: the last weight must be 100 \(is 60\)/,
    ],
    [
      "steps:\n  - analysis: { window: 5m, checks: [{ metric: 5xx-rate, maxIncrease: 1 }] }\n  - setWeight: 100\n",
      /^error: --plan: plans\/x\.yaml:2: steps\[0\]: an analysis before any weight step/,
    ],
    [
      "steps:\n  - setWeight: 10\n  - analysis:\n      window: 2m\n      checks: [{ metric: 5xx-rate, maxIncrease: 1 }]\n  - setWeight: 100\n",
      /^error: --plan: plans\/x\.yaml:4: steps\[1\]\.analysis\.window: 120 s gives at most 2 per-minute sample\(s\), fewer than minSamples 5$/,
    ],
    [
      "steps:\n  - setWeight: 10\n  - analysis:\n      window: 5m\n      checks: [{ metric: p50, maxIncrease: 1 }]\n  - setWeight: 100\n",
      /^error: --plan: plans\/x\.yaml:5: steps\[1\]\.analysis\.checks\[0\]\.metric: must be one of 5xx-rate, elb-5xx-rate, latency-p95, latency-p99$/,
    ],
    [
      "steps:\n  - setWeight: 100\n    pause: {}\n",
      /^error: --plan: plans\/x\.yaml:3: steps\[0\]: one kind per step/,
    ],
    [
      "steps:\n  - pause: { duration: 2d }\n  - setWeight: 100\n",
      /^error: --plan: plans\/x\.yaml:2: steps\[0\]\.pause\.duration: must be whole seconds or a duration/,
    ],
    [
      "steps:\n  - setWeight: 10\n    bake: 25h\n  - setWeight: 100\n",
      /^error: --plan: plans\/x\.yaml:2: steps\[0\]: bake 90000 s is outside 0\.\.86400$/,
    ],
    ["steps: [\n", /^error: --plan: plans\/x\.yaml:\d+: not valid YAML/],
    ["steps:\n  - setWeight: 10\n  - setWeight: 10\n", /^error: --plan: plans\/x\.yaml:3: /],
  ];
  for (const [text, want] of cases) t.regex(error(text), want, text);
  for (const [text] of cases) t.is(error(text).split("\n").length, 1);
});

test("the digest says what the plan does, not how the file is laid out", (t) => {
  const a = parsePlan("steps:\n  - setWeight: 10\n    bake: 1m\n  - setWeight: 100\n", "a.yaml");
  const b = parsePlan("# same\nsteps:\n- bake: 60\n  setWeight: 10\n- {setWeight: 100}\n", "b.yaml");
  const c = parsePlan("steps:\n  - setWeight: 20\n    bake: 1m\n  - setWeight: 100\n", "c.yaml");
  t.regex(planDigest(a), /^sha256:[0-9a-f]{64}$/);
  t.is(planDigest(a), planDigest(b));
  t.not(planDigest(a), planDigest(c));
  t.not(planDigest(a), planDigest({ ...a, scaleDownDelaySeconds: 60 }));
});

test("the committed plans are valid, fit the record, and the unattended one never waits for a person", (t) => {
  const dir = join(ROOT, "delivery", "plans");
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
  t.true(files.includes("canary.yaml") && files.includes("deploy.yaml"));
  const holder = {
    id: "x".repeat(128),
    runId: "x".repeat(128),
    actor: "x".repeat(128),
    command: "shift",
    url: "",
  };
  for (const f of files) {
    const plan = loadPlan(join(dir, f));
    t.notThrows(() => assertRecordFits(plan.steps, holder, "--plan"), f);
  }
  const canary = loadPlan(join(dir, "canary.yaml")).steps.map((s) => s.kind);
  t.deepEqual(canary.slice(0, 5), ["smoke", "weight", "bake", "analysis", "pause"]);
  t.false(loadPlan(join(dir, "deploy.yaml")).steps.some((s) => s.kind === "pause"));
});

test("--plan and --steps/--bake: one or the other; --steps alone is the shorthand", (t) => {
  const file = planFile("steps:\n  - setWeight: 100\n");
  t.throws(() => parsePlanOptions({ plan: file, steps: "10,100" }, false), {
    message: /^--steps: cannot be combined with --plan/,
  });
  t.throws(() => parsePlanOptions({ plan: file, bake: "5" }, false), {
    message: /^--bake: cannot be combined/,
  });
  const short = parsePlanOptions({ steps: "10,50" }, true);
  t.deepEqual(
    short.steps.map((s) => s.kind),
    ["smoke", "weight", "bake", "weight", "bake", "weight", "bake"],
  );
  t.is(short.source, "--steps 10,50,100 --bake 300");
  t.true(short.given);
  t.false(parsePlanOptions({}, false).given);
  t.true(parsePlanOptions({ plan: file }, false).given);
});

test("through the CLI a bad plan exits 2 with one line before any AWS call", async (t) => {
  const env = { PATH: process.env.PATH, AWS_ENDPOINT_URL: "http://127.0.0.1:9", AWS_REGION: "us-east-1" };
  const bad = planFile("steps:\n  - setWeight: 10\n  - setWeight: 101\n");
  const r = await cli(["traffic", "shift", "--listener", LISTENER, "--to", "green", "--plan", bad], env);
  t.is(r.code, 2);
  t.is(r.stderr, `error: --plan: ${bad}:3: steps[1].setWeight: must be <= 100\n`);
  t.deepEqual(r.calls, []);
  const missing = await cli(
    ["traffic", "shift", "--listener", LISTENER, "--to", "green", "--plan", "plans/none.yaml"],
    env,
  );
  t.is(missing.code, 2);
  t.is(missing.stderr, "error: --plan: plans/none.yaml: no such file\n");
  t.deepEqual(missing.calls, []);
});
