/**
 * `securecloud gate [PATH ...] [--format text|json|sarif|github] [--fail-on low|medium|high|critical]`
 * `securecloud gate --live [--region R] [--evaluate] [--timeout S] [--fail-on ...]
 *                          [--insufficient-data block|report] [--format text|json|github]
 *                          [--security-hub --suppressions PATH]`
 *
 * Exit codes: 0 nothing at or above --fail-on; 1 something is (or a suppression is expired,
 * names an unknown rule or is malformed; or the live gate timed out or could not ask AWS);
 * 2 bad input (missing path, invalid JSON, not a Terraform JSON document, unknown flag, bad
 * flag value), with one `error: <what>: <why>` line on stderr and nothing on stdout.
 *
 * The static path loads no cdktf and no AWS SDK; `--live` imports the Config client lazily.
 */
import { helpText, parseCommand } from "../common/cli.ts";
import { EXIT, errorLine, isSeverity, SEVERITIES, type Severity, UsageError } from "../common/conventions.ts";
import { GATE, GATE_FORMATS } from "./commands.ts";
import { evaluate } from "./engine/evaluate.ts";
import { loadEstate } from "./engine/load.ts";
import type { Report } from "./engine/types.ts";
import type { LiveOptions } from "./live/gate.ts";
import { type CoreLike, emitGithub, loadCore } from "./report/github.ts";
import { renderSarif } from "./report/sarif.ts";
import { renderText } from "./report/text.ts";
import { RULES } from "./rules/index.ts";

export const FORMATS = GATE_FORMATS;
export type Format = (typeof FORMATS)[number];

export interface RunIO {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** @actions/core (or a stand-in) for --format github. */
  core?: CoreLike;
  /** Injected into the live gate (tests): client, sleep, clock. */
  live?: Partial<import("./live/gate.ts").LiveOptions>;
  /** Clock for suppression expiry. */
  now?: number;
  /** Injected into the Security Hub reader (tests): client. */
  hub?: Partial<import("./live/securityhub.ts").HubOptions>;
}

export interface GateArgs {
  paths: string[];
  format: Format;
  failOn: Severity;
  live: boolean;
  region: string | undefined;
  evaluate: boolean;
  timeoutSeconds: number;
  insufficientData: "block" | "report";
  /** The live gate also reads Security Hub, after the suppressions under `suppressions`. */
  securityHub: boolean;
  suppressions: string | undefined;
  help: boolean;
}

/** What the live gate is told by the CLI's or the action's arguments; `log` takes progress lines. */
export function liveGateOptions(args: GateArgs, log: (line: string) => void): LiveOptions {
  return {
    region: args.region,
    evaluate: args.evaluate,
    timeoutMs: args.timeoutSeconds * 1000,
    failOn: args.failOn,
    insufficientData: args.insufficientData,
    log,
  };
}

/** Parses argv (the words after `securecloud gate`); throws UsageError on anything wrong. */
export function parseGateArgs(argv: string[]): GateArgs {
  const parsed = parseCommand(GATE, argv);
  if (parsed.help !== undefined) {
    return {
      paths: [],
      format: "text",
      failOn: "medium",
      live: false,
      region: undefined,
      evaluate: false,
      timeoutSeconds: 300,
      insufficientData: "report",
      securityHub: false,
      suppressions: undefined,
      help: true,
    };
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const str = (k: string): string | undefined => (typeof v[k] === "string" ? (v[k] as string) : undefined);

  const format = str("format") ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError("--format", `"${format}" is not one of ${FORMATS.join(", ")}`);
  }
  const failOn = str("fail-on") ?? "medium";
  if (!isSeverity(failOn))
    throw new UsageError("--fail-on", `"${failOn}" is not one of ${SEVERITIES.join(", ")}`);
  const live = v.live === true;
  const liveOnly = [
    "region",
    "evaluate",
    "timeout",
    "insufficient-data",
    "security-hub",
    "suppressions",
  ].filter((k) => v[k] !== undefined);
  if (!live && liveOnly.length > 0) throw new UsageError(`--${liveOnly[0]}`, "only applies with --live");
  if (live && parsed.positionals.length > 0) {
    throw new UsageError(parsed.positionals[0]!, "paths do not apply with --live (it reads AWS Config)");
  }
  if (live && format === "sarif")
    throw new UsageError("--format", "sarif needs file locations; use text, json or github with --live");
  const region = str("region");
  if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
    throw new UsageError("--region", `"${region}" is not an AWS region name`);
  }
  const timeoutRaw = str("timeout") ?? "300";
  const timeoutSeconds = Number(timeoutRaw);
  if (!/^\d+(\.\d+)?$/.test(timeoutRaw) || !(timeoutSeconds > 0) || timeoutSeconds > 3600) {
    throw new UsageError("--timeout", `"${timeoutRaw}" is not a number of seconds between 1 and 3600`);
  }
  const insufficient = str("insufficient-data") ?? "report";
  if (insufficient !== "block" && insufficient !== "report") {
    throw new UsageError("--insufficient-data", `"${insufficient}" is not one of block, report`);
  }
  const securityHub = v["security-hub"] === true;
  if (securityHub && str("suppressions") === undefined) {
    throw new UsageError("--security-hub", "needs --suppressions PATH (the environment's synthesized stack)");
  }
  if (!securityHub && str("suppressions") !== undefined) {
    throw new UsageError("--suppressions", "only applies with --security-hub");
  }
  return {
    paths: parsed.positionals,
    format: format as Format,
    failOn,
    live,
    region,
    evaluate: v.evaluate === true,
    timeoutSeconds,
    insufficientData: insufficient,
    securityHub,
    suppressions: str("suppressions"),
    help: v.help === true,
  };
}

/** Static gate as a library call: load, evaluate, report. Throws UsageError on bad input. */
export function gateStatic(
  paths: string[],
  opts: { failOn?: Severity; cwd?: string; now?: number } = {},
): Report {
  const stacks = loadEstate(paths, opts.cwd);
  return evaluate(stacks, RULES, { failOn: opts.failOn, now: opts.now });
}

export async function run(argv: string[], io: RunIO = {}): Promise<number> {
  const out = io.stdout ?? ((s: string) => process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => process.stderr.write(s));
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  try {
    const args = parseGateArgs(argv);
    if (args.help) {
      out(helpText(GATE));
      return EXIT.ok;
    }
    if (args.live) return await runLive(args, io, out, err, env);

    const report = gateStatic(args.paths, { failOn: args.failOn, cwd, now: io.now });
    const code = report.summary.passed ? EXIT.ok : EXIT.findings;
    switch (args.format) {
      case "json":
        out(`${JSON.stringify(report, null, 2)}\n`);
        break;
      case "sarif":
        out(renderSarif(report, RULES, { cwd }));
        break;
      case "github":
        await emitGithub(report, RULES, io.core ?? (await loadCore()), env);
        out(renderText(report));
        break;
      default:
        out(renderText(report));
    }
    return code;
  } catch (e) {
    err(`${errorLine(e)}\n`);
    return e instanceof UsageError ? EXIT.usage : EXIT.findings;
  }
}

async function runLive(
  args: GateArgs,
  io: RunIO,
  out: (s: string) => void,
  err: (s: string) => void,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const { runLiveGate } = await import("./live/gate.ts");
  const { renderLiveText, renderLiveJson, emitLiveGithub } = await import("./live/report.ts");
  const hub = args.securityHub ? await import("./live/hub-gate.ts") : undefined;
  // Suppressions are read before AWS is asked: a missing synth is bad input, nothing sent.
  const suppressions = hub?.suppressionsFor(args, io.cwd, io.now);
  const report = await runLiveGate({
    ...liveGateOptions(args, (line) => err(`${line}\n`)),
    ...io.live,
  });
  const hubReport = hub && suppressions ? await hub.readHub(args, suppressions, io.hub) : undefined;
  if (args.format === "json") {
    out(
      hubReport
        ? `${JSON.stringify({ ...report, securityHub: hubReport }, null, 2)}\n`
        : renderLiveJson(report),
    );
  } else if (args.format === "github") {
    await emitLiveGithub(report, io.core ?? (await loadCore()), env);
    out(renderLiveText(report));
  } else out(renderLiveText(report));
  if (hub && hubReport && args.format !== "json") {
    if (args.format === "github") await hub.emitHubGithub(hubReport, io.core ?? (await loadCore()), env);
    out(hub.renderHubText(hubReport));
  }
  return report.summary.passed && (hubReport?.summary.passed ?? true) ? EXIT.ok : EXIT.findings;
}
