/**
 * `traffic rollback`: all traffic back on the color that last served production and passed,
 * in two reads and two writes before traffic is back:
 *
 *   UpdateItem (take the rollout lease, whoever holds it: a rollback always wins; returns the
 *   record)  ∥  DescribeListeners (the listener's actions as they are now)
 *   → DescribeTargetHealth (the destination)  → ModifyListener (the actions as read, only the
 *   forward weights changed: authentication actions, stickiness and order stay exactly)
 *
 * then the record and the history entry (one transaction, releasing the lease), and the test
 * listener and the idle-color route moved to the new idle color. Without a usable record (first
 * rollback, changed target groups) it reads the target groups' color tags too (one more read).
 *
 * It refuses (exit 1, traffic not moved) when the destination has no healthy targets, or runs a
 * revision that has never served production (a deploy put a new image there): `--force`
 * overrides either; `--revision last-good` (undo.ts) redeploys the last good revision instead.
 * A refusal still stops a rollout in progress: it took the lease.
 */
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { ElasticLoadBalancingV2Client, Listener } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type Color, otherColor, UsageError } from "../../common/conventions.ts";
import { describeAwsError, isAwsError } from "../aws/common.ts";
import type { Ctx, Outcome } from "../context.ts";
import type { Settings } from "../inputs.ts";
import {
  describeHealth,
  discover,
  type Estate,
  type Health,
  readCurrent,
  readListener,
  targetHealth,
  writeWeights,
} from "../listener/io.ts";
import { findRoutes, followIdle } from "../listener/routes.ts";
import type { ListenerArn } from "../options.ts";
import {
  defaultRollbackColor,
  emptyDoc,
  neverServed,
  ROLLOUT_DEFAULTS,
  type Rollout,
  type RolloutDoc,
  type Routes,
  withDecision,
} from "../rollout/record.ts";
import { type HeldLease, type Holder, type Lease, Preempted, type State } from "../rollout/store.ts";
import { allOn, formatWeights, sameWeights, trafficState, type Weights } from "../rollout/weights.ts";
import { historyEntry, storeFor } from "./common.ts";

export interface RollbackOptions {
  listener: ListenerArn;
  table: string;
  holder: Holder;
  to?: Color;
  reason?: string;
  force: boolean;
  settings: Settings;
  /** `traffic abort`: only a rollout in progress (or paused), recorded as aborted with the reason. */
  abort?: boolean;
}

export interface RollbackResult {
  listenerArn: string;
  to: Color;
  /** Weights after the command (as AWS reported them after the write, or as read). */
  weights: Weights | null;
  /** True when the listener was written. */
  changed: boolean;
  state: Rollout["state"] | null;
  health: Health | null;
  /** fast: the record's target groups; full: read from the target groups' tags. */
  path: "fast" | "full";
  /** The run whose rollout this rollback stopped, if one held the lease. */
  preempted: Lease | null;
  /** What happened to the test listener and the idle-color route. */
  routes: string[];
}

type Clients = {
  elb: ElasticLoadBalancingV2Client;
  ddb: DynamoDBClient;
  /** ECS and autoscaling, made only when the destination was scaled to zero (delivery/ecs/scale.ts). */
  wake?: () => Promise<import("../ecs/scale.ts").WakeClients>;
};

export async function rollback(
  ctx: Ctx,
  clients: Clients,
  opts: RollbackOptions,
): Promise<Outcome<RollbackResult>> {
  return new RollbackRun(ctx, clients, opts).execute();
}

class RollbackRun {
  private readonly result: RollbackResult;
  private readonly startedAt: string;
  private lease: HeldLease | null = null;
  private previous: State | null = null;

  private readonly ctx: Ctx;
  private readonly clients: Clients;
  private readonly opts: RollbackOptions;

  constructor(ctx: Ctx, clients: Clients, opts: RollbackOptions) {
    this.ctx = ctx;
    this.clients = clients;
    this.opts = opts;
    this.startedAt = ctx.now().toISOString();
    this.result = {
      listenerArn: opts.listener.arn,
      to: opts.to ?? "blue",
      weights: null,
      changed: false,
      state: null,
      health: null,
      path: "fast",
      preempted: null,
      routes: [],
    };
  }

  private get store() {
    return storeFor(this.clients.ddb, this.opts.table, this.opts.listener.arn, this.ctx);
  }

  async execute(): Promise<Outcome<RollbackResult>> {
    const { result } = this;
    try {
      const { listener, doc } = await this.begin();
      const estate = await discover(this.clients.elb, this.opts.listener, doc.targetGroups, listener);
      if (estate.targetGroups !== doc.targetGroups) result.path = "full";
      const to = this.opts.to ?? defaultRollbackColor(doc, estate.live);
      if (!to) {
        throw new UsageError(
          "--to",
          `the listener is split (${formatWeights(estate.weights)}) and has no rollout record: say which color to roll back to`,
        );
      }
      result.to = to;
      result.weights = estate.weights;
      const r = doc.rollout;
      if (this.opts.abort && r?.state !== "shifting" && r?.state !== "paused") {
        await this.undoLease();
        const last = r ? `the last rollout is ${r.state} (${r.updatedAt})` : "no rollout is recorded";
        return {
          exitCode: 1,
          message: `nothing to abort: ${last}; \`securecloud traffic rollback\` moves traffic back; nothing changed`,
          result,
        };
      }
      return await this.rollBackTo(to, estate, doc);
    } catch (err) {
      if (err instanceof UsageError) {
        await this.undoLease();
        throw err;
      }
      const where = result.changed
        ? `traffic is back on ${result.to} (${trafficState(result.weights)}) but the rollout record was not updated`
        : result.weights
          ? `traffic left at ${trafficState(result.weights)}`
          : "the listener was not written";
      return { exitCode: 1, message: `${describeAwsError(err)}; ${where}`, result };
    }
  }

  /**
   * The lease (one write) and the listener (one read), at once. A dry run takes no lease: it
   * reads the record instead.
   */
  private async begin(): Promise<{ listener: Listener; doc: RolloutDoc }> {
    const { ctx, opts } = this;
    if (ctx.dryRun) {
      const [state, listener] = await Promise.all([
        this.store.read(),
        readListener(this.clients.elb, opts.listener),
      ]);
      this.previous = state;
      return { listener, doc: state.doc };
    }
    const [taken, listener] = await Promise.allSettled([
      this.store.preempt(opts.holder, opts.settings.leaseMs),
      readListener(this.clients.elb, opts.listener),
    ]);
    if (taken.status === "fulfilled") {
      this.lease = taken.value.held;
      this.previous = taken.value.previous;
      const prev = this.previous.lease;
      if (prev && prev.holder !== opts.holder.id && prev.expires > ctx.now().getTime()) {
        this.result.preempted = prev;
        ctx.log(
          `took the rollout lease from ${prev.command} run ${prev.runId} by ${prev.actor}: that run stops`,
        );
      }
    }
    if (listener.status === "rejected") throw listener.reason;
    if (taken.status === "rejected") {
      const why = isAwsError(taken.reason, "ResourceNotFoundException")
        ? `the rollout table ${opts.table} does not exist`
        : describeAwsError(taken.reason);
      if (!opts.force) {
        throw new LeaseUnavailable(`could not take the rollout lease: ${why}; --force rolls back without it`);
      }
      ctx.log(`warning: could not take the rollout lease (${why}); rolling back without it (--force)`);
      return { listener: listener.value, doc: emptyDoc() };
    }
    return { listener: listener.value, doc: this.previous!.doc };
  }

  private async rollBackTo(to: Color, estate: Estate, doc: RolloutDoc): Promise<Outcome<RollbackResult>> {
    const { ctx, opts, result, clients } = this;
    const target = allOn(to);
    const reason = opts.reason ?? "manual rollback";
    const state = opts.abort ? "aborted" : "rolled-back";
    if (sameWeights(estate.weights, target)) {
      ctx.timeline.add("rollback", `traffic already on ${to}`, { weights: estate.weights, ok: true });
      if (!ctx.dryRun) await this.record(to, estate, doc, state, reason);
      const why =
        doc.rollout || opts.to
          ? ""
          : `; no rollout is recorded, so there is nothing to roll back (--to ${otherColor(to)} moves it)`;
      return {
        exitCode: 0,
        message: `traffic already on ${to} (${formatWeights(estate.weights)})${why}`,
        result,
      };
    }
    const unserved = neverServed(doc, to);
    if (unserved && !opts.force) {
      return this.refuse(
        estate,
        doc,
        `refusing to roll back to ${to}: ${unserved}; \`securecloud traffic rollback --revision last-good\` redeploys the last good revision (minutes), --force sends traffic to it anyway`,
      );
    }
    if (unserved) ctx.log(`warning: ${unserved}; rolling back anyway (--force)`);
    if (doc.colors[to]?.scaledDown) {
      // Scaled to zero after the rollback window: scale up and wait for healthy targets first.
      const { scaleUpBeforeTraffic } = await import("../ecs/scale.ts");
      const woke = await scaleUpBeforeTraffic(ctx, clients.wake, doc, to, estate.targetGroups[to], () =>
        this.lease ? this.lease.renew() : Promise.resolve(),
      );
      if (woke.failure) return this.refuse(estate, doc, `refusing to roll back: ${woke.failure}`);
      doc = woke.doc;
    }
    const health = await targetHealth(clients.elb, estate.targetGroups[to]);
    result.health = health;
    if (health.healthy === 0) {
      if (!opts.force) {
        return this.refuse(
          estate,
          doc,
          `refusing to roll back: ${describeHealth(to, health)} (--force overrides)`,
        );
      }
      ctx.log(`warning: ${describeHealth(to, health)}; rolling back anyway (--force)`);
    }
    if (ctx.dryRun) {
      ctx.log(
        `would call ModifyListener ${opts.listener.arn}: ${formatWeights(target)} (every other action and attribute as read)`,
      );
      ctx.log(
        `would record the rollback in ${opts.table} and move the idle-color routes to ${otherColor(to)}`,
      );
      return {
        exitCode: 0,
        message: `dry run: would roll back to ${to}; traffic left at ${formatWeights(estate.weights)}`,
        result,
      };
    }
    const after = await writeWeights(
      clients.elb,
      opts.listener.arn,
      estate.actions,
      estate.targetGroups,
      target,
    );
    result.changed = true;
    result.weights = after ?? target;
    ctx.log(`traffic back on ${to}: ${formatWeights(result.weights)}`);
    ctx.timeline.add("rollback", `ModifyListener: all traffic to ${to}`, {
      weights: result.weights,
      ok: true,
    });
    const recorded = await this.record(to, estate, doc, state, reason);
    await this.guard(to, estate);
    const note = recorded ? "" : "; another rollback took over the record";
    const routes = result.routes.length ? `; ${result.routes.join(", ")}` : "";
    return {
      exitCode: 0,
      message: `${opts.abort ? "aborted, traffic back on" : "rolled back to"} ${to} (${formatWeights(result.weights)})${routes}${note}`,
      result,
    };
  }

  /** Refusal: traffic not moved; the rollout in progress (if any) is stopped: its state says so. */
  private async refuse(estate: Estate, doc: RolloutDoc, why: string): Promise<Outcome<RollbackResult>> {
    const { ctx, result } = this;
    const stopped = result.preempted
      ? `; the rollout of ${result.preempted.command} run ${result.preempted.runId} was stopped`
      : "";
    const message = `${why}; nothing moved, traffic left at ${formatWeights(estate.weights)}${stopped}`;
    ctx.timeline.add("failure", message, { ok: false, weights: estate.weights });
    result.weights = estate.weights;
    if (!ctx.dryRun && this.lease) {
      const rollout =
        doc.rollout?.state === "shifting"
          ? { ...doc.rollout, state: "failed" as const, reason: why }
          : doc.rollout;
      await this.lease.finish(
        { ...doc, rollout },
        historyEntry(ctx, this.opts.holder, this.startedAt, {
          outcome: "refused",
          from: estate.live === "split" ? null : estate.live,
          to: result.to,
          weights: estate.weights,
          reason: why,
        }),
      );
      this.lease = null;
    }
    return { exitCode: 1, message, result };
  }

  /** The record and the history entry, releasing the lease; then the routes follow the idle color. */
  private async record(
    to: Color,
    estate: Estate,
    doc: RolloutDoc,
    state: "rolled-back" | "aborted",
    reason: string,
  ): Promise<boolean> {
    const { ctx, opts, result } = this;
    const now = ctx.now().toISOString();
    const weights = result.weights ?? estate.weights;
    const base: Rollout = doc.rollout ?? {
      ...ROLLOUT_DEFAULTS,
      state,
      from: to,
      to: otherColor(to),
      plan: [],
      done: 0,
      weights: null,
      startedAt: now,
      updatedAt: now,
      reason: "",
      runId: "",
      actor: "",
      url: "",
      revision: null,
    };
    const alreadyRecorded = base.state === state && base.from === to && sameWeights(base.weights, weights);
    const next: RolloutDoc = {
      ...doc,
      targetGroups: estate.targetGroups,
      fingerprint: estate.fingerprint,
      rollout: alreadyRecorded
        ? base
        : {
            ...base,
            state,
            from: to,
            to: otherColor(to),
            weights,
            updatedAt: now,
            reason,
            runId: opts.holder.runId,
            actor: opts.holder.actor,
            url: opts.holder.url,
            pausedAt: null,
            watchUntil: null,
            decisions: withDecision(base.decisions, {
              at: now,
              step: -1,
              kind: opts.abort ? "abort" : "rollback",
              outcome: opts.abort ? "aborted" : "done",
              summary: `${reason}: all traffic on ${to} (${formatWeights(weights)})`,
              actor: opts.holder.actor,
            }),
          },
    };
    result.state = state;
    let recorded = true;
    const routes = await this.routes(doc);
    next.routes = routes;
    if (this.lease) {
      try {
        await this.lease.finish(
          next,
          historyEntry(ctx, opts.holder, this.startedAt, {
            outcome: state,
            from: doc.rollout?.to ?? otherColor(to),
            to,
            weights,
            reason: result.changed ? reason : `${reason} (traffic was already there)`,
            revision: doc.colors[to]?.revision ?? null,
          }),
        );
      } catch (err) {
        if (!(err instanceof Preempted)) throw err;
        recorded = false;
      }
      this.lease = null;
    }
    try {
      result.routes = await followIdle(
        this.clients.elb,
        routes,
        otherColor(to),
        estate.targetGroups[otherColor(to)],
      );
    } catch (err) {
      result.routes = [
        `warning: the test routes were not moved to ${otherColor(to)}: ${describeAwsError(err)}`,
      ];
    }
    for (const line of result.routes) ctx.log(line);
    return recorded;
  }

  /** The routes to the idle color: from the record, else found on the load balancer (after traffic is back). */
  private async routes(doc: RolloutDoc): Promise<Routes | null> {
    if (doc.routes) return doc.routes;
    try {
      return await findRoutes(this.clients.elb, this.opts.listener.loadBalancerArn, this.opts.listener.arn);
    } catch (err) {
      this.ctx.log(`warning: could not look up the test routes: ${describeAwsError(err)}`);
      return null;
    }
  }

  /**
   * A run this rollback preempted may have had a listener write in flight (announced, not yet
   * recorded). Such a write is abandoned within the write window; after it, make sure none
   * landed after ours, and write again if one did.
   */
  private async guard(to: Color, estate: Estate): Promise<void> {
    const { ctx, opts, result } = this;
    const intent = this.previous?.intent;
    const holder = this.previous?.lease;
    if (!intent || !holder || holder.holder === opts.holder.id) return;
    const wait = intent.at + opts.settings.writeWindowMs - ctx.now().getTime();
    if (wait <= 0 || sameWeights(intent.weights, allOn(to))) return;
    ctx.log(`waiting ${Math.ceil(wait / 1000)} s for a listener write the preempted run had in flight`);
    await ctx.sleep(wait);
    const now = await readCurrent(this.clients.elb, estate);
    if (sameWeights(now.weights, allOn(to))) return;
    ctx.log(
      `a write of the preempted run landed after the rollback (${formatWeights(now.weights)}): writing again`,
    );
    const after = await writeWeights(
      this.clients.elb,
      opts.listener.arn,
      now.actions,
      estate.targetGroups,
      allOn(to),
    );
    result.weights = after ?? allOn(to);
    ctx.timeline.add("rollback", `ModifyListener again: all traffic to ${to}`, {
      weights: result.weights,
      ok: true,
    });
  }

  /** After bad input: the lease taken for nothing is put back as it was. */
  private async undoLease(): Promise<void> {
    if (!this.lease || !this.previous) return;
    try {
      await this.lease.restore(this.previous);
    } catch {
      // The lease expires on its own.
    }
    this.lease = null;
  }
}

/** The lease store could not be written and the rollback was not forced. */
class LeaseUnavailable extends Error {}
