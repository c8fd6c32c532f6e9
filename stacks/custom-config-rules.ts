/**
 * AWS Config custom policy rules (Guard, runtime guard-2.x.x) for what the managed rules
 * cannot see in this estate. No code to package: the policy text is the rule, evaluated by
 * Config against each configuration item of the rule's resource type.
 *
 * Each policy is generated from a definition in common/estate-properties.ts that the static
 * gate's rule reads too, so the same property is enforced before apply and after.
 *
 * Field names follow Config's configuration items for each type (the AWS Config resource
 * schema): camelCase for AWS::WAFv2::WebACL and AWS::EC2::SecurityGroup, PascalCase for
 * AWS::ElasticLoadBalancingV2::Listener.
 */
import { ConfigConfigRule } from "@cdktf/provider-aws/lib/config-config-rule/index.js";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { TAG } from "../common/conventions.ts";
import { PER_IP_RATE_RULE, PRODUCTION_LISTENER, TEST_LISTENER } from "../common/estate-properties.ts";
import { EstateContext } from "./estate-context.ts";

export interface GuardRule {
  /** Our name for the rule: `securecloud-<env>-<id>`. */
  readonly id: string;
  readonly description: string;
  readonly resourceTypes: readonly string[];
  readonly severity: "high" | "critical";
  readonly policy: string;
}

/** AWS Config refuses a custom policy longer than this. */
export const POLICY_TEXT_LIMIT = 10_000;

/** Guard string literal (double-quoted, escaped). */
const str = (s: string) => JSON.stringify(s);
/**
 * Guard regex literal. Guard's parser ends a regex at the first `/`, escaped or not, so a
 * slash in the pattern is written as `.`; the names around it keep the match precise.
 */
const regex = (s: string) => `/${s.replaceAll("/", ".")}/`;

/** The web ACL has a per-IP rate rule that blocks within the bounds; managed groups enforce. */
export function wafRateRulePolicy(): string {
  const p = PER_IP_RATE_RULE;
  return `# The web ACL blocks floods per client IP, within the estate's bounds (common/estate-properties.ts PER_IP_RATE_RULE).
rule waf_per_ip_rate_rule when resourceType == "AWS::WAFv2::WebACL" {
  configuration.rules exists
  some configuration.rules[*] {
    statement.rateBasedStatement exists
    statement.rateBasedStatement.aggregateKeyType == ${str(p.aggregateKeyType)}
    statement.rateBasedStatement.scopeDownStatement not exists
    statement.rateBasedStatement.limit >= ${p.minimumLimit}
    statement.rateBasedStatement.limit <= ${p.maximumLimit}
    action.block exists
    <<no rule blocks per client IP at a limit between ${p.minimumLimit} and ${p.maximumLimit} without a scope-down>>
  }
}

rule waf_managed_groups_enforce when resourceType == "AWS::WAFv2::WebACL" {
  configuration.rules[ statement.managedRuleGroupStatement exists ] {
    overrideAction.count not exists
    <<a managed rule group only counts: its override action must be none>>
  }
}
`;
}

/**
 * The production listener of `envName` (port 443 on its ALB) forwards to exactly one blue and
 * one green target group of the environment, with weights that add up to 100. Guard has no
 * arithmetic, so "the weights add to 100" is written in conjunctive form: for every weight k
 * the first group may have, the second has 100 - k.
 */
export function productionListenerPolicy(envName: string, albName: string): string {
  const p = PRODUCTION_LISTENER;
  const [first, second] = p.colors.map((c) => p.targetGroupName(envName, c));
  const pairs = Array.from(
    { length: p.totalWeight + 1 },
    (_, k) => `  %a != ${k} or %b == ${p.totalWeight - k}`,
  );
  return `# The production listener weighs one blue and one green group, weights adding to ${p.totalWeight} (common/estate-properties.ts PRODUCTION_LISTENER).
rule production_listener_blue_green when resourceType == "AWS::ElasticLoadBalancingV2::Listener"
                                          configuration.Port == ${p.port}
                                          configuration.LoadBalancerArn == ${regex(`:loadbalancer/app/${albName}/`)} {
  let forwards = configuration.DefaultActions[ Type == "forward" ]
  %forwards not empty
  <<the production listener has no forward action>>
  %forwards.ForwardConfig.TargetGroups[*] {
    TargetGroupArn == ${regex(`:targetgroup/(${first}|${second})/`)}
    Weight >= 0
    Weight <= ${p.totalWeight}
    <<the production listener forwards to a group that is not this environment's blue or green>>
  }
  some %forwards.ForwardConfig.TargetGroups[*].TargetGroupArn == ${regex(`:targetgroup/${first}/`)}
  some %forwards.ForwardConfig.TargetGroups[*].TargetGroupArn == ${regex(`:targetgroup/${second}/`)}
  %forwards.ForwardConfig.TargetGroups[2] not exists
  <<the production listener must weigh exactly one ${p.colors[0]} and one ${p.colors[1]} target group>>
  let a = %forwards.ForwardConfig.TargetGroups[0].Weight
  let b = %forwards.ForwardConfig.TargetGroups[1].Weight
${pairs.join("\n")}
  <<the production listener's weights do not add up to ${p.totalWeight}>>
}
`;
}

/** The ALB's security group never admits the world to the test listener's port. */
export function testListenerPolicy(securityGroupName: string): string {
  const p = TEST_LISTENER;
  const [v4, v6] = p.worldCidrs;
  return `# Only operator networks reach the test listener (common/estate-properties.ts TEST_LISTENER).
rule test_listener_not_world_open when resourceType == "AWS::EC2::SecurityGroup"
                                       configuration.groupName == ${str(securityGroupName)} {
  let reaching = configuration.ipPermissions[
    ipProtocol == "-1" or fromPort <= ${p.port}
    ipProtocol == "-1" or toPort >= ${p.port}
  ]
  when %reaching not empty {
    %reaching {
      ipRanges not exists or ipRanges[ this == ${str(v4!)} ] empty
      ipv4Ranges not exists or ipv4Ranges[ cidrIp == ${str(v4!)} ] empty
      ipv6Ranges not exists or ipv6Ranges[ cidrIpv6 == ${str(v6!)} ] empty
      <<port ${p.port} (the test listener) is open to the internet>>
    }
  }
}
`;
}

/** The estate's custom rules for one environment. */
export function customRules(envName: string, names: { alb: string; albSecurityGroup: string }): GuardRule[] {
  return [
    {
      id: "waf-per-ip-rate-rule",
      description: "The web ACL blocks per client IP within the estate's bounds; managed rule groups enforce",
      resourceTypes: ["AWS::WAFv2::WebACL"],
      severity: "high",
      policy: wafRateRulePolicy(),
    },
    {
      id: "production-listener-blue-green",
      description:
        "The production listener weighs one blue and one green target group, weights adding to 100",
      resourceTypes: ["AWS::ElasticLoadBalancingV2::Listener"],
      severity: "high",
      policy: productionListenerPolicy(envName, names.alb),
    },
    {
      id: "test-listener-not-world-open",
      description: "Only operator networks reach the test listener's port on the ALB's security group",
      resourceTypes: ["AWS::EC2::SecurityGroup"],
      severity: "critical",
      policy: testListenerPolicy(names.albSecurityGroup),
    },
  ];
}

export interface CustomConfigRulesProps {
  /** The ALB whose production listener and security group the rules judge. */
  readonly albName: string;
  readonly albSecurityGroupName: string;
  /** The recorder must be on before a rule can evaluate (its status resource). */
  readonly dependsOn: readonly ITerraformDependable[];
}

/**
 * The custom policy rules above, as AWS Config rules of the environment: evaluated on every
 * configuration change of their resource types, tagged with their severity (the live gate and
 * the drift alerts read it) and `securecloud:control` = `estate`.
 */
export class CustomConfigRules extends Construct {
  readonly rules: Record<string, ConfigConfigRule> = {};

  constructor(scope: Construct, id: string, props: CustomConfigRulesProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    for (const rule of customRules(estate.environment, {
      alb: props.albName,
      albSecurityGroup: props.albSecurityGroupName,
    })) {
      this.rules[rule.id] = new ConfigConfigRule(this, rule.id.replaceAll("-", "_"), {
        name: estate.name(rule.id),
        description: rule.description,
        scope: { complianceResourceTypes: [...rule.resourceTypes] },
        source: {
          owner: "CUSTOM_POLICY",
          sourceDetail: [
            { messageType: "ConfigurationItemChangeNotification" },
            { messageType: "OversizedConfigurationItemChangeNotification" },
          ],
          customPolicyDetails: {
            policyRuntime: "guard-2.x.x",
            policyText: rule.policy,
            enableDebugLogDelivery: false,
          },
        },
        tags: { [TAG.severity]: rule.severity, "securecloud:control": "estate" },
        dependsOn: [...props.dependsOn],
      });
    }
  }
}
