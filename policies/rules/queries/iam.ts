/**
 * IAM policies attached to principals: identity policies in every resource form, and
 * managed-policy attachments.
 */
import { type PolicyDocument, readPolicy } from "../../engine/iam.ts";
import type { StackModel, TfResource } from "../../engine/types.ts";
import { allBlocks, list, literal, str } from "../../engine/values.ts";
import { memo } from "./memo.ts";
import { refTarget } from "./refs.ts";

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
