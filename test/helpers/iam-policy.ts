/**
 * Evaluates identity-policy statements for one request the way IAM does for a single
 * account (no SCPs, boundaries or session policies): an explicit Deny wins, otherwise any
 * matching Allow allows. Actions match case-insensitively with `*` and `?`; resources match
 * segment by segment of the ARN (`*` and `?` stay within a segment, except in the last one,
 * the resource part, where `*` matches `/` and `:` too); conditions support the operators
 * the estate's policies use, with IAM's rule that a missing key fails every positive operator.
 *
 * Hand-written for the tests: the maintained simulator on npm is AGPL-licensed.
 */
import { list, type PolicyStatement } from "./terraform.ts";

export interface IamRequest {
  readonly action: string;
  /** The resource ARN, or `*` for actions that take no resource. */
  readonly resource: string;
  /** Request context keys (`iam:PassedToService`, `iam:PolicyARN`). */
  readonly context?: Readonly<Record<string, string>>;
}

function globToRegExp(pattern: string, flags: string, anyChar: string): RegExp {
  const body = pattern
    .split("")
    .map((c) => (c === "*" ? `${anyChar}*` : c === "?" ? anyChar : c.replace(/[.+^${}()|[\]\\/-]/g, "\\$&")))
    .join("");
  return new RegExp(`^${body}$`, flags);
}

export function actionMatches(pattern: string, action: string): boolean {
  return globToRegExp(pattern, "i", ".").test(action);
}

/** Splits an ARN into partition..account and the resource part (which may hold colons). */
function arnSegments(arn: string): string[] {
  const parts = arn.split(":");
  return parts.length < 6 ? [arn] : [...parts.slice(0, 5), parts.slice(5).join(":")];
}

export function resourceMatches(pattern: string, resource: string): boolean {
  if (pattern === "*") return true;
  const want = arnSegments(pattern);
  const have = arnSegments(resource);
  if (want.length !== have.length) return false;
  return want.every((segment, i) =>
    globToRegExp(segment, "", i === want.length - 1 ? "." : "[^:]").test(have[i]!),
  );
}

const OPERATORS: Record<string, (pattern: string, value: string) => boolean> = {
  StringEquals: (p, v) => p === v,
  StringNotEquals: (p, v) => p !== v,
  StringEqualsIgnoreCase: (p, v) => p.toLowerCase() === v.toLowerCase(),
  StringLike: (p, v) => globToRegExp(p, "", ".").test(v),
  StringNotLike: (p, v) => !globToRegExp(p, "", ".").test(v),
  ArnEquals: (p, v) => p === v,
  ArnLike: (p, v) => resourceMatches(p, v),
  ArnNotEquals: (p, v) => p !== v,
  ArnNotLike: (p, v) => !resourceMatches(p, v),
  Bool: (p, v) => p.toLowerCase() === v.toLowerCase(),
};

function conditionHolds(condition: PolicyStatement["Condition"], context: Record<string, string>): boolean {
  for (const [rawOperator, keys] of Object.entries(condition ?? {})) {
    const ifExists = rawOperator.endsWith("IfExists");
    const operator = ifExists ? rawOperator.slice(0, -"IfExists".length) : rawOperator;
    const test = OPERATORS[operator];
    if (!test) throw new Error(`iam-policy: condition operator ${rawOperator} is not supported`);
    const negated = operator.includes("Not");
    for (const [key, expected] of Object.entries(keys)) {
      const value = Object.entries(context).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
      if (value === undefined) {
        if (ifExists || negated) continue;
        return false;
      }
      const patterns = list(expected as string | string[]).map(String);
      // Several values in one key: any may match (all must not, for the negated operators).
      const ok = negated ? patterns.every((p) => test(p, value)) : patterns.some((p) => test(p, value));
      if (!ok) return false;
    }
  }
  return true;
}

function statementApplies(s: PolicyStatement, request: IamRequest): boolean {
  const actionHit =
    s.Action !== undefined
      ? list(s.Action).some((p) => actionMatches(p, request.action))
      : !list(s.NotAction).some((p) => actionMatches(p, request.action));
  if (!actionHit) return false;
  const resources = (s as { NotResource?: string | string[] }).NotResource;
  const resourceHit =
    s.Resource !== undefined
      ? list(s.Resource).some((p) => resourceMatches(p, request.resource))
      : !list(resources).some((p) => resourceMatches(p, request.resource));
  return resourceHit && conditionHolds(s.Condition, { ...request.context });
}

/** `allowed`, `denied` (an explicit Deny matched) or `implicit` (nothing allowed it). */
export function evaluate(
  statements: readonly PolicyStatement[],
  request: IamRequest,
): "allowed" | "denied" | "implicit" {
  const applying = statements.filter((s) => statementApplies(s, request));
  if (applying.some((s) => s.Effect === "Deny")) return "denied";
  return applying.some((s) => s.Effect === "Allow") ? "allowed" : "implicit";
}
