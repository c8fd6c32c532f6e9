/** WAF, Shield Advanced, Route 53 health checks, GuardDuty, Security Hub, Config, CloudTrail, KMS. */
import type { CostResource, LineDraft, PricingContext, ServicePricers } from "../model.ts";
import { extraServingTasks, fargateServices } from "./compute.ts";
import { blocks, fmt, isObj, num, plural, refTo, unpriced } from "./util.ts";

/** Managed rule groups with a subscription and request fee of their own (not in the table). */
const PAID_RULE_GROUPS = new Set([
  "AWSManagedRulesBotControlRuleSet",
  "AWSManagedRulesATPRuleSet",
  "AWSManagedRulesACFPRuleSet",
  "AWSManagedRulesAntiDDoSRuleSet",
]);

const SHIELD_COVERS =
  'covered by the Shield Advanced subscription: standard WAF fees of a web ACL on protected resources (AWS WAF developer guide, "Shield Advanced subscriptions and AWS WAF costs")';

function webAcl(r: CostResource, ctx: PricingContext): LineDraft[] {
  const associations = ctx.stack.referrers(r, ["aws_wafv2_web_acl_association"]);
  const targets = associations.map((a) => refTo(ctx, a.values.resource_arn)).filter((t) => t !== undefined);
  const covered = targets.length > 0 && targets.every((t) => ctx.shielded.has(t.address));
  const rules = blocks(r.values.rule);
  const requests = targets.length > 0 || r.values.scope === "CLOUDFRONT" ? ctx.usage.requestsPerMonth : 0;
  const cover = covered ? { covered: true, assumption: SHIELD_COVERS } : {};
  const lines: LineDraft[] = [
    {
      item: "web ACL",
      quantity: 1,
      price: "waf.webAclMonth",
      assumption: "one web ACL for the month",
      ...cover,
    },
    {
      item: "rules and rule groups",
      quantity: rules.length,
      price: "waf.ruleMonth",
      assumption: `${plural(rules.length, "rule")} in the web ACL (a managed rule group counts as one)`,
      ...cover,
    },
    {
      item: "requests inspected",
      quantity: requests / 1e6,
      unit: "million requests",
      price: "waf.requestsPerMillion",
      assumption: `${fmt(requests)} requests (usage assumption requestsPerMonth), blocked ones included${ctx.usageNote}`,
      ...cover,
    },
  ];
  for (const rule of rules) {
    const managed = blocks(
      isObj(rule.statement) ? rule.statement.managed_rule_group_statement : undefined,
    )[0];
    if (managed && PAID_RULE_GROUPS.has(String(managed.name))) {
      lines.push(
        unpriced(
          `managed rule group ${managed.name}`,
          "its subscription and per-request fee are not in the table",
        ),
      );
    }
  }
  return lines;
}

function shieldProtection(r: CostResource, ctx: PricingContext): LineDraft[] {
  const lines: LineDraft[] = [];
  const first = ctx.stack.ofType("aws_shield_protection")[0];
  if (first?.address === r.address && ctx.stack.ofType("aws_shield_subscription").length === 0) {
    lines.push(subscriptionLine());
  }
  const target = refTo(ctx, r.values.resource_arn);
  if (target?.type === "aws_lb" || target?.type === "aws_alb") {
    const albs =
      ctx.stack.ofType("aws_lb", "aws_alb").filter((lb) => lb.values.internal !== true).length || 1;
    const gb = ctx.usage.internetEgressGbPerMonth / albs;
    lines.push({
      item: "Shield Advanced data transfer out (load balancer)",
      quantity: gb,
      price: "shield.elbDataOutGb",
      assumption: `${fmt(gb)} GB out through the protected load balancer (usage assumption internetEgressGbPerMonth), first 100 TB tier${ctx.usageNote}`,
    });
  } else {
    lines.push(
      unpriced(
        "Shield Advanced data transfer out",
        `protected ${target?.type ?? "resource"} is not an ALB; its rate is not in the table`,
      ),
    );
  }
  return lines;
}

function subscriptionLine(): LineDraft {
  return {
    item: "Shield Advanced subscription",
    quantity: 1,
    price: "shield.advancedMonth",
    assumption:
      "per AWS Organization (all accounts under one payer), with a one-year commitment that renews automatically; counted once per environment that protects resources: environments in the same organisation share one fee",
  };
}

function healthCheck(r: CostResource, _ctx: PricingContext): LineDraft[] {
  const type = String(r.values.type ?? "HTTP");
  const endpoint = !["CALCULATED", "CLOUDWATCH_METRIC", "RECOVERY_CONTROL"].includes(type);
  const options = endpoint
    ? [
        type.startsWith("HTTPS") && "HTTPS",
        type.endsWith("STR_MATCH") && "string matching",
        num(r.values.request_interval) === 10 && "fast interval",
        r.values.measure_latency === true && "latency measurement",
      ].filter((o): o is string => typeof o === "string")
    : [];
  const lines: LineDraft[] = [
    {
      item: "health check",
      quantity: 1,
      price: "route53.healthCheckAwsMonth",
      assumption: endpoint
        ? "priced as an AWS endpoint (the estate's own domain, served by its load balancer); a non-AWS endpoint costs $0.75 plus $2.00 per option"
        : `${type.toLowerCase()} health check`,
    },
  ];
  if (options.length > 0) {
    lines.push({
      item: "health check options",
      quantity: options.length,
      price: "route53.healthCheckOptionAwsMonth",
      assumption: `optional features: ${options.join(", ")}`,
    });
  }
  return lines;
}

function guardDuty(r: CostResource, ctx: PricingContext): LineDraft[] {
  if (r.values.enable === false) return [];
  const u = ctx.usage;
  return [
    {
      item: "CloudTrail management events analysed",
      quantity: u.managementEventsPerMonth / 1e6,
      unit: "million events",
      price: "guardduty.managementEventsPerMillion",
      assumption: `${fmt(u.managementEventsPerMonth)} events (usage assumption managementEventsPerMonth), first tier${ctx.usageNote}`,
    },
    {
      item: "VPC flow logs and DNS logs analysed",
      quantity: u.logIngestGbPerMonth.flowLogs,
      price: "guardduty.flowDnsGb",
      assumption: `${fmt(u.logIngestGbPerMonth.flowLogs)} GB, taken equal to the flow log volume (usage assumption logIngestGbPerMonth.flowLogs); GuardDuty reads its own copy${ctx.usageNote}`,
    },
  ];
}

function guardDutyFeature(r: CostResource, ctx: PricingContext): LineDraft[] {
  if (r.values.status !== "ENABLED") return [];
  const name = String(r.values.name);
  if (name === "S3_DATA_EVENTS") {
    return [
      {
        item: "S3 Protection: data events analysed",
        quantity: ctx.usage.s3DataEventsPerMonth / 1e6,
        unit: "million events",
        price: "guardduty.s3EventsPerMillion",
        assumption: `${fmt(ctx.usage.s3DataEventsPerMonth)} S3 data events (usage assumption s3DataEventsPerMonth)${ctx.usageNote}`,
      },
    ];
  }
  if (name === "RUNTIME_MONITORING") {
    const fargate = blocks(r.values.additional_configuration).some(
      (c) => c.name === "ECS_FARGATE_AGENT_MANAGEMENT" && c.status === "ENABLED",
    );
    if (!fargate) return [];
    const services = fargateServices(ctx);
    const serving = services.find((s) => s.color !== undefined) ?? services[0];
    const vcpus =
      services.reduce((sum, s) => sum + s.tasks * s.vcpu, 0) +
      extraServingTasks(ctx, services) * (serving?.vcpu ?? 0);
    return [
      {
        item: "Runtime Monitoring of ECS on Fargate",
        quantity: vcpus,
        price: "guardduty.fargateVcpuMonth",
        assumption: `${fmt(vcpus)} vCPUs running on average: every Fargate service at its priced task count, plus the serving color above its minimum`,
      },
    ];
  }
  if (name === "EBS_MALWARE_PROTECTION") {
    return [
      {
        item: "Malware Protection for EC2 (EBS scans)",
        quantity: 0,
        price: undefined,
        covered: true,
        assumption:
          "charged per GB of EBS volume scanned after a finding on an EC2 instance; the estate runs on Fargate and has no EBS volumes",
      },
    ];
  }
  return [unpriced(`GuardDuty feature ${name}`, "this protection plan is not in the table")];
}

function securityHub(_r: CostResource, ctx: PricingContext): LineDraft[] {
  const n = ctx.usage.securityHubChecksPerMonth;
  return [
    {
      item: "security checks",
      quantity: n,
      price: "securityhub.check",
      assumption: `${fmt(n)} checks (usage assumption securityHubChecksPerMonth), first tier (100,000 per account and region); finding ingestion of its own checks is free${ctx.usageNote}`,
    },
  ];
}

function configRecorder(_r: CostResource, ctx: PricingContext): LineDraft[] {
  const n = ctx.usage.configItemsPerMonth;
  return [
    {
      item: "configuration items recorded",
      quantity: n,
      price: "config.itemRecorded",
      assumption: `${fmt(n)} items, continuous recording (usage assumption configItemsPerMonth)${ctx.usageNote}`,
    },
  ];
}

function configRule(_r: CostResource, ctx: PricingContext): LineDraft[] {
  const n = ctx.usage.configEvaluationsPerRulePerMonth;
  return [
    {
      item: "rule evaluations",
      quantity: n,
      price: "config.ruleEvaluation",
      assumption: `${fmt(n)} evaluations of this rule (usage assumption configEvaluationsPerRulePerMonth), first tier (100,000 per region)${ctx.usageNote}`,
    },
  ];
}

function cloudTrail(r: CostResource, ctx: PricingContext): LineDraft[] {
  const lines: LineDraft[] = [];
  const u = ctx.usage;
  const selectors = blocks(r.values.event_selector);
  const management = selectors.length === 0 || selectors.some((s) => s.include_management_events !== false);
  const earlier = ctx.stack
    .ofType("aws_cloudtrail")
    .slice(
      0,
      ctx.stack.ofType("aws_cloudtrail").findIndex((t) => t.address === r.address),
    )
    .some((t) => blocks(t.values.event_selector).every((s) => s.include_management_events !== false));
  if (management && earlier) {
    lines.push({
      item: "management events (additional copy)",
      quantity: u.managementEventsPerMonth / 1e5,
      unit: "100,000 events",
      price: "cloudtrail.paidManagementEventsPer100k",
      assumption: `another trail in this stack already delivers the free copy; ${fmt(u.managementEventsPerMonth)} events (usage assumption managementEventsPerMonth)${ctx.usageNote}`,
    });
  } else if (management) {
    lines.push({
      item: "management events (first copy)",
      quantity: 1,
      price: undefined,
      covered: true,
      assumption: "the first copy of management events is delivered free",
    });
  }
  const data =
    selectors.some((s) => blocks(s.data_resource).length > 0) ||
    blocks(r.values.advanced_event_selector).length > 0;
  if (data) {
    lines.push({
      item: "S3 data events",
      quantity: u.s3DataEventsPerMonth / 1e5,
      unit: "100,000 events",
      price: "cloudtrail.dataEventsPer100k",
      assumption: `${fmt(u.s3DataEventsPerMonth)} data events on the logged buckets (usage assumption s3DataEventsPerMonth)${ctx.usageNote}`,
    });
  }
  if (blocks(r.values.insight_selector).length > 0)
    lines.push(unpriced("CloudTrail Insights", "not in the table"));
  return lines;
}

function kmsKey(r: CostResource, ctx: PricingContext): LineDraft[] {
  const keys = ctx.stack.ofType("aws_kms_key").length;
  const requests = ctx.usage.kmsRequestsPerMonth / keys;
  return [
    {
      item: "customer managed key",
      quantity: 1,
      price: "kms.keyMonth",
      assumption:
        r.values.enable_key_rotation === true
          ? "$1/month in its first year; each yearly rotation adds $1/month (capped after the second rotation)"
          : "one key for the month",
    },
    {
      item: "KMS requests",
      quantity: requests,
      price: "kms.request",
      assumption: `${fmt(ctx.usage.kmsRequestsPerMonth)} requests (usage assumption kmsRequestsPerMonth) split evenly over ${plural(keys, "key")}; the 20,000 free requests are not deducted${ctx.usageNote}`,
    },
  ];
}

export const SECURITY: readonly ServicePricers[] = [
  { service: "WAF", pricers: { aws_wafv2_web_acl: webAcl } },
  {
    service: "Shield",
    pricers: { aws_shield_protection: shieldProtection, aws_shield_subscription: () => [subscriptionLine()] },
  },
  { service: "Route 53", pricers: { aws_route53_health_check: healthCheck } },
  {
    service: "GuardDuty",
    pricers: { aws_guardduty_detector: guardDuty, aws_guardduty_detector_feature: guardDutyFeature },
  },
  { service: "Security Hub", pricers: { aws_securityhub_account: securityHub } },
  {
    service: "Config",
    pricers: { aws_config_configuration_recorder: configRecorder, aws_config_config_rule: configRule },
  },
  { service: "CloudTrail", pricers: { aws_cloudtrail: cloudTrail } },
  { service: "KMS", pricers: { aws_kms_key: kmsKey } },
];
