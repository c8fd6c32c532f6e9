/**
 * The scope a stack's expressions are evaluated in (resolve.ts): its locals, its variables'
 * defaults, and the data sources whose values the synthesized JSON determines. Each local and
 * data source is evaluated once, lazily; a cycle is unknown.
 */
import {
  dataSources,
  isObj,
  locals as localsOf,
  type Obj,
  type TerraformDocument,
  variables as variablesOf,
} from "../../common/terraform/index.ts";
import { evaluateJson, isKnown, jsonencode, render, type Scope, Unknown } from "./resolve.ts";

/** The default AWS provider block's region and allowed accounts. */
export function providerContext(doc: TerraformDocument): { region?: string; accounts: string[] } {
  const p = isObj(doc.provider) ? doc.provider.aws : undefined;
  const blocks = (Array.isArray(p) ? p : [p]).filter(isObj);
  const main = blocks.find((b) => b.alias === undefined) ?? blocks[0];
  const accounts = Array.isArray(main?.allowed_account_ids)
    ? main.allowed_account_ids.filter((a): a is string => typeof a === "string" && /^\d{12}$/.test(a))
    : [];
  return { region: typeof main?.region === "string" ? main.region : undefined, accounts };
}

function partitionOf(region: string | undefined): string | undefined {
  if (region === undefined) return undefined;
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const one = (v: unknown[]): unknown => (v.length === 1 ? v[0] : v);

/** A policy document value (a JSON string, a partly known jsonencode, an object) as an object. */
export function policyObject(v: unknown): Obj | undefined {
  if (isObj(v)) return v;
  if (v instanceof Unknown) return isObj(v.encoded) ? v.encoded : undefined;
  if (typeof v === "string") {
    try {
      const parsed: unknown = JSON.parse(v);
      return isObj(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function principalsJson(blocks: unknown): unknown {
  const byType = new Map<string, unknown[]>();
  for (const b of list(blocks).filter(isObj)) {
    const type = typeof b.type === "string" ? b.type : "AWS";
    if (type === "*") return "*";
    byType.set(type, [...(byType.get(type) ?? []), ...list(b.identifiers)]);
  }
  return Object.fromEntries([...byType].map(([t, ids]) => [t, one(ids)]));
}

/**
 * The JSON policy an `aws_iam_policy_document` renders (its arguments already evaluated),
 * as the provider builds it: source documents first, this document's statements replacing
 * those with the same Sid, then override documents replacing or appending by Sid.
 */
export function renderPolicyDocument(values: Obj): Obj {
  const statements: Obj[] = [];
  const put = (s: Obj, replace: boolean): void => {
    const at = typeof s.Sid === "string" && s.Sid !== "" ? statements.findIndex((x) => x.Sid === s.Sid) : -1;
    if (at >= 0 && replace) statements[at] = s;
    else statements.push(s);
  };
  for (const key of ["source_policy_documents", "source_json"]) {
    for (const src of list(values[key]))
      for (const s of list(policyObject(src)?.Statement).filter(isObj)) put(s, true);
  }
  for (const b of list(values.statement).filter(isObj)) {
    const s: Obj = {};
    if (typeof b.sid === "string" && b.sid !== "") s.Sid = b.sid;
    s.Effect = typeof b.effect === "string" ? b.effect : "Allow";
    const pairs: [string, string][] = [
      ["actions", "Action"],
      ["not_actions", "NotAction"],
      ["resources", "Resource"],
      ["not_resources", "NotResource"],
    ];
    for (const [from, to] of pairs) if (b[from] !== undefined && b[from] !== null) s[to] = one(list(b[from]));
    if (b.principals !== undefined && b.principals !== null) s.Principal = principalsJson(b.principals);
    if (b.not_principals !== undefined && b.not_principals !== null)
      s.NotPrincipal = principalsJson(b.not_principals);
    const conditions = list(b.condition).filter(isObj);
    if (conditions.length > 0) {
      const c: Record<string, Obj> = {};
      for (const x of conditions) {
        const test = String(x.test);
        c[test] = { ...(c[test] ?? {}), [String(x.variable)]: one(list(x.values)) };
      }
      s.Condition = c;
    }
    put(s, true);
  }
  for (const key of ["override_policy_documents", "override_json"]) {
    for (const src of list(values[key]))
      for (const s of list(policyObject(src)?.Statement).filter(isObj)) put(s, true);
  }
  const doc: Obj = { Version: typeof values.version === "string" ? values.version : "2012-10-17" };
  if (typeof values.policy_id === "string") doc.Id = values.policy_id;
  doc.Statement = statements;
  return doc;
}

/** The scope of one stack's document. */
export function stackScope(doc: TerraformDocument): Scope {
  const locals = localsOf(doc);
  const variables = variablesOf(doc);
  const data = new Map(dataSources(doc).map((b) => [`${b.type}.${b.name}`, b]));
  const { region, accounts } = providerContext(doc);
  const memo = new Map<string, unknown>();
  const busy = new Set<string>();
  const once = (key: string, hcl: string, fn: () => unknown): unknown => {
    if (memo.has(key)) return memo.get(key);
    if (busy.has(key)) return Unknown.of(hcl);
    busy.add(key);
    try {
      const v = fn();
      memo.set(key, v);
      return v;
    } finally {
      busy.delete(key);
    }
  };
  const scope: Scope = {
    local: (name) =>
      name in locals
        ? once(`local.${name}`, `local.${name}`, () => evaluateJson(locals[name], scope))
        : Unknown.of(`local.${name}`),
    variable: (name) => {
      const v = variables[name];
      return v && "default" in v && v.default !== null ? v.default : Unknown.of(`var.${name}`);
    },
    data: (type, name, attr) => {
      const hcl = `data.${type}.${name}.${attr}`;
      const block = data.get(`${type}.${name}`);
      if (!block) return Unknown.of(hcl);
      const values = once(`data.${type}.${name}`, hcl, () => evaluateJson(block.values, scope)) as Obj;
      if (attr in values && values[attr] !== undefined) return values[attr];
      switch (type) {
        case "aws_iam_policy_document": {
          if (attr !== "json" && attr !== "minified_json") break;
          const rendered = renderPolicyDocument(values);
          return isKnown(rendered)
            ? jsonencode(rendered)
            : Unknown.of(`jsonencode(${render(rendered)})`, rendered);
        }
        case "aws_caller_identity":
          if (attr === "account_id" && accounts.length === 1) return accounts[0];
          break;
        case "aws_region":
          if ((attr === "name" || attr === "region" || attr === "id") && region) return region;
          break;
        case "aws_partition":
          if (attr === "partition" && partitionOf(region)) return partitionOf(region);
          if (attr === "dns_suffix" && partitionOf(region))
            return partitionOf(region) === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
          break;
      }
      return Unknown.of(hcl);
    },
  };
  return scope;
}
