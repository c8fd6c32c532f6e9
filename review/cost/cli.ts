/**
 * `securecloud cost DIR [--format text|json|markdown] [--env NAME] [--prices FILE]`
 *
 * The monthly cost of each synthesized environment, line by line, from the committed price
 * table and the usage assumptions the stacks recorded. Offline: no AWS, no pricing API. Exit 0
 * with the estimate; bad input (a missing path, an unknown region or environment, a missing
 * price, a negative usage assumption) prints one line `error: <what>: <why>` and exits 2.
 */
import { parseArgs } from "node:util";
import { EXIT, errorLine, UsageError } from "../../common/conventions.ts";
import { estimateStack } from "./estimate.ts";
import type { EnvironmentEstimate } from "./model.ts";
import { readCostStacks } from "./read.ts";
import { type CostReport, renderJson, renderMarkdown, renderText, report } from "./render.ts";
import { loadPriceTable, type PriceTable } from "./table.ts";

export const USAGE = "usage: securecloud cost DIR [--format text|json|markdown] [--env NAME] [--prices FILE]";

const FORMATS = ["text", "json", "markdown"] as const;
type Format = (typeof FORMATS)[number];

/** The options, declared once: name, type, and the check of a given value. */
const OPTIONS = {
  format: { type: "string" },
  env: { type: "string" },
  /** Another price table (the output of refresh.ts, say); default review/cost/prices.json. */
  prices: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export interface CostArgs {
  readonly paths: string[];
  readonly format: Format;
  readonly env: string | undefined;
  readonly prices: string | undefined;
  readonly help: boolean;
}

export function parseCostArgs(argv: readonly string[]): CostArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    const e = err as { code?: string; message: string };
    const flag = /'(-{1,2}[^' ]+)/.exec(e.message)?.[1] ?? "arguments";
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new UsageError(flag, `unknown flag (${USAGE.replace("usage: ", "usage is ")})`);
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw new UsageError(
        flag,
        /argument missing/.test(e.message) ? "needs a value" : "does not take a value",
      );
    throw new UsageError("arguments", e.message.split("\n")[0] ?? "invalid");
  }
  const { values, positionals } = parsed;
  if (values.help) return { paths: [], format: "text", env: undefined, prices: undefined, help: true };
  const format = values.format ?? "text";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError("--format", `"${format}" is not one of ${FORMATS.join(", ")}`);
  }
  if (positionals.length === 0)
    throw new UsageError("DIR", `is required (${USAGE.replace("usage: ", "usage is ")})`);
  return {
    paths: positionals,
    format: format as Format,
    env: values.env,
    prices: values.prices,
    help: false,
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
    if (args.help) {
      io.stdout(`${USAGE}\n`);
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
