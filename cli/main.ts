/**
 * `securecloud`'s commands and dispatch (the entry is cli/securecloud.ts): one binary over every folder's commands. Each command is data (a CliCommand
 * in its folder's commands module, cheap to import) plus a runner loaded only when that command
 * runs, so `securecloud gate` never pays for the AWS SDK clients of `traffic`, and a rollback
 * never loads the policy engine.
 *
 * To add a command: describe it as a CliCommand next to its code, add it to ENTRIES below with
 * the loader of the folder's `run(argv)` (argv starts with the command's own words), and parse
 * with `parseCommand` from common/cli.ts in that run.
 */

import { BINARY, type CliCommand, helpText } from "../common/cli.ts";
import { EXIT, EXIT_CODES_HELP, errorLine, UsageError } from "../common/conventions.ts";
import {
  DEPLOY,
  TRAFFIC_ABORT,
  TRAFFIC_HISTORY,
  TRAFFIC_PAUSE,
  TRAFFIC_PROMOTE,
  TRAFFIC_ROLLBACK,
  TRAFFIC_SCALE_IDLE,
  TRAFFIC_SHIFT,
  TRAFFIC_STATUS,
} from "../delivery/commands.ts";
import { DRILL } from "../drill/command.ts";
import packageJson from "../package.json" with { type: "json" };
import { GATE } from "../policies/commands.ts";
import { POSTURE } from "../policies/live/command.ts";
import { DIFF } from "../review/command.ts";
import { COST } from "../review/cost/command.ts";

type Run = (argv: string[]) => Promise<number>;

interface Entry {
  readonly command: CliCommand;
  /** The folder's runner; it receives argv from the command's first word on. */
  readonly load: () => Promise<Run>;
}

const delivery = async (): Promise<Run> => (await import("../delivery/cli.ts")).run;

/** Every command, in the order the help lists them. */
export const ENTRIES: readonly Entry[] = [
  { command: TRAFFIC_STATUS, load: delivery },
  { command: TRAFFIC_SHIFT, load: delivery },
  { command: TRAFFIC_ROLLBACK, load: delivery },
  { command: TRAFFIC_PAUSE, load: delivery },
  { command: TRAFFIC_PROMOTE, load: delivery },
  { command: TRAFFIC_ABORT, load: delivery },
  { command: TRAFFIC_HISTORY, load: delivery },
  { command: TRAFFIC_SCALE_IDLE, load: delivery },
  { command: DEPLOY, load: delivery },
  {
    command: GATE,
    load: async () => {
      const { run } = await import("../policies/cli.ts");
      return (argv) => run(argv.slice(1));
    },
  },
  {
    command: DIFF,
    load: async () => {
      const { run } = await import("../review/index.ts");
      return (argv) => run(argv.slice(1));
    },
  },
  {
    command: POSTURE,
    load: async () => {
      const { runPosture } = await import("../policies/live/posture-cli.ts");
      return (argv) => runPosture(argv.slice(1));
    },
  },
  {
    command: DRILL,
    load: async () => {
      const { run } = await import("../drill/cli.ts");
      return (argv) => run(argv.slice(1));
    },
  },
  {
    command: COST,
    load: async () => {
      const { run } = await import("../review/cost/cli.ts");
      return (argv) => run(argv.slice(1));
    },
  },
];

export const VERSION: string = packageJson.version;

function listing(entries: readonly Entry[]): string {
  const width = Math.max(...entries.map((e) => e.command.path.length));
  return entries.map((e) => `  ${e.command.path.padEnd(width)}  ${e.command.summary}`).join("\n");
}

export const USAGE = `usage: ${BINARY} <command> [options]

commands:
${listing(ENTRIES)}

Run \`${BINARY} <command> --help\` for a command's options, defaults and examples.
Every command that prints a result takes -o/--output (text or json at least).
  -V, --version  print the version
  -h, --help     show this help
exit codes: ${EXIT_CODES_HELP}
`;

function groupUsage(group: string, entries: readonly Entry[]): string {
  return `usage: ${BINARY} ${group} <subcommand> [options]

subcommands:
${listing(entries)}

Run \`${BINARY} ${group} <subcommand> --help\` for its options, defaults and examples.
`;
}

const isHelp = (word: string | undefined) => word === "--help" || word === "-h" || word === "help";

export interface MainIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: MainIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** Runs the binary on argv (the words after `securecloud`); returns the exit code. */
export async function main(argv: string[], io: MainIo = processIo): Promise<number> {
  const [first, second] = argv;
  if (first === undefined) {
    io.stderr(USAGE);
    return EXIT.usage;
  }
  if (first === "--version" || first === "-V" || first === "version") {
    io.stdout(`${BINARY} ${VERSION}\n`);
    return EXIT.ok;
  }
  if (isHelp(first)) {
    // `securecloud help traffic shift` is `securecloud traffic shift --help`.
    if (first === "help" && second !== undefined) return main([...argv.slice(1), "--help"], io);
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const exact =
    ENTRIES.find((e) => e.command.path === `${first} ${second}`) ??
    ENTRIES.find((e) => e.command.path === first);
  if (exact) return (await exact.load())(argv);

  const group = ENTRIES.filter((e) => e.command.path.startsWith(`${first} `));
  if (group.length > 0) {
    const subs = group.map((e) => e.command.path.slice(first.length + 1));
    if (isHelp(second)) {
      io.stdout(groupUsage(first, group));
      return EXIT.ok;
    }
    const why =
      second === undefined
        ? `missing subcommand (expected ${subs.join(", ")})`
        : `unknown subcommand "${second}" (expected ${subs.join(", ")})`;
    io.stderr(`${errorLine(new UsageError(first, why))}\n`);
    return EXIT.usage;
  }
  const names = [...new Set(ENTRIES.map((e) => e.command.path.split(" ")[0]))];
  io.stderr(
    `${errorLine(new UsageError("command", `unknown command "${first}" (expected ${names.join(", ")}; see ${BINARY} --help)`))}\n`,
  );
  return EXIT.usage;
}

/** The help of one command, for docs and tests. */
export function commandHelp(path: string): string | undefined {
  const entry = ENTRIES.find((e) => e.command.path === path);
  return entry ? helpText(entry.command) : undefined;
}
