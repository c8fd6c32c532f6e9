import { Lb } from "@cdktf/provider-aws/lib/lb/index.js";
import { LbListener } from "@cdktf/provider-aws/lib/lb-listener/index.js";
import { LbListenerRule } from "@cdktf/provider-aws/lib/lb-listener-rule/index.js";
import { LbTargetGroup } from "@cdktf/provider-aws/lib/lb-target-group/index.js";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group/index.js";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule/index.js";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule/index.js";
import { Construct } from "constructs";
import { COLORS, type Color, LISTENER_ROLE, TAG } from "../common/conventions.ts";
import { TEST_LISTENER } from "../common/estate-properties.ts";
import {
  ALB_IDLE_TIMEOUT_SECONDS,
  DEFAULT_DRAIN_SECONDS,
  METRICS_PATH,
  READINESS_HEALTHY_STATUS,
  READINESS_PATH,
  SERVICE_PORT,
} from "../common/service-contract.ts";
import { EstateContext } from "./estate-context.ts";
import { suppress } from "./gate-annotations.ts";
import type { IGrantable } from "./grantable-role.ts";
import type { Network } from "./network.ts";
import type { Statement } from "./policy.ts";
import { SecureBucket } from "./secure-bucket.ts";

/** TLS 1.3 with TLS 1.2 fallback and forward-secret ciphers only. */
export const TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";
/** The operators' listener that reaches the idle color before it takes traffic. */
export const TEST_LISTENER_PORT = TEST_LISTENER.port;

/** A listener rule's answer for what does not exist from the internet: a JSON 404. */
export const NOT_FOUND = {
  type: "fixed-response",
  fixedResponse: {
    contentType: "application/json",
    statusCode: "404",
    messageBody: JSON.stringify({ error: "not found" }),
  },
};

export interface LoadBalancerProps {
  /** The VPC: the ALB sits in its public subnets and reaches the tasks inside its CIDR. */
  readonly network: Network;
  /** Bucket receiving the access-log bucket's own S3 server access logs. */
  readonly serverAccessLogs: SecureBucket;
  /** The regional Elastic Load Balancing account that writes the ALB's access logs. */
  readonly accessLogDeliveryAccount: string;
  /** ACM certificate of the HTTPS listeners, in the stack's region. */
  readonly certificateArn: string;
  /**
   * Operator networks allowed to reach the test listener (the idle color).
   * @default none: the test listener exists but no one can reach it
   */
  readonly opsCidrs?: readonly string[];
  /**
   * Seconds a deregistered target keeps its connections: the service's drain window.
   * @default DEFAULT_DRAIN_SECONDS (common/service-contract.ts)
   */
  readonly drainSeconds?: number;
  /**
   * ALB deletion protection. Turning it off is recorded as a suppression of the gate's
   * SC-ELB-005 with the reason that the environment is rebuilt freely.
   * @default true
   */
  readonly deletionProtection?: boolean;
}

/**
 * The internet-facing ALB: HTTPS only (port 80 only redirects), invalid header fields dropped,
 * strictest desync mitigation, access logs to a locked-down bucket, deletion protection as the
 * environment says, and the blue/green pair of target groups behind a weighted production
 * listener whose action belongs to the delivery code, not to Terraform.
 */
export class LoadBalancer extends Construct {
  readonly alb: Lb;
  readonly securityGroup: SecurityGroup;
  readonly targetGroups: Record<Color, LbTargetGroup>;
  readonly productionListener: LbListener;
  readonly testListener: LbListener;
  readonly redirectListener: LbListener;
  readonly accessLogs: SecureBucket;

  constructor(scope: Construct, id: string, props: LoadBalancerProps) {
    super(scope, id);
    const { network, serverAccessLogs } = props;
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const drainSeconds = props.drainSeconds ?? DEFAULT_DRAIN_SECONDS;
    const deletionProtection = props.deletionProtection ?? true;

    this.accessLogs = new SecureBucket(this, "access_logs", {
      bucketName: name("alb-logs", estate.accountId),
      s3ManagedEncryptionReason: "ALB access log delivery supports SSE-S3 only, not SSE-KMS",
      expireAfterDays: 365,
      accessLogs: { bucket: serverAccessLogs.name, prefix: "alb-logs/" },
    });
    // The regional ELB account writes the logs (AWS docs: "Attach a policy to your S3 bucket").
    this.accessLogs.grantServiceDelivery({
      sid: "ElbDeliversAccessLogs",
      principal: { account: props.accessLogDeliveryAccount },
      keyPrefix: `alb/AWSLogs/${estate.accountId}/`,
    });

    this.securityGroup = new SecurityGroup(this, "security_group", {
      name: name("alb"),
      description: "ALB: HTTP and HTTPS from the internet, the test listener from operators",
      vpcId: network.vpc.id,
      tags: { Name: name("alb") },
    });
    const ingress = (ruleId: string, port: number, description: string, cidr: string) =>
      new VpcSecurityGroupIngressRule(this, ruleId, {
        securityGroupId: this.securityGroup.id,
        description,
        ipProtocol: "tcp",
        fromPort: port,
        toPort: port,
        ...(cidr.includes(":") ? { cidrIpv6: cidr } : { cidrIpv4: cidr }),
      });
    for (const [family, cidr] of [
      ["ipv4", "0.0.0.0/0"],
      ["ipv6", "::/0"],
    ] as const) {
      ingress(`https_from_internet_${family}`, 443, "HTTPS from the internet", cidr);
      ingress(`http_from_internet_${family}`, 80, "HTTP from the internet (redirected to HTTPS)", cidr);
    }
    (props.opsCidrs ?? []).forEach((cidr, i) => {
      ingress(
        `test_listener_from_ops_${i + 1}`,
        TEST_LISTENER_PORT,
        "Test listener from operator network",
        cidr,
      );
    });
    // Egress only to the tasks' port inside the VPC: the ALB never originates anything else.
    new VpcSecurityGroupEgressRule(this, "to_tasks", {
      securityGroupId: this.securityGroup.id,
      description: "To the service tasks",
      ipProtocol: "tcp",
      fromPort: SERVICE_PORT,
      toPort: SERVICE_PORT,
      cidrIpv4: network.cidr,
    });

    this.alb = new Lb(this, "alb", {
      name: name("alb"),
      loadBalancerType: "application",
      internal: false,
      ipAddressType: "dualstack",
      subnets: network.ids("public"),
      securityGroups: [this.securityGroup.id],
      dropInvalidHeaderFields: true,
      desyncMitigationMode: "strictest",
      enableDeletionProtection: deletionProtection,
      // The service keeps idle sockets open longer than this, so the ALB never reuses a closed one.
      idleTimeout: ALB_IDLE_TIMEOUT_SECONDS,
      accessLogs: { bucket: this.accessLogs.name, prefix: "alb", enabled: true },
      tags: { Name: name("alb") },
      dependsOn: [this.accessLogs.policy],
    });

    if (!deletionProtection) {
      suppress(this.alb, [
        {
          id: "SC-ELB-005",
          reason: `deletion protection is off in ${estate.environment} by configuration (features.deletionProtection): the environment is rebuilt freely`,
        },
      ]);
    }

    this.targetGroups = {} as Record<Color, LbTargetGroup>;
    for (const color of COLORS) {
      this.targetGroups[color] = new LbTargetGroup(this, `${color}_target_group`, {
        name: name(color),
        targetType: "ip",
        protocol: "HTTP",
        port: SERVICE_PORT,
        vpcId: network.vpc.id,
        // A stopping task keeps serving for drainSeconds; the ALB waits exactly that long.
        deregistrationDelay: String(drainSeconds),
        healthCheck: {
          enabled: true,
          path: READINESS_PATH,
          protocol: "HTTP",
          matcher: String(READINESS_HEALTHY_STATUS),
          interval: 10,
          timeout: 5,
          healthyThreshold: 2,
          unhealthyThreshold: 2,
        },
        tags: { Name: name(color), [TAG.color]: color },
      });
    }

    const forwardBoth = {
      type: "forward",
      forward: {
        targetGroup: COLORS.map((color) => ({
          arn: this.targetGroups[color].arn,
          weight: color === "blue" ? 100 : 0,
        })),
        stickiness: { enabled: false, duration: 1 },
      },
    };
    // The delivery actions own the weights: Terraform sets them once and then ignores them.
    this.productionListener = new LbListener(this, "production_listener", {
      loadBalancerArn: this.alb.arn,
      port: 443,
      protocol: "HTTPS",
      sslPolicy: TLS_POLICY,
      certificateArn: props.certificateArn,
      defaultAction: [forwardBoth],
      // Everything on the default action beyond the weights (authentication, stickiness) is
      // the operators' to change; the delivery code keeps it as it finds it.
      lifecycle: { ignoreChanges: ["default_action"] },
      tags: { Name: name("production"), [TAG.role]: LISTENER_ROLE.production },
    });
    this.testListener = new LbListener(this, "test_listener", {
      loadBalancerArn: this.alb.arn,
      port: TEST_LISTENER_PORT,
      protocol: "HTTPS",
      sslPolicy: TLS_POLICY,
      certificateArn: props.certificateArn,
      defaultAction: [{ type: "forward", targetGroupArn: this.targetGroups.green.arn }],
      lifecycle: { ignoreChanges: ["default_action"] },
      tags: { Name: name("test"), [TAG.role]: LISTENER_ROLE.test },
    });
    // Prometheus scrapes the tasks inside the VPC; from the internet, /metrics does not exist.
    new LbListenerRule(this, "metrics_not_public", {
      listenerArn: this.productionListener.arn,
      priority: 1,
      condition: [{ pathPattern: { values: [METRICS_PATH, `${METRICS_PATH}/*`] } }],
      action: [NOT_FOUND],
      tags: { Name: name("metrics-not-public") },
    });
    this.redirectListener = new LbListener(this, "http_redirect_listener", {
      loadBalancerArn: this.alb.arn,
      port: 80,
      protocol: "HTTP",
      defaultAction: [
        { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } },
      ],
      tags: { Name: name("http-redirect") },
    });
  }

  /**
   * Lets the grantee shift traffic between the colors: read the listeners, rules, target
   * groups, their health and tags, and modify (the weights of) the production listener, and no
   * other listener.
   */
  grantTrafficShift(grantee: IGrantable): void {
    for (const statement of trafficShiftStatements(this.productionListener.arn))
      grantee.addToPolicy(statement);
  }
}

function trafficShiftStatements(listenerArn: string): Statement[] {
  return [
    {
      // Elastic Load Balancing's Describe* actions accept no resource narrower than "*".
      Sid: "DescribeTraffic",
      Effect: "Allow",
      Action: [
        "elasticloadbalancing:DescribeListeners",
        "elasticloadbalancing:DescribeRules",
        "elasticloadbalancing:DescribeTags",
        "elasticloadbalancing:DescribeTargetGroups",
        "elasticloadbalancing:DescribeTargetHealth",
      ],
      Resource: "*",
    },
    {
      Sid: "ShiftProductionListener",
      Effect: "Allow",
      Action: ["elasticloadbalancing:ModifyListener"],
      Resource: listenerArn,
    },
  ];
}
