/**
 * `securecloud diff --base DIR --head DIR [-o markdown|json|text] [--fail-on-security]` (text is
 * the markdown; options in command.ts)
 *
 * The review diff of two synth outputs that needs no cloud credentials: resources added,
 * removed and changed, attribute by attribute, with security-relevant changes flagged and
 * explained. DIR is a cdktf output directory (`stacks/<name>/cdk.tf.json`), one stack
 * directory, or one `cdk.tf.json` file. A diff is information: exit 0, unless
 * `--fail-on-security` is given and something security-relevant changed (exit 1). Bad input
 * prints one line `error: <what>: <why>` and exits 2 with nothing on stdout.
 *
 * Light on purpose: no cdktf, no AWS SDK, only node:fs and the shared conventions.
 */
import { helpText, parseCommand } from "../common/cli.ts";
import { EXIT, errorLine, UsageError } from "../common/conventions.ts";
import { DIFF, DIFF_FORMATS } from "./command.ts";
import { loadSide } from "./load.ts";
import { renderJson, renderMarkdown } from "./render.ts";
import { type DiffReport, diffSides } from "./report.ts";

export { loadSide } from "./load.ts";
export { renderJson, renderMarkdown } from "./render.ts";
export type { DiffReport, ResourceReport, StackReport } from "./report.ts";
export { diffSides } from "./report.ts";

export interface DiffOptions {
  readonly base: string;
  readonly head: string;
  readonly format: "markdown" | "json";
  readonly failOnSecurity: boolean;
}

/** Parses the arguments after `securecloud diff`; throws UsageError on anything unknown. */
export function parseArgs(argv: readonly string[]): DiffOptions | "help" {
  const parsed = parseCommand(DIFF, argv);
  if (parsed.help !== undefined) return "help";
  const v = parsed.values;
  const base = typeof v.base === "string" ? v.base : undefined;
  const head = typeof v.head === "string" ? v.head : undefined;
  if (base === undefined) throw new UsageError("--base", "is required");
  if (head === undefined) throw new UsageError("--head", "is required");
  const format = typeof v.format === "string" ? v.format : "markdown";
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError("--format", `"${format}" is not one of ${DIFF_FORMATS.join(", ")}`);
  }
  return {
    base,
    head,
    format: format === "json" ? "json" : "markdown",
    failOnSecurity: v["fail-on-security"] === true,
  };
}

/** Loads both sides and compares them. Throws UsageError on bad input. */
export function diffPaths(base: string, head: string): DiffReport {
  return diffSides(loadSide(base, "--base"), loadSide(head, "--head"));
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** The command. `argv` is what follows `securecloud diff`. Returns the exit code. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  let output: string;
  let security = 0;
  try {
    const options = parseArgs(argv);
    if (options === "help") {
      io.stdout(helpText(DIFF));
      return EXIT.ok;
    }
    const report = diffPaths(options.base, options.head);
    output = options.format === "json" ? renderJson(report) : renderMarkdown(report);
    security = options.failOnSecurity ? report.summary.security : 0;
  } catch (err) {
    io.stderr(`${errorLine(err)}\n`);
    return err instanceof UsageError ? EXIT.usage : EXIT.findings;
  }
  io.stdout(output);
  return security > 0 ? EXIT.findings : EXIT.ok;
}
