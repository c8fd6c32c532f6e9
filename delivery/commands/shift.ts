import { UsageError } from "../../common/conventions.ts";
import { firing, resolveAlarms } from "../alarms.ts";
import { describeAwsError } from "../aws/common.ts";
import type { Ctx, Outcome } from "../context.ts";
import { describeHealth, discover, targetHealth, writeWeights } from "../listener/io.ts";
import { findRoutes } from "../listener/routes.ts";
import { bake, Fail, reasonOf, Stop } from "../rollout/bake.ts";
import {
  describePlan,
  type Step,
  samePlan,
  weightPercents,
  weightStepAt,
  weightStepsDone,
} from "../rollout/plan.ts";
import { rolloutDefaults } from "../rollout/record.ts";
import { resumePoint } from "../rollout/resume.ts";
import { LeaseHeld, Preempted } from "../rollout/store.ts";
import { allOn, formatWeights, percentOn, trafficState, weightsFor } from "../rollout/weights.ts";
import { smokeStep } from "../smoke/step.ts";
import { storeFor } from "./common.ts";

import { type ShiftClients, type ShiftOptions, type ShiftResult, ShiftState } from "./shift-state.ts";

export type { ShiftOptions, ShiftResult } from "./shift-state.ts";

export async function shift(
  ctx: Ctx,
  clients: ShiftClients,
  opts: ShiftOptions,
): Promise<Outcome<ShiftResult>> {
  return new ShiftRun(ctx, clients, opts).execute();
}

class ShiftRun extends ShiftState {
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

  protected async run(): Promise<Outcome<ShiftResult>> {
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
        ...rolloutDefaults(),
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

  /** The smoke step: returns the outcome when it failed (the rollout is aborted), else null. */
  protected async smoke(): Promise<Outcome<ShiftResult> | null> {
    const { ctx, opts } = this;
    if (!opts.smoke.url || !opts.smoke.spec) return null;
    const routes =
      this.doc.routes ??
      (await findRoutes(this.clients.elb, opts.listener.loadBalancerArn, opts.listener.arn));
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

  protected async setWeight(index: number, percent: number): Promise<void> {
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

  protected async bake(index: number, seconds: number): Promise<void> {
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

  protected async complete(): Promise<Outcome<ShiftResult>> {
    const { ctx } = this;
    this.result.routes = await this.followIdle(this.from);
    await this.finish("complete", "");
    ctx.timeline.add("done", `complete: all traffic on ${this.to}`, {
      weights: this.last ?? undefined,
      ok: true,
    });
    return this.done(0, `shifted to ${this.to}: ${trafficState(this.last)}`);
  }

  protected abortIfSignalled(): void {
    if (this.ctx.signal?.aborted)
      throw new Fail(`interrupted (${String(this.ctx.signal.reason ?? "signal")})`);
  }

  protected dryRun(rebake: boolean): Outcome<ShiftResult> {
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
