/** Load balancers and listeners: TLS, redirects, header hygiene, access logs, deletion protection. */
import type { Obj } from "../engine/values.ts";
import { block, bool, num, str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import {
  actions,
  actionType,
  applicationLbs,
  LB_TYPES,
  LISTENER_TYPES,
  listenerLb,
  listenerProtocol,
  listenerRulesOf,
  redirectsToHttps,
} from "./queries/elb.ts";

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

export const loadBalancerRules = [
  httpRedirectsToHttps,
  tlsPolicy,
  dropInvalidHeaders,
  accessLogs,
  deletionProtection,
  desyncMitigation,
];
