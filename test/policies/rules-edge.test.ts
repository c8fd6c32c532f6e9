// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
import { doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

const listener = (o: object) => ({ load_balancer_arn: "${aws_lb.alb.arn}", ...o });

rule("SC-ELB-001", [
  fail(
    "HTTP listener forwards instead of redirecting",
    (d) => {
      d.resource.aws_lb_listener["http-listener"].default_action = [
        { type: "forward", target_group_arn: "${aws_lb_target_group.tg-blue.arn}" },
      ];
    },
    "aws_lb_listener.http-listener",
    /default action "forward" instead of a redirect to HTTPS/,
  ),
  fail(
    "HTTP listener redirects to HTTP",
    (d) => {
      d.resource.aws_lb_listener["http-listener"].default_action[0].redirect.protocol = "HTTP";
    },
    "aws_lb_listener.http-listener",
    /redirect to HTTP/,
  ),
  fail(
    "a listener rule on the HTTP listener forwards (cross-resource)",
    (d) => {
      d.resource.aws_lb_listener_rule = {
        api: {
          listener_arn: "${aws_lb_listener.http-listener.arn}",
          priority: 10,
          action: [{ type: "forward", target_group_arn: "${aws_lb_target_group.tg-green.arn}" }],
          condition: [{ path_pattern: { values: ["/api/*"] } }],
        },
      };
    },
    "aws_lb_listener_rule.api",
    /rule on HTTP listener aws_lb_listener\.http-listener has action "forward"/,
  ),
  fail(
    "a listener without protocol or certificate is HTTP and serves a fixed response",
    () =>
      doc({
        aws_lb: { alb: { internal: false } },
        aws_alb_listener: {
          plain: listener({
            port: 80,
            default_action: [
              { type: "fixed-response", fixed_response: { content_type: "text/plain", status_code: "200" } },
            ],
          }),
        },
      }),
    "aws_alb_listener.plain",
    /fixed-response/,
  ),
  pass("a network load balancer's TCP listener", () =>
    doc({
      aws_lb: { nlb: { load_balancer_type: "network" } },
      aws_lb_listener: {
        tcp: {
          load_balancer_arn: "${aws_lb.nlb.arn}",
          port: 80,
          protocol: "TCP",
          default_action: [{ type: "forward", target_group_arn: "x" }],
        },
      },
    }),
  ),
]);

rule("SC-ELB-002", [
  fail(
    "HTTPS listener without ssl_policy",
    (d) => {
      delete d.resource.aws_lb_listener["https-listener"].ssl_policy;
    },
    "aws_lb_listener.https-listener",
    /no ssl_policy/,
  ),
  fail(
    "legacy 2016-08 policy",
    (d) => {
      d.resource.aws_lb_listener["test-listener"].ssl_policy = "ELBSecurityPolicy-2016-08";
    },
    "aws_lb_listener.test-listener",
    /ELBSecurityPolicy-2016-08/,
  ),
  fail(
    "a TLS 1.3 policy that still allows TLS 1.0",
    (d) => {
      d.resource.aws_lb_listener["https-listener"].ssl_policy = "ELBSecurityPolicy-TLS13-1-0-2021-06";
    },
    "aws_lb_listener.https-listener",
    /older than TLS 1\.2/,
  ),
  pass("TLS 1.3-only and forward-secrecy TLS 1.2 policies", (d) => {
    d.resource.aws_lb_listener["https-listener"].ssl_policy = "ELBSecurityPolicy-TLS13-1-3-2021-06";
    d.resource.aws_lb_listener["test-listener"].ssl_policy = "ELBSecurityPolicy-FS-1-2-Res-2020-10";
  }),
]);

rule("SC-ELB-003", [
  fail(
    "drop_invalid_header_fields missing",
    (d) => {
      delete d.resource.aws_lb.alb.drop_invalid_header_fields;
    },
    "aws_lb.alb",
    /drop_invalid_header_fields is not true/,
  ),
  fail(
    "aws_alb alias with the field false",
    () => doc({ aws_alb: { legacy: { internal: true, drop_invalid_header_fields: false } } }),
    "aws_alb.legacy",
  ),
  pass("network load balancers have no HTTP headers", () =>
    doc({ aws_lb: { nlb: { load_balancer_type: "network" } } }),
  ),
]);

rule("SC-ELB-004", [
  fail(
    "no access_logs block",
    (d) => {
      delete d.resource.aws_lb.alb.access_logs;
    },
    "aws_lb.alb",
    /access logging is not enabled/,
  ),
  fail(
    "access_logs with a bucket but enabled left at its default (false)",
    (d) => {
      delete d.resource.aws_lb.alb.access_logs.enabled;
    },
    "aws_lb.alb",
  ),
  fail(
    "access_logs disabled",
    (d) => {
      d.resource.aws_lb.alb.access_logs.enabled = false;
    },
    "aws_lb.alb",
  ),
]);

rule("SC-ELB-005", [
  fail(
    "prod ALB without deletion protection",
    (d) => {
      d.resource.aws_lb.alb.enable_deletion_protection = false;
    },
    "aws_lb.alb",
    /enable_deletion_protection is not true/,
  ),
  fail(
    "staging without its suppression",
    {
      env: "staging",
      mutate: (d) => {
        delete d.resource.aws_lb.alb["//"].securecloud;
      },
    },
    "aws_lb.alb",
  ),
]);

rule("SC-ELB-006", [
  fail(
    "desync mitigation in monitor mode",
    (d) => {
      d.resource.aws_lb.alb.desync_mitigation_mode = "monitor";
    },
    "aws_lb.alb",
    /monitor/,
  ),
  pass("strictest", (d) => {
    d.resource.aws_lb.alb.desync_mitigation_mode = "strictest";
  }),
]);

rule("SC-WAF-001", [
  fail(
    "the ALB has no association",
    (d) => {
      delete d.resource.aws_wafv2_web_acl_association;
    },
    "aws_lb.alb",
    /no aws_wafv2_web_acl_association/,
  ),
  fail(
    "the association points at another load balancer (cross-resource)",
    (d) => {
      d.resource.aws_lb.other = { internal: true, load_balancer_type: "application" };
      d.resource.aws_wafv2_web_acl_association["web-acl-association"].resource_arn = "${aws_lb.other.arn}";
    },
    "aws_lb.alb",
  ),
  fail(
    "no web ACL anywhere in the stack is a stack finding",
    (d) => {
      delete d.resource.aws_wafv2_web_acl;
      delete d.resource.aws_wafv2_web_acl_association;
      delete d.resource.aws_wafv2_web_acl_logging_configuration;
    },
    "prod",
    /no WAF web ACL in the stack.*aws_lb\.alb/,
  ),
  fail(
    "an ALB with internal left unset is internet-facing",
    () => doc({ aws_lb: { edge: { name: "edge" } } }),
    "unit",
    /no WAF web ACL/,
  ),
  pass("an internal ALB needs no web ACL", () => doc({ aws_lb: { inner: { internal: true } } })),
]);

rule("SC-WAF-002", [
  fail(
    "only the path-scoped rate rule remains",
    (d) => {
      d.resource.aws_wafv2_web_acl["web-acl"].rule.shift();
    },
    "aws_wafv2_web_acl.web-acl",
    /only path-scoped rate rules/,
  ),
  fail(
    "limit above the ceiling",
    (d) => {
      d.resource.aws_wafv2_web_acl["web-acl"].rule[0].statement.rate_based_statement.limit = 50000;
    },
    "aws_wafv2_web_acl.web-acl",
    /allows 50000 requests per window, above the ceiling/,
  ),
  fail(
    "limit above the environment's declared ceiling",
    (d) => {
      d["//"].securecloud.features.rateLimitCeiling = 1500;
    },
    "aws_wafv2_web_acl.web-acl",
    /allows 2000 requests per window, above the ceiling of 1500/,
  ),
  pass("a declared ceiling above the limit", (d) => {
    d["//"].securecloud.features.rateLimitCeiling = 20000;
    d.resource.aws_wafv2_web_acl["web-acl"].rule[0].statement.rate_based_statement.limit = 15000;
  }),
  fail(
    "rate rule in count mode",
    (d) => {
      d.resource.aws_wafv2_web_acl["web-acl"].rule[0].action = { count: {} };
    },
    "aws_wafv2_web_acl.web-acl",
    /action is count; it must block/,
  ),
  fail(
    "a rate rule keyed on a constant is not per-IP",
    (d) => {
      d.resource.aws_wafv2_web_acl["web-acl"].rule[0].statement.rate_based_statement.aggregate_key_type =
        "CONSTANT";
    },
    "aws_wafv2_web_acl.web-acl",
    /only path-scoped/,
  ),
  pass("rules given as rule_json (AWS API casing)", () =>
    doc({
      aws_lb: { alb: { internal: false } },
      aws_wafv2_web_acl: {
        acl: {
          scope: "REGIONAL",
          default_action: { allow: {} },
          rule_json: JSON.stringify([
            {
              Name: "rate",
              Priority: 0,
              Action: { Block: {} },
              Statement: { RateBasedStatement: { Limit: 1000, AggregateKeyType: "IP" } },
              VisibilityConfig: {
                CloudWatchMetricsEnabled: true,
                SampledRequestsEnabled: true,
                MetricName: "rate",
              },
            },
          ]),
        },
      },
      aws_wafv2_web_acl_association: {
        a: { resource_arn: "${aws_lb.alb.arn}", web_acl_arn: "${aws_wafv2_web_acl.acl.arn}" },
      },
    }),
  ),
]);

rule("SC-WAF-003", [
  fail(
    "the common rule set only counts",
    (d) => {
      const r = d.resource.aws_wafv2_web_acl["web-acl"].rule.find(
        (x: { name: string }) => x.name === "AWSManagedRulesCommonRuleSet",
      );
      r.override_action = { count: {} };
    },
    "aws_wafv2_web_acl.web-acl",
    /AWSManagedRulesCommonRuleSet\) has override_action count/,
  ),
  fail(
    "a rule inside a group overridden to count",
    (d) => {
      const r = d.resource.aws_wafv2_web_acl["web-acl"].rule.find(
        (x: { name: string }) => x.name === "AWSManagedRulesSQLiRuleSet",
      );
      r.statement.managed_rule_group_statement.rule_action_override = [
        { name: "SQLi_BODY", action_to_use: { count: {} } },
      ];
    },
    "aws_wafv2_web_acl.web-acl",
    /overrides SQLi_BODY to count/,
  ),
  fail(
    "a rule group association resource that counts (cross-resource)",
    (d) => {
      d.resource.aws_wafv2_web_acl_rule_group_association = {
        extra: {
          rule_name: "linux",
          priority: 50,
          web_acl_arn: "${aws_wafv2_web_acl.web-acl.arn}",
          managed_rule_group: { name: "AWSManagedRulesLinuxRuleSet", vendor_name: "AWS" },
          override_action: "count",
        },
      };
    },
    "aws_wafv2_web_acl_rule_group_association.extra",
    /AWSManagedRulesLinuxRuleSet/,
  ),
]);

rule("SC-WAF-004", [
  fail(
    "known bad inputs missing",
    (d) => {
      const rules = d.resource.aws_wafv2_web_acl["web-acl"].rule;
      d.resource.aws_wafv2_web_acl["web-acl"].rule = rules.filter(
        (x: { name: string }) => x.name !== "AWSManagedRulesKnownBadInputsRuleSet",
      );
    },
    "aws_wafv2_web_acl.web-acl",
    /AWSManagedRulesKnownBadInputsRuleSet/,
  ),
]);

rule("SC-WAF-005", [
  fail(
    "no logging configuration",
    (d) => {
      delete d.resource.aws_wafv2_web_acl_logging_configuration;
    },
    "aws_wafv2_web_acl.web-acl",
    /no aws_wafv2_web_acl_logging_configuration/,
  ),
  fail(
    "logging to a log group WAF cannot deliver to (cross-resource)",
    (d) => {
      d.resource.aws_cloudwatch_log_group["waf-log-group"].name = "/securecloud/waf";
    },
    "aws_wafv2_web_acl_logging_configuration.web-acl-logging",
    /aws-waf-logs-/,
  ),
]);

rule("SC-WAF-006", [
  fail(
    "a rule without metrics",
    (d) => {
      d.resource.aws_wafv2_web_acl["web-acl"].rule[2].visibility_config.cloudwatch_metrics_enabled = false;
    },
    "aws_wafv2_web_acl.web-acl",
    /disables CloudWatch metrics/,
  ),
]);

rule("SC-SHD-001", [
  fail(
    "prod loses its ALB protection",
    (d) => {
      delete d.resource.aws_shield_protection;
      delete d.resource.aws_shield_protection_health_check_association;
    },
    "aws_lb.alb",
    /no aws_shield_protection covers this ALB/,
  ),
  fail(
    "protection without automatic application-layer response",
    (d) => {
      delete d.resource.aws_shield_application_layer_automatic_response;
    },
    "aws_lb.alb",
    /automatic_response/,
  ),
  fail(
    "automatic response that only counts",
    (d) => {
      d.resource.aws_shield_application_layer_automatic_response["alb-shield-l7"].action = "COUNT";
    },
    "aws_shield_application_layer_automatic_response.alb-shield-l7",
    /only counts/,
  ),
  fail(
    "an environment that declares Shield Advanced but protects nothing",
    {
      env: "staging",
      mutate: (d) => {
        d["//"].securecloud = { features: { shieldAdvanced: true } };
      },
    },
    "aws_lb.alb",
  ),
  pass("staging without Shield Advanced relies on Shield Standard", { env: "staging", mutate: () => {} }),
]);
