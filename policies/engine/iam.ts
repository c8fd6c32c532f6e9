/**
 * IAM policy documents in every form a cdktf stack can write them, reduced to one shape:
 * a JSON string (`JSON.stringify`), a `${jsonencode({...})}` expression, a reference to a
 * `data.aws_iam_policy_document` (`.json` / `.minified_json`, with its source and override
 * documents), or a reference to another resource's `policy` attribute. `Action`/`Resource`
 * may be a string or a list, `NotAction`/`NotResource`/`NotPrincipal` are kept.
 */
import { parseJsonencode, soleInterpolation } from "./hcl.ts";
import { renderPolicyDocument } from "./scope.ts";
import type { StackModel, TfResource } from "./types.ts";
import { isObj, list, type Obj, str, strings } from "./values.ts";

export interface Condition {
  test: string;
  variable: string;
  values: string[];
}

export interface Statement {
  sid: string | undefined;
  effect: "Allow" | "Deny";
  actions: string[] | undefined;
  notActions: string[] | undefined;
  resources: string[] | undefined;
  notResources: string[] | undefined;
  /** Principals as `type:identifier` (`AWS:*`, `Service:ecs-tasks.amazonaws.com`); `*` for "*". */
  principals: string[] | undefined;
  notPrincipals: string[] | undefined;
  conditions: Condition[];
}

export interface PolicyDocument {
  statements: Statement[];
}

/**
 * Reads a policy from an attribute value. Returns undefined when the value cannot be known
 * from the synthesized JSON (a variable, a function of unknown inputs...).
 */
export function readPolicy(stack: StackModel, value: unknown, depth = 0): PolicyDocument | undefined {
  if (depth > 8 || value === undefined || value === null) return undefined;
  if (isObj(value)) return normalizeDocument(value);
  if (typeof value !== "string") return undefined;
  const inner = soleInterpolation(value);
  if (inner !== undefined) {
    if (/^jsonencode\s*\(/.test(inner)) {
      const parsed = parseJsonencode(value);
      return isObj(parsed) ? normalizeDocument(parsed) : undefined;
    }
    const ref = stack.refOf(value);
    if (!ref) return undefined;
    const t = ref.target;
    if (t.mode === "data" && t.type === "aws_iam_policy_document")
      return fromPolicyDocumentData(stack, t, depth + 1);
    // aws_iam_policy.x.policy, aws_s3_bucket_policy.x.policy, ...
    if (ref.attr === "policy" || ref.attr === "json") return readPolicy(stack, t.values.policy, depth + 1);
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(value);
    return isObj(parsed) ? normalizeDocument(parsed) : undefined;
  } catch {
    return undefined;
  }
}

function fromPolicyDocumentData(stack: StackModel, data: TfResource, depth: number): PolicyDocument {
  const statements: Statement[] = [];
  for (const key of ["source_policy_documents", "source_json"]) {
    for (const src of list(data.values[key])) {
      const doc = readPolicy(stack, src, depth);
      if (doc) statements.push(...doc.statements);
    }
  }
  // The statement blocks as the provider renders them (scope.ts), read like any JSON policy.
  statements.push(
    ...normalizeDocument(renderPolicyDocument({ statement: data.values.statement })).statements,
  );
  for (const key of ["override_policy_documents", "override_json"]) {
    for (const src of list(data.values[key])) {
      const doc = readPolicy(stack, src, depth);
      if (!doc) continue;
      for (const st of doc.statements) {
        const at = st.sid ? statements.findIndex((x) => x.sid === st.sid) : -1;
        if (at >= 0) statements[at] = st;
        else statements.push(st);
      }
    }
  }
  return { statements };
}

/** Case-insensitive key lookup: IAM JSON is PascalCase, but hand-written JSON varies. */
function get(o: Obj, key: string): unknown {
  if (key in o) return o[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(o)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

export function normalizeDocument(doc: Obj): PolicyDocument {
  const raw = get(doc, "Statement");
  const statements = list(raw)
    .filter(isObj)
    .map((s): Statement => {
      const principal = get(s, "Principal");
      const notPrincipal = get(s, "NotPrincipal");
      return {
        sid: str(get(s, "Sid")),
        effect: String(get(s, "Effect") ?? "").toLowerCase() === "deny" ? "Deny" : "Allow",
        actions: optStrings(get(s, "Action")),
        notActions: optStrings(get(s, "NotAction")),
        resources: optStrings(get(s, "Resource")),
        notResources: optStrings(get(s, "NotResource")),
        principals: principal === undefined ? undefined : principalJson(principal),
        notPrincipals: notPrincipal === undefined ? undefined : principalJson(notPrincipal),
        conditions: conditionJson(get(s, "Condition")),
      };
    });
  return { statements };
}

function optStrings(v: unknown): string[] | undefined {
  return v === undefined ? undefined : strings(v);
}

function principalJson(p: unknown): string[] {
  if (p === "*") return ["*"];
  if (!isObj(p)) return strings(p);
  const out: string[] = [];
  for (const [type, ids] of Object.entries(p)) {
    for (const id of strings(ids)) out.push(id === "*" && type === "AWS" ? "*" : `${type}:${id}`);
  }
  return out;
}

function conditionJson(c: unknown): Condition[] {
  if (!isObj(c)) return [];
  const out: Condition[] = [];
  for (const [test, vars] of Object.entries(c)) {
    if (!isObj(vars)) continue;
    for (const [variable, values] of Object.entries(vars)) {
      out.push({ test, variable, values: list(values).map((x) => String(x)) });
    }
  }
  return out;
}

const patterns = new Map<string, RegExp>();

/** IAM wildcard match (`*`, `?`), case-insensitive, as IAM matches actions. */
export function wildcardMatch(pattern: string, value: string): boolean {
  if (!pattern.includes("*") && !pattern.includes("?")) {
    return pattern.length === value.length && pattern.toLowerCase() === value.toLowerCase();
  }
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(
      `^${pattern
        .split("")
        .map((ch) => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
        .join("")}$`,
      "i",
    );
    patterns.set(pattern, re);
  }
  return re.test(value);
}

/** Does the statement allow `action` (Action patterns, or everything outside NotAction)? */
export function allowsAction(s: Statement, action: string): boolean {
  if (s.effect !== "Allow") return false;
  if (s.actions) return s.actions.some((p) => wildcardMatch(p, action));
  if (s.notActions) return !s.notActions.some((p) => wildcardMatch(p, action));
  return false;
}

/** Action `*` (or `*:*`), or NotAction: the statement allows (nearly) every action. */
export function allowsAllActions(s: Statement): boolean {
  if (s.effect !== "Allow") return false;
  if (s.actions) return s.actions.some((a) => a === "*" || a === "*:*");
  return s.notActions !== undefined;
}

/** Resource `*` or NotResource: the statement applies to (nearly) every resource. */
export function onAllResources(s: Statement): boolean {
  if (s.resources) return s.resources.some((r) => r === "*");
  return s.notResources !== undefined;
}

/** Full administrative access: every action on every resource. */
export function isAdminStatement(s: Statement): boolean {
  return allowsAllActions(s) && onAllResources(s);
}

export function describeStatement(s: Statement): string {
  const act = s.actions
    ? `Action ${JSON.stringify(one(s.actions))}`
    : `NotAction ${JSON.stringify(one(s.notActions ?? []))}`;
  const res = s.resources
    ? `Resource ${JSON.stringify(one(s.resources))}`
    : `NotResource ${JSON.stringify(one(s.notResources ?? []))}`;
  return `${s.sid ? `statement "${s.sid}": ` : ""}${s.effect} ${act} on ${res}`;
}

function one(a: string[]): string | string[] {
  return a.length === 1 ? a[0]! : a;
}
