/**
 * `traffic rollback --revision last-good`: the revision-level undo, for when the idle color no
 * longer runs anything that has served production (a deploy put a new image there) or the live
 * revision turns out bad after it passed. It takes minutes, not seconds:
 *
 *   take the rollout lease (a rollback always wins) → redeploy the idle color's last good
 *   task-definition revision → wait for the deployment and healthy targets → run the smoke
 *   checks against it through the idle-color route → move all traffic at once → record it,
 *   and move the test routes to the new idle color.
 *
 * A failure before the traffic move leaves production where it was. An idle color scaled to
 * zero (`traffic scale-idle`) comes back with the restored revision.
 */
import { type Color, otherColor, UsageError } from "../../common/conventions.ts";
import { describeAwsError } from "../aws/common.ts";
import type { Ctx, Outcome } from "../context.ts";
import { idleSize, restoreMinimum, scaleUpNotice } from "../ecs/scale.ts";
import { findServices, rollOutRevision, shortTd } from "../ecs/services.ts";
import type { Settings, SmokeOptions } from "../inputs.ts";
import { discover, readCurrent, writeWeights } from "../listener/io.ts";
import { findRoutes, followIdle } from "../listener/routes.ts";
import type { ListenerArn } from "../options.ts";
import type { Step } from "../rollout/plan.ts";
import { ROLLOUT_DEFAULTS, shortRevision } from "../rollout/record.ts";
import { type HeldLease, type Holder, Preempted } from "../rollout/store.ts";
import { allOn, formatWeights, type Weights } from "../rollout/weights.ts";
import type { CheckResult } from "../smoke/checks.ts";
import { NO_SMOKE_URL, smokeStep } from "../smoke/step.ts";
import { historyEntry, storeFor } from "./common.ts";
import type { DeployClients } from "./deploy.ts";

export interface UndoOptions {
  listener: ListenerArn;
  table: string;
  holder: Holder;
  cluster: string;
  timeoutSeconds: number;
  reason?: string;
  smoke: SmokeOptions;
  settings: Settings;
}

export interface UndoResult {
  listenerArn: string;
  /** The color the last good revision was restored on, which now holds all traffic. */
  to: Color | null;
  revision: string | null;
  weights: Weights | null;
  changed: boolean;
  smoke: CheckResult[];
  routes: string[];
}

type Clients = DeployClients;

export const MINUTES_NOT_SECONDS =
  "revision rollback: this takes minutes, not seconds (redeploy, health, smoke checks, then all traffic at once); `securecloud traffic rollback` without --revision puts traffic back in seconds when the idle color still runs a good revision";

export async function undo(ctx: Ctx, clients: Clients, opts: UndoOptions): Promise<Outcome<UndoResult>> {
  const result: UndoResult = {
    listenerArn: opts.listener.arn,
    to: null,
    revision: null,
    weights: null,
    changed: false,
    smoke: [],
    routes: [],
  };
  const started = ctx.now();
  ctx.log(MINUTES_NOT_SECONDS);
  let lease: HeldLease | null = null;
  const fail = async (
    why: string,
    outcome: "aborted" | "failed" = "aborted",
  ): Promise<Outcome<UndoResult>> => {
    ctx.timeline.add("failure", why, { ok: false, weights: result.weights ?? undefined });
    const held = lease;
    lease = null;
    if (held) {
      await held
        .finish(
          held.state.doc,
          historyEntry(ctx, opts.holder, started.toISOString(), {
            outcome,
            from: result.to ? otherColor(result.to) : null,
            to: result.to,
            weights: result.weights,
            reason: why,
            revision: result.revision,
          }),
        )
        .catch(() => undefined);
    }
    return {
      exitCode: 1,
      message: `${why}; production traffic left at ${formatWeights(result.weights ?? { blue: 0, green: 0 })}`,
      result,
    };
  };
  try {
    // Reads first: nothing is written until the restore is known to be possible.
    const store = storeFor(clients.ddb, opts.table, opts.listener.arn, ctx);
    const before = await store.read();
    const estate = await discover(clients.elb, opts.listener, before.doc.targetGroups);
    result.weights = estate.weights;
    if (estate.live === "split") {
      return fail(
        `traffic is split (${formatWeights(estate.weights)}): run \`securecloud traffic rollback\` first`,
      );
    }
    const idle = otherColor(estate.live);
    result.to = idle;
    const good = before.doc.colors[idle]?.lastGood ?? null;
    if (!good) {
      return fail(`no revision of ${idle} is recorded as having served production; nothing to restore there`);
    }
    result.revision = good;
    const services = await findServices(clients.ecs, opts.cluster, estate.targetGroups);
    const svc = services[idle];
    if (!svc) throw new UsageError("--cluster", `no ECS service for ${idle} in cluster ${opts.cluster}`);
    const taken = await store.preempt(opts.holder, opts.settings.leaseMs);
    lease = taken.held;
    const doc = taken.previous.doc;
    ctx.log(
      `restoring ${shortRevision(good)} on idle ${idle} (now ${shortTd(svc.taskDefinition ?? "?")}); live ${estate.live} (${formatWeights(estate.weights)})`,
    );
    const held = lease;
    // An idle color scaled to zero (scale-idle) comes back with the restored revision.
    const size = await idleSize(
      clients.scaling,
      opts.cluster,
      svc,
      services[estate.live],
      doc.colors[idle]?.scaledDown ?? null,
    );
    if (size.raiseMinimumTo !== null)
      await restoreMinimum(clients.scaling, opts.cluster, svc, size.raiseMinimumTo);
    if (size.fromZero) ctx.log(scaleUpNotice(idle, size.desiredCount));
    const { failure: waited } = await rollOutRevision(
      ctx,
      clients,
      {
        cluster: opts.cluster,
        service: svc,
        color: idle,
        targetGroupArn: estate.targetGroups[idle],
        taskDefinitionArn: good,
        ...(size.fromZero ? { desiredCount: size.desiredCount } : {}),
        timeoutSeconds: opts.timeoutSeconds,
        onPoll: () => held.renew(),
      },
      () => undefined,
    );
    if (waited) return fail(`restoring ${shortRevision(good)} on ${idle} failed: ${waited}`);
    const routes =
      doc.routes ?? (await findRoutes(clients.elb, opts.listener.loadBalancerArn, opts.listener.arn));
    const plan: Step[] = [];
    if (opts.smoke.url && opts.smoke.spec) {
      plan.push({ kind: "smoke" });
      const smoke = await smokeStep(
        ctx,
        clients,
        { spec: opts.smoke.spec, baseUrl: opts.smoke.url, parameter: opts.smoke.parameter },
        routes,
        idle,
        estate.targetGroups[idle],
      );
      result.smoke = smoke.results;
      if (!smoke.ok) return fail(smoke.reason);
    } else {
      ctx.log(NO_SMOKE_URL);
    }
    plan.push({ kind: "weight", percent: 100 });
    const current = await readCurrent(clients.elb, estate);
    await lease.fence(allOn(idle));
    const after = await writeWeights(
      clients.elb,
      opts.listener.arn,
      current.actions,
      estate.targetGroups,
      allOn(idle),
    );
    result.weights = after ?? allOn(idle);
    result.changed = true;
    ctx.log(`all traffic on ${idle}: ${formatWeights(result.weights)}`);
    ctx.timeline.add("rollback", `all traffic to ${idle} (${shortRevision(good)})`, {
      weights: result.weights,
      ok: true,
    });
    const now = ctx.now().toISOString();
    try {
      result.routes = await followIdle(clients.elb, routes, estate.live, estate.targetGroups[estate.live]);
    } catch (err) {
      result.routes = [`warning: the test routes were not moved to ${estate.live}: ${describeAwsError(err)}`];
    }
    const reason = opts.reason ?? `restored the last good revision ${shortRevision(good)}`;
    await lease.finish(
      {
        ...doc,
        targetGroups: estate.targetGroups,
        fingerprint: estate.fingerprint,
        routes,
        colors: {
          ...doc.colors,
          [idle]: {
            ...doc.colors[idle]!,
            revision: good,
            served: true,
            lastGood: good,
            lastGoodAt: now,
            scaledDown: null,
          },
        },
        rollout: {
          ...ROLLOUT_DEFAULTS,
          completedAt: now,
          state: "complete",
          from: estate.live,
          to: idle,
          plan,
          done: plan.length,
          weights: result.weights,
          startedAt: started.toISOString(),
          updatedAt: now,
          reason,
          runId: opts.holder.runId,
          actor: opts.holder.actor,
          url: opts.holder.url,
          revision: good,
        },
      },
      historyEntry(ctx, opts.holder, started.toISOString(), {
        outcome: "complete",
        from: estate.live,
        to: idle,
        weights: result.weights,
        reason,
        revision: good,
      }),
    );
    lease = null;
    const took = Math.round((ctx.now().getTime() - started.getTime()) / 1000);
    return {
      exitCode: 0,
      message: `restored ${shortRevision(good)} on ${idle} and moved all traffic to it (${formatWeights(result.weights)}) in ${took} s`,
      result,
    };
  } catch (err) {
    if (err instanceof UsageError) {
      await lease?.release().catch(() => undefined);
      throw err;
    }
    if (err instanceof Preempted) {
      lease = null;
      return {
        exitCode: 1,
        message: `${err.message}; production traffic left at ${formatWeights(result.weights ?? { blue: 0, green: 0 })}`,
        result,
      };
    }
    if (result.changed) {
      return {
        exitCode: 1,
        message: `${describeAwsError(err)}; all traffic is on ${result.to} but the record was not updated`,
        result,
      };
    }
    return fail(`${describeAwsError(err)}`, "failed");
  }
}
