/**
 * `securecloud posture --environment NAME [--region R] [--suppressions PATH] [--fail-on S]
 *                      [--markdown FILE] [--sarif FILE] [--summary-file FILE]
 *                      [--new-days N] [--expiring-days N] [--skip-config]`
 *
 * The weekly report of one environment (posture.ts): the live gate over AWS Config and the
 * active Security Hub findings, after the suppressions recorded in that environment's
 * synthesized stack. Markdown to stdout (and to the files asked for), SARIF to --sarif.
 * Exit codes as the gate: 0 nothing blocks, 1 something does (or a suppression is expired or
 * broken, or AWS could not be asked), 2 bad input.
 */
import { writeFileSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { join } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  EXIT,
  errorLine,
  isSeverity,
  SEVERITIES,
  type Severity,
  UsageError,
} from "../../common/conventions.ts";
import { RULES } from "../rules/index.ts";
import { type LiveOptions, runLiveGate } from "./gate.ts";
import { buildPosture, renderPostureMarkdown, renderPostureSarif } from "./posture.ts";
import { type HubOptions, readSecurityHub } from "./securityhub.ts";
import { loadSuppressions } from "./suppressions.ts";

const OPTIONS = {
  environment: { type: "string", help: "NAME: the environment reported on (required)" },
  region: { type: "string", help: "R: AWS region (default: the SDK's)" },
  suppressions: {
    type: "string",
    help: "PATH: its synthesized stack (default cdktf.out/stacks/<environment>)",
  },
  "fail-on": { type: "string", help: "S: lowest severity that fails (default high)" },
  markdown: { type: "string", help: "FILE: write the Markdown report here too" },
  sarif: { type: "string", help: "FILE: write SARIF 2.1.0 here" },
  "summary-file": { type: "string", help: "FILE: append the Markdown (e.g. $GITHUB_STEP_SUMMARY)" },
  "new-days": { type: "string", help: "N: a finding first seen within N days is new (default 7)" },
  "expiring-days": { type: "string", help: "N: list suppressions expiring within N days (default 14)" },
  "skip-config": { type: "boolean", help: "Security Hub only (no AWS Config live gate)" },
  help: { type: "boolean", short: "h", help: "show this help" },
} as const;

export const POSTURE_USAGE = `usage: securecloud posture --environment NAME [options]

${Object.entries(OPTIONS)
  .map(([name, o]) => `  --${name.padEnd(15)} ${o.help}`)
  .join("\n")}

Exit: 0 nothing blocks; 1 blocking findings, broken or expired suppressions, or AWS failure; 2 bad input.
`;

export interface PostureIo {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  now?: number;
  cwd?: string;
  /** Injected into the Config live gate and the Security Hub reader (tests). */
  live?: Partial<LiveOptions>;
  hub?: Partial<HubOptions>;
}

function days(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1)
    throw new UsageError(flag, `"${raw}" is not a number of days between 1 and 999`);
  return Number(raw);
}

export async function runPosture(argv: readonly string[], io: PostureIo = {}): Promise<number> {
  const out = io.stdout ?? ((s: string) => process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => process.stderr.write(s));
  const now = io.now ?? Date.now();
  try {
    let values: Record<string, string | boolean | undefined>;
    try {
      const specs = Object.fromEntries(
        Object.entries(OPTIONS).map(([k, o]) => [
          k,
          { type: o.type, ...("short" in o ? { short: o.short } : {}) },
        ]),
      ) as NonNullable<ParseArgsConfig["options"]>;
      values = parseArgs({ args: [...argv], options: specs, strict: true, allowPositionals: false })
        .values as Record<string, string | boolean | undefined>;
    } catch (e) {
      const flag = /'(-{1,2}[^' ]+)/.exec((e as Error).message)?.[1] ?? "arguments";
      throw new UsageError(
        flag,
        (e as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
          ? "unknown flag (see --help)"
          : "needs a value",
      );
    }
    if (values.help) {
      out(POSTURE_USAGE);
      return EXIT.ok;
    }
    const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
    const environment = str("environment");
    if (!environment) throw new UsageError("--environment", "is required");
    if (!/^[a-z][a-z0-9-]{0,30}$/.test(environment))
      throw new UsageError("--environment", `"${environment}" is not an environment name`);
    const failOn = (str("fail-on") ?? "high") as Severity;
    if (!isSeverity(failOn))
      throw new UsageError("--fail-on", `"${failOn}" is not one of ${SEVERITIES.join(", ")}`);
    const region = str("region");
    if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
      throw new UsageError("--region", `"${region}" is not an AWS region name`);
    const newSinceDays = days(str("new-days"), "--new-days", 7);
    const expiringDays = days(str("expiring-days"), "--expiring-days", 14);
    const suppressionsPath =
      str("suppressions") ?? join(io.cwd ?? process.cwd(), "cdktf.out", "stacks", environment);
    // Loaded before AWS is asked: a missing or broken synth is bad input (exit 2), nothing sent.
    const suppressions = loadSuppressions([suppressionsPath], RULES, now);
    const log = (line: string) => err(`${line}\n`);

    const config = values["skip-config"]
      ? undefined
      : await runLiveGate({
          region,
          evaluate: false,
          timeoutMs: 300_000,
          failOn,
          insufficientData: "report",
          log,
          ...io.live,
        });
    const securityHub = await readSecurityHub({ region, failOn, suppressions, ...io.hub });
    const report = buildPosture({
      environment,
      now,
      failOn,
      config,
      securityHub,
      newSinceDays,
      expiringDays,
    });
    const markdown = renderPostureMarkdown(report);
    const markdownFile = str("markdown");
    const sarifFile = str("sarif");
    const summaryFile = str("summary-file");
    if (markdownFile) writeFileSync(markdownFile, markdown);
    if (sarifFile) writeFileSync(sarifFile, renderPostureSarif(report));
    if (summaryFile) await appendFile(summaryFile, markdown);
    out(markdown);
    return report.passed ? EXIT.ok : EXIT.findings;
  } catch (e) {
    err(`${errorLine(e)}\n`);
    return e instanceof UsageError ? EXIT.usage : EXIT.findings;
  }
}
