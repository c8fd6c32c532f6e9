/**
 * WAF semantics: what the web ACL's rules do to requests, in evaluation order, against the
 * estate's intent (operators' networks, the automation's blocklist, sensitive paths).
 */

import { RATE_WINDOW_SECONDS } from "../../common/edge-limits.ts";
import { READINESS_PATH } from "../../common/service-contract.ts";
import type { StackModel, TfResource } from "../engine/types.ts";
import { block, blocks, num, type Obj, str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { isWide, parseRange, withinAny } from "./queries/cidr.ts";
import { statementOf, type WafRule, wafRules } from "./queries/waf.ts";
import {
  automationIpSets,
  byteMatches,
  ipSetAddresses,
  ipSetUses,
  matches,
  rateStatement,
  ruleAction,
  rulePriority,
  transformations,
} from "./queries/waf-match.ts";

function acls(stack: StackModel): TfResource[] {
  return stack.ofType("aws_wafv2_web_acl");
}

/** Why an allow rule admits more than the operators' networks (empty when it does not). */
function allowProblems(stack: StackModel, rule: WafRule): string[] {
  const ops = stack.features.opsCidrs;
  const uses = ipSetUses(stack, statementOf(rule));
  const out: string[] = [];
  if (uses.length === 0) return [`matches requests on their content, which any client can send`];
  for (const u of uses) {
    if (u.negated) out.push(`matches every address outside ${u.set?.address ?? "an IP set"}`);
    if (u.forwarded) out.push(`reads the client address from a header the client sets`);
    if (!u.set) continue;
    for (const a of ipSetAddresses(u.set)) {
      const range = parseRange(a);
      if (!range) continue;
      if (isWide(range)) out.push(`${u.set.address} holds ${a}, a wide range`);
      else if (Array.isArray(ops) && ops.length > 0 && !withinAny(range, ops))
        out.push(`${u.set.address} holds ${a}, outside the operators' networks (${ops.join(", ")})`);
    }
  }
  return out;
}

export const allowRulesNarrow = defineRule({
  id: "SC-WAF-007",
  title: "WAF allow rules admit only the operators' networks",
  severity: "high",
  category: "edge",
  rationale:
    "An allow rule ends evaluation: whatever it matches skips every later rule, managed protections and rate limits included. Matched on a wide range, on an address outside the declared operator networks, on a forgeable header, or on request content, it is a bypass for the attackers the web ACL exists to stop.",
  remediation:
    "Reference IP sets that hold only the operators' CIDRs (declareForGate opsCidrs), read the client address from the connection (no forwarded-IP config), and never allow on request content.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl", "aws_wafv2_ip_set"],
  check(ctx) {
    for (const acl of acls(ctx.stack)) {
      for (const rule of wafRules(ctx.stack, acl)) {
        if (ruleAction(rule) !== "allow") continue;
        for (const p of allowProblems(ctx.stack, rule)) ctx.report(rule.at, `allow rule "${rule.name}" ${p}`);
      }
    }
  },
});

export const allowRuleOrder = defineRule({
  id: "SC-WAF-008",
  title: "No allow rule runs before the blocklist, and only operators' networks skip the rate limits",
  severity: "high",
  category: "edge",
  rationale:
    "WAF evaluates rules by priority and stops at the first allow: an allow rule ahead of the blocklist lets a blocked address back in, and one ahead of the rate rules exempts whatever it matches from flood protection.",
  remediation:
    "Give the blocklist rule the lowest priority number; place allow rules after it, and ahead of the rate rules only when they match the operators' networks alone.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl"],
  check(ctx) {
    const { stack } = ctx;
    const blocklist = automationIpSets(stack);
    for (const acl of acls(stack)) {
      const rules = wafRules(stack, acl);
      const blockers = rules.filter((r) =>
        ipSetUses(stack, statementOf(r)).some((u) => u.set !== undefined && blocklist.has(u.set)),
      );
      const rates = rules.filter((r) => rateStatement(r) !== undefined && ruleAction(r) === "block");
      for (const rule of rules) {
        if (ruleAction(rule) !== "allow") continue;
        const p = rulePriority(rule);
        if (p === undefined) continue;
        const ahead = blockers.filter((b) => (rulePriority(b) ?? Number.POSITIVE_INFINITY) > p && b !== rule);
        if (ahead.length > 0)
          ctx.report(
            rule.at,
            `allow rule "${rule.name}" (priority ${p}) runs before the blocklist rule "${ahead[0]!.name}"`,
          );
        const skipped = rates.filter((r) => (rulePriority(r) ?? Number.POSITIVE_INFINITY) > p);
        if (skipped.length > 0 && allowProblems(stack, rule).length > 0)
          ctx.report(
            rule.at,
            `allow rule "${rule.name}" (priority ${p}) runs before the rate rule${skipped.length > 1 ? "s" : ""} ${skipped.map((r) => `"${r.name}"`).join(", ")} and admits more than the operators' networks`,
          );
      }
    }
  },
});

export const blocklistBlocks = defineRule({
  id: "SC-WAF-009",
  title: "The rule that reads the automation's blocklist blocks every address in it",
  severity: "high",
  category: "edge",
  rationale:
    "The block-ips runbook writes attacking addresses into IP sets during an incident; the web ACL must block them outright. A count action, a negation, an and-condition or a forwarded-IP header turns the runbook into a no-op while the dashboard shows the address as blocked.",
  remediation:
    "Reference every blocklist IP set from a rule with action { block {} } whose statement is the IP set reference (or an or_statement of them), read from the connection's source address.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl", "aws_wafv2_ip_set"],
  check(ctx) {
    const { stack } = ctx;
    const blocklist = automationIpSets(stack);
    if (blocklist.size === 0) return;
    const all = acls(stack);
    for (const set of blocklist) {
      let blocked = false;
      for (const acl of all) {
        for (const rule of wafRules(stack, acl)) {
          for (const u of ipSetUses(stack, statementOf(rule))) {
            if (u.set !== set) continue;
            const action = ruleAction(rule);
            const problems = [
              action !== "block" ? `its action is ${action ?? "missing"}` : "",
              u.negated ? "it is negated (not_statement)" : "",
              u.narrowed ? "it only applies together with other conditions (and_statement)" : "",
              u.forwarded ? "it reads the client address from a forwarded-IP header" : "",
            ].filter(Boolean);
            if (problems.length === 0) blocked = true;
            else
              ctx.report(
                rule.at,
                `rule "${rule.name}" reads blocklist ${set.address} but ${problems.join(", ")}`,
              );
          }
        }
      }
      if (!blocked && all.length > 0)
        ctx.report(set, `blocklist IP set ${set.address} is not blocked by any web ACL rule`);
    }
  },
});

/** A rate rule's limit per 5-minute window (WAF windows are 60-600 s; a shorter one allows more). */
function perWindow(rbs: Obj): number {
  const limit = num(rbs.limit);
  if (limit === undefined) return Number.POSITIVE_INFINITY;
  return Math.round((limit * RATE_WINDOW_SECONDS) / (num(rbs.evaluation_window_sec) ?? RATE_WINDOW_SECONDS));
}

/** Path forms an attacker may send for `path`; the service sees each as `path`. */
function variants(path: string): string[] {
  const encoded = path.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return [path, `${path}/x`, path.toUpperCase(), encoded, `/${path}`];
}

export const sensitivePathLimits = defineRule({
  id: "SC-WAF-010",
  title: "Rate rules on sensitive paths keep their own, lower limit, and match every form of the path",
  severity: "high",
  category: "edge",
  rationale:
    "Credential stuffing fits under a global per-IP limit: login and authentication paths need a far lower one. A scope-down that misses the path (a changed search string, a lost transformation, /LOGIN or %6cogin) or a limit no lower than the global one leaves them at the global rate.",
  remediation:
    "Keep a blocking rate-based rule per sensitive path prefix (declareForGate sensitivePaths) with limit <= the declared sensitive-path limit, its scope-down a STARTS_WITH match on uri_path with URL_DECODE, NORMALIZE_PATH and LOWERCASE.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl"],
  check(ctx) {
    const { stack } = ctx;
    const paths = stack.features.sensitivePaths;
    const declaredLimit = stack.features.sensitivePathRateLimit;
    for (const acl of acls(stack)) {
      const rates = wafRules(stack, acl)
        .map((rule) => ({ rule, rbs: rateStatement(rule)! }))
        .filter(({ rule, rbs }) => rbs !== undefined && ruleAction(rule) === "block");
      const global = rates.filter(({ rbs }) => !block(rbs.scope_down_statement));
      const globalLimit = Math.min(...global.map(({ rbs }) => perWindow(rbs)));
      const ceiling = typeof declaredLimit === "number" ? declaredLimit : globalLimit - 1;
      for (const { rule, rbs } of rates) {
        const limit = perWindow(rbs);
        if (block(rbs.scope_down_statement) && Number.isFinite(limit) && limit >= globalLimit)
          ctx.report(
            rule.at,
            `path-scoped rate rule "${rule.name}" allows ${limit}, no lower than the global limit of ${globalLimit}`,
          );
      }
      for (const path of Array.isArray(paths) ? paths : []) {
        const covering = rates.filter(({ rbs }) => {
          const sd = block(rbs.scope_down_statement);
          return sd !== undefined && matches(sd, { path }) === true;
        });
        if (covering.length === 0) {
          ctx.report(acl, `no blocking rate rule is scoped to the sensitive path ${path}`);
          continue;
        }
        const tight = covering.filter(({ rbs }) => perWindow(rbs) <= ceiling);
        if (tight.length === 0)
          ctx.report(
            covering[0]!.rule.at,
            `sensitive path ${path} is limited to ${perWindow(covering[0]!.rbs)} per ${RATE_WINDOW_SECONDS} s, above its declared limit of ${ceiling}`,
          );
        for (const v of variants(path)) {
          const hit = tight.some(({ rbs }) => matches(block(rbs.scope_down_statement), { path: v }) === true);
          if (!hit && tight.length > 0)
            ctx.report(
              tight[0]!.rule.at,
              `rate rule "${tight[0]!.rule.name}" does not match "${v}", a form of ${path} that common routers serve as the same route`,
            );
        }
      }
    }
  },
});

/** Why a byte-match search string can never equal the transformed field (undefined if it can). */
export function unmatchable(bm: Obj): string | undefined {
  const search = str(bm.search_string);
  if (search === undefined) return undefined;
  const types = transformations(bm);
  const decodes = (t: string) => /DECODE/.test(t);
  const lastCase = Math.max(types.lastIndexOf("LOWERCASE"), types.lastIndexOf("CMD_LINE"));
  const lastDecode = Math.max(...types.map((t, i) => (decodes(t) ? i : -1)));
  if (lastCase >= 0 && lastCase > lastDecode && /[A-Z]/.test(search))
    return `search string "${search}" has capitals, but ${types[lastCase]} lowercases the field first`;
  const lastNorm = Math.max(types.lastIndexOf("NORMALIZE_PATH"), types.lastIndexOf("NORMALIZE_PATH_WIN"));
  if (lastNorm >= 0 && lastNorm > lastDecode && /\/\/|\/\.\.?(\/|$)/.test(search))
    return `search string "${search}" has // or dot segments, which NORMALIZE_PATH removes first`;
  if (types.includes("COMPRESS_WHITE_SPACE") && /[\t\n\r\f\v]| {2}/.test(search))
    return `search string has whitespace runs, which COMPRESS_WHITE_SPACE collapses first`;
  if (types.includes("REMOVE_NULLS") && search.includes("\0"))
    return "search string has NUL characters, which REMOVE_NULLS removes first";
  const field = block(bm.field_to_match);
  const constraint = str(bm.positional_constraint)?.toUpperCase();
  if (
    field &&
    block(field.uri_path) !== undefined &&
    (constraint === "EXACTLY" || constraint === "STARTS_WITH") &&
    !search.startsWith("/") &&
    !types.some(decodes)
  )
    return `search string "${search}" must start with "/" to match a URI path with ${constraint}`;
  return undefined;
}

export const matchableScopeDowns = defineRule({
  id: "SC-WAF-011",
  title: "WAF byte-match statements can match after their text transformations",
  severity: "medium",
  category: "edge",
  rationale:
    "WAF transforms the request field before comparing it with the search string, never the search string: a search string with capitals after LOWERCASE, or with // after NORMALIZE_PATH, never matches, so the rule (or the scope-down of a rate rule) silently protects nothing.",
  remediation:
    "Write the search string as the transformed field reads: lower-case, normalised, starting with / for a URI path.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl"],
  check(ctx) {
    for (const acl of acls(ctx.stack)) {
      for (const rule of wafRules(ctx.stack, acl)) {
        for (const bm of byteMatches(statementOf(rule))) {
          const why = unmatchable(bm);
          if (why) ctx.report(rule.at, `rule "${rule.name}": ${why}`);
        }
      }
    }
  },
});

const CREDENTIAL_HEADERS = ["authorization", "cookie"];

export const wafLogRedaction = defineRule({
  id: "SC-WAF-012",
  title: "WAF logging redacts credentials (Authorization and Cookie headers)",
  severity: "medium",
  category: "edge",
  rationale:
    "The WAF log records every request's headers: without redaction it is a store of session cookies and bearer tokens readable by everyone who can read the log group.",
  remediation:
    'Add redacted_fields { single_header { name = "authorization" } } and { single_header { name = "cookie" } } to the aws_wafv2_web_acl_logging_configuration.',
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl_logging_configuration"],
  check(ctx) {
    for (const c of ctx.stack.ofType("aws_wafv2_web_acl_logging_configuration")) {
      const redacted = new Set(
        blocks(c.values.redacted_fields)
          .map((f) => str(block(f.single_header)?.name)?.toLowerCase())
          .filter((x): x is string => x !== undefined),
      );
      const missing = CREDENTIAL_HEADERS.filter((h) => !redacted.has(h));
      if (missing.length > 0)
        ctx.report(
          c,
          `WAF log does not redact the ${missing.join(" and ")} header${missing.length > 1 ? "s" : ""}`,
        );
    }
  },
});

/** Does a rate-based statement count something the client sets (a header, a forwarded address)? */
function clientKeyed(rbs: Obj): string | undefined {
  const key = str(rbs.aggregate_key_type)?.toUpperCase() ?? "IP";
  if (key === "FORWARDED_IP")
    return `FORWARDED_IP (${str(block(rbs.forwarded_ip_config)?.header_name) ?? "a header"})`;
  if (key === "CUSTOM_KEYS") {
    const keys = blocks(rbs.custom_key);
    if (!keys.some((k) => "ip" in k && k.ip !== null)) return "custom keys without the connection's address";
  }
  return undefined;
}

export const rateKeyedOnConnection = defineRule({
  id: "SC-WAF-013",
  title: "Rate rules count the connection's address, not a value the client sends",
  severity: "high",
  category: "edge",
  rationale:
    "The ALB is the first hop: X-Forwarded-For (and any header or cookie) is written by the client. A rate rule keyed on it gives a flooding client a fresh counter with every request, which is exactly the May 31 attack.",
  remediation: 'aggregate_key_type = "IP" (or custom keys that include ip {}) on every rate-based rule.',
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl"],
  check(ctx) {
    for (const acl of acls(ctx.stack)) {
      for (const rule of wafRules(ctx.stack, acl)) {
        const rbs = rateStatement(rule);
        const why = rbs ? clientKeyed(rbs) : undefined;
        if (why) ctx.report(rule.at, `rate rule "${rule.name}" counts by ${why}, which the client controls`);
      }
    }
  },
});

/** Paths every managed protection must see (the readiness probe may be exempt). */
function servicePaths(stack: StackModel): string[] {
  return ["/", "/index.html", "/api/items", "/login", ...(stack.features.sensitivePaths ?? [])];
}

export const managedGroupsCoverService = defineRule({
  id: "SC-WAF-014",
  title: "Managed rule groups are not scoped away from the service's paths",
  severity: "high",
  category: "edge",
  rationale:
    "A scope-down statement limits a managed rule group to the requests it matches: one that no longer matches the service's ordinary paths turns the core rule set, bad-input or IP-reputation protection off for them while the rule still appears in the web ACL.",
  remediation: `Scope managed groups down only to exempt what must be exempt (e.g. not ${READINESS_PATH} for health checkers); everything the service serves must stay in scope.`,
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_wafv2_web_acl"],
  check(ctx) {
    for (const acl of acls(ctx.stack)) {
      for (const rule of wafRules(ctx.stack, acl)) {
        const m = block(statementOf(rule)?.managed_rule_group_statement);
        const sd = block(m?.scope_down_statement);
        if (!sd) continue;
        const skipped = servicePaths(ctx.stack).filter((path) => matches(sd, { path }) === false);
        if (skipped.length > 0)
          ctx.report(
            rule.at,
            `managed group rule "${rule.name}" is scoped down away from ${skipped.join(", ")}`,
          );
      }
    }
  },
});

export const wafSemanticRules = [
  allowRulesNarrow,
  allowRuleOrder,
  blocklistBlocks,
  sensitivePathLimits,
  matchableScopeDowns,
  wafLogRedaction,
  rateKeyedOnConnection,
  managedGroupsCoverService,
];
