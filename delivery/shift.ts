/**
 * `traffic shift`: move production traffic to a color in canary steps, baking after each step
 * while watching rollback alarms, the new color's target health and its 5xx rate against the
 * old color's; any failure puts all weight back on the old color.
 *
 * Crash safety. The rollout record on the listener says which step's weights the run last
 * wrote. Per step the order is: check the listener still holds what the run last wrote →
 * ModifyListener → record the step. A rerun after a crash finds the listener either at the
 * recorded weights (resume after that step) or at the next step's weights (the crash fell
 * between the two writes: record it and resume); anything else is another actor's change,
 * and the run stops without writing.
 */
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { AddTagsCommand, type ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Color, otherColor, type RolloutState, UsageError } from "../common/conventions.ts";
import { firing, resolveAlarms } from "./alarms.ts";
import { describeAwsError } from "./aws/common.ts";
import { Aborted, type Ctx, type Outcome } from "./context.ts";
import {
  actionsWithWeights,
  ConcurrentChange,
  describeHealth,
  discover,
  type Estate,
  type Health,
  readWeights,
  targetHealth,
  trafficState,
  writeActions,
} from "./estate.ts";
import { describeRates, errorRates } from "./metrics.ts";
import type { AlarmSelection, ListenerArn } from "./options.ts";
import {
  allOn,
  formatWeights,
  type RolloutRecord,
  recordTags,
  sameWeights,
  type Weights,
  weightsFor,
} from "./record.ts";

export interface ShiftOptions {
  listener: ListenerArn;
  to: Color;
  steps: number[];
  /** False when the steps are the defaults (a resumed rollout then keeps its own silently). */
  stepsGiven?: boolean;
  bakeSeconds: number;
  alarms: AlarmSelection;
  /** Percentage points the new color's 5xx rate may exceed the old color's. */
  maxErrorRateDelta: number;
  runId: string;
  actor: string;
}

export interface ShiftResult {
  listenerArn: string;
  from: Color;
  to: Color;
  /** Rollout state after the run; null when nothing was started. */
  state: RolloutState | null;
  weights: Weights | null;
  step: number;
  steps: number[];
  reason: string;
  alarms: string[];
  resumed: boolean;
}

type Clients = { elb: ElasticLoadBalancingV2Client; cw: CloudWatchClient };

/** Stops the run without any further write (another actor changed the listener). */
class Stop extends Error {}
/** A check failed or AWS failed: roll back. */
class Fail extends Error {}

export async function shift(ctx: Ctx, clients: Clients, opts: ShiftOptions): Promise<Outcome<ShiftResult>> {
  const run = new ShiftRun(ctx, clients, opts);
  return run.execute();
}

class ShiftRun {
  private readonly ctx: Ctx;
  private readonly elb: ElasticLoadBalancingV2Client;
  private readonly cw: CloudWatchClient;
  private readonly opts: ShiftOptions;
  private readonly from: Color;
  private readonly to: Color;
  private estate!: Estate;
  private record!: RolloutRecord;
  /** What this run last wrote to (or found on) the listener. */
  private last: Weights | null = null;
  /** Weights of a ModifyListener whose outcome is unknown (it failed after AWS may have applied it). */
  private pending: Weights | null = null;
  private alarms: string[] = [];
  private readonly result: ShiftResult;
  private started = false;

  constructor(ctx: Ctx, clients: Clients, opts: ShiftOptions) {
    this.ctx = ctx;
    this.elb = clients.elb;
    this.cw = clients.cw;
    this.opts = opts;
    this.to = opts.to;
    this.from = otherColor(opts.to);
    this.result = {
      listenerArn: opts.listener.arn,
      from: this.from,
      to: this.to,
      state: null,
      weights: null,
      step: 0,
      steps: opts.steps,
      reason: "",
      alarms: [],
      resumed: false,
    };
  }

  async execute(): Promise<Outcome<ShiftResult>> {
    try {
      return await this.plan();
    } catch (err) {
      if (err instanceof UsageError) throw err;
      if (err instanceof Stop) return this.stopped(err.message);
      // An AWS failure before anything was written: nothing to undo.
      if (!this.started) {
        const where = this.last ? `, traffic left at ${formatWeights(this.last)}` : "";
        return this.done(1, `${describeAwsError(err)}; nothing changed${where}`);
      }
      return this.rollBack(err instanceof Fail ? err.message : reasonOf(err));
    }
  }

  private async plan(): Promise<Outcome<ShiftResult>> {
    const { ctx, opts } = this;
    this.estate = await discover(this.elb, opts.listener);
    const estate = this.estate;
    this.last = estate.weights;
    this.result.weights = estate.weights;
    const prior = estate.record;
    let steps = opts.steps;
    let done: number; // steps already on the listener
    let rebake = false;

    if (prior?.state === "shifting") {
      if (prior.to !== this.to) {
        return this.done(
          1,
          `a rollout to ${prior.to} is in progress (step ${prior.step}/${prior.steps.length}, run ${prior.runId}); finish it or roll back first; nothing changed`,
        );
      }
      if (prior.steps.length === 0 || !prior.weights) {
        return this.done(
          1,
          "the rollout record on the listener is unreadable; roll back to reset it; nothing changed",
        );
      }
      if (opts.stepsGiven && prior.steps.join(",") !== steps.join(",")) {
        ctx.log(`note: resuming with the recorded steps ${prior.steps.join(",")} (not ${steps.join(",")})`);
      }
      steps = prior.steps;
      this.result.resumed = true;
      this.record = { ...prior, runId: opts.runId, actor: opts.actor };
      if (sameWeights(estate.weights, prior.weights)) {
        done = prior.step;
      } else if (
        prior.step < steps.length &&
        sameWeights(estate.weights, weightsFor(this.to, steps[prior.step]!))
      ) {
        // The previous run wrote the listener but died before recording the step.
        done = prior.step + 1;
      } else {
        throw new Stop(
          `the listener holds ${formatWeights(estate.weights)} but the rollout last wrote ${formatWeights(prior.weights)}: another actor changed the weights`,
        );
      }
      rebake = done > 0;
      ctx.log(
        `resuming rollout ${this.from}→${this.to} after step ${done}/${steps.length} (${formatWeights(estate.weights)})`,
      );
    } else {
      if (estate.live === this.to) {
        this.result.state = prior?.state ?? null;
        return this.done(
          0,
          `${this.to} already holds all traffic (${formatWeights(estate.weights)}); nothing to do`,
        );
      }
      const total = estate.weights.blue + estate.weights.green;
      const current = total > 0 ? Math.round((estate.weights[this.to] * 100) / total) : 0;
      done = steps.filter((s) => s <= current && s < 100).length;
      const now = ctx.now().toISOString();
      this.record = {
        state: "shifting",
        from: this.from,
        to: this.to,
        step: done,
        steps,
        runId: opts.runId,
        startedAt: now,
        updatedAt: now,
        reason: "",
        actor: opts.actor,
        weights: estate.weights,
        targetGroups: estate.simple ? estate.targetGroups : null,
        stickiness: estate.simple ? estate.stickiness : null,
      };
    }
    this.result.steps = steps;
    this.result.step = done;

    // Checks before any write.
    this.alarms = await resolveAlarms(this.cw, opts.alarms, estate, this.from);
    this.result.alarms = this.alarms;
    const [alarmsNow, health] = await Promise.all([
      firing(this.cw, this.alarms),
      targetHealth(this.elb, estate.targetGroups[this.to]),
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

    if (ctx.dryRun) return this.dryRun(steps, done, rebake);

    this.started = true;
    if (!this.result.resumed) {
      ctx.timeline.add("start", `rollout ${this.from}→${this.to} steps ${steps.join(",")}`, {
        weights: estate.weights,
      });
      await this.writeRecord({});
    } else {
      ctx.timeline.add("start", `resume ${this.from}→${this.to} after step ${done}/${steps.length}`, {
        weights: estate.weights,
      });
      if (this.record.step !== done) await this.writeRecord({ step: done, weights: estate.weights });
    }
    if (rebake) await this.bake(done, steps);

    for (let k = done + 1; k <= steps.length; k++) {
      const target = weightsFor(this.to, steps[k - 1]!);
      await this.checkUnchanged(`before step ${k}`);
      this.abortIfSignalled();
      this.pending = target;
      const after = await writeActions(
        this.elb,
        opts.listener.arn,
        actionsWithWeights(estate, target),
        estate.targetGroups,
      );
      this.pending = null;
      this.last = after ?? target;
      this.result.weights = this.last;
      this.result.step = k;
      ctx.log(`step ${k}/${steps.length}: ${formatWeights(this.last)}`);
      ctx.timeline.add("weights", `step ${k}/${steps.length}: ${this.to} ${steps[k - 1]}%`, {
        weights: this.last,
      });
      await this.writeRecord({ step: k, weights: this.last });
      await this.bake(k, steps);
    }
    await this.writeRecord({ state: "complete" });
    ctx.timeline.add("done", `complete: all traffic on ${this.to}`, {
      weights: this.last ?? undefined,
      ok: true,
    });
    return this.done(0, `shifted to ${this.to}: ${trafficState(this.last)}`);
  }

  private abortIfSignalled(): void {
    if (this.ctx.signal?.aborted)
      throw new Fail(`interrupted (${String(this.ctx.signal.reason ?? "signal")})`);
  }

  private async writeRecord(change: Partial<RolloutRecord>): Promise<void> {
    this.record = { ...this.record, ...change, updatedAt: this.ctx.now().toISOString() };
    await this.elb.send(
      new AddTagsCommand({ ResourceArns: [this.opts.listener.arn], Tags: recordTags(this.record) }),
    );
    this.result.state = this.record.state;
  }

  private async checkUnchanged(when: string): Promise<void> {
    let now: Weights;
    try {
      now = await readWeights(this.elb, this.estate);
    } catch (err) {
      if (err instanceof ConcurrentChange) throw new Stop(`${when}: ${err.message}`);
      throw err;
    }
    if (this.pending && sameWeights(now, this.pending)) {
      // The failed write had landed after all.
      this.last = this.pending;
      this.result.weights = this.last;
    }
    this.pending = null;
    if (!sameWeights(now, this.last)) {
      throw new Stop(
        `${when}: the listener holds ${formatWeights(now)} but this rollout last wrote ${trafficState(this.last)}: another actor changed the weights`,
      );
    }
  }

  /** Watches the step for `bakeSeconds`, checking at least once. */
  private async bake(k: number, steps: number[]): Promise<void> {
    const { ctx, opts } = this;
    const bakeMs = opts.bakeSeconds * 1000;
    const end = ctx.now().getTime() + bakeMs;
    const interval = ctx.pollMs ?? Math.min(15_000, Math.max(1_000, Math.floor(bakeMs / 6)));
    if (bakeMs > 0) ctx.log(`step ${k}/${steps.length}: baking ${opts.bakeSeconds} s`);
    let errors = 0;
    for (;;) {
      const last = ctx.now().getTime() >= end;
      const outcome = await this.checkOnce();
      if (outcome.error) {
        errors++;
        ctx.log(`check failed: ${outcome.error}`);
        if (errors >= 2 || last) throw new Fail(`could not check the rollout: ${outcome.error}`);
      } else {
        errors = 0;
      }
      if (last) break;
      try {
        await ctx.sleep(Math.max(0, Math.min(interval, end - ctx.now().getTime())));
      } catch (err) {
        if (err instanceof Aborted) throw new Fail(`interrupted (${err.message})`);
        throw err;
      }
    }
    const summary = this.lastCheck ? `: ${this.lastCheck}` : "";
    ctx.timeline.add("check", `step ${k}/${steps.length} baked${summary}`, {
      ok: true,
      weights: this.last ?? undefined,
    });
  }

  private lastCheck = "";

  /** One round of checks; throws Stop/Fail, returns an error text when AWS could not answer. */
  private async checkOnce(): Promise<{ error?: string }> {
    const { ctx, estate } = this;
    const [weights, alarms, health, rates] = await Promise.allSettled([
      readWeights(this.elb, estate),
      firing(this.cw, this.alarms),
      targetHealth(this.elb, estate.targetGroups[this.to]),
      errorRates(this.cw, estate, {
        from: this.from,
        to: this.to,
        since: new Date(this.record.startedAt || ctx.now().toISOString()),
        now: ctx.now(),
      }),
    ]);
    if (weights.status === "rejected") {
      if (weights.reason instanceof ConcurrentChange) throw new Stop(weights.reason.message);
      if (weights.reason instanceof UsageError) throw new Stop(weights.reason.message);
    } else if (!sameWeights(weights.value, this.last)) {
      throw new Stop(
        `the listener holds ${formatWeights(weights.value)} but this rollout last wrote ${trafficState(this.last)}: another actor changed the weights`,
      );
    }
    if (alarms.status === "fulfilled" && alarms.value.length > 0) {
      const a = alarms.value[0]!;
      throw new Fail(
        `rollback alarm ${alarms.value.map((x) => x.name).join(", ")} in ALARM${a.reason ? ` (${a.reason})` : ""}`,
      );
    }
    if (health.status === "fulfilled") {
      const h: Health = health.value;
      if (h.healthy === 0) throw new Fail(`${describeHealth(this.to, h)}: no healthy targets`);
      if (h.unhealthy > h.healthy)
        throw new Fail(`${describeHealth(this.to, h)}: more unhealthy than healthy targets`);
    }
    if (rates.status === "fulfilled") {
      const r = rates.value;
      if (r.judged && r.delta > this.opts.maxErrorRateDelta) {
        throw new Fail(
          `${describeRates(r, this.from, this.to)}: ${r.delta.toFixed(1)} points above (limit ${this.opts.maxErrorRateDelta})`,
        );
      }
    }
    const failed = [weights, alarms, health, rates].find((r) => r.status === "rejected") as
      | PromiseRejectedResult
      | undefined;
    if (failed) return { error: reasonOf(failed.reason) };
    if (health.status === "fulfilled" && rates.status === "fulfilled") {
      const alarmText = this.alarms.length ? `${this.alarms.length} alarm(s) OK` : "no alarms";
      this.lastCheck = `${alarmText}, ${describeHealth(this.to, health.value)}, ${describeRates(rates.value, this.from, this.to)}`;
    }
    return {};
  }

  /** Any failure after the first write: weights back on the previous live color. */
  private async rollBack(reason: string): Promise<Outcome<ShiftResult>> {
    const { ctx } = this;
    ctx.log(`rolling back to ${this.from}: ${reason}`);
    ctx.timeline.add("failure", reason, { ok: false, weights: this.last ?? undefined });
    this.result.reason = reason;
    const target = allOn(this.from);
    try {
      await this.checkUnchanged("before rolling back");
    } catch (err) {
      if (err instanceof Stop) return this.stopped(`${reason}; then ${err.message}`);
      return this.failed(reason, err);
    }
    try {
      if (!sameWeights(this.last, target)) {
        let health: Health | null = null;
        try {
          health = await targetHealth(this.elb, this.estate.targetGroups[this.from]);
        } catch (err) {
          // The stable color carried traffic until now: an abort puts traffic back on it first.
          ctx.log(`could not read ${this.from}'s health (${describeAwsError(err)}); rolling back anyway`);
        }
        if (health && health.healthy === 0) {
          const why = `${reason}; not rolled back: ${describeHealth(this.from, health)}`;
          await this.writeRecord({ state: "failed", reason: why });
          ctx.timeline.add("failure", why, { ok: false, weights: this.last ?? undefined });
          return this.done(1, `${why}; traffic left at ${trafficState(this.last)}`);
        }
        const after = await writeActions(
          this.elb,
          this.opts.listener.arn,
          actionsWithWeights(this.estate, target),
          this.estate.targetGroups,
        );
        this.last = after ?? target;
        this.result.weights = this.last;
      }
      ctx.timeline.add("rollback", `rolled back: all traffic on ${this.from}`, {
        weights: this.last ?? undefined,
      });
      ctx.log(`traffic back on ${this.from}: ${trafficState(this.last)}`);
      await this.writeRecord({ state: "rolled-back", reason, weights: this.last ?? target });
      return this.done(1, `rolled back to ${this.from} (${trafficState(this.last)}): ${reason}`);
    } catch (err) {
      return this.failed(reason, err);
    }
  }

  private async failed(reason: string, err: unknown): Promise<Outcome<ShiftResult>> {
    const why = `${reason}; rollback failed: ${describeAwsError(err)}`;
    try {
      this.last = await readWeights(this.elb, this.estate);
      this.result.weights = this.last;
    } catch {
      // Report the last weights this run knew.
    }
    this.ctx.timeline.add("failure", why, { ok: false });
    try {
      await this.writeRecord({ state: "failed", reason: why });
    } catch {
      // The record write failed too; the message below still says where traffic was left.
    }
    this.result.state = "failed";
    return this.done(
      1,
      `${why}; traffic left at ${trafficState(this.last)} (run \`securecloud traffic rollback\`)`,
    );
  }

  private stopped(message: string): Outcome<ShiftResult> {
    this.ctx.timeline.add("failure", `stopped: ${message}`, { ok: false });
    this.result.reason = message;
    return this.done(1, `stopped: ${message}; this run changed nothing more`);
  }

  private dryRun(steps: number[], done: number, rebake: boolean): Outcome<ShiftResult> {
    const { ctx, opts } = this;
    const arn = opts.listener.arn;
    const watch = `alarms [${this.alarms.join(", ")}], ${this.to} target health, 5xx delta ≤ ${opts.maxErrorRateDelta} points`;
    if (!this.result.resumed)
      ctx.log(`would call AddTags ${arn}: rollout state=shifting ${this.from}→${this.to} step=${done}`);
    if (rebake) ctx.log(`would bake step ${done} again for ${opts.bakeSeconds} s watching ${watch}`);
    for (let k = done + 1; k <= steps.length; k++) {
      const w = weightsFor(this.to, steps[k - 1]!);
      ctx.log(`step ${k}/${steps.length}: would check the listener still holds what the run last wrote`);
      ctx.log(`step ${k}/${steps.length}: would call ModifyListener ${arn}: ${formatWeights(w)}`);
      ctx.log(`step ${k}/${steps.length}: would call AddTags ${arn}: step=${k}`);
      ctx.log(`step ${k}/${steps.length}: would bake ${opts.bakeSeconds} s watching ${watch}`);
    }
    ctx.log(`would call AddTags ${arn}: rollout state=complete`);
    return this.done(
      0,
      `dry run: would shift ${this.from}→${this.to} in steps ${steps.slice(done).join(",")}; nothing changed`,
    );
  }

  private done(exitCode: 0 | 1, message: string): Outcome<ShiftResult> {
    if (this.result.state === null && this.record && this.started) this.result.state = this.record.state;
    return { exitCode, message, result: this.result };
  }
}

function reasonOf(err: unknown): string {
  if (err instanceof Aborted) return `interrupted (${err.message})`;
  return describeAwsError(err);
}
