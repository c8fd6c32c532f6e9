// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
/** Detection and audit fitness: retention, GuardDuty publishing and routing, CIS filters, Config rules. */
import { CIS_EVENTS } from "../../policies/rules/cis-events.ts";
import { type Doc, doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

/** The IAM events the benchmark names (the gate's own list, policies/rules/cis-events.ts). */
const IAM_EVENTS = CIS_EVENTS["CloudWatch.4"]!.events.map((e) => String(e.eventName));
const anyOf = (names: string[]) => `{ ${names.map((n) => `($.eventName = ${n})`).join(" || ")} }`;

interface Options {
  retention?: number | string;
  expiration?: number;
  frequency?: string | null;
  pattern?: unknown;
  ruleState?: string;
  iamPattern?: string;
  alarmActions?: string[];
  threshold?: number;
  configRules?: Record<string, Record<string, unknown>>;
}

function audit(o: Options = {}): Doc {
  const d = doc({
    aws_cloudwatch_log_group: { trail: { name: "trail", retention_in_days: o.retention ?? 365 } },
    aws_s3_bucket: { trail: { bucket: "trail" } },
    aws_s3_bucket_lifecycle_configuration: {
      trail: {
        bucket: "${aws_s3_bucket.trail.id}",
        rule: [
          {
            id: "expire",
            status: "Enabled",
            filter: [{ prefix: "" }],
            expiration: [{ days: o.expiration ?? 2557 }],
          },
        ],
      },
    },
    aws_cloudtrail: {
      t: {
        name: "t",
        s3_bucket_name: "${aws_s3_bucket.trail.bucket}",
        cloud_watch_logs_group_arn: "${aws_cloudwatch_log_group.trail.arn}:*",
      },
    },
    aws_guardduty_detector: {
      d: {
        enable: true,
        ...(o.frequency === null ? {} : { finding_publishing_frequency: o.frequency ?? "FIFTEEN_MINUTES" }),
      },
    },
    aws_sns_topic: { alarms: { name: "alarms" } },
    aws_cloudwatch_event_rule: {
      findings: {
        name: "findings",
        ...(o.ruleState ? { state: o.ruleState } : {}),
        event_pattern: JSON.stringify(
          o.pattern ?? {
            source: ["aws.guardduty"],
            "detail-type": ["GuardDuty Finding"],
            detail: { severity: [{ numeric: [">=", 7] }] },
          },
        ),
      },
    },
    aws_cloudwatch_event_target: {
      findings: { rule: "${aws_cloudwatch_event_rule.findings.name}", arn: "${aws_sns_topic.alarms.arn}" },
    },
    aws_cloudwatch_log_metric_filter: {
      iam: {
        name: "iam",
        log_group_name: "${aws_cloudwatch_log_group.trail.name}",
        pattern: o.iamPattern ?? anyOf(IAM_EVENTS),
        metric_transformation: { name: "iam-policy-changes", namespace: "CIS", value: "1" },
      },
    },
    aws_cloudwatch_metric_alarm: {
      iam: {
        alarm_name: "iam",
        metric_name: "iam-policy-changes",
        namespace: "CIS",
        comparison_operator: "GreaterThanOrEqualToThreshold",
        threshold: o.threshold ?? 1,
        alarm_actions: o.alarmActions ?? ["${aws_sns_topic.alarms.arn}"],
      },
    },
    aws_config_config_rule: o.configRules ?? {
      trail: {
        name: "trail",
        source: { owner: "AWS", source_identifier: "CLOUD_TRAIL_ENABLED" },
        tags: { "securecloud:severity": "high" },
      },
    },
  });
  d["//"] = {
    ...d["//"],
    securecloud: {
      features: { cisMonitoring: ["CloudWatch.4"], requiredConfigRules: ["CLOUD_TRAIL_ENABLED"] },
    },
  };
  return d;
}

rule("SC-AUD-001", [
  pass("a year and more", () => audit()),
  fail(
    "a 30-day trail log group",
    () => audit({ retention: 30 }),
    "aws_cloudwatch_log_group.trail",
    /30 days/,
  ),
  fail(
    "a 90-day trail bucket",
    () => audit({ expiration: 90 }),
    "aws_s3_bucket_lifecycle_configuration.trail",
    /90 days/,
  ),
  fail(
    "a retention through a variable default",
    () => {
      const d = audit({ retention: "${var.days}" });
      d.variable = { days: { default: 14 } };
      return d;
    },
    "aws_cloudwatch_log_group.trail",
    /14 days/,
  ),
]);

rule("SC-GD-003", [
  pass("every 15 minutes", () => audit()),
  fail("six hours", () => audit({ frequency: "SIX_HOURS" }), "aws_guardduty_detector.d", /SIX_HOURS/),
  fail("unset", () => audit({ frequency: null }), "aws_guardduty_detector.d", /unset/),
]);

rule("SC-AUD-002", [
  pass(">= 7 to the topic", () => audit()),
  pass("$or of the two severity bands", () =>
    audit({
      pattern: {
        source: ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        $or: [
          { detail: { severity: [{ numeric: [">=", 7, "<", 9] }] } },
          { detail: { severity: [{ numeric: [">=", 9] }] } },
        ],
      },
    }),
  ),
  fail(
    "> 7 misses 7.0",
    () =>
      audit({
        pattern: {
          source: ["aws.guardduty"],
          "detail-type": ["GuardDuty Finding"],
          detail: { severity: [{ numeric: [">", 7] }] },
        },
      }),
    "aws_cloudwatch_event_rule.findings",
    /severity 7 /,
  ),
  fail(
    "severity as text",
    () => audit({ pattern: { source: ["aws.guardduty"], detail: { severity: ["HIGH"] } } }),
    "aws_cloudwatch_event_rule.findings",
    /reach no alert topic/,
  ),
  fail(
    "the rule disabled",
    () => audit({ ruleState: "DISABLED" }),
    "aws_cloudwatch_event_rule.findings",
    /reach no alert topic/,
  ),
]);

rule("SC-AUD-003", [
  pass("every IAM policy event, with an alarm that notifies", () => audit()),
  fail(
    "a filter missing PutRolePolicy",
    () => audit({ iamPattern: anyOf(IAM_EVENTS.filter((e) => e !== "PutRolePolicy")) }),
    "unit",
    /CloudWatch\.4/,
  ),
  fail(
    "|| turned into &&",
    () => audit({ iamPattern: anyOf(IAM_EVENTS).replaceAll("||", "&&") }),
    "unit",
    /CloudWatch\.4/,
  ),
  fail(
    "an alarm without actions",
    () => audit({ alarmActions: [] }),
    "aws_cloudwatch_log_metric_filter.iam",
    /no alarm/,
  ),
  fail(
    "an alarm that needs ten events",
    () => audit({ threshold: 10 }),
    "aws_cloudwatch_log_metric_filter.iam",
    /fires on one event/,
  ),
]);

rule("SC-CFG-002", [
  pass("present and tagged", () => audit()),
  fail("missing", () => audit({ configRules: {} }), "unit", /CLOUD_TRAIL_ENABLED is missing/),
  fail(
    "untagged",
    () =>
      audit({
        configRules: {
          trail: { name: "trail", source: { owner: "AWS", source_identifier: "CLOUD_TRAIL_ENABLED" } },
        },
      }),
    "aws_config_config_rule.trail",
    /live gate ignores it/,
  ),
]);
