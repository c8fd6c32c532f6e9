/**
 * The two routes to the idle color, which follow it after every deploy, promotion and rollback:
 *
 *  - the test listener (port 8443, tagged securecloud:role=test, open to the operators' CIDRs
 *    only): its forward action sends to the idle color's target group;
 *  - the idle-color rule on the production listener (tagged securecloud:role=idle-route):
 *    requests carrying the secret header go to the idle color. The secret lives in an SSM
 *    SecureString; deploy rotates it. This is the path the pipeline's smoke checks take, through
 *    the internet, WAF and the ALB like a user's request, and testers can take it by hand.
 *
 * Only the forward target (and, for the rule, the header value) is changed; every other action
 * and condition stays as read.
 */
import { randomBytes } from "node:crypto";
import {
  type Action,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  type ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
  type Rule,
  type RuleCondition,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  DescribeParametersCommand,
  GetParameterCommand,
  PutParameterCommand,
  type SSMClient,
} from "@aws-sdk/client-ssm";
import { IDLE_ROUTE, LISTENER_ROLE, TAG } from "../../common/conventions.ts";
import type { Routes } from "../rollout/record.ts";
import { forwardingTo, singleTarget } from "./actions.ts";
import { tagMap } from "./io.ts";

/** Four reads: the ALB's listeners, their tags, the production listener's rules and their tags. */
export async function findRoutes(
  elb: ElasticLoadBalancingV2Client,
  loadBalancerArn: string,
  productionListenerArn: string,
): Promise<Routes> {
  const [listeners, rules] = await Promise.all([
    elb.send(new DescribeListenersCommand({ LoadBalancerArn: loadBalancerArn })),
    elb.send(new DescribeRulesCommand({ ListenerArn: productionListenerArn })),
  ]);
  const candidates = [
    ...(listeners.Listeners ?? [])
      .map((l) => l.ListenerArn ?? "")
      .filter((a) => a && a !== productionListenerArn),
    ...(rules.Rules ?? []).filter((r) => !r.IsDefault).map((r) => r.RuleArn ?? ""),
  ].filter(Boolean);
  const tags = new Map<string, Record<string, string>>();
  for (let i = 0; i < candidates.length; i += 20) {
    const out = await elb.send(new DescribeTagsCommand({ ResourceArns: candidates.slice(i, i + 20) }));
    for (const d of out.TagDescriptions ?? []) tags.set(d.ResourceArn ?? "", tagMap(d.Tags));
  }
  const withRole = (role: string) => candidates.filter((a) => tags.get(a)?.[TAG.role] === role);
  const [testListener] = withRole(LISTENER_ROLE.test).filter((a) => a.includes(":listener/"));
  const [idleRule] = withRole(LISTENER_ROLE.idleRoute).filter((a) => a.includes(":listener-rule/"));
  return { testListener: testListener ?? null, idleRule: idleRule ?? null };
}

/**
 * Points the test listener's forward at `targetGroupArn` (one read, and one write when it
 * forwards elsewhere). Returns whether it wrote.
 */
export async function pointTestListener(
  elb: ElasticLoadBalancingV2Client,
  listenerArn: string,
  targetGroupArn: string,
): Promise<boolean> {
  const out = await elb.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] }));
  const actions = out.Listeners?.[0]?.DefaultActions ?? [];
  if (singleTarget(actions) === targetGroupArn) return false;
  await elb.send(
    new ModifyListenerCommand({
      ListenerArn: listenerArn,
      DefaultActions: forwardingTo(actions, targetGroupArn),
    }),
  );
  return true;
}

function headerValues(rule: Rule): string[] {
  const c = rule.Conditions?.find(
    (x) =>
      x.Field === "http-header" && x.HttpHeaderConfig?.HttpHeaderName?.toLowerCase() === IDLE_ROUTE.header,
  );
  return c?.HttpHeaderConfig?.Values ?? [];
}

/** The rule's conditions with the secret header's value set to `secret`, the others as read. */
function withSecret(conditions: RuleCondition[], secret: string): RuleCondition[] {
  const others = conditions.filter(
    (c) =>
      !(c.Field === "http-header" && c.HttpHeaderConfig?.HttpHeaderName?.toLowerCase() === IDLE_ROUTE.header),
  );
  // Values (the legacy top-level list) and the typed configs other than the header pass through.
  return [
    ...others,
    { Field: "http-header", HttpHeaderConfig: { HttpHeaderName: IDLE_ROUTE.header, Values: [secret] } },
  ];
}

/** Conditions as ModifyRule takes them: the typed config only, not the legacy `Values` beside it. */
function writableConditions(conditions: RuleCondition[]): RuleCondition[] {
  return conditions.map((c) => {
    const typed =
      c.HostHeaderConfig ||
      c.PathPatternConfig ||
      c.HttpHeaderConfig ||
      c.QueryStringConfig ||
      c.HttpRequestMethodConfig ||
      c.SourceIpConfig;
    if (!typed) return c;
    const { Values: _legacy, ...rest } = c;
    return rest;
  });
}

/**
 * Points the idle-color rule at `targetGroupArn` and, when `secret` is given, makes the header
 * condition require it (one read, one write when anything differs). Returns whether it wrote.
 */
export async function pointIdleRule(
  elb: ElasticLoadBalancingV2Client,
  ruleArn: string,
  targetGroupArn: string,
  secret?: string,
): Promise<boolean> {
  const out = await elb.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }));
  const rule = out.Rules?.[0];
  if (!rule) throw new Error(`DescribeRules returned no rule ${ruleArn}`);
  const actions: Action[] = rule.Actions ?? [];
  const secretOk =
    secret === undefined || (headerValues(rule).length === 1 && headerValues(rule)[0] === secret);
  if (singleTarget(actions) === targetGroupArn && secretOk) return false;
  await elb.send(
    new ModifyRuleCommand({
      RuleArn: ruleArn,
      Actions: forwardingTo(
        actions.filter((a) => a.Type !== "fixed-response"),
        targetGroupArn,
      ),
      ...(secretOk ? {} : { Conditions: writableConditions(withSecret(rule.Conditions ?? [], secret!)) }),
    }),
  );
  return true;
}

/** One read: the idle route's secret header value (decrypted). */
export async function readSecret(ssm: SSMClient, parameter: string): Promise<string> {
  const out = await ssm.send(new GetParameterCommand({ Name: parameter, WithDecryption: true }));
  return out.Parameter?.Value ?? "";
}

/**
 * A new secret for the idle route: 128 random bits, hex (no ALB wildcard characters), written
 * to the SecureString with the KMS key it already has. One read, one write.
 */
export async function rotateSecret(ssm: SSMClient, parameter: string): Promise<string> {
  const described = await ssm.send(
    new DescribeParametersCommand({
      ParameterFilters: [{ Key: "Name", Option: "Equals", Values: [parameter] }],
    }),
  );
  const keyId = described.Parameters?.[0]?.KeyId;
  const secret = randomBytes(16).toString("hex");
  await ssm.send(
    new PutParameterCommand({
      Name: parameter,
      Value: secret,
      Type: "SecureString",
      Overwrite: true,
      ...(keyId ? { KeyId: keyId } : {}),
    }),
  );
  return secret;
}

/**
 * Both routes to `targetGroupArn` (the idle color's): what moved, one line each. The idle rule
 * also takes `secret` when given (deploy rotates it).
 */
export async function followIdle(
  elb: ElasticLoadBalancingV2Client,
  routes: Routes | null,
  color: string,
  targetGroupArn: string,
  secret?: string,
): Promise<string[]> {
  const lines: string[] = [];
  if (routes?.testListener) {
    const moved = await pointTestListener(elb, routes.testListener, targetGroupArn);
    lines.push(moved ? `test listener → ${color}` : `test listener already on ${color}`);
  }
  if (routes?.idleRule) {
    const moved = await pointIdleRule(elb, routes.idleRule, targetGroupArn, secret);
    lines.push(moved ? `idle-color route → ${color}` : `idle-color route already on ${color}`);
  }
  return lines;
}
