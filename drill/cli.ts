/**
 * `securecloud drill --url URL [--rate N] [--duration S] ...`: a bounded flood from this
 * machine against a staging URL that proves the edge answers it (see options.ts for every
 * flag, target.ts for how production is refused, report.ts for the verdict).
 *
 * Exit codes: 0 the WAF answered 429 and the estate stayed healthy; 1 no 429 came back or
 * the estate was unhealthy; 2 bad input or a refused target, with nothing sent.
 * Progress (one line a second) goes to stderr; the report to stdout.
 */
import { accessSync, appendFileSync, constants, existsSync } from "node:fs";
import { dirname } from "node:path";
import { EXIT, errorLine, UsageError } from "../common/conventions.ts";
import { runFlood } from "./flood.ts";
import { parseDrillArgs } from "./options.ts";
import { analyze, renderMarkdown, renderText, SECOND_HEADER, secondLine } from "./report.ts";
import { decideTarget, readEndpoints } from "./target.ts";

export interface DrillIo {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  signal?: AbortSignal;
}

/** `argv`: the words after `securecloud drill`. Returns the exit code; never exits the process. */
export async function run(argv: readonly string[], io: DrillIo = {}): Promise<number> {
  const out = io.stdout ?? ((s: string) => process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => process.stderr.write(s));
  try {
    const opts = parseDrillArgs(argv);
    if ("help" in opts) {
      out(opts.help);
      return EXIT.ok;
    }
    if (opts.summaryFile) assertWritable(opts.summaryFile);
    const target = decideTarget(opts.url, {
      environment: opts.environment,
      allowProduction: opts.allowProduction,
      endpoints: readEndpoints(opts.synthDir),
    });
    if (target.production)
      err(`drill: flooding PRODUCTION (${target.environment}) as --allow-production says\n`);
    err(
      `drill: ${opts.rate} req/s for ${opts.durationSeconds} s against ${opts.url.href} (${target.basis})\n`,
    );
    err(`${SECOND_HEADER}\n`);
    const result = await runFlood(
      {
        url: opts.url,
        rate: opts.rate,
        durationSeconds: opts.durationSeconds,
        healthUrl: opts.healthUrl,
        concurrency: opts.concurrency,
        timeoutMs: opts.timeoutMs,
      },
      { onSecond: (s) => err(`${secondLine(s)}\n`), signal: io.signal },
    );
    const report = analyze(result, {
      url: opts.url,
      healthUrl: opts.healthUrl,
      target,
      rate: opts.rate,
      durationSeconds: opts.durationSeconds,
    });
    if (opts.format === "json") out(`${JSON.stringify(report, null, 2)}\n`);
    else if (opts.format === "markdown") out(renderMarkdown(report));
    else out(renderText(report));
    if (opts.summaryFile) appendFileSync(opts.summaryFile, renderMarkdown(report));
    return report.mitigated && report.healthy ? EXIT.ok : EXIT.findings;
  } catch (e) {
    err(`${errorLine(e)}\n`);
    return e instanceof UsageError ? EXIT.usage : EXIT.findings;
  }
}

/** Refuses an unwritable --summary-file before the flood, not after it. */
function assertWritable(file: string): void {
  try {
    accessSync(existsSync(file) ? file : dirname(file), constants.W_OK);
  } catch {
    throw new UsageError("--summary-file", `${file} cannot be written`);
  }
}
