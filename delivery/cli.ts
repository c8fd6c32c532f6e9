/**
 * The delivery subcommands of the `securecloud` CLI:
 *
 *   securecloud traffic status   --listener ARN [--format text|json]
 *   securecloud traffic shift    --listener ARN --to blue|green [--steps 10,50,100] [--bake S]
 *                                [--alarms auto|none|NAME,...] [--max-error-rate-delta PCT]
 *   securecloud traffic rollback --listener ARN [--to COLOR] [--reason TEXT] [--force]
 *   securecloud deploy           --cluster NAME --listener ARN --image URI [--container NAME] [--timeout S]
 *
 * Every command also takes --region, --format text|json and --dry-run. `run` returns the exit
 * code (0 ok, 1 a check or rollout failed, 2 bad input) and never exits the process.
 */
import { parseArgs } from "node:util";
import { errorLine, UsageError } from "../common/conventions.ts";
import { type CommandName, execute, type Io } from "./commands/run.ts";
import type { Raw } from "./inputs.ts";

export type { Io } from "./commands/run.ts";

const COMMON = {
  listener: { type: "string" },
  region: { type: "string" },
  format: { type: "string" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const SPECS = {
  "traffic status": { ...COMMON },
  "traffic shift": {
    ...COMMON,
    to: { type: "string" },
    steps: { type: "string" },
    bake: { type: "string" },
    alarms: { type: "string" },
    "max-error-rate-delta": { type: "string" },
    "run-id": { type: "string" },
    actor: { type: "string" },
  },
  "traffic rollback": {
    ...COMMON,
    to: { type: "string" },
    reason: { type: "string" },
    force: { type: "boolean" },
    "run-id": { type: "string" },
    actor: { type: "string" },
  },
  deploy: {
    ...COMMON,
    cluster: { type: "string" },
    image: { type: "string" },
    container: { type: "string" },
    timeout: { type: "string" },
  },
} as const;

export const USAGE = `usage:
  securecloud traffic status   --listener ARN [--format text|json]
  securecloud traffic shift    --listener ARN --to blue|green [--steps 10,50,100] [--bake SECONDS]
                               [--alarms auto|none|NAME,...] [--max-error-rate-delta PCT]
  securecloud traffic rollback --listener ARN [--to blue|green] [--reason TEXT] [--force]
  securecloud deploy           --cluster NAME --listener ARN --image URI [--container NAME] [--timeout SECONDS]
every command: [--region REGION] [--format text|json] [--dry-run]
exit codes: 0 ok, 1 a check or the rollout failed (traffic state is printed), 2 bad input (nothing changed)
`;

type SpecName = keyof typeof SPECS & CommandName;

function commandOf(argv: string[]): { name: SpecName; rest: string[] } | null {
  if (argv[0] === "deploy") return { name: "deploy", rest: argv.slice(1) };
  if (argv[0] === "traffic" && argv[1] && `traffic ${argv[1]}` in SPECS) {
    return { name: `traffic ${argv[1]}` as SpecName, rest: argv.slice(2) };
  }
  return null;
}

export async function run(argv: string[], io: Partial<Io> = {}): Promise<number> {
  const out = io.stdout ?? process.stdout;
  const err = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    out.write(USAGE);
    return 0;
  }
  const cmd = commandOf(argv);
  if (!cmd) {
    const what = argv[0] === "traffic" ? `traffic ${argv[1] ?? ""}`.trim() : (argv[0] ?? "");
    err.write(
      `${errorLine(new UsageError("command", `unknown command "${what}" (expected traffic status|shift|rollback or deploy)`))}\n`,
    );
    return 2;
  }
  let raw: Raw;
  try {
    const parsed = parseArgs({
      args: joinNegativeValues(cmd.rest, SPECS[cmd.name]),
      options: SPECS[cmd.name],
      strict: true,
      allowPositionals: false,
    });
    raw = parsed.values as Raw;
  } catch (e) {
    const message = (e as Error).message.split("\n")[0]!.replace(/\. To specify a positional.*$/, "");
    err.write(`${errorLine(new UsageError(cmd.name, message))}\n`);
    return 2;
  }
  if (raw.help) {
    out.write(USAGE);
    return 0;
  }
  try {
    return await execute(cmd.name, raw, { stdout: out, stderr: err, env, onCall: io.onCall });
  } catch (e) {
    err.write(`${errorLine(e)}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

/** `--bake -5` → `--bake=-5`, so a negative number reaches validation and gets its own message. */
function joinNegativeValues(args: string[], spec: Record<string, { type: string }>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = args[i + 1];
    const name = a.startsWith("--") ? a.slice(2) : "";
    if (spec[name]?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}
