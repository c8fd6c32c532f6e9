import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import { SnsTopicPolicy } from "@cdktf/provider-aws/lib/sns-topic-policy/index.js";
import { Construct } from "constructs";
import { COLORS, TAG } from "../common/conventions.ts";
import type { BlueGreenService } from "./blue-green-service.ts";
import type { AlarmThresholds } from "./config/types.ts";
import { EstateContext } from "./estate-context.ts";
import type { IGrantable } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";
import type { LoadBalancer } from "./load-balancer.ts";
import { policyDocument } from "./policy.ts";

export interface ServingAlarmsProps {
  /** Key of the alarm topic; its policy must let CloudWatch and EventBridge use it. */
  readonly topicKey: EstateKey;
  /** Its requests, 5xx, latency and per-color target health are watched. */
  readonly loadBalancer: LoadBalancer;
  /** Its per-color CPU and memory are watched. */
  readonly service: BlueGreenService;
  /** Where each alarm fires, and after how many one-minute periods. */
  readonly thresholds: AlarmThresholds;
}

const ROLLBACK = { [TAG.rollbackAlarm]: "true" };

/**
 * The serving path's alarms and the encrypted topic they notify (the dashboard is
 * ServingDashboard). Alarms that mean "the new release is bad" (5xx rate, p99 latency,
 * unhealthy targets) carry `securecloud:rollback-alarm` so a canary shift rolls back when they
 * fire; per-color alarms also carry `securecloud:color` so the delivery code can tell which
 * color is sick.
 */
export class ServingAlarms extends Construct {
  readonly topic: SnsTopic;
  readonly alarms: CloudwatchMetricAlarm[] = [];

  constructor(scope: Construct, id: string, props: ServingAlarmsProps) {
    super(scope, id);
    const { loadBalancer, service } = props;
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const t = props.thresholds;

    this.topic = new SnsTopic(this, "topic", { name: name("alarms"), kmsMasterKeyId: props.topicKey.arn });
    new SnsTopicPolicy(this, "topic_policy", {
      arn: this.topic.arn,
      policy: policyDocument([
        {
          Sid: "AlarmsAndEventsPublish",
          Effect: "Allow",
          Principal: { Service: ["cloudwatch.amazonaws.com", "events.amazonaws.com"] },
          Action: "sns:Publish",
          Resource: this.topic.arn,
          Condition: { StringEquals: { "aws:SourceAccount": estate.accountId } },
        },
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "sns:Publish",
          Resource: this.topic.arn,
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ]),
    });

    const notify = { alarmActions: [this.topic.arn], okActions: [this.topic.arn] };
    const alb = loadBalancer.alb.arnSuffix;
    const periods = { evaluationPeriods: t.evaluationPeriods, datapointsToAlarm: t.evaluationPeriods };
    const albMetric = (id: string, metricName: string) => ({
      id,
      metric: {
        namespace: "AWS/ApplicationELB",
        metricName,
        stat: "Sum",
        period: 60,
        dimensions: { LoadBalancer: alb },
      },
      returnData: false,
    });

    this.alarms.push(
      new CloudwatchMetricAlarm(this, "alb_5xx_rate", {
        alarmName: name("alb-5xx-rate"),
        alarmDescription: `More than ${t.error5xxRatePercent}% of requests end in a 5xx (ALB and targets).`,
        comparisonOperator: "GreaterThanThreshold",
        threshold: t.error5xxRatePercent,
        ...periods,
        treatMissingData: "notBreaching",
        metricQuery: [
          albMetric("requests", "RequestCount"),
          albMetric("elb5xx", "HTTPCode_ELB_5XX_Count"),
          albMetric("target5xx", "HTTPCode_Target_5XX_Count"),
          {
            id: "rate",
            expression: "IF(requests > 0, 100 * (FILL(elb5xx, 0) + FILL(target5xx, 0)) / requests, 0)",
            label: "5xx rate (%)",
            returnData: true,
          },
        ],
        ...notify,
        tags: ROLLBACK,
      }),
      new CloudwatchMetricAlarm(this, "target_p99_latency", {
        alarmName: name("target-p99-latency"),
        alarmDescription: `Target response time p99 above ${t.p99LatencySeconds} s.`,
        namespace: "AWS/ApplicationELB",
        metricName: "TargetResponseTime",
        dimensions: { LoadBalancer: alb },
        extendedStatistic: "p99",
        period: 60,
        comparisonOperator: "GreaterThanThreshold",
        threshold: t.p99LatencySeconds,
        ...periods,
        treatMissingData: "notBreaching",
        ...notify,
        tags: ROLLBACK,
      }),
    );

    for (const color of COLORS) {
      const tg = loadBalancer.targetGroups[color];
      this.alarms.push(
        new CloudwatchMetricAlarm(this, `${color}_unhealthy_hosts`, {
          alarmName: name(color, "unhealthy-hosts"),
          alarmDescription: `${color}: ${t.unhealthyHosts} or more targets fail the readiness check.`,
          namespace: "AWS/ApplicationELB",
          metricName: "UnHealthyHostCount",
          dimensions: { LoadBalancer: alb, TargetGroup: tg.arnSuffix },
          statistic: "Maximum",
          period: 60,
          comparisonOperator: "GreaterThanOrEqualToThreshold",
          threshold: t.unhealthyHosts,
          ...periods,
          treatMissingData: "notBreaching",
          ...notify,
          tags: { ...ROLLBACK, [TAG.color]: color },
        }),
      );
      const svc = service.services[color];
      for (const [metric, threshold] of [
        ["CPUUtilization", t.cpuPercent],
        ["MemoryUtilization", t.memoryPercent],
      ] as const) {
        const short = metric === "CPUUtilization" ? "cpu" : "memory";
        this.alarms.push(
          new CloudwatchMetricAlarm(this, `${color}_${short}`, {
            alarmName: name(color, short),
            alarmDescription: `${color}: average ${short} above ${threshold}%.`,
            namespace: "AWS/ECS",
            metricName: metric,
            dimensions: { ClusterName: service.cluster.name, ServiceName: svc.name },
            statistic: "Average",
            period: 60,
            comparisonOperator: "GreaterThanThreshold",
            threshold,
            ...periods,
            treatMissingData: "missing",
            ...notify,
            tags: { [TAG.color]: color },
          }),
        );
      }
    }
  }

  /** Names of the alarms a canary shift watches. */
  get rollbackAlarmNames(): string[] {
    return this.alarms.filter((a) => a.tagsInput?.[TAG.rollbackAlarm] === "true").map((a) => a.alarmName);
  }

  /**
   * Lets the grantee watch a rollout: read the environment's alarms and their tags (the
   * rollback alarms are found by tag), and the metrics a bake compares per target group
   * (GetMetricData accepts only "*").
   */
  grantRolloutWatch(grantee: IGrantable): void {
    const estate = EstateContext.of(this);
    grantee.addToPolicy({
      Sid: "WatchRollbackAlarms",
      Effect: "Allow",
      Action: ["cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource"],
      Resource: estate.arn("cloudwatch", `alarm:${estate.namePattern}`),
    });
    grantee.addToPolicy({
      Sid: "ReadBakeMetrics",
      Effect: "Allow",
      Action: "cloudwatch:GetMetricData",
      Resource: "*",
    });
  }
}
