/**
 * The service's settings: one schema for the environment variables the service reads, used by
 * both sides of the contract.
 *   - The service reads them at start (`parseServiceSettings`, through service/config.ts) and
 *     refuses to start on the first bad one.
 *   - The stacks check the container environment they set at synth (`checkServiceEnvironment`),
 *     so a value the service would refuse fails the synth, not the deploy. Secrets arrive at run
 *     time: the stacks name them without a value, and only their presence is checked.
 * Both report the same `VARIABLE: why` line for the same mistake. Imports only common/ and Node
 * built-ins, so the stacks load it without the service's packages.
 */
import { isIP } from "node:net";
import { COLORS, type Color, isColor, UsageError } from "./conventions.ts";
import {
  DEFAULT_DRAIN_SECONDS,
  FARGATE_MAX_STOP_TIMEOUT_SECONDS,
  MAX_DRAIN_SECONDS,
  SERVICE_ENV,
  SERVICE_PORT,
  STOP_TIMEOUT_MARGIN_SECONDS,
} from "./service-contract.ts";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Shortest and longest bearer token accepted for METRICS_BEARER_TOKEN. */
export const METRICS_TOKEN_MIN_CHARS = 32;
export const METRICS_TOKEN_MAX_CHARS = 1024;

/** What the service runs with, every default applied. */
export interface ServiceSettings {
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
  /** When set, GET /metrics requires `Authorization: Bearer <token>`; absent, /metrics is open. */
  metricsBearerToken?: string;
}

/** A bad environment variable. `what` is the variable's name, `why` the reason. */
export class ConfigError extends UsageError {
  constructor(variable: string, why: string) {
    super(variable, why);
    this.name = "ConfigError";
  }
}

/** One refusal of `checkServiceEnvironment`: the variable, why, and the one-line `VARIABLE: why`. */
export interface SettingProblem {
  readonly variable: string;
  readonly why: string;
  readonly message: string;
}

/** The environment as the service sees it: names to values (process.env, or what ECS sets). */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * One variable of the schema. `read` gets the raw value (undefined when unset or empty) and
 * returns the setting or throws ConfigError; `secret` values are never shown in a message.
 */
interface Setting {
  readonly variable: string;
  readonly key: keyof ServiceSettings;
  readonly secret?: boolean;
  /** Left out of ServiceSettings when unset, rather than present as `undefined`. */
  readonly omitWhenUnset?: boolean;
  read(raw: string | undefined): ServiceSettings[keyof ServiceSettings];
}

const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,63}$/;
const SHA_PATTERN = /^[0-9a-f]{7,40}$/;
/** RFC 6750's b64token: what can follow `Bearer ` in an Authorization header. */
const BEARER_TOKEN_PATTERN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Shows a rejected value safely inside the one-line error (quoted, control chars escaped, cut). */
function shown(value: string): string {
  const cut = value.length > 40 ? `${value.slice(0, 40)}...` : value;
  return JSON.stringify(cut);
}

function wholeNumber(
  variable: string,
  raw: string | undefined,
  fallback: number,
  range: { min: number; max: number; why?: string },
): number {
  if (raw === undefined) return fallback;
  const value = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value >= range.min && value <= range.max)) {
    const why = range.why ? ` (${range.why})` : "";
    throw new ConfigError(
      variable,
      `must be a whole number from ${range.min} to ${range.max}${why}, got ${shown(raw)}`,
    );
  }
  return value;
}

const quotedColors = COLORS.map((c) => `"${c}"`).join(" or ");

/** The schema, in the order variables are checked (the first bad one is reported). */
const SETTINGS: readonly Setting[] = [
  {
    variable: SERVICE_ENV.port,
    key: "port",
    read: (raw) => wholeNumber(SERVICE_ENV.port, raw, SERVICE_PORT, { min: 0, max: 65535 }),
  },
  {
    variable: SERVICE_ENV.host,
    key: "host",
    read: (raw) => {
      if (raw !== undefined && isIP(raw) === 0) {
        throw new ConfigError(SERVICE_ENV.host, `must be an IPv4 or IPv6 address, got ${shown(raw)}`);
      }
      return raw;
    },
  },
  {
    variable: SERVICE_ENV.color,
    key: "color",
    read: (raw) => {
      if (raw === undefined) throw new ConfigError(SERVICE_ENV.color, `is required: ${quotedColors}`);
      if (!isColor(raw))
        throw new ConfigError(SERVICE_ENV.color, `must be ${quotedColors}, got ${shown(raw)}`);
      return raw;
    },
  },
  {
    variable: SERVICE_ENV.version,
    key: "version",
    read: (raw = "dev") => {
      if (!VERSION_PATTERN.test(raw)) {
        throw new ConfigError(
          SERVICE_ENV.version,
          `must be 1-64 characters of letters, digits and . _ + - starting with a letter or digit, got ${shown(raw)}`,
        );
      }
      return raw;
    },
  },
  {
    variable: SERVICE_ENV.gitSha,
    key: "gitSha",
    read: (raw) => {
      if (raw === undefined) return "unknown";
      const sha = raw.toLowerCase();
      if (!SHA_PATTERN.test(sha)) {
        throw new ConfigError(
          SERVICE_ENV.gitSha,
          `must be a git commit of 7-40 hex digits, got ${shown(raw)}`,
        );
      }
      return sha;
    },
  },
  {
    variable: SERVICE_ENV.drainSeconds,
    key: "drainSeconds",
    read: (raw) =>
      wholeNumber(SERVICE_ENV.drainSeconds, raw, DEFAULT_DRAIN_SECONDS, {
        min: 0,
        max: MAX_DRAIN_SECONDS,
        why: `ECS stops the task ${STOP_TIMEOUT_MARGIN_SECONDS} s after the drain and Fargate allows ${FARGATE_MAX_STOP_TIMEOUT_SECONDS} s at most`,
      }),
  },
  {
    variable: SERVICE_ENV.logLevel,
    key: "logLevel",
    read: (raw = "info") => {
      if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
        throw new ConfigError(
          SERVICE_ENV.logLevel,
          `must be one of ${LOG_LEVELS.join(", ")}, got ${shown(raw)}`,
        );
      }
      return raw as LogLevel;
    },
  },
  {
    variable: SERVICE_ENV.metricsBearerToken,
    key: "metricsBearerToken",
    secret: true,
    omitWhenUnset: true,
    read: (raw) => {
      if (raw === undefined) return undefined;
      const fits = raw.length >= METRICS_TOKEN_MIN_CHARS && raw.length <= METRICS_TOKEN_MAX_CHARS;
      if (!fits || !BEARER_TOKEN_PATTERN.test(raw)) {
        // The value is a secret: say what is wrong with it without showing it.
        throw new ConfigError(
          SERVICE_ENV.metricsBearerToken,
          `must be a bearer token of ${METRICS_TOKEN_MIN_CHARS}-${METRICS_TOKEN_MAX_CHARS} characters from A-Z a-z 0-9 - . _ ~ + / (= only at the end), got ${raw.length} characters${fits ? ", some of them outside that set" : ""}`,
        );
      }
      return raw;
    },
  },
];

/** Empty values count as unset, so `PORT=` in a compose file means the default. */
function rawValue(env: Environment, variable: string): string | undefined {
  const value = env[variable];
  return value === undefined || value === "" ? undefined : value;
}

/**
 * The service's settings from its environment, every default applied. Throws ConfigError
 * naming the first bad variable (in the order of SERVICE_ENV) and why; never returns a partly
 * valid result. Variables it does not know are ignored.
 */
export function parseServiceSettings(env: Environment): ServiceSettings {
  const settings: Record<string, unknown> = {};
  for (const setting of SETTINGS) {
    const value = setting.read(rawValue(env, setting.variable));
    if (value !== undefined || !setting.omitWhenUnset) settings[setting.key] = value;
  }
  return settings as unknown as ServiceSettings;
}

/**
 * Checks a container environment as the service will read it, at synth: `environment` holds
 * the plain values the task definition sets (names to values), `secrets` the names whose
 * values arrive at run time (ECS `secrets` from Parameter Store or Secrets Manager). A secret
 * counts as present, so a required variable may come from one; its value cannot be checked
 * here (the service checks it when it starts). A name in both is taken as a secret.
 *
 * Returns one problem per bad variable, in the order the service checks them; empty when the
 * service would start. Each message is the line the service would print after `error: `. One
 * more refusal is made here only: a secret setting (METRICS_BEARER_TOKEN) given as a plain
 * value, which would put the secret into the task definition and the Terraform state.
 */
export function checkServiceEnvironment(
  environment: Environment,
  secrets: Iterable<string> = [],
): SettingProblem[] {
  const atRunTime = new Set(secrets);
  const problems: SettingProblem[] = [];
  for (const setting of SETTINGS) {
    if (atRunTime.has(setting.variable)) continue;
    const raw = rawValue(environment, setting.variable);
    try {
      setting.read(raw);
      if (setting.secret && raw !== undefined) {
        throw new ConfigError(
          setting.variable,
          "holds a secret: set it from a secret (ECS `secrets`), never as a plain value in the task definition",
        );
      }
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push({ variable: err.what, why: err.why, message: err.message });
    }
  }
  return problems;
}

/** The variables the service reads, in the order it checks them, and which hold secrets. */
export const SERVICE_SETTINGS: ReadonlyArray<{ readonly variable: string; readonly secret: boolean }> =
  SETTINGS.map((s) => ({ variable: s.variable, secret: s.secret === true }));
