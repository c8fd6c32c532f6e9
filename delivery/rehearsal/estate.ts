/**
 * A small blue/green estate built through the real SDK clients (moto in the rehearsal and the
 * tests), as the stacks build it: VPC and subnets, an ALB, blue and green target groups tagged
 * with their color, a weighted production listener tagged `securecloud:role=production` with
 * the idle-color rule (secret header → idle color, a fixed 404 until the first deploy), the
 * test listener on 8443, the rollout table, the idle route's SecureString, an ECS cluster with
 * one service per color, and rollback alarms. Names follow `securecloud-<env>-<purpose>`.
 *
 * Also the levers a rehearsal pulls on it: register/deregister targets (what ECS does for
 * tasks), put ALB request metrics, force an alarm state.
 */
import {
  CloudWatchClient,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
  PutMetricDataCommand,
  SetAlarmStateCommand,
} from "@aws-sdk/client-cloudwatch";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
} from "@aws-sdk/client-ecs";
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DeregisterTargetsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { SSMClient } from "@aws-sdk/client-ssm";
import { AwsQueryProtocol } from "@aws-sdk/core/protocols";
import {
  COLORS,
  type Color,
  IDLE_ROUTE,
  LISTENER_ROLE,
  resourceName,
  rolloutTableName,
  TAG,
} from "../../common/conventions.ts";
import { targetGroupDimension } from "../options.ts";
import { createIdleRoutes, createRolloutTable } from "./routes.ts";

export interface ClientConfig {
  region: string;
  endpoint: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

export interface EstateOptions {
  env?: string;
  /** Healthy targets registered per color (what ECS would register for running tasks). Default 2 each. */
  targets?: Partial<Record<Color, number>>;
  desiredCount?: number;
  image?: string;
  /** The color that starts with all the weight. Default blue. */
  live?: Color;
  /** Create the rollback alarms. Default true. */
  alarms?: boolean;
  /** Create the ECS cluster and services. Default true (traffic-only tests skip them). */
  ecs?: boolean;
  /** Create the test listener and the idle-color rule with its secret parameter. Default true. */
  routes?: boolean;
}

export interface BuiltEstate {
  env: string;
  region: string;
  vpcId: string;
  subnets: string[];
  loadBalancerArn: string;
  listenerArn: string;
  targetGroups: Record<Color, string>;
  cluster: string;
  services: Record<Color, string>;
  image: string;
  /** Alarms tagged securecloud:rollback-alarm=true. */
  rollbackAlarms: string[];
  /** An alarm that is not a rollback alarm. */
  otherAlarms: string[];
  /** The rollout table (lease, record, history). */
  table: string;
  /** The test listener (8443) and the idle-color rule, when built. */
  testListenerArn: string | null;
  idleRuleArn: string | null;
  idleRouteParameter: string;
}

export function clients(config: ClientConfig) {
  return {
    ec2: new EC2Client(config),
    elb: new ElasticLoadBalancingV2Client(config),
    ecs: new ECSClient(config),
    cw: new CloudWatchClient({ ...config, protocol: AwsQueryProtocol }),
    ddb: new DynamoDBClient(config),
    ssm: new SSMClient(config),
  };
}

export async function buildEstate(config: ClientConfig, options: EstateOptions = {}): Promise<BuiltEstate> {
  const env = options.env ?? "rehearsal";
  const name = (...purpose: string[]) => resourceName(env, ...purpose);
  const { ec2, elb, ecs, cw } = clients(config);
  const live = options.live ?? "blue";
  const image = options.image ?? "registry.example.com/securecloud/service:1.0.0";
  const desiredCount = options.desiredCount ?? 2;
  const withEcs = options.ecs ?? true;
  const withRoutes = options.routes ?? true;
  const table = rolloutTableName(env);
  const idleRouteParameter = IDLE_ROUTE.parameter(env);

  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: "10.20.0.0/16" }));
  const vpcId = vpc.Vpc!.VpcId!;
  const cluster = name("cluster");
  const [subnets, sg] = await Promise.all([
    Promise.all(
      ["a", "b"].map(async (az, i) => {
        const s = await ec2.send(
          new CreateSubnetCommand({
            VpcId: vpcId,
            CidrBlock: `10.20.${i}.0/24`,
            AvailabilityZone: `${config.region}${az}`,
          }),
        );
        return s.Subnet!.SubnetId!;
      }),
    ),
    ec2.send(
      new CreateSecurityGroupCommand({ GroupName: name("tasks"), Description: "tasks", VpcId: vpcId }),
    ),
    withEcs ? ecs.send(new CreateClusterCommand({ clusterName: cluster })) : undefined,
    createRolloutTable(config, table),
  ]);

  const createTargetGroup = async (color: Color) => {
    const tg = await elb.send(
      new CreateTargetGroupCommand({
        Name: name(color),
        Protocol: "HTTP",
        Port: 8080,
        VpcId: vpcId,
        TargetType: "ip",
        HealthCheckPath: "/readyz",
        Tags: [
          { Key: TAG.color, Value: color },
          { Key: "Name", Value: name(color) },
        ],
      }),
    );
    const arn = tg.TargetGroups![0]!.TargetGroupArn!;
    await registerTargets(config, arn, options.targets?.[color] ?? 2, color === "blue" ? 10 : 20);
    return arn;
  };
  const [lb, blueTg, greenTg] = await Promise.all([
    elb.send(
      new CreateLoadBalancerCommand({
        Name: name("alb"),
        Type: "application",
        Subnets: subnets,
        Scheme: "internal",
      }),
    ),
    createTargetGroup("blue"),
    createTargetGroup("green"),
  ]);
  const loadBalancerArn = lb.LoadBalancers![0]!.LoadBalancerArn!;
  const targetGroups: Record<Color, string> = { blue: blueTg, green: greenTg };

  const createService = async (color: Color) => {
    if (!withEcs) return "";
    const td = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: name(color),
        networkMode: "awsvpc",
        requiresCompatibilities: ["FARGATE"],
        cpu: "256",
        memory: "512",
        containerDefinitions: [
          {
            name: "app",
            image,
            essential: true,
            portMappings: [{ containerPort: 8080 }],
            environment: [{ name: "SERVICE_COLOR", value: color }],
          },
          {
            name: "log-router",
            image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
            essential: true,
          },
        ],
        tags: [{ key: TAG.color, value: color }],
      }),
    );
    const svc = await ecs.send(
      new CreateServiceCommand({
        cluster,
        serviceName: name(color),
        taskDefinition: td.taskDefinition!.taskDefinitionArn,
        desiredCount,
        launchType: "FARGATE",
        loadBalancers: [{ targetGroupArn: targetGroups[color], containerName: "app", containerPort: 8080 }],
        networkConfiguration: {
          awsvpcConfiguration: { subnets, securityGroups: [sg.GroupId!], assignPublicIp: "DISABLED" },
        },
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
        tags: [{ key: TAG.color, value: color }],
      }),
    );
    return svc.service!.serviceName!;
  };
  const [listener, blueSvc, greenSvc] = await Promise.all([
    elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: loadBalancerArn,
        Protocol: "HTTP",
        Port: 80,
        DefaultActions: [
          {
            Type: "forward",
            ForwardConfig: {
              TargetGroups: COLORS.map((c) => ({
                TargetGroupArn: targetGroups[c],
                Weight: c === live ? 100 : 0,
              })),
              TargetGroupStickinessConfig: { Enabled: false },
            },
          },
        ],
        Tags: [
          { Key: TAG.role, Value: LISTENER_ROLE.production },
          { Key: "Name", Value: name("production") },
        ],
      }),
    ),
    createService("blue"),
    createService("green"),
  ]);
  const listenerArn = listener.Listeners![0]!.ListenerArn!;
  const services: Record<Color, string> = { blue: blueSvc, green: greenSvc };
  const routes = withRoutes
    ? await createIdleRoutes(config, { env, loadBalancerArn, listenerArn, targetGroups })
    : { testListenerArn: null, idleRuleArn: null };
  const { testListenerArn, idleRuleArn } = routes;
  const rollbackAlarms: string[] = [];
  const otherAlarms: string[] = [];
  if (options.alarms ?? true) {
    const lbDim = loadBalancerArn.slice(loadBalancerArn.indexOf(":loadbalancer/") + ":loadbalancer/".length);
    const common = {
      EvaluationPeriods: 2,
      DatapointsToAlarm: 2,
      Period: 60,
      TreatMissingData: "notBreaching",
    };
    const alarms: PutMetricAlarmCommandInput[] = [
      {
        ...common,
        AlarmName: name("alb-5xx-count"),
        Namespace: "AWS/ApplicationELB",
        MetricName: "HTTPCode_Target_5XX_Count",
        Dimensions: [{ Name: "LoadBalancer", Value: lbDim }],
        Statistic: "Sum",
        Threshold: 50,
        ComparisonOperator: "GreaterThanThreshold",
        Tags: [{ Key: TAG.rollbackAlarm, Value: "true" }],
      },
      ...COLORS.map(
        (color): PutMetricAlarmCommandInput => ({
          ...common,
          AlarmName: name(color, "unhealthy-hosts"),
          Namespace: "AWS/ApplicationELB",
          MetricName: "UnHealthyHostCount",
          Dimensions: [
            { Name: "LoadBalancer", Value: lbDim },
            { Name: "TargetGroup", Value: targetGroupDimension(targetGroups[color]) },
          ],
          Statistic: "Maximum",
          Threshold: 1,
          ComparisonOperator: "GreaterThanOrEqualToThreshold",
          Tags: [
            { Key: TAG.rollbackAlarm, Value: "true" },
            { Key: TAG.color, Value: color },
          ],
        }),
      ),
      {
        ...common,
        AlarmName: name("cluster-cpu"),
        Namespace: "AWS/ECS",
        MetricName: "CPUUtilization",
        Dimensions: [{ Name: "ClusterName", Value: cluster }],
        Statistic: "Average",
        Threshold: 80,
        ComparisonOperator: "GreaterThanThreshold",
      },
    ];
    await Promise.all(alarms.map((a) => cw.send(new PutMetricAlarmCommand(a))));
    for (const a of alarms) {
      if (a.Tags?.some((tag) => tag.Key === TAG.rollbackAlarm)) rollbackAlarms.push(a.AlarmName!);
      else otherAlarms.push(a.AlarmName!);
    }
  }
  return {
    env,
    region: config.region,
    vpcId,
    subnets,
    loadBalancerArn,
    listenerArn,
    targetGroups,
    cluster,
    services,
    image,
    rollbackAlarms: rollbackAlarms.sort(),
    otherAlarms,
    table,
    testListenerArn,
    idleRuleArn,
    idleRouteParameter,
  };
}

/** Registers `count` IP targets (10.20.<octet>.1..count) as ECS would for running tasks. */
export async function registerTargets(
  config: ClientConfig,
  targetGroupArn: string,
  count: number,
  octet = 30,
) {
  if (count <= 0) return;
  const elb = new ElasticLoadBalancingV2Client(config);
  await elb.send(
    new RegisterTargetsCommand({
      TargetGroupArn: targetGroupArn,
      Targets: Array.from({ length: count }, (_, i) => ({ Id: `10.20.${octet}.${i + 1}`, Port: 8080 })),
    }),
  );
}

/** Removes every target of a target group (its tasks are gone). */
export async function deregisterAll(config: ClientConfig, targetGroupArn: string) {
  const elb = new ElasticLoadBalancingV2Client(config);
  const out = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }));
  const targets = (out.TargetHealthDescriptions ?? []).map((d) => d.Target!).filter(Boolean);
  if (targets.length > 0) {
    await elb.send(new DeregisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: targets }));
  }
}

/** Puts per-target-group ALB request and 5xx counts, as the ALB would publish them. */
export async function putRequests(
  config: ClientConfig,
  estate: Pick<BuiltEstate, "loadBalancerArn" | "targetGroups">,
  color: Color,
  requests: number,
  errors: number,
  at: Date = new Date(),
) {
  const { cw } = clients(config);
  const lbDim = estate.loadBalancerArn.slice(
    estate.loadBalancerArn.indexOf(":loadbalancer/") + ":loadbalancer/".length,
  );
  const dims = [
    { Name: "LoadBalancer", Value: lbDim },
    { Name: "TargetGroup", Value: targetGroupDimension(estate.targetGroups[color]) },
  ];
  await cw.send(
    new PutMetricDataCommand({
      Namespace: "AWS/ApplicationELB",
      MetricData: [
        { MetricName: "RequestCount", Dimensions: dims, Value: requests, Unit: "Count", Timestamp: at },
        {
          MetricName: "HTTPCode_Target_5XX_Count",
          Dimensions: dims,
          Value: errors,
          Unit: "Count",
          Timestamp: at,
        },
      ],
    }),
  );
}

export async function setAlarm(
  config: ClientConfig,
  alarmName: string,
  state: "OK" | "ALARM",
  reason = "rehearsal",
) {
  const { cw } = clients(config);
  await cw.send(new SetAlarmStateCommand({ AlarmName: alarmName, StateValue: state, StateReason: reason }));
}
