/**
 * `securecloud posture --environment NAME [...]` (options: command.ts)
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
import { parseCommand } from "../../common/cli.ts";
import {
  EXIT,
  errorLine,
  isSeverity,
  SEVERITIES,
  type Severity,
  UsageError,
} from "../../common/conventions.ts";
import { RULES } from "../rules/index.ts";
import { POSTURE } from "./command.ts";
import { type LiveOptions, runLiveGate } from "./gate.ts";
import { buildPosture, renderPostureMarkdown, renderPostureSarif } from "./posture.ts";
import { type HubOptions, readSecurityHub } from "./securityhub.ts";
import { loadSuppressions } from "./suppressions.ts";

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
    const parsed = parseCommand(POSTURE, argv);
    if (parsed.help !== undefined) {
      out(parsed.help);
      return EXIT.ok;
    }
    const values = parsed.values;
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
    const json = `${JSON.stringify(report, null, 2)}\n`;
    const markdownFile = str("markdown");
    const sarifFile = str("sarif");
    const summaryFile = str("summary-file");
    if (markdownFile) writeFileSync(markdownFile, markdown);
    if (sarifFile) writeFileSync(sarifFile, renderPostureSarif(report));
    if (summaryFile) await appendFile(summaryFile, markdown);
    out(values.format === "json" ? json : markdown);
    return report.passed ? EXIT.ok : EXIT.findings;
  } catch (e) {
    err(`${errorLine(e)}\n`);
    return e instanceof UsageError ? EXIT.usage : EXIT.findings;
  }
}
