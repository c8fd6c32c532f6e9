/**
 * What every delivery command receives besides its AWS clients: where progress goes, the
 * clock, an abortable sleep, dry-run, and the timeline that the job summary draws.
 */
import type { Weights } from "./rollout/weights.ts";

export type EventKind =
  | "start"
  | "weights"
  | "check"
  | "smoke"
  | "failure"
  | "rollback"
  | "deploy"
  | "done"
  | "info";

export interface TimelineEvent {
  at: string;
  kind: EventKind;
  message: string;
  /** Listener weights after this event, when it changed or confirmed them. */
  weights?: Weights;
  ok?: boolean;
}

export class Timeline {
  readonly events: TimelineEvent[] = [];
  private readonly now: () => Date;
  constructor(now: () => Date = () => new Date()) {
    this.now = now;
  }
  add(kind: EventKind, message: string, extra: { weights?: Weights; ok?: boolean } = {}): TimelineEvent {
    const event: TimelineEvent = { at: this.now().toISOString(), kind, message, ...extra };
    this.events.push(event);
    return event;
  }
}

export interface Ctx {
  /** A progress line (the CLI prints it, an action logs it). */
  log(line: string): void;
  now(): Date;
  /** Resolves after `ms`, or rejects with the abort reason when `signal` fires. */
  sleep(ms: number): Promise<void>;
  signal?: AbortSignal;
  dryRun: boolean;
  timeline: Timeline;
  /**
   * How often bakes and deploy waits poll, in ms. Undefined: a sensible default per command
   * (`SECURECLOUD_POLL_MS` sets it for the CLI and the actions).
   */
  pollMs?: number;
  /**
   * While a bake, timed pause or analysis window runs, print a heartbeat line at least this
   * often (ms). Set when the output is not a terminal (a CI log); undefined: no heartbeat.
   */
  heartbeatMs?: number;
}

export class Aborted extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "Aborted";
  }
}

export function abortableSleep(signal?: AbortSignal): (ms: number) => Promise<void> {
  return (ms) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new Aborted(String(signal.reason ?? "aborted")));
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(new Aborted(String(signal?.reason ?? "aborted")));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
}

export function makeCtx(options: Partial<Ctx> & { log: (line: string) => void }): Ctx {
  const now = options.now ?? (() => new Date());
  return {
    log: options.log,
    now,
    sleep: options.sleep ?? abortableSleep(options.signal),
    ...(options.signal ? { signal: options.signal } : {}),
    dryRun: options.dryRun ?? false,
    timeline: options.timeline ?? new Timeline(now),
    ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
    ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
  };
}

/** Result every command returns: exit code, one-line outcome, and the data for outputs. */
export interface Outcome<T> {
  exitCode: 0 | 1 | 2;
  /** One line that says what happened (printed last; on failure it is the error line). */
  message: string;
  result: T;
}
