import { ConfigConfigRule } from "@cdktf/provider-aws/lib/config-config-rule/index.js";
import { ConfigConfigurationRecorder } from "@cdktf/provider-aws/lib/config-configuration-recorder/index.js";
import { ConfigConfigurationRecorderStatus } from "@cdktf/provider-aws/lib/config-configuration-recorder-status/index.js";
import { ConfigDeliveryChannel } from "@cdktf/provider-aws/lib/config-delivery-channel/index.js";
import { ConfigRemediationConfiguration } from "@cdktf/provider-aws/lib/config-remediation-configuration/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js";
import { Construct, type IConstruct } from "constructs";
import { PROJECT, type Severity, TAG } from "../common/conventions.ts";
import { EstateContext } from "./estate-context.ts";
import { grantPassEstateRoles, type IGrantable } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";
import { policyDocument, serviceTrust } from "./policy.ts";
import type { SecureBucket } from "./secure-bucket.ts";

/** An AWS-provided SSM Automation runbook that fixes a rule's NON_COMPLIANT resource. */
interface Remediation {
  readonly document: string;
  /** The runbook parameter that receives the non-compliant resource's id. */
  readonly resourceParameter: string;
  /** Only runbooks that cannot break traffic run by themselves; the rest wait for an operator. */
  readonly automatic: boolean;
}

export interface ManagedRule {
  /** Our name for the rule: `securecloud-<env>-<id>`. */
  readonly id: string;
  /** The AWS managed rule identifier. */
  readonly identifier: string;
  readonly severity: Severity;
  /** The Security Hub control it backs (FSBP / CIS), for reviewers. */
  readonly control: string;
  readonly inputParameters?: Record<string, string>;
  readonly remediation?: Remediation;
}

/** What the rule set depends on: the features an environment turns on or off. */
export interface RuleOptions {
  /**
   * The ALBs have deletion protection; where they do not (by configuration), the rule is
   * reported at low severity instead of blocking.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Shield Advanced is on: its auto-renewing subscription is checked too.
   * @default false
   */
  readonly shieldAdvanced?: boolean;
}

/**
 * The managed rules covering the estate. Severity is what the live gate reads from the
 * `securecloud:severity` tag: rules at or above its threshold block a deploy.
 */
export function managedRules(options: RuleOptions = {}): ManagedRule[] {
  const rules: ManagedRule[] = [
    { id: "alb-waf-enabled", identifier: "ALB_WAF_ENABLED", severity: "high", control: "ELB.16" },
    {
      id: "alb-http-to-https-redirection",
      identifier: "ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK",
      severity: "high",
      control: "ELB.1",
    },
    {
      id: "elb-tls-https-listeners-only",
      identifier: "ELB_TLS_HTTPS_LISTENERS_ONLY",
      severity: "high",
      control: "ELB.3",
    },
    {
      id: "alb-drop-invalid-headers",
      identifier: "ALB_HTTP_DROP_INVALID_HEADER_ENABLED",
      severity: "medium",
      control: "ELB.4",
      remediation: {
        document: "AWSConfigRemediation-DropInvalidHeadersForALB",
        resourceParameter: "LoadBalancerArn",
        automatic: true,
      },
    },
    { id: "elb-logging-enabled", identifier: "ELB_LOGGING_ENABLED", severity: "medium", control: "ELB.5" },
    {
      id: "elb-deletion-protection",
      identifier: "ELB_DELETION_PROTECTION_ENABLED",
      // Staging turns deletion protection off on purpose; there it is reported, not blocking.
      severity: (options.deletionProtection ?? true) ? "medium" : "low",
      control: "ELB.6",
    },
    {
      id: "cloudtrail-enabled",
      identifier: "CLOUD_TRAIL_ENABLED",
      severity: "critical",
      control: "CloudTrail.1",
    },
    {
      id: "cloudtrail-multi-region",
      identifier: "MULTI_REGION_CLOUD_TRAIL_ENABLED",
      severity: "high",
      control: "CloudTrail.1",
    },
    {
      id: "cloudtrail-log-file-validation",
      identifier: "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED",
      severity: "medium",
      control: "CloudTrail.4",
      remediation: {
        document: "AWSConfigRemediation-EnableCloudTrailLogFileValidation",
        resourceParameter: "TrailName",
        automatic: true,
      },
    },
    {
      id: "cloudtrail-encryption",
      identifier: "CLOUD_TRAIL_ENCRYPTION_ENABLED",
      severity: "high",
      control: "CloudTrail.2",
    },
    {
      id: "guardduty-enabled",
      identifier: "GUARDDUTY_ENABLED_CENTRALIZED",
      severity: "high",
      control: "GuardDuty.1",
    },
    {
      id: "vpc-flow-logs-enabled",
      identifier: "VPC_FLOW_LOGS_ENABLED",
      severity: "medium",
      control: "EC2.6",
    },
    {
      id: "s3-public-read-prohibited",
      identifier: "S3_BUCKET_PUBLIC_READ_PROHIBITED",
      severity: "critical",
      control: "S3.2",
      remediation: {
        document: "AWS-DisableS3BucketPublicReadWrite",
        resourceParameter: "S3BucketName",
        automatic: true,
      },
    },
    {
      id: "s3-public-write-prohibited",
      identifier: "S3_BUCKET_PUBLIC_WRITE_PROHIBITED",
      severity: "critical",
      control: "S3.3",
      remediation: {
        document: "AWS-DisableS3BucketPublicReadWrite",
        resourceParameter: "S3BucketName",
        automatic: true,
      },
    },
    {
      id: "s3-ssl-requests-only",
      identifier: "S3_BUCKET_SSL_REQUESTS_ONLY",
      severity: "high",
      control: "S3.5",
    },
    {
      id: "kms-key-rotation",
      identifier: "CMK_BACKING_KEY_ROTATION_ENABLED",
      severity: "medium",
      control: "KMS.4",
      remediation: {
        document: "AWSConfigRemediation-EnableKeyRotation",
        resourceParameter: "KeyId",
        automatic: true,
      },
    },
    {
      id: "ecs-no-public-ip",
      identifier: "ECS_SERVICE_ASSIGN_PUBLIC_IP_DISABLED",
      severity: "high",
      control: "ECS.2",
    },
    {
      id: "ecs-containers-nonprivileged",
      identifier: "ECS_CONTAINERS_NONPRIVILEGED",
      severity: "high",
      control: "ECS.4",
    },
    {
      id: "ecs-containers-readonly-root",
      identifier: "ECS_CONTAINERS_READONLY_ACCESS",
      severity: "medium",
      control: "ECS.5",
    },
    {
      id: "ecs-task-nonroot-user",
      identifier: "ECS_TASK_DEFINITION_NONROOT_USER",
      severity: "medium",
      control: "ECS.1",
    },
    {
      id: "ecs-container-insights",
      identifier: "ECS_CONTAINER_INSIGHTS_ENABLED",
      severity: "low",
      control: "ECS.12",
    },
    {
      id: "iam-no-admin-policies",
      identifier: "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS",
      severity: "high",
      control: "IAM.1",
    },
    {
      id: "restricted-ssh",
      identifier: "INCOMING_SSH_DISABLED",
      severity: "high",
      control: "EC2.13",
      // Revoking rules can cut off traffic: an operator starts this one.
      remediation: {
        document: "AWS-DisablePublicAccessForSecurityGroup",
        resourceParameter: "GroupId",
        automatic: false,
      },
    },
    {
      id: "log-group-encrypted",
      identifier: "CLOUDWATCH_LOG_GROUP_ENCRYPTED",
      severity: "medium",
      control: "CloudWatch.16",
    },
    { id: "sns-encrypted", identifier: "SNS_ENCRYPTED_KMS", severity: "medium", control: "SNS.1" },
  ];
  if (options.shieldAdvanced ?? false) {
    rules.push({
      id: "shield-advanced-enabled",
      identifier: "SHIELD_ADVANCED_ENABLED_AUTORENEW",
      severity: "high",
      control: "Shield",
    });
  }
  return rules;
}

export interface ConfigComplianceProps extends RuleOptions {
  /** Where the recorder delivers; Config's delivery is admitted into it here. */
  readonly bucket: SecureBucket;
  /** Key of the Config bucket: the delivery channel encrypts with it. */
  readonly deliveryKey: EstateKey;
  /** SNS topic the recorder's role may publish to. */
  readonly alertTopicArn: string;
}

/**
 * AWS Config recording every supported resource type, global ones included, delivering to an
 * encrypted bucket; the managed rules above, each tagged with its severity; and AWS-provided
 * SSM remediation runbooks where one exists, run by a role that can only fix what they fix.
 */
export class ConfigCompliance extends Construct {
  readonly recorder: ConfigConfigurationRecorder;
  readonly rules: Record<string, ConfigConfigRule> = {};

  constructor(scope: Construct, id: string, props: ConfigComplianceProps) {
    super(scope, id);
    const { bucket, deliveryKey, alertTopicArn } = props;
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const account = estate.accountId;

    bucket.grantServiceDelivery({
      sid: "ConfigDelivers",
      principal: { service: "config.amazonaws.com" },
      keyPrefix: `AWSLogs/${account}/Config/`,
      source: { account },
      bucketOwnerFullControl: true,
      bucketCheck: { sid: "ConfigChecksBucket", actions: ["s3:GetBucketAcl", "s3:ListBucket"] },
    });

    const role = new IamRole(this, "recorder_role", {
      name: name("config-recorder"),
      description: "AWS Config: read configuration, deliver to the Config bucket",
      assumeRolePolicy: serviceTrust("config.amazonaws.com", account),
    });
    new IamRolePolicyAttachment(this, "recorder_read_configuration", {
      role: role.name,
      policyArn: "arn:aws:iam::aws:policy/service-role/AWS_ConfigRole",
    });
    new IamRolePolicy(this, "recorder_delivery", {
      name: "deliver-to-config-bucket",
      role: role.id,
      policy: policyDocument([
        {
          Sid: "Deliver",
          Effect: "Allow",
          Action: ["s3:PutObject", "s3:GetBucketAcl"],
          Resource: [bucket.arn, `${bucket.arn}/*`],
        },
        {
          Sid: "EncryptDeliveries",
          Effect: "Allow",
          Action: ["kms:GenerateDataKey", "kms:Decrypt"],
          Resource: deliveryKey.arn,
        },
        { Sid: "Notify", Effect: "Allow", Action: "sns:Publish", Resource: alertTopicArn },
      ]),
    });

    this.recorder = new ConfigConfigurationRecorder(this, "recorder", {
      name: name("recorder"),
      roleArn: role.arn,
      recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
    });
    const channel = new ConfigDeliveryChannel(this, "delivery_channel", {
      name: name("delivery"),
      s3BucketName: bucket.name,
      s3KmsKeyArn: deliveryKey.arn,
      snapshotDeliveryProperties: { deliveryFrequency: "TwentyFour_Hours" },
      dependsOn: [this.recorder, bucket.policy],
    });
    const status = new ConfigConfigurationRecorderStatus(this, "recorder_status", {
      name: this.recorder.name,
      isEnabled: true,
      dependsOn: [channel],
    });

    const remediationRole = new IamRole(this, "remediation_role", {
      name: name("config-remediation"),
      description: "SSM Automation runbooks that Config remediations start",
      assumeRolePolicy: serviceTrust("ssm.amazonaws.com", account),
    });
    const arn = (service: string, resource: string) => estate.arn(service, resource);
    new IamRolePolicy(this, "remediation_permissions", {
      name: "remediate-estate",
      role: remediationRole.id,
      policy: policyDocument([
        {
          Sid: "RotateKeys",
          Effect: "Allow",
          Action: ["kms:EnableKeyRotation", "kms:GetKeyRotationStatus", "kms:DescribeKey"],
          Resource: arn("kms", "key/*"),
        },
        {
          Sid: "ClosePublicBuckets",
          Effect: "Allow",
          Action: [
            "s3:GetBucketAcl",
            "s3:PutBucketAcl",
            "s3:GetBucketPublicAccessBlock",
            "s3:PutBucketPublicAccessBlock",
          ],
          Resource: `arn:aws:s3:::${estate.namePattern}`,
        },
        {
          Sid: "ValidateTrailLogs",
          Effect: "Allow",
          Action: ["cloudtrail:GetTrail", "cloudtrail:UpdateTrail"],
          Resource: arn("cloudtrail", `trail/${name("trail")}`),
        },
        {
          Sid: "DropInvalidHeaders",
          Effect: "Allow",
          Action: ["elasticloadbalancing:ModifyLoadBalancerAttributes"],
          Resource: arn("elasticloadbalancing", `loadbalancer/app/${name("alb")}/*`),
        },
        {
          Sid: "CloseSsh",
          Effect: "Allow",
          Action: ["ec2:RevokeSecurityGroupIngress"],
          Resource: arn("ec2", "security-group/*"),
          Condition: {
            StringEquals: {
              "aws:ResourceTag/Project": PROJECT,
              "aws:ResourceTag/Environment": estate.environment,
            },
          },
        },
        {
          // Describe calls accept no resource-level scoping.
          Sid: "DescribeForRunbooks",
          Effect: "Allow",
          Action: [
            "ec2:DescribeSecurityGroups",
            "elasticloadbalancing:DescribeLoadBalancerAttributes",
            "elasticloadbalancing:DescribeLoadBalancers",
            "cloudtrail:DescribeTrails",
          ],
          Resource: "*",
        },
      ]),
    });

    for (const rule of managedRules(props)) {
      const configRule = new ConfigConfigRule(this, rule.id.replaceAll("-", "_"), {
        name: name(rule.id),
        description: `${rule.identifier} (Security Hub ${rule.control})`,
        source: { owner: "AWS", sourceIdentifier: rule.identifier },
        ...(rule.inputParameters ? { inputParameters: JSON.stringify(rule.inputParameters) } : {}),
        tags: { [TAG.severity]: rule.severity, "securecloud:control": rule.control },
        dependsOn: [status],
      });
      this.rules[rule.id] = configRule;
      if (rule.remediation) {
        const r = rule.remediation;
        new ConfigRemediationConfiguration(this, `${rule.id.replaceAll("-", "_")}_remediation`, {
          configRuleName: configRule.name,
          targetType: "SSM_DOCUMENT",
          targetId: r.document,
          automatic: r.automatic,
          ...(r.automatic ? { maximumAutomaticAttempts: 3, retryAttemptSeconds: 60 } : {}),
          parameter: [
            { name: "AutomationAssumeRole", staticValue: remediationRole.arn },
            { name: r.resourceParameter, resourceValue: "RESOURCE_ID" },
          ],
        });
      }
    }
  }

  /**
   * What applying this construct takes beyond the estate's role management: passing the
   * recorder's role to Config and the remediation role to Systems Manager Automation.
   */
  grantApply(grantee: IGrantable): void {
    grantPassEstateRoles(this, grantee, "config.amazonaws.com");
    grantPassEstateRoles(this, grantee, "ssm.amazonaws.com");
  }
}

/** What reading the compliance of the estate's Config rules takes (the live gate, the weekly report). */
export const CONFIG_COMPLIANCE_READS = [
  "config:DescribeComplianceByConfigRule",
  "config:DescribeConfigRuleEvaluationStatus",
  "config:DescribeConfigRules",
  "config:GetComplianceDetailsByConfigRule",
  "config:ListTagsForResource",
] as const;

/**
 * Lets the grantee run the live compliance gate: read the account's Config rules, their
 * compliance and tags (severity), and start their evaluation; and read Security Hub's
 * findings, the live gate's other half. The rules belong to the
 * account, created by whichever environment owns its settings, so this is a function of
 * the stack's account rather than a method of a ConfigCompliance in the same stack.
 */
export function grantLiveComplianceGate(scope: IConstruct, grantee: IGrantable): void {
  grantee.addToPolicy({
    Sid: "LiveComplianceGate",
    Effect: "Allow",
    Action: [...CONFIG_COMPLIANCE_READS, "config:StartConfigRulesEvaluation"],
    Resource: EstateContext.of(scope).arn("config", "config-rule/*"),
  });
  // The live gate's Security Hub half reads the account's active findings.
  grantee.addToPolicy({
    Sid: "LiveGateSecurityHubFindings",
    Effect: "Allow",
    Action: "securityhub:GetFindings",
    Resource: EstateContext.of(scope).arn("securityhub", "hub/default"),
  });
}
