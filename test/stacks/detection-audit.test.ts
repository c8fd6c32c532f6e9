import test from "ava";
import { isSeverity, TAG } from "../../common/conventions.ts";
import { CIS_MONITORS } from "../../stacks/audit-trail.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import { allResources, list, only, ref, resources, statements } from "../helpers/terraform.ts";

const docs = { staging: synthEnvironment(staging).doc, prod: synthEnvironment(prod).doc };
const topicArn = ref("aws_sns_topic", "monitoring_topic", "arn");

/** The controls the issue lists, by AWS managed rule identifier. */
const REQUIRED_RULES = [
  "ALB_WAF_ENABLED",
  "ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK",
  "ELB_TLS_HTTPS_LISTENERS_ONLY",
  "ELB_LOGGING_ENABLED",
  "ELB_DELETION_PROTECTION_ENABLED",
  "CLOUD_TRAIL_ENABLED",
  "MULTI_REGION_CLOUD_TRAIL_ENABLED",
  "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED",
  "CLOUD_TRAIL_ENCRYPTION_ENABLED",
  "GUARDDUTY_ENABLED_CENTRALIZED",
  "VPC_FLOW_LOGS_ENABLED",
  "S3_BUCKET_PUBLIC_READ_PROHIBITED",
  "S3_BUCKET_PUBLIC_WRITE_PROHIBITED",
  "S3_BUCKET_SSL_REQUESTS_ONLY",
  "CMK_BACKING_KEY_ROTATION_ENABLED",
  "ECS_SERVICE_ASSIGN_PUBLIC_IP_DISABLED",
  "ECS_CONTAINERS_NONPRIVILEGED",
  "ECS_CONTAINERS_READONLY_ACCESS",
  "ECS_CONTAINER_INSIGHTS_ENABLED",
  "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS",
  "INCOMING_SSH_DISABLED",
  "CLOUDWATCH_LOG_GROUP_ENCRYPTED",
  "SNS_ENCRYPTED_KMS",
];

for (const envName of ["staging", "prod"] as const) {
  const doc = docs[envName];

  test(`${envName}: GuardDuty watches S3, ECS Fargate at runtime and EBS malware, and pages on HIGH and CRITICAL`, (t) => {
    const detector = only(doc, "aws_guardduty_detector", "threat_detection_detector");
    t.is(detector.enable, true);
    t.is(detector.finding_publishing_frequency, "FIFTEEN_MINUTES");
    const features = Object.values(resources(doc, "aws_guardduty_detector_feature"));
    const byName = Object.fromEntries(features.map((f) => [f.name, f]));
    for (const name of ["S3_DATA_EVENTS", "RUNTIME_MONITORING", "EBS_MALWARE_PROTECTION"]) {
      t.is(byName[name]?.status, "ENABLED", name);
      t.is(byName[name]?.detector_id, ref("aws_guardduty_detector", "threat_detection_detector", "id"));
    }
    t.deepEqual(byName.RUNTIME_MONITORING!.additional_configuration, [
      { name: "ECS_FARGATE_AGENT_MANAGEMENT", status: "ENABLED" },
    ]);

    // HIGH (7.0-8.9) and CRITICAL (9.0+) findings go to the topic through the alert routes.
    const bands = ["alerting_guardduty_high_rule", "alerting_guardduty_critical_rule"].map((id) =>
      JSON.parse(String(only(doc, "aws_cloudwatch_event_rule", id).event_pattern)),
    );
    for (const pattern of bands) t.deepEqual(pattern.source, ["aws.guardduty"]);
    t.deepEqual(
      bands.map((p) => p.detail.severity),
      [[{ numeric: [">=", 7, "<", 9] }], [{ numeric: [">=", 9] }]],
      "HIGH starts at 7.0",
    );
    const target = only(doc, "aws_cloudwatch_event_target", "alerting_guardduty_high_to_topic");
    t.is(target.arn, topicArn);
    const topicPolicy = statements(only(doc, "aws_sns_topic_policy", "monitoring_topic_policy").policy);
    t.true(
      topicPolicy.some(
        (s) => s.Effect === "Allow" && JSON.stringify(s.Principal).includes("events.amazonaws.com"),
      ),
    );
  });

  test(`${envName}: Security Hub subscribes to FSBP and CIS AWS Foundations`, (t) => {
    only(doc, "aws_securityhub_account", "threat_detection_security_hub");
    const arns = Object.values(resources(doc, "aws_securityhub_standards_subscription")).map((s) =>
      String(s.standards_arn),
    );
    t.true(arns.some((a) => a.includes("aws-foundational-security-best-practices")));
    t.true(arns.some((a) => a.includes("cis-aws-foundations-benchmark")));
  });

  test(`${envName}: AWS Config records every resource type, global ones too, into an encrypted bucket`, (t) => {
    const recorder = only(doc, "aws_config_configuration_recorder", "config_recorder");
    t.deepEqual(recorder.recording_group, { all_supported: true, include_global_resource_types: true });
    const channel = only(doc, "aws_config_delivery_channel", "config_delivery_channel");
    t.is(channel.s3_bucket_name, ref("aws_s3_bucket", "config_bucket_bucket", "bucket"));
    t.is(channel.s3_kms_key_arn, ref("aws_kms_key", "keys_s3_key", "arn"));
    t.is(only(doc, "aws_config_configuration_recorder_status", "config_recorder_status").is_enabled, true);
    const sse = only(doc, "aws_s3_bucket_server_side_encryption_configuration", "config_bucket_encryption");
    t.regex(JSON.stringify(sse.rule), /aws:kms/);
  });

  test(`${envName}: a Config rule exists for each listed control, each tagged with a severity`, (t) => {
    const rules = Object.values(resources(doc, "aws_config_config_rule"));
    const identifiers = rules.map((r) => (r.source as { source_identifier: string }).source_identifier);
    for (const id of REQUIRED_RULES) t.true(identifiers.includes(id), id);
    for (const r of rules) {
      t.true(isSeverity((r.tags as Record<string, string>)[TAG.severity]), String(r.name));
      t.deepEqual(r.depends_on, ["aws_config_configuration_recorder_status.config_recorder_status"]);
    }
    t.is(
      identifiers.includes("SHIELD_ADVANCED_ENABLED_AUTORENEW"),
      envName === "prod",
      "Shield rule only where Shield is on",
    );
  });

  test(`${envName}: remediations run AWS runbooks through a role that is not an administrator`, (t) => {
    const remediations = Object.values(resources(doc, "aws_config_remediation_configuration"));
    t.true(remediations.length >= 5);
    const ruleNames = new Set(
      Object.keys(resources(doc, "aws_config_config_rule")).map((n) =>
        ref("aws_config_config_rule", n, "name"),
      ),
    );
    for (const r of remediations) {
      t.true(ruleNames.has(String(r.config_rule_name)));
      t.is(r.target_type, "SSM_DOCUMENT");
      t.regex(String(r.target_id), /^AWS(ConfigRemediation)?-/);
      const params = r.parameter as Array<{ name: string; static_value?: string; resource_value?: string }>;
      t.is(
        params.find((p) => p.name === "AutomationAssumeRole")?.static_value,
        ref("aws_iam_role", "config_remediation_role", "arn"),
      );
      t.true(params.some((p) => p.resource_value === "RESOURCE_ID"));
    }
    for (const s of statements(only(doc, "aws_iam_role_policy", "config_remediation_permissions").policy)) {
      if (list(s.Resource).includes("*"))
        t.true(
          list(s.Action).every((a) => /:(Describe|Get|List)/.test(a)),
          s.Sid,
        );
    }
  });

  test(`${envName}: CloudTrail is multi-region, validated, encrypted with its own CMK and streamed to an encrypted log group`, (t) => {
    const trail = only(doc, "aws_cloudtrail", "audit_trail");
    t.like(trail, {
      is_multi_region_trail: true,
      include_global_service_events: true,
      enable_log_file_validation: true,
      kms_key_id: ref("aws_kms_key", "keys_cloudtrail_key", "arn"),
      s3_bucket_name: ref("aws_s3_bucket", "trail_bucket_bucket", "bucket"),
      cloud_watch_logs_role_arn: ref("aws_iam_role", "audit_logs_role", "arn"),
    });
    t.is(trail.cloud_watch_logs_group_arn, `${ref("aws_cloudwatch_log_group", "audit_log_group", "arn")}:*`);
    const selector = (trail.event_selector as Array<Record<string, unknown>>)[0]!;
    t.is(selector.include_management_events, true);
    const dataBuckets = (selector.data_resource as Array<{ values: string[] }>)[0]!.values;
    t.true(dataBuckets.includes(`${ref("aws_s3_bucket", "serving_access_logs_bucket", "arn")}/`));
    t.false(dataBuckets.includes(`${ref("aws_s3_bucket", "trail_bucket_bucket", "arn")}/`));

    const keyPolicy = statements(only(doc, "aws_kms_key", "keys_cloudtrail_key").policy);
    const forTrail = keyPolicy.filter((s) =>
      JSON.stringify(s.Principal).includes("cloudtrail.amazonaws.com"),
    );
    t.true(forTrail.length > 0);
    for (const s of forTrail)
      t.regex(String(s.Condition?.StringEquals?.["aws:SourceArn"]), /:trail\/securecloud-\w+-trail$/);

    const bucketPolicy = statements(only(doc, "aws_s3_bucket_policy", "trail_bucket_policy").policy);
    const write = bucketPolicy.find((s) => s.Sid === "CloudTrailWrites")!;
    t.regex(String(write.Condition?.StringEquals?.["aws:SourceArn"]), /:trail\//);
    const logging = only(doc, "aws_s3_bucket_logging", "trail_bucket_access_logging");
    t.is(logging.target_bucket, ref("aws_s3_bucket", "s3_access_logs_bucket", "bucket"));
    const role = statements(only(doc, "aws_iam_role_policy", "audit_logs_role_policy").policy);
    t.deepEqual(
      role.flatMap((s) => list(s.Resource)),
      [`${ref("aws_cloudwatch_log_group", "audit_log_group", "arn")}:log-stream:*`],
    );
  });

  test(`${envName}: each CIS monitoring filter has an alarm on the alert topic`, (t) => {
    const filters = Object.values(resources(doc, "aws_cloudwatch_log_metric_filter"));
    t.is(filters.length, CIS_MONITORS.length);
    t.is(CIS_MONITORS.length, 14);
    const alarms = Object.values(resources(doc, "aws_cloudwatch_metric_alarm"));
    for (const f of filters) {
      t.is(f.log_group_name, ref("aws_cloudwatch_log_group", "audit_log_group", "name"));
      const m = f.metric_transformation as { name: string; namespace: string };
      const alarm = alarms.find((a) => a.metric_name === m.name && a.namespace === m.namespace);
      t.truthy(alarm, m.name);
      t.deepEqual(alarm!.alarm_actions, [topicArn]);
      t.is(alarm!.threshold, 1);
    }
    const patterns = filters.map((f) => String(f.pattern));
    t.true(patterns.some((p) => p.includes('$.userIdentity.type = "Root"')));
    t.true(patterns.some((p) => p.includes("MFAUsed")));
    t.true(patterns.some((p) => p.includes("ScheduleKeyDeletion")));
  });

  test(`${envName}: every bucket blocks public access, is versioned, encrypted, and refuses plain HTTP`, (t) => {
    const buckets = Object.keys(resources(doc, "aws_s3_bucket"));
    t.true(buckets.length >= 4);
    const byBucket = (type: string) =>
      new Map(Object.values(resources(doc, type)).map((r) => [String(r.bucket), r] as const));
    const pab = byBucket("aws_s3_bucket_public_access_block");
    const versioning = byBucket("aws_s3_bucket_versioning");
    const sse = byBucket("aws_s3_bucket_server_side_encryption_configuration");
    const policies = byBucket("aws_s3_bucket_policy");
    for (const name of buckets) {
      const id = ref("aws_s3_bucket", name, "id");
      t.like(
        pab.get(id) ?? {},
        {
          block_public_acls: true,
          block_public_policy: true,
          ignore_public_acls: true,
          restrict_public_buckets: true,
        },
        name,
      );
      t.like((versioning.get(id)?.versioning_configuration ?? {}) as object, { status: "Enabled" }, name);
      t.truthy(sse.get(id), name);
      const deny = statements(policies.get(id)?.policy ?? '{"Statement":[]}').find(
        (s) => s.Effect === "Deny",
      );
      t.deepEqual(deny?.Condition, { Bool: { "aws:SecureTransport": "false" } }, name);
    }
  });

  test(`${envName}: nothing opens SSH`, (t) => {
    for (const [type, name, block] of allResources(doc)) {
      if (!type.includes("security_group")) continue;
      const rules = type === "aws_security_group" ? [...list(block.ingress as object[])] : [block];
      for (const r of rules as Array<Record<string, number | string>>) {
        const from = Number(r.from_port);
        const to = Number(r.to_port);
        t.false(r.ip_protocol === "-1" || (from <= 22 && 22 <= to), `${type}.${name}`);
      }
    }
  });
}

test("an environment that does not own its account's settings leaves the account-regional services to the owner", (t) => {
  const { doc, stack } = synthEnvironment(withChanges(staging, { accountSettingsOwner: false }));
  t.is(stack.detection, undefined);
  for (const type of [
    "aws_guardduty_detector",
    "aws_securityhub_account",
    "aws_config_configuration_recorder",
    "aws_cloudtrail",
  ]) {
    t.deepEqual(resources(doc, type), {}, type);
  }
  // The serving path is whole all the same.
  t.truthy(only(doc, "aws_lb_listener", "serving_production_listener"));
});
