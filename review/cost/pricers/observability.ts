/** CloudWatch Logs (by the role each log group plays), metrics, alarms, dashboards; S3 storage. */
import type { LogRole } from "../../../common/usage-assumptions.ts";
import type { CostResource, LineDraft, PricingContext, ServicePricers } from "../model.ts";
import { blocks, fmt, num, plural } from "./util.ts";

const DAYS_PER_MONTH = 365 / 12;
/** Log groups that never expire are priced at a year of storage. */
const NEVER_EXPIRES_MONTHS = 12;

/** What a log group holds, from what writes to it (falls back to `other`). */
export function logRole(r: CostResource, ctx: PricingContext): LogRole {
  const writers = (...types: string[]) => ctx.stack.referrers(r, types).length > 0;
  if (writers("aws_flow_log")) return "flowLogs";
  if (
    writers("aws_wafv2_web_acl_logging_configuration") ||
    String(r.values.name ?? "").startsWith("aws-waf-logs-")
  )
    return "waf";
  if (writers("aws_cloudtrail")) return "cloudtrail";
  if (writers("aws_ecs_task_definition")) return "service";
  if (writers("aws_ssm_document")) return "sessions";
  return "other";
}

/** Delivered by an AWS service as vended logs (tiered price) rather than written through the API. */
const VENDED: ReadonlySet<LogRole> = new Set(["flowLogs", "waf"]);

function logGroup(r: CostResource, ctx: PricingContext): LineDraft[] {
  const role = logRole(r, ctx);
  const gb = ctx.usage.logIngestGbPerMonth[role];
  const days = num(r.values.retention_in_days) ?? 0;
  const months = days > 0 ? days / DAYS_PER_MONTH : NEVER_EXPIRES_MONTHS;
  if (r.values.log_group_class === "INFREQUENT_ACCESS") {
    return [
      {
        item: "log ingestion (Infrequent Access class)",
        quantity: gb,
        price: undefined,
        assumption: "unpriced: the Infrequent Access log class is not in the table",
      },
    ];
  }
  return [
    {
      item: VENDED.has(role) ? "log ingestion (vended logs)" : "log ingestion",
      quantity: gb,
      price: VENDED.has(role) ? "logs.vendedIngestGb" : "logs.ingestGb",
      assumption: `${fmt(gb)} GB/month of ${role} logs (usage assumption logIngestGbPerMonth.${role})${ctx.usageNote}`,
    },
    {
      item: "log storage",
      quantity: gb * months,
      price: "logs.storageGbMonth",
      assumption: `steady state: ${fmt(gb)} GB/month kept ${days > 0 ? `${days} days` : "without expiry (a year counted)"} = ${fmt(gb * months)} GB; CloudWatch bills the compressed size, so this is an upper bound${ctx.usageNote}`,
    },
  ];
}

function metricFilter(r: CostResource): LineDraft[] {
  const metrics = blocks(r.values.metric_transformation).length || 1;
  return [
    {
      item: "custom metric from a log metric filter",
      quantity: metrics,
      price: "cloudwatch.customMetricMonth",
      assumption: `${plural(metrics, "metric")} published all month, no dimensions; first 10,000 metrics tier`,
    },
  ];
}

function metricAlarm(r: CostResource): LineDraft[] {
  const queries = blocks(r.values.metric_query);
  const metrics = queries.length > 0 ? queries.filter((q) => blocks(q.metric).length > 0).length : 1;
  const periods = [
    num(r.values.period),
    ...queries.flatMap((q) => blocks(q.metric).map((m) => num(m.period))),
  ];
  const high = periods.some((p) => p !== undefined && p < 60);
  return [
    {
      item: high ? "high-resolution alarm metrics" : "alarm metrics",
      quantity: metrics,
      price: high ? "cloudwatch.highResolutionAlarmMetricMonth" : "cloudwatch.alarmMetricMonth",
      assumption:
        queries.length > 0
          ? `a metric math alarm is billed per metric it reads: ${plural(metrics, "metric")}`
          : "one metric, all month",
    },
  ];
}

function s3Bucket(_r: CostResource, ctx: PricingContext): LineDraft[] {
  const gb = ctx.usage.s3StorageGbPerBucket;
  return [
    {
      item: "S3 Standard storage",
      quantity: gb,
      price: "s3.standardGbMonth",
      assumption: `${fmt(gb)} GB average in this bucket (usage assumption s3StorageGbPerBucket); requests not priced${ctx.usageNote}`,
    },
  ];
}

export const OBSERVABILITY: readonly ServicePricers[] = [
  { service: "CloudWatch Logs", pricers: { aws_cloudwatch_log_group: logGroup } },
  {
    service: "CloudWatch",
    pricers: {
      aws_cloudwatch_log_metric_filter: metricFilter,
      aws_cloudwatch_metric_alarm: metricAlarm,
      aws_cloudwatch_composite_alarm: () => [
        {
          item: "composite alarm",
          quantity: 1,
          price: "cloudwatch.compositeAlarmMonth",
          assumption: "one composite alarm, all month",
        },
      ],
      aws_cloudwatch_dashboard: () => [
        {
          item: "dashboard",
          quantity: 1,
          price: "cloudwatch.dashboardMonth",
          assumption: "one dashboard, all month; the account's 3 free dashboards are not deducted",
        },
      ],
    },
  },
  { service: "S3", pricers: { aws_s3_bucket: s3Bucket } },
];
