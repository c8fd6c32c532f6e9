/**
 * The command-line conventions every `securecloud` command shares, on commander:
 *
 * - a command is data (`CliCommand`): its options with their value names, descriptions and
 *   defaults, its positional arguments and examples, so `--help` lists all of them;
 * - `-o/--output FORMAT` on every command that prints a result (`--format` is kept as an alias,
 *   because pipelines and people already use it);
 * - one error style, `error: <what>: <why>` (a UsageError, exit 2), for unknown flags, missing
 *   values and stray arguments alike;
 * - a flag given twice takes the last value, as getopt does, so a script can append an override.
 *
 * Commander does the syntax only. Values stay strings (and booleans for flags), keyed by the
 * long flag name without dashes (`dry-run`), and each folder validates them with its own
 * parsers, so the CLI and the GitHub Actions share one validation path. Defaults are applied
 * by those parsers too; here they are only shown in the help.
 */
import { Command, CommanderError, Option } from "commander";
import { EXIT_CODES_HELP, UsageError } from "./conventions.ts";

export const BINARY = "securecloud";

export interface CliOption {
  /** The long flag without dashes: `listener`, `dry-run`. */
  readonly name: string;
  readonly short?: string;
  /** The value's name in the help (`ARN`, `SECONDS`); absent for a boolean flag. */
  readonly value?: string;
  readonly description: string;
  /** Shown in the help; the folder's parser applies it. */
  readonly default?: string;
  /** Shown in the help after the description, e.g. the allowed values. */
  readonly choices?: readonly string[];
  /** Shown as required in the help; the folder's parser enforces it. */
  readonly required?: boolean;
  /** Accepted but not listed (kept for compatibility). */
  readonly hidden?: boolean;
}

export interface CliCommand {
  /** The words after the binary's name: `traffic shift`, `gate`. */
  readonly path: string;
  readonly summary: string;
  /** More about what it does, printed under the usage line. */
  readonly description?: string;
  readonly options: readonly CliOption[];
  /** The output formats `-o/--output` accepts (the first is the default); none: no such option. */
  readonly outputs?: readonly string[];
  readonly positionals?: { readonly name: string; readonly description: string; readonly variadic?: boolean };
  readonly examples: readonly string[];
  /** What the exit codes mean for this command, when it says more than the shared line. */
  readonly exitCodes?: string;
}

export type Raw = Record<string, string | boolean | undefined>;

export type Parsed =
  | { readonly help: string }
  | { readonly help?: undefined; readonly values: Raw; readonly positionals: string[] };

function outputOptions(command: CliCommand): CliOption[] {
  if (!command.outputs || command.outputs.length === 0) return [];
  return [
    {
      name: "output",
      short: "o",
      value: "FORMAT",
      description: "what to print",
      choices: command.outputs,
      default: command.outputs[0],
    },
    { name: "format", value: "FORMAT", description: "same as --output", hidden: true },
  ];
}

function allOptions(command: CliCommand): CliOption[] {
  return [...command.options, ...outputOptions(command)];
}

function describe(o: CliOption): string {
  const extra: string[] = [];
  if (o.required) extra.push("required");
  if (o.choices) extra.push(`one of ${o.choices.join(", ")}`);
  if (o.default !== undefined) extra.push(`default: ${o.default}`);
  return extra.length > 0 ? `${o.description} (${extra.join("; ")})` : o.description;
}

function build(command: CliCommand): Command {
  const program = new Command(`${BINARY} ${command.path}`)
    .description(command.description ? `${command.summary}\n\n${command.description}` : command.summary)
    .helpOption("-h, --help", "show this help")
    .allowExcessArguments(true)
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} })
    .configureHelp({ helpWidth: 100, sortOptions: false });
  if (command.positionals) {
    const p = command.positionals;
    program.argument(p.variadic ? `[${p.name}...]` : `[${p.name}]`, p.description);
  }
  for (const o of allOptions(command)) {
    const flags = `${o.short ? `-${o.short}, ` : ""}--${o.name}${o.value ? ` <${o.value}>` : ""}`;
    const option = new Option(flags, describe(o));
    if (o.hidden) option.hideHelp();
    program.addOption(option);
  }
  return program;
}

/** The command's full help text: usage, every option with its default, examples, exit codes. */
export function helpText(command: CliCommand): string {
  return build(command).helpInformation() + helpAfter(command);
}

function helpAfter(command: CliCommand): string {
  const examples = command.examples.map((e) => `  $ ${e}`).join("\n");
  return `\nExamples:\n${examples}\n\nExit codes: ${command.exitCodes ?? EXIT_CODES_HELP}\n`;
}

/** `--name` → the option's long name, for messages. */
function flagOf(message: string): string {
  const quoted = /'(-[^' ]+)/.exec(message)?.[1];
  if (!quoted) return "arguments";
  const long = /--[a-z0-9-]+/.exec(quoted)?.[0];
  return long ?? quoted;
}

/**
 * Parses the words after the command's path. Returns the help text when asked for, or the raw
 * values keyed by long option name; throws a UsageError (one line, exit 2) on bad syntax.
 */
export function parseCommand(command: CliCommand, argv: readonly string[]): Parsed {
  const program = build(command);
  const see = `see ${BINARY} ${command.path} --help`;
  try {
    program.parse([...argv], { from: "user" });
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
    if (err.code === "commander.helpDisplayed" || err.code === "commander.help") {
      return { help: helpText(command) };
    }
    switch (err.code) {
      case "commander.unknownOption": {
        const token = /'([^']+)'/.exec(err.message)?.[1] ?? "";
        const [flag = token, value] = token.split("=", 2);
        const known = allOptions(command).find((o) => `--${o.name}` === flag);
        if (known && !known.value && value !== undefined) throw new UsageError(flag, "does not take a value");
        throw new UsageError(flagOf(err.message), `unknown flag (${see})`);
      }
      case "commander.optionMissingArgument":
        throw new UsageError(flagOf(err.message), "needs a value");
      default:
        throw new UsageError("arguments", err.message.replace(/^error: /, ""));
    }
  }
  if (!command.positionals && program.args.length > 0) {
    throw new UsageError(`"${program.args[0]}"`, `unexpected argument (${see})`);
  }
  const opts = program.opts() as Record<string, string | boolean | undefined>;
  const values: Raw = {};
  for (const o of allOptions(command)) {
    const key = new Option(`--${o.name}`).attributeName();
    if (opts[key] !== undefined) values[o.name] = opts[key];
  }
  if (values.format !== undefined && values.output !== undefined && values.format !== values.output) {
    throw new UsageError("--output", `"${values.output}" conflicts with --format "${values.format}"`);
  }
  if (values.output !== undefined) values.format = values.output;
  delete values.output;
  return { values, positionals: program.args };
}
