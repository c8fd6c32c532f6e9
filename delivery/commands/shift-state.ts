/**
 * What a shift run holds and how it ends: the lease, the record, what it last wrote to the
 * listener, the result; saving and finishing the record; and the ways a run stops — rolled back
 * (traffic back on the stable color first), failed, preempted (no more writes), stopped
 * (another actor changed the listener). The forward path is in shift.ts.
 */
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Action, ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { SSMClient } from "@aws-sdk/client-ssm";
import { type Color, otherColor, type RolloutState } from "../../common/conventions.ts";
import { describeAwsError } from "../aws/common.ts";
import type { Ctx, Outcome } from "../context.ts";
import type { Settings, SmokeOptions } from "../inputs.ts";
import {
  ConcurrentChange,
  describeHealth,
  type Estate,
  readCurrent,
  targetHealth,
  writeWeights,
} from "../listener/io.ts";
import { findRoutes, followIdle } from "../listener/routes.ts";
import type { AlarmSelection, ListenerArn } from "../options.ts";
import { Stop } from "../rollout/bake.ts";
import { describePlan, type Step, weightPercents, weightStepAt, weightStepsDone } from "../rollout/plan.ts";
import { type Decision, markServed, type Rollout, type RolloutDoc, withDecision } from "../rollout/record.ts";
import { type HeldLease, type Holder, type PauseRequest, Preempted } from "../rollout/store.ts";
import { allOn, formatWeights, sameWeights, trafficState, type Weights } from "../rollout/weights.ts";
import type { CheckResult } from "../smoke/checks.ts";
import { historyEntry } from "./common.ts";

export interface ShiftOptions {
  listener: ListenerArn;
  table: string;
  holder: Holder;
  to: Color;
  plan: Step[];
  /** planDigest of the plan as given: recorded, and checked when resuming. */
  digest: string;
  /** Where the plan came from (a plan file, or `--steps ... --bake ...`). */
  planSource: string;
  scaleDownDelaySeconds: number;
  /** False when the plan is the default (a resumed rollout then keeps its own silently). */
  planGiven?: boolean;
  /** `traffic promote`: continue a paused rollout (full: straight to 100%). */
  promote?: { full: boolean };
  alarms: AlarmSelection;
  /** Percentage points the new color's 5xx rate may exceed the old color's. */
  maxErrorRateDelta: number;
  smoke: SmokeOptions;
  settings: Settings;
}

export interface ShiftResult {
  listenerArn: string;
  from: Color;
  to: Color;
  /** Rollout state after the run; null when nothing was started. */
  state: RolloutState | null;
  weights: Weights | null;
  /** Weight steps done. */
  step: number;
  /** The weight steps' percentages. */
  steps: number[];
  plan: string;
  reason: string;
  alarms: string[];
  resumed: boolean;
  smoke: CheckResult[];
  routes: string[];
  /** The plan's digest (sha256:...). */
  digest: string;
  /** The rollout's decisions, oldest first. */
  decisions: Decision[];
}

export type ShiftClients = {
  elb: ElasticLoadBalancingV2Client;
  cw: CloudWatchClient;
  ddb: DynamoDBClient;
  ssm: SSMClient;
};

export class ShiftState {
  protected from: Color;
  protected to: Color;
  protected readonly result: ShiftResult;
  protected readonly startedAt: string;
  protected lease: HeldLease | null = null;
  protected doc!: RolloutDoc;
  protected rollout!: Rollout;
  protected estate!: Estate;
  /** What this run last wrote to (or found on) the listener. */
  protected last: Weights | null = null;
  /** Weights of a listener write whose outcome is unknown (it failed after AWS may have applied it). */
  protected pending: Weights | null = null;
  protected alarms: string[] = [];
  /** True once the record says shifting: a failure from here on rolls back. */
  protected started = false;
  /** The plan step being carried out (where an operator's pause holds the rollout). */
  protected current = 0;

  protected readonly ctx: Ctx;
  protected readonly clients: ShiftClients;
  protected readonly opts: ShiftOptions;

  constructor(ctx: Ctx, clients: ShiftClients, opts: ShiftOptions) {
    this.ctx = ctx;
    this.clients = clients;
    this.opts = opts;
    this.to = opts.to;
    this.from = otherColor(opts.to);
    this.startedAt = ctx.now().toISOString();
    this.result = {
      listenerArn: opts.listener.arn,
      from: this.from,
      to: this.to,
      state: null,
      weights: null,
      step: 0,
      steps: weightPercents(opts.plan),
      plan: describePlan(opts.plan),
      reason: "",
      alarms: [],
      resumed: false,
      smoke: [],
      routes: [],
      digest: opts.digest,
      decisions: [],
    };
  }

  /** The rollout's colors, once known from the record (promote names no color). */
  protected retarget(to: Color): void {
    this.to = to;
    this.from = otherColor(to);
    this.result.to = to;
    this.result.from = this.from;
  }

  /** Appends a decision to the rollout (saved with the next record write). */
  protected decide(d: Omit<Decision, "at">): void {
    const decision: Decision = { at: this.ctx.now().toISOString(), ...d };
    this.rollout = { ...this.rollout, decisions: withDecision(this.rollout.decisions, decision) };
    this.result.decisions = this.rollout.decisions;
  }

  /**
   * Held at the current weight: the record says paused (step `done` is where promote picks
   * up), the lease is released, exit 0. `by`: the operator's request, or null for the plan's
   * own pause step.
   */
  protected async paused(done: number, by: PauseRequest | null, why: string): Promise<Outcome<ShiftResult>> {
    const { ctx, opts } = this;
    const now = ctx.now().toISOString();
    this.decide({
      step: done,
      kind: "pause",
      outcome: "paused",
      summary: `held at ${trafficState(this.last)}: ${why}`,
      ...(by ? { actor: by.actor } : {}),
    });
    this.rollout = { ...this.rollout, done, pausedAt: now, watchUntil: null };
    ctx.timeline.add("info", `paused: ${why}`, { weights: this.last ?? undefined });
    await this.finish("paused", why);
    const at = `step ${weightStepsDone(this.rollout.plan, done)}/${this.result.steps.length}`;
    return this.done(
      0,
      `paused at ${at} (${trafficState(this.last)}): ${why}; \`securecloud traffic promote --listener ${opts.listener.arn}\` continues, \`securecloud traffic abort --listener ${opts.listener.arn} --reason TEXT\` puts traffic back on ${this.from}`,
    );
  }

  protected label(index: number): string {
    return `step ${weightStepAt(this.rollout.plan, index)}/${this.result.steps.length}`;
  }

  protected async save(): Promise<void> {
    this.rollout = { ...this.rollout, updatedAt: this.ctx.now().toISOString() };
    this.doc = {
      ...this.doc,
      rollout: this.rollout,
      targetGroups: this.estate.targetGroups,
      fingerprint: this.estate.fingerprint,
    };
    await this.lease?.save(this.doc);
    this.result.state = this.rollout.state;
  }

  protected async finish(state: RolloutState, reason: string): Promise<void> {
    const now = this.ctx.now().toISOString();
    this.rollout = {
      ...this.rollout,
      state,
      reason,
      weights: this.last,
      updatedAt: now,
      watchUntil: null,
      ...(state === "complete" ? { completedAt: now } : {}),
    };
    this.result.decisions = this.rollout.decisions;
    const colors = state === "complete" ? markServed(this.doc.colors, this.to, now) : this.doc.colors;
    this.doc = {
      ...this.doc,
      rollout: this.rollout,
      colors,
      targetGroups: this.estate.targetGroups,
      fingerprint: this.estate.fingerprint,
    };
    this.result.state = state;
    const lease = this.lease;
    this.lease = null;
    await lease?.finish(
      this.doc,
      historyEntry(this.ctx, this.opts.holder, this.startedAt, {
        outcome: state === "shifting" ? "stopped" : state,
        from: this.from,
        to: this.to,
        weights: this.last,
        reason,
        revision: this.rollout.revision,
        plan: this.result.plan,
      }),
    );
  }

  /** The test routes to the idle color; a failure is reported, not fatal. */
  protected async followIdle(idle: Color): Promise<string[]> {
    try {
      const { listener } = this.opts;
      const routes =
        this.doc.routes ?? (await findRoutes(this.clients.elb, listener.loadBalancerArn, listener.arn));
      this.doc = { ...this.doc, routes };
      const lines = await followIdle(this.clients.elb, routes, idle, this.estate.targetGroups[idle]);
      for (const l of lines) this.ctx.log(l);
      return lines;
    } catch (err) {
      const line = `warning: the test routes were not moved to ${idle}: ${describeAwsError(err)}`;
      this.ctx.log(line);
      return [line];
    }
  }

  /** The listener's actions now, after checking it still holds what this run last wrote. */
  protected async checkUnchanged(when: string) {
    let now: Awaited<ReturnType<typeof readCurrent>>;
    try {
      now = await readCurrent(this.clients.elb, this.estate);
    } catch (err) {
      if (err instanceof ConcurrentChange) throw new Stop(`${when}: ${err.message}`);
      throw err;
    }
    if (this.pending && sameWeights(now.weights, this.pending)) {
      // The failed write had landed after all.
      this.last = this.pending;
      this.result.weights = this.last;
    }
    this.pending = null;
    if (!sameWeights(now.weights, this.last)) {
      throw new Stop(
        `${when}: the listener holds ${formatWeights(now.weights)} but this rollout last wrote ${trafficState(this.last)}: another actor changed the weights`,
      );
    }
    return now.actions;
  }

  /** Any failure after the rollout started: weights back on the previous live color first. */
  protected async rollBack(reason: string): Promise<Outcome<ShiftResult>> {
    const { ctx, opts } = this;
    ctx.log(`rolling back to ${this.from}: ${reason}`);
    ctx.timeline.add("failure", reason, { ok: false, weights: this.last ?? undefined });
    this.result.reason = reason;
    const target = allOn(this.from);
    let actions: Action[];
    try {
      actions = await this.checkUnchanged("before rolling back");
    } catch (err) {
      if (err instanceof Stop) {
        await this.release();
        return this.stopped(`${reason}; then ${err.message}`);
      }
      return this.failed(reason, err);
    }
    try {
      if (!sameWeights(this.last, target)) {
        let health = null;
        try {
          health = await targetHealth(this.clients.elb, this.estate.targetGroups[this.from]);
        } catch (err) {
          // The stable color carried traffic until now: an abort puts traffic back on it first.
          ctx.log(`could not read ${this.from}'s health (${describeAwsError(err)}); rolling back anyway`);
        }
        if (health && health.healthy === 0) {
          const why = `${reason}; not rolled back: ${describeHealth(this.from, health)}`;
          ctx.timeline.add("failure", why, { ok: false, weights: this.last ?? undefined });
          await this.finish("failed", why);
          return this.done(1, `${why}; traffic left at ${trafficState(this.last)}`);
        }
        await this.fenceForRollback(target);
        const after = await writeWeights(
          this.clients.elb,
          opts.listener.arn,
          actions,
          this.estate.targetGroups,
          target,
        );
        this.last = after ?? target;
        this.result.weights = this.last;
      }
      ctx.timeline.add("rollback", `rolled back: all traffic on ${this.from}`, {
        weights: this.last ?? undefined,
      });
      this.decide({
        step: this.current,
        kind: "rollback",
        outcome: "done",
        summary: `${reason}: all traffic on ${this.from} (${trafficState(this.last)})`,
      });
      ctx.log(`traffic back on ${this.from}: ${trafficState(this.last)}`);
      this.result.routes = await this.followIdle(this.to);
      await this.finish("rolled-back", reason);
      return this.done(1, `rolled back to ${this.from} (${trafficState(this.last)}): ${reason}`);
    } catch (err) {
      if (err instanceof Preempted) return this.preempted(err);
      return this.failed(reason, err);
    }
  }

  /**
   * Before the rollback's listener write: still the holder? Preempted stops the run. When the
   * lease store cannot answer but the lease cannot have expired, roll back anyway: traffic back
   * on the stable color comes first.
   */
  protected async fenceForRollback(target: Weights): Promise<void> {
    if (!this.lease) return;
    try {
      await this.lease.fence(target);
    } catch (err) {
      if (err instanceof Preempted || this.ctx.now().getTime() >= this.lease.heldUntil) throw err;
      this.ctx.log(
        `warning: the lease could not be checked (${describeAwsError(err)}); it is still this run's: rolling back`,
      );
    }
  }

  protected async failed(reason: string, err: unknown): Promise<Outcome<ShiftResult>> {
    const why = `${reason}; rollback failed: ${describeAwsError(err)}`;
    try {
      this.last = (await readCurrent(this.clients.elb, this.estate)).weights;
      this.result.weights = this.last;
    } catch {
      // Report the last weights this run knew.
    }
    this.ctx.timeline.add("failure", why, { ok: false });
    try {
      await this.finish("failed", why);
    } catch {
      // The record write failed too; the message below still says where traffic was left.
    }
    this.result.state = "failed";
    return this.done(
      1,
      `${why}; traffic left at ${trafficState(this.last)} (run \`securecloud traffic rollback\`)`,
    );
  }

  /** Lost the lease: no more writes; says where traffic is now (a read). */
  protected async preempted(err: Preempted): Promise<Outcome<ShiftResult>> {
    this.lease = null;
    this.ctx.timeline.add("failure", err.message, { ok: false });
    this.result.reason = err.message;
    try {
      this.last = (await readCurrent(this.clients.elb, this.estate)).weights;
      this.result.weights = this.last;
      return this.done(1, `${err.message}; traffic is now at ${formatWeights(this.last)}`);
    } catch {
      return this.done(1, `${err.message}; this run last saw traffic at ${trafficState(this.last)}`);
    }
  }

  protected stopped(message: string): Outcome<ShiftResult> {
    this.ctx.timeline.add("failure", `stopped: ${message}`, { ok: false });
    this.result.reason = message;
    return this.done(1, `stopped: ${message}; this run changed nothing more`);
  }

  /** Gives the lease back (nothing else changes); quiet: it expires anyway. */
  protected async release(): Promise<void> {
    const lease = this.lease;
    this.lease = null;
    try {
      await lease?.giveBack();
    } catch {
      // It expires on its own.
    }
  }

  protected done(exitCode: 0 | 1, message: string): Outcome<ShiftResult> {
    return { exitCode, message, result: this.result };
  }
}
