/**
 * The estate's AWS Config custom policy rules, evaluated by the real Guard engine (cfn-guard,
 * what Config runs them with) against configuration items shaped like Config's: the item's
 * envelope (version, resourceType, resourceId, arn, configurationItemStatus...) and a
 * `configuration` whose fields follow the AWS Config resource schema of each type.
 * Each rule gets the compliant shape the estate creates and every way it can go wrong.
 */
import test from "ava";
import { PER_IP_RATE_RULE, PRODUCTION_LISTENER, TEST_LISTENER } from "../../common/estate-properties.ts";
import {
  customRules,
  POLICY_TEXT_LIMIT,
  productionListenerPolicy,
  testListenerPolicy,
  wafRateRulePolicy,
} from "../../stacks/custom-config-rules.ts";
import { evaluateGuard } from "../helpers/guard.ts";

const ACCOUNT = "123456789012";
const REGION = "us-east-1";

function item(
  resourceType: string,
  resourceId: string,
  resourceName: string,
  arn: string,
  configuration: unknown,
) {
  return {
    version: "1.3",
    accountId: ACCOUNT,
    configurationItemCaptureTime: "2026-06-01T10:00:00.000Z",
    configurationItemStatus: "OK",
    configurationStateId: "1748772000000",
    configurationItemMD5Hash: "",
    arn,
    resourceType,
    resourceId,
    resourceName,
    awsRegion: REGION,
    availabilityZone: "Regional",
    resourceCreationTime: "2026-05-01T10:00:00.000Z",
    tags: { Project: "securecloud", Environment: "prod" },
    relatedEvents: [],
    relationships: [],
    configuration,
    supplementaryConfiguration: {},
  };
}

// --- AWS::WAFv2::WebACL -----------------------------------------------------------------

type WafRule = Record<string, unknown>;
const managed = (name: string, override: "none" | "count" = "none"): WafRule => ({
  name: `aws-${name}`,
  priority: 20,
  statement: { managedRuleGroupStatement: { vendorName: "AWS", name } },
  overrideAction: { [override]: {} },
  visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: name },
});
const rateRule = (
  over: Record<string, unknown> = {},
  action: Record<string, unknown> = { block: {} },
): WafRule => ({
  name: "rate-limit-per-ip",
  priority: 90,
  statement: {
    rateBasedStatement: { limit: 2000, evaluationWindowSec: 300, aggregateKeyType: "IP", ...over },
  },
  action,
  visibilityConfig: {
    sampledRequestsEnabled: true,
    cloudWatchMetricsEnabled: true,
    metricName: "rate-limit-per-ip",
  },
});
const webAcl = (rules: WafRule[]) =>
  item(
    "AWS::WAFv2::WebACL",
    "a1b2c3d4/securecloud-prod-edge/REGIONAL",
    "securecloud-prod-edge",
    `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/securecloud-prod-edge/a1b2c3d4`,
    {
      name: "securecloud-prod-edge",
      id: "a1b2c3d4",
      arn: `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/securecloud-prod-edge/a1b2c3d4`,
      defaultAction: { allow: {} },
      description: "Edge protection",
      rules,
      visibilityConfig: { sampledRequestsEnabled: true, cloudWatchMetricsEnabled: true, metricName: "edge" },
      capacity: 1200,
      managedByFirewallManager: false,
      labelNamespace: "awswaf:123456789012:webacl:securecloud-prod-edge:",
    },
  );
const ESTATE_ACL = [
  managed("AWSManagedRulesCommonRuleSet"),
  managed("AWSManagedRulesKnownBadInputsRuleSet"),
  rateRule({ limit: 100, scopeDownStatement: { byteMatchStatement: { searchString: "/login" } } }),
  rateRule(),
];

test("waf-per-ip-rate-rule: the estate's web ACL complies", (t) => {
  t.like(evaluateGuard(wafRateRulePolicy(), webAcl(ESTATE_ACL)), { status: "PASS", failed: [] });
  t.like(evaluateGuard(wafRateRulePolicy(), webAcl([rateRule({ limit: PER_IP_RATE_RULE.maximumLimit })])), {
    status: "PASS",
  });
  t.like(evaluateGuard(wafRateRulePolicy(), webAcl([rateRule({ limit: PER_IP_RATE_RULE.minimumLimit })])), {
    status: "PASS",
  });
});

test("waf-per-ip-rate-rule: every way the flood protection can be lost is non-compliant", (t) => {
  const bad: [string, WafRule[], string[]][] = [
    [
      "limit above the ceiling",
      [rateRule({ limit: PER_IP_RATE_RULE.maximumLimit + 1 })],
      ["waf_per_ip_rate_rule"],
    ],
    [
      "limit below WAF's minimum",
      [rateRule({ limit: PER_IP_RATE_RULE.minimumLimit - 1 })],
      ["waf_per_ip_rate_rule"],
    ],
    ["only counts", [rateRule({}, { count: {} })], ["waf_per_ip_rate_rule"]],
    ["keyed on a header", [rateRule({ aggregateKeyType: "FORWARDED_IP" })], ["waf_per_ip_rate_rule"]],
    [
      "only some paths",
      [rateRule({ scopeDownStatement: { byteMatchStatement: { searchString: "/api" } } })],
      ["waf_per_ip_rate_rule"],
    ],
    ["no rate rule at all", [managed("AWSManagedRulesCommonRuleSet")], ["waf_per_ip_rate_rule"]],
    ["no rules", [], ["waf_per_ip_rate_rule"]],
    [
      "a managed group that counts",
      [managed("AWSManagedRulesSQLiRuleSet", "count"), rateRule()],
      ["waf_managed_groups_enforce"],
    ],
  ];
  for (const [why, rules, failed] of bad) {
    t.like(evaluateGuard(wafRateRulePolicy(), webAcl(rules)), { status: "FAIL", failed }, why);
  }
});

// --- AWS::ElasticLoadBalancingV2::Listener ------------------------------------------------

const ALB = "securecloud-prod-alb";
const LB_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/${ALB}/50dc6c495c0c9188`;
const tg = (name: string, id = "73e2d6bc24d8a067") =>
  `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${name}/${id}`;
const BLUE = tg(PRODUCTION_LISTENER.targetGroupName("prod", "blue"));
const GREEN = tg(PRODUCTION_LISTENER.targetGroupName("prod", "green"), "83e2d6bc24d8a067");

function listener(actions: unknown[], over: { port?: number; lb?: string } = {}) {
  const arn = `${(over.lb ?? LB_ARN).replace(":loadbalancer/", ":listener/")}/f2f7dc8efc522ab2`;
  return item("AWS::ElasticLoadBalancingV2::Listener", arn, arn, arn, {
    ListenerArn: arn,
    LoadBalancerArn: over.lb ?? LB_ARN,
    Port: over.port ?? 443,
    Protocol: "HTTPS",
    Certificates: [{ CertificateArn: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/abc`, IsDefault: false }],
    SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
    DefaultActions: actions,
  });
}
const forward = (groups: [string, number][], order = 1) => ({
  Type: "forward",
  Order: order,
  TargetGroupArn: groups.length === 1 ? groups[0]![0] : undefined,
  ForwardConfig: {
    TargetGroups: groups.map(([TargetGroupArn, Weight]) => ({ TargetGroupArn, Weight })),
    TargetGroupStickinessConfig: { Enabled: false },
  },
});
const policy = productionListenerPolicy("prod", ALB);

test("production-listener-blue-green: one blue and one green group whose weights add to 100, in either order", (t) => {
  for (const weights of [
    [100, 0],
    [90, 10],
    [0, 100],
    [37, 63],
  ] as const) {
    t.like(
      evaluateGuard(
        policy,
        listener([
          forward([
            [BLUE, weights[0]],
            [GREEN, weights[1]],
          ]),
        ]),
      ),
      { status: "PASS" },
      `${weights}`,
    );
    t.like(
      evaluateGuard(
        policy,
        listener([
          forward([
            [GREEN, weights[1]],
            [BLUE, weights[0]],
          ]),
        ]),
      ),
      { status: "PASS" },
    );
  }
  // Behind an authentication action, the forward action still counts.
  const auth = {
    Type: "authenticate-oidc",
    Order: 1,
    AuthenticateOidcConfig: { Issuer: "https://idp.example.com" },
  };
  t.like(
    evaluateGuard(
      policy,
      listener([
        auth,
        forward(
          [
            [BLUE, 50],
            [GREEN, 50],
          ],
          2,
        ),
      ]),
    ),
    { status: "PASS" },
  );
});

test("production-listener-blue-green: weights off 100, a missing color, a foreign group, no forward are non-compliant", (t) => {
  const other = tg("securecloud-staging-blue");
  const cases: [string, unknown[]][] = [
    [
      "weights add to 110",
      [
        forward([
          [BLUE, 90],
          [GREEN, 20],
        ]),
      ],
    ],
    [
      "weights add to 90",
      [
        forward([
          [BLUE, 50],
          [GREEN, 40],
        ]),
      ],
    ],
    ["blue only", [forward([[BLUE, 100]])]],
    [
      "two blues",
      [
        forward([
          [BLUE, 50],
          [tg("securecloud-prod-blue", "9999999999999999"), 50],
        ]),
      ],
    ],
    [
      "another environment's group",
      [
        forward([
          [other, 0],
          [GREEN, 100],
        ]),
      ],
    ],
    [
      "a third group",
      [
        forward([
          [BLUE, 50],
          [GREEN, 50],
          [tg("securecloud-prod-canary"), 0],
        ]),
      ],
    ],
    [
      "a fixed response instead of forwarding",
      [{ Type: "fixed-response", Order: 1, FixedResponseConfig: { StatusCode: "503" } }],
    ],
  ];
  for (const [why, actions] of cases) {
    t.like(
      evaluateGuard(policy, listener(actions)),
      { status: "FAIL", failed: ["production_listener_blue_green"] },
      why,
    );
  }
});

test("production-listener-blue-green: other listeners and other load balancers are not its business", (t) => {
  const anything = [forward([[tg("x"), 1]])];
  t.like(evaluateGuard(policy, listener(anything, { port: TEST_LISTENER.port })), { status: "SKIP" });
  t.like(evaluateGuard(policy, listener(anything, { lb: LB_ARN.replace(ALB, "someone-elses-alb") })), {
    status: "SKIP",
  });
});

// --- AWS::EC2::SecurityGroup ---------------------------------------------------------------

type Permission = { ipProtocol: string; fromPort?: number; toPort?: number; v4?: string[]; v6?: string[] };
function securityGroup(name: string, permissions: Permission[]) {
  return item(
    "AWS::EC2::SecurityGroup",
    "sg-0a1b2c3d4e5f67890",
    name,
    `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-0a1b2c3d4e5f67890`,
    {
      description: "ALB",
      groupName: name,
      ipPermissions: permissions.map((p) => ({
        ipProtocol: p.ipProtocol,
        ...(p.fromPort !== undefined ? { fromPort: p.fromPort, toPort: p.toPort } : {}),
        ipv6Ranges: (p.v6 ?? []).map((cidrIpv6) => ({ cidrIpv6 })),
        prefixListIds: [],
        userIdGroupPairs: [],
        ipv4Ranges: (p.v4 ?? []).map((cidrIp) => ({ cidrIp })),
        ipRanges: p.v4 ?? [],
      })),
      ownerId: ACCOUNT,
      groupId: "sg-0a1b2c3d4e5f67890",
      ipPermissionsEgress: [
        {
          ipProtocol: "tcp",
          fromPort: 8080,
          toPort: 8080,
          ipv4Ranges: [{ cidrIp: "10.50.0.0/16" }],
          ipRanges: ["10.50.0.0/16"],
          ipv6Ranges: [],
          prefixListIds: [],
          userIdGroupPairs: [],
        },
      ],
      vpcId: "vpc-0123456789abcdef0",
    },
  );
}
const SG = "securecloud-prod-alb";
const PORT = TEST_LISTENER.port;
const ESTATE_SG: Permission[] = [
  { ipProtocol: "tcp", fromPort: 443, toPort: 443, v4: ["0.0.0.0/0"], v6: ["::/0"] },
  { ipProtocol: "tcp", fromPort: 80, toPort: 80, v4: ["0.0.0.0/0"], v6: ["::/0"] },
  { ipProtocol: "tcp", fromPort: PORT, toPort: PORT, v4: ["203.0.113.0/24"], v6: ["2001:db8:40::/48"] },
];
const sgPolicy = testListenerPolicy(SG);

test("test-listener-not-world-open: the estate's ALB group complies (the internet on 80/443, operators on the test port)", (t) => {
  t.like(evaluateGuard(sgPolicy, securityGroup(SG, ESTATE_SG)), { status: "PASS" });
});

test("test-listener-not-world-open: the world on the test port, by any rule that covers it, is non-compliant", (t) => {
  const cases: [string, Permission][] = [
    ["IPv4 world", { ipProtocol: "tcp", fromPort: PORT, toPort: PORT, v4: ["0.0.0.0/0"] }],
    ["IPv6 world", { ipProtocol: "tcp", fromPort: PORT, toPort: PORT, v6: ["::/0"] }],
    ["a port range around it", { ipProtocol: "tcp", fromPort: 8000, toPort: 9000, v6: ["::/0"] }],
    ["all traffic", { ipProtocol: "-1", v4: ["0.0.0.0/0"] }],
  ];
  for (const [why, permission] of cases) {
    t.like(
      evaluateGuard(sgPolicy, securityGroup(SG, [...ESTATE_SG, permission])),
      { status: "FAIL", failed: ["test_listener_not_world_open"] },
      why,
    );
  }
  // The world on other ports is the other rules' business (80/443 are meant to be open).
  t.not(
    evaluateGuard(
      sgPolicy,
      securityGroup(SG, [{ ipProtocol: "tcp", fromPort: 8444, toPort: 9000, v4: ["0.0.0.0/0"] }]),
    ).status,
    "FAIL",
  );
  t.like(evaluateGuard(sgPolicy, securityGroup("someone-else", [{ ipProtocol: "-1", v4: ["0.0.0.0/0"] }])), {
    status: "SKIP",
  });
});

test("each rule's scope and severity: three rules over three resource types, none low", (t) => {
  const rules = customRules("prod", { alb: ALB, albSecurityGroup: SG });
  t.deepEqual(
    rules.map((r) => [r.id, r.resourceTypes]),
    [
      ["waf-per-ip-rate-rule", ["AWS::WAFv2::WebACL"]],
      ["production-listener-blue-green", ["AWS::ElasticLoadBalancingV2::Listener"]],
      ["test-listener-not-world-open", ["AWS::EC2::SecurityGroup"]],
    ],
  );
  for (const r of rules)
    t.true(r.policy.length <= POLICY_TEXT_LIMIT, `${r.id}: ${r.policy.length} characters`);
  // A rule given an item of another type does not apply (Config only sends its scope, but a
  // policy must not fail on the wrong type either).
  const acl = webAcl(ESTATE_ACL);
  for (const r of rules.slice(1)) t.is(evaluateGuard(r.policy, acl).status, "SKIP", r.id);
});
