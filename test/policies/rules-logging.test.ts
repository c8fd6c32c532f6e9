// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
import { doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

rule("SC-CT-001", [
  fail(
    "no trail is a stack finding",
    (d) => {
      delete d.resource.aws_cloudtrail;
    },
    "prod",
    /no CloudTrail trail/,
  ),
  fail(
    "single-region trail",
    (d) => {
      d.resource.aws_cloudtrail.trail.is_multi_region_trail = false;
    },
    "aws_cloudtrail.trail",
    /is_multi_region_trail/,
  ),
  fail(
    "logging switched off",
    (d) => {
      d.resource.aws_cloudtrail.trail.enable_logging = false;
    },
    "aws_cloudtrail.trail",
    /records nothing/,
  ),
  fail(
    "write-only management events",
    (d) => {
      d.resource.aws_cloudtrail.trail.event_selector[0].read_write_type = "WriteOnly";
    },
    "aws_cloudtrail.trail",
    /management events/,
  ),
  pass("advanced event selectors with management events", (d) => {
    delete d.resource.aws_cloudtrail.trail.event_selector;
    d.resource.aws_cloudtrail.trail.advanced_event_selector = [
      { name: "mgmt", field_selector: [{ field: "eventCategory", equals: ["Management"] }] },
    ];
  }),
]);

rule("SC-CT-002", [
  fail(
    "validation off",
    (d) => {
      delete d.resource.aws_cloudtrail.trail.enable_log_file_validation;
    },
    "aws_cloudtrail.trail",
    /enable_log_file_validation/,
  ),
]);

rule("SC-CT-003", [
  fail(
    "no KMS key",
    (d) => {
      delete d.resource.aws_cloudtrail.trail.kms_key_id;
    },
    "aws_cloudtrail.trail",
    /kms_key_id is not set/,
  ),
  fail(
    "the key reference is not a KMS key (cross-resource)",
    (d) => {
      d.resource.aws_cloudtrail.trail.kms_key_id = "${aws_sns_topic.alarms-topic.arn}";
    },
    "aws_cloudtrail.trail",
    /aws_sns_topic\.alarms-topic, which is not a KMS key/,
  ),
  fail(
    "the key is disabled (cross-resource)",
    (d) => {
      d.resource.aws_kms_key["logs-key"].is_enabled = false;
    },
    "aws_cloudtrail.trail",
    /disabled/,
  ),
  pass("a key alias", (d) => {
    d.resource.aws_cloudtrail.trail.kms_key_id = "${aws_kms_alias.logs-key-alias.arn}";
  }),
]);

rule("SC-CT-004", [
  fail(
    "no CloudWatch Logs delivery",
    (d) => {
      delete d.resource.aws_cloudtrail.trail.cloud_watch_logs_role_arn;
    },
    "aws_cloudtrail.trail",
  ),
]);

rule("SC-CT-005", [
  fail(
    "the trail's bucket has no access logging (cross-resource)",
    (d) => {
      delete d.resource.aws_s3_bucket_logging["trail-bucket-logging"];
    },
    "aws_cloudtrail.trail",
    /trail bucket aws_s3_bucket\.trail-bucket has no server access logging/,
  ),
]);

rule("SC-CFG-001", [
  fail(
    "no recorder is a stack finding",
    (d) => {
      delete d.resource.aws_config_configuration_recorder;
    },
    "prod",
    /no AWS Config recorder/,
  ),
  fail(
    "recorder switched off",
    (d) => {
      d.resource.aws_config_configuration_recorder_status["config-recorder-status"].is_enabled = false;
    },
    "aws_config_configuration_recorder_status.config-recorder-status",
    /recorder is off/,
  ),
  fail(
    "no status resource turns it on",
    (d) => {
      delete d.resource.aws_config_configuration_recorder_status;
    },
    "aws_config_configuration_recorder.config-recorder",
    /no aws_config_configuration_recorder_status/,
  ),
  fail(
    "partial recording",
    (d) => {
      d.resource.aws_config_configuration_recorder["config-recorder"].recording_group.all_supported = false;
    },
    "aws_config_configuration_recorder.config-recorder",
    /all_supported is false/,
  ),
  fail(
    "no delivery channel",
    (d) => {
      delete d.resource.aws_config_delivery_channel;
    },
    "prod",
    /delivery_channel/,
  ),
]);

rule("SC-GD-001", [
  fail(
    "no detector is a stack finding",
    (d) => {
      delete d.resource.aws_guardduty_detector;
      delete d.resource.aws_guardduty_detector_feature;
    },
    "prod",
    /no GuardDuty detector/,
  ),
  fail(
    "detector suspended",
    (d) => {
      d.resource.aws_guardduty_detector.guardduty.enable = false;
    },
    "aws_guardduty_detector.guardduty",
  ),
]);

rule("SC-GD-002", [
  fail(
    "no runtime monitoring feature",
    (d) => {
      delete d.resource.aws_guardduty_detector_feature["guardduty-runtime"];
    },
    "aws_guardduty_detector.guardduty",
    /RUNTIME_MONITORING/,
  ),
  fail(
    "Fargate agent management off",
    (d) => {
      d.resource.aws_guardduty_detector_feature["guardduty-runtime"].additional_configuration[0].status =
        "DISABLED";
    },
    "aws_guardduty_detector_feature.guardduty-runtime",
    /ECS_FARGATE_AGENT_MANAGEMENT/,
  ),
  fail(
    "the feature belongs to another detector (cross-resource)",
    () =>
      doc({
        aws_guardduty_detector: { a: { enable: true }, b: { enable: true } },
        aws_guardduty_detector_feature: {
          rt: {
            detector_id: "${aws_guardduty_detector.b.id}",
            name: "RUNTIME_MONITORING",
            status: "ENABLED",
            additional_configuration: [{ name: "ECS_FARGATE_AGENT_MANAGEMENT", status: "ENABLED" }],
          },
        },
      }),
    "aws_guardduty_detector.a",
  ),
]);

rule("SC-SH-001", [
  fail(
    "no Security Hub is a stack finding",
    (d) => {
      delete d.resource.aws_securityhub_account;
    },
    "prod",
    /no Security Hub account/,
  ),
  fail(
    "CIS standard not subscribed",
    (d) => {
      delete d.resource.aws_securityhub_standards_subscription["security-hub-cis"];
    },
    "prod",
    /CIS AWS Foundations Benchmark/,
  ),
]);

rule("SC-LOG-001", [
  fail(
    "no retention",
    (d) => {
      delete d.resource.aws_cloudwatch_log_group["app-log-group"].retention_in_days;
    },
    "aws_cloudwatch_log_group.app-log-group",
    /never expire/,
  ),
  fail(
    "retention 0",
    () => doc({ aws_cloudwatch_log_group: { g: { name: "g", retention_in_days: 0, kms_key_id: "k" } } }),
    "aws_cloudwatch_log_group.g",
  ),
]);

rule("SC-LOG-002", [
  fail(
    "no KMS key",
    (d) => {
      delete d.resource.aws_cloudwatch_log_group["waf-log-group"].kms_key_id;
    },
    "aws_cloudwatch_log_group.waf-log-group",
    /kms_key_id is not set/,
  ),
]);
