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
import { makeCloudWatch } from "./aws/cloudwatch.ts";
import type { AwsCall, AwsOptions } from "./aws/common.ts";
import { makeEcs } from "./aws/ecs.ts";
import { makeElb } from "./aws/elb.ts";
import { type Ctx, makeCtx, type Outcome } from "./context.ts";
import { deploy } from "./deploy.ts";
import { awsOptionsFromEnv, pollMsFromEnv, withSignals } from "./env.ts";
import { type Common, parseDeploy, parseRollback, parseShift, parseStatus, type Raw } from "./inputs.ts";
import { rollback } from "./rollback.ts";
import { shift } from "./shift.ts";
import { status, statusText } from "./status.ts";

export interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Observes every AWS call (tests count them). */
  onCall?: (call: AwsCall) => void;
}

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

type CommandName = keyof typeof SPECS;

export const USAGE = `usage:
  securecloud traffic status   --listener ARN [--format text|json]
  securecloud traffic shift    --listener ARN --to blue|green [--steps 10,50,100] [--bake SECONDS]
                               [--alarms auto|none|NAME,...] [--max-error-rate-delta PCT]
  securecloud traffic rollback --listener ARN [--to blue|green] [--reason TEXT] [--force]
  securecloud deploy           --cluster NAME --listener ARN --image URI [--container NAME] [--timeout SECONDS]
every command: [--region REGION] [--format text|json] [--dry-run]
exit codes: 0 ok, 1 a check or the rollout failed (traffic state is printed), 2 bad input (nothing changed)
`;

function commandOf(argv: string[]): { name: CommandName; rest: string[] } | null {
  if (argv[0] === "deploy") return { name: "deploy", rest: argv.slice(1) };
  if (argv[0] === "traffic" && argv[1] && `traffic ${argv[1]}` in SPECS) {
    return { name: `traffic ${argv[1]}` as CommandName, rest: argv.slice(2) };
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

async function execute(name: CommandName, raw: Raw, io: Io): Promise<number> {
  const parsers = {
    "traffic status": () => parseStatus(raw),
    "traffic shift": () => parseShift(raw, io.env),
    "traffic rollback": () => parseRollback(raw, io.env),
    deploy: () => parseDeploy(raw),
  };
  const opts = parsers[name]();
  const json = opts.format === "json";
  const progress = (line: string) => (json ? io.stderr : io.stdout).write(`${line}\n`);
  const aws: AwsOptions = { ...awsOptionsFromEnv(io.env, opts.region), onCall: io.onCall };
  const pollMs = pollMsFromEnv(io.env);
  const ctxFor = (signal?: AbortSignal): Ctx =>
    makeCtx({
      log: progress,
      dryRun: opts.dryRun,
      ...(signal ? { signal } : {}),
      ...(pollMs !== undefined ? { pollMs } : {}),
    });

  let outcome: Outcome<unknown>;
  switch (name) {
    case "traffic status": {
      const o = await status(ctxFor(), { elb: makeElb(aws), cw: makeCloudWatch(aws) }, opts);
      if (o.result)
        io.stdout.write(json ? `${JSON.stringify(o.result, null, 2)}\n` : `${statusText(o.result)}\n`);
      if (o.exitCode !== 0) io.stderr.write(`error: ${o.message}\n`);
      return o.exitCode;
    }
    case "traffic shift": {
      const o = opts as ReturnType<typeof parseShift>;
      outcome = await withSignals((signal) =>
        shift(ctxFor(signal), { elb: makeElb(aws), cw: makeCloudWatch(aws) }, o),
      );
      break;
    }
    case "traffic rollback": {
      const o = opts as ReturnType<typeof parseRollback>;
      outcome = await rollback(ctxFor(), { elb: makeElb(aws) }, o);
      break;
    }
    case "deploy": {
      const o = opts as ReturnType<typeof parseDeploy>;
      outcome = await withSignals((signal) =>
        deploy(ctxFor(signal), { elb: makeElb(aws), ecs: makeEcs(aws) }, o),
      );
      break;
    }
  }
  report(io, opts, outcome);
  return outcome.exitCode;
}

function report(io: Io, opts: Common, outcome: Outcome<unknown>): void {
  if (opts.format === "json") {
    io.stdout.write(
      `${JSON.stringify({ exitCode: outcome.exitCode, message: outcome.message, ...(outcome.result as object) }, null, 2)}\n`,
    );
  } else if (outcome.exitCode === 0) {
    io.stdout.write(`${outcome.message}\n`);
  }
  if (outcome.exitCode !== 0) io.stderr.write(`error: ${outcome.message}\n`);
}
