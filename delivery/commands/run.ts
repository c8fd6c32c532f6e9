/**
 * One delivery command from parsed flags to exit code: validate (inputs.ts; bad input throws
 * UsageError before any AWS call), make the clients, run the command, print its outcome. The
 * CLI's argument parsing (cli.ts) ends where this begins.
 */
import { rollbackClients, serviceClients, shiftClients } from "../aws/clients.ts";
import { makeCloudWatch } from "../aws/cloudwatch.ts";
import type { AwsCall, AwsOptions } from "../aws/common.ts";
import { makeDynamo } from "../aws/dynamodb.ts";
import { makeElb } from "../aws/elb.ts";
import { type Ctx, makeCtx, type Outcome } from "../context.ts";
import { awsOptionsFromEnv, heartbeatMs, pollMsFromEnv, withSignals } from "../env.ts";
import {
  type Common,
  parseAbort,
  parseDeploy,
  parseHistory,
  parsePause,
  parsePromote,
  parseRollback,
  parseShift,
  parseStatus,
  parseUndo,
  type Raw,
} from "../inputs.ts";
import { historyText } from "../rollout/history.ts";
import type { WatchStream } from "../view/watch.ts";
import { deploy } from "./deploy.ts";
import { history } from "./history.ts";
import { pause } from "./pause.ts";
import { rollback } from "./rollback.ts";
import { shift } from "./shift.ts";
import { status, statusText, watchStatus } from "./status.ts";
import { undo } from "./undo.ts";

export interface Io {
  /** `isTTY`, `columns` and `rows` (a terminal's) shape `traffic status --watch`. */
  stdout: WatchStream;
  stderr: { write(chunk: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Observes every AWS call (tests count them). */
  onCall?: (call: AwsCall) => void;
  /** The clock (tests inject one); the real time otherwise. */
  now?: () => Date;
  /**
   * The clock's wait, with `now` (tests inject both): bakes, pauses, analysis windows, retries
   * and watch frames wait through it. It rejects once `signal` (when given) fires. An abortable
   * timer otherwise.
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** True when a person is at a terminal (stdin and stdout): prompts, no heartbeat lines. */
  tty?: boolean;
  /** Asks a question on the terminal; resolves with the answer. */
  ask?: (question: string) => Promise<string>;
}

export type CommandName =
  | "traffic status"
  | "traffic shift"
  | "traffic pause"
  | "traffic promote"
  | "traffic abort"
  | "traffic rollback"
  | "traffic history"
  | "deploy";

/** `--full` on a terminal without --yes: asks. Undefined when there is nobody to ask. */
async function confirmFull(raw: Raw, io: Io): Promise<boolean | undefined> {
  if (raw.full !== true || raw.yes === true || !io.tty || !io.ask) return undefined;
  const answer = await io.ask(
    "Promote straight to 100%, skipping the remaining steps and their checks? Type yes to confirm: ",
  );
  return answer.trim().toLowerCase() === "yes";
}

async function parse(name: CommandName, raw: Raw, io: Io): Promise<Common> {
  switch (name) {
    case "traffic status":
      return parseStatus(raw, io.env);
    case "traffic shift":
      return parseShift(raw, io.env);
    case "traffic pause":
      return parsePause(raw, io.env);
    case "traffic promote":
      return parsePromote(raw, io.env, await confirmFull(raw, io));
    case "traffic abort":
      return parseAbort(raw, io.env);
    case "traffic rollback":
      return raw.revision !== undefined ? parseUndo(raw, io.env) : parseRollback(raw, io.env);
    case "traffic history":
      return parseHistory(raw, io.env);
    case "deploy":
      return parseDeploy(raw, io.env);
  }
}

export async function execute(name: CommandName, raw: Raw, io: Io): Promise<number> {
  const opts: Common = await parse(name, raw, io);
  const json = opts.format === "json";
  const progress = (line: string) => (json ? io.stderr : io.stdout).write(`${line}\n`);
  const aws: AwsOptions = {
    ...awsOptionsFromEnv(io.env, opts.region),
    ...(io.onCall ? { onCall: io.onCall } : {}),
  };
  const pollMs = pollMsFromEnv(io.env);
  const beat = heartbeatMs(io.env, io.tty === true);
  const wait = io.sleep;
  const ctxFor = (signal?: AbortSignal): Ctx =>
    makeCtx({
      log: progress,
      ...(io.now ? { now: io.now } : {}),
      ...(wait ? { sleep: (ms: number) => wait(ms, signal) } : {}),
      dryRun: opts.dryRun,
      ...(signal ? { signal } : {}),
      ...(pollMs !== undefined ? { pollMs } : {}),
      ...(beat !== undefined ? { heartbeatMs: beat } : {}),
    });

  let outcome: Outcome<unknown>;
  switch (name) {
    case "traffic status": {
      const o2 = opts as ReturnType<typeof parseStatus>;
      const clients = { elb: makeElb(aws), cw: makeCloudWatch(aws), ddb: makeDynamo(aws) };
      if (o2.watch) {
        return withSignals((signal) =>
          watchStatus(io.stdout, clients, o2, {
            signal,
            now: io.now ?? (() => new Date()),
            ...(io.sleep ? { sleep: io.sleep } : {}),
          }),
        );
      }
      const o = await status(ctxFor(), clients, o2);
      if (o.result)
        io.stdout.write(json ? `${JSON.stringify(o.result, null, 2)}\n` : `${statusText(o.result)}\n`);
      if (o.exitCode !== 0) io.stderr.write(`error: ${o.message}\n`);
      return o.exitCode;
    }
    case "traffic history": {
      const o = await history(ctxFor(), { ddb: makeDynamo(aws) }, opts as ReturnType<typeof parseHistory>);
      io.stdout.write(json ? `${JSON.stringify(o.result, null, 2)}\n` : `${historyText(o.result.entries)}\n`);
      if (o.exitCode !== 0) io.stderr.write(`error: ${o.message}\n`);
      return o.exitCode;
    }
    case "traffic pause": {
      const o = opts as ReturnType<typeof parsePause>;
      outcome = await pause(ctxFor(), { ddb: makeDynamo(aws) }, o);
      break;
    }
    case "traffic abort": {
      const o = opts as ReturnType<typeof parseAbort>;
      outcome = await rollback(ctxFor(), { elb: makeElb(aws), ddb: makeDynamo(aws) }, o);
      break;
    }
    case "traffic shift":
    case "traffic promote": {
      const o = opts as ReturnType<typeof parseShift>;
      const clients = await shiftClients(aws);
      outcome = await withSignals((signal) => shift(ctxFor(signal), clients, o));
      break;
    }
    case "traffic rollback": {
      if (raw.revision !== undefined) {
        const o = opts as ReturnType<typeof parseUndo>;
        const clients = await serviceClients(aws);
        outcome = await withSignals((signal) => undo(ctxFor(signal), clients, o));
      } else {
        const o = opts as ReturnType<typeof parseRollback>;
        outcome = await rollback(ctxFor(), rollbackClients(aws), o);
      }
      break;
    }
    case "deploy": {
      const o = opts as ReturnType<typeof parseDeploy>;
      const clients = await serviceClients(aws);
      outcome = await withSignals((signal) => deploy(ctxFor(signal), clients, o));
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
