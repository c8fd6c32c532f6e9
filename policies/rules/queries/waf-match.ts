/**
 * What a WAF statement does to a request: the statement tree (and, or, not, byte match,
 * regex, IP set, rate-based scope-down) evaluated on a request path with the statement's text
 * transformations applied, as WAF applies them. Anything the request does not determine (an
 * IP set for a path-only request, a header, a label, a managed group) is `undefined`.
 */
import { allowsAction } from "../../engine/iam.ts";
import type { StackModel, TfResource } from "../../engine/types.ts";
import { block, blocks, ignoresChange, type Obj, str, strings } from "../../engine/values.ts";
import { identityPolicies } from "./iam.ts";
import { memo } from "./memo.ts";
import { statementOf, type WafRule } from "./waf.ts";

export interface Request {
  path: string;
}

/** The transformations WAF applies to a field, those this reader knows; undefined for others. */
const TRANSFORMS: Record<string, (s: string) => string> = {
  NONE: (s) => s,
  LOWERCASE: (s) => s.toLowerCase(),
  URL_DECODE: (s) =>
    s.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
  URL_DECODE_UNI: (s) =>
    s
      .replace(/%u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
      .replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
  NORMALIZE_PATH: normalizePath,
  NORMALIZE_PATH_WIN: (s) => normalizePath(s.replace(/\\/g, "/")),
  COMPRESS_WHITE_SPACE: (s) => s.replace(/[\t\n\r\f\v ]+/g, " "),
  REMOVE_NULLS: (s) => s.replace(/\0/g, ""),
  REPLACE_NULLS: (s) => s.replace(/\0/g, " "),
  CMD_LINE: (s) =>
    s
      .replace(/[\\"'^]/g, "")
      .replace(/\s+\//g, "/")
      .replace(/\s+\(/g, "(")
      .replace(/[,;]/g, " ")
      .replace(/\s+/g, " ")
      .toLowerCase(),
  HTML_ENTITY_DECODE: (s) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
      .replace(/&amp;/g, "&"),
};

/** Multiple slashes, `/./` and `/../` (not at the start) removed, as WAF's NORMALIZE_PATH does. */
function normalizePath(s: string): string {
  const out: string[] = [];
  for (const seg of s.replace(/\/{2,}/g, "/").split("/")) {
    if (seg === ".") continue;
    if (seg === ".." && out.length > 1) {
      out.pop();
      continue;
    }
    out.push(seg);
  }
  return out.join("/");
}

/** The transformation names of a statement, in priority order. */
export function transformations(st: Obj): string[] {
  return blocks(st.text_transformation)
    .map((t) => ({ p: Number(t.priority ?? 0), type: str(t.type)?.toUpperCase() ?? "NONE" }))
    .sort((a, b) => a.p - b.p)
    .map((t) => t.type);
}

export function transform(value: string, types: string[]): string | undefined {
  let v = value;
  for (const t of types) {
    const fn = TRANSFORMS[t];
    if (!fn) return undefined;
    v = fn(v);
  }
  return v;
}

function positional(value: string, search: string, constraint: string): boolean | undefined {
  switch (constraint) {
    case "EXACTLY":
      return value === search;
    case "STARTS_WITH":
      return value.startsWith(search);
    case "ENDS_WITH":
      return value.endsWith(search);
    case "CONTAINS":
      return value.includes(search);
    case "CONTAINS_WORD": {
      const re = new RegExp(
        `(^|[^A-Za-z0-9_])${search.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z0-9_])`,
      );
      return re.test(value);
    }
    default:
      return undefined;
  }
}

/** Does the statement match the request? undefined when the request does not determine it. */
export function matches(statement: Obj | undefined, req: Request): boolean | undefined {
  if (!statement) return undefined;
  const or = block(statement.or_statement);
  if (or) {
    const rs = blocks(or.statement).map((s) => matches(s, req));
    return rs.some((r) => r === true) ? true : rs.every((r) => r === false) ? false : undefined;
  }
  const and = block(statement.and_statement);
  if (and) {
    const rs = blocks(and.statement).map((s) => matches(s, req));
    return rs.some((r) => r === false) ? false : rs.every((r) => r === true) ? true : undefined;
  }
  const not = block(statement.not_statement);
  if (not) {
    const r = matches(block(not.statement), req);
    return r === undefined ? undefined : !r;
  }
  const bm = block(statement.byte_match_statement);
  const rx = block(statement.regex_match_statement);
  const st = bm ?? rx;
  if (st) {
    const field = block(st.field_to_match);
    if (!field || block(field.uri_path) === undefined) return undefined;
    const value = transform(req.path, transformations(st));
    if (value === undefined) return undefined;
    if (bm) {
      const search = str(bm.search_string);
      const constraint = str(bm.positional_constraint)?.toUpperCase();
      return search === undefined || constraint === undefined
        ? undefined
        : positional(value, search, constraint);
    }
    const pattern = str(rx!.regex_string);
    if (pattern === undefined) return undefined;
    try {
      return new RegExp(pattern).test(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Every byte-match statement in a statement tree (scope-downs of rate rules and managed groups included). */
export function byteMatches(statement: Obj | undefined): Obj[] {
  const out: Obj[] = [];
  const visit = (s: Obj | undefined): void => {
    if (!s) return;
    const bm = block(s.byte_match_statement);
    if (bm) out.push(bm);
    for (const key of ["or_statement", "and_statement"])
      for (const st of blocks(block(s[key])?.statement)) visit(st);
    visit(block(block(s.not_statement)?.statement));
    visit(block(block(s.rate_based_statement)?.scope_down_statement));
    visit(block(block(s.managed_rule_group_statement)?.scope_down_statement));
  };
  visit(statement);
  return out;
}

export interface IpSetUse {
  set: TfResource | undefined;
  /** Under a not_statement: the rule matches everyone except the set. */
  negated: boolean;
  /** Client IP read from a header the client sets. */
  forwarded: boolean;
  /** Inside an and_statement: other conditions must hold too. */
  narrowed: boolean;
}

/** The IP sets a statement tree references. */
export function ipSetUses(stack: StackModel, statement: Obj | undefined): IpSetUse[] {
  const out: IpSetUse[] = [];
  const visit = (s: Obj | undefined, negated: boolean, narrowed: boolean): void => {
    if (!s) return;
    const ref = block(s.ip_set_reference_statement);
    if (ref) {
      out.push({
        set: stack.refOf(ref.arn)?.target,
        negated,
        forwarded: block(ref.ip_set_forwarded_ip_config) !== undefined,
        narrowed,
      });
    }
    for (const st of blocks(block(s.or_statement)?.statement)) visit(st, negated, narrowed);
    const and = blocks(block(s.and_statement)?.statement);
    for (const st of and) visit(st, negated, narrowed || and.length > 1);
    visit(block(block(s.not_statement)?.statement), !negated, narrowed);
  };
  visit(statement, false, false);
  return out;
}

/** Addresses of an IP set (literal ones). */
export function ipSetAddresses(set: TfResource): string[] {
  return strings(set.values.addresses);
}

/**
 * The IP sets the estate's automation writes: Terraform leaves their addresses to someone
 * else (`ignore_changes`), or a role may call wafv2:UpdateIPSet on them.
 */
export const automationIpSets = memo((stack: StackModel): Set<TfResource> => {
  const out = new Set<TfResource>();
  for (const set of stack.ofType("aws_wafv2_ip_set"))
    if (ignoresChange(set.values, "addresses")) out.add(set);
  for (const use of identityPolicies(stack)) {
    for (const s of use.doc.statements) {
      if (!allowsAction(s, "wafv2:UpdateIPSet")) continue;
      for (const ref of stack.refsIn(s.resources ?? []))
        if (ref.target.type === "aws_wafv2_ip_set") out.add(ref.target);
    }
  }
  return out;
});

export function ruleAction(rule: WafRule): string | undefined {
  const a = block(rule.body.action);
  if (!a) return undefined;
  return Object.keys(a).find((k) => a[k] !== null && a[k] !== undefined);
}

export function rulePriority(rule: WafRule): number | undefined {
  const p = Number(rule.body.priority);
  return Number.isFinite(p) ? p : undefined;
}

export function rateStatement(rule: WafRule): Obj | undefined {
  return block(statementOf(rule)?.rate_based_statement);
}
