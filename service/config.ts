import { isIP } from "node:net";
import { COLORS, type Color, isColor, UsageError } from "../common/conventions.ts";
import {
  DEFAULT_DRAIN_SECONDS,
  FARGATE_MAX_STOP_TIMEOUT_SECONDS,
  MAX_DRAIN_SECONDS,
  SERVICE_ENV,
  SERVICE_PORT,
  STOP_TIMEOUT_MARGIN_SECONDS,
} from "./contract.ts";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServiceConfig {
  /** 0 picks a free port (tests); production uses SERVICE_PORT. */
  port: number;
  /** IP literal to bind; undefined binds every interface (Node's default). */
  host: string | undefined;
  color: Color;
  version: string;
  /** Git commit the image was built from, lower-case hex, or "unknown". */
  gitSha: string;
  drainSeconds: number;
  logLevel: LogLevel;
}

/** A bad environment variable. `what` is the variable's name. */
export class ConfigError extends UsageError {
  constructor(variable: string, why: string) {
    super(variable, why);
    this.name = "ConfigError";
  }
}

const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,63}$/;
const SHA_PATTERN = /^[0-9a-f]{7,40}$/;

/** Shows a rejected value safely inside the one-line error (quoted, control chars escaped, cut). */
function shown(value: string): string {
  const cut = value.length > 40 ? `${value.slice(0, 40)}...` : value;
  return JSON.stringify(cut);
}

/** Empty values count as unset, so `PORT=` in a compose file means the default. */
function read(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  range: { min: number; max: number; why?: string },
): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= range.min && value <= range.max)) {
    const why = range.why ? ` (${range.why})` : "";
    throw new ConfigError(
      name,
      `must be a whole number from ${range.min} to ${range.max}${why}, got ${shown(raw)}`,
    );
  }
  return value;
}

/**
 * Reads and validates the service's configuration. Throws ConfigError naming the first bad
 * variable (in the order of SERVICE_ENV) and why; never returns a partly valid config.
 */
export function loadConfig(env: NodeJS.ProcessEnv): ServiceConfig {
  const port = integer(env, SERVICE_ENV.port, SERVICE_PORT, { min: 0, max: 65535 });

  const host = read(env, SERVICE_ENV.host);
  if (host !== undefined && isIP(host) === 0) {
    throw new ConfigError(SERVICE_ENV.host, `must be an IPv4 or IPv6 address, got ${shown(host)}`);
  }

  const color = read(env, SERVICE_ENV.color);
  if (color === undefined) {
    throw new ConfigError(SERVICE_ENV.color, `is required: ${COLORS.map((c) => `"${c}"`).join(" or ")}`);
  }
  if (!isColor(color)) {
    throw new ConfigError(
      SERVICE_ENV.color,
      `must be ${COLORS.map((c) => `"${c}"`).join(" or ")}, got ${shown(color)}`,
    );
  }

  const version = read(env, SERVICE_ENV.version) ?? "dev";
  if (!VERSION_PATTERN.test(version)) {
    throw new ConfigError(
      SERVICE_ENV.version,
      `must be 1-64 characters of letters, digits and . _ + - starting with a letter or digit, got ${shown(version)}`,
    );
  }

  const rawSha = read(env, SERVICE_ENV.gitSha);
  const gitSha = rawSha === undefined ? "unknown" : rawSha.toLowerCase();
  if (rawSha !== undefined && !SHA_PATTERN.test(gitSha)) {
    throw new ConfigError(
      SERVICE_ENV.gitSha,
      `must be a git commit of 7-40 hex digits, got ${shown(rawSha)}`,
    );
  }

  const drainSeconds = integer(env, SERVICE_ENV.drainSeconds, DEFAULT_DRAIN_SECONDS, {
    min: 0,
    max: MAX_DRAIN_SECONDS,
    why: `ECS stops the task ${STOP_TIMEOUT_MARGIN_SECONDS} s after the drain and Fargate allows ${FARGATE_MAX_STOP_TIMEOUT_SECONDS} s at most`,
  });

  const logLevel = read(env, SERVICE_ENV.logLevel) ?? "info";
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(
      SERVICE_ENV.logLevel,
      `must be one of ${LOG_LEVELS.join(", ")}, got ${shown(logLevel)}`,
    );
  }

  return { port, host, color, version, gitSha, drainSeconds, logLevel: logLevel as LogLevel };
}
