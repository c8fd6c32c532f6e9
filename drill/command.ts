/**
 * `securecloud drill` as data: its options, defaults and examples, for the parser and --help.
 * Cheap to import (no HTTP code).
 */
import type { CliCommand } from "../common/cli.ts";
import { READINESS_PATH } from "../common/service-contract.ts";

/**
 * Hard caps. A drill proves the edge answers a flood from one address; it is not a load test.
 * 300 requests a second for 10 minutes is 180,000 requests from one runner: past the per-IP
 * rate limit's ceiling (10,000 per 5 minutes) within seconds, so a larger drill proves nothing
 * more and risks hurting the estate it exercises.
 */
export const DRILL_LIMITS = { maxRate: 300, maxDurationSeconds: 600, maxConcurrency: 512 } as const;

export const DRILL_DEFAULTS = { rate: 50, durationSeconds: 120, concurrency: 128, timeoutMs: 5_000 } as const;

export const DRILL: CliCommand = {
  path: "drill",
  summary: "bounded flood against staging: time until the WAF answers 429, health meanwhile",
  description:
    "Sends a bounded flood from this machine to a staging URL, reports second by second what came back, names the moment the WAF started answering 429 (time to mitigate) and whether the estate stayed healthy (the health URL probed once a second). Production is refused unless --allow-production: the URL's host is matched against the synthesized service_endpoint outputs, and --environment must agree with them.",
  options: [
    { name: "url", value: "URL", description: "the staging URL to flood (http or https)", required: true },
    {
      name: "rate",
      value: "N",
      description: `requests per second, 1..${DRILL_LIMITS.maxRate}`,
      default: String(DRILL_DEFAULTS.rate),
    },
    {
      name: "duration",
      value: "SECONDS",
      description: `how long, 1..${DRILL_LIMITS.maxDurationSeconds}`,
      default: String(DRILL_DEFAULTS.durationSeconds),
    },
    {
      name: "health-url",
      value: "URL",
      description: "probed once a second during the drill",
      default: `<url origin>${READINESS_PATH}`,
    },
    {
      name: "environment",
      value: "NAME",
      description:
        "the environment the URL belongs to; required unless the synth knows the host or it is loopback",
    },
    {
      name: "allow-production",
      description: "let the drill flood a production environment (refused without it)",
    },
    {
      name: "synth",
      value: "DIR",
      description: "cdktf output holding each environment's service_endpoint output",
      default: "cdktf.out",
    },
    {
      name: "concurrency",
      value: "N",
      description: `requests in flight at most, 1..${DRILL_LIMITS.maxConcurrency}`,
      default: String(DRILL_DEFAULTS.concurrency),
    },
    {
      name: "timeout",
      value: "MS",
      description: "per-request timeout in milliseconds, 100..30000",
      default: String(DRILL_DEFAULTS.timeoutMs),
    },
    {
      name: "summary-file",
      value: "FILE",
      description: "also append the Markdown report with its chart here (e.g. $GITHUB_STEP_SUMMARY)",
    },
  ],
  outputs: ["text", "json", "markdown"],
  examples: [
    "securecloud drill --url https://staging.app.example.com/ --rate 50 --duration 120",
    "securecloud drill --url https://staging.app.example.com/ --rate 20 --duration 60 -o markdown",
    "securecloud drill --url http://127.0.0.1:8080/ --rate 100 --duration 10 --health-url http://127.0.0.1:8080/readyz",
  ],
  exitCodes:
    "0 the WAF answered 429 and the estate stayed healthy; 1 no 429 came back, or the estate was unhealthy; 2 bad input or a refused target (nothing sent)",
};
