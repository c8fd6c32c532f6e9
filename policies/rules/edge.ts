import { RATE_LIMIT_CEILING, RATE_LIMIT_MINIMUM, RATE_WINDOW_SECONDS } from "../../common/edge-limits.ts";
import type { StackModel, TfResource } from "../engine/types.ts";
import { block, blocks, bool, isObj, list, num, type Obj, str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import {
  actions,
  actionType,
  applicationLbs,
  internetFacingAlbs,
  LB_TYPES,
  LISTENER_TYPES,
  listenerLb,
  listenerProtocol,
  listenerRulesOf,
  redirectsToHttps,
} from "./queries/elb.ts";
import { refTarget } from "./queries/refs.ts";
import { actionKind, statementOf, type WafRule, wafRules, webAclsOf } from "./queries/waf.ts";

// ---------------------------------------------------------------- listeners

function describeAction(a: Obj): string {
  const t = actionType(a) ?? "unknown";
  if (t === "redirect") return `redirect to ${str(block(a.redirect)?.protocol) ?? "?"}`;
  return t;
}

export const httpRedirectsToHttps = defineRule({
  id: "SC-ELB-001",
  title: "HTTP listeners only redirect to HTTPS",
  severity: "medium",
  category: "edge",
  rationale:
    "A plaintext listener that serves content lets anyone on the path read or alter it; port 80 must exist only to send clients to HTTPS.",
  remediation:
    'Give the HTTP listener a default_action { type = "redirect", redirect { protocol = "HTTPS", port = "443", status_code = "HTTP_301" } } and attach no forwarding rules to it.',
  controls: { fsbp: ["ELB.1"], cis: [] },
  awsConfigRules: ["alb-http-to-https-redirection-check"],
  checkov: ["CKV_AWS_2", "CKV2_AWS_20"],
  resourceTypes: ["aws_lb_listener", "aws_alb_listener", "aws_lb_listener_rule"],
  check(ctx) {
    const { stack } = ctx;
    for (const l of stack.ofType(...LISTENER_TYPES)) {
      const lb = listenerLb(stack, l);
      if (lb && str(lb.values.load_balancer_type) && str(lb.values.load_balancer_type) !== "application")
        continue;
      if (listenerProtocol(l) !== "HTTP") continue;
      const defaults = actions(l);
      const bad = defaults.filter((a) => !redirectsToHttps(a));
      if (defaults.length === 0) ctx.report(l, "HTTP listener has no default action redirecting to HTTPS");
      for (const a of bad) {
        ctx.report(
          l,
          `HTTP listener on port ${num(l.values.port) ?? "?"} has default action "${describeAction(a)}" instead of a redirect to HTTPS`,
        );
      }
      for (const rule of listenerRulesOf(stack, l)) {
        for (const a of actions(rule).filter((x) => !redirectsToHttps(x))) {
          ctx.report(
            rule,
            `rule on HTTP listener ${l.address} has action "${describeAction(a)}"; plaintext requests must only redirect to HTTPS`,
          );
        }
      }
    }
  },
});

/** Policies that negotiate TLS 1.2 as the lowest version (AWS recommended and TLS 1.2+ families). */
export function isModernTlsPolicy(policy: string): boolean {
  return /^ELBSecurityPolicy-(TLS13-1-[23]-|TLS-1-2-|FS-1-2-)/.test(policy);
}

export const tlsPolicy = defineRule({
  id: "SC-ELB-002",
  title: "HTTPS and TLS listeners use a TLS 1.2+ security policy",
  severity: "medium",
  category: "edge",
  rationale:
    "Listeners without an explicit policy get ELBSecurityPolicy-2016-08, which still negotiates TLS 1.0 and 1.1 and weak ciphers; clients can be downgraded.",
  remediation: "Set ssl_policy to ELBSecurityPolicy-TLS13-1-2-2021-06 (or a stricter TLS13/FS-1-2 policy).",
  controls: { fsbp: ["ELB.17"], cis: [] },
  awsConfigRules: ["elbv2-predefined-security-policy-ssl-check"],
  checkov: ["CKV_AWS_103", "CKV2_AWS_74"],
  resourceTypes: ["aws_lb_listener", "aws_alb_listener"],
  check(ctx) {
    for (const l of ctx.stack.ofType(...LISTENER_TYPES)) {
      const proto = listenerProtocol(l);
      if (proto !== "HTTPS" && proto !== "TLS") continue;
      const policy = str(l.values.ssl_policy);
      if (policy === undefined || policy === "") {
        ctx.report(
          l,
          `${proto} listener has no ssl_policy; the default ELBSecurityPolicy-2016-08 allows TLS 1.0`,
        );
      } else if (!policy.includes("${") && !isModernTlsPolicy(policy)) {
        ctx.report(l, `${proto} listener uses ${policy}, which allows protocols older than TLS 1.2`);
      }
    }
  },
});

export const dropInvalidHeaders = defineRule({
  id: "SC-ELB-003",
  title: "Application load balancers drop invalid HTTP header fields",
  severity: "medium",
  category: "edge",
  rationale:
    "Headers with invalid characters are a request-smuggling and header-injection vector against the targets; the ALB can discard them before they reach the service.",
  remediation: "Set drop_invalid_header_fields = true on the aws_lb.",
  controls: { fsbp: ["ELB.4"], cis: [] },
  awsConfigRules: ["alb-http-drop-invalid-header-enabled"],
  checkov: ["CKV_AWS_131"],
  resourceTypes: ["aws_lb", "aws_alb"],
  check(ctx) {
    for (const lb of applicationLbs(ctx.stack)) {
      if (bool(lb.values.drop_invalid_header_fields) !== true) {
        ctx.report(lb, "drop_invalid_header_fields is not true: invalid header fields reach the targets");
      }
    }
  },
});

export const accessLogs = defineRule({
  id: "SC-ELB-004",
  title: "Load balancers write access logs",
  severity: "medium",
  category: "edge",
  rationale:
    "Access logs are the only per-request record at the edge: client IPs, paths, status codes. Without them a flood or an attack cannot be analysed after the fact.",
  remediation:
    "Add access_logs { enabled = true, bucket = <log bucket> } pointing at a bucket whose policy allows the ELB log delivery service.",
  controls: { fsbp: ["ELB.5"], cis: [] },
  awsConfigRules: ["elb-logging-enabled"],
  checkov: ["CKV_AWS_91"],
  resourceTypes: ["aws_lb", "aws_alb", "aws_s3_bucket"],
  check(ctx) {
    // ELB.5 covers application load balancers (network ones log only TLS listeners)
    for (const lb of applicationLbs(ctx.stack)) {
      const logs = block(lb.values.access_logs);
      const bucket = logs?.bucket;
      // The provider's access_logs.enabled defaults to false even when a bucket is given.
      if (!logs || bool(logs.enabled) !== true || bucket === undefined || bucket === null || bucket === "") {
        ctx.report(lb, "access logging is not enabled (access_logs { enabled = true, bucket = ... })");
      }
    }
  },
});

export const deletionProtection = defineRule({
  id: "SC-ELB-005",
  title: "Load balancers have deletion protection",
  severity: "medium",
  category: "edge",
  rationale:
    "Deleting the production load balancer takes every user offline and changes its DNS name; protection makes that a two-step, deliberate act.",
  remediation: "Set enable_deletion_protection = true on the aws_lb.",
  controls: { fsbp: ["ELB.6"], cis: [] },
  awsConfigRules: ["elb-deletion-protection-enabled"],
  checkov: ["CKV_AWS_150"],
  resourceTypes: ["aws_lb", "aws_alb"],
  check(ctx) {
    for (const lb of ctx.stack.ofType(...LB_TYPES)) {
      if (bool(lb.values.enable_deletion_protection) !== true)
        ctx.report(lb, "enable_deletion_protection is not true");
    }
  },
});

export const desyncMitigation = defineRule({
  id: "SC-ELB-006",
  title: "Application load balancers mitigate HTTP desync",
  severity: "medium",
  category: "edge",
  rationale:
    "In monitor mode the ALB forwards ambiguous requests that enable HTTP request smuggling against the targets.",
  remediation: 'Leave desync_mitigation_mode at "defensive" (the default) or set "strictest".',
  controls: { fsbp: ["ELB.12"], cis: [] },
  awsConfigRules: ["alb-desync-mode-check"],
  checkov: ["CKV_AWS_328"],
  resourceTypes: ["aws_lb", "aws_alb"],
  check(ctx) {
    for (const lb of applicationLbs(ctx.stack)) {
      const mode = str(lb.values.desync_mitigation_mode);
      if (
        mode !== undefined &&
        !mode.includes("${") &&
        !["defensive", "strictest"].includes(mode.toLowerCase())
      ) {
        ctx.report(lb, `desync_mitigation_mode is "${mode}"; use defensive or strictest`);
      }
    }
  },
});

// ---------------------------------------------------------------- WAF

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
  awsConfigRules: [],
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

// ---------------------------------------------------------------- Shield

/** Shield Advanced is in use when the stack declares it or manages any Shield resource. */
export function shieldAdvancedOn(stack: StackModel): boolean {
  if (stack.features.shieldAdvanced === true) return true;
  return stack.resources.some((r) => r.mode === "managed" && r.type.startsWith("aws_shield_"));
}

export const shieldProtection = defineRule({
  id: "SC-SHD-001",
  title: "Shield Advanced protects internet-facing ALBs where the environment turns it on",
  severity: "high",
  category: "edge",
  rationale:
    "With Shield Advanced subscribed, an unprotected ALB gets neither DDoS response team support nor automatic application-layer mitigation, and its DDoS cost protection does not apply.",
  remediation:
    "Add an aws_shield_protection with resource_arn = the ALB's arn and an aws_shield_application_layer_automatic_response for it with action BLOCK (the ALB must have a web ACL).",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: ["shield-advanced-enabled-autorenew"],
  checkov: [],
  resourceTypes: ["aws_shield_protection", "aws_shield_application_layer_automatic_response", "aws_lb"],
  check(ctx) {
    const { stack } = ctx;
    if (!shieldAdvancedOn(stack)) return;
    for (const lb of internetFacingAlbs(stack)) {
      const protections = stack
        .ofType("aws_shield_protection")
        .filter((p) => refTarget(stack, p.values.resource_arn, LB_TYPES) === lb);
      if (protections.length === 0) {
        ctx.report(
          lb,
          "Shield Advanced is on for this environment but no aws_shield_protection covers this ALB",
        );
        continue;
      }
      const responses = stack
        .ofType("aws_shield_application_layer_automatic_response")
        .filter((r) => refTarget(stack, r.values.resource_arn, LB_TYPES) === lb);
      if (responses.length === 0) {
        ctx.report(
          lb,
          "Shield protection has no aws_shield_application_layer_automatic_response (automatic L7 mitigation)",
        );
      }
      for (const r of responses) {
        if (str(r.values.action)?.toUpperCase() === "COUNT")
          ctx.report(r, "automatic application-layer response only counts; use BLOCK");
      }
    }
  },
});

export const edgeRules = [
  httpRedirectsToHttps,
  tlsPolicy,
  dropInvalidHeaders,
  accessLogs,
  deletionProtection,
  desyncMitigation,
  albHasWebAcl,
  rateLimit,
  managedGroupsEnforce,
  baselineGroups,
  wafLogging,
  wafMetrics,
  shieldProtection,
];
