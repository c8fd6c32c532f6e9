/**
 * An idle color that costs nothing: its ECS service scaled to zero tasks, and its Application
 * Auto Scaling minimum to zero (else target tracking would start the minimum again), with what
 * was there kept in the rollout record (`colors[c].scaledDown`); and the way back: the minimum
 * and the desired count restored, then a bounded wait until the color's targets are healthy,
 * before anything sends it traffic.
 *
 * Terraform ignores both values once it has created them (the stacks' lifecycle), so these
 * writes are not undone by the next apply.
 */
import {
  type ApplicationAutoScalingClient,
  DescribeScalableTargetsCommand,
  RegisterScalableTargetCommand,
} from "@aws-sdk/client-application-auto-scaling";
import {
  DescribeServicesCommand,
  type ECSClient,
  type Service,
  UpdateServiceCommand,
} from "@aws-sdk/client-ecs";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { Color } from "../../common/conventions.ts";
import type { Ctx } from "../context.ts";
import type { Health } from "../listener/io.ts";
import type { RolloutDoc, ScaledDown } from "../rollout/record.ts";
import { waitForDeployment } from "./services.ts";

export const SCALABLE_DIMENSION = "ecs:service:DesiredCount";
/** How long a scale-up may take before the command gives up (Fargate starts take 1–2 min); under rollback.yml's 10-minute job limit. */
export const SCALE_UP_TIMEOUT_SECONDS = 420;

export interface ScalingClients {
  ecs: ECSClient;
  scaling: ApplicationAutoScalingClient;
}

export interface WakeClients extends ScalingClients {
  elb: ElasticLoadBalancingV2Client;
}

/** `service/<cluster>/<service>`: the scalable target's resource id of an ECS service. */
export function resourceIdOf(cluster: string, serviceName: string): string {
  return `service/${cluster.split("/").pop()}/${serviceName}`;
}

/** The service's name from its ARN (`arn:...:service/<cluster>/<name>`) or name. */
export function serviceNameOf(service: string): string {
  return service.split("/").pop() ?? service;
}

/** The service's autoscaling range, or null when it has no scalable target. */
export async function readScalableTarget(
  scaling: ApplicationAutoScalingClient,
  cluster: string,
  serviceName: string,
): Promise<{ min: number; max: number } | null> {
  const out = await scaling.send(
    new DescribeScalableTargetsCommand({
      ServiceNamespace: "ecs",
      ResourceIds: [resourceIdOf(cluster, serviceName)],
      ScalableDimension: SCALABLE_DIMENSION,
    }),
  );
  const t = out.ScalableTargets?.[0];
  return t ? { min: t.MinCapacity ?? 0, max: t.MaxCapacity ?? 0 } : null;
}

async function setMinimum(
  scaling: ApplicationAutoScalingClient,
  cluster: string,
  serviceName: string,
  min: number,
): Promise<void> {
  await scaling.send(
    new RegisterScalableTargetCommand({
      ServiceNamespace: "ecs",
      ResourceId: resourceIdOf(cluster, serviceName),
      ScalableDimension: SCALABLE_DIMENSION,
      MinCapacity: min,
    }),
  );
}

/**
 * Scales `service` to zero: the autoscaling minimum first (so autoscaling does not start tasks
 * again), then the desired count. Returns what to restore. When the service is already at zero
 * with a zero minimum, `previous` (the record's) is kept: those are the values to restore.
 */
export async function scaleToZero(
  ctx: Ctx,
  clients: ScalingClients,
  cluster: string,
  service: Service,
  previous: ScaledDown | null,
): Promise<{ scaledDown: ScaledDown; changed: boolean }> {
  const name = service.serviceName ?? serviceNameOf(service.serviceArn ?? "");
  const target = await readScalableTarget(clients.scaling, cluster, name);
  const desired = service.desiredCount ?? 0;
  const minimum = target?.min ?? 0;
  if (desired === 0 && minimum === 0 && previous) return { scaledDown: previous, changed: false };
  const scaledDown: ScaledDown = {
    at: ctx.now().toISOString(),
    desiredCount: Math.max(desired, minimum, previous?.desiredCount ?? 0, 1),
    minCapacity: minimum > 0 ? minimum : (previous?.minCapacity ?? 0),
    service: service.serviceArn ?? name,
    cluster,
  };
  if (target && minimum > 0) await setMinimum(clients.scaling, cluster, name, 0);
  if (desired > 0) {
    await clients.ecs.send(
      new UpdateServiceCommand({ cluster, service: scaledDown.service, desiredCount: 0 }),
    );
  }
  ctx.log(
    `scaled ${name} to 0 tasks (was ${desired}${target ? `, autoscaling minimum ${minimum} → 0` : ""})`,
  );
  return { scaledDown, changed: true };
}

/** What a scale-up says before it waits: the operator at 3 a.m. knows why it is not instant. */
export function scaleUpNotice(color: Color, tasks: number): string {
  return `${color} is scaled to zero: scaling to ${tasks} task${tasks === 1 ? "" : "s"} first, usually 60–120 s`;
}

export interface ScaleUp {
  color: Color;
  cluster: string;
  /** The service's ARN (or name). */
  service: string;
  targetGroupArn: string;
  desiredCount: number;
  /** The autoscaling minimum to restore (0: the service has no scalable target). */
  minCapacity: number;
  timeoutSeconds: number;
  /** Called on every poll (the caller renews its lease here). */
  onPoll?: () => Promise<void>;
}

/**
 * Restores the autoscaling minimum and the desired count (never lowering either), then waits
 * until the service's deployment is steady and `desiredCount` targets of the color's target
 * group are healthy. Returns the failure, or null.
 */
export async function scaleUpAndWait(
  ctx: Ctx,
  clients: WakeClients,
  s: ScaleUp,
  onHealth: (h: Health) => void = () => undefined,
): Promise<string | null> {
  const name = serviceNameOf(s.service);
  if (s.minCapacity > 0) {
    const target = await readScalableTarget(clients.scaling, s.cluster, name);
    if ((target?.min ?? 0) < s.minCapacity) await setMinimum(clients.scaling, s.cluster, name, s.minCapacity);
  }
  const out = await clients.ecs.send(
    new DescribeServicesCommand({ cluster: s.cluster, services: [s.service] }),
  );
  const service = out.services?.[0];
  if (!service || service.status === "INACTIVE") return `no ECS service ${s.service} in ${s.cluster}`;
  const desired = Math.max(service.desiredCount ?? 0, s.desiredCount);
  if ((service.desiredCount ?? 0) < desired) {
    await clients.ecs.send(
      new UpdateServiceCommand({ cluster: s.cluster, service: s.service, desiredCount: desired }),
    );
    ctx.log(
      `scaled ${name} to ${desired} tasks${s.minCapacity > 0 ? ` (autoscaling minimum ${s.minCapacity})` : ""}`,
    );
    ctx.timeline.add("deploy", `scale-up: ${s.color} to ${desired} tasks`);
  }
  return waitForDeployment(
    ctx,
    clients,
    {
      cluster: s.cluster,
      service: { ...service, desiredCount: desired },
      color: s.color,
      targetGroupArn: s.targetGroupArn,
      taskDefinitionArn: service.taskDefinition ?? "",
      deploymentId: null,
      timeoutSeconds: s.timeoutSeconds,
      ...(s.onPoll ? { onPoll: s.onPoll } : {}),
    },
    onHealth,
  );
}

/**
 * Before traffic goes back to `color`: when the record says the delivery code scaled it to
 * zero, scale it up and wait for healthy targets, saying so with an estimate; otherwise do
 * nothing (no AWS call: the rollback inside the window stays instant). Returns the failure, if
 * any, and the record with the color's `scaledDown` cleared once it is back.
 */
export async function scaleUpBeforeTraffic(
  ctx: Ctx,
  wake: (() => Promise<WakeClients>) | undefined,
  doc: RolloutDoc,
  color: Color,
  targetGroupArn: string,
  onPoll?: () => Promise<void>,
): Promise<{ failure: string | null; doc: RolloutDoc }> {
  const down = doc.colors[color]?.scaledDown;
  if (!down) return { failure: null, doc };
  const tasks = Math.max(down.desiredCount, down.minCapacity, 1);
  if (ctx.dryRun) {
    ctx.log(`would scale ${color} up first: ${scaleUpNotice(color, tasks)}`);
    return { failure: null, doc };
  }
  if (!wake) return { failure: `${color} is scaled to zero and this run cannot scale it up`, doc };
  ctx.log(scaleUpNotice(color, tasks));
  const started = ctx.now().getTime();
  const failure = await scaleUpAndWait(ctx, await wake(), {
    color,
    cluster: down.cluster,
    service: down.service,
    targetGroupArn,
    desiredCount: tasks,
    minCapacity: down.minCapacity,
    timeoutSeconds: SCALE_UP_TIMEOUT_SECONDS,
    ...(onPoll ? { onPoll } : {}),
  });
  if (failure) return { failure: `${color} was scaled to zero and did not come back: ${failure}`, doc };
  ctx.log(
    `${color} is back: ${tasks} task(s) healthy after ${Math.round((ctx.now().getTime() - started) / 1000)} s`,
  );
  const c = doc.colors[color]!;
  return { failure: null, doc: { ...doc, colors: { ...doc.colors, [color]: { ...c, scaledDown: null } } } };
}

/** How deploy sizes the idle color: its desired count, and the autoscaling minimum to restore first. */
export interface IdleSize {
  desiredCount: number;
  /** Raise the idle color's autoscaling minimum to this before the update (null: leave it). */
  raiseMinimumTo: number | null;
  /** The color runs no task now: the deploy starts it from zero. */
  fromZero: boolean;
}

/**
 * Reads only. The idle color's size for a deploy: when it runs no task (scaled down by
 * `scale-idle`, recorded in `down`, or by hand), what the record says it ran, at least the live
 * color's autoscaling minimum (the minimum Terraform set, which it no longer changes); and the
 * minimum to restore when the idle color's is lower, so autoscaling does not scale it back in.
 */
export async function idleSize(
  scaling: ApplicationAutoScalingClient,
  cluster: string,
  idle: Service,
  live: Service | undefined,
  down: ScaledDown | null,
): Promise<IdleSize> {
  const nameOf = (s: Service) => s.serviceName ?? serviceNameOf(s.serviceArn ?? "");
  const [idleTarget, liveTarget] = await Promise.all([
    readScalableTarget(scaling, cluster, nameOf(idle)),
    live ? readScalableTarget(scaling, cluster, nameOf(live)) : Promise.resolve(null),
  ]);
  const minimum = Math.max(down?.minCapacity ?? 0, liveTarget?.min ?? 0, idleTarget?.min ?? 0);
  const current = idle.desiredCount ?? 0;
  const fromZero = current === 0;
  const desiredCount = fromZero
    ? Math.max(1, minimum, down?.desiredCount ?? live?.desiredCount ?? 1)
    : Math.max(current, minimum);
  return {
    desiredCount,
    raiseMinimumTo: idleTarget && idleTarget.min < minimum ? minimum : null,
    fromZero,
  };
}

/** Sets the service's autoscaling minimum (one RegisterScalableTarget). */
export function restoreMinimum(
  scaling: ApplicationAutoScalingClient,
  cluster: string,
  service: Service,
  min: number,
): Promise<void> {
  return setMinimum(scaling, cluster, service.serviceName ?? serviceNameOf(service.serviceArn ?? ""), min);
}
