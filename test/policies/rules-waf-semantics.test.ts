// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
/** WAF semantics: allow rules, rule order, the blocklist, sensitive paths, transformations, logging. */
import { type Doc, doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

type Rule = Record<string, unknown>;
const vis = (name: string) => ({
  cloudwatch_metrics_enabled: true,
  metric_name: name,
  sampled_requests_enabled: true,
});
const ipRef = (set: string) => ({ ip_set_reference_statement: { arn: `\${aws_wafv2_ip_set.${set}.arn}` } });
const path = (
  search: string,
  constraint = "STARTS_WITH",
  transforms = ["URL_DECODE", "NORMALIZE_PATH", "LOWERCASE"],
) => ({
  byte_match_statement: {
    field_to_match: { uri_path: {} },
    positional_constraint: constraint,
    search_string: search,
    text_transformation: transforms.map((type, priority) => ({ priority, type })),
  },
});
const blocklist: Rule = {
  name: "blocklist",
  priority: 0,
  action: { block: {} },
  statement: ipRef("block"),
  visibility_config: vis("blocklist"),
};
const allow: Rule = {
  name: "ops",
  priority: 50,
  action: { allow: {} },
  statement: ipRef("ops"),
  visibility_config: vis("ops"),
};
const sensitive = (limit = 100, scope: unknown = path("/login")): Rule => ({
  name: "sensitive",
  priority: 80,
  action: { block: {} },
  statement: { rate_based_statement: { aggregate_key_type: "IP", limit, scope_down_statement: scope } },
  visibility_config: vis("sensitive"),
});
const perIp: Rule = {
  name: "per-ip",
  priority: 90,
  action: { block: {} },
  statement: { rate_based_statement: { aggregate_key_type: "IP", limit: 2000 } },
  visibility_config: vis("per-ip"),
};

function acl(rules: Rule[], opts: { ops?: string[]; redact?: string[] } = {}): Doc {
  const d = doc({
    aws_wafv2_ip_set: {
      block: {
        name: "block",
        scope: "REGIONAL",
        ip_address_version: "IPV4",
        addresses: [],
        lifecycle: { ignore_changes: ["addresses"] },
      },
      ops: {
        name: "ops",
        scope: "REGIONAL",
        ip_address_version: "IPV4",
        addresses: opts.ops ?? ["203.0.113.0/24"],
      },
    },
    aws_wafv2_web_acl: {
      acl: {
        name: "acl",
        scope: "REGIONAL",
        default_action: { allow: {} },
        rule: rules,
        visibility_config: vis("acl"),
      },
    },
    aws_wafv2_web_acl_logging_configuration: {
      log: {
        resource_arn: "${aws_wafv2_web_acl.acl.arn}",
        log_destination_configs: ["arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-x"],
        redacted_fields: (opts.redact ?? ["authorization", "cookie"]).map((name) => ({
          single_header: { name },
        })),
      },
    },
  });
  d["//"] = {
    ...d["//"],
    securecloud: {
      features: { opsCidrs: ["203.0.113.0/24"], sensitivePaths: ["/login"], sensitivePathRateLimit: 100 },
    },
  };
  return d;
}

const estate = [blocklist, allow, sensitive(), perIp];
const replace = (name: string, r: Rule) => estate.map((x) => (x.name === name ? r : x));

rule("SC-WAF-007", [
  pass("the operators' network", () => acl(estate)),
  fail("a wide range", () => acl(estate, { ops: ["10.0.0.0/8"] }), "aws_wafv2_web_acl.acl", /wide range/),
  fail(
    "a network outside the declared operators'",
    () => acl(estate, { ops: ["198.51.100.0/24"] }),
    "aws_wafv2_web_acl.acl",
    /outside the operators' networks/,
  ),
  fail(
    "an allow on a header anyone can send",
    () =>
      acl(
        replace("ops", {
          ...allow,
          statement: {
            byte_match_statement: {
              field_to_match: { single_header: { name: "x-internal" } },
              positional_constraint: "EXACTLY",
              search_string: "1",
              text_transformation: [{ priority: 0, type: "NONE" }],
            },
          },
        }),
      ),
    "aws_wafv2_web_acl.acl",
    /any client can send/,
  ),
  fail(
    "an allow on everyone outside a set",
    () => acl(replace("ops", { ...allow, statement: { not_statement: { statement: ipRef("block") } } })),
    "aws_wafv2_web_acl.acl",
    /every address outside/,
  ),
]);

rule("SC-WAF-008", [
  pass("operators skip the rate rules, after the blocklist", () => acl(estate)),
  fail(
    "an allow ahead of the blocklist",
    () => acl(replace("blocklist", { ...blocklist, priority: 60 })),
    "aws_wafv2_web_acl.acl",
    /before the blocklist/,
  ),
  fail(
    "a wide allow ahead of the rate rules",
    () => acl(estate, { ops: ["0.0.0.0/1"] }),
    "aws_wafv2_web_acl.acl",
    /before the rate rules/,
  ),
]);

rule("SC-WAF-009", [
  pass("the blocklist blocks", () => acl(estate)),
  fail(
    "the blocklist counts",
    () => acl(replace("blocklist", { ...blocklist, action: { count: {} } })),
    "aws_wafv2_web_acl.acl",
    /action is count/,
  ),
  fail(
    "the blocklist negated",
    () =>
      acl(
        replace("blocklist", { ...blocklist, statement: { not_statement: { statement: ipRef("block") } } }),
      ),
    "aws_wafv2_web_acl.acl",
    /negated/,
  ),
  fail(
    "the blocklist never referenced",
    () => acl(estate.filter((r) => r.name !== "blocklist")),
    "aws_wafv2_ip_set.block",
    /not blocked by any/,
  ),
  fail(
    "the blocklist read from X-Forwarded-For",
    () =>
      acl(
        replace("blocklist", {
          ...blocklist,
          statement: {
            ip_set_reference_statement: {
              arn: "${aws_wafv2_ip_set.block.arn}",
              ip_set_forwarded_ip_config: {
                header_name: "X-Forwarded-For",
                position: "FIRST",
                fallback_behavior: "NO_MATCH",
              },
            },
          },
        }),
      ),
    "aws_wafv2_web_acl.acl",
    /forwarded-IP/,
  ),
]);

rule("SC-WAF-010", [
  pass("a tight, normalised STARTS_WITH scope-down", () => acl(estate)),
  fail(
    "the global limit",
    () => acl(replace("sensitive", sensitive(2000))),
    "aws_wafv2_web_acl.acl",
    /no lower than the global limit/,
  ),
  fail(
    "another path",
    () => acl(replace("sensitive", sensitive(100, path("/signin")))),
    "aws_wafv2_web_acl.acl",
    /no blocking rate rule is scoped to the sensitive path \/login/,
  ),
  fail(
    "EXACTLY misses sub-paths",
    () => acl(replace("sensitive", sensitive(100, path("/login", "EXACTLY")))),
    "aws_wafv2_web_acl.acl",
    /\/login\/x/,
  ),
  fail(
    "no URL decoding",
    () => acl(replace("sensitive", sensitive(100, path("/login", "STARTS_WITH", ["NONE"])))),
    "aws_wafv2_web_acl.acl",
    /%6cogin/,
  ),
]);

rule("SC-WAF-011", [
  pass("a lower-case search string after LOWERCASE", () => acl(estate)),
  fail(
    "capitals after LOWERCASE",
    () => acl(replace("sensitive", sensitive(100, path("/Login")))),
    "aws_wafv2_web_acl.acl",
    /capitals/,
  ),
  fail(
    "a double slash after NORMALIZE_PATH",
    () => acl(replace("sensitive", sensitive(100, path("//login")))),
    "aws_wafv2_web_acl.acl",
    /NORMALIZE_PATH/,
  ),
  fail(
    "a URI path without its slash",
    () => acl(replace("sensitive", sensitive(100, path("login", "STARTS_WITH", ["NONE"])))),
    "aws_wafv2_web_acl.acl",
    /must start with "\/"/,
  ),
]);

rule("SC-WAF-012", [
  pass("authorization and cookie redacted", () => acl(estate)),
  fail(
    "cookie not redacted",
    () => acl(estate, { redact: ["authorization"] }),
    "aws_wafv2_web_acl_logging_configuration.log",
    /cookie/,
  ),
  fail(
    "nothing redacted",
    () => acl(estate, { redact: [] }),
    "aws_wafv2_web_acl_logging_configuration.log",
    /authorization and cookie/,
  ),
]);

rule("SC-WAF-013", [
  pass("per connection address", () => acl(estate)),
  fail(
    "per X-Forwarded-For",
    () =>
      acl(
        replace("per-ip", {
          ...perIp,
          statement: {
            rate_based_statement: {
              aggregate_key_type: "FORWARDED_IP",
              limit: 2000,
              forwarded_ip_config: { header_name: "X-Forwarded-For", fallback_behavior: "MATCH" },
            },
          },
        }),
      ),
    "aws_wafv2_web_acl.acl",
    /client controls/,
  ),
]);

const managed = (scope?: unknown): Rule => ({
  name: "common",
  priority: 20,
  override_action: { none: {} },
  statement: {
    managed_rule_group_statement: {
      name: "AWSManagedRulesCommonRuleSet",
      vendor_name: "AWS",
      ...(scope ? { scope_down_statement: scope } : {}),
    },
  },
  visibility_config: vis("common"),
});

rule("SC-WAF-014", [
  pass("no scope-down", () => acl([...estate, managed()])),
  pass("only the readiness probe exempt", () =>
    acl([...estate, managed({ not_statement: { statement: path("/readyz", "EXACTLY", ["NONE"]) } })]),
  ),
  fail(
    "scoped to /api only",
    () => acl([...estate, managed(path("/api/", "STARTS_WITH", ["NONE"]))]),
    "aws_wafv2_web_acl.acl",
    /scoped down away from/,
  ),
]);
