/**
 * Role trust policies and what a role may do: the statements that let someone assume a role,
 * the GitHub OIDC provider they name, the account the estate runs in, and whether a role's
 * permissions only read.
 */
import { type PolicyDocument, readPolicy, type Statement } from "../../engine/iam.ts";
import type { StackModel, TfResource } from "../../engine/types.ts";
import { isObj, list, str } from "../../engine/values.ts";
import { identityPolicies, policyAttachments } from "./iam.ts";
import { memo } from "./memo.ts";

export const GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";
export const GITHUB_AUDIENCE = "sts.amazonaws.com";

export interface Trust {
  role: TfResource;
  doc: PolicyDocument;
}

/** Trust policies of the stack's roles (inline `assume_role_policy`, in any form). */
export const trusts = memo((stack: StackModel): Trust[] => {
  const out: Trust[] = [];
  for (const role of stack.ofType("aws_iam_role")) {
    const doc = readPolicy(stack, role.values.assume_role_policy);
    if (doc) out.push({ role, doc });
  }
  return out;
});

/** The account(s) the stack deploys to: the AWS provider's `allowed_account_ids`. */
export const ownAccounts = memo((stack: StackModel): string[] => {
  const p = isObj(stack.doc.provider) ? stack.doc.provider.aws : undefined;
  const accounts = list(p)
    .filter(isObj)
    .flatMap((b) => list(b.allowed_account_ids))
    .filter((a): a is string => typeof a === "string" && /^\d{12}$/.test(a));
  return [...new Set(accounts)];
});

/** The 12-digit account an AWS principal names (`123456789012`, `arn:aws:iam::123456789012:...`). */
export function principalAccount(id: string): string | undefined {
  const m = /^(\d{12})$/.exec(id) ?? /^arn:[\w-]+:(?:iam|sts)::(\d{12}):/.exec(id);
  return m?.[1];
}

/** Does a Federated principal name the GitHub Actions OIDC provider? */
export function isGithubProvider(stack: StackModel, principal: string): boolean {
  if (!principal.startsWith("Federated:")) return false;
  const id = principal.slice("Federated:".length);
  if (id.includes(`oidc-provider/${GITHUB_OIDC_HOST}`) || id === GITHUB_OIDC_HOST) return true;
  const ref = stack.refOf(id);
  if (!ref) return false;
  const url = str(ref.target.values.url) ?? str(ref.target.values.arn) ?? "";
  return url.includes(GITHUB_OIDC_HOST);
}

/** Statements that allow assuming the role (AssumeRole, WithWebIdentity, WithSAML, TagSession...). */
export function assumeStatements(doc: PolicyDocument): Statement[] {
  return doc.statements.filter(
    (s) =>
      s.effect === "Allow" &&
      ((s.actions ?? []).some((a) => /^sts:(AssumeRole\w*|\*)$|^\*$/i.test(a)) || s.notActions !== undefined),
  );
}

/** An action that only reads (Describe*, Get*, List*...), by its name after the service prefix. */
export function isReadAction(action: string): boolean {
  const name = action.split(":")[1] ?? "";
  return /^(Describe|Get|List|BatchGet|Head|Lookup|Search|Select|View|Scan|Query|Check|Validate|Estimate)/.test(
    name,
  );
}

const READ_ONLY_MANAGED =
  /^arn:aws[\w-]*:iam::aws:policy\/(ReadOnlyAccess|ViewOnlyAccess|SecurityAudit|[\w-]*ReadOnly[\w-]*)$/;

/** Do the role's identity policies and attachments grant reads only? (Deny statements do not count.) */
export function isReadOnlyRole(stack: StackModel, role: TfResource): boolean {
  for (const use of identityPolicies(stack)) {
    if (use.principal !== role) continue;
    for (const s of use.doc.statements) {
      if (s.effect !== "Allow") continue;
      if (s.notActions !== undefined || (s.actions ?? []).some((a) => !isReadAction(a))) return false;
    }
  }
  for (const a of policyAttachments(stack)) {
    if (a.principal !== role.address) continue;
    const arn = str(a.policyArn) ?? "";
    if (!READ_ONLY_MANAGED.test(arn)) return false;
  }
  return true;
}
