/**
 * The delivery commands of the `securecloud` CLI (`securecloud traffic status|shift|rollback`,
 * `securecloud deploy`); their options are data in commands.ts. `run` returns the exit code
 * (0 ok, 1 a check or rollout failed, 2 bad input) and never exits the process.
 */
import { type CliCommand, parseCommand, type Raw } from "../common/cli.ts";
import { errorLine, UsageError } from "../common/conventions.ts";
import { makeCloudWatch } from "./aws/cloudwatch.ts";
import type { AwsCall, AwsOptions } from "./aws/common.ts";
import { makeEcs } from "./aws/ecs.ts";
import { makeElb } from "./aws/elb.ts";
import { DELIVERY_COMMANDS } from "./commands.ts";
import { type Ctx, makeCtx, type Outcome } from "./context.ts";
import { deploy } from "./deploy.ts";
import { awsOptionsFromEnv, pollMsFromEnv, withSignals } from "./env.ts";
import { type Common, parseDeploy, parseRollback, parseShift, parseStatus } from "./inputs.ts";
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

type CommandName = "traffic status" | "traffic shift" | "traffic rollback" | "deploy";

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
        `unknown command "${what}" (expected traffic status|shift|rollback or deploy)`,
      );
    }
    const parsed = parseCommand(cmd.command, cmd.rest);
    if (parsed.help !== undefined) {
      out.write(parsed.help);
      return 0;
    }
    return await execute(cmd.command.path as CommandName, parsed.values, {
      stdout: out,
      stderr: err,
      env,
      onCall: io.onCall,
    });
  } catch (e) {
    err.write(`${errorLine(e)}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
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
