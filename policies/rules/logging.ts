import type { StackModel, TfResource } from "../engine/types.ts";
import { allBlocks, block, blocks, bool, literal, num, str, strings } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { refTarget } from "./queries/refs.ts";
import { bucketCompanions, bucketOf } from "./queries/s3.ts";

// ---------------------------------------------------------------- CloudTrail

function trails(stack: StackModel): TfResource[] {
  return stack.ofType("aws_cloudtrail");
}

/** Does the trail record read and write management events? */
function recordsManagement(trail: TfResource): boolean {
  const selectors = allBlocks(trail.values, "event_selector");
  const advanced = allBlocks(trail.values, "advanced_event_selector");
  if (advanced.length > 0) {
    return advanced.some(
      (sel) =>
        blocks(sel.field_selector).some(
          (f) => str(f.field) === "eventCategory" && strings(f.equals).includes("Management"),
        ) && !blocks(sel.field_selector).some((f) => str(f.field) === "readOnly"),
    );
  }
  if (selectors.length === 0) return true; // default: all management events
  return selectors.some(
    (s) =>
      bool(s.include_management_events) !== false &&
      (str(s.read_write_type) ?? "All").toLowerCase() === "all",
  );
}

export const trailMultiRegion = defineRule({
  id: "SC-CT-001",
  title: "A multi-region CloudTrail trail records all management events",
  severity: "high",
  category: "logging",
  rationale:
    "CloudTrail is the audit record of every API call; a single-region trail, one without global service events, or one that is switched off leaves the account's activity unrecorded.",
  remediation:
    "Create an aws_cloudtrail with is_multi_region_trail = true, include_global_service_events = true, enable_logging = true and read/write management events.",
  controls: { fsbp: ["CloudTrail.1", "CloudTrail.3"], cis: ["v3.0.0 3.1"] },
  awsConfigRules: ["multi-region-cloudtrail-enabled", "cloudtrail-enabled"],
  checkov: ["CKV_AWS_67", "CKV_AWS_251"],
  resourceTypes: ["aws_cloudtrail"],
  check(ctx) {
    const all = trails(ctx.stack);
    if (all.length === 0) {
      ctx.report("stack", "no CloudTrail trail (aws_cloudtrail) in the stack");
      return;
    }
    for (const t of all) {
      if (bool(t.values.is_multi_region_trail) !== true) ctx.report(t, "is_multi_region_trail is not true");
      if (bool(t.values.include_global_service_events) === false)
        ctx.report(t, "include_global_service_events is false");
      if (bool(t.values.enable_logging) === false)
        ctx.report(t, "enable_logging is false: the trail records nothing");
      if (!recordsManagement(t)) ctx.report(t, "event selectors exclude read or write management events");
    }
  },
});

export const trailValidation = defineRule({
  id: "SC-CT-002",
  title: "CloudTrail log file validation is on",
  severity: "medium",
  category: "logging",
  rationale:
    "Digest files prove the logs were not altered or deleted after delivery; without them the audit trail cannot be trusted.",
  remediation: "Set enable_log_file_validation = true on the trail.",
  controls: { fsbp: ["CloudTrail.4"], cis: ["v3.0.0 3.2"] },
  awsConfigRules: ["cloud-trail-log-file-validation-enabled"],
  checkov: ["CKV_AWS_36"],
  resourceTypes: ["aws_cloudtrail"],
  check(ctx) {
    for (const t of trails(ctx.stack)) {
      if (bool(t.values.enable_log_file_validation) !== true)
        ctx.report(t, "enable_log_file_validation is not true");
    }
  },
});

const KEY_TYPES = ["aws_kms_key", "aws_kms_replica_key", "aws_kms_external_key", "aws_kms_alias"];

export const trailEncryption = defineRule({
  id: "SC-CT-003",
  title: "CloudTrail logs are encrypted with a KMS customer managed key",
  severity: "medium",
  category: "logging",
  rationale:
    "SSE-KMS adds an access control (the key policy) and an audit record of every decryption on top of S3 permissions.",
  remediation:
    "Set kms_key_id to the estate's CloudTrail CMK (its key policy must allow cloudtrail.amazonaws.com).",
  controls: { fsbp: ["CloudTrail.2"], cis: ["v3.0.0 3.5"] },
  awsConfigRules: ["cloud-trail-encryption-enabled"],
  checkov: ["CKV_AWS_35"],
  resourceTypes: ["aws_cloudtrail", "aws_kms_key", "aws_kms_alias"],
  check(ctx) {
    for (const t of trails(ctx.stack)) {
      const key = t.values.kms_key_id;
      if (key === undefined || key === null || key === "") {
        ctx.report(t, "kms_key_id is not set: logs are encrypted with S3-managed keys only");
        continue;
      }
      const ref = ctx.stack.refOf(key);
      if (ref && !KEY_TYPES.includes(ref.target.type)) {
        ctx.report(t, `kms_key_id references ${ref.target.address}, which is not a KMS key`);
      }
      const k = refTarget(ctx.stack, key, ["aws_kms_key"]);
      if (k && bool(k.values.is_enabled) === false)
        ctx.report(t, `kms_key_id references ${k.address}, which is disabled`);
    }
  },
});

export const trailCloudWatch = defineRule({
  id: "SC-CT-004",
  title: "CloudTrail delivers to CloudWatch Logs",
  severity: "low",
  category: "logging",
  rationale:
    "The CIS metric filters and alarms (root use, IAM changes, console failures...) work on the trail's log group.",
  remediation:
    'Set cloud_watch_logs_group_arn ("<log group arn>:*") and cloud_watch_logs_role_arn to a role scoped to that group.',
  controls: { fsbp: ["CloudTrail.5"], cis: ["v1.4.0 3.4"] },
  awsConfigRules: ["cloud-trail-cloud-watch-logs-enabled"],
  checkov: ["CKV2_AWS_10"],
  resourceTypes: ["aws_cloudtrail"],
  check(ctx) {
    for (const t of trails(ctx.stack)) {
      if (!t.values.cloud_watch_logs_group_arn || !t.values.cloud_watch_logs_role_arn) {
        ctx.report(t, "cloud_watch_logs_group_arn / cloud_watch_logs_role_arn are not both set");
      }
    }
  },
});

export const trailBucketLogging = defineRule({
  id: "SC-CT-005",
  title: "The CloudTrail bucket has server access logging",
  severity: "low",
  category: "logging",
  rationale: "Access logs on the trail bucket show who read or tried to delete the audit logs.",
  remediation: "Add an aws_s3_bucket_logging for the trail's bucket, targeting a separate access-log bucket.",
  controls: { fsbp: ["CloudTrail.7"], cis: ["v3.0.0 3.4"] },
  awsConfigRules: ["s3-bucket-logging-enabled"],
  checkov: ["CKV_AWS_18"],
  resourceTypes: ["aws_cloudtrail", "aws_s3_bucket", "aws_s3_bucket_logging"],
  check(ctx) {
    for (const t of trails(ctx.stack)) {
      const bucket = bucketOf(ctx.stack, t.values.s3_bucket_name);
      if (!bucket) continue;
      const logging = bucketCompanions(ctx.stack, bucket, "aws_s3_bucket_logging");
      const inline = block(bucket.values.logging);
      if (logging.length === 0 && !inline)
        ctx.report(t, `trail bucket ${bucket.address} has no server access logging`);
    }
  },
});

// ---------------------------------------------------------------- Config, GuardDuty, Security Hub

export const configRecorder = defineRule({
  id: "SC-CFG-001",
  title: "AWS Config records all resources and is switched on",
  severity: "high",
  category: "logging",
  rationale:
    "The live gate and Security Hub both read AWS Config; a recorder that is missing, off, partial or without a delivery channel makes every live check blind.",
  remediation:
    "Create an aws_config_configuration_recorder (recording_group all_supported = true, include_global_resource_types = true), an aws_config_delivery_channel and an aws_config_configuration_recorder_status with is_enabled = true.",
  controls: { fsbp: ["Config.1"], cis: ["v3.0.0 3.3"] },
  awsConfigRules: [],
  checkov: ["CKV2_AWS_45", "CKV2_AWS_48"],
  resourceTypes: [
    "aws_config_configuration_recorder",
    "aws_config_configuration_recorder_status",
    "aws_config_delivery_channel",
  ],
  check(ctx) {
    const { stack } = ctx;
    const recorders = stack.ofType("aws_config_configuration_recorder");
    if (recorders.length === 0) {
      ctx.report("stack", "no AWS Config recorder (aws_config_configuration_recorder) in the stack");
      return;
    }
    const statuses = stack.ofType("aws_config_configuration_recorder_status");
    const channels = stack.ofType("aws_config_delivery_channel");
    for (const rec of recorders) {
      const group = block(rec.values.recording_group);
      if (group) {
        if (bool(group.all_supported) === false)
          ctx.report(rec, "recording_group.all_supported is false: not every resource type is recorded");
        if (bool(group.include_global_resource_types) === false) {
          ctx.report(
            rec,
            "recording_group.include_global_resource_types is false: IAM changes are not recorded",
          );
        }
        const strategy = str(block(group.recording_strategy)?.use_only);
        if (strategy && strategy !== "ALL_SUPPORTED_RESOURCE_TYPES")
          ctx.report(rec, `recording strategy is ${strategy}`);
      }
      const recName = literal(rec.values.name);
      const status = statuses.find((s) => {
        const ref = stack.refOf(s.values.name);
        return ref ? ref.target === rec : recName !== undefined && literal(s.values.name) === recName;
      });
      if (!status) ctx.report(rec, "no aws_config_configuration_recorder_status turns this recorder on");
      else if (bool(status.values.is_enabled) !== true)
        ctx.report(status, "is_enabled is not true: the recorder is off");
    }
    if (channels.length === 0)
      ctx.report("stack", "no aws_config_delivery_channel: Config has nowhere to deliver");
  },
});

function detectors(stack: StackModel): TfResource[] {
  return stack.ofType("aws_guardduty_detector");
}

export const guardDutyOn = defineRule({
  id: "SC-GD-001",
  title: "GuardDuty is enabled",
  severity: "high",
  category: "logging",
  rationale:
    "GuardDuty is the estate's threat detection: compromised credentials, crypto-mining, calls from malicious IPs.",
  remediation:
    "Create an aws_guardduty_detector with enable = true and finding_publishing_frequency = FIFTEEN_MINUTES.",
  controls: { fsbp: ["GuardDuty.1"], cis: [] },
  awsConfigRules: ["guardduty-enabled-centralized"],
  checkov: ["CKV_AWS_238"],
  resourceTypes: ["aws_guardduty_detector"],
  check(ctx) {
    const all = detectors(ctx.stack);
    if (all.length === 0) {
      ctx.report("stack", "no GuardDuty detector (aws_guardduty_detector) in the stack");
      return;
    }
    for (const d of all)
      if (bool(d.values.enable) === false) ctx.report(d, "enable is false: GuardDuty is suspended");
  },
});

export const guardDutyEcsRuntime = defineRule({
  id: "SC-GD-002",
  title: "GuardDuty runtime monitoring covers ECS Fargate",
  severity: "medium",
  category: "logging",
  rationale:
    "Runtime monitoring sees inside running tasks (processes, file access, reverse shells) where API-level detection cannot.",
  remediation:
    'Add an aws_guardduty_detector_feature { name = "RUNTIME_MONITORING", status = "ENABLED", additional_configuration { name = "ECS_FARGATE_AGENT_MANAGEMENT", status = "ENABLED" } } for the detector.',
  controls: { fsbp: ["GuardDuty.12"], cis: [] },
  awsConfigRules: ["guardduty-ecs-protection-runtime-enabled"],
  checkov: [],
  resourceTypes: ["aws_guardduty_detector", "aws_guardduty_detector_feature"],
  check(ctx) {
    const { stack } = ctx;
    for (const d of detectors(stack)) {
      if (bool(d.values.enable) === false) continue;
      const features = stack
        .ofType("aws_guardduty_detector_feature")
        .filter((f) => stack.refOf(f.values.detector_id)?.target === d);
      const runtime = features.find((f) =>
        ["RUNTIME_MONITORING", "ECS_RUNTIME_MONITORING"].includes(str(f.values.name) ?? ""),
      );
      if (!runtime) {
        ctx.report(d, "no aws_guardduty_detector_feature RUNTIME_MONITORING for this detector");
        continue;
      }
      if (str(runtime.values.status)?.toUpperCase() !== "ENABLED") {
        ctx.report(
          runtime,
          `${str(runtime.values.name)} status is ${str(runtime.values.status) ?? "missing"}`,
        );
        continue;
      }
      const ecs = allBlocks(runtime.values, "additional_configuration").find(
        (c) => str(c.name) === "ECS_FARGATE_AGENT_MANAGEMENT",
      );
      if (
        str(runtime.values.name) === "RUNTIME_MONITORING" &&
        str(ecs?.status)?.toUpperCase() !== "ENABLED"
      ) {
        ctx.report(
          runtime,
          "ECS_FARGATE_AGENT_MANAGEMENT is not ENABLED: Fargate tasks get no runtime agent",
        );
      }
    }
  },
});

export const securityHubOn = defineRule({
  id: "SC-SH-001",
  title: "Security Hub runs the FSBP and CIS standards",
  severity: "medium",
  category: "logging",
  rationale:
    "Security Hub scores the running estate against the same controls this gate maps to, continuously.",
  remediation:
    "Create an aws_securityhub_account and aws_securityhub_standards_subscription resources for aws-foundational-security-best-practices and cis-aws-foundations-benchmark.",
  controls: { fsbp: [], cis: ["v3.0.0 4.16"] },
  awsConfigRules: ["securityhub-enabled"],
  checkov: [],
  resourceTypes: ["aws_securityhub_account", "aws_securityhub_standards_subscription"],
  check(ctx) {
    const { stack } = ctx;
    if (stack.ofType("aws_securityhub_account").length === 0) {
      ctx.report("stack", "no Security Hub account (aws_securityhub_account) in the stack");
      return;
    }
    const arns = stack
      .ofType("aws_securityhub_standards_subscription")
      .map((s) => str(s.values.standards_arn) ?? "");
    const want: [string, RegExp][] = [
      ["AWS Foundational Security Best Practices", /aws-foundational-security-best-practices/],
      ["CIS AWS Foundations Benchmark", /cis-aws-foundations-benchmark/],
    ];
    for (const [label, re] of want) {
      if (!arns.some((a) => re.test(a)))
        ctx.report("stack", `Security Hub is not subscribed to the ${label} standard`);
    }
  },
});

// ---------------------------------------------------------------- log groups

export const logRetention = defineRule({
  id: "SC-LOG-001",
  title: "Log groups have a retention period",
  severity: "medium",
  category: "logging",
  rationale:
    "Without retention, logs are kept (and paid for) forever; with an explicit period the retention is a reviewed decision.",
  remediation: "Set retention_in_days (e.g. 365 for audit logs, 30-90 for application logs).",
  controls: { fsbp: ["CloudWatch.16"], cis: [] },
  awsConfigRules: ["cw-loggroup-retention-period-check"],
  checkov: ["CKV_AWS_66"],
  resourceTypes: ["aws_cloudwatch_log_group"],
  check(ctx) {
    for (const g of ctx.stack.ofType("aws_cloudwatch_log_group")) {
      const days = g.values.retention_in_days;
      if (days === undefined || days === null)
        ctx.report(g, "retention_in_days is not set: events never expire");
      else if (num(days) === 0) ctx.report(g, "retention_in_days is 0: events never expire");
    }
  },
});

export const logEncryption = defineRule({
  id: "SC-LOG-002",
  title: "Log groups are encrypted with a KMS key",
  severity: "medium",
  category: "logging",
  rationale:
    "Logs carry request paths, IPs and error details; a CMK puts them under the estate's key policy and audit.",
  remediation: "Set kms_key_id to the estate's logs key (its policy must allow logs.<region>.amazonaws.com).",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: ["cloudwatch-log-group-encrypted"],
  checkov: ["CKV_AWS_158"],
  resourceTypes: ["aws_cloudwatch_log_group", "aws_kms_key"],
  check(ctx) {
    for (const g of ctx.stack.ofType("aws_cloudwatch_log_group")) {
      const key = g.values.kms_key_id;
      if (key === undefined || key === null || key === "") {
        ctx.report(g, "kms_key_id is not set");
        continue;
      }
      const ref = ctx.stack.refOf(key);
      if (ref && !KEY_TYPES.includes(ref.target.type))
        ctx.report(g, `kms_key_id references ${ref.target.address}, which is not a KMS key`);
    }
  },
});

export const loggingRules = [
  trailMultiRegion,
  trailValidation,
  trailEncryption,
  trailCloudWatch,
  trailBucketLogging,
  configRecorder,
  guardDutyOn,
  guardDutyEcsRuntime,
  securityHubOn,
  logRetention,
  logEncryption,
];
