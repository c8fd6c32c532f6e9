/**
 * `traffic shift` (and `traffic promote`, which continues a paused rollout): the run loop over
 * the plan's steps (shift-steps.ts carries each out), resuming an interrupted rollout at its
 * recorded step, and the ways a run ends (shift-state.ts).
 */
import { UsageError } from "../../common/conventions.ts";
import { firing, resolveAlarms } from "../alarms.ts";
import { describeAwsError } from "../aws/common.ts";
import type { Ctx, Outcome } from "../context.ts";
import { describeHealth, discover, targetHealth } from "../listener/io.ts";
import { Fail, reasonOf, Stop } from "../rollout/bake.ts";
import {
  describePlan,
  describeStep,
  type Step,
  weightPercents,
  weightStepAt,
  weightStepsDone,
} from "../rollout/plan.ts";
import { resumePoint } from "../rollout/resume.ts";
import { LeaseHeld, PauseRequested, Preempted } from "../rollout/store.ts";
import { allOn, formatWeights, percentOn, trafficState, weightsFor } from "../rollout/weights.ts";
import { NO_SMOKE_URL } from "../smoke/step.ts";
import { storeFor } from "./common.ts";
import type { ShiftClients, ShiftOptions, ShiftResult } from "./shift-state.ts";
import { InconclusivePause, ShiftSteps } from "./shift-steps.ts";

export type { ShiftOptions, ShiftResult } from "./shift-state.ts";

export async function shift(
  ctx: Ctx,
  clients: ShiftClients,
  opts: ShiftOptions,
): Promise<Outcome<ShiftResult>> {
  return new ShiftRun(ctx, clients, opts).execute();
}

class ShiftRun extends ShiftSteps {
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
      if (err instanceof PauseRequested) return this.paused(this.current, err.request, err.message);
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
    if (!opts.promote) this.alarms = await resolveAlarms(this.clients.cw, opts.alarms, estate, this.from);
    if (ctx.dryRun) {
      this.doc = (await store.read()).doc;
    } else {
      this.lease = await store.acquire(opts.holder, opts.settings.leaseMs);
      this.doc = this.lease.state.doc;
    }
    const prior = this.doc.rollout;
    // A promote acts on the recorded rollout: its new color is the recorded one.
    if (opts.promote && prior) {
      this.retarget(prior.to);
      this.alarms = await resolveAlarms(this.clients.cw, opts.alarms, estate, this.from);
    }
    this.result.alarms = this.alarms;
    let rebake = false;

    const inProgress = prior?.state === "shifting" || prior?.state === "paused";
    if (opts.promote && !inProgress) {
      await this.release();
      return this.done(
        1,
        `no paused rollout to promote (the last rollout is ${prior ? `${prior.state}, ${prior.updatedAt}` : "none"}); nothing changed`,
      );
    }
    if (prior && inProgress) {
      const at = `step ${weightStepsDone(prior.plan, prior.done)}/${weightPercents(prior.plan).length}`;
      if (prior.state === "paused" && !opts.promote) {
        await this.release();
        return this.done(
          1,
          `a rollout to ${prior.to} is paused at ${at} since ${prior.pausedAt ?? prior.updatedAt} (run ${prior.runId}): \`securecloud traffic promote\` continues it, \`securecloud traffic abort\` ends it; nothing changed`,
        );
      }
      if (prior.to !== this.to) {
        await this.release();
        return this.done(
          1,
          `a rollout to ${prior.to} is in progress (${at}, run ${prior.runId}); finish it or roll back first; nothing changed`,
        );
      }
      if (prior.plan.length === 0) {
        await this.release();
        return this.done(1, "the rollout record is unreadable; roll back to reset it; nothing changed");
      }
      if (!opts.promote && opts.planGiven && prior.digest && prior.digest !== opts.digest) {
        throw new UsageError(
          opts.planSource.startsWith("--") ? "--steps" : "--plan",
          `the rollout in progress runs plan ${prior.digest}, not ${opts.digest} (${opts.planSource}): resume with the recorded plan (or without --plan/--steps), or roll back first; nothing changed`,
        );
      }
      const point = resumePoint(prior, estate.weights);
      if ("stop" in point) throw new Stop(point.stop);
      this.rollout = {
        ...prior,
        state: "shifting",
        pausedAt: null,
        done: point.done,
        weights: estate.weights,
        runId: opts.holder.runId,
        actor: opts.holder.actor,
        url: opts.holder.url,
      };
      this.result.resumed = true;
      this.result.digest = prior.digest;
      this.result.decisions = prior.decisions;
      const found = prior.plan[point.done - 1];
      if (point.wroteUnrecorded && found?.kind === "weight") {
        // The dead run's last write reached the listener but not the record: record it now.
        this.decide({
          step: point.done - 1,
          kind: "weight",
          outcome: "done",
          summary: `${this.to} ${found.percent}%: ${formatWeights(estate.weights)}, written by run ${prior.runId} before it stopped`,
        });
      }
      rebake = point.rebake && prior.state !== "paused";
      if (opts.promote) this.promoteFrom(prior.state === "paused");
      else {
        const steps = weightPercents(prior.plan).length;
        ctx.log(
          `resuming rollout ${this.from}→${this.to} after step ${weightStepsDone(prior.plan, point.done)}/${steps} (${formatWeights(estate.weights)})`,
        );
      }
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
        digest: opts.digest,
        decisions: [],
        watchUntil: null,
        pausedAt: null,
        scaleDownDelaySeconds: opts.scaleDownDelaySeconds,
        completedAt: null,
      };
    }
    const plan = this.rollout.plan;
    this.result.steps = weightPercents(plan);
    this.result.plan = describePlan(plan);
    this.result.step = weightStepsDone(plan, this.rollout.done);
    if (!opts.smoke.url && !this.result.resumed && plan.some((s) => s.kind === "smoke")) {
      ctx.log(NO_SMOKE_URL);
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
      opts.promote
        ? `promote ${this.from}→${this.to} after step ${k}/${n}${opts.promote.full ? ": straight to 100%" : ""}`
        : this.result.resumed
          ? `resume ${this.from}→${this.to} after step ${k}/${n}`
          : `rollout ${this.from}→${this.to}: ${this.result.plan}`,
      { weights: estate.weights },
    );
    await this.save();
    if (rebake) {
      this.current = this.rollout.done - 1;
      await this.bakeStep(this.current, rebakeSeconds(plan, this.rollout.done));
    }

    for (let i = this.rollout.done; i < plan.length; i++) {
      const step = plan[i]!;
      this.current = i;
      if (step.kind === "smoke") {
        const aborted = await this.smoke(i);
        if (aborted) return aborted;
      } else if (step.kind === "weight") {
        await this.setWeight(i, step.percent);
      } else if (step.kind === "bake") {
        await this.bakeStep(i, step.seconds);
      } else if (step.kind === "pause") {
        if (step.seconds === undefined) return this.paused(i, null, "the plan pauses here until promoted");
        await this.bakeStep(i, step.seconds, "pause");
      } else {
        try {
          await this.analysis(i, step.analysis);
        } catch (err) {
          if (!(err instanceof InconclusivePause)) throw err;
          return this.paused(i + 1, null, `${err.message} (the plan pauses on an inconclusive analysis)`);
        }
      }
      this.rollout = { ...this.rollout, done: i + 1 };
      if (step.kind !== "weight") await this.save();
    }
    return this.complete();
  }

  /** `traffic promote`: the decision, and where the paused rollout continues. */
  private promoteFrom(wasPaused: boolean): void {
    const { opts } = this;
    const plan = this.rollout.plan;
    let done = this.rollout.done;
    // A pause step the rollout is held at is what promote ends.
    if (wasPaused && plan[done]?.kind === "pause") done++;
    let summary = `continued from step ${done + 1} of ${plan.length}`;
    if (opts.promote?.full) {
      const last = plan.findLastIndex((s) => s.kind === "weight");
      const skipped = plan.slice(done, last).length;
      done = Math.max(done, last);
      summary = `full: ${skipped} step(s) skipped, straight to 100%`;
    }
    this.rollout = { ...this.rollout, done };
    this.decide({ step: -1, kind: "promote", outcome: "promoted", summary, actor: opts.holder.actor });
    this.ctx.log(`promoting rollout ${this.from}→${this.to}: ${summary}`);
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

  protected dryRun(rebake: boolean): Outcome<ShiftResult> {
    const { ctx, opts } = this;
    const arn = opts.listener.arn;
    const plan = this.rollout.plan;
    const n = this.result.steps.length;
    const watch = `alarms [${this.alarms.join(", ")}], ${this.to} target health, 5xx delta ≤ ${opts.maxErrorRateDelta} points`;
    ctx.log(
      `would take the rollout lease in ${opts.table} and record: rollout state=shifting ${this.from}→${this.to}`,
    );
    if (rebake) ctx.log(`would bake again for ${rebakeSeconds(plan, this.rollout.done)} s watching ${watch}`);
    for (let i = this.rollout.done; i < plan.length; i++) {
      const step = plan[i]!;
      const label = `step ${weightStepAt(plan, i)}/${n}`;
      if (step.kind === "smoke")
        ctx.log(`would run the smoke checks against ${this.to} through ${opts.smoke.url}`);
      else if (step.kind === "weight") {
        ctx.log(`${label}: would check the listener still holds what the run last wrote`);
        ctx.log(
          `${label}: would call ModifyListener ${arn}: ${formatWeights(weightsFor(this.to, step.percent))}`,
        );
      } else if (step.kind === "pause" && step.seconds === undefined) {
        ctx.log(`${label}: would pause here (record paused, exit 0) until \`traffic promote\``);
        return this.done(0, `dry run: would shift ${this.from}→${this.to} and pause; nothing changed`);
      } else ctx.log(`${label}: would ${describeStep(step)} watching ${watch}`);
    }
    ctx.log(`would record: rollout state=complete, move the idle-color routes to ${this.from}`);
    return this.done(
      0,
      `dry run: would shift ${this.from}→${this.to} in steps ${weightPercents(plan.slice(this.rollout.done)).join(",")}; nothing changed`,
    );
  }
}

/**
 * The bake that followed the last weight step done (what a resumed run repeats); 0 (one round
 * of checks) when the plan has none there.
 */
function rebakeSeconds(plan: Step[], done: number): number {
  const lastWeight = plan
    .slice(0, done)
    .map((s) => s.kind)
    .lastIndexOf("weight");
  const next = plan.slice(lastWeight + 1).find((s) => s.kind === "bake" || s.kind === "weight");
  return next?.kind === "bake" ? next.seconds : 0;
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
