/**
 * `deploy`: roll a new image out to the idle color. Registers a new revision of the idle
 * service's task definition (its current one with only the named container's image replaced),
 * points the service at it, and waits — bounded, with progress — until that deployment has
 * completed and the idle target group's targets are healthy. Never touches the listener:
 * production traffic stays on the live color whatever happens.
 */
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  type ECSClient,
  type Tag as EcsTag,
  ListServicesCommand,
  RegisterTaskDefinitionCommand,
  type RegisterTaskDefinitionCommandInput,
  type Service,
  type TaskDefinition,
  UpdateServiceCommand,
} from "@aws-sdk/client-ecs";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { COLORS, type Color, otherColor, TAG, UsageError } from "../common/conventions.ts";
import { describeAwsError, isAwsError } from "./aws/common.ts";
import type { Ctx, Outcome } from "./context.ts";
import { describeHealth, discover, type Estate, type Health, targetHealth } from "./estate.ts";
import type { ListenerArn } from "./options.ts";
import { formatWeights, type Weights } from "./record.ts";

export interface DeployOptions {
  listener: ListenerArn;
  cluster: string;
  image: string;
  container: string;
  timeoutSeconds: number;
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
}

type Clients = { elb: ElasticLoadBalancingV2Client; ecs: ECSClient };

export async function deploy(
  ctx: Ctx,
  clients: Clients,
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
  };
  const untouched = () =>
    result.weights
      ? `production traffic untouched (${formatWeights(result.weights)})`
      : "production traffic untouched";
  const fail = (why: string): Outcome<DeployResult> => {
    ctx.timeline.add("failure", why, { ok: false });
    return {
      exitCode: 1,
      message: `deploy to ${result.color ?? "the idle color"} failed: ${why}; ${untouched()}`,
      result,
    };
  };
  try {
    const estate = await discover(clients.elb, opts.listener);
    result.weights = estate.weights;
    result.live = estate.live;
    result.rolloutState = estate.record?.state ?? null;
    if (estate.record?.state === "shifting") {
      return fail(
        `a rollout ${estate.record.from}→${estate.record.to} is in progress (step ${estate.record.step}/${estate.record.steps.length}); finish it or roll back first`,
      );
    }
    if (estate.live === "split") {
      return fail(
        `traffic is split (${formatWeights(estate.weights)}), so no color is idle; shift or roll back first`,
      );
    }
    const idle = otherColor(estate.live);
    result.color = idle;
    const services = await findServices(clients.ecs, opts.cluster, estate);
    const svc = services[idle];
    const liveSvc = services[estate.live];
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
    const current = td.taskDefinition.containerDefinitions?.find((c) => c.name === opts.container)?.image;
    ctx.log(
      `live ${estate.live} (${formatWeights(estate.weights)}); deploying ${opts.image} to idle ${idle}: service ${result.service}, container ${opts.container} (now ${current})`,
    );
    const desired = (svc.desiredCount ?? 0) > 0 ? svc.desiredCount! : Math.max(1, liveSvc?.desiredCount ?? 1);
    if (ctx.dryRun) {
      ctx.log(
        `would call RegisterTaskDefinition family=${td.taskDefinition.family}: ${opts.container} image ${opts.image}`,
      );
      ctx.log(
        `would call UpdateService ${result.service} in ${opts.cluster}: the new revision${desired !== svc.desiredCount ? `, desired count ${desired}` : ""}`,
      );
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
    let deploymentId: string | null;
    if (current === opts.image && isSteady(svc)) {
      newArn = svc.taskDefinition!;
      deploymentId = primaryOf(svc)?.id ?? null;
      ctx.log(`${idle} already runs ${opts.image} (${shortTd(newArn)}); checking its health`);
    } else {
      const registered = await clients.ecs.send(
        new RegisterTaskDefinitionCommand(withImage(td.taskDefinition, td.tags, opts.container, opts.image)),
      );
      newArn = registered.taskDefinition?.taskDefinitionArn ?? "";
      ctx.log(`registered ${shortTd(newArn)}`);
      ctx.timeline.add("deploy", `registered ${shortTd(newArn)} with ${opts.image}`);
      const updated = await clients.ecs.send(
        new UpdateServiceCommand({
          cluster: opts.cluster,
          service: svc.serviceArn ?? svc.serviceName,
          taskDefinition: newArn,
          forceNewDeployment: true,
          ...(desired !== svc.desiredCount ? { desiredCount: desired } : {}),
        }),
      );
      deploymentId = updated.service ? (primaryOf(updated.service)?.id ?? null) : null;
      ctx.log(
        `updated ${result.service}: deployment ${deploymentId ?? "?"}${desired !== svc.desiredCount ? `, desired count ${desired}` : ""}`,
      );
      ctx.timeline.add("deploy", `UpdateService ${result.service} → ${shortTd(newArn)}`);
    }
    result.taskDefinitionArn = newArn;
    result.deploymentId = deploymentId;
    const waited = await waitForDeployment(
      ctx,
      clients,
      opts,
      estate,
      idle,
      svc,
      newArn,
      deploymentId,
      result,
    );
    if (waited) return fail(waited);
    ctx.timeline.add(
      "deploy",
      `${idle} ready: ${shortTd(newArn)}, ${result.health?.healthy}/${result.health?.total} healthy`,
      {
        ok: true,
      },
    );
    return {
      exitCode: 0,
      message: `deployed ${opts.image} to ${idle} (${shortTd(newArn)}); ${idle} is ready, ${untouched()}`,
      result,
    };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return fail(describeAwsError(err));
  }
}

function shortTd(arn: string): string {
  return arn.split("/").pop() ?? arn;
}

function primaryOf(svc: Service) {
  return svc.deployments?.find((d) => d.status === "PRIMARY");
}

function isSteady(svc: Service): boolean {
  const p = primaryOf(svc);
  return (
    !!p &&
    (svc.deployments?.length ?? 0) === 1 &&
    (p.rolloutState === "COMPLETED" || (p.rolloutState === undefined && p.runningCount === p.desiredCount))
  );
}

async function describeTaskDefinition(ecs: ECSClient, arn: string) {
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

async function findServices(
  ecs: ECSClient,
  cluster: string,
  estate: Estate,
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
    const tg = estate.targetGroups[color];
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

/** Returns a failure reason, or null once the deployment is complete and healthy. */
async function waitForDeployment(
  ctx: Ctx,
  clients: Clients,
  opts: DeployOptions,
  estate: Estate,
  color: Color,
  svc: Service,
  taskDefinitionArn: string,
  deploymentId: string | null,
  result: DeployResult,
): Promise<string | null> {
  const deadline = ctx.now().getTime() + opts.timeoutSeconds * 1000;
  const interval = ctx.pollMs ?? 10_000;
  let lastLine = "";
  for (;;) {
    const out = await clients.ecs.send(
      new DescribeServicesCommand({
        cluster: opts.cluster,
        services: [svc.serviceArn ?? svc.serviceName ?? ""],
      }),
    );
    const now = out.services?.[0];
    if (!now) return `service ${result.service} disappeared`;
    const deployments = now.deployments ?? [];
    const mine = deploymentId ? deployments.find((d) => d.id === deploymentId) : primaryOf(now);
    if (mine?.rolloutState === "FAILED") {
      return `deployment ${mine.id} failed: ${mine.rolloutStateReason ?? "rollout state FAILED"} (the ECS circuit breaker stopped it)`;
    }
    if (mine?.status !== "PRIMARY") {
      const p = primaryOf(now);
      return `deployment ${deploymentId} was replaced by ${p?.id ?? "another deployment"} (${shortTd(p?.taskDefinition ?? "?")})`;
    }
    if (now.taskDefinition && now.taskDefinition !== taskDefinitionArn) {
      return `the service now runs ${shortTd(now.taskDefinition)} instead of ${shortTd(taskDefinitionArn)} (rolled back by ECS or replaced by another deploy)`;
    }
    const health: Health = await targetHealth(clients.elb, estate.targetGroups[color]);
    result.health = { healthy: health.healthy, total: health.total };
    const desired = now.desiredCount ?? mine.desiredCount ?? 1;
    const rollout =
      mine.rolloutState ?? (mine.runningCount === mine.desiredCount ? "COMPLETED" : "IN_PROGRESS");
    const line = `${color}: deployment ${mine.id} ${rollout}, running ${mine.runningCount ?? 0}/${mine.desiredCount ?? desired}, ${deployments.length} deployment(s); ${describeHealth(color, health)}`;
    if (line !== lastLine) ctx.log(line);
    lastLine = line;
    const steady = rollout === "COMPLETED" && deployments.length === 1;
    const healthy = health.healthy >= Math.max(1, desired) && health.unhealthy === 0;
    if (steady && healthy) return null;
    const left = deadline - ctx.now().getTime();
    if (left <= 0) {
      const waiting = !steady
        ? `deployment ${rollout}`
        : `${describeHealth(color, health)} (need ${Math.max(1, desired)})`;
      return `timed out after ${opts.timeoutSeconds} s: ${waiting}`;
    }
    await ctx.sleep(Math.min(interval, left));
  }
}
