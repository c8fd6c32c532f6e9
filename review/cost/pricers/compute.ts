/** ECS on Fargate (both colors), the cluster, ECR, DynamoDB and Secrets Manager. */
import { TAG } from "../../../common/conventions.ts";
import type { CostResource, LineDraft, PricingContext, ServicePricers } from "../model.ts";
import { blocks, fmt, isObj, num, plural, refTo, unpriced } from "./util.ts";

/** Fargate includes 20 GiB of ephemeral storage per task. */
const FREE_EPHEMERAL_GB = 20;

export interface FargateService {
  readonly service: CostResource;
  readonly color: string | undefined;
  /** The tasks priced: the scaling target's minimum, else desired_count. */
  readonly tasks: number;
  readonly tasksFrom: string;
  readonly vcpu: number;
  readonly gb: number;
  readonly arm: boolean;
  readonly storageGb: number;
}

function isFargate(service: CostResource): boolean {
  const v = service.values;
  if (v.launch_type === "FARGATE") return true;
  return blocks(v.capacity_provider_strategy).some((s) => String(s.capacity_provider).startsWith("FARGATE"));
}

/** The Fargate services of the stack with their size and the task count priced. */
export function fargateServices(ctx: PricingContext): FargateService[] {
  const out: FargateService[] = [];
  for (const service of ctx.stack.ofType("aws_ecs_service")) {
    if (!isFargate(service)) continue;
    const td = refTo(ctx, service.values.task_definition, "aws_ecs_task_definition");
    const cpu = num(td?.values.cpu);
    const memory = num(td?.values.memory);
    if (!td || cpu === undefined || memory === undefined) continue;
    const target = ctx.stack.referrers(service, ["aws_appautoscaling_target"])[0];
    const min = num(target?.values.min_capacity);
    const desired = num(service.values.desired_count);
    const [tasks, tasksFrom] =
      min !== undefined
        ? [min, `its autoscaling minimum (${target!.address})`]
        : desired !== undefined
          ? [desired, "its desired_count"]
          : [1, "one task (no desired_count or autoscaling minimum)"];
    const platform = blocks(td.values.runtime_platform)[0];
    const tags = isObj(service.values.tags) ? service.values.tags : {};
    out.push({
      service,
      color: typeof tags[TAG.color] === "string" ? (tags[TAG.color] as string) : undefined,
      tasks,
      tasksFrom,
      vcpu: cpu / 1024,
      gb: memory / 1024,
      arm: platform?.cpu_architecture === "ARM64",
      storageGb: num(blocks(td.values.ephemeral_storage)[0]?.size_in_gib) ?? FREE_EPHEMERAL_GB,
    });
  }
  return out;
}

/** Tasks the serving color runs above its minimum on average (the usage assumption). */
export function extraServingTasks(ctx: PricingContext, services: FargateService[]): number {
  const serving = services.find((s) => s.color !== undefined) ?? services[0];
  return serving ? Math.max(0, ctx.usage.servingTasks - serving.tasks) : 0;
}

function taskLines(
  ctx: PricingContext,
  f: FargateService,
  tasks: number,
  why: string,
  h: number = ctx.hours,
): LineDraft[] {
  const [cpuKey, gbKey] = f.arm
    ? ["fargate.armVcpuHour", "fargate.armGbHour"]
    : ["fargate.vcpuHour", "fargate.gbHour"];
  const arch = f.arm ? "Linux/ARM" : "Linux/x86";
  const lines: LineDraft[] = [
    {
      item: `Fargate vCPU (${arch})`,
      quantity: tasks * f.vcpu * h,
      price: cpuKey,
      assumption: `${plural(tasks, "task")} × ${fmt(f.vcpu)} vCPU × ${h} h: ${why}`,
    },
    {
      item: `Fargate memory (${arch})`,
      quantity: tasks * f.gb * h,
      price: gbKey,
      assumption: `${plural(tasks, "task")} × ${fmt(f.gb)} GB × ${h} h: ${why}`,
    },
  ];
  if (f.storageGb > FREE_EPHEMERAL_GB) {
    lines.push({
      item: "Fargate ephemeral storage above 20 GB",
      quantity: tasks * (f.storageGb - FREE_EPHEMERAL_GB) * h,
      price: "fargate.storageGbHour",
      assumption: `${plural(tasks, "task")} × ${fmt(f.storageGb - FREE_EPHEMERAL_GB)} GB × ${h} h`,
    });
  }
  return lines;
}

function ecsService(r: CostResource, ctx: PricingContext): LineDraft[] {
  if (!isFargate(r))
    return [unpriced("EC2 launch type", "container instances are priced as EC2, not in the table")];
  const services = fargateServices(ctx);
  const f = services.find((s) => s.service.address === r.address);
  if (!f) return [unpriced("Fargate tasks", "task definition size unknown (not a literal cpu/memory)")];
  // The first color is priced as the one serving, all month; the other runs its minimum only
  // through rollouts and their rollback windows (scale-idle holds it at zero in between).
  const colored = services.filter((s) => s.color !== undefined);
  if (f.color !== undefined && colored.length > 1 && colored[0] !== f) {
    const hours = Math.min(ctx.hours, ctx.usage.idleColorHoursPerMonth);
    return taskLines(
      ctx,
      f,
      f.tasks,
      `whichever color is not serving (priced on the ${f.color} service) runs ${f.tasksFrom} ${fmt(hours)} h a month (usage assumption idleColorHoursPerMonth: rollouts and their rollback windows); scale-idle holds it at zero in between`,
      hours,
    );
  }
  return taskLines(
    ctx,
    f,
    f.tasks,
    `the ${f.color ? "serving color" : "service"} (priced on the ${f.color ?? "service"}${f.color ? " service" : ""}) at ${f.tasksFrom}`,
  );
}

function ecsCluster(r: CostResource, ctx: PricingContext): LineDraft[] {
  const lines: LineDraft[] = [];
  const services = fargateServices(ctx).filter(
    (s) => refTo(ctx, s.service.values.cluster)?.address === r.address,
  );
  const serving = services.find((s) => s.color !== undefined);
  if (serving) {
    const extra = extraServingTasks(ctx, services);
    lines.push(
      ...taskLines(
        ctx,
        serving,
        extra,
        `the serving color averages ${fmt(ctx.usage.servingTasks)} tasks (usage assumption servingTasks), ${fmt(extra)} above its minimum of ${fmt(serving.tasks)}${ctx.usageNote}`,
      ).map((l) => ({ ...l, item: `${l.item}, serving color above its minimum` })),
    );
  }
  const insights = blocks(r.values.setting).find((s) => s.name === "containerInsights");
  if (insights && insights.value !== "disabled") {
    lines.push(
      unpriced(
        "Container Insights metrics and performance logs",
        "charged as custom metrics and log ingestion per task and service; not in the table",
      ),
    );
  }
  return lines;
}

function ecr(_r: CostResource, ctx: PricingContext): LineDraft[] {
  const n = ctx.stack.ofType("aws_ecr_repository").length;
  return [
    {
      item: "ECR image storage",
      quantity: ctx.usage.ecrStorageGb / n,
      price: "ecr.storageGbMonth",
      assumption: `${fmt(ctx.usage.ecrStorageGb)} GB of images (usage assumption ecrStorageGb)${n > 1 ? ` over ${n} repositories` : ""}${ctx.usageNote}`,
    },
  ];
}

function dynamodb(r: CostResource, ctx: PricingContext): LineDraft[] {
  const u = ctx.usage;
  const storage: LineDraft = {
    item: "DynamoDB storage",
    quantity: u.dynamodbStorageGb,
    price: "dynamodb.storageGbMonth",
    assumption: `${fmt(u.dynamodbStorageGb)} GB (usage assumption dynamodbStorageGb)${ctx.usageNote}`,
  };
  if (r.values.billing_mode !== "PAY_PER_REQUEST") {
    return [
      unpriced("DynamoDB provisioned capacity", "provisioned RCU/WCU-hours are not in the table"),
      storage,
    ];
  }
  return [
    {
      item: "DynamoDB on-demand writes",
      quantity: u.dynamodbWritesPerMonth,
      price: "dynamodb.writeRequestUnit",
      assumption: `${fmt(u.dynamodbWritesPerMonth)} write request units (usage assumption dynamodbWritesPerMonth)${ctx.usageNote}`,
    },
    {
      item: "DynamoDB on-demand reads",
      quantity: u.dynamodbReadsPerMonth,
      price: "dynamodb.readRequestUnit",
      assumption: `${fmt(u.dynamodbReadsPerMonth)} read request units (usage assumption dynamodbReadsPerMonth)${ctx.usageNote}`,
    },
    storage,
  ];
}

export const COMPUTE: readonly ServicePricers[] = [
  { service: "Fargate", pricers: { aws_ecs_service: ecsService, aws_ecs_cluster: ecsCluster } },
  { service: "ECR", pricers: { aws_ecr_repository: ecr } },
  { service: "DynamoDB", pricers: { aws_dynamodb_table: dynamodb } },
  {
    service: "Systems Manager",
    pricers: {
      aws_ssm_parameter: (r) =>
        r.values.tier === "Advanced" || r.values.tier === "Intelligent-Tiering"
          ? [unpriced(`${r.values.tier} parameter`, "advanced parameters are not in the table")]
          : [
              {
                item: "standard parameter",
                quantity: 1,
                price: undefined,
                covered: true,
                assumption: "standard-tier parameters have no charge",
              },
            ],
    },
  },
  {
    service: "Secrets Manager",
    pricers: {
      aws_secretsmanager_secret: () => [
        {
          item: "secret",
          quantity: 1,
          price: "secretsmanager.secretMonth",
          assumption: "one secret for the month; API calls not priced",
        },
      ],
    },
  },
];
