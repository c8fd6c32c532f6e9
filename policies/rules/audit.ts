/**
 * Detection and audit fitness: records kept for the benchmark's period, findings published
 * and routed to people, the CIS metric filters matching the events the benchmark names, and
 * the Config rules the live gate depends on present and readable.
 */
import { isSeverity, TAG } from "../../common/conventions.ts";
import type { StackModel, TfResource } from "../engine/types.ts";
import {
  allBlocks,
  block,
  blocks,
  bool,
  isObj,
  literal,
  num,
  type Obj,
  str,
  strings,
} from "../engine/values.ts";
import { CIS_EVENTS, GUARDDUTY_HIGH_FINDINGS } from "./cis-events.ts";
import { defineRule } from "./define.ts";
import { patternMatches } from "./queries/event-pattern.ts";
import { filterMatches } from "./queries/log-filter.ts";
import { tagValue } from "./queries/refs.ts";
import { bucketCompanions, bucketOf } from "./queries/s3.ts";

/** CIS AWS Foundations (and CloudWatch.16's default): audit records are kept at least a year. */
export const AUDIT_RETENTION_DAYS = 365;

function logGroupOf(stack: StackModel, value: unknown): TfResource | undefined {
  const ref = stack.refsIn(value).find((r) => r.target.type === "aws_cloudwatch_log_group");
  if (ref) return ref.target;
  const name = literal(value);
  return stack
    .ofType("aws_cloudwatch_log_group")
    .find((g) => literal(g.values.name) !== undefined && literal(g.values.name) === name);
}

/** Enabled lifecycle rules of a bucket that expire current objects, with their day counts. */
function expirations(
  stack: StackModel,
  bucket: TfResource,
): { at: TfResource; days: number; prefix: string }[] {
  const out: { at: TfResource; days: number; prefix: string }[] = [];
  for (const lc of bucketCompanions(stack, bucket, "aws_s3_bucket_lifecycle_configuration")) {
    for (const r of allBlocks(lc.values, "rule")) {
      if (str(r.status) !== "Enabled") continue;
      const f = block(r.filter);
      const prefix = str(f?.prefix) ?? str(block(f?.and)?.prefix) ?? str(r.prefix) ?? "";
      for (const e of blocks(r.expiration)) {
        const days = num(e.days);
        if (days !== undefined && days > 0) out.push({ at: lc, days, prefix });
      }
    }
  }
  for (const r of allBlocks(bucket.values, "lifecycle_rule")) {
    if (bool(r.enabled) === false) continue;
    for (const e of blocks(r.expiration)) {
      const days = num(e.days);
      if (days !== undefined && days > 0) out.push({ at: bucket, days, prefix: str(r.prefix) ?? "" });
    }
  }
  return out;
}

export const auditRetention = defineRule({
  id: "SC-AUD-001",
  title: "Audit records (trail, Config history, flow logs) are kept at least a year",
  severity: "medium",
  category: "logging",
  rationale:
    "An intrusion is usually found months after it began; the investigation needs the trail, the configuration history and the flow logs of the whole period. CIS and CloudWatch.16 ask for at least 365 days.",
  remediation: `retention_in_days >= ${AUDIT_RETENTION_DAYS} on the trail's and the flow logs' log groups; lifecycle expiration >= ${AUDIT_RETENTION_DAYS} days on the trail and Config buckets.`,
  controls: { fsbp: ["CloudWatch.16"], cis: [] },
  awsConfigRules: ["cw-loggroup-retention-period-check"],
  checkov: ["CKV_AWS_338"],
  resourceTypes: [
    "aws_cloudtrail",
    "aws_cloudwatch_log_group",
    "aws_flow_log",
    "aws_config_delivery_channel",
    "aws_s3_bucket_lifecycle_configuration",
  ],
  check(ctx) {
    const { stack } = ctx;
    const groups = new Map<TfResource, string>();
    const buckets = new Map<TfResource, { what: string; prefix: string }>();
    for (const t of stack.ofType("aws_cloudtrail")) {
      const g = logGroupOf(stack, t.values.cloud_watch_logs_group_arn);
      if (g) groups.set(g, `the trail ${t.address}`);
      const b = bucketOf(stack, t.values.s3_bucket_name);
      if (b) buckets.set(b, { what: `the trail ${t.address}`, prefix: str(t.values.s3_key_prefix) ?? "" });
    }
    for (const f of stack.ofType("aws_flow_log")) {
      const g = logGroupOf(stack, f.values.log_destination ?? f.values.log_group_name);
      if (g) groups.set(g, `the flow log ${f.address}`);
    }
    for (const c of stack.ofType("aws_config_delivery_channel")) {
      const b = bucketOf(stack, c.values.s3_bucket_name);
      if (b)
        buckets.set(b, {
          what: `the Config delivery channel ${c.address}`,
          prefix: str(c.values.s3_key_prefix) ?? "",
        });
    }
    for (const [g, what] of groups) {
      const days = num(g.values.retention_in_days);
      if (days !== undefined && days > 0 && days < AUDIT_RETENTION_DAYS)
        ctx.report(g, `log group of ${what} keeps events ${days} days, less than ${AUDIT_RETENTION_DAYS}`);
    }
    for (const [b, { what, prefix }] of buckets) {
      for (const e of expirations(stack, b)) {
        const applies =
          e.prefix === "" ||
          prefix.startsWith(e.prefix) ||
          `${prefix}AWSLogs/`.startsWith(e.prefix) ||
          e.prefix.startsWith(prefix);
        if (applies && e.days < AUDIT_RETENTION_DAYS)
          ctx.report(
            e.at,
            `bucket ${b.address} of ${what} expires objects${e.prefix ? ` under ${e.prefix}` : ""} after ${e.days} days, less than ${AUDIT_RETENTION_DAYS}`,
          );
      }
    }
  },
});

export const guardDutyPublishesPromptly = defineRule({
  id: "SC-GD-003",
  title: "GuardDuty publishes finding updates every 15 minutes",
  severity: "medium",
  category: "logging",
  rationale:
    "New findings go to EventBridge at once, but updates to an active finding (a brute force still going on) wait for the publishing frequency, six hours unless set: the alert for an ongoing attack arrives the next morning.",
  remediation: 'finding_publishing_frequency = "FIFTEEN_MINUTES" on the aws_guardduty_detector.',
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_guardduty_detector"],
  check(ctx) {
    for (const d of ctx.stack.ofType("aws_guardduty_detector")) {
      if (bool(d.values.enable) === false) continue;
      const f = str(d.values.finding_publishing_frequency);
      if (f !== "FIFTEEN_MINUTES")
        ctx.report(d, `finding_publishing_frequency is ${f ?? "unset (SIX_HOURS)"}`);
    }
  },
});

function eventPattern(rule: TfResource): Obj | undefined {
  const p = rule.values.event_pattern;
  if (isObj(p)) return p;
  if (typeof p !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(p);
    return isObj(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Event rules that are on, on the default bus, with a target delivering to an SNS topic. */
function alertingRules(stack: StackModel): TfResource[] {
  const targets = stack.ofType("aws_cloudwatch_event_target");
  return stack.ofType("aws_cloudwatch_event_rule").filter((r) => {
    if (str(r.values.state)?.toUpperCase().startsWith("DISABLED") || bool(r.values.is_enabled) === false)
      return false;
    const bus = literal(r.values.event_bus_name);
    if (bus !== undefined && bus !== "default") return false;
    return targets.some(
      (t) =>
        stack.refsIn(t.values.rule).some((x) => x.target === r) &&
        (stack.refsIn(t.values.arn).some((x) => x.target.type === "aws_sns_topic") ||
          /^arn:aws[\w-]*:sns:/.test(str(t.values.arn) ?? "")),
    );
  });
}

export const findingsRouted = defineRule({
  id: "SC-AUD-002",
  title: "EventBridge routes every HIGH and CRITICAL GuardDuty finding to an alert topic",
  severity: "high",
  category: "logging",
  rationale:
    "GuardDuty only detects; a person acts when the finding reaches the alarm topic. An event pattern that no longer matches (a severity written as text, > where >= was meant, a changed detail-type), a disabled rule or a missing target means serious findings go unseen.",
  remediation:
    'An enabled aws_cloudwatch_event_rule on the default bus with event_pattern {"source": ["aws.guardduty"], "detail-type": ["GuardDuty Finding"], "detail": {"severity": [{"numeric": [">=", 7]}]}} and an aws_cloudwatch_event_target to the alarm topic.',
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_guardduty_detector", "aws_cloudwatch_event_rule", "aws_cloudwatch_event_target"],
  check(ctx) {
    const { stack } = ctx;
    if (!stack.ofType("aws_guardduty_detector").some((d) => bool(d.values.enable) !== false)) return;
    const rules = alertingRules(stack);
    const missed = GUARDDUTY_HIGH_FINDINGS.filter((event) => {
      const results = rules.map((r) => {
        const p = eventPattern(r);
        return p ? patternMatches(p, event) : undefined;
      });
      return !results.some((x) => x === true || x === undefined);
    });
    if (missed.length === 0) return;
    const guardduty = stack
      .ofType("aws_cloudwatch_event_rule")
      .filter((r) => JSON.stringify(eventPattern(r) ?? {}).includes("aws.guardduty"));
    const where = guardduty[0] ?? "stack";
    ctx.report(
      where,
      `GuardDuty findings of severity ${missed.map((e) => e.detail.severity).join(", ")} reach no alert topic (no enabled rule on the default bus with an SNS target matches them)`,
    );
  },
});

/** Does the alarm go off on a single matching event (Sum >= 1, or > 0)? */
function firesOnOneEvent(alarm: TfResource): boolean {
  const threshold = num(alarm.values.threshold);
  const op = str(alarm.values.comparison_operator);
  if (threshold === undefined || op === undefined) return true;
  if (op === "GreaterThanOrEqualToThreshold") return threshold <= 1;
  if (op === "GreaterThanThreshold") return threshold < 1;
  return false;
}

export const cisMetricFilters = defineRule({
  id: "SC-AUD-003",
  title: "The CIS metric filters match the events the benchmark names, and their alarms notify",
  severity: "medium",
  category: "logging",
  rationale:
    "Each CIS monitoring control is a metric filter on the trail's log group and an alarm on its metric. A filter missing an event name, with && where || was meant, on another log group, or an alarm on another metric or without actions, stays green while the event happens.",
  remediation:
    "For each declared control (declareForGate cisMonitoring), a aws_cloudwatch_log_metric_filter on the trail's log group whose pattern matches every event the benchmark names, and an aws_cloudwatch_metric_alarm on its metric (same name and namespace) with alarm_actions.",
  controls: { fsbp: [], cis: ["v1.4.0 4.1", "v1.4.0 4.3", "v1.4.0 4.4", "v1.4.0 4.5"] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_cloudwatch_log_metric_filter", "aws_cloudwatch_metric_alarm", "aws_cloudtrail"],
  check(ctx) {
    const { stack } = ctx;
    const declared = stack.features.cisMonitoring;
    if (!Array.isArray(declared) || declared.length === 0) return;
    const trailGroups = new Set(
      stack
        .ofType("aws_cloudtrail")
        .map((t) => logGroupOf(stack, t.values.cloud_watch_logs_group_arn))
        .filter((g): g is TfResource => g !== undefined),
    );
    const filters = stack.ofType("aws_cloudwatch_log_metric_filter").filter((f) => {
      const g = logGroupOf(stack, f.values.log_group_name);
      return g !== undefined && trailGroups.has(g);
    });
    const alarms = stack.ofType("aws_cloudwatch_metric_alarm");
    for (const control of declared) {
      const spec = CIS_EVENTS[control];
      if (!spec) continue;
      const matching = filters.filter((f) => {
        const pattern = str(f.values.pattern);
        return pattern !== undefined && spec.events.every((e) => filterMatches(pattern, e) !== false);
      });
      if (matching.length === 0) {
        ctx.report(
          "stack",
          `no metric filter on the trail's log group matches every event of ${control} (${spec.title})`,
        );
        continue;
      }
      const alarmed = matching.some((f) => {
        const mt = block(f.values.metric_transformation);
        const name = str(mt?.name);
        const ns = str(mt?.namespace);
        return alarms.some(
          (a) =>
            str(a.values.metric_name) === name &&
            str(a.values.namespace) === ns &&
            strings(a.values.alarm_actions).length > 0 &&
            bool(a.values.actions_enabled) !== false &&
            firesOnOneEvent(a),
        );
      });
      if (!alarmed)
        ctx.report(
          matching[0]!,
          `no alarm with actions that fires on one event watches the metric of ${control} (${spec.title})`,
        );
    }
  },
});

export const requiredConfigRules = defineRule({
  id: "SC-CFG-002",
  title: "The AWS Config rules the estate requires are present and tagged for the live gate",
  severity: "high",
  category: "logging",
  rationale: `The live gate blocks a deploy on the Config rules tagged ${TAG.severity}; a required rule that is deleted, points at another managed rule, or loses its severity tag is silently no longer checked after apply.`,
  remediation: `Keep an aws_config_config_rule with source { owner = "AWS", source_identifier = <id> } and tags { "${TAG.severity}" = low|medium|high|critical } for each declared rule (declareForGate requiredConfigRules).`,
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_config_config_rule"],
  check(ctx) {
    const { stack } = ctx;
    const required = stack.features.requiredConfigRules;
    if (!Array.isArray(required)) return;
    const rules = stack.ofType("aws_config_config_rule");
    for (const id of required) {
      const found = rules.filter((r) => {
        const src = block(r.values.source);
        return str(src?.owner) === "AWS" && str(src?.source_identifier) === id;
      });
      if (found.length === 0) {
        ctx.report("stack", `required AWS Config rule ${id} is missing`);
        continue;
      }
      for (const r of found) {
        const severity = tagValue(r, TAG.severity);
        if (!isSeverity(severity))
          ctx.report(r, `${id} has ${TAG.severity} = ${severity ?? "(none)"}: the live gate ignores it`);
      }
    }
  },
});

export const auditRules = [
  auditRetention,
  guardDutyPublishesPromptly,
  findingsRouted,
  cisMetricFilters,
  requiredConfigRules,
];
