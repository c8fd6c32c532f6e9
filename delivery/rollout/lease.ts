/**
 * The rollout lease's vocabulary: who holds it, what the holder announced, and the two ways a
 * run learns it may not write — another live run holds the lease, or this run lost it.
 */
import type { RolloutDoc } from "./record.ts";
import type { Weights } from "./weights.ts";

/** Who asks for the lease. */
export interface Holder {
  /** The lease key: the GitHub run (so a re-run of it takes its own lease back) or this invocation. */
  id: string;
  /** The run with its attempt, as recorded. */
  runId: string;
  actor: string;
  command: string;
  url: string;
}

export interface Lease {
  holder: string;
  runId: string;
  actor: string;
  command: string;
  url: string;
  since: string;
  /** Epoch milliseconds after which anyone may take the lease. */
  expires: number;
}

/** A listener write announced before it is made: what a preempting rollback must outlast. */
export interface Intent {
  weights: Weights;
  /** Epoch milliseconds. */
  at: number;
}

/** An operator's `traffic pause` of a running rollout, waiting for the holder's next check. */
export interface PauseRequest {
  actor: string;
  runId: string;
  /** ISO time. */
  at: string;
}

export interface State {
  exists: boolean;
  epoch: number;
  lease: Lease | null;
  intent: Intent | null;
  doc: RolloutDoc;
  pauseRequest: PauseRequest | null;
}

/** The holder's renew or fence found a pause request: stop at the current weight and record paused. */
export class PauseRequested extends Error {
  readonly request: PauseRequest;
  constructor(request: PauseRequest) {
    super(`paused by ${request.actor} (run ${request.runId}) at ${request.at}`);
    this.name = "PauseRequested";
    this.request = request;
  }
}

/** Another live run holds the lease. */
export class LeaseHeld extends Error {
  readonly lease: Lease;
  constructor(lease: Lease, now: number) {
    super(describeHeld(lease, now));
    this.name = "LeaseHeld";
    this.lease = lease;
  }
}

/** This run lost its lease (preempted by a rollback, or taken over after it expired). */
export class Preempted extends Error {
  readonly by: Lease | null;
  constructor(now: State) {
    const by = now.lease;
    const r = now.doc.rollout;
    super(
      by
        ? `preempted: ${by.command} run ${by.runId} by ${by.actor} took the rollout lease at ${by.since}; this run stops and writes nothing more`
        : r?.runId
          ? `preempted: run ${r.runId} by ${r.actor} took the rollout lease (the record now says ${r.state}, ${r.updatedAt}); this run stops and writes nothing more`
          : "preempted: this run no longer holds the rollout lease; it stops and writes nothing more",
    );
    this.name = "Preempted";
    this.by = by;
  }
}

export function describeHeld(lease: Lease, now: number): string {
  const left = Math.max(0, Math.ceil((lease.expires - now) / 1000));
  const url = lease.url ? ` (${lease.url})` : "";
  return (
    `another rollout holds the lease: ${lease.command} run ${lease.runId} by ${lease.actor}${url} since ${lease.since}; ` +
    `it expires at ${new Date(lease.expires).toISOString()} (in ${left} s) unless that run renews it: rerun after that to take over ` +
    `(a rollback takes over at once); nothing changed`
  );
}
