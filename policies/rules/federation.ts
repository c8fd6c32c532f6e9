/**
 * Identity federation: who may assume the estate's roles. The trust policy is read in every
 * form (JSON string, jsonencode, aws_iam_policy_document, through locals and variables), and
 * judged against the repository and GitHub environments the stack declares.
 */
import type { Condition } from "../engine/iam.ts";
import { str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import {
  assumeStatements,
  GITHUB_AUDIENCE,
  GITHUB_OIDC_HOST,
  isGithubProvider,
  isReadOnlyRole,
  ownAccounts,
  principalAccount,
  trusts,
} from "./queries/trust.ts";

/** Operator without its set prefix (`ForAnyValue:StringLike` → `StringLike`), and the prefix. */
function operator(test: string): { base: string; set: string | undefined } {
  const m = /^(ForAnyValue|ForAllValues):(.*)$/i.exec(test);
  return m ? { base: m[2]!, set: m[1]! } : { base: test, set: undefined };
}

function claim(c: Condition, name: "sub" | "aud"): boolean {
  const v = c.variable.toLowerCase();
  return v.startsWith(GITHUB_OIDC_HOST) && v.endsWith(`:${name}`);
}

export const githubOidcTrust = defineRule({
  id: "SC-FED-001",
  title: "GitHub OIDC roles trust only this repository's intended environments, exactly",
  severity: "critical",
  category: "federation",
  rationale:
    "A role that trusts GitHub's OIDC provider is assumable by any workflow whose token matches its `sub` condition: a wildcard, another repository, any branch, or StringLike where an exact match was meant hands the role to code nobody reviewed. A pull request's token must never reach a role that can change the estate.",
  remediation:
    'Condition the trust with StringEquals on token.actions.githubusercontent.com:aud = "sts.amazonaws.com" and token.actions.githubusercontent.com:sub = "repo:<owner>/<repo>:environment:<environment>" for the repository and GitHub environment the stack declares (declareForGate github); keep "repo:<owner>/<repo>:pull_request" for read-only roles.',
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: ["CKV_AWS_358"],
  resourceTypes: ["aws_iam_role", "aws_iam_openid_connect_provider", "aws_iam_policy_document"],
  check(ctx) {
    const { stack } = ctx;
    const declared = stack.features.github;
    const repository =
      typeof declared?.repository === "string" ? declared.repository.toLowerCase() : undefined;
    const environments = Array.isArray(declared?.environments) ? declared.environments : undefined;
    for (const { role, doc } of trusts(stack)) {
      for (const s of assumeStatements(doc)) {
        if (!(s.principals ?? []).some((p) => isGithubProvider(stack, p))) continue;
        const aud = s.conditions.filter((c) => claim(c, "aud"));
        const sub = s.conditions.filter((c) => claim(c, "sub"));
        if (aud.length === 0) ctx.report(role, `GitHub OIDC trust has no ${GITHUB_OIDC_HOST}:aud condition`);
        for (const c of aud) {
          if (!/^StringEquals$/i.test(operator(c.test).base) || c.values.some((v) => v !== GITHUB_AUDIENCE))
            ctx.report(
              role,
              `GitHub OIDC trust's audience is ${c.test} ${JSON.stringify(c.values)}, not StringEquals "${GITHUB_AUDIENCE}"`,
            );
        }
        if (sub.length === 0) {
          ctx.report(
            role,
            `GitHub OIDC trust has no ${GITHUB_OIDC_HOST}:sub condition: any repository on GitHub may assume it`,
          );
          continue;
        }
        const roleName = str(role.values.name);
        const intended = roleName !== undefined ? declared?.subjects?.[roleName] : undefined;
        for (const c of sub) {
          const { base, set } = operator(c.test);
          if (set?.toLowerCase() === "forallvalues")
            ctx.report(role, `sub is tested with ${c.test}, which also holds when the claim is absent`);
          if (/Not/i.test(base)) {
            ctx.report(role, `sub is tested with ${c.test}: every other subject is admitted`);
            continue;
          }
          if (/Like/i.test(base))
            ctx.report(role, `sub is tested with ${c.test}; an exact subject needs StringEquals`);
          else if (!/^StringEquals(IgnoreCase)?$/i.test(base))
            ctx.report(role, `sub is tested with ${c.test}`);
          for (const value of c.values) {
            if (intended && !intended.includes(value))
              ctx.report(
                role,
                `sub admits "${value}", but this role is for ${intended.map((v) => `"${v}"`).join(", ")}`,
              );
            if (/[*?]/.test(value)) {
              ctx.report(role, `sub admits the pattern "${value}"`);
              continue;
            }
            const m = /^repo:([^:/]+\/[^:]+):(.+)$/.exec(value);
            if (!m) {
              ctx.report(role, `sub "${value}" does not name a repository`);
              continue;
            }
            if (repository !== undefined && m[1]!.toLowerCase() !== repository)
              ctx.report(role, `sub admits repository ${m[1]}, not ${declared!.repository}`);
            const rest = m[2]!;
            const env = /^environment:(.+)$/.exec(rest)?.[1];
            if (env !== undefined) {
              if (environments && !environments.includes(env))
                ctx.report(
                  role,
                  `sub admits GitHub environment "${env}", not one of ${environments.join(", ")}`,
                );
            } else if (rest === "pull_request") {
              if (!isReadOnlyRole(stack, role))
                ctx.report(
                  role,
                  `sub admits pull requests ("${value}") to a role that can change the estate`,
                );
            } else if (environments) {
              ctx.report(
                role,
                `sub admits "${rest}" instead of one of the GitHub environments ${environments.join(", ")}`,
              );
            }
          }
        }
      }
    }
  },
});

/** Services that assume roles without sending a source account to condition on. */
const TRUST_WITHOUT_SOURCE = new Set([
  "drt.shield.amazonaws.com",
  "ec2.amazonaws.com",
  "edgelambda.amazonaws.com",
]);

export const roleTrustScope = defineRule({
  id: "SC-FED-002",
  title: "Role trust policies admit no one outside the account, and services only for it",
  severity: "high",
  category: "federation",
  rationale:
    'A trust statement for "*", for another account, or for an AWS service without aws:SourceAccount / aws:SourceArn lets principals outside the estate (or another customer\'s resource, through the service: the confused deputy) act as the role.',
  remediation:
    "Trust this account's principals, the GitHub OIDC provider, or an AWS service conditioned on aws:SourceAccount = <this account> (and aws:SourceArn where the service sends it). Declare a deliberately trusted account with declareForGate({ trustedAccounts }).",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: ["CKV_AWS_60", "CKV_AWS_61"],
  resourceTypes: ["aws_iam_role", "aws_iam_policy_document"],
  check(ctx) {
    const { stack } = ctx;
    const accounts = ownAccounts(stack);
    const trusted = [...accounts, ...(stack.features.trustedAccounts ?? [])];
    for (const { role, doc } of trusts(stack)) {
      for (const s of assumeStatements(doc)) {
        const scoped = s.conditions.some(
          (c) =>
            /^aws:(SourceAccount|SourceArn|SourceOwner|PrincipalAccount|PrincipalOrgID|SourceOrgID)$/i.test(
              c.variable,
            ) &&
            c.values.length > 0 &&
            !c.values.some((v) => /^\*$/.test(v)),
        );
        if (s.notPrincipals !== undefined)
          ctx.report(role, "trust uses NotPrincipal: everyone else may assume the role");
        for (const c of s.conditions) {
          if (!/^aws:(SourceAccount|PrincipalAccount)$/i.test(c.variable) || trusted.length === 0) continue;
          const other = c.values.filter((v) => !trusted.includes(v));
          if (other.length > 0)
            ctx.report(
              role,
              `trust is conditioned on ${c.variable} ${other.join(", ")}, not this estate's account`,
            );
        }
        for (const p of s.principals ?? []) {
          if (p === "*" || p === "AWS:*") {
            if (!scoped) ctx.report(role, 'trust admits any principal ("*") without an account condition');
            continue;
          }
          if (p.startsWith("AWS:")) {
            const account = principalAccount(p.slice(4));
            if (account && trusted.length > 0 && !trusted.includes(account))
              ctx.report(role, `trust admits account ${account}, which is not this estate's`);
            continue;
          }
          if (p.startsWith("Service:")) {
            const service = p.slice(8);
            if (!TRUST_WITHOUT_SOURCE.has(service) && !scoped)
              ctx.report(role, `trust admits ${service} without aws:SourceAccount or aws:SourceArn`);
          }
        }
      }
    }
  },
});

export const federationRules = [githubOidcTrust, roleTrustScope];
