/**
 * WAF web ACL rules in any of their forms (`rule` blocks, `rule_json`, rule group
 * association resources) and the web ACLs associated with a resource.
 */
import { parseJsonencode, soleInterpolation } from "../../engine/hcl.ts";
import type { StackModel, TfResource } from "../../engine/types.ts";
import { allBlocks, block, isObj, list, type Obj, snakeKeys, str } from "../../engine/values.ts";
import { memo } from "./memo.ts";

export interface WafRule {
  name: string;
  /** snake_case view of the rule (statement, action, override_action, visibility_config). */
  body: Obj;
  /** Where it is defined (the web ACL, or an aws_wafv2_web_acl_rule_group_association). */
  at: TfResource;
}

/**
 * Rules of a web ACL: `rule` blocks, `rule_json`, and rule group association resources of its
 * stack. Read once per ACL (most WAF rules ask for them).
 */
export function wafRules(stack: StackModel, acl: TfResource): WafRule[] {
  return acl.stack === stack ? rulesOf(acl) : readWafRules(stack, acl);
}

const rulesOf = memo((acl: TfResource): WafRule[] => readWafRules(acl.stack, acl));

function readWafRules(stack: StackModel, acl: TfResource): WafRule[] {
  const out: WafRule[] = [];
  for (const r of allBlocks(acl.values, "rule")) {
    const body = snakeKeys(r) as Obj;
    out.push({ name: str(body.name) ?? "unnamed", body, at: acl });
  }
  const rj = acl.values.rule_json;
  if (typeof rj === "string") {
    let parsed: unknown;
    if (soleInterpolation(rj) !== undefined) parsed = parseJsonencode(rj);
    else {
      try {
        parsed = JSON.parse(rj);
      } catch {
        parsed = undefined;
      }
    }
    for (const r of list(parsed).filter(isObj)) {
      const body = snakeKeys(r) as Obj;
      out.push({ name: str(body.name) ?? "unnamed", body, at: acl });
    }
  }
  for (const assoc of stack.ofType("aws_wafv2_web_acl_rule_group_association")) {
    if (stack.refOf(assoc.values.web_acl_arn)?.target !== acl) continue;
    const managed = block(assoc.values.managed_rule_group);
    const ref = block(assoc.values.rule_group_reference);
    const statement: Obj = {};
    if (managed) {
      statement.managed_rule_group_statement = {
        name: managed.name,
        vendor_name: managed.vendor_name,
        rule_action_override: managed.rule_action_override,
      };
    }
    if (ref)
      statement.rule_group_reference_statement = {
        arn: ref.arn,
        rule_action_override: ref.rule_action_override,
      };
    const override = str(assoc.values.override_action)?.toLowerCase() ?? "none";
    out.push({
      name: str(assoc.values.rule_name) ?? assoc.name,
      body: { statement, override_action: { [override]: {} } },
      at: assoc,
    });
  }
  return out;
}

export function statementOf(rule: WafRule): Obj | undefined {
  return block(rule.body.statement);
}

/** The kind of a rule action / override action block: `block`, `count`, `allow`, `none`... */
export function actionKind(v: unknown): string | undefined {
  const b = block(v);
  if (!b) return typeof v === "string" ? v.toLowerCase() : undefined;
  const keys = Object.keys(b).filter((k) => b[k] !== null && b[k] !== undefined);
  return keys[0];
}

export const WAF_ASSOCIATION_TYPES = ["aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association"];

/** Web ACLs associated with a resource (a load balancer), through association resources. */
export function webAclsOf(stack: StackModel, target: TfResource): TfResource[] {
  const out: TfResource[] = [];
  for (const a of stack.ofType(...WAF_ASSOCIATION_TYPES)) {
    if (stack.refOf(a.values.resource_arn)?.target !== target) continue;
    const acl = stack.refOf(a.values.web_acl_arn ?? a.values.web_acl_id)?.target;
    if (acl) out.push(acl);
  }
  return out;
}
