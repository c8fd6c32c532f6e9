/**
 * From raw inputs (CLI flags or action inputs, keyed by flag name without dashes) and the
 * environment to validated command options. Pure: the CLI and the actions both call these
 * before any AWS call, so bad input exits 2 having changed nothing.
 */
import { randomBytes } from "node:crypto";
import { type Color, UsageError } from "../common/conventions.ts";
import type { DeployOptions } from "./commands/deploy.ts";
import type { HistoryOptions } from "./commands/history.ts";
import type { PauseOptions } from "./commands/pause.ts";
import type { RollbackOptions } from "./commands/rollback.ts";
import type { ShiftOptions } from "./commands/shift.ts";
import type { UndoOptions } from "./commands/undo.ts";
import {
  DEFAULT_BAKE_SECONDS,
  DEFAULT_DEPLOY_TIMEOUT_SECONDS,
  DEFAULT_MAX_ERROR_RATE_DELTA,
  DEFAULT_WATCH_INTERVAL_SECONDS,
  type Format,
  idleRouteParameter,
  type ListenerArn,
  parseAlarms,
  parseBoolean,
  parseCluster,
  parseColor,
  parseContainer,
  parseFormat,
  parseImage,
  parseListenerArn,
  parseOptionalColor,
  parsePercent,
  parseRegion,
  parseSeconds,
  parseSmokeUrl,
  parseSteps,
  parseText,
  rolloutTable,
} from "./options.ts";
import { assertRecordFits } from "./rollout/limits.ts";
import {
  DEFAULT_SCALE_DOWN_DELAY_SECONDS,
  type Plan,
  planDigest,
  shorthandPlan,
  validatePlan,
} from "./rollout/plan.ts";
import { loadPlan } from "./rollout/plan-file.ts";
import type { Holder } from "./rollout/store.ts";
import { loadSmokeSpec, type SmokeSpec } from "./smoke/checks.ts";

export type Raw = Record<string, string | boolean | undefined>;

export interface Common {
  listener: ListenerArn;
  region: string;
  format: Format;
  dryRun: boolean;
  /** The environment's rollout table (lease, record, history). */
  table: string;
}

/** Settings from the environment (production defaults; tests shrink them). */
export interface Settings {
  /** How long a lease lasts unless renewed. SECURECLOUD_LEASE_SECONDS, default 300. */
  leaseMs: number;
  /**
   * The longest a shift's listener write may stay in flight (it is abandoned after that); what a
   * preempting rollback waits out before checking nothing landed after it.
   * SECURECLOUD_WRITE_WINDOW_MS, default 20000.
   */
  writeWindowMs: number;
}

const str = (raw: Raw, key: string): string | undefined => {
  const v = raw[key];
  if (v === true) throw new UsageError(`--${key}`, "needs a value");
  return v === false ? undefined : v;
};

function envNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const v = env[name];
  if (v === undefined || v.trim() === "") return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new UsageError(name, `"${v}" is outside ${min}..${max}`);
  return n;
}

export function settings(env: NodeJS.ProcessEnv): Settings {
  return {
    leaseMs: envNumber(env, "SECURECLOUD_LEASE_SECONDS", 300, 1, 86_400) * 1000,
    writeWindowMs: envNumber(env, "SECURECLOUD_WRITE_WINDOW_MS", 20_000, 100, 600_000),
  };
}

export function parseCommon(raw: Raw, env: NodeJS.ProcessEnv = {}): Common {
  const listener = parseListenerArn(str(raw, "listener"));
  const region = parseRegion(str(raw, "region"));
  if (region && region !== listener.region) {
    throw new UsageError("--region", `${region} does not match the listener's region ${listener.region}`);
  }
  return {
    listener,
    region: region ?? listener.region,
    format: parseFormat(str(raw, "format")),
    dryRun: parseBoolean(raw["dry-run"], "--dry-run"),
    table: rolloutTable(listener, env.SECURECLOUD_ROLLOUT_TABLE),
  };
}

/**
 * Who runs this: explicit `--run-id`/`--actor`, else the GitHub Actions run, else this
 * invocation. The lease belongs to the run (`--run-id`, or the GitHub run without its attempt),
 * so a re-run of a run that died takes its own lease back at once.
 */
export function identity(raw: Raw, env: NodeJS.ProcessEnv, command: string, now: Date = new Date()): Holder {
  const attempt = env.GITHUB_RUN_ATTEMPT ?? "1";
  const ghRun = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${attempt}` : undefined;
  const local = `local-${now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "")}-${process.pid}-${randomBytes(2).toString("hex")}`;
  const given = parseText(str(raw, "run-id"), "--run-id", 128);
  const runId = given ?? ghRun ?? local;
  const actor = parseText(str(raw, "actor"), "--actor", 128) ?? env.GITHUB_ACTOR ?? env.USER ?? "unknown";
  const repo = env.GITHUB_REPOSITORY;
  const url =
    env.GITHUB_RUN_ID && repo
      ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${attempt}`
      : "";
  const id = given ?? (env.GITHUB_RUN_ID ? `github-run-${env.GITHUB_RUN_ID}` : local);
  return { id, runId, actor, command, url };
}

export interface SmokeOptions {
  /** Base URL whose ALB routes the secret header to the idle color; undefined: no smoke checks. */
  url?: string;
  /** The declared checks (JSON). */
  checksFile: string;
  /** The SSM SecureString holding the idle route's header value (null: no header). */
  parameter: string | null;
  /** The checks, read at input time when there is a URL to run them against. */
  spec?: SmokeSpec;
}

/** The checks declared in the repository, relative to where the command runs (the checkout). */
export const DEFAULT_SMOKE_CHECKS = "delivery/smoke-checks.json";

function parseSmoke(raw: Raw, env: NodeJS.ProcessEnv, listener: ListenerArn): SmokeOptions {
  const file = str(raw, "smoke-checks")?.trim();
  const url = parseSmokeUrl(str(raw, "smoke-url") ?? env.SECURECLOUD_SMOKE_URL);
  const checksFile = file && file !== "" ? file : (env.SECURECLOUD_SMOKE_CHECKS ?? DEFAULT_SMOKE_CHECKS);
  return {
    ...(url ? { url, spec: loadSmokeSpec(checksFile) } : {}),
    checksFile,
    parameter: idleRouteParameter(listener, env.SECURECLOUD_IDLE_ROUTE_PARAMETER),
  };
}

/**
 * The plan of a shift: `--plan FILE` (a plan file), or `--steps/--bake` as shorthand for smoke
 * checks (when there is a smoke URL) and then a weight and a bake per step. Not both.
 */
export function parsePlanOptions(raw: Raw, smoke: boolean): Plan & { given: boolean } {
  const file = str(raw, "plan")?.trim() ?? "";
  const stepsRaw = str(raw, "steps");
  const bakeRaw = str(raw, "bake");
  const bakeSeconds = parseSeconds(bakeRaw, "--bake", DEFAULT_BAKE_SECONDS);
  if (file !== "") {
    const clash = stepsRaw !== undefined && stepsRaw.trim() !== "" ? "--steps" : bakeRaw ? "--bake" : "";
    if (clash)
      throw new UsageError(clash, "cannot be combined with --plan (the plan file says the steps and bakes)");
    return { ...loadPlan(file), given: true };
  }
  const steps = shorthandPlan(parseSteps(stepsRaw), bakeSeconds, smoke);
  validatePlan(steps);
  const given = (stepsRaw !== undefined && stepsRaw.trim() !== "") || bakeRaw !== undefined;
  const source = `--steps ${parseSteps(stepsRaw).join(",")} --bake ${bakeSeconds}`;
  return { steps, scaleDownDelaySeconds: DEFAULT_SCALE_DOWN_DELAY_SECONDS, source, given };
}

/** What shift and promote watch during bakes. */
function watchOptions(raw: Raw) {
  return {
    alarms: parseAlarms(str(raw, "alarms")),
    maxErrorRateDelta: parsePercent(
      str(raw, "max-error-rate-delta"),
      "--max-error-rate-delta",
      DEFAULT_MAX_ERROR_RATE_DELTA,
    ),
  };
}

export function parseShift(raw: Raw, env: NodeJS.ProcessEnv): Common & ShiftOptions & { settings: Settings } {
  const common = parseCommon(raw, env);
  const to: Color = parseColor(str(raw, "to"), "--to");
  const smoke = parseSmoke(raw, env, common.listener);
  const plan = parsePlanOptions(raw, smoke.url !== undefined);
  const who = identity(raw, env, "shift");
  assertRecordFits(plan.steps, who, plan.given && str(raw, "plan") ? "--plan" : "--steps");
  return {
    ...common,
    holder: who,
    to,
    plan: plan.steps,
    digest: planDigest(plan),
    planSource: plan.source,
    scaleDownDelaySeconds: plan.scaleDownDelaySeconds,
    planGiven: plan.given,
    ...watchOptions(raw),
    smoke,
    settings: settings(env),
  };
}

/**
 * `traffic promote`: the recorded plan continues (its color too). `--full` skips the remaining
 * steps to 100% and must be confirmed: `confirmed` is the caller's answer (an interactive prompt
 * on a terminal), else `--yes`.
 */
export function parsePromote(
  raw: Raw,
  env: NodeJS.ProcessEnv,
  confirmed?: boolean,
): Common & ShiftOptions & { settings: Settings } {
  const common = parseCommon(raw, env);
  const full = parseBoolean(raw.full, "--full");
  const yes = parseBoolean(raw.yes, "--yes");
  if (full && !yes && confirmed !== true)
    throw new UsageError(
      "--full",
      confirmed === false
        ? "not confirmed; nothing changed"
        : "skips the remaining steps and their checks straight to 100%: confirm with --yes (no terminal to ask on); nothing changed",
    );
  return {
    ...common,
    holder: identity(raw, env, "promote"),
    // The recorded rollout's color and plan replace these.
    to: "green",
    plan: [],
    digest: "",
    planSource: "the recorded plan",
    scaleDownDelaySeconds: DEFAULT_SCALE_DOWN_DELAY_SECONDS,
    promote: { full },
    ...watchOptions(raw),
    smoke: parseSmoke(raw, env, common.listener),
    settings: settings(env),
  };
}

export function parseRollback(raw: Raw, env: NodeJS.ProcessEnv): Common & RollbackOptions {
  const common = parseCommon(raw, env);
  const to = parseOptionalColor(str(raw, "to"), "--to");
  const reason = parseText(str(raw, "reason"), "--reason");
  return {
    ...common,
    holder: identity(raw, env, "rollback"),
    ...(to ? { to } : {}),
    ...(reason ? { reason } : {}),
    force: parseBoolean(raw.force, "--force"),
    settings: settings(env),
  };
}

/** `traffic abort`: the rollback with a required reason, recorded as aborted. */
export function parseAbort(raw: Raw, env: NodeJS.ProcessEnv): Common & RollbackOptions {
  const reason = parseText(str(raw, "reason"), "--reason");
  if (!reason) throw new UsageError("--reason", "is required: say why the rollout is aborted");
  const common = parseCommon(raw, env);
  return {
    ...common,
    holder: identity(raw, env, "abort"),
    reason,
    force: parseBoolean(raw.force, "--force"),
    settings: settings(env),
    abort: true,
  };
}

export function parsePause(raw: Raw, env: NodeJS.ProcessEnv): Common & PauseOptions {
  const common = parseCommon(raw, env);
  return {
    ...common,
    holder: identity(raw, env, "pause"),
    waitSeconds: parseSeconds(str(raw, "wait"), "--wait", 60, { min: 0, max: 3600 }),
    settings: settings(env),
  };
}

/** `traffic rollback --revision last-good`: the revision-level undo (needs the cluster). */
export function parseUndo(raw: Raw, env: NodeJS.ProcessEnv): Common & UndoOptions {
  const revision = str(raw, "revision")?.trim();
  if (revision !== "last-good") {
    throw new UsageError("--revision", `"${revision ?? ""}" is not supported (expected last-good)`);
  }
  const common = parseCommon(raw, env);
  if (str(raw, "to") !== undefined)
    throw new UsageError("--to", "cannot be combined with --revision (it restores the idle color)");
  const reason = parseText(str(raw, "reason"), "--reason");
  return {
    ...common,
    holder: identity(raw, env, "undo"),
    cluster: parseCluster(str(raw, "cluster")),
    timeoutSeconds: parseSeconds(str(raw, "timeout"), "--timeout", DEFAULT_DEPLOY_TIMEOUT_SECONDS, {
      min: 1,
      max: 6 * 3600,
    }),
    ...(reason ? { reason } : {}),
    smoke: parseSmoke(raw, env, common.listener),
    settings: settings(env),
  };
}

export function parseDeploy(raw: Raw, env: NodeJS.ProcessEnv = {}): Common & DeployOptions {
  const common = parseCommon(raw, env);
  return {
    ...common,
    holder: identity(raw, env, "deploy"),
    cluster: parseCluster(str(raw, "cluster")),
    image: parseImage(str(raw, "image")),
    container: parseContainer(str(raw, "container")),
    timeoutSeconds: parseSeconds(str(raw, "timeout"), "--timeout", DEFAULT_DEPLOY_TIMEOUT_SECONDS, {
      min: 1,
      max: 6 * 3600,
    }),
    idleRouteParameter: idleRouteParameter(common.listener, env.SECURECLOUD_IDLE_ROUTE_PARAMETER),
    settings: settings(env),
  };
}

export interface StatusOptions extends Common {
  /** Redraw every `intervalSeconds` until Ctrl-C. */
  watch: boolean;
  intervalSeconds: number;
}

export function parseStatus(raw: Raw, env: NodeJS.ProcessEnv = {}): StatusOptions {
  const common = parseCommon(raw, env);
  const watch = parseBoolean(raw.watch, "--watch");
  const interval = str(raw, "interval");
  if (interval !== undefined && !watch) throw new UsageError("--interval", "only applies with --watch");
  const intervalSeconds = parseSeconds(interval, "--interval", DEFAULT_WATCH_INTERVAL_SECONDS, {
    min: 1,
    max: 3600,
  });
  return { ...common, watch, intervalSeconds };
}

export function parseHistory(raw: Raw, env: NodeJS.ProcessEnv = {}): Common & HistoryOptions {
  const common = parseCommon(raw, env);
  const limit = str(raw, "limit")?.trim() ?? "";
  if (limit !== "" && !/^\d+$/.test(limit))
    throw new UsageError("--limit", `"${limit}" is not a whole number`);
  const n = limit === "" ? 20 : Number(limit);
  if (n < 1 || n > 1000) throw new UsageError("--limit", `${n} is outside 1..1000`);
  return { ...common, limit: n };
}
