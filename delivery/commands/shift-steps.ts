/**
 * The steps of a rollout plan as a shift (or promote) run carries them out: smoke checks, a
 * weight, a watch (bake or timed pause), an analysis. Each records a decision; the run loop
 * (shift.ts) saves the record after each step.
 */

import { rangeFor, readWindow } from "../analysis/metrics.ts";
import { ANALYSIS_PERIOD_SECONDS, ANALYSIS_SETTLE_SECONDS, type AnalysisSpec } from "../analysis/spec.ts";
import { type Analysis, failFast, judge, type Verdict, type Windows } from "../analysis/verdict.ts";
import type { Outcome } from "../context.ts";
import { writeWeights } from "../listener/io.ts";
import { findRoutes } from "../listener/routes.ts";
import { bake, Fail, type WatchKind } from "../rollout/bake.ts";
import { weightStepAt } from "../rollout/plan.ts";
import { formatWeights, percentOn, trafficState, weightsFor } from "../rollout/weights.ts";
import { smokeStep } from "../smoke/step.ts";
import { type ShiftResult, ShiftState } from "./shift-state.ts";

/** `14:05` of an epoch-ms time, UTC. */
const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/** An analysis that was inconclusive and whose plan says to pause. */
export class InconclusivePause extends Error {}

export class ShiftSteps extends ShiftState {
  /** The smoke step: returns the outcome when it failed (the rollout is aborted), else null. */
  protected async smoke(index: number): Promise<Outcome<ShiftResult> | null> {
    const { ctx, opts } = this;
    if (!opts.smoke.url || !opts.smoke.spec) {
      this.decide({ step: index, kind: "smoke", outcome: "done", summary: "skipped: no smoke URL" });
      return null;
    }
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
    const passed = outcome.results.filter((r) => r.ok).length;
    if (outcome.ok) {
      this.decide({
        step: index,
        kind: "smoke",
        outcome: "pass",
        summary: `${passed}/${outcome.results.length} smoke checks passed against ${this.to}`,
      });
      return null;
    }
    this.decide({ step: index, kind: "smoke", outcome: "fail", summary: outcome.reason });
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
    // An operator's pause waiting here holds the rollout at the weight it has.
    await this.lease!.fence(target, true);
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
    this.decide({
      step: index,
      kind: "weight",
      outcome: "done",
      summary: `${this.to} ${percent}%: ${formatWeights(this.last)}`,
    });
    this.rollout = { ...this.rollout, done: index + 1, weights: this.last };
    await this.save();
  }

  protected abortIfSignalled(): void {
    if (this.ctx.signal?.aborted)
      throw new Fail(`interrupted (${String(this.ctx.signal.reason ?? "signal")})`);
  }

  /** Watches the traffic for `seconds` (a bake, a timed pause, an analysis window). */
  protected async watch(index: number, seconds: number, what: Omit<WatchKind, "percent">): Promise<string> {
    const label = this.label(index);
    if (seconds > 0 && this.lease) {
      // The end of the window, for the operator's countdown.
      const until = new Date(this.ctx.now().getTime() + seconds * 1000).toISOString();
      this.rollout = { ...this.rollout, watchUntil: until };
      await this.save();
    }
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
        renew: () => this.lease?.renew(true) ?? Promise.resolve(),
      },
      seconds,
      label,
      { ...what, percent: this.last ? percentOn(this.to, this.last) : 0 },
    );
    this.rollout = { ...this.rollout, watchUntil: null };
    return summary;
  }

  protected async bakeStep(index: number, seconds: number, kind: "bake" | "pause" = "bake"): Promise<void> {
    const summary = await this.watch(index, seconds, { kind });
    const label = this.label(index);
    this.ctx.timeline.add(
      "check",
      `${label} ${kind === "bake" ? "baked" : "paused"}${summary ? `: ${summary}` : ""}`,
      {
        ok: true,
        weights: this.last ?? undefined,
      },
    );
    this.decide({
      step: index,
      kind,
      outcome: "done",
      summary: `${kind === "bake" ? "baked" : "held"} ${seconds} s${summary ? `: ${summary}` : ""}`,
    });
  }

  /**
   * The analysis step: watches the window as a bake does (failing fast on a large regression),
   * then judges the canary against the stable color over it. Fail rolls back (Fail); an
   * inconclusive result does what the plan says (pause, fail or pass).
   */
  protected async analysis(index: number, spec: AnalysisSpec): Promise<void> {
    const { ctx } = this;
    const started = this.rollout.startedAt ? Date.parse(this.rollout.startedAt) : ctx.now().getTime();
    const periodMs = ANALYSIS_PERIOD_SECONDS * 1000;
    const windowMs = spec.windowSeconds * 1000;
    // Whole minutes (see ANALYSIS_SETTLE_SECONDS): from the next full minute, judged once settled.
    const now = ctx.now().getTime();
    const start = Math.ceil(now / periodMs) * periodMs;
    const end = start + windowMs;
    const judgeAt = end + ANALYSIS_SETTLE_SECONDS * 1000;
    const windows = (until: number): Windows => ({
      canary: this.to,
      stable: this.from,
      window: [start, until],
      before: [started - windowMs, started],
    });
    const read = (w: Windows) => readWindow(this.clients.cw, this.estate, rangeFor(spec, w));
    const fast = spec.checks.filter((c) => c.failFast !== undefined);
    const onRound = fast.length
      ? async () => {
          const w = windows(Math.min(ctx.now().getTime(), end));
          const data = await read(w);
          const failed = fast.flatMap((c) => failFast(c, spec, data, w) ?? []);
          if (failed.length) this.analysisFailed(index, failed);
        }
      : undefined;
    ctx.log(
      `${this.label(index)}: analysis over ${hhmm(start)}–${hhmm(end)} UTC (${Math.floor(windowMs / periodMs)} whole minutes), judged at ${hhmm(judgeAt)} once CloudWatch has the last minute`,
    );
    await this.watch(index, Math.ceil((judgeAt - now) / 1000), {
      kind: "analysis",
      ...(onRound ? { onRound } : {}),
    });
    const w = windows(end);
    const result: Analysis = judge(spec, await read(w), w);
    for (const v of result.verdicts) ctx.log(`${this.label(index)}: ${v.text}`);
    if (result.result === "fail") this.analysisFailed(index, result.verdicts);
    const outcome = result.result;
    const summary = result.verdicts.map((v) => v.text).join("; ");
    this.decide({ step: index, kind: "analysis", outcome, summary, verdicts: result.verdicts });
    ctx.timeline.add("check", `${this.label(index)} analysis ${outcome}: ${summary}`, {
      ok: outcome !== "inconclusive" || spec.inconclusive === "pass",
      weights: this.last ?? undefined,
    });
    if (outcome === "inconclusive") {
      if (spec.inconclusive === "fail")
        throw new Fail(`analysis inconclusive (the plan fails it): ${summary}`);
      if (spec.inconclusive === "pause") throw new InconclusivePause(`analysis inconclusive: ${summary}`);
    }
  }

  /** Records the failing verdicts and fails the step (the run rolls back). */
  private analysisFailed(index: number, verdicts: Verdict[]): never {
    const failing = verdicts.filter((v) => v.result === "fail");
    const summary = failing.map((v) => v.text).join("; ");
    this.decide({ step: index, kind: "analysis", outcome: "fail", summary, verdicts });
    throw new Fail(`analysis failed: ${summary}`);
  }
}
