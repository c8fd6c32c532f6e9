/**
 * From raw inputs (CLI flags or action inputs, keyed by flag name without dashes) to validated
 * command options. Pure: the CLI and the actions both call these before any AWS call, so bad
 * input exits 2 having changed nothing.
 */
import { type Color, UsageError } from "../common/conventions.ts";
import type { DeployOptions } from "./deploy.ts";
import {
  DEFAULT_BAKE_SECONDS,
  DEFAULT_DEPLOY_TIMEOUT_SECONDS,
  DEFAULT_MAX_ERROR_RATE_DELTA,
  type Format,
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
  parseSteps,
  parseText,
} from "./options.ts";
import type { RollbackOptions } from "./rollback.ts";
import type { ShiftOptions } from "./shift.ts";

export type Raw = Record<string, string | boolean | undefined>;

export interface Common {
  listener: ListenerArn;
  region: string;
  format: Format;
  dryRun: boolean;
}

const str = (raw: Raw, key: string): string | undefined => {
  const v = raw[key];
  if (v === true) throw new UsageError(`--${key}`, "needs a value");
  return v === false ? undefined : v;
};

export function parseCommon(raw: Raw): Common {
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
  };
}

export interface Identity {
  runId: string;
  actor: string;
}

/** Run id and actor: explicit, else from the GitHub Actions environment, else local. */
export function identity(raw: Raw, env: NodeJS.ProcessEnv, now: Date = new Date()): Identity {
  const ghRun = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}` : undefined;
  const local = `local-${now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "")}-${process.pid}`;
  const runId = parseText(str(raw, "run-id"), "--run-id", 128) ?? ghRun ?? local;
  const actor = parseText(str(raw, "actor"), "--actor", 128) ?? env.GITHUB_ACTOR ?? env.USER ?? "unknown";
  return { runId, actor };
}

export function parseShift(raw: Raw, env: NodeJS.ProcessEnv): Common & ShiftOptions {
  const common = parseCommon(raw);
  const to: Color = parseColor(str(raw, "to"), "--to");
  const stepsRaw = str(raw, "steps");
  return {
    ...common,
    ...identity(raw, env),
    to,
    steps: parseSteps(stepsRaw),
    stepsGiven: stepsRaw !== undefined && stepsRaw.trim() !== "",
    bakeSeconds: parseSeconds(str(raw, "bake"), "--bake", DEFAULT_BAKE_SECONDS),
    alarms: parseAlarms(str(raw, "alarms")),
    maxErrorRateDelta: parsePercent(
      str(raw, "max-error-rate-delta"),
      "--max-error-rate-delta",
      DEFAULT_MAX_ERROR_RATE_DELTA,
    ),
  };
}

export function parseRollback(raw: Raw, env: NodeJS.ProcessEnv): Common & RollbackOptions {
  const common = parseCommon(raw);
  const to = parseOptionalColor(str(raw, "to"), "--to");
  const reason = parseText(str(raw, "reason"), "--reason");
  return {
    ...common,
    ...identity(raw, env),
    ...(to ? { to } : {}),
    ...(reason ? { reason } : {}),
    force: parseBoolean(raw.force, "--force"),
  };
}

export function parseDeploy(raw: Raw): Common & DeployOptions {
  const common = parseCommon(raw);
  return {
    ...common,
    cluster: parseCluster(str(raw, "cluster")),
    image: parseImage(str(raw, "image")),
    container: parseContainer(str(raw, "container")),
    timeoutSeconds: parseSeconds(str(raw, "timeout"), "--timeout", DEFAULT_DEPLOY_TIMEOUT_SECONDS, {
      min: 1,
      max: 6 * 3600,
    }),
  };
}

export function parseStatus(raw: Raw): Common {
  return parseCommon(raw);
}
