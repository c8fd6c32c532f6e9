import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import { CloudwatchLogResourcePolicy } from "@cdktf/provider-aws/lib/cloudwatch-log-resource-policy/index.js";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import type { Lb } from "@cdktf/provider-aws/lib/lb/index.js";
import { Wafv2IpSet } from "@cdktf/provider-aws/lib/wafv2-ip-set/index.js";
import { Wafv2WebAcl, type Wafv2WebAclRule } from "@cdktf/provider-aws/lib/wafv2-web-acl/index.js";
import { Wafv2WebAclAssociation } from "@cdktf/provider-aws/lib/wafv2-web-acl-association/index.js";
import { Wafv2WebAclLoggingConfiguration } from "@cdktf/provider-aws/lib/wafv2-web-acl-logging-configuration/index.js";
import { Construct } from "constructs";
import { READINESS_PATH } from "../common/service-contract.ts";
import { RATE_WINDOW_SECONDS, withEdgeDefaults } from "./config/edge.ts";
import type { EdgeConfig } from "./config/types.ts";
import { EstateContext } from "./estate-context.ts";
import type { IGrantable } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";
import { policyDocument } from "./policy.ts";

/** The AWS managed rule groups every web ACL enforces (never in count mode), in order. */
export const MANAGED_RULE_GROUPS = [
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
  "AWSManagedRulesSQLiRuleSet",
  "AWSManagedRulesAmazonIpReputationList",
  "AWSManagedRulesAnonymousIpList",
] as const;

/**
 * Rule names in evaluation order. Priorities come from this list (x10), not from what a given
 * environment happens to enable, so turning the geo block on does not renumber every rule in
 * the diff, and a priority gap is left for rules an operator or the SRT adds in an incident.
 */
export const RULE_ORDER = [
  "blocklist",
  "geo-block",
  "aws-common-rule-set",
  "aws-known-bad-inputs-rule-set",
  "aws-sqli-rule-set",
  "ops-allowlist",
  "aws-amazon-ip-reputation-list",
  "aws-anonymous-ip-list",
  "rate-limit-sensitive-paths",
  "rate-limit-per-ip",
];

/** Headers whose values never reach the WAF logs. */
export const REDACTED_HEADERS = ["authorization", "cookie"] as const;

/** Key of the JSON body rate-limited clients get with their 429. */
export const RATE_LIMITED_BODY = "rate-limited";

export interface WebAclProps {
  /** Every load balancer the estate exposes: each one is associated with the web ACL. */
  readonly loadBalancers: readonly Lb[];
  /** SNS topic the WAF alarms notify. */
  readonly alarmTopicArn: string;
  /** Key of the WAF log group. */
  readonly logKey: EstateKey;
  /**
   * Rate limits, sensitive paths, geo block and the blocked-requests alarm threshold; a
   * field left out takes its default.
   * @default EDGE_DEFAULTS (stacks/config/edge.ts): 2,000 per IP, 100 on /login and /api/auth
   */
  readonly edge?: EdgeConfig;
  /**
   * Operator networks: they skip the IP reputation lists and the rate limits (never the
   * common, bad-input and SQL injection rules).
   * @default none
   */
  readonly opsCidrs?: readonly string[];
  /**
   * Retention of the WAF log group, days.
   * @default 365
   */
  readonly logRetentionDays?: number;
}

/** A WAF statement as Terraform JSON: the provider binding leaves `statement` untyped. */
type Statement = Record<string, unknown>;

/**
 * The edge: one regional WAFv2 web ACL in front of every ALB. In evaluation order:
 *
 * 1. the blocklist the remediation runbook writes (IPv4 and IPv6 IP sets whose addresses
 *    Terraform leaves alone), then the optional geo block;
 * 2. AWS's common, known-bad-inputs and SQL injection rule groups, which everyone passes,
 *    operators included;
 * 3. the ops allowlist: operator networks skip what follows, the IP reputation and
 *    anonymous-IP lists (VPN egress often sits in hosting ranges) and the rate limits (load
 *    tests come from there);
 * 4. AWS's IP reputation and anonymous-IP groups;
 * 5. the per-IP rate limits, the tight one on sensitive paths first, both answering 429 with
 *    a JSON body and Retry-After.
 *
 * Every rule has CloudWatch metrics and sampled requests; the full log goes to an encrypted
 * `aws-waf-logs-` group with Authorization and Cookie redacted. Alarms: a spike of blocked
 * requests, and any block by a rate rule (someone is flooding).
 */
export class WebAcl extends Construct {
  readonly webAcl: Wafv2WebAcl;
  readonly blocklist: { readonly ipv4: Wafv2IpSet; readonly ipv6: Wafv2IpSet };
  readonly allowlist: Wafv2IpSet[] = [];
  readonly logGroup: CloudwatchLogGroup;
  readonly associations: Wafv2WebAclAssociation[] = [];
  readonly alarms: CloudwatchMetricAlarm[] = [];
  /** Names (= metric names) of the rate-based rules. */
  readonly rateRuleNames: string[] = [];
  /**
   * The CloudWatch metric name (the `Rule` dimension of AWS/WAFV2) of every rule of the web
   * ACL, in evaluation order.
   */
  readonly ruleMetricNames: readonly string[];
  /** The metric names of the rules whose action is allow (the rest block or count). */
  readonly allowRuleMetricNames: readonly string[];
  /** The web ACL's CloudWatch metric name: the `WebACL` dimension of AWS/WAFV2 (its name). */
  readonly metricName: string;
  readonly name: string;

  constructor(scope: Construct, id: string, props: WebAclProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const edge = withEdgeDefaults(props.edge);
    const opsCidrs = props.opsCidrs ?? [];
    this.name = name("edge");

    const ipSet = (setId: string, version: "IPV4" | "IPV6", description: string, addresses: string[]) =>
      new Wafv2IpSet(this, setId, {
        name: name(setId.replaceAll("_", "-")),
        description,
        scope: "REGIONAL",
        ipAddressVersion: version,
        addresses,
        // The runbook (SSM automation `block-ips`) adds addresses while an attack is on; an
        // apply must not undo that, so Terraform creates the blocklist empty and leaves it be.
        ...(setId.startsWith("blocklist") ? { lifecycle: { ignoreChanges: ["addresses"] } } : {}),
        tags: { Name: name(setId.replaceAll("_", "-")) },
      });
    this.blocklist = {
      ipv4: ipSet("blocklist_ipv4", "IPV4", "Blocked at the edge by the block-ips runbook (IPv4)", []),
      ipv6: ipSet("blocklist_ipv6", "IPV6", "Blocked at the edge by the block-ips runbook (IPv6)", []),
    };
    const ops = {
      ipv4: opsCidrs.filter((c) => !c.includes(":")),
      ipv6: opsCidrs.filter((c) => c.includes(":")),
    };
    for (const family of ["ipv4", "ipv6"] as const) {
      if (ops[family].length === 0) continue;
      const version = family === "ipv4" ? "IPV4" : "IPV6";
      this.allowlist.push(
        ipSet(`ops_allowlist_${family}`, version, "Operator networks (opsCidrs)", ops[family]),
      );
    }

    const rules: Wafv2WebAclRule[] = [];
    const rule = (
      ruleName: string,
      body: Omit<Wafv2WebAclRule, "name" | "priority" | "visibilityConfig">,
    ) => {
      const priority = RULE_ORDER.indexOf(ruleName);
      if (priority < 0) throw new Error(`${this.node.path}: rule ${ruleName} has no place in RULE_ORDER`);
      rules.push({
        name: ruleName,
        priority: priority * 10,
        ...body,
        visibilityConfig: visibility(ruleName),
      });
    };
    const block = { block: {} };
    const rateLimited = {
      block: {
        customResponse: {
          responseCode: 429,
          customResponseBodyKey: RATE_LIMITED_BODY,
          responseHeader: [{ name: "retry-after", value: String(RATE_WINDOW_SECONDS) }],
        },
      },
    };

    rule("blocklist", {
      action: block,
      statement: anyOf([ipSetReference(this.blocklist.ipv4.arn), ipSetReference(this.blocklist.ipv6.arn)]),
    });
    if (edge.geoBlockCountries.length > 0) {
      rule("geo-block", {
        action: block,
        statement: { geo_match_statement: { country_codes: [...edge.geoBlockCountries] } },
      });
    }
    const managed = (group: (typeof MANAGED_RULE_GROUPS)[number], scopeDown?: Statement) =>
      rule(
        `aws-${group
          .replace("AWSManagedRules", "")
          .replace(/([a-z])([A-Z])/g, "$1-$2")
          .toLowerCase()}`,
        {
          // `none` keeps each rule's own action (block); `count` would only watch.
          overrideAction: { none: {} },
          statement: {
            managed_rule_group_statement: {
              name: group,
              vendor_name: "AWS",
              ...(scopeDown ? { scope_down_statement: scopeDown } : {}),
            },
          },
        },
      );
    managed("AWSManagedRulesCommonRuleSet");
    managed("AWSManagedRulesKnownBadInputsRuleSet");
    managed("AWSManagedRulesSQLiRuleSet");
    if (this.allowlist.length > 0) {
      rule("ops-allowlist", {
        action: { allow: {} },
        statement: anyOf(this.allowlist.map((s) => ipSetReference(s.arn))),
      });
    }
    managed("AWSManagedRulesAmazonIpReputationList");
    // Route 53 health checkers (Shield's health-based detection) come from AWS's own ranges,
    // which the anonymous-IP group lists as a hosting provider: the readiness probe, and only
    // it, is exempt; the probe answers nothing but ready / not ready.
    managed("AWSManagedRulesAnonymousIpList", {
      not_statement: { statement: uriPathEquals(READINESS_PATH) },
    });
    if (edge.sensitivePaths.length > 0) {
      const ruleName = "rate-limit-sensitive-paths";
      this.rateRuleNames.push(ruleName);
      rule(ruleName, {
        action: rateLimited,
        statement: rateLimit(edge.sensitivePathRateLimit, anyOf(edge.sensitivePaths.map(uriPathStartsWith))),
      });
    }
    this.rateRuleNames.push("rate-limit-per-ip");
    rule("rate-limit-per-ip", { action: rateLimited, statement: rateLimit(edge.rateLimit) });

    this.ruleMetricNames = rules.map((r) => r.visibilityConfig.metricName);
    this.allowRuleMetricNames = rules
      .filter((r) => r.action?.allow)
      .map((r) => r.visibilityConfig.metricName);
    this.metricName = this.name;
    this.webAcl = new Wafv2WebAcl(this, "web_acl", {
      name: this.name,
      description: `Edge protection of securecloud ${estate.environment}: blocklist, managed rules, per-IP rate limits`,
      scope: "REGIONAL",
      defaultAction: { allow: {} },
      rule: rules,
      customResponseBody: [
        {
          key: RATE_LIMITED_BODY,
          contentType: "APPLICATION_JSON",
          content: JSON.stringify({
            error: "too_many_requests",
            message: `Too many requests from your address. Retry in ${RATE_WINDOW_SECONDS / 60} minutes.`,
          }),
        },
      ],
      visibilityConfig: visibility(this.metricName),
      tags: { Name: this.name },
    });

    for (const lb of props.loadBalancers) {
      this.associations.push(
        new Wafv2WebAclAssociation(this, `${lb.node.scope?.node.id}_${lb.node.id}_association`, {
          resourceArn: lb.arn,
          webAclArn: this.webAcl.arn,
        }),
      );
    }

    // WAF requires the `aws-waf-logs-` prefix for a CloudWatch Logs destination.
    this.logGroup = new CloudwatchLogGroup(this, "log_group", {
      name: `aws-waf-logs-${name()}`,
      retentionInDays: props.logRetentionDays ?? 365,
      kmsKeyId: props.logKey.arn,
    });
    // Written here rather than left to WAF, which would otherwise add an account-wide policy on
    // first delivery (and needs logs:PutResourcePolicy from whoever applies): delivery may write
    // streams of this group only, for this account's sources only.
    const delivery = new CloudwatchLogResourcePolicy(this, "log_delivery_policy", {
      policyName: name("waf-log-delivery"),
      policyDocument: policyDocument([
        {
          Sid: "WafLogDelivery",
          Effect: "Allow",
          Principal: { Service: "delivery.logs.amazonaws.com" },
          Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
          Resource: `${this.logGroup.arn}:log-stream:*`,
          Condition: {
            StringEquals: { "aws:SourceAccount": estate.accountId },
            ArnLike: { "aws:SourceArn": estate.arn("logs", "*") },
          },
        },
      ]),
    });
    new Wafv2WebAclLoggingConfiguration(this, "logging", {
      resourceArn: this.webAcl.arn,
      logDestinationConfigs: [this.logGroup.arn],
      redactedFields: REDACTED_HEADERS.map((header) => ({ singleHeader: { name: header } })),
      dependsOn: [delivery],
    });

    const wafMetric = (rule: string) => ({
      namespace: "AWS/WAFV2",
      metricName: "BlockedRequests",
      dimensions: { WebACL: this.name, Region: estate.region, Rule: rule },
      statistic: "Sum",
      period: RATE_WINDOW_SECONDS,
      evaluationPeriods: 1,
      treatMissingData: "notBreaching",
      alarmActions: [props.alarmTopicArn],
      okActions: [props.alarmTopicArn],
    });
    this.alarms.push(
      new CloudwatchMetricAlarm(this, "blocked_requests_alarm", {
        alarmName: name("waf-blocked-requests"),
        alarmDescription: `The WAF blocked ${edge.blockedRequestsAlarmThreshold} or more requests in 5 minutes: an attack or a false positive.`,
        ...wafMetric("ALL"),
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        threshold: edge.blockedRequestsAlarmThreshold,
      }),
    );
    for (const ruleName of this.rateRuleNames) {
      this.alarms.push(
        new CloudwatchMetricAlarm(this, `${ruleName.replaceAll("-", "_")}_alarm`, {
          alarmName: name("waf", ruleName),
          alarmDescription: `Rate rule ${ruleName} is blocking: at least one address is over its limit.`,
          ...wafMetric(ruleName),
          comparisonOperator: "GreaterThanThreshold",
          threshold: 0,
        }),
      );
    }
  }

  /** Lets the grantee read and update the blocklist IP sets (both address families), nothing else. */
  grantBlocklistUpdate(grantee: IGrantable): void {
    grantee.addToPolicy({
      Sid: "UpdateTheBlocklistOnly",
      Effect: "Allow",
      Action: ["wafv2:GetIPSet", "wafv2:UpdateIPSet"],
      Resource: [this.blocklist.ipv4.arn, this.blocklist.ipv6.arn],
    });
  }
}

function visibility(metricName: string) {
  return { cloudwatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName };
}

function ipSetReference(arn: string): Statement {
  return { ip_set_reference_statement: { arn } };
}

function anyOf(statements: Statement[]): Statement {
  return statements.length === 1 ? statements[0]! : { or_statement: { statement: statements } };
}

function rateLimit(limit: number, scopeDown?: Statement): Statement {
  return {
    rate_based_statement: {
      limit,
      aggregate_key_type: "IP",
      evaluation_window_sec: RATE_WINDOW_SECONDS,
      ...(scopeDown ? { scope_down_statement: scopeDown } : {}),
    },
  };
}

/** Prefix match on the decoded, normalized, lower-cased path: `/Login`, `//login`, `/%6cogin` all count. */
function uriPathStartsWith(path: string): Statement {
  return {
    byte_match_statement: {
      field_to_match: { uri_path: {} },
      positional_constraint: "STARTS_WITH",
      search_string: path.toLowerCase(),
      text_transformation: [
        { priority: 0, type: "URL_DECODE" },
        { priority: 1, type: "NORMALIZE_PATH" },
        { priority: 2, type: "LOWERCASE" },
      ],
    },
  };
}

function uriPathEquals(path: string): Statement {
  return {
    byte_match_statement: {
      field_to_match: { uri_path: {} },
      positional_constraint: "EXACTLY",
      search_string: path,
      text_transformation: [{ priority: 0, type: "NONE" }],
    },
  };
}
