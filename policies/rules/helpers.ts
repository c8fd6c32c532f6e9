/**
 * Readers shared by the rules: load balancers and listeners, security group permissions
 * (inline blocks, `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`), ECS
 * container definitions, IAM policies attached to principals, WAF rules in any of their
 * forms. Each reader is written for the Terraform resource schema, not for this estate.
 */
import { parseJsonencode, soleInterpolation } from "../engine/hcl.ts";
import { type PolicyDocument, readPolicy } from "../engine/iam.ts";
import type { Rule, StackModel, TfResource } from "../engine/types.ts";
import {
  allBlocks,
  block,
  blocks,
  bool,
  isObj,
  list,
  literal,
  num,
  type Obj,
  snakeKeys,
  str,
  strings,
} from "../engine/values.ts";

/** Caches a reader's result per stack or per resource (rules share readers; the CLI is short-lived). */
function memo<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const v = fn(key);
    cache.set(key, v);
    return v;
  };
}

export function defineRule(rule: Rule): Rule {
  if (!/^SC-[A-Z0-9]+-\d{3}$/.test(rule.id))
    throw new Error(`rule id ${rule.id} does not match SC-<AREA>-<NNN>`);
  return Object.freeze(rule);
}

// ---------------------------------------------------------------- load balancers

export const LB_TYPES = ["aws_lb", "aws_alb"];
export const LISTENER_TYPES = ["aws_lb_listener", "aws_alb_listener"];
export const LISTENER_RULE_TYPES = ["aws_lb_listener_rule", "aws_alb_listener_rule"];
export const TARGET_GROUP_TYPES = ["aws_lb_target_group", "aws_alb_target_group"];

export function isApplicationLb(lb: TfResource): boolean {
  const t = str(lb.values.load_balancer_type);
  return t === undefined || t === "application";
}

/** `internal` defaults to false: a load balancer is internet-facing unless it says otherwise. */
export function isInternetFacing(lb: TfResource): boolean {
  return bool(lb.values.internal) !== true;
}

export function applicationLbs(stack: StackModel): TfResource[] {
  return stack.ofType(...LB_TYPES).filter(isApplicationLb);
}

export function internetFacingAlbs(stack: StackModel): TfResource[] {
  return applicationLbs(stack).filter(isInternetFacing);
}

/** The load balancer a listener belongs to, when its `load_balancer_arn` references one. */
export function listenerLb(stack: StackModel, listener: TfResource): TfResource | undefined {
  const ref = stack.refOf(listener.values.load_balancer_arn);
  return ref && LB_TYPES.includes(ref.target.type) ? ref.target : undefined;
}

export function listenersOf(stack: StackModel, lb: TfResource): TfResource[] {
  return stack.ofType(...LISTENER_TYPES).filter((l) => listenerLb(stack, l) === lb);
}

export function listenerRulesOf(stack: StackModel, listener: TfResource): TfResource[] {
  return stack
    .ofType(...LISTENER_RULE_TYPES)
    .filter((r) => stack.refOf(r.values.listener_arn)?.target === listener);
}

/** Listener protocol: explicit, or what AWS infers (HTTP for ALBs without a certificate). */
export function listenerProtocol(listener: TfResource): string | undefined {
  const p = str(listener.values.protocol);
  if (p !== undefined) return p.includes("${") ? undefined : p.toUpperCase();
  return listener.values.certificate_arn ? "HTTPS" : "HTTP";
}

export function actionType(action: Obj): string | undefined {
  return str(action.type)?.toLowerCase();
}

/** The actions of a listener or listener rule (`default_action` or `action`). */
export function actions(res: TfResource): Obj[] {
  return [...allBlocks(res.values, "default_action"), ...allBlocks(res.values, "action")];
}

export interface ForwardTarget {
  target: TfResource | undefined;
  weight: number | undefined;
  raw: unknown;
}

/** Target groups a forward action sends to (`target_group_arn` or `forward.target_group`). */
export function forwardTargets(stack: StackModel, action: Obj): ForwardTarget[] {
  const out: ForwardTarget[] = [];
  if (action.target_group_arn !== undefined && action.target_group_arn !== null) {
    const ref = stack.refOf(action.target_group_arn);
    out.push({ target: ref?.target, weight: undefined, raw: action.target_group_arn });
  }
  for (const fwd of blocks(action.forward)) {
    for (const tg of blocks(fwd.target_group)) {
      const ref = stack.refOf(tg.arn);
      out.push({ target: ref?.target, weight: num(tg.weight), raw: tg.arn });
    }
  }
  return out;
}

/** A redirect action that sends clients to HTTPS. */
export function redirectsToHttps(action: Obj): boolean {
  if (actionType(action) !== "redirect") return false;
  const r = block(action.redirect);
  return str(r?.protocol)?.toUpperCase() === "HTTPS";
}

/** Resource referenced by an ARN-valued attribute, when it is one of `types`. */
export function refTarget(stack: StackModel, value: unknown, types: string[]): TfResource | undefined {
  const ref = stack.refOf(value);
  return ref && types.includes(ref.target.type) ? ref.target : undefined;
}

// ---------------------------------------------------------------- security groups

export interface IngressPermission {
  /** The resource that grants it (the group for inline rules, the rule resource otherwise). */
  source: TfResource;
  /** The security group it opens, when known. */
  group: TfResource | undefined;
  protocol: "all" | "tcp" | "udp" | "other" | "unknown";
  from: number | undefined;
  to: number | undefined;
  ipv4: string[];
  ipv6: string[];
}

const SG_TYPES = ["aws_security_group", "aws_default_security_group"];

function normProtocol(p: unknown): IngressPermission["protocol"] {
  if (p === -1) return "all";
  const s = typeof p === "number" ? String(p) : str(p)?.trim().toLowerCase();
  if (s === undefined || s.includes("${")) return "unknown";
  if (s === "-1" || s === "all") return "all";
  if (s === "tcp" || s === "6") return "tcp";
  if (s === "udp" || s === "17") return "udp";
  return "other";
}

/** The resource types ingressPermissions reads: a rule over it declares these. */
export const INGRESS_TYPES = [
  ...SG_TYPES,
  "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule",
] as const;

export const ingressPermissions = memo((stack: StackModel): IngressPermission[] => {
  const out: IngressPermission[] = [];
  for (const sg of stack.ofType(...SG_TYPES)) {
    for (const b of allBlocks(sg.values, "ingress")) {
      out.push({
        source: sg,
        group: sg,
        protocol: normProtocol(b.protocol),
        from: num(b.from_port),
        to: num(b.to_port),
        ipv4: strings(b.cidr_blocks),
        ipv6: strings(b.ipv6_cidr_blocks),
      });
    }
  }
  for (const r of stack.ofType("aws_security_group_rule")) {
    if (str(r.values.type)?.toLowerCase() !== "ingress") continue;
    out.push({
      source: r,
      group: refTarget(stack, r.values.security_group_id, SG_TYPES),
      protocol: normProtocol(r.values.protocol),
      from: num(r.values.from_port),
      to: num(r.values.to_port),
      ipv4: strings(r.values.cidr_blocks),
      ipv6: strings(r.values.ipv6_cidr_blocks),
    });
  }
  for (const r of stack.ofType("aws_vpc_security_group_ingress_rule")) {
    out.push({
      source: r,
      group: refTarget(stack, r.values.security_group_id, SG_TYPES),
      protocol: normProtocol(r.values.ip_protocol),
      from: num(r.values.from_port),
      to: num(r.values.to_port),
      ipv4: strings(r.values.cidr_ipv4),
      ipv6: strings(r.values.cidr_ipv6),
    });
  }
  return out;
});

/** A CIDR with prefix length 0: the whole address family. */
export function isWorld(cidr: string): boolean {
  const m = /^\s*([^/\s]+)\/0+\s*$/.exec(cidr);
  return m !== null && !m[1]!.includes("${");
}

/** Ports of a permission as a range; `all` protocols cover every port. Undefined if unknown. */
export function portRange(p: IngressPermission): [number, number] | undefined {
  if (p.protocol === "all") return [0, 65535];
  if (p.protocol !== "tcp" && p.protocol !== "udp") return undefined;
  if (p.from === undefined || p.to === undefined) return undefined;
  // -1 means "all ports" for tcp/udp in the EC2 API
  if (p.from === -1 || p.to === -1) return [0, 65535];
  return [Math.min(p.from, p.to), Math.max(p.from, p.to)];
}

export function covers(range: [number, number], port: number): boolean {
  return range[0] <= port && port <= range[1];
}

export function describeGroup(p: IngressPermission): string {
  if (p.source === p.group || !p.group) return "";
  return ` (opens ${p.group.address})`;
}

// ---------------------------------------------------------------- ECS

export type Container = Obj;

/** Container definitions of a task definition, or undefined when they cannot be read. */
export const containerDefinitions = memo((td: TfResource): Container[] | undefined => {
  const v = td.values.container_definitions;
  let parsed: unknown;
  if (Array.isArray(v)) parsed = v;
  else if (typeof v === "string") {
    const inner = soleInterpolation(v);
    if (inner !== undefined) parsed = /^jsonencode\s*\(/.test(inner) ? parseJsonencode(v) : undefined;
    else {
      try {
        parsed = JSON.parse(v);
      } catch {
        parsed = undefined;
      }
    }
  }
  if (parsed === undefined) return undefined;
  return list(parsed).filter(isObj);
});

/** Case-insensitive property of a container definition (ECS JSON is camelCase). */
export function prop(o: Obj, key: string): unknown {
  if (key in o) return o[key];
  const want = key.toLowerCase().replace(/_/g, "");
  for (const [k, v] of Object.entries(o)) if (k.toLowerCase().replace(/_/g, "") === want) return v;
  return undefined;
}

export function containerName(c: Container, i: number): string {
  return str(prop(c, "name")) ?? `#${i + 1}`;
}

// ---------------------------------------------------------------- IAM

export interface PolicyUse {
  /** Where the document is written (the finding goes here). */
  at: TfResource;
  kind: "managed" | "inline";
  /** The role, user or group an inline policy belongs to, when known. */
  principal: TfResource | undefined;
  label: string;
  doc: PolicyDocument;
}

const PRINCIPAL_TYPES = ["aws_iam_role", "aws_iam_user", "aws_iam_group"];

/** Identity policies (never trust policies or resource policies) in readable form. */
export const identityPolicies = memo((stack: StackModel): PolicyUse[] => {
  const out: PolicyUse[] = [];
  for (const p of stack.ofType("aws_iam_policy")) {
    const doc = readPolicy(stack, p.values.policy);
    if (doc) out.push({ at: p, kind: "managed", principal: undefined, label: `policy ${p.address}`, doc });
  }
  for (const [type, attr] of [
    ["aws_iam_role_policy", "role"],
    ["aws_iam_user_policy", "user"],
    ["aws_iam_group_policy", "group"],
  ] as const) {
    for (const p of stack.ofType(type)) {
      const doc = readPolicy(stack, p.values.policy);
      const principal = refTarget(stack, p.values[attr], PRINCIPAL_TYPES);
      const who = principal ? principal.address : (literal(p.values[attr]) ?? "its principal");
      if (doc)
        out.push({ at: p, kind: "inline", principal, label: `inline policy ${p.address} on ${who}`, doc });
    }
  }
  for (const role of stack.ofType("aws_iam_role")) {
    for (const ip of allBlocks(role.values, "inline_policy")) {
      const doc = readPolicy(stack, ip.policy);
      const name = str(ip.name) ?? "unnamed";
      if (doc)
        out.push({
          at: role,
          kind: "inline",
          principal: role,
          label: `inline policy "${name}" of ${role.address}`,
          doc,
        });
    }
  }
  return out;
});

const ADMIN_ARN = /^arn:aws[\w-]*:iam::aws:policy\/AdministratorAccess$/;

export interface Attachment {
  at: TfResource;
  principal: string;
  policyArn: unknown;
}

/** Managed-policy attachments to roles, users and groups, in every resource form. */
export function policyAttachments(stack: StackModel): Attachment[] {
  const out: Attachment[] = [];
  const who = (r: TfResource, attr: string): string => {
    const t = refTarget(stack, r.values[attr], PRINCIPAL_TYPES);
    return t ? t.address : (literal(r.values[attr]) ?? attr);
  };
  for (const [type, attr] of [
    ["aws_iam_role_policy_attachment", "role"],
    ["aws_iam_user_policy_attachment", "user"],
    ["aws_iam_group_policy_attachment", "group"],
  ] as const) {
    for (const r of stack.ofType(type))
      out.push({ at: r, principal: who(r, attr), policyArn: r.values.policy_arn });
  }
  for (const [type, attr] of [
    ["aws_iam_role_policy_attachments_exclusive", "role_name"],
    ["aws_iam_user_policy_attachments_exclusive", "user_name"],
    ["aws_iam_group_policy_attachments_exclusive", "group_name"],
  ] as const) {
    for (const r of stack.ofType(type)) {
      for (const arn of list(r.values.policy_arns))
        out.push({ at: r, principal: who(r, attr), policyArn: arn });
    }
  }
  for (const r of stack.ofType("aws_iam_policy_attachment")) {
    const principals = [...list(r.values.roles), ...list(r.values.users), ...list(r.values.groups)]
      .map((p) => stack.refOf(p)?.target.address ?? literal(p) ?? "a principal")
      .join(", ");
    out.push({ at: r, principal: principals || "no principal", policyArn: r.values.policy_arn });
  }
  for (const role of stack.ofType("aws_iam_role")) {
    for (const arn of list(role.values.managed_policy_arns))
      out.push({ at: role, principal: role.address, policyArn: arn });
  }
  return out;
}

export function isAwsAdminPolicyArn(v: unknown): boolean {
  return typeof v === "string" && ADMIN_ARN.test(v.trim());
}

// ---------------------------------------------------------------- WAF

export interface WafRule {
  name: string;
  /** snake_case view of the rule (statement, action, override_action, visibility_config). */
  body: Obj;
  /** Where it is defined (the web ACL, or an aws_wafv2_web_acl_rule_group_association). */
  at: TfResource;
}

/** Rules of a web ACL: `rule` blocks, `rule_json`, and rule group association resources. */
export function wafRules(stack: StackModel, acl: TfResource): WafRule[] {
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

// ---------------------------------------------------------------- S3

export const BUCKET_TYPES = ["aws_s3_bucket"];

/** Companion resources (`aws_s3_bucket_*`) whose `bucket` references this bucket. */
export function bucketCompanions(stack: StackModel, bucket: TfResource, type: string): TfResource[] {
  return stack.ofType(type).filter((r) => {
    const ref = stack.refOf(r.values.bucket);
    if (ref) return ref.target === bucket;
    // a literal bucket name that equals this bucket's literal name
    const name = literal(bucket.values.bucket);
    return name !== undefined && literal(r.values.bucket) === name;
  });
}

/** The bucket a value (name or ARN attribute) points at, when it is a bucket of this stack. */
export function bucketOf(stack: StackModel, value: unknown): TfResource | undefined {
  const t = refTarget(stack, value, BUCKET_TYPES);
  if (t) return t;
  const name = literal(value);
  if (!name) return undefined;
  return stack.ofType(...BUCKET_TYPES).find((b) => literal(b.values.bucket) === name);
}

export function tagValue(res: TfResource, key: string): string | undefined {
  const t = res.values.tags;
  return isObj(t) && typeof t[key] === "string" ? (t[key] as string) : undefined;
}
