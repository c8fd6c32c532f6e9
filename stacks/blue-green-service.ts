import { AppautoscalingPolicy } from "@cdktf/provider-aws/lib/appautoscaling-policy/index.js";
import { AppautoscalingTarget } from "@cdktf/provider-aws/lib/appautoscaling-target/index.js";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import { EcrRepository } from "@cdktf/provider-aws/lib/ecr-repository/index.js";
import { EcsCluster } from "@cdktf/provider-aws/lib/ecs-cluster/index.js";
import { EcsService } from "@cdktf/provider-aws/lib/ecs-service/index.js";
import { EcsTaskDefinition } from "@cdktf/provider-aws/lib/ecs-task-definition/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group/index.js";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule/index.js";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule/index.js";
import { Lazy } from "cdktf";
import { Construct } from "constructs";
import { COLORS, type Color, TAG } from "../common/conventions.ts";
import {
  CONTAINER_HEALTH_CHECK_COMMAND,
  CONTAINER_NAME,
  DEFAULT_DRAIN_SECONDS,
  SERVICE_ENV,
  SERVICE_PORT,
  stopTimeoutSeconds,
} from "../common/service-contract.ts";
import type { TaskConfig } from "./config/types.ts";
import { EstateContext } from "./estate-context.ts";
import { GrantableRole, grantPassEstateRoles, type IGrantable } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";
import type { LoadBalancer } from "./load-balancer.ts";
import type { Network } from "./network.ts";
import { type Statement, serviceTrust } from "./policy.ts";

/** A secret the task reads from Parameter Store at start, never a plaintext environment value. */
export interface TaskSecret {
  readonly name: string;
  readonly parameterArn: string;
}

export interface BlueGreenServiceProps {
  /** Tasks run in its private subnets and reach AWS through its endpoints. */
  readonly network: Network;
  /** Its target groups receive the tasks, its security group is the only way in. */
  readonly loadBalancer: LoadBalancer;
  /** Key of the ECR repository. */
  readonly imageKey: EstateKey;
  /** Key of the service's log group. */
  readonly logKey: EstateKey;
  /** Fargate size, scaling bounds and CPU target of each color. */
  readonly task: TaskConfig;
  /**
   * Seconds a stopping task keeps serving; ECS waits this long plus a margin before SIGKILL.
   * @default DEFAULT_DRAIN_SECONDS (common/service-contract.ts)
   */
  readonly drainSeconds?: number;
  /**
   * The container's plain environment besides `SERVICE_COLOR` (set per color), in order. A
   * variable later handed over from Parameter Store (`addSecret`) is left out here.
   * @default PORT and DRAIN_SECONDS from the service contract
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Retention of the service's log group, days.
   * @default 365
   */
  readonly logRetentionDays?: number;
  /**
   * Image tag the services start with; the deploy pipeline replaces it.
   * @default "bootstrap"
   */
  readonly bootstrapImageTag?: string;
}

/**
 * The ECS side of blue/green: one cluster with Container Insights, one Fargate service per
 * color in private subnets without public IPs, each on its own task definition (non-root,
 * read-only root filesystem, all capabilities dropped, logs to an encrypted group), with a
 * circuit breaker, CPU target tracking, and least-privilege execution and task roles.
 * Terraform creates the services and then leaves `task_definition` and `desired_count` to
 * the pipeline and to autoscaling.
 */
export class BlueGreenService extends Construct {
  readonly cluster: EcsCluster;
  readonly repository: EcrRepository;
  readonly logGroup: CloudwatchLogGroup;
  readonly securityGroup: SecurityGroup;
  readonly executionRole: IamRole;
  readonly taskRole: IamRole;
  readonly services: Record<Color, EcsService>;
  readonly taskDefinitions: Record<Color, EcsTaskDefinition>;
  /** Each color's Application Auto Scaling target (its desired count's range). */
  readonly scalingTargets: Record<Color, AppautoscalingTarget>;
  private colorServices?: Statement[];
  private readonly secrets: TaskSecret[] = [];
  private readonly execution: GrantableRole;
  private readonly decryptKeys = new Set<string>();

  constructor(scope: Construct, id: string, props: BlueGreenServiceProps) {
    super(scope, id);
    const { network, loadBalancer, task } = props;
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const drainSeconds = props.drainSeconds ?? DEFAULT_DRAIN_SECONDS;
    const environment = props.environment ?? {
      [SERVICE_ENV.port]: String(SERVICE_PORT),
      [SERVICE_ENV.drainSeconds]: String(drainSeconds),
    };

    this.cluster = new EcsCluster(this, "cluster", {
      name: name("cluster"),
      setting: [{ name: "containerInsights", value: "enabled" }],
    });

    this.repository = new EcrRepository(this, "repository", {
      name: name("service"),
      imageTagMutability: "IMMUTABLE",
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: [{ encryptionType: "KMS", kmsKey: props.imageKey.arn }],
      forceDelete: false,
    });

    this.logGroup = new CloudwatchLogGroup(this, "log_group", {
      name: `/securecloud/${estate.environment}/service`,
      retentionInDays: props.logRetentionDays ?? 365,
      kmsKeyId: props.logKey.arn,
    });

    // Tasks take traffic only from the ALB, and reach only AWS endpoints inside the VPC and
    // S3 (image layers) through its gateway endpoint: no route to the internet is needed.
    this.securityGroup = new SecurityGroup(this, "security_group", {
      name: name("tasks"),
      description: "Service tasks: the service port from the ALB only",
      vpcId: network.vpc.id,
      tags: { Name: name("tasks") },
    });
    new VpcSecurityGroupIngressRule(this, "from_alb", {
      securityGroupId: this.securityGroup.id,
      description: "Service port from the ALB",
      ipProtocol: "tcp",
      fromPort: SERVICE_PORT,
      toPort: SERVICE_PORT,
      referencedSecurityGroupId: loadBalancer.securityGroup.id,
    });
    new VpcSecurityGroupEgressRule(this, "https_to_vpc_endpoints", {
      securityGroupId: this.securityGroup.id,
      description: "HTTPS to the VPC interface endpoints",
      ipProtocol: "tcp",
      fromPort: 443,
      toPort: 443,
      cidrIpv4: network.cidr,
    });
    new VpcSecurityGroupEgressRule(this, "https_to_s3", {
      securityGroupId: this.securityGroup.id,
      description: "HTTPS to S3 through the gateway endpoint (ECR image layers)",
      ipProtocol: "tcp",
      fromPort: 443,
      toPort: 443,
      prefixListId: network.s3Endpoint.prefixListId,
    });

    this.execution = new GrantableRole(this, {
      ids: { role: "execution_role", policy: "execution_role_policy" },
      roleName: name("task-execution"),
      description: "ECS agent: pull the image, write logs, read the task's secrets",
      assumeRolePolicy: serviceTrust("ecs-tasks.amazonaws.com", estate.accountId),
      policyName: "pull-log-read-secrets",
      statements: [
        // GetAuthorizationToken is account-wide by design: AWS accepts no narrower resource.
        { Sid: "EcrLogin", Effect: "Allow", Action: "ecr:GetAuthorizationToken", Resource: "*" },
        {
          Sid: "PullServiceImage",
          Effect: "Allow",
          Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"],
          Resource: this.repository.arn,
        },
        {
          Sid: "WriteServiceLogs",
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: `${this.logGroup.arn}:*`,
        },
      ],
    });
    this.executionRole = this.execution.role;
    this.taskRole = new IamRole(this, "task_role", {
      name: name("task"),
      description: "The service's own AWS identity: no permissions until it needs some",
      assumeRolePolicy: serviceTrust("ecs-tasks.amazonaws.com", estate.accountId),
    });

    this.services = {} as Record<Color, EcsService>;
    this.scalingTargets = {} as Record<Color, AppautoscalingTarget>;
    this.taskDefinitions = {} as Record<Color, EcsTaskDefinition>;
    const image = `${this.repository.repositoryUrl}:${props.bootstrapImageTag ?? "bootstrap"}`;
    for (const color of COLORS) {
      const taskDefinition = new EcsTaskDefinition(this, `${color}_task_definition`, {
        family: name(color),
        requiresCompatibilities: ["FARGATE"],
        networkMode: "awsvpc",
        cpu: String(task.cpu),
        memory: String(task.memory),
        executionRoleArn: this.executionRole.arn,
        taskRoleArn: this.taskRole.arn,
        runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: "X86_64" },
        containerDefinitions: lazyString(() =>
          JSON.stringify([
            containerDefinition({
              color,
              image,
              environment,
              drainSeconds,
              logGroup: this.logGroup.name,
              region: estate.region,
              secrets: this.secrets,
            }),
          ]),
        ),
        tags: { [TAG.color]: color },
      });
      const service = new EcsService(this, `${color}_service`, {
        name: name(color),
        cluster: this.cluster.arn,
        taskDefinition: taskDefinition.arn,
        desiredCount: task.desired,
        launchType: "FARGATE",
        platformVersion: "LATEST",
        propagateTags: "SERVICE",
        enableEcsManagedTags: true,
        enableExecuteCommand: false,
        healthCheckGracePeriodSeconds: 30,
        deploymentMinimumHealthyPercent: 100,
        deploymentMaximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
        networkConfiguration: {
          subnets: network.ids("private"),
          securityGroups: [this.securityGroup.id],
          assignPublicIp: false,
        },
        loadBalancer: [
          {
            targetGroupArn: loadBalancer.targetGroups[color].arn,
            containerName: CONTAINER_NAME,
            containerPort: SERVICE_PORT,
          },
        ],
        // The deploy pipeline registers task definitions and autoscaling sets the count.
        lifecycle: { ignoreChanges: ["task_definition", "desired_count"] },
        tags: { [TAG.color]: color, "securecloud:target-group": loadBalancer.targetGroups[color].name },
        dependsOn: [loadBalancer.productionListener],
      });
      const scaling = new AppautoscalingTarget(this, `${color}_scaling_target`, {
        serviceNamespace: "ecs",
        scalableDimension: "ecs:service:DesiredCount",
        resourceId: `service/${this.cluster.name}/${service.name}`,
        minCapacity: task.min,
        maxCapacity: task.max,
        // `securecloud traffic scale-idle` sets the idle color's minimum to 0 once a rollout
        // has held past its rollback window, and deploy and rollback restore it: Terraform
        // sets the minimum when it creates the target, and leaves it to them afterwards.
        lifecycle: { ignoreChanges: ["min_capacity"] },
      });
      this.scalingTargets[color] = scaling;
      new AppautoscalingPolicy(this, `${color}_cpu_scaling`, {
        name: name(color, "cpu-target"),
        policyType: "TargetTrackingScaling",
        serviceNamespace: scaling.serviceNamespace,
        scalableDimension: scaling.scalableDimension,
        resourceId: scaling.resourceId,
        targetTrackingScalingPolicyConfiguration: {
          targetValue: task.cpuTargetPercent,
          predefinedMetricSpecification: { predefinedMetricType: "ECSServiceAverageCPUUtilization" },
          scaleInCooldown: 120,
          scaleOutCooldown: 60,
        },
      });
      this.services[color] = service;
      this.taskDefinitions[color] = taskDefinition;
    }
  }

  /**
   * Hands the container a SecureString parameter as an environment variable at start, and
   * lets the execution role (and only it) read that one parameter with its key.
   */
  addSecret(name: string, parameterArn: string, kmsKeyArn: string): void {
    this.secrets.push({ name, parameterArn });
    this.execution.addToPolicy({
      Sid: `ReadSecret${this.secrets.length}`,
      Effect: "Allow",
      Action: "ssm:GetParameters",
      Resource: parameterArn,
    });
    if (!this.decryptKeys.has(kmsKeyArn)) {
      this.decryptKeys.add(kmsKeyArn);
      this.execution.addToPolicy({
        Sid: "DecryptSecrets",
        Effect: "Allow",
        Action: "kms:Decrypt",
        Resource: kmsKeyArn,
      });
    }
  }

  /**
   * Lets the grantee push images to the service's repository (and log in to ECR, which
   * accepts no resource narrower than "*").
   */
  grantImagePush(grantee: IGrantable): void {
    grantee.addToPolicy({
      Sid: "EcrLogin",
      Effect: "Allow",
      Action: "ecr:GetAuthorizationToken",
      Resource: "*",
    });
    grantee.addToPolicy({
      Sid: "PushServiceImage",
      Effect: "Allow",
      Action: [
        "ecr:BatchCheckLayerAvailability",
        "ecr:BatchGetImage",
        "ecr:CompleteLayerUpload",
        "ecr:DescribeImages",
        "ecr:GetDownloadUrlForLayer",
        "ecr:InitiateLayerUpload",
        "ecr:PutImage",
        "ecr:UploadLayerPart",
      ],
      Resource: this.repository.arn,
    });
  }

  /**
   * Lets the grantee deploy a color: register a task definition of this estate (tagged on
   * creation), point either color's service at it, and pass the task's two roles to ECS only.
   */
  grantDeploy(grantee: IGrantable): void {
    const estate = EstateContext.of(this);
    const statements: Statement[] = [
      ...this.colorServiceStatements(),
      {
        // Task definition registration and reads accept no resource narrower than "*".
        Sid: "RegisterTaskDefinitions",
        Effect: "Allow",
        Action: ["ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition"],
        Resource: "*",
      },
      {
        Sid: "TagNewTaskDefinitions",
        Effect: "Allow",
        Action: "ecs:TagResource",
        Resource: estate.arn("ecs", `task-definition/${estate.namePattern}:*`),
        Condition: { StringEquals: { "ecs:CreateAction": "RegisterTaskDefinition" } },
      },
      {
        Sid: "PassTaskRolesToEcsOnly",
        Effect: "Allow",
        Action: "iam:PassRole",
        Resource: [this.executionRole.arn, this.taskRole.arn],
        Condition: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } },
      },
    ];
    for (const statement of statements) grantee.addToPolicy(statement);
  }

  /**
   * Lets the grantee scale a color's service to zero and back (`traffic scale-idle`, and
   * deploy and rollback bringing a scaled-down color back): read and set both colors'
   * autoscaling minimum and desired count, and find the services in the cluster.
   * DescribeScalableTargets and ListServices accept no resource narrower than "*" (the
   * latter is held to the cluster); RegisterScalableTarget is held to the two colors' targets.
   */
  grantIdleScaling(grantee: IGrantable): void {
    const statements: Statement[] = [
      // The same statements as grantDeploy's: a role given both holds them once.
      ...this.colorServiceStatements(),
      {
        Sid: "SetColorScalingMinimum",
        Effect: "Allow",
        Action: "application-autoscaling:RegisterScalableTarget",
        Resource: COLORS.map((color) => this.scalingTargets[color].arn),
      },
      {
        Sid: "ReadScalingTargets",
        Effect: "Allow",
        Action: "application-autoscaling:DescribeScalableTargets",
        Resource: "*",
      },
    ];
    for (const statement of statements) grantee.addToPolicy(statement);
  }

  /**
   * Find the two colors' services in the cluster, read them and update them. Built once: the
   * same statements (same attribute tokens) in two grants to one role are held once.
   */
  private colorServiceStatements(): Statement[] {
    this.colorServices ??= [
      {
        Sid: "UpdateColorServices",
        Effect: "Allow",
        Action: ["ecs:DescribeServices", "ecs:UpdateService"],
        Resource: COLORS.map((color) => this.services[color].id),
      },
      {
        Sid: "ListClusterServices",
        Effect: "Allow",
        Action: "ecs:ListServices",
        Resource: "*",
        Condition: { ArnEquals: { "ecs:cluster": this.cluster.arn } },
      },
    ];
    return this.colorServices;
  }

  /** What applying this construct takes beyond the estate's role management: passing the task's execution and task roles to ecs-tasks.amazonaws.com. */
  grantApply(grantee: IGrantable): void {
    grantPassEstateRoles(this, grantee, "ecs-tasks.amazonaws.com");
  }
}

interface ContainerProps {
  readonly color: Color;
  readonly image: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly drainSeconds: number;
  readonly logGroup: string;
  readonly region: string;
  readonly secrets: readonly TaskSecret[];
}

function containerDefinition({
  color,
  image,
  environment,
  drainSeconds,
  logGroup,
  region,
  secrets,
}: ContainerProps) {
  return {
    name: CONTAINER_NAME,
    image,
    essential: true,
    // The image's `node` user: never root.
    user: "1000:1000",
    readonlyRootFilesystem: true,
    privileged: false,
    linuxParameters: { capabilities: { drop: ["ALL"] }, initProcessEnabled: true },
    portMappings: [{ containerPort: SERVICE_PORT, protocol: "tcp", appProtocol: "http" }],
    // A Parameter Store value of the same name (LOG_LEVEL, say) replaces the default here.
    environment: [
      { name: SERVICE_ENV.color, value: color },
      ...Object.entries(environment).map(([name, value]) => ({ name, value })),
    ].filter((v) => !secrets.some((s) => s.name === v.name)),
    secrets: secrets.map((s) => ({ name: s.name, valueFrom: s.parameterArn })),
    // Liveness, not readiness: a draining task answers 503 on /readyz but must not be killed.
    healthCheck: {
      command: [...CONTAINER_HEALTH_CHECK_COMMAND],
      interval: 15,
      timeout: 5,
      retries: 3,
      startPeriod: 20,
    },
    // SIGTERM, then drainSeconds of serving, then close: ECS must not SIGKILL before that.
    stopTimeout: stopTimeoutSeconds(drainSeconds),
    ulimits: [{ name: "nofile", softLimit: 65536, hardLimit: 65536 }],
    logConfiguration: {
      logDriver: "awslogs",
      options: {
        "awslogs-group": logGroup,
        "awslogs-region": region,
        "awslogs-stream-prefix": color,
        mode: "non-blocking",
        "max-buffer-size": "4m",
      },
    },
  };
}

function lazyString(produce: () => string): string {
  return Lazy.stringValue({ produce });
}
