/**
 * The drill's options, validated: the syntax comes from the command's declarative option list
 * (command.ts, shared with --help), the bounds and meaning from here. Pure: throws
 * `UsageError` (exit 2) on bad input before a single request is sent.
 */
import { BINARY, parseCommand } from "../common/cli.ts";
import { UsageError } from "../common/conventions.ts";
import { READINESS_PATH } from "../common/service-contract.ts";
import { DRILL, DRILL_DEFAULTS, DRILL_LIMITS } from "./command.ts";

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
}

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
export function parseDrillArgs(argv: readonly string[]): DrillOptions | { help: string } {
  const parsed = parseCommand(DRILL, argv);
  if (parsed.help !== undefined) return { help: parsed.help };
  const values = parsed.values;
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  const rawUrl = str("url");
  if (rawUrl === undefined) throw new UsageError("--url", `is required (see ${BINARY} drill --help)`);
  const url = httpUrl(rawUrl, "url");
  const format = str("format") ?? "text";
  if (!(DRILL.outputs as readonly string[]).includes(format)) {
    throw new UsageError("--output", `"${format}" is not one of ${DRILL.outputs!.join(", ")}`);
  }
  const environment = str("environment");
  if (environment !== undefined && !/^[a-z][a-z0-9-]{0,30}$/.test(environment)) {
    throw new UsageError("--environment", `"${environment}" is not an environment name`);
  }
  const healthUrl = str("health-url");
  return {
    url,
    rate: integer(str("rate"), "rate", 1, DRILL_LIMITS.maxRate, DRILL_DEFAULTS.rate),
    durationSeconds: integer(
      str("duration"),
      "duration",
      1,
      DRILL_LIMITS.maxDurationSeconds,
      DRILL_DEFAULTS.durationSeconds,
    ),
    healthUrl: healthUrl ? httpUrl(healthUrl, "health-url") : new URL(READINESS_PATH, url.origin),
    environment,
    allowProduction: values["allow-production"] === true,
    synthDir: str("synth") ?? "cdktf.out",
    concurrency: integer(
      str("concurrency"),
      "concurrency",
      1,
      DRILL_LIMITS.maxConcurrency,
      DRILL_DEFAULTS.concurrency,
    ),
    timeoutMs: integer(str("timeout"), "timeout", 100, 30_000, DRILL_DEFAULTS.timeoutMs),
    format: format as DrillOptions["format"],
    summaryFile: str("summary-file"),
  };
}
