/**
 * The delivery commands of the `securecloud` CLI (`securecloud traffic status|shift|rollback`,
 * `securecloud deploy`); their options are data in commands.ts. `run` returns the exit code
 * (0 ok, 1 a check or rollout failed, 2 bad input) and never exits the process.
 */
import { type CliCommand, parseCommand } from "../common/cli.ts";
import { errorLine, UsageError } from "../common/conventions.ts";
import { type CommandName, execute, type Io } from "./commands/run.ts";
import { DELIVERY_COMMANDS, TRAFFIC_SCALE_IDLE } from "./commands.ts";

export type { Io } from "./commands/run.ts";

/** One question on the terminal (readline is loaded only when asked). */
async function askOnTerminal(question: string): Promise<string> {
  const { createInterface } = await import("node:readline/promises");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

function commandOf(argv: string[]): { command: CliCommand; rest: string[] } | null {
  const one = DELIVERY_COMMANDS.find((c) => c.path === argv[0]);
  if (one) return { command: one, rest: argv.slice(1) };
  const two = DELIVERY_COMMANDS.find((c) => c.path === `${argv[0]} ${argv[1]}`);
  if (two) return { command: two, rest: argv.slice(2) };
  return null;
}

export async function run(argv: string[], io: Partial<Io> = {}): Promise<number> {
  const out = io.stdout ?? process.stdout;
  const err = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  try {
    const cmd = commandOf(argv);
    if (!cmd) {
      const what = argv[0] === "traffic" ? `traffic ${argv[1] ?? ""}`.trim() : (argv[0] ?? "");
      throw new UsageError(
        "command",
        `unknown command "${what}" (expected traffic status|shift|pause|promote|abort|rollback|history|scale-idle or deploy)`,
      );
    }
    const parsed = parseCommand(cmd.command, cmd.rest);
    if (parsed.help !== undefined) {
      out.write(parsed.help);
      return 0;
    }
    const tty = io.tty ?? (io.stdout === undefined && !!process.stdin.isTTY && !!process.stdout.isTTY);
    const runIo = {
      stdout: out,
      stderr: err,
      env,
      tty,
      ask: io.ask ?? askOnTerminal,
      ...(io.onCall ? { onCall: io.onCall } : {}),
      ...(io.now ? { now: io.now } : {}),
      ...(io.sleep ? { sleep: io.sleep } : {}),
    };
    if (cmd.command === TRAFFIC_SCALE_IDLE) {
      return await (await import("./commands/scale-idle.ts")).runScaleIdle(parsed.values, runIo);
    }
    return await execute(cmd.command.path as CommandName, parsed.values, runIo);
  } catch (e) {
    err.write(`${errorLine(e)}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}
