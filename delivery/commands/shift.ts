/**
 * `traffic shift`: run a rollout plan (rollout/plan.ts) that moves production traffic to a
 * color: smoke checks against it first, then weight steps, each baked (rollout/bake.ts); any
 * failure puts all weight back on the old color.
 *
 * One rollout at a time: the run takes the rollout lease first (a second run exits 1 naming
 * the holder) and every write it makes is conditional on still holding it — before each
 * listener write it fences (a conditional write announcing the weights), after it records the
 * step. A rollback preempts it; the run learns so at its next lease write and stops without
 * writing again. A rerun after a crash resumes from the record (rollout/resume.ts).
 */
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { SSMClient } from "@aws-sdk/client-ssm";
import { type Color, otherColor, type RolloutState, UsageError } from "../../common/conventions.ts";
import { firing, resolveAlarms } from "../alarms.ts";
import { describeAwsError } from "../aws/common.ts";
import type { Ctx, Outcome } from "../context.ts";
import type { Settings, SmokeOptions } from "../inputs.ts";
import {
  ConcurrentChange,
  describeHealth,
  discover,
  type Estate,
  readCurrent,
  targetHealth,
  writeWeights,
} from "../listener/io.ts";
import { findRoutes, followIdle } from "../listener/routes.ts";
import type { AlarmSelection, ListenerArn } from "../options.ts";
import { bake, Fail, reasonOf, Stop } from "../rollout/bake.ts";
import {
  describePlan,
  type Step,
  samePlan,
  weightPercents,
  weightStepAt,
  weightStepsDone,
} from "../rollout/plan.ts";
import { markServed, type Rollout, type RolloutDoc } from "../rollout/record.ts";
import { resumePoint } from "../rollout/resume.ts";
import { type HeldLease, type Holder, LeaseHeld, Preempted } from "../rollout/store.ts";
import {
  allOn,
  formatWeights,
  percentOn,
  sameWeights,
  trafficState,
  type Weights,
  weightsFor,
} from "../rollout/weights.ts";
import type { CheckResult } from "../smoke/checks.ts";
import { smokeStep } from "../smoke/step.ts";
import { historyEntry, storeFor } from "./common.ts";

export interface ShiftOptions {
  listener: ListenerArn;
  table: string;
  holder: Holder;
  to: Color;
  plan: Step[];
  /** False when the plan is the default (a resumed rollout then keeps its own silently). */
  planGiven?: boolean;
  /** The bake a resumed run repeats before its next step. */
  bakeSeconds: number;
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
}

type Clients = {
  elb: ElasticLoadBalancingV2Client;
  cw: CloudWatchClient;
  ddb: DynamoDBClient;
  ssm: SSMClient;
};

export async function shift(ctx: Ctx, clients: Clients, opts: ShiftOptions): Promise<Outcome<ShiftResult>> {
  return new ShiftRun(ctx, clients, opts).execute();
}

class ShiftRun {
  private readonly from: Color;
  private readonly to: Color;
  private readonly result: ShiftResult;
  private readonly startedAt: string;
  private lease: HeldLease | null = null;
  private doc!: RolloutDoc;
  private rollout!: Rollout;
  private estate!: Estate;
  /** What this run last wrote to (or found on) the listener. */
  private last: Weights | null = null;
  /** Weights of a listener write whose outcome is unknown (it failed after AWS may have applied it). */
  private pending: Weights | null = null;
  private alarms: string[] = [];
  /** True once the record says shifting: a failure from here on rolls back. */
  private started = false;

  private readonly ctx: Ctx;
  private readonly clients: Clients;
  private readonly opts: ShiftOptions;

  constructor(ctx: Ctx, clients: Clients, opts: ShiftOptions) {
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
    };
  }

  async execute(): Promise<Outcome<ShiftResult>> {
    try {
      return await this.run();
    } catch (err) {
      if (err instanceof UsageError) {
        await this.release();
        throw err;
      }
      if (err instanceof LeaseHeld) return this.done(1, err.message);
      if (err instanceof Preempted) return this.preempted(err);
      if (err instanceof Stop) {
        await this.release();
        return this.stopped(err.message);
      }
      if (!this.started) {
        await this.release();
        const where = this.last ? `, traffic left at ${formatWeights(this.last)}` : "";
        return this.done(1, `${describeAwsError(err)}; nothing changed${where}`);
      }
      return this.rollBack(err instanceof Fail ? err.message : reasonOf(err));
    }
  }

  private async run(): Promise<Outcome<ShiftResult>> {
    const { ctx, opts } = this;
    const store = storeFor(this.clients.ddb, opts.table, opts.listener.arn, ctx);
    // Reads first: bad input (the listener's shape, unknown alarms) is found before any write.
    this.estate = await discover(this.clients.elb, opts.listener);
    const estate = this.estate;
    this.last = estate.weights;
    this.result.weights = estate.weights;
    this.alarms = await resolveAlarms(this.clients.cw, opts.alarms, estate, this.from);
    this.result.alarms = this.alarms;
    if (ctx.dryRun) {
      this.doc = (await store.read()).doc;
    } else {
      this.lease = await store.acquire(opts.holder, opts.settings.leaseMs);
      this.doc = this.lease.state.doc;
    }
    const prior = this.doc.rollout;
    let rebake = false;

    if (prior?.state === "shifting") {
      if (prior.to !== this.to) {
        await this.release();
        const at = `step ${weightStepsDone(prior.plan, prior.done)}/${weightPercents(prior.plan).length}`;
        return this.done(
          1,
          `a rollout to ${prior.to} is in progress (${at}, run ${prior.runId}); finish it or roll back first; nothing changed`,
        );
      }
      if (prior.plan.length === 0) {
        await this.release();
        return this.done(1, "the rollout record is unreadable; roll back to reset it; nothing changed");
      }
      if (opts.planGiven && !samePlan(prior.plan, opts.plan)) {
        ctx.log(
          `note: resuming with the recorded plan ${describePlan(prior.plan)} (not ${describePlan(opts.plan)})`,
        );
      }
      const point = resumePoint(prior, estate.weights);
      if ("stop" in point) throw new Stop(point.stop);
      this.rollout = {
        ...prior,
        done: point.done,
        weights: estate.weights,
        runId: opts.holder.runId,
        actor: opts.holder.actor,
        url: opts.holder.url,
      };
      this.result.resumed = true;
      rebake = point.rebake;
      const steps = weightPercents(prior.plan).length;
      ctx.log(
        `resuming rollout ${this.from}→${this.to} after step ${weightStepsDone(prior.plan, point.done)}/${steps} (${formatWeights(estate.weights)})`,
      );
    } else {
      if (estate.live === this.to) {
        await this.release();
        this.result.state = prior?.state ?? null;
        return this.done(
          0,
          `${this.to} already holds all traffic (${formatWeights(estate.weights)}); nothing to do`,
        );
      }
      const now = ctx.now().toISOString();
      this.rollout = {
        state: "shifting",
        from: this.from,
        to: this.to,
        plan: skipDone(opts.plan, percentOn(this.to, estate.weights)),
        done: 0,
        weights: estate.weights,
        startedAt: now,
        updatedAt: now,
        reason: "",
        runId: opts.holder.runId,
        actor: opts.holder.actor,
        url: opts.holder.url,
        revision: this.doc.colors[this.to]?.revision ?? null,
      };
    }
    const plan = this.rollout.plan;
    this.result.steps = weightPercents(plan);
    this.result.plan = describePlan(plan);
    this.result.step = weightStepsDone(plan, this.rollout.done);
    if (!opts.smoke.url && !this.result.resumed) {
      ctx.log(
        "warning: no smoke URL (--smoke-url, SECURECLOUD_SMOKE_URL): no smoke checks before traffic moves",
      );
    }

    // Checks before any traffic moves.
    const [alarmsNow, health] = await Promise.all([
      firing(this.clients.cw, this.alarms),
      targetHealth(this.clients.elb, estate.targetGroups[this.to]),
    ]);
    const problem =
      alarmsNow.length > 0
        ? `rollback alarm ${alarmsNow.map((a) => a.name).join(", ")} in ALARM`
        : health.healthy === 0
          ? `${describeHealth(this.to, health)}: no healthy targets`
          : "";
    ctx.log(
      `watching ${this.alarms.length} rollback alarm(s)${this.alarms.length ? `: ${this.alarms.join(", ")}` : ""}; ${describeHealth(this.to, health)}`,
    );
    if (problem) {
      if (!this.result.resumed) {
        await this.release();
        ctx.timeline.add("failure", `refused: ${problem}`, { ok: false, weights: estate.weights });
        return this.done(
          1,
          `refusing to shift to ${this.to}: ${problem}; nothing changed, traffic left at ${formatWeights(estate.weights)}`,
        );
      }
      if (ctx.dryRun) {
        ctx.log(
          `would roll back to ${this.from}: would call ModifyListener ${opts.listener.arn}: ${formatWeights(allOn(this.from))}`,
        );
        return this.done(1, `dry run: the interrupted rollout would roll back: ${problem}; nothing changed`);
      }
      this.started = true;
      throw new Fail(problem);
    }
    if (ctx.dryRun) return this.dryRun(rebake);

    this.started = true;
    const k = this.result.step;
    const n = this.result.steps.length;
    ctx.timeline.add(
      "start",
      this.result.resumed
        ? `resume ${this.from}→${this.to} after step ${k}/${n}`
        : `rollout ${this.from}→${this.to}: ${this.result.plan}`,
      { weights: estate.weights },
    );
    await this.save();
    if (rebake)
      await this.bake(this.rollout.done - 1, rebakeSeconds(plan, this.rollout.done) ?? opts.bakeSeconds);

    for (let i = this.rollout.done; i < plan.length; i++) {
      const step = plan[i]!;
      if (step.kind === "smoke") {
        const aborted = await this.smoke();
        if (aborted) return aborted;
      } else if (step.kind === "weight") {
        await this.setWeight(i, step.percent);
      } else {
        await this.bake(i, step.seconds);
      }
      this.rollout = { ...this.rollout, done: i + 1 };
      if (step.kind !== "weight") await this.save();
    }
    return this.complete();
  }

  private label(index: number): string {
    return `step ${weightStepAt(this.rollout.plan, index)}/${this.result.steps.length}`;
  }

  private async save(): Promise<void> {
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

  private async finish(state: RolloutState, reason: string): Promise<void> {
    const now = this.ctx.now().toISOString();
    this.rollout = { ...this.rollout, state, reason, weights: this.last, updatedAt: now };
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

  /** The smoke step: returns the outcome when it failed (the rollout is aborted), else null. */
  private async smoke(): Promise<Outcome<ShiftResult> | null> {
    const { ctx, opts } = this;
    if (!opts.smoke.url || !opts.smoke.spec) return null;
    const routes =
      this.doc.routes ?? (await findRoutes(this.clients.elb, opts.listener.loadBalancerArn, opts.listener.arn));
    this.doc = { ...this.doc, routes };
    const outcome = await smokeStep(
      ctx,
      this.clients,
      { spec: opts.smoke.spec, baseUrl: opts.smoke.url, parameter: opts.smoke.parameter },
      routes,
      this.to,
      this.estate.targetGroups[this.to],
    );
    this.result.smoke = outcome.results;
    if (outcome.ok) return null;
    ctx.timeline.add("failure", outcome.reason, { ok: false, weights: this.last ?? undefined });
    this.result.reason = outcome.reason;
    await this.finish("aborted", outcome.reason);
    return this.done(
      1,
      `${outcome.reason}; no production traffic moved, traffic left at ${trafficState(this.last)}`,
    );
  }

  private async setWeight(index: number, percent: number): Promise<void> {
    const { ctx, opts } = this;
    const target = weightsFor(this.to, percent);
    const label = this.label(index);
    const current = await this.checkUnchanged(`before ${label}`);
    this.abortIfSignalled();
    await this.lease!.fence(target);
    this.pending = target;
    const after = await writeWeights(
      this.clients.elb,
      opts.listener.arn,
      current,
      this.estate.targetGroups,
      target,
      AbortSignal.timeout(opts.settings.writeWindowMs),
    );
    this.pending = null;
    this.last = after ?? target;
    this.result.weights = this.last;
    this.result.step = weightStepAt(this.rollout.plan, index);
    ctx.log(`${label}: ${formatWeights(this.last)}`);
    ctx.timeline.add("weights", `${label}: ${this.to} ${percent}%`, { weights: this.last });
    this.rollout = { ...this.rollout, done: index + 1, weights: this.last };
    await this.save();
  }

  private async bake(index: number, seconds: number): Promise<void> {
    const label = this.label(index);
    const summary = await bake(
      {
        ctx: this.ctx,
        elb: this.clients.elb,
        cw: this.clients.cw,
        estate: this.estate,
        alarms: this.alarms,
        from: this.from,
        to: this.to,
        since: new Date(this.rollout.startedAt || this.ctx.now().toISOString()),
        maxErrorRateDelta: this.opts.maxErrorRateDelta,
        expected: () => this.last,
        renew: () => this.lease?.renew() ?? Promise.resolve(),
      },
      seconds,
      label,
    );
    this.ctx.timeline.add("check", `${label} baked${summary ? `: ${summary}` : ""}`, {
      ok: true,
      weights: this.last ?? undefined,
    });
  }

  private async complete(): Promise<Outcome<ShiftResult>> {
    const { ctx } = this;
    this.result.routes = await this.followIdle(this.from);
    await this.finish("complete", "");
    ctx.timeline.add("done", `complete: all traffic on ${this.to}`, {
      weights: this.last ?? undefined,
      ok: true,
    });
    return this.done(0, `shifted to ${this.to}: ${trafficState(this.last)}`);
  }

  /** The test routes to the idle color; a failure is reported, not fatal. */
  private async followIdle(idle: Color): Promise<string[]> {
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

  private abortIfSignalled(): void {
    if (this.ctx.signal?.aborted)
      throw new Fail(`interrupted (${String(this.ctx.signal.reason ?? "signal")})`);
  }

  /** The listener's actions now, after checking it still holds what this run last wrote. */
  private async checkUnchanged(when: string) {
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
  private async rollBack(reason: string): Promise<Outcome<ShiftResult>> {
    const { ctx, opts } = this;
    ctx.log(`rolling back to ${this.from}: ${reason}`);
    ctx.timeline.add("failure", reason, { ok: false, weights: this.last ?? undefined });
    this.result.reason = reason;
    const target = allOn(this.from);
    let actions: Awaited<ReturnType<ShiftRun["checkUnchanged"]>>;
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
  private async fenceForRollback(target: Weights): Promise<void> {
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

  private async failed(reason: string, err: unknown): Promise<Outcome<ShiftResult>> {
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
  private async preempted(err: Preempted): Promise<Outcome<ShiftResult>> {
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

  private stopped(message: string): Outcome<ShiftResult> {
    this.ctx.timeline.add("failure", `stopped: ${message}`, { ok: false });
    this.result.reason = message;
    return this.done(1, `stopped: ${message}; this run changed nothing more`);
  }

  /** Gives the lease back (nothing else changes); quiet: it expires anyway. */
  private async release(): Promise<void> {
    const lease = this.lease;
    this.lease = null;
    try {
      await lease?.giveBack();
    } catch {
      // It expires on its own.
    }
  }

  private dryRun(rebake: boolean): Outcome<ShiftResult> {
    const { ctx, opts } = this;
    const arn = opts.listener.arn;
    const plan = this.rollout.plan;
    const n = this.result.steps.length;
    const watch = `alarms [${this.alarms.join(", ")}], ${this.to} target health, 5xx delta ≤ ${opts.maxErrorRateDelta} points`;
    ctx.log(
      `would take the rollout lease in ${opts.table} and record: rollout state=shifting ${this.from}→${this.to}`,
    );
    if (rebake) ctx.log(`would bake again for ${opts.bakeSeconds} s watching ${watch}`);
    for (let i = this.rollout.done; i < plan.length; i++) {
      const step = plan[i]!;
      const label = `step ${weightStepAt(plan, i)}/${n}`;
      if (step.kind === "smoke")
        ctx.log(`would run the smoke checks against ${this.to} through ${opts.smoke.url}`);
      else if (step.kind === "bake") ctx.log(`${label}: would bake ${step.seconds} s watching ${watch}`);
      else {
        ctx.log(`${label}: would check the listener still holds what the run last wrote`);
        ctx.log(
          `${label}: would call ModifyListener ${arn}: ${formatWeights(weightsFor(this.to, step.percent))}`,
        );
      }
    }
    ctx.log(`would record: rollout state=complete, move the idle-color routes to ${this.from}`);
    return this.done(
      0,
      `dry run: would shift ${this.from}→${this.to} in steps ${weightPercents(plan.slice(this.rollout.done)).join(",")}; nothing changed`,
    );
  }

  private done(exitCode: 0 | 1, message: string): Outcome<ShiftResult> {
    return { exitCode, message, result: this.result };
  }
}

/** The bake that followed the last weight step done (what a resumed run repeats). */
function rebakeSeconds(plan: Step[], done: number): number | undefined {
  const lastWeight = plan
    .slice(0, done)
    .map((s) => s.kind)
    .lastIndexOf("weight");
  const next = plan.slice(lastWeight + 1).find((s) => s.kind === "bake" || s.kind === "weight");
  return next?.kind === "bake" ? next.seconds : undefined;
}

/** The plan without the weight steps (and their bakes) the traffic is already past. */
function skipDone(plan: Step[], current: number): Step[] {
  const out: Step[] = [];
  let skipping = false;
  for (const step of plan) {
    if (step.kind === "weight") skipping = step.percent <= current && step.percent < 100;
    else if (step.kind !== "bake") skipping = false;
    if (!skipping) out.push(step);
  }
  return out;
}
