import {
  allowsAction,
  describeStatement,
  isAdminStatement,
  readPolicy,
  type Statement,
} from "../engine/iam.ts";
import { defineRule } from "./define.ts";
import { identityPolicies, isAwsAdminPolicyArn, policyAttachments } from "./queries/iam.ts";

export const noAdminManagedPolicies = defineRule({
  id: "SC-IAM-001",
  title: 'Customer managed policies do not allow "*" actions on "*" resources',
  severity: "critical",
  category: "identity",
  rationale:
    "A policy that allows every action on every resource (including through NotAction) makes whoever holds it an administrator; least privilege starts with never writing one.",
  remediation: "Replace the statement with the specific actions and resource ARNs the principal needs.",
  controls: { fsbp: ["IAM.1"], cis: ["v3.0.0 1.16"] },
  awsConfigRules: ["iam-policy-no-statements-with-admin-access"],
  checkov: ["CKV_AWS_1", "CKV_AWS_62", "CKV_AWS_49", "CKV_AWS_63"],
  resourceTypes: ["aws_iam_policy", "aws_iam_policy_document"],
  check(ctx) {
    for (const use of identityPolicies(ctx.stack)) {
      if (use.kind !== "managed") continue;
      for (const s of use.doc.statements.filter(isAdminStatement)) {
        ctx.report(use.at, `${use.label} grants administrator access (${describeStatement(s)})`);
      }
    }
  },
});

/** Resources that name no particular role: `*`, `arn:aws:iam::<acct|*>:role/*`, `...:*`. */
export function isUnscopedRoleResource(r: string): boolean {
  if (r === "*") return true;
  const m = /^arn:[\w-]*:iam::[^:]*:(.*)$/.exec(r);
  if (!m) return false;
  const rest = m[1]!;
  return rest === "*" || /^role\/(.*\/)?\*$/.test(rest) || rest === "role*";
}

function unscopedPassRole(s: Statement): boolean {
  if (!allowsAction(s, "iam:PassRole")) return false;
  if (s.notResources !== undefined) return true;
  return (s.resources ?? []).some(isUnscopedRoleResource);
}

export const scopedPassRole = defineRule({
  id: "SC-IAM-002",
  title: "iam:PassRole is scoped to named roles",
  severity: "high",
  category: "identity",
  rationale:
    "PassRole on any role lets the holder hand any role (including an administrator's) to a service it controls: a privilege escalation path.",
  remediation:
    'Allow iam:PassRole only on the ARNs of the roles the principal must pass, with a Condition on iam:PassedToService (e.g. "ecs-tasks.amazonaws.com").',
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: ["CKV_AWS_110"],
  resourceTypes: [
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
    "aws_iam_role",
    "aws_iam_policy_document",
  ],
  check(ctx) {
    for (const use of identityPolicies(ctx.stack)) {
      for (const s of use.doc.statements.filter(unscopedPassRole)) {
        ctx.report(use.at, `${use.label} allows iam:PassRole on any role (${describeStatement(s)})`);
      }
    }
  },
});

export const noInlineAdmin = defineRule({
  id: "SC-IAM-003",
  title: "No principal gets administrator access inline or by attachment",
  severity: "critical",
  category: "identity",
  rationale:
    "Inline policies and AdministratorAccess attachments give a role, user or group full control outside any reviewed, reusable policy; CIS requires that no *:* policy is attached to a principal.",
  remediation:
    "Delete the inline admin statement or the AdministratorAccess attachment; attach a least-privilege customer managed policy instead.",
  controls: { fsbp: [], cis: ["v3.0.0 1.16"] },
  awsConfigRules: ["iam-no-inline-policy-check", "iam-policy-no-statements-with-full-access"],
  checkov: ["CKV_AWS_274"],
  resourceTypes: [
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
    "aws_iam_role",
    "aws_iam_role_policy_attachment",
    "aws_iam_user_policy_attachment",
    "aws_iam_group_policy_attachment",
    "aws_iam_policy_attachment",
  ],
  check(ctx) {
    const { stack } = ctx;
    for (const use of identityPolicies(stack)) {
      if (use.kind !== "inline") continue;
      for (const s of use.doc.statements.filter(isAdminStatement)) {
        ctx.report(use.at, `${use.label} grants administrator access (${describeStatement(s)})`);
      }
    }
    for (const a of policyAttachments(stack)) {
      if (isAwsAdminPolicyArn(a.policyArn)) {
        ctx.report(a.at, `attaches AdministratorAccess to ${a.principal}`);
        continue;
      }
      // a customer managed policy of this stack that grants admin, attached to a principal
      const ref = stack.refOf(a.policyArn);
      if (ref?.target.type === "aws_iam_policy") {
        const doc = readPolicy(stack, ref.target.values.policy);
        if (doc?.statements.some(isAdminStatement)) {
          ctx.report(
            a.at,
            `attaches ${ref.target.address}, which grants administrator access, to ${a.principal}`,
          );
        }
      }
    }
  },
});

/** Actions like `s3:*`: every action of one service. */
function serviceWildcards(s: Statement): string[] {
  if (s.effect !== "Allow" || !s.actions) return [];
  return s.actions.filter((a) => /^[a-z0-9-]+:\*$/i.test(a));
}

export const serviceWildcardActions = defineRule({
  id: "SC-IAM-004",
  title: "Policies do not allow every action of a service",
  severity: "low",
  category: "identity",
  rationale:
    '"service:*" grants actions that did not exist when the policy was reviewed, including destructive and administrative ones.',
  remediation: "List the specific actions the principal calls.",
  controls: { fsbp: ["IAM.21"], cis: [] },
  awsConfigRules: ["iam-policy-no-statements-with-full-access"],
  checkov: ["CKV2_AWS_40"],
  resourceTypes: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_role", "aws_iam_policy_document"],
  check(ctx) {
    for (const use of identityPolicies(ctx.stack)) {
      for (const s of use.doc.statements) {
        const wild = serviceWildcards(s);
        if (wild.length > 0) ctx.report(use.at, `${use.label} allows ${wild.join(", ")}`);
      }
    }
  },
});

export const identityRules = [noAdminManagedPolicies, scopedPassRole, noInlineAdmin, serviceWildcardActions];
