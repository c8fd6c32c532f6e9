/**
 * `deploy`: roll a new image out to the idle color. Takes the rollout lease, registers a new
 * revision of the idle service's task definition (its current one with only the named
 * container's image replaced), points the service at it, moves the test listener and the
 * idle-color route to the idle color (rotating the route's secret), and waits — bounded, with
 * progress — until that deployment has completed and the idle target group's targets are
 * healthy. Never touches production weights. Records the idle color's new revision as not yet
 * served production, so a plain rollback will not send users to it.
 *
 * An idle color that `traffic scale-idle` scaled to zero is scaled up first: its autoscaling
 * minimum restored (what the record kept, at least the live color's), then the same
 * UpdateService that sets the new revision sets the desired count, and the wait covers the
 * tasks starting; the record's `scaledDown` is cleared.
 */
import type { ApplicationAutoScalingClient } from "@aws-sdk/client-application-auto-scaling";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { type ECSClient, RegisterTaskDefinitionCommand, type Service } from "@aws-sdk/client-ecs";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { SSMClient } from "@aws-sdk/client-ssm";
import { type Color, otherColor, TAG, UsageError } from "../../common/conventions.ts";
import { describeAwsError } from "../aws/common.ts";
import type { Ctx, Outcome } from "../context.ts";
import { idleSize, restoreMinimum, scaleUpNotice } from "../ecs/scale.ts";
import {
  describeTaskDefinition,
  findServices,
  isSteady,
  rollOutRevision,
  shortTd,
  withImage,
} from "../ecs/services.ts";
import type { Settings } from "../inputs.ts";
import { discover, type Estate } from "../listener/io.ts";
import { findRoutes, followIdle, rotateSecret } from "../listener/routes.ts";
import type { ListenerArn } from "../options.ts";
import { weightPercents, weightStepsDone } from "../rollout/plan.ts";
import { type ColorRevision, newColorRevision, type RolloutDoc, type Routes } from "../rollout/record.ts";
import { type HeldLease, type Holder, LeaseHeld, Preempted } from "../rollout/store.ts";
import { formatWeights, type Weights } from "../rollout/weights.ts";
import { historyEntry, storeFor } from "./common.ts";

export interface DeployOptions {
  listener: ListenerArn;
  table: string;
  holder: Holder;
  cluster: string;
  image: string;
  container: string;
  timeoutSeconds: number;
  /** The SSM parameter of the idle-color route's secret (rotated here), if the estate has one. */
  idleRouteParameter: string | null;
  settings: Settings;
}

export interface DeployResult {
  listenerArn: string;
  cluster: string;
  /** The idle color that was deployed. */
  color: Color | null;
  live: Color | "split" | null;
  weights: Weights | null;
  service: string | null;
  image: string;
  taskDefinitionArn: string | null;
  previousTaskDefinitionArn: string | null;
  deploymentId: string | null;
  health: { healthy: number; total: number } | null;
  /** The rollout record's state as found (deploy does not change it). */
  rolloutState: string | null;
  /** What happened to the test listener and the idle-color route. */
  routes: string[];
}

/** The clients deploy and the revision-level undo take. */
export type DeployClients = {
  elb: ElasticLoadBalancingV2Client;
  ecs: ECSClient;
  ddb: DynamoDBClient;
  ssm: SSMClient;
  scaling: ApplicationAutoScalingClient;
};

export async function deploy(
  ctx: Ctx,
  clients: DeployClients,
  opts: DeployOptions,
): Promise<Outcome<DeployResult>> {
  const result: DeployResult = {
    listenerArn: opts.listener.arn,
    cluster: opts.cluster,
    color: null,
    live: null,
    weights: null,
    service: null,
    image: opts.image,
    taskDefinitionArn: null,
    previousTaskDefinitionArn: null,
    deploymentId: null,
    health: null,
    rolloutState: null,
    routes: [],
  };
  const startedAt = ctx.now().toISOString();
  const untouched = () =>
    result.weights
      ? `production traffic untouched (${formatWeights(result.weights)})`
      : "production traffic untouched";
  let lease: HeldLease | null = null;
  let doc: RolloutDoc | null = null;
  /** Records the outcome (and the idle color's revision, once the service runs it), releasing the lease. */
  const finish = async (outcome: "deployed" | "deploy-failed", why: string) => {
    const held = lease;
    lease = null;
    if (!held || !doc) return;
    const colors =
      result.color && result.taskDefinitionArn ? withDeployed(doc, result, opts, ctx) : doc.colors;
    await held.finish(
      { ...doc, colors },
      historyEntry(ctx, opts.holder, startedAt, {
        outcome,
        from: result.live === "split" ? null : result.live,
        to: result.color,
        weights: result.weights,
        reason: why || opts.image,
        revision: result.taskDefinitionArn,
      }),
    );
  };
  const fail = async (why: string): Promise<Outcome<DeployResult>> => {
    ctx.timeline.add("failure", why, { ok: false });
    try {
      await finish("deploy-failed", why);
    } catch (err) {
      if (!(err instanceof Preempted))
        ctx.log(`warning: the rollout record was not updated: ${describeAwsError(err)}`);
    }
    return {
      exitCode: 1,
      message: `deploy to ${result.color ?? "the idle color"} failed: ${why}; ${untouched()}`,
      result,
    };
  };
  try {
    // Reads first: bad input (listener, cluster) is found before any write.
    const estate = await discover(clients.elb, opts.listener);
    result.weights = estate.weights;
    result.live = estate.live;
    const services = await findServices(clients.ecs, opts.cluster, estate.targetGroups);
    const store = storeFor(clients.ddb, opts.table, opts.listener.arn, ctx);
    if (ctx.dryRun) doc = (await store.read()).doc;
    else {
      lease = await store.acquire(opts.holder, opts.settings.leaseMs);
      doc = lease.state.doc;
    }
    result.rolloutState = doc.rollout?.state ?? null;
    if (doc.rollout?.state === "shifting" || doc.rollout?.state === "paused") {
      // A paused rollout's new color is the idle one while its weight is still 0: deploying
      // over it would put an untested image behind the rollout's next promote.
      const r = doc.rollout;
      const at = `step ${weightStepsDone(r.plan, r.done)}/${weightPercents(r.plan).length}`;
      return fail(
        r.state === "paused"
          ? `a rollout ${r.from}→${r.to} is paused (${at}, run ${r.runId}); promote or abort it first`
          : `a rollout ${r.from}→${r.to} is in progress (${at}, run ${r.runId}); finish it or roll back first`,
      );
    }
    if (estate.live === "split") {
      return fail(
        `traffic is split (${formatWeights(estate.weights)}), so no color is idle; shift or roll back first`,
      );
    }
    const idle = otherColor(estate.live);
    result.color = idle;
    const svc = services[idle];
    if (!svc) {
      throw new UsageError(
        "--cluster",
        `no ECS service for ${idle} in cluster ${opts.cluster} (looked for one attached to ${estate.targetGroups[idle].split(":").pop()} or tagged ${TAG.color}=${idle})`,
      );
    }
    result.service = svc.serviceName ?? svc.serviceArn ?? null;
    result.previousTaskDefinitionArn = svc.taskDefinition ?? null;
    const td = await describeTaskDefinition(clients.ecs, svc.taskDefinition ?? "");
    const names = (td.taskDefinition.containerDefinitions ?? []).map((c) => c.name);
    if (!names.includes(opts.container)) {
      throw new UsageError(
        "--container",
        `no container "${opts.container}" in ${td.taskDefinition.family}:${td.taskDefinition.revision} (containers: ${names.join(", ")})`,
      );
    }
    doc = {
      ...doc,
      targetGroups: estate.targetGroups,
      fingerprint: estate.fingerprint,
      colors: bootstrap(doc, estate, services),
    };
    const current = td.taskDefinition.containerDefinitions?.find((c) => c.name === opts.container)?.image;
    ctx.log(
      `live ${estate.live} (${formatWeights(estate.weights)}); deploying ${opts.image} to idle ${idle}: service ${result.service}, container ${opts.container} (now ${current})`,
    );
    const liveSvc = services[estate.live];
    const size = await idleSize(
      clients.scaling,
      opts.cluster,
      svc,
      liveSvc,
      doc.colors[idle]?.scaledDown ?? null,
    );
    const desired = size.desiredCount;
    if (ctx.dryRun) {
      ctx.log(`would take the rollout lease in ${opts.table}`);
      ctx.log(
        `would call RegisterTaskDefinition family=${td.taskDefinition.family}: ${opts.container} image ${opts.image}`,
      );
      if (size.raiseMinimumTo !== null) {
        ctx.log(`would restore ${idle}'s autoscaling minimum to ${size.raiseMinimumTo}`);
      }
      if (size.fromZero) ctx.log(`would scale ${idle} up first: ${scaleUpNotice(idle, desired)}`);
      ctx.log(
        `would call UpdateService ${result.service} in ${opts.cluster}: the new revision${desired !== svc.desiredCount ? `, desired count ${desired}` : ""}`,
      );
      ctx.log(`would point the test listener and the idle-color route at ${idle}, with a new route secret`);
      ctx.log(
        `would wait up to ${opts.timeoutSeconds} s for the deployment to complete and ${idle}'s targets to be healthy`,
      );
      return {
        exitCode: 0,
        message: `dry run: would deploy ${opts.image} to ${idle}; nothing changed`,
        result,
      };
    }

    let newArn: string;
    if (current === opts.image && isSteady(svc)) {
      newArn = svc.taskDefinition!;
      ctx.log(`${idle} already runs ${opts.image} (${shortTd(newArn)}); checking its health`);
    } else {
      const registered = await clients.ecs.send(
        new RegisterTaskDefinitionCommand(withImage(td.taskDefinition, td.tags, opts.container, opts.image)),
      );
      newArn = registered.taskDefinition?.taskDefinitionArn ?? "";
      ctx.log(`registered ${shortTd(newArn)}`);
      ctx.timeline.add("deploy", `registered ${shortTd(newArn)} with ${opts.image}`);
    }
    result.taskDefinitionArn = newArn;
    const routes =
      doc.routes ?? (await findRoutes(clients.elb, opts.listener.loadBalancerArn, opts.listener.arn));
    doc = { ...doc, routes };
    result.routes = await routesToIdle(ctx, clients, opts, routes, estate.targetGroups[idle], idle);
    const held = lease!;
    if (size.raiseMinimumTo !== null) {
      await restoreMinimum(clients.scaling, opts.cluster, svc, size.raiseMinimumTo);
      ctx.log(`restored ${idle}'s autoscaling minimum to ${size.raiseMinimumTo}`);
    }
    if (size.fromZero) ctx.log(scaleUpNotice(idle, desired));
    const rolled = await rollOutRevision(
      ctx,
      clients,
      {
        cluster: opts.cluster,
        service: svc,
        color: idle,
        targetGroupArn: estate.targetGroups[idle],
        taskDefinitionArn: newArn,
        desiredCount: desired,
        timeoutSeconds: opts.timeoutSeconds,
        onPoll: () => held.renew(),
      },
      (h) => {
        result.health = { healthy: h.healthy, total: h.total };
      },
    );
    result.deploymentId = rolled.deploymentId;
    const waited = rolled.failure;
    if (waited) return fail(waited);
    ctx.timeline.add(
      "deploy",
      `${idle} ready: ${shortTd(newArn)}, ${result.health?.healthy}/${result.health?.total} healthy`,
      {
        ok: true,
      },
    );
    await finish("deployed", "");
    return {
      exitCode: 0,
      message: `deployed ${opts.image} to ${idle} (${shortTd(newArn)}); ${idle} is ready, ${untouched()}`,
      result,
    };
  } catch (err) {
    if (err instanceof UsageError) {
      await lease?.giveBack().catch(() => undefined);
      throw err;
    }
    if (err instanceof LeaseHeld) return { exitCode: 1, message: err.message, result };
    if (err instanceof Preempted) {
      lease = null;
      return { exitCode: 1, message: `${err.message}; ${untouched()}`, result };
    }
    return fail(describeAwsError(err));
  }
}

/**
 * What the record knows of each color before this deploy. On the first deploy the live
 * color's revision is taken as served (it is serving production now).
 */
function bootstrap(
  doc: RolloutDoc,
  estate: Estate,
  services: Partial<Record<Color, Service>>,
): RolloutDoc["colors"] {
  const colors = { ...doc.colors };
  if (estate.live !== "split" && !colors[estate.live]) {
    colors[estate.live] = newColorRevision(services[estate.live]?.taskDefinition ?? null, true);
  }
  return colors;
}

/** The idle color now runs the deployed revision; it has served production only if it already had. */
function withDeployed(
  doc: RolloutDoc,
  result: DeployResult,
  opts: DeployOptions,
  ctx: Ctx,
): RolloutDoc["colors"] {
  const color = result.color!;
  const before: ColorRevision | undefined = doc.colors[color];
  const same = before?.revision === result.taskDefinitionArn;
  const next: ColorRevision = {
    revision: result.taskDefinitionArn,
    served: same ? (before?.served ?? false) : false,
    lastGood: before?.served ? before.revision : (before?.lastGood ?? null),
    lastGoodAt: before?.lastGoodAt ?? null,
    deployedAt: same ? (before?.deployedAt ?? ctx.now().toISOString()) : ctx.now().toISOString(),
    deployedBy: same ? (before?.deployedBy ?? opts.holder.actor) : opts.holder.actor,
    // The deploy scaled it up: nothing is held at zero any more.
    ...(before?.scaledDown ? { scaledDown: null } : {}),
  };
  return { ...doc.colors, [color]: next };
}

/** The test listener and the idle-color route (with a fresh secret) to the idle color. */
async function routesToIdle(
  ctx: Ctx,
  clients: DeployClients,
  opts: DeployOptions,
  routes: Routes,
  targetGroupArn: string,
  idle: Color,
): Promise<string[]> {
  const secret =
    routes.idleRule && opts.idleRouteParameter
      ? await rotateSecret(clients.ssm, opts.idleRouteParameter)
      : undefined;
  const lines = await followIdle(clients.elb, routes, idle, targetGroupArn, secret);
  if (!routes.testListener) lines.push("no test listener (securecloud:role=test) on the load balancer");
  if (!routes.idleRule)
    lines.push("no idle-color route (securecloud:role=idle-route) on the production listener");
  if (secret) lines.push(`idle-color route secret rotated (${opts.idleRouteParameter})`);
  for (const l of lines) ctx.log(l);
  return lines;
}
