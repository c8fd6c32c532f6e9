/**
 * The committed rollout plans fit the workflow steps that run them: a step's `timeout-minutes`
 * kills the action mid-rollout (traffic left between colors until someone resumes or rolls
 * back), so each step's budget must cover the longest its plan can watch (bakes, timed pauses,
 * analyses with their wait for a full minute and for CloudWatch to settle), with room for the
 * smoke checks, the listener writes and slow AWS answers.
 */
import { join } from "node:path";
import test from "ava";
import { type Step, watchSeconds } from "../../delivery/rollout/plan.ts";
import { loadPlan } from "../../delivery/rollout/plan-file.ts";
import { findStep, load } from "./workflow.ts";

const ROOT = join(import.meta.dirname, "..", "..");
/** Smoke checks (at most 3 × 9 attempts), writes, retries: what a step needs besides watching. */
const ROOM_SECONDS = 10 * 60;

const watched = (steps: readonly Step[]) => steps.reduce((sum, s) => sum + watchSeconds(s), 0);
const plan = (name: string) => loadPlan(join(ROOT, "delivery", "plans", name)).steps;

test("the deploy pipeline's shift steps outlast delivery/plans/deploy.yaml", (t) => {
  const steps = plan("deploy.yaml");
  // Two 5-minute analyses take up to 8 minutes each: a minute to align, the window, 2 to settle.
  t.is(watched(steps), 2 * 60 + 8 * 60 + 2 * 60 + 8 * 60 + 5 * 60);
  for (const job of ["staging", "prod"]) {
    const step = findStep(load("deploy.yml"), job, "shift");
    t.regex(String(step.with?.plan), /'delivery\/plans\/deploy\.yaml'/, job);
    const budget = Number(step["timeout-minutes"]) * 60;
    t.true(
      watched(steps) + ROOM_SECONDS <= budget,
      `${job}: ${watched(steps)} s watched, ${budget} s allowed`,
    );
  }
});

test("the promote step outlasts what delivery/plans/canary.yaml does after its pause", (t) => {
  const steps = plan("canary.yaml");
  const pause = steps.findIndex((s) => s.kind === "pause" && s.seconds === undefined);
  t.true(pause > 0);
  const rest = steps.slice(pause + 1);
  t.false(
    rest.some((s) => s.kind === "pause" && s.seconds === undefined),
    "one hold for a person",
  );
  const budget = Number(findStep(load("promote.yml"), "promote", "promote")["timeout-minutes"]) * 60;
  t.true(watched(rest) + ROOM_SECONDS <= budget, `${watched(rest)} s watched, ${budget} s allowed`);
});
