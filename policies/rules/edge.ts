/** The edge: WAF web ACLs on the internet-facing ALBs (load-balancer rules in load-balancers.ts). */
import { RATE_WINDOW_SECONDS } from "../../common/edge-limits.ts";
import { PER_IP_RATE_RULE } from "../../common/estate-properties.ts";

/** The bounds the AWS Config rule `waf-per-ip-rate-rule` checks after apply: one definition. */
const RATE_LIMIT_CEILING = PER_IP_RATE_RULE.maximumLimit;
const RATE_LIMIT_MINIMUM = PER_IP_RATE_RULE.minimumLimit;

import type { StackModel, TfResource } from "../engine/types.ts";
import { block, blocks, bool, isObj, list, num, type Obj, str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { loadBalancerRules } from "./load-balancers.ts";
import { internetFacingAlbs } from "./queries/elb.ts";
import { actionKind, statementOf, type WafRule, wafRules, webAclsOf } from "./queries/waf.ts";

function regionalAcls(stack: StackModel): TfResource[] {
  return stack
    .ofType("aws_wafv2_web_acl")
    .filter((a) => (str(a.values.scope) ?? "REGIONAL").toUpperCase() === "REGIONAL");
}

/** Web ACLs that protect internet-facing ALBs (or every regional ACL when none is associated). */
function protectingAcls(stack: StackModel): TfResource[] {
  const associated = new Set(internetFacingAlbs(stack).flatMap((lb) => webAclsOf(stack, lb)));
  const acls = stack.ofType("aws_wafv2_web_acl").filter((a) => associated.has(a));
  return acls.length > 0 ? acls : regionalAcls(stack);
}

export const albHasWebAcl = defineRule({
  id: "SC-WAF-001",
  title: "Every internet-facing application load balancer has a WAF web ACL",
  severity: "high",
  category: "edge",
  rationale:
    "Without a web ACL nothing stands between the internet and the service: no rate limiting, no managed protections. The May 31 outage was an unfiltered IP flood.",
  remediation:
    "Create a REGIONAL aws_wafv2_web_acl and an aws_wafv2_web_acl_association with resource_arn = the ALB's arn and web_acl_arn = the ACL's arn.",
  controls: { fsbp: ["ELB.16"], cis: [] },
  awsConfigRules: ["alb-waf-enabled"],
  checkov: ["CKV2_AWS_28"],
  resourceTypes: ["aws_lb", "aws_wafv2_web_acl", "aws_wafv2_web_acl_association"],
  check(ctx) {
    const { stack } = ctx;
    const albs = internetFacingAlbs(stack);
    if (albs.length === 0) return;
    if (stack.ofType("aws_wafv2_web_acl", "aws_wafregional_web_acl").length === 0) {
      ctx.report(
        "stack",
        `no WAF web ACL in the stack, yet ${albs.length} internet-facing ALB(s) exist (${albs.map((a) => a.address).join(", ")})`,
      );
      return;
    }
    for (const lb of albs) {
      const acls = webAclsOf(stack, lb);
      if (acls.length === 0) {
        ctx.report(lb, "internet-facing ALB has no aws_wafv2_web_acl_association pointing at it");
        continue;
      }
      for (const acl of acls) {
        const scope = str(acl.values.scope);
        if (scope && scope.toUpperCase() === "CLOUDFRONT") {
          ctx.report(
            lb,
            `associated web ACL ${acl.address} has scope CLOUDFRONT; an ALB needs a REGIONAL ACL`,
          );
        }
      }
    }
  },
});

function isPerIp(rbs: Obj): boolean {
  const key = (str(rbs.aggregate_key_type) ?? "IP").toUpperCase();
  if (key === "IP" || key === "FORWARDED_IP") return true;
  if (key === "CUSTOM_KEYS") {
    return blocks(rbs.custom_key).some((k) => isObj(k) && ("ip" in k || "forwarded_ip" in k));
  }
  return false;
}

function rateRules(rules: WafRule[]): { rule: WafRule; rbs: Obj }[] {
  const out: { rule: WafRule; rbs: Obj }[] = [];
  for (const rule of rules) {
    const rbs = block(statementOf(rule)?.rate_based_statement);
    if (rbs) out.push({ rule, rbs });
  }
  return out;
}

export const rateLimit = defineRule({
  id: "SC-WAF-002",
  title: "Web ACLs block floods with a bounded per-IP rate-based rule",
  severity: "high",
  category: "edge",
  rationale:
    "A per-IP rate-based rule is what stops one client (or a botnet node) from exhausting the service; without a bound, or in count mode, it does not protect anything.",
  remediation: `Add a rule with statement.rate_based_statement { aggregate_key_type = "IP", limit = <= ${RATE_LIMIT_CEILING} } and action { block {} }, with no scope-down statement so it covers every path.`,
  controls: { fsbp: [], cis: [] },
  awsConfigRules: ["securecloud-<env>-waf-per-ip-rate-rule (custom)"],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl", "aws_wafv2_web_acl_association"],
  check(ctx) {
    const { stack } = ctx;
    const declared = stack.features.rateLimitCeiling;
    const ceiling = typeof declared === "number" && declared > 0 ? declared : RATE_LIMIT_CEILING;
    for (const acl of protectingAcls(stack)) {
      const rates = rateRules(wafRules(stack, acl));
      const global = rates.filter(({ rbs }) => isPerIp(rbs) && !block(rbs.scope_down_statement));
      if (global.length === 0) {
        const scoped = rates.filter(({ rbs }) => isPerIp(rbs)).length;
        ctx.report(
          acl,
          scoped > 0
            ? "only path-scoped rate rules exist; add a per-IP rate-based rule without a scope-down statement"
            : "web ACL has no per-IP rate-based rule",
        );
        continue;
      }
      for (const { rule, rbs } of rates) {
        // the ceiling is per 5-minute window: a shorter window allows proportionally more
        const window = num(rbs.evaluation_window_sec) ?? RATE_WINDOW_SECONDS;
        const raw = num(rbs.limit);
        const limit = raw === undefined ? undefined : Math.round((raw * RATE_WINDOW_SECONDS) / window);
        if (rbs.limit !== undefined && limit === undefined) continue; // an expression: unknown
        if (limit === undefined) ctx.report(rule.at, `rate rule "${rule.name}" has no limit`);
        else if (limit > ceiling) {
          ctx.report(
            rule.at,
            `rate rule "${rule.name}" allows ${limit} requests per window${window !== RATE_WINDOW_SECONDS ? ` of ${RATE_WINDOW_SECONDS} s (${raw} per ${window} s)` : ""}, above the ceiling of ${ceiling}`,
          );
        } else if (raw !== undefined && raw < RATE_LIMIT_MINIMUM) {
          ctx.report(
            rule.at,
            `rate rule "${rule.name}" limit ${raw} is below WAF's minimum of ${RATE_LIMIT_MINIMUM}`,
          );
        }
        const kind = actionKind(rule.body.action);
        if (kind !== "block") {
          ctx.report(rule.at, `rate rule "${rule.name}" action is ${kind ?? "missing"}; it must block`);
        }
      }
    }
  },
});

function managedGroup(rule: WafRule): { name: string; vendor: string; statement: Obj } | undefined {
  const st = statementOf(rule);
  const m = block(st?.managed_rule_group_statement);
  if (!m) return undefined;
  return { name: str(m.name) ?? "unknown", vendor: str(m.vendor_name) ?? "AWS", statement: m };
}

export const managedGroupsEnforce = defineRule({
  id: "SC-WAF-003",
  title: "Managed rule groups enforce rather than count",
  severity: "high",
  category: "edge",
  rationale:
    "A managed rule group with override_action count (or rules overridden to count) only labels attacks; the requests still reach the service.",
  remediation:
    "Use override_action { none {} } on managed rule group rules, and remove rule_action_override entries that set count (or suppress this finding with the false-positive that justifies it).",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl", "aws_wafv2_web_acl_rule_group_association"],
  check(ctx) {
    const { stack } = ctx;
    for (const acl of stack.ofType("aws_wafv2_web_acl")) {
      for (const rule of wafRules(stack, acl)) {
        const st = statementOf(rule);
        const group =
          managedGroup(rule) ??
          (block(st?.rule_group_reference_statement)
            ? { name: "rule group", statement: block(st?.rule_group_reference_statement)! }
            : undefined);
        if (!group) continue;
        const override = actionKind(rule.body.override_action);
        if (override === "count") {
          ctx.report(
            rule.at,
            `rule "${rule.name}" (${group.name}) has override_action count: the group only counts`,
          );
        }
        for (const o of blocks(group.statement.rule_action_override)) {
          const kind = actionKind(o.action_to_use);
          if (kind === "allow") {
            ctx.report(
              rule.at,
              `rule "${rule.name}" (${group.name}) overrides ${str(o.name) ?? "a rule"} to allow: what it detects is let through`,
            );
          }
          if (kind === "count") {
            ctx.report(
              rule.at,
              `rule "${rule.name}" (${group.name}) overrides ${str(o.name) ?? "a rule"} to count`,
            );
          }
        }
      }
    }
  },
});

export const BASELINE_GROUPS = [
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
  "AWSManagedRulesAmazonIpReputationList",
];

export const baselineGroups = defineRule({
  id: "SC-WAF-004",
  title: "Web ACLs include the AWS baseline managed rule groups",
  severity: "medium",
  category: "edge",
  rationale:
    "The core rule set, known bad inputs and the Amazon IP reputation list block the common exploit traffic and known-bad sources at no engineering cost.",
  remediation: `Add managed_rule_group_statement rules for ${BASELINE_GROUPS.join(", ")} (vendor AWS) with override_action { none {} }.`,
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: ["CKV_AWS_192", "CKV2_AWS_76"],
  resourceTypes: ["aws_wafv2_web_acl"],
  check(ctx) {
    for (const acl of protectingAcls(ctx.stack)) {
      const present = new Set(
        wafRules(ctx.stack, acl)
          .map(managedGroup)
          .filter((g) => g && g.vendor === "AWS")
          .map((g) => g!.name),
      );
      const missing = BASELINE_GROUPS.filter((g) => !present.has(g));
      if (missing.length > 0) ctx.report(acl, `web ACL lacks managed rule group(s): ${missing.join(", ")}`);
    }
  },
});

export const wafLogging = defineRule({
  id: "SC-WAF-005",
  title: "Web ACLs log requests",
  severity: "medium",
  category: "edge",
  rationale:
    "WAF logs show which rule blocked whom; without them the blocklist runbook has no evidence to act on.",
  remediation:
    "Add an aws_wafv2_web_acl_logging_configuration with resource_arn = the ACL's arn, logging to a log group named aws-waf-logs-*, redacting authorization and cookie headers.",
  controls: { fsbp: ["WAF.11"], cis: [] },
  awsConfigRules: ["wafv2-logging-enabled"],
  checkov: ["CKV2_AWS_31"],
  resourceTypes: ["aws_wafv2_web_acl", "aws_wafv2_web_acl_logging_configuration"],
  check(ctx) {
    const { stack } = ctx;
    for (const acl of stack.ofType("aws_wafv2_web_acl")) {
      const configs = stack
        .ofType("aws_wafv2_web_acl_logging_configuration")
        .filter((c) => stack.refOf(c.values.resource_arn)?.target === acl);
      if (configs.length === 0) {
        ctx.report(acl, "web ACL has no aws_wafv2_web_acl_logging_configuration");
        continue;
      }
      for (const c of configs) {
        for (const dest of list(c.values.log_destination_configs)) {
          const target = stack.refOf(dest)?.target;
          if (target?.type === "aws_cloudwatch_log_group") {
            const name = str(target.values.name);
            if (name && !name.includes("${") && !name.startsWith("aws-waf-logs-")) {
              ctx.report(
                c,
                `log group ${target.address} is named "${name}"; WAF only delivers to names starting with aws-waf-logs-`,
              );
            }
          }
        }
      }
    }
  },
});

export const wafMetrics = defineRule({
  id: "SC-WAF-006",
  title: "Web ACLs and their rules publish CloudWatch metrics",
  severity: "low",
  category: "edge",
  rationale:
    "Blocked-request and rate-rule alarms need the per-rule metrics; a rule without metrics is invisible.",
  remediation:
    "Set visibility_config { cloudwatch_metrics_enabled = true, sampled_requests_enabled = true } on the ACL and every rule.",
  controls: { fsbp: ["WAF.12"], cis: [] },
  awsConfigRules: ["wafv2-rulegroup-logging-enabled"],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl"],
  check(ctx) {
    for (const acl of ctx.stack.ofType("aws_wafv2_web_acl")) {
      const vc = block(acl.values.visibility_config);
      if (vc && bool(vc.cloudwatch_metrics_enabled) === false)
        ctx.report(acl, "web ACL visibility_config disables CloudWatch metrics");
      for (const rule of wafRules(ctx.stack, acl)) {
        const rvc = block(rule.body.visibility_config);
        if (rule.at === acl && rvc && bool(rvc.cloudwatch_metrics_enabled) === false) {
          ctx.report(acl, `rule "${rule.name}" disables CloudWatch metrics`);
        }
      }
    }
  },
});

export const edgeRules = [
  ...loadBalancerRules,
  albHasWebAcl,
  rateLimit,
  managedGroupsEnforce,
  baselineGroups,
  wafLogging,
  wafMetrics,
];
