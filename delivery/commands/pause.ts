/**
 * `traffic pause`: hold a rollout at its current weight.
 *
 *  - A run holding the lease (a shift or promote in progress) is asked to pause: one conditional
 *    write of a pause request on the state item. Its next check (each bake poll's lease renewal,
 *    or the fence before its next weight) finds the request, records the rollout paused and
 *    exits 0, releasing the lease. This command waits for that, bounded by `--wait`.
 *  - A rollout no run holds (its run died, its lease expired) is paused here: the lease taken,
 *    the record set to paused, the lease released (one transaction with the history entry).
 *
 * Nothing writes the listener. `traffic promote` continues, `traffic abort` ends the rollout.
 */
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Ctx, Outcome } from "../context.ts";
import type { Settings } from "../inputs.ts";
import type { ListenerArn } from "../options.ts";
import { weightPercents, weightStepsDone } from "../rollout/plan.ts";
import { type Rollout, withDecision } from "../rollout/record.ts";
import { type Holder, LeaseHeld, type State } from "../rollout/store.ts";
import { trafficState, type Weights } from "../rollout/weights.ts";
import { historyEntry, storeFor } from "./common.ts";

export interface PauseOptions {
  listener: ListenerArn;
  table: string;
  holder: Holder;
  /** How long to wait for a running rollout to confirm, seconds. */
  waitSeconds: number;
  settings: Settings;
}

export interface PauseResult {
  listenerArn: string;
  /** The rollout's state after the command (null: no rollout recorded). */
  state: Rollout["state"] | null;
  weights: Weights | null;
  /** How it paused: the running run confirmed, this command paused a rollout no run held, or neither. */
  how: "requested" | "direct" | "already" | "none";
}

function where(r: Rollout): string {
  return `step ${weightStepsDone(r.plan, r.done)}/${weightPercents(r.plan).length} (${trafficState(r.weights)})`;
}

export async function pause(
  ctx: Ctx,
  clients: { ddb: DynamoDBClient },
  opts: PauseOptions,
): Promise<Outcome<PauseResult>> {
  const store = storeFor(clients.ddb, opts.table, opts.listener.arn, ctx);
  const result: PauseResult = { listenerArn: opts.listener.arn, state: null, weights: null, how: "none" };
  const done = (exitCode: 0 | 1, message: string, s?: State): Outcome<PauseResult> => {
    if (s?.doc.rollout) {
      result.state = s.doc.rollout.state;
      result.weights = s.doc.rollout.weights;
    }
    return { exitCode, message, result };
  };
  const state = await store.read();
  const r = state.doc.rollout;
  if (r?.state === "paused") {
    result.how = "already";
    return done(0, `already paused at ${where(r)} since ${r.pausedAt ?? r.updatedAt}`, state);
  }
  if (r?.state !== "shifting") {
    const last = r ? `the last rollout is ${r.state} (${r.updatedAt})` : "no rollout is recorded";
    return done(1, `no rollout in progress to pause: ${last}; nothing changed`, state);
  }
  const now = ctx.now().getTime();
  const lease = state.lease;
  const request = { actor: opts.holder.actor, runId: opts.holder.runId, at: ctx.now().toISOString() };
  if (ctx.dryRun) {
    const how =
      lease && lease.expires > now
        ? `ask ${lease.command} run ${lease.runId} to pause at its next check`
        : "take the expired lease and record the rollout paused";
    return done(0, `dry run: would ${how}, at ${where(r)}; nothing changed`, state);
  }
  if (lease && lease.expires > now) {
    if (!(await store.requestPause(lease.holder, state.epoch, request)))
      return done(1, `the run holding the rollout changed while asking it to pause; run the pause again`);
    result.how = "requested";
    ctx.log(`asked ${lease.command} run ${lease.runId} by ${lease.actor} to pause at its next check`);
    const until = now + opts.waitSeconds * 1000;
    for (;;) {
      await ctx.sleep(ctx.pollMs ?? 1000);
      const s = await store.read();
      const x = s.doc.rollout;
      if (x?.state === "paused") return done(0, `paused at ${where(x)}`, s);
      if (x?.state !== "shifting")
        return done(1, `the rollout ended (${x?.state ?? "no record"}) before it could pause`, s);
      if (ctx.now().getTime() >= until)
        return done(
          1,
          `pause requested, but run ${lease.runId} has not reached a check within ${opts.waitSeconds} s; it pauses at its next one (\`securecloud traffic status\` shows it)`,
          s,
        );
    }
  }
  // No run holds the rollout: pause it here.
  let held: Awaited<ReturnType<typeof store.acquire>>;
  try {
    held = await store.acquire(opts.holder, opts.settings.leaseMs);
  } catch (err) {
    if (err instanceof LeaseHeld) return done(1, err.message);
    throw err;
  }
  const at = ctx.now().toISOString();
  const current = held.state.doc.rollout ?? r;
  const rollout: Rollout = {
    ...current,
    state: "paused",
    pausedAt: at,
    watchUntil: null,
    updatedAt: at,
    decisions: withDecision(current.decisions, {
      at,
      step: current.done,
      kind: "pause",
      outcome: "paused",
      summary: `held at ${trafficState(current.weights)}: paused by ${opts.holder.actor} (no run was holding the rollout)`,
      actor: opts.holder.actor,
    }),
  };
  await held.finish(
    { ...held.state.doc, rollout },
    historyEntry(ctx, opts.holder, at, {
      outcome: "paused",
      from: rollout.from,
      to: rollout.to,
      weights: rollout.weights,
      reason: `paused by ${opts.holder.actor}`,
    }),
  );
  result.how = "direct";
  result.state = "paused";
  result.weights = rollout.weights;
  return { exitCode: 0, message: `paused at ${where(rollout)}`, result };
}
