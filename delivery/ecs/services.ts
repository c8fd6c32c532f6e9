/**
 * The ECS side of a deploy: the two colors' services in a cluster (attached to a color's target
 * group, or tagged with the color), their task definitions, a new revision with only one
 * container's image replaced, and the bounded wait until a deployment has completed and the
 * color's targets are healthy.
 */
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  type ECSClient,
  type Tag as EcsTag,
  ListServicesCommand,
  type RegisterTaskDefinitionCommandInput,
  type Service,
  type TaskDefinition,
  UpdateServiceCommand,
} from "@aws-sdk/client-ecs";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { COLORS, type Color, TAG, UsageError } from "../../common/conventions.ts";
import { isAwsError } from "../aws/common.ts";
import type { Ctx } from "../context.ts";
import { describeHealth, type Health, targetHealth } from "../listener/io.ts";

export function shortTd(arn: string): string {
  return arn.split("/").pop() ?? arn;
}

export function primaryOf(svc: Service) {
  return svc.deployments?.find((d) => d.status === "PRIMARY");
}

/** One deployment, completed (or, without rollout states, all its tasks running). */
export function isSteady(svc: Service): boolean {
  const p = primaryOf(svc);
  return (
    !!p &&
    (svc.deployments?.length ?? 0) === 1 &&
    (p.rolloutState === "COMPLETED" || (p.rolloutState === undefined && p.runningCount === p.desiredCount))
  );
}

export async function describeTaskDefinition(ecs: ECSClient, arn: string) {
  const out = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ["TAGS"] }));
  if (!out.taskDefinition) throw new Error(`DescribeTaskDefinition returned no task definition for ${arn}`);
  return { taskDefinition: out.taskDefinition, tags: out.tags ?? [] };
}

/** The register input: the current definition, only the named container's image replaced. */
export function withImage(
  td: TaskDefinition,
  tags: EcsTag[],
  container: string,
  image: string,
): RegisterTaskDefinitionCommandInput {
  const input: RegisterTaskDefinitionCommandInput = {
    family: td.family,
    taskRoleArn: td.taskRoleArn,
    executionRoleArn: td.executionRoleArn,
    networkMode: td.networkMode,
    containerDefinitions: (td.containerDefinitions ?? []).map((c) =>
      c.name === container ? { ...c, image } : c,
    ),
    volumes: td.volumes,
    placementConstraints: td.placementConstraints,
    requiresCompatibilities: td.requiresCompatibilities,
    cpu: td.cpu,
    memory: td.memory,
    pidMode: td.pidMode,
    ipcMode: td.ipcMode,
    proxyConfiguration: td.proxyConfiguration,
    inferenceAccelerators: td.inferenceAccelerators,
    ephemeralStorage: td.ephemeralStorage,
    runtimePlatform: td.runtimePlatform,
    enableFaultInjection: td.enableFaultInjection,
    tags: tags.length > 0 ? tags : undefined,
  };
  for (const key of Object.keys(input) as (keyof RegisterTaskDefinitionCommandInput)[]) {
    const v = input[key];
    if (v === undefined || (Array.isArray(v) && v.length === 0 && key !== "containerDefinitions"))
      delete input[key];
  }
  return input;
}

/** The services of the two colors in `cluster`; a color may have none, never two. */
export async function findServices(
  ecs: ECSClient,
  cluster: string,
  targetGroups: Record<Color, string>,
): Promise<Partial<Record<Color, Service>>> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  try {
    do {
      const page = await ecs.send(new ListServicesCommand({ cluster, nextToken, maxResults: 100 }));
      arns.push(...(page.serviceArns ?? []));
      nextToken = page.nextToken;
    } while (nextToken);
  } catch (err) {
    if (isAwsError(err, "ClusterNotFoundException")) {
      throw new UsageError("--cluster", `no ECS cluster ${cluster} (ClusterNotFoundException)`);
    }
    throw err;
  }
  const services: Service[] = [];
  for (let i = 0; i < arns.length; i += 10) {
    const out = await ecs.send(
      new DescribeServicesCommand({ cluster, services: arns.slice(i, i + 10), include: ["TAGS"] }),
    );
    services.push(...(out.services ?? []).filter((s) => s.status !== "INACTIVE"));
  }
  const found: Partial<Record<Color, Service>> = {};
  for (const color of COLORS) {
    const tg = targetGroups[color];
    let matches = services.filter((s) => (s.loadBalancers ?? []).some((lb) => lb.targetGroupArn === tg));
    if (matches.length === 0) {
      matches = services.filter((s) => (s.tags ?? []).some((t) => t.key === TAG.color && t.value === color));
    }
    if (matches.length > 1) {
      throw new UsageError(
        "--cluster",
        `${matches.length} services in ${cluster} claim ${color}: ${matches.map((s) => s.serviceName).join(", ")}`,
      );
    }
    if (matches[0]) found[color] = matches[0];
  }
  return found;
}

export interface WaitFor {
  cluster: string;
  service: Service;
  color: Color;
  targetGroupArn: string;
  taskDefinitionArn: string;
  deploymentId: string | null;
  timeoutSeconds: number;
  /** Called on every poll (the caller renews its lease here). */
  onPoll?: () => Promise<void>;
}

/**
 * Waits until the deployment has completed and the color's targets are healthy; returns a
 * failure reason, or null. Bounded by `timeoutSeconds`, printing progress as it changes.
 */
export async function waitForDeployment(
  ctx: Ctx,
  clients: { elb: ElasticLoadBalancingV2Client; ecs: ECSClient },
  w: WaitFor,
  onHealth: (h: Health) => void,
): Promise<string | null> {
  const deadline = ctx.now().getTime() + w.timeoutSeconds * 1000;
  const interval = ctx.pollMs ?? 10_000;
  const name = w.service.serviceName ?? w.service.serviceArn ?? "";
  let lastLine = "";
  for (;;) {
    await w.onPoll?.();
    const out = await clients.ecs.send(
      new DescribeServicesCommand({ cluster: w.cluster, services: [w.service.serviceArn ?? name] }),
    );
    const now = out.services?.[0];
    if (!now) return `service ${name} disappeared`;
    const deployments = now.deployments ?? [];
    const mine = w.deploymentId ? deployments.find((d) => d.id === w.deploymentId) : primaryOf(now);
    if (mine?.rolloutState === "FAILED") {
      return `deployment ${mine.id} failed: ${mine.rolloutStateReason ?? "rollout state FAILED"} (the ECS circuit breaker stopped it)`;
    }
    if (mine?.status !== "PRIMARY") {
      const p = primaryOf(now);
      return `deployment ${w.deploymentId} was replaced by ${p?.id ?? "another deployment"} (${shortTd(p?.taskDefinition ?? "?")})`;
    }
    if (now.taskDefinition && now.taskDefinition !== w.taskDefinitionArn) {
      return `the service now runs ${shortTd(now.taskDefinition)} instead of ${shortTd(w.taskDefinitionArn)} (rolled back by ECS or replaced by another deploy)`;
    }
    const health: Health = await targetHealth(clients.elb, w.targetGroupArn);
    onHealth(health);
    const desired = now.desiredCount ?? mine.desiredCount ?? 1;
    const rollout =
      mine.rolloutState ?? (mine.runningCount === mine.desiredCount ? "COMPLETED" : "IN_PROGRESS");
    const line = `${w.color}: deployment ${mine.id} ${rollout}, running ${mine.runningCount ?? 0}/${mine.desiredCount ?? desired}, ${deployments.length} deployment(s); ${describeHealth(w.color, health)}`;
    if (line !== lastLine) ctx.log(line);
    lastLine = line;
    const steady = rollout === "COMPLETED" && deployments.length === 1;
    const healthy = health.healthy >= Math.max(1, desired) && health.unhealthy === 0;
    if (steady && healthy) return null;
    const left = deadline - ctx.now().getTime();
    if (left <= 0) {
      const waiting = !steady
        ? `deployment ${rollout}`
        : `${describeHealth(w.color, health)} (need ${Math.max(1, desired)})`;
      return `timed out after ${w.timeoutSeconds} s: ${waiting}`;
    }
    await ctx.sleep(Math.min(interval, left));
  }
}

/**
 * Runs `taskDefinitionArn` on the service — one UpdateService, unless it already runs it in one
 * completed deployment at the wanted size — and waits for it (waitForDeployment). Returns the
 * deployment waited for, whether the service was updated, and the failure, if any.
 */
export async function rollOutRevision(
  ctx: Ctx,
  clients: { elb: ElasticLoadBalancingV2Client; ecs: ECSClient },
  w: Omit<WaitFor, "deploymentId"> & { desiredCount?: number },
  onHealth: (h: Health) => void,
): Promise<{ deploymentId: string | null; updated: boolean; failure: string | null }> {
  const svc = w.service;
  const resize = w.desiredCount !== undefined && w.desiredCount !== svc.desiredCount;
  let deploymentId = primaryOf(svc)?.id ?? null;
  let updated = false;
  if (svc.taskDefinition !== w.taskDefinitionArn || !isSteady(svc) || resize) {
    const out = await clients.ecs.send(
      new UpdateServiceCommand({
        cluster: w.cluster,
        service: svc.serviceArn ?? svc.serviceName,
        taskDefinition: w.taskDefinitionArn,
        forceNewDeployment: true,
        ...(resize ? { desiredCount: w.desiredCount } : {}),
      }),
    );
    deploymentId = out.service ? (primaryOf(out.service)?.id ?? null) : null;
    updated = true;
    const name = svc.serviceName ?? svc.serviceArn;
    ctx.log(
      `updated ${name}: deployment ${deploymentId ?? "?"}${resize ? `, desired count ${w.desiredCount}` : ""}`,
    );
    ctx.timeline.add("deploy", `UpdateService ${name} → ${shortTd(w.taskDefinitionArn)}`);
  }
  const failure = await waitForDeployment(ctx, clients, { ...w, deploymentId }, onHealth);
  return { deploymentId, updated, failure };
}
