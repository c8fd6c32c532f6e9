/**
 * The thin layer between GitHub Actions and the delivery library: inputs (by the CLI's flag
 * names, `to-color` for `--to`) → the same validation the CLI uses → the library → outputs,
 * a job summary with the timeline, and the exit code (0 ok, 1 failed check or rollout,
 * 2 bad input). `@actions/core` is passed in by each action's main.ts (as the compliance gate
 * does), so tests run an action in process with a core of their own.
 */
import { errorLine, UsageError } from "../../common/conventions.ts";
import type { AwsOptions } from "../aws/common.ts";
import { type Ctx, makeCtx, type Outcome } from "../context.ts";
import { awsOptionsFromEnv, heartbeatMs, pollMsFromEnv, withSignals } from "../env.ts";
import type { Common, Raw } from "../inputs.ts";
import { liveColor, type Weights } from "../rollout/weights.ts";
import { summaryMarkdown } from "../summary.ts";

/** The slice of @actions/core the actions use. */
export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

export interface ActionSpec<O extends Common, R> {
  title: string;
  /** Input names as in action.yml. `to-color` is read as the CLI's `to`. */
  inputs: string[];
  parse(raw: Raw, env: NodeJS.ProcessEnv): O;
  execute(ctx: Ctx, opts: O, aws: AwsOptions): Promise<Outcome<R>>;
  /** Weights after the run, rollout state, and the action's own outputs. */
  outputs(result: R): { weights: Weights | null; rolloutState: string | null; extra: Record<string, string> };
  facts(opts: O, result: R): [string, string][];
  /** More job-summary markdown after the run (the recent rollout history, smoke results). */
  appendix?(opts: O, result: R, aws: AwsOptions): Promise<string>;
}

const ALIASES: Record<string, string> = { "to-color": "to" };

/** Runs one action and returns its exit code (the caller sets `process.exitCode`). */
export async function runAction<O extends Common, R>(
  core: ActionCore,
  spec: ActionSpec<O, R>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const summary = (markdown: string) => writeSummary(core, env, markdown);
  const raw: Raw = {};
  for (const name of spec.inputs) {
    const value = core.getInput(name);
    if (value !== "") raw[ALIASES[name] ?? name] = value;
  }
  let opts: O;
  try {
    opts = spec.parse(raw, env);
  } catch (err) {
    const line = errorLine(err);
    core.setFailed(line.replace(/^error: /, ""));
    await summary(summaryMarkdown({ title: spec.title, exitCode: 2, message: line, facts: [], events: [] }));
    return err instanceof UsageError ? 2 : 1;
  }
  const pollMs = pollMsFromEnv(env);
  const beat = heartbeatMs(env, false);
  const aws = awsOptionsFromEnv(env, opts.region);
  let outcome: Outcome<R>;
  let ctx: Ctx | undefined;
  try {
    outcome = await withSignals((signal) => {
      ctx = makeCtx({
        log: (line) => core.info(line),
        dryRun: opts.dryRun,
        signal,
        ...(pollMs !== undefined ? { pollMs } : {}),
        ...(beat !== undefined ? { heartbeatMs: beat } : {}),
      });
      return spec.execute(ctx, opts, aws);
    });
  } catch (err) {
    const line = errorLine(err);
    core.setFailed(line.replace(/^error: /, ""));
    await summary(
      summaryMarkdown({
        title: spec.title,
        exitCode: 2,
        message: line,
        facts: [],
        events: ctx?.timeline.events ?? [],
      }),
    );
    return err instanceof UsageError ? 2 : 1;
  }
  const out = spec.outputs(outcome.result);
  const weights = out.weights;
  const live = weights ? liveColor(weights) : "";
  core.setOutput("live-color", live);
  core.setOutput("blue-weight", weights ? String(weights.blue) : "");
  core.setOutput("green-weight", weights ? String(weights.green) : "");
  core.setOutput("weights", weights ? JSON.stringify(weights) : "");
  core.setOutput("rollout-state", out.rolloutState ?? "");
  core.setOutput("message", outcome.message);
  for (const [k, v] of Object.entries(out.extra)) core.setOutput(k, v);
  let appendix = "";
  if (spec.appendix && !opts.dryRun) {
    try {
      appendix = await spec.appendix(opts, outcome.result, aws);
    } catch (err) {
      core.warning(`could not read the rollout history: ${(err as Error).message}`);
    }
  }
  await summary(
    summaryMarkdown({
      title: spec.title,
      exitCode: outcome.exitCode,
      message: outcome.message,
      facts: [
        ...spec.facts(opts, outcome.result),
        ["live color", live || "unknown"],
        ["rollout state", out.rolloutState ?? "none"],
      ],
      events: ctx?.timeline.events ?? [],
      weights,
    }) + appendix,
  );
  if (outcome.exitCode === 0) core.info(outcome.message);
  else core.setFailed(outcome.message);
  return outcome.exitCode;
}

async function writeSummary(core: ActionCore, env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (err) {
    core.warning(`could not write the job summary: ${(err as Error).message}`);
  }
}
