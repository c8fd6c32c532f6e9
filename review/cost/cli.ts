/**
 * `securecloud cost DIR [--format text|json|markdown] [--env NAME] [--prices FILE]`
 *
 * The monthly cost of each synthesized environment, line by line, from the committed price
 * table and the usage assumptions the stacks recorded. Offline: no AWS, no pricing API. Exit 0
 * with the estimate; bad input (a missing path, an unknown region or environment, a missing
 * price, a negative usage assumption) prints one line `error: <what>: <why>` and exits 2.
 */
import { helpText, parseCommand } from "../../common/cli.ts";
import { EXIT, errorLine, UsageError } from "../../common/conventions.ts";
import { COST, COST_FORMATS } from "./command.ts";
import { estimateStack } from "./estimate.ts";
import type { EnvironmentEstimate } from "./model.ts";
import { readCostStacks } from "./read.ts";
import { type CostReport, renderJson, renderMarkdown, renderText, report } from "./render.ts";
import { loadPriceTable, type PriceTable } from "./table.ts";

export interface CostArgs {
  readonly paths: string[];
  readonly format: Format;
  readonly env: string | undefined;
  readonly prices: string | undefined;
}

type Format = (typeof COST_FORMATS)[number];

/** Parses the words after `securecloud cost`; "help" when asked for. Throws UsageError. */
export function parseCostArgs(argv: readonly string[]): CostArgs | "help" {
  const parsed = parseCommand(COST, argv);
  if (parsed.help !== undefined) return "help";
  const v = parsed.values;
  const format = typeof v.format === "string" ? v.format : "text";
  if (!(COST_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError("--format", `"${format}" is not one of ${COST_FORMATS.join(", ")}`);
  }
  if (parsed.positionals.length === 0)
    throw new UsageError("DIR", "is required (see securecloud cost --help)");
  return {
    paths: parsed.positionals,
    format: format as Format,
    env: typeof v.env === "string" ? v.env : undefined,
    prices: typeof v.prices === "string" ? v.prices : undefined,
  };
}

/** Estimates every stack under `paths` (or the one named `env`). Throws UsageError on bad input. */
export function estimatePaths(
  paths: readonly string[],
  opts: { env?: string; table?: PriceTable; cwd?: string } = {},
): CostReport {
  const table = opts.table ?? loadPriceTable();
  let stacks = readCostStacks(paths, opts.cwd);
  if (opts.env !== undefined) {
    const wanted = stacks.filter((s) => s.name === opts.env);
    if (wanted.length === 0) {
      throw new UsageError(
        "--env",
        `no environment "${opts.env}" in ${paths.join(", ")} (found: ${stacks.map((s) => s.name).join(", ")})`,
      );
    }
    stacks = wanted;
  }
  const estimates: EnvironmentEstimate[] = stacks.map((s) => estimateStack(s, table));
  return report(estimates, table);
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: Io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

const RENDER: Record<Format, (r: CostReport) => string> = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
};

/** The command; `argv` is what follows `securecloud cost`. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  let output: string;
  try {
    const args = parseCostArgs(argv);
    if (args === "help") {
      io.stdout(helpText(COST));
      return EXIT.ok;
    }
    const table = loadPriceTable(args.prices);
    output = RENDER[args.format](estimatePaths(args.paths, { env: args.env, table }));
  } catch (err) {
    io.stderr(`${errorLine(err)}\n`);
    return err instanceof UsageError ? EXIT.usage : EXIT.findings;
  }
  io.stdout(output);
  return EXIT.ok;
}
