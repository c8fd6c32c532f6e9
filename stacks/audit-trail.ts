import { Cloudtrail } from "@cdktf/provider-aws/lib/cloudtrail/index.js";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import { CloudwatchLogMetricFilter } from "@cdktf/provider-aws/lib/cloudwatch-log-metric-filter/index.js";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { Construct } from "constructs";
import { EstateContext } from "./estate-context.ts";
import { grantPassEstateRoles, type IGrantable } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";
import { policyDocument, serviceTrust } from "./policy.ts";
import type { SecureBucket } from "./secure-bucket.ts";

/** A CIS AWS Foundations monitoring control: a metric filter on the trail's log group and its alarm. */
export interface CisMonitor {
  readonly id: string;
  /** Security Hub control id (CIS v1.2/v1.4 monitoring section, FSBP CloudWatch.N). */
  readonly control: string;
  readonly title: string;
  readonly pattern: string;
}

const anyEvent = (...names: string[]) => names.map((n) => `($.eventName = ${n})`).join(" || ");

export const CIS_MONITORS: readonly CisMonitor[] = [
  {
    id: "unauthorized-api-calls",
    control: "CloudWatch.2",
    title: "Unauthorized API calls",
    pattern:
      '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  },
  {
    id: "console-signin-without-mfa",
    control: "CloudWatch.3",
    title: "Console sign-in without MFA",
    pattern:
      '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  },
  {
    id: "root-account-usage",
    control: "CloudWatch.1",
    title: "Use of the root account",
    pattern:
      '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  },
  {
    id: "iam-policy-changes",
    control: "CloudWatch.4",
    title: "IAM policy changes",
    pattern: `{ ${anyEvent(
      "DeleteGroupPolicy",
      "DeleteRolePolicy",
      "DeleteUserPolicy",
      "PutGroupPolicy",
      "PutRolePolicy",
      "PutUserPolicy",
      "CreatePolicy",
      "DeletePolicy",
      "CreatePolicyVersion",
      "DeletePolicyVersion",
      "AttachRolePolicy",
      "DetachRolePolicy",
      "AttachUserPolicy",
      "DetachUserPolicy",
      "AttachGroupPolicy",
      "DetachGroupPolicy",
    )} }`,
  },
  {
    id: "cloudtrail-changes",
    control: "CloudWatch.5",
    title: "CloudTrail configuration changes",
    pattern: `{ ${anyEvent("CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging")} }`,
  },
  {
    id: "console-auth-failures",
    control: "CloudWatch.6",
    title: "Console authentication failures",
    pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  },
  {
    id: "cmk-disable-or-deletion",
    control: "CloudWatch.7",
    title: "Customer-managed keys disabled or scheduled for deletion",
    pattern:
      "{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }",
  },
  {
    id: "s3-bucket-policy-changes",
    control: "CloudWatch.8",
    title: "S3 bucket policy changes",
    pattern: `{ ($.eventSource = s3.amazonaws.com) && (${anyEvent(
      "PutBucketAcl",
      "PutBucketPolicy",
      "PutBucketCors",
      "PutBucketLifecycle",
      "PutBucketReplication",
      "DeleteBucketPolicy",
      "DeleteBucketCors",
      "DeleteBucketLifecycle",
      "DeleteBucketReplication",
    )}) }`,
  },
  {
    id: "config-changes",
    control: "CloudWatch.9",
    title: "AWS Config configuration changes",
    pattern: `{ ($.eventSource = config.amazonaws.com) && (${anyEvent(
      "StopConfigurationRecorder",
      "DeleteDeliveryChannel",
      "PutDeliveryChannel",
      "PutConfigurationRecorder",
    )}) }`,
  },
  {
    id: "security-group-changes",
    control: "CloudWatch.10",
    title: "Security group changes",
    pattern: `{ ${anyEvent(
      "AuthorizeSecurityGroupIngress",
      "AuthorizeSecurityGroupEgress",
      "RevokeSecurityGroupIngress",
      "RevokeSecurityGroupEgress",
      "CreateSecurityGroup",
      "DeleteSecurityGroup",
    )} }`,
  },
  {
    id: "nacl-changes",
    control: "CloudWatch.11",
    title: "Network ACL changes",
    pattern: `{ ${anyEvent(
      "CreateNetworkAcl",
      "CreateNetworkAclEntry",
      "DeleteNetworkAcl",
      "DeleteNetworkAclEntry",
      "ReplaceNetworkAclEntry",
      "ReplaceNetworkAclAssociation",
    )} }`,
  },
  {
    id: "network-gateway-changes",
    control: "CloudWatch.12",
    title: "Network gateway changes",
    pattern: `{ ${anyEvent(
      "CreateCustomerGateway",
      "DeleteCustomerGateway",
      "AttachInternetGateway",
      "CreateInternetGateway",
      "DeleteInternetGateway",
      "DetachInternetGateway",
    )} }`,
  },
  {
    id: "route-table-changes",
    control: "CloudWatch.13",
    title: "Route table changes",
    pattern: `{ ($.eventSource = ec2.amazonaws.com) && (${anyEvent(
      "CreateRoute",
      "CreateRouteTable",
      "ReplaceRoute",
      "ReplaceRouteTableAssociation",
      "DeleteRouteTable",
      "DeleteRoute",
      "DisassociateRouteTable",
    )}) }`,
  },
  {
    id: "vpc-changes",
    control: "CloudWatch.14",
    title: "VPC changes",
    pattern: `{ ${anyEvent(
      "CreateVpc",
      "DeleteVpc",
      "ModifyVpcAttribute",
      "AcceptVpcPeeringConnection",
      "CreateVpcPeeringConnection",
      "DeleteVpcPeeringConnection",
      "RejectVpcPeeringConnection",
      "AttachClassicLinkVpc",
      "DetachClassicLinkVpc",
      "DisableVpcClassicLink",
      "EnableVpcClassicLink",
    )} }`,
  },
];

export const CIS_METRIC_NAMESPACE = "SecureCloud/CISBenchmark";

export interface AuditTrailProps {
  /** The trail's own bucket; the trail admits its delivery into it. */
  readonly bucket: SecureBucket;
  /** Key of the trail's log files; the trail grants CloudTrail its use, for this trail only. */
  readonly trailKey: EstateKey;
  /** Key of the trail's CloudWatch Logs group. */
  readonly logKey: EstateKey;
  /**
   * Buckets whose object-level (data) events the trail records.
   * @default none
   */
  readonly dataEventBuckets?: readonly SecureBucket[];
  /** SNS topic the CIS monitoring alarms notify. */
  readonly alertTopicArn: string;
  /**
   * Retention of the trail's log group, days.
   * @default 365
   */
  readonly logRetentionDays?: number;
}

/**
 * A multi-region trail with global service events and log file validation, encrypted with
 * its own CMK, into a dedicated bucket and a CloudWatch Logs group through a role that can
 * write only there; management events plus object-level events of the log buckets; and the
 * CIS monitoring metric filters with an alarm each.
 */
export class AuditTrail extends Construct {
  readonly trail: Cloudtrail;
  readonly logGroup: CloudwatchLogGroup;
  readonly alarms: CloudwatchMetricAlarm[] = [];

  constructor(scope: Construct, id: string, props: AuditTrailProps) {
    super(scope, id);
    const { bucket, trailKey, alertTopicArn } = props;
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const account = estate.accountId;
    const trailName = name("trail");
    const trailArn = estate.arn("cloudtrail", `trail/${trailName}`);

    trailKey.grantService(
      "CloudTrailEncryptsLogs",
      "cloudtrail.amazonaws.com",
      {
        StringEquals: { "aws:SourceArn": trailArn },
        StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": `arn:aws:cloudtrail:*:${account}:trail/*` },
      },
      ["kms:GenerateDataKey*"],
    );
    trailKey.grantService(
      "CloudTrailDescribesKey",
      "cloudtrail.amazonaws.com",
      { StringEquals: { "aws:SourceArn": trailArn } },
      ["kms:DescribeKey"],
    );

    bucket.grantServiceDelivery({
      sid: "CloudTrailWrites",
      principal: { service: "cloudtrail.amazonaws.com" },
      keyPrefix: `AWSLogs/${account}/`,
      source: { arn: trailArn },
      bucketOwnerFullControl: true,
      bucketCheck: { sid: "CloudTrailChecksAcl", actions: "s3:GetBucketAcl" },
    });

    this.logGroup = new CloudwatchLogGroup(this, "log_group", {
      name: `/securecloud/${estate.environment}/cloudtrail`,
      retentionInDays: props.logRetentionDays ?? 365,
      kmsKeyId: props.logKey.arn,
    });
    const role = new IamRole(this, "logs_role", {
      name: name("cloudtrail-logs"),
      description: "CloudTrail: deliver events to its log group",
      assumeRolePolicy: serviceTrust("cloudtrail.amazonaws.com", account),
    });
    new IamRolePolicy(this, "logs_role_policy", {
      name: "deliver-to-trail-log-group",
      role: role.id,
      policy: policyDocument([
        {
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: `${this.logGroup.arn}:log-stream:*`,
        },
      ]),
    });

    this.trail = new Cloudtrail(this, "trail", {
      name: trailName,
      s3BucketName: bucket.name,
      kmsKeyId: trailKey.arn,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      enableLogging: true,
      cloudWatchLogsGroupArn: `${this.logGroup.arn}:*`,
      cloudWatchLogsRoleArn: role.arn,
      // The trail's own bucket is left out of the data events: logging its writes would log itself.
      eventSelector: [
        {
          readWriteType: "All",
          includeManagementEvents: true,
          dataResource: [
            { type: "AWS::S3::Object", values: (props.dataEventBuckets ?? []).map((b) => `${b.arn}/`) },
          ],
        },
      ],
      dependsOn: [bucket.policy],
    });

    for (const monitor of CIS_MONITORS) {
      const metricName = monitor.id;
      const key = monitor.id.replaceAll("-", "_");
      new CloudwatchLogMetricFilter(this, `${key}_filter`, {
        name: name("cis", monitor.id),
        logGroupName: this.logGroup.name,
        pattern: monitor.pattern,
        metricTransformation: {
          name: metricName,
          namespace: CIS_METRIC_NAMESPACE,
          value: "1",
          defaultValue: "0",
        },
      });
      this.alarms.push(
        new CloudwatchMetricAlarm(this, `${key}_alarm`, {
          alarmName: name("cis", monitor.id),
          alarmDescription: `${monitor.title} (CIS AWS Foundations, Security Hub ${monitor.control}).`,
          namespace: CIS_METRIC_NAMESPACE,
          metricName,
          statistic: "Sum",
          period: 300,
          evaluationPeriods: 1,
          threshold: 1,
          comparisonOperator: "GreaterThanOrEqualToThreshold",
          treatMissingData: "notBreaching",
          alarmActions: [alertTopicArn],
          tags: { "securecloud:control": monitor.control },
        }),
      );
    }
  }

  /** What applying this construct takes beyond the estate's role management: passing the role that delivers to the trail's log group to cloudtrail.amazonaws.com. */
  grantApply(grantee: IGrantable): void {
    grantPassEstateRoles(this, grantee, "cloudtrail.amazonaws.com");
  }
}
