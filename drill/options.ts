/**
 * The drill's options: one declarative list (name, kind, what it means, its default and its
 * bounds) that the parser, the validation and `--help` all read, so the help text can never
 * disagree with what the command accepts. Pure: throws `UsageError` (exit 2) on bad input
 * before a single request is sent.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "../common/conventions.ts";
import { READINESS_PATH } from "../common/service-contract.ts";

/**
 * Hard caps. A drill proves the edge answers a flood from one address; it is not a load test.
 * 300 requests a second for 10 minutes is 180,000 requests from one runner: past the per-IP
 * rate limit's ceiling (10,000 per 5 minutes) within seconds, so a larger drill proves nothing
 * more and risks hurting the estate it exercises.
 */
export const DRILL_LIMITS = { maxRate: 300, maxDurationSeconds: 600, maxConcurrency: 512 } as const;

export interface DrillOptions {
  url: URL;
  /** Requests per second the flood aims at. */
  rate: number;
  durationSeconds: number;
  /** Probed once a second on its own connection; answers other than 2xx/429 count as unhealthy. */
  healthUrl: URL;
  /** The environment the operator says the URL belongs to; checked against the synthesized outputs. */
  environment: string | undefined;
  /** The only way to point a drill at production. */
  allowProduction: boolean;
  /** Where the synthesized stacks are (their `service_endpoint` outputs name each environment's host). */
  synthDir: string;
  /** Requests in flight at most; beyond it a tick's requests are counted as not sent. */
  concurrency: number;
  /** Per-request timeout. */
  timeoutMs: number;
  format: "text" | "json" | "markdown";
  /** Writes the Markdown report (with the chart) here as well, e.g. $GITHUB_STEP_SUMMARY. */
  summaryFile: string | undefined;
  help: boolean;
}

type Kind = "string" | "boolean";
interface OptionSpec {
  readonly kind: Kind;
  readonly value?: string;
  readonly help: string;
}

/** The option list: parser, validation and help all come from it. */
export const DRILL_OPTIONS = {
  url: { kind: "string", value: "URL", help: "the staging URL to flood (http or https; required)" },
  rate: {
    kind: "string",
    value: "N",
    help: `requests per second, 1..${DRILL_LIMITS.maxRate} (default 50)`,
  },
  duration: {
    kind: "string",
    value: "S",
    help: `seconds, 1..${DRILL_LIMITS.maxDurationSeconds} (default 120)`,
  },
  "health-url": {
    kind: "string",
    value: "URL",
    help: `probed every second during the drill (default <url origin>${READINESS_PATH})`,
  },
  environment: {
    kind: "string",
    value: "NAME",
    help: "the environment the URL belongs to; required unless the synth knows the host or it is loopback",
  },
  "allow-production": {
    kind: "boolean",
    help: "let the drill flood a production environment (refused without it)",
  },
  synth: {
    kind: "string",
    value: "DIR",
    help: "cdktf output holding each environment's service_endpoint output (default cdktf.out)",
  },
  concurrency: {
    kind: "string",
    value: "N",
    help: `requests in flight at most, 1..${DRILL_LIMITS.maxConcurrency} (default 128)`,
  },
  timeout: { kind: "string", value: "MS", help: "per-request timeout in ms, 100..30000 (default 5000)" },
  format: { kind: "string", value: "FMT", help: "text, json or markdown (default text)" },
  "summary-file": {
    kind: "string",
    value: "FILE",
    help: "also append the Markdown report with its chart here (e.g. $GITHUB_STEP_SUMMARY)",
  },
  help: { kind: "boolean", help: "show this help" },
} as const satisfies Record<string, OptionSpec>;

export const DRILL_USAGE = `usage: securecloud drill --url URL [--rate N] [--duration S] [options]

Sends a bounded flood from this machine to a staging URL, reports second by second what came
back, names the moment the WAF started answering 429 (time to mitigate) and whether the estate
stayed healthy. Refuses production unless --allow-production.

${Object.entries(DRILL_OPTIONS as Record<string, OptionSpec>)
  .map(([name, o]) => `  --${`${name}${o.value ? ` ${o.value}` : ""}`.padEnd(22)} ${o.help}`)
  .join("\n")}

Exit: 0 mitigated and healthy; 1 no 429 came back, or the estate was unhealthy; 2 bad input or refused.
`;

function integer(raw: string | undefined, flag: string, min: number, max: number, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${flag}`, `"${raw}" is not a whole number between ${min} and ${max}`);
  }
  return n;
}

function httpUrl(raw: string, flag: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--${flag}`, `"${raw}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`--${flag}`, `"${raw}" is not an http or https URL`);
  }
  if (url.username || url.password) throw new UsageError(`--${flag}`, "must not carry credentials");
  return url;
}

/** Parses argv (the words after `securecloud drill`). */
export function parseDrillArgs(argv: readonly string[]): DrillOptions {
  const options = Object.fromEntries(
    Object.entries(DRILL_OPTIONS as Record<string, OptionSpec>).map(([name, o]) => [
      name,
      { type: o.kind, ...(name === "help" ? { short: "h" } : {}) },
    ]),
  ) as NonNullable<ParseArgsConfig["options"]>;
  let values: Record<string, string | boolean | undefined>;
  try {
    const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
    values = parsed.values as Record<string, string | boolean | undefined>;
  } catch (err) {
    const e = err as { code?: string; message: string };
    const flag = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1] ?? "argument";
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(flag, "unknown flag (see --help)");
    if (e.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      throw new UsageError(flag, "unexpected argument (see --help)");
    }
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError(
        flag,
        /argument missing/.test(e.message) ? "needs a value" : "does not take a value",
      );
    }
    throw new UsageError("arguments", e.message.split("\n")[0] ?? "invalid");
  }
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  const help = values.help === true;
  const rawUrl = str("url");
  if (rawUrl === undefined && !help) throw new UsageError("--url", "is required (see --help)");
  const url = httpUrl(rawUrl ?? "http://127.0.0.1/", "url");
  const format = str("format") ?? "text";
  if (format !== "text" && format !== "json" && format !== "markdown") {
    throw new UsageError("--format", `"${format}" is not one of text, json, markdown`);
  }
  const environment = str("environment");
  if (environment !== undefined && !/^[a-z][a-z0-9-]{0,30}$/.test(environment)) {
    throw new UsageError("--environment", `"${environment}" is not an environment name`);
  }
  return {
    url,
    rate: integer(str("rate"), "rate", 1, DRILL_LIMITS.maxRate, 50),
    durationSeconds: integer(str("duration"), "duration", 1, DRILL_LIMITS.maxDurationSeconds, 120),
    healthUrl: str("health-url")
      ? httpUrl(str("health-url")!, "health-url")
      : new URL(READINESS_PATH, url.origin),
    environment,
    allowProduction: values["allow-production"] === true,
    synthDir: str("synth") ?? "cdktf.out",
    concurrency: integer(str("concurrency"), "concurrency", 1, DRILL_LIMITS.maxConcurrency, 128),
    timeoutMs: integer(str("timeout"), "timeout", 100, 30_000, 5_000),
    format,
    summaryFile: str("summary-file"),
    help,
  };
}
