import { Lb } from "@cdktf/provider-aws/lib/lb/index.js";
import test from "ava";
import { Testing } from "cdktf";
import { EDGE_DEFAULTS, RATE_LIMIT_CEILING, RATE_LIMIT_MINIMUM } from "../../stacks/config/edge.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import { resolveEnvironment } from "../../stacks/config/resolve.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { EstateStack } from "../../stacks/estate-stack.ts";
import { WebAcl } from "../../stacks/web-acl.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import {
  type Block,
  list,
  only,
  ref,
  resources,
  statements,
  type TerraformDocument,
} from "../helpers/terraform.ts";

const docs = { staging: synthEnvironment(staging).doc, prod: synthEnvironment(prod).doc };
const envs = { staging, prod };

interface Rule {
  name: string;
  priority: number;
  action?: Record<string, Record<string, unknown>>;
  override_action?: Record<string, unknown>;
  statement: Record<string, unknown>;
  visibility_config: {
    cloudwatch_metrics_enabled: boolean;
    sampled_requests_enabled: boolean;
    metric_name: string;
  };
}

const webAcl = (doc: TerraformDocument) => only(doc, "aws_wafv2_web_acl", "waf_web_acl");
const rules = (doc: TerraformDocument) => webAcl(doc).rule as Rule[];
const rateRules = (doc: TerraformDocument) => rules(doc).filter((r) => "rate_based_statement" in r.statement);
const rate = (r: Rule) =>
  r.statement.rate_based_statement as {
    limit: number;
    aggregate_key_type: string;
    scope_down_statement?: unknown;
  };
const topicArn = ref("aws_sns_topic", "monitoring_topic", "arn");

/** Every statement nested anywhere inside a WAF statement (itself included). */
function* walk(statement: unknown): Generator<Record<string, unknown>> {
  if (statement === null || typeof statement !== "object") return;
  if (Array.isArray(statement)) {
    for (const s of statement) yield* walk(s);
    return;
  }
  yield statement as Record<string, unknown>;
  for (const value of Object.values(statement)) yield* walk(value);
}

for (const envName of ["staging", "prod"] as const) {
  const doc = docs[envName];
  const env = envs[envName];

  test(`${envName}: every ALB has exactly one association, to the regional web ACL`, (t) => {
    const albs = Object.keys(resources(doc, "aws_lb"));
    t.true(albs.length > 0);
    const associations = Object.values(resources(doc, "aws_wafv2_web_acl_association"));
    for (const alb of albs) {
      const mine = associations.filter((a) => a.resource_arn === ref("aws_lb", alb, "arn"));
      t.is(mine.length, 1, alb);
      const aclName = /^\$\{aws_wafv2_web_acl\.([\w-]+)\.arn\}$/.exec(String(mine[0]!.web_acl_arn))?.[1];
      t.truthy(aclName);
      const acl = only(doc, "aws_wafv2_web_acl", aclName!);
      t.is(acl.scope, "REGIONAL");
      t.deepEqual(acl.default_action, { allow: {} });
    }
    t.is(associations.length, albs.length, "no association points elsewhere");
  });

  test(`${envName}: every rule, and the ACL, has CloudWatch metrics and sampled requests`, (t) => {
    const acl = webAcl(doc);
    t.like(acl.visibility_config as object, {
      cloudwatch_metrics_enabled: true,
      sampled_requests_enabled: true,
    });
    const names = new Set<string>();
    for (const r of rules(doc)) {
      t.true(r.visibility_config.cloudwatch_metrics_enabled, r.name);
      t.true(r.visibility_config.sampled_requests_enabled, r.name);
      t.regex(r.visibility_config.metric_name, /^[\w-]{1,128}$/);
      names.add(r.visibility_config.metric_name);
    }
    t.is(names.size, rules(doc).length, "metric names are unique");
    const priorities = rules(doc).map((r) => r.priority);
    t.is(new Set(priorities).size, priorities.length, "priorities are unique");
  });

  test(`${envName}: a per-IP rate rule blocks with a 429, bounded by the configured limit and the ceiling`, (t) => {
    const global = rateRules(doc).filter((r) => rate(r).scope_down_statement === undefined);
    t.is(global.length, 1);
    const r = global[0]!;
    const limit = env.edge?.rateLimit ?? EDGE_DEFAULTS.rateLimit;
    t.is(rate(r).limit, limit);
    t.true(rate(r).limit >= RATE_LIMIT_MINIMUM && rate(r).limit <= RATE_LIMIT_CEILING);
    t.is(rate(r).aggregate_key_type, "IP");
    const response = (r.action!.block as { custom_response: Record<string, unknown> }).custom_response;
    t.is(response.response_code, 429);
    const bodies = webAcl(doc).custom_response_body as Array<{
      key: string;
      content: string;
      content_type: string;
    }>;
    const body = bodies.find((b) => b.key === response.custom_response_body_key);
    t.truthy(body, "the 429 body exists in the ACL");
    t.is(body!.content_type, "APPLICATION_JSON");
    t.is(JSON.parse(body!.content).error, "too_many_requests");
    t.deepEqual(response.response_header, [{ name: "retry-after", value: "300" }]);
  });

  test(`${envName}: the sensitive paths have a tighter rate rule scoped to exactly those paths`, (t) => {
    const scoped = rateRules(doc).filter((r) => rate(r).scope_down_statement !== undefined);
    t.is(scoped.length, 1);
    const r = scoped[0]!;
    const global = rateRules(doc).find((x) => x !== r)!;
    t.true(rate(r).limit < rate(global).limit);
    t.truthy((r.action!.block as { custom_response?: unknown }).custom_response, "also answers 429");
    const matches = [...walk(rate(r).scope_down_statement)]
      .filter((s) => "byte_match_statement" in s)
      .map((s) => s.byte_match_statement as Record<string, unknown>);
    const paths = env.edge?.sensitivePaths ?? EDGE_DEFAULTS.sensitivePaths;
    t.deepEqual(matches.map((m) => m.search_string).sort(), paths.map((p) => p.toLowerCase()).sort());
    for (const m of matches) {
      t.is(m.positional_constraint, "STARTS_WITH");
      t.deepEqual(m.field_to_match, { uri_path: {} });
      const transforms = (m.text_transformation as Array<{ type: string }>).map((x) => x.type);
      t.true(
        transforms.includes("URL_DECODE") && transforms.includes("LOWERCASE"),
        "encoded or upper-case paths count too",
      );
    }
  });

  test(`${envName}: the five AWS managed rule groups enforce (override none), nothing counts`, (t) => {
    const managed = rules(doc).filter((r) => "managed_rule_group_statement" in r.statement);
    const groups = managed.map((r) => (r.statement.managed_rule_group_statement as { name: string }).name);
    t.deepEqual(groups.sort(), [
      "AWSManagedRulesAmazonIpReputationList",
      "AWSManagedRulesAnonymousIpList",
      "AWSManagedRulesCommonRuleSet",
      "AWSManagedRulesKnownBadInputsRuleSet",
      "AWSManagedRulesSQLiRuleSet",
    ]);
    for (const r of managed) {
      t.deepEqual(r.override_action, { none: {} }, r.name);
      t.is(r.action, undefined);
      const group = r.statement.managed_rule_group_statement as Record<string, unknown>;
      t.is(group.vendor_name, "AWS");
      t.is(group.rule_action_override, undefined, `${r.name} overrides no rule to count`);
    }
    for (const r of rules(doc)) t.false("count" in (r.action ?? {}), `${r.name} does not count`);
  });

  test(`${envName}: the readiness probe alone is exempt from the anonymous-IP list (Route 53 checkers are AWS-hosted)`, (t) => {
    for (const r of rules(doc).filter((x) => "managed_rule_group_statement" in x.statement)) {
      const group = r.statement.managed_rule_group_statement as Record<string, unknown>;
      if (group.name !== "AWSManagedRulesAnonymousIpList") {
        t.is(group.scope_down_statement, undefined, `${group.name} inspects every request`);
        continue;
      }
      const not = (group.scope_down_statement as { not_statement: { statement: Record<string, unknown> } })
        .not_statement.statement;
      const match = not.byte_match_statement as Record<string, unknown>;
      t.like(match, { positional_constraint: "EXACTLY", search_string: "/readyz" });
    }
  });

  test(`${envName}: the runbook's IPv4 and IPv6 blocklists block first, and Terraform leaves their addresses alone`, (t) => {
    const sets = resources(doc, "aws_wafv2_ip_set");
    const v4 = sets.waf_blocklist_ipv4!;
    const v6 = sets.waf_blocklist_ipv6!;
    t.is(v4.ip_address_version, "IPV4");
    t.is(v6.ip_address_version, "IPV6");
    for (const set of [v4, v6]) {
      t.deepEqual((set.lifecycle as { ignore_changes: string[] }).ignore_changes, ["addresses"]);
      t.is(set.scope, "REGIONAL");
    }
    const refs = (r: Rule) =>
      [...walk(r.statement)]
        .filter((s) => "ip_set_reference_statement" in s)
        .map((s) => (s.ip_set_reference_statement as { arn: string }).arn);
    const blocklist = rules(doc).find((r) =>
      refs(r).includes(ref("aws_wafv2_ip_set", "waf_blocklist_ipv4", "arn")),
    )!;
    t.deepEqual(refs(blocklist).sort(), [
      ref("aws_wafv2_ip_set", "waf_blocklist_ipv4", "arn"),
      ref("aws_wafv2_ip_set", "waf_blocklist_ipv6", "arn"),
    ]);
    t.deepEqual(blocklist.action, { block: {} });
    t.is(
      Math.min(...rules(doc).map((r) => r.priority)),
      blocklist.priority,
      "evaluated before anything can allow",
    );
  });

  test(`${envName}: the ops allowlist holds exactly the operator networks and comes after the injection rules`, (t) => {
    const sets = Object.entries(resources(doc, "aws_wafv2_ip_set")).filter(([n]) => n.includes("allowlist"));
    const addresses = sets.flatMap(([, s]) => s.addresses as string[]).sort();
    t.deepEqual(addresses, [...env.opsCidrs].sort());
    for (const [, s] of sets) {
      const v6 = (s.addresses as string[]).some((a) => a.includes(":"));
      t.is(s.ip_address_version, v6 ? "IPV6" : "IPV4");
    }
    const allow = rules(doc).filter((r) => r.action && "allow" in r.action);
    t.is(allow.length, 1);
    const injection = rules(doc).filter((r) =>
      /CommonRuleSet|KnownBadInputs|SQLi/.test(
        JSON.stringify(r.statement.managed_rule_group_statement ?? ""),
      ),
    );
    t.is(injection.length, 3);
    for (const r of injection) t.true(r.priority < allow[0]!.priority, `${r.name} applies to operators too`);
    for (const r of rateRules(doc)) t.true(r.priority > allow[0]!.priority, `${r.name} spares operators`);
  });

  test(`${envName}: WAF logs go to an encrypted aws-waf-logs- group, with authorization and cookie redacted`, (t) => {
    const logging = Object.values(resources(doc, "aws_wafv2_web_acl_logging_configuration"));
    t.is(logging.length, 1);
    t.is(logging[0]!.resource_arn, ref("aws_wafv2_web_acl", "waf_web_acl", "arn"));
    const [destination] = logging[0]!.log_destination_configs as string[];
    const groupName = /^\$\{aws_cloudwatch_log_group\.([\w-]+)\.arn\}$/.exec(destination!)![1]!;
    const group = only(doc, "aws_cloudwatch_log_group", groupName);
    t.is(group.name, `aws-waf-logs-securecloud-${envName}`);
    t.is(group.kms_key_id, ref("aws_kms_key", "keys_logs_key", "arn"));
    t.is(group.retention_in_days, env.logRetentionDays);
    const redacted = (logging[0]!.redacted_fields as Array<{ single_header: { name: string } }>)
      .map((f) => f.single_header.name)
      .sort();
    t.deepEqual(redacted, ["authorization", "cookie"]);

    const policy = only(doc, "aws_cloudwatch_log_resource_policy", "waf_log_delivery_policy");
    const [s] = statements(policy.policy_document);
    t.deepEqual(s!.Principal, { Service: "delivery.logs.amazonaws.com" });
    t.is(s!.Resource, `${ref("aws_cloudwatch_log_group", groupName, "arn")}:log-stream:*`);
    t.is(s!.Condition?.StringEquals?.["aws:SourceAccount"], env.accountId);
    t.true(
      list(logging[0]!.depends_on as string[]).includes(
        "aws_cloudwatch_log_resource_policy.waf_log_delivery_policy",
      ),
    );
  });

  test(`${envName}: a blocked-request spike and every rate rule alarm on the topic`, (t) => {
    const alarms = Object.values(resources(doc, "aws_cloudwatch_metric_alarm")).filter(
      (a) => a.namespace === "AWS/WAFV2",
    );
    const aclName = webAcl(doc).name;
    for (const a of alarms) {
      t.is(a.metric_name, "BlockedRequests");
      t.like(a.dimensions as object, { WebACL: aclName, Region: env.region });
      t.deepEqual(a.alarm_actions, [topicArn]);
    }
    const byRule = (rule: string) => alarms.filter((a) => (a.dimensions as { Rule: string }).Rule === rule);
    const spike = byRule("ALL");
    t.is(spike.length, 1);
    t.is(
      spike[0]!.threshold,
      env.edge?.blockedRequestsAlarmThreshold ?? EDGE_DEFAULTS.blockedRequestsAlarmThreshold,
    );
    for (const r of rateRules(doc)) t.is(byRule(r.visibility_config.metric_name).length, 1, r.name);
    t.is(alarms.length, rateRules(doc).length + 1);
  });
}

test("prod protects its ALB with Shield Advanced, health-checked and mitigated automatically; staging has no Shield resource", (t) => {
  const doc = docs.prod;
  const alb = ref("aws_lb", "serving_alb", "arn");
  const protections = Object.entries(resources(doc, "aws_shield_protection"));
  t.deepEqual(
    protections.map(([, p]) => p.resource_arn),
    [alb],
  );
  const [protectionName] = protections[0]!;

  const association = Object.values(resources(doc, "aws_shield_protection_health_check_association"));
  t.is(association.length, 1);
  t.is(association[0]!.shield_protection_id, ref("aws_shield_protection", protectionName, "id"));
  const checkName = /^\$\{aws_route53_health_check\.([\w-]+)\.arn\}$/.exec(
    String(association[0]!.health_check_arn),
  )![1]!;
  t.like(only(doc, "aws_route53_health_check", checkName), {
    type: "HTTPS",
    fqdn: prod.domain,
    port: 443,
    resource_path: "/readyz",
    enable_sni: true,
  });

  const response = Object.values(resources(doc, "aws_shield_application_layer_automatic_response"));
  t.is(response.length, 1);
  t.is(response[0]!.resource_arn, alb);
  t.is(response[0]!.action, "BLOCK");
  t.true(
    (response[0]!.depends_on as string[]).includes(
      "aws_wafv2_web_acl_association.waf_serving_alb_association",
    ),
    "the web ACL is on the ALB before Shield writes rules into it",
  );

  const group = Object.values(resources(doc, "aws_shield_protection_group"));
  t.is(group.length, 1);
  t.like(group[0]!, { pattern: "ARBITRARY", aggregation: "SUM" });
  t.deepEqual(group[0]!.members, [alb]);

  const ddos = Object.values(resources(doc, "aws_cloudwatch_metric_alarm")).filter(
    (a) => a.namespace === "AWS/DDoSProtection",
  );
  t.is(ddos.length, protections.length, "one DDoSDetected alarm per protected resource");
  t.like(ddos[0]!, { metric_name: "DDoSDetected", threshold: 1 });
  t.deepEqual(ddos[0]!.dimensions, { ResourceArn: alb });
  t.deepEqual(ddos[0]!.alarm_actions, [topicArn]);

  for (const type of Object.keys(docs.staging.resource)) {
    t.false(/^aws_shield_|^aws_route53_health_check$/.test(type), `staging has no ${type}`);
  }
  t.false(
    Object.values(resources(docs.staging, "aws_cloudwatch_metric_alarm")).some(
      (a) => a.namespace === "AWS/DDoSProtection",
    ),
  );
});

test("prod, owning the account's settings, sets Shield's contacts with proactive engagement and the SRT role", (t) => {
  const doc = docs.prod;
  const engagement = only(doc, "aws_shield_proactive_engagement", "shield_proactive_engagement");
  t.is(engagement.enabled, true);
  const contacts = engagement.emergency_contact as Array<Record<string, string>>;
  t.deepEqual(
    contacts.map((c) => c.email_address),
    prod.shield!.emergencyContacts.map((c) => c.email),
  );
  t.true(contacts.some((c) => c.phone_number?.startsWith("+")));

  const role = only(doc, "aws_iam_role", "shield_drt_role");
  const [trust] = statements(role.assume_role_policy);
  t.deepEqual(trust!.Principal, { Service: "drt.shield.amazonaws.com" });
  const attachment = Object.values(resources(doc, "aws_iam_role_policy_attachment")).filter(
    (a) => a.role === ref("aws_iam_role", "shield_drt_role", "name"),
  );
  t.deepEqual(
    attachment.map((a) => a.policy_arn),
    ["arn:aws:iam::aws:policy/service-role/AWSShieldDRTAccessPolicy"],
  );
  t.false(
    Object.values(resources(doc, "aws_iam_role_policy")).some(
      (p) => p.role === ref("aws_iam_role", "shield_drt_role", "id"),
    ),
    "nothing beyond AWS's WAF-and-Shield-only policy",
  );
  t.is(
    only(doc, "aws_shield_drt_access_role_arn_association", "shield_drt_access").role_arn,
    ref("aws_iam_role", "shield_drt_role", "arn"),
  );
});

test("Shield in an environment that does not own the account's settings protects, but leaves contacts and SRT access alone", (t) => {
  const env: EnvironmentConfig = withChanges(staging, {
    accountSettingsOwner: false,
    "features.shieldAdvanced": true,
    shield: {
      emergencyContacts: [{ email: "oncall@example.com" }],
      proactiveEngagement: false,
      drtAccess: true,
    },
  });
  const { doc } = synthEnvironment(env);
  t.is(Object.keys(resources(doc, "aws_shield_protection")).length, 1);
  t.is(Object.keys(resources(doc, "aws_shield_application_layer_automatic_response")).length, 1);
  t.deepEqual(resources(doc, "aws_shield_proactive_engagement"), {});
  t.deepEqual(resources(doc, "aws_shield_drt_access_role_arn_association"), {});
});

test("automatic mitigation counts only when the configuration says count", (t) => {
  const env: EnvironmentConfig = withChanges(prod, { "shield.automaticResponse": "count" });
  const { doc } = synthEnvironment(env);
  t.is(Object.values(resources(doc, "aws_shield_application_layer_automatic_response"))[0]!.action, "COUNT");
});

test("without edge settings the secure defaults apply: 2,000 per 5 minutes, /login and /api/auth tighter, no geo block", (t) => {
  const env: EnvironmentConfig = withChanges(staging, { edge: undefined });
  const { doc } = synthEnvironment(env);
  const limits = rateRules(doc)
    .map((r) => rate(r).limit)
    .sort((a, b) => a - b);
  t.deepEqual(limits, [EDGE_DEFAULTS.sensitivePathRateLimit, 2_000]);
  t.false(rules(doc).some((r) => "geo_match_statement" in r.statement));
});

test("a configured geo block becomes a blocking rule before the managed groups, without renumbering them", (t) => {
  const env: EnvironmentConfig = withChanges(staging, { "edge.geoBlockCountries": ["KP", "IR"] });
  const { doc } = synthEnvironment(env);
  const geo = rules(doc).find((r) => "geo_match_statement" in r.statement)!;
  t.deepEqual((geo.statement.geo_match_statement as { country_codes: string[] }).country_codes, ["KP", "IR"]);
  t.deepEqual(geo.action, { block: {} });
  const before = new Map(rules(docs.staging).map((r) => [r.name, r.priority]));
  for (const r of rules(doc)) if (r !== geo) t.is(before.get(r.name), r.priority, r.name);
  const firstManaged = Math.min(
    ...rules(doc)
      .filter((r) => r.override_action)
      .map((r) => r.priority),
  );
  t.true(geo.priority < firstManaged);
});

test("every ALB passed in gets its own association (the construct is not tied to one)", (t) => {
  const app = Testing.app();
  const stack = new EstateStack(app, resolveEnvironment(staging));
  const second = new Lb(stack, "second_alb", { name: "securecloud-staging-alb-2", internal: false });
  new WebAcl(stack, "waf2", {
    logKey: stack.keys.logs,
    edge: staging.edge,
    opsCidrs: staging.opsCidrs,
    loadBalancers: [stack.loadBalancer.alb, second],
    alarmTopicArn: "arn:aws:sns:us-east-1:123456789012:t",
  });
  const doc = JSON.parse(Testing.synth(stack)) as TerraformDocument;
  const targets = Object.entries(resources(doc, "aws_wafv2_web_acl_association"))
    .filter(([n]) => n.startsWith("waf2_"))
    .map(([, a]: [string, Block]) => a.resource_arn)
    .sort();
  t.deepEqual(targets, [ref("aws_lb", "second_alb", "arn"), ref("aws_lb", "serving_alb", "arn")]);
});

/** WAF capacity units of a statement, from AWS's published costs (managed groups: their stated WCU). */
const MANAGED_WCU: Record<string, number> = {
  AWSManagedRulesCommonRuleSet: 700,
  AWSManagedRulesKnownBadInputsRuleSet: 200,
  AWSManagedRulesSQLiRuleSet: 200,
  AWSManagedRulesAmazonIpReputationList: 25,
  AWSManagedRulesAnonymousIpList: 50,
};
function wcu(statement: Record<string, unknown>): number {
  const [[kind, body]] = Object.entries(statement) as [[string, Record<string, unknown>]];
  const nested = (s: unknown) => list(s as Record<string, unknown> | Array<Record<string, unknown>>);
  const scopeDown = (b: Record<string, unknown>) =>
    b.scope_down_statement ? wcu(b.scope_down_statement as Record<string, unknown>) : 0;
  switch (kind) {
    case "ip_set_reference_statement":
    case "geo_match_statement":
      return 1;
    case "byte_match_statement": {
      const transforms = (body.text_transformation as Array<{ type: string }>).filter(
        (x) => x.type !== "NONE",
      );
      return (body.positional_constraint === "CONTAINS" ? 10 : 2) + 10 * transforms.length;
    }
    case "or_statement":
    case "and_statement":
      return nested(body.statement).reduce((sum, s) => sum + wcu(s), 0);
    case "not_statement":
      return wcu(body.statement as Record<string, unknown>);
    case "rate_based_statement":
      return 2 + scopeDown(body);
    case "managed_rule_group_statement":
      return MANAGED_WCU[String(body.name)]! + scopeDown(body);
    default:
      throw new Error(`no WCU for ${kind}`);
  }
}

test("the web ACL stays within the 1,500 WCUs its base price includes, even with every option at its maximum", (t) => {
  const busiest: EnvironmentConfig = withChanges(prod, {
    "edge.sensitivePaths": Array.from({ length: 8 }, (_, i) => `/auth${i}`),
    "edge.geoBlockCountries": ["KP", "IR", "SY"],
  });
  for (const doc of [docs.staging, docs.prod, synthEnvironment(busiest).doc]) {
    const total = rules(doc).reduce((sum, r) => sum + wcu(r.statement), 0);
    t.true(total > 1_175, "the managed groups alone cost 1,175");
    t.true(total <= 1_500, `${total} WCUs`);
  }
});
