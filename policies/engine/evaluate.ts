/**
 * Runs the rules over the loaded stacks, applies the suppressions recorded in the JSON, and
 * builds the report every output format renders.
 *
 * Suppressions: one on a resource covers that resource's findings of the rule; one on the
 * stack covers the rule's findings anywhere in the stack, including the stack-level ones (a
 * missing service), as cdk-nag's stack suppressions do. An expired suppression, one naming
 * an unknown rule, or a malformed one (no reason, reason under 20 characters, bad date) is
 * not honoured and fails the gate whatever `--fail-on` says.
 */
import { SEVERITIES, type Severity, severityRank } from "../../common/conventions.ts";
import { isExpired, suppressionShapeProblem } from "../../common/gate-metadata.ts";
import type {
  Finding,
  Report,
  Rule,
  StackModel,
  SuppressedFinding,
  SuppressionRecord,
  TfResource,
} from "./types.ts";

export interface EvaluateOptions {
  failOn?: Severity;
  /** Clock for suppression expiry (ms since epoch); defaults to now. */
  now?: number;
}

/** Code-point order: stable across locales, and without the cost of loading ICU collation at start. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function controlIds(rule: Rule): string[] {
  return [...rule.controls.fsbp.map((c) => `FSBP ${c}`), ...rule.controls.cis.map((c) => `CIS ${c}`)];
}

export function runRules(stacks: StackModel[], rules: readonly Rule[]): Finding[] {
  const out: Finding[] = [];
  for (const stack of stacks) {
    for (const rule of rules) {
      const seen = new Set<string>();
      rule.check({
        stack,
        report(target: TfResource | "stack", message: string) {
          const address = target === "stack" ? stack.name : target.address;
          const key = `${address}\u0000${message}`;
          if (seen.has(key)) return;
          seen.add(key);
          out.push({
            ruleId: rule.id,
            severity: rule.severity,
            stack: stack.name,
            address,
            message,
            controls: controlIds(rule),
            file: stack.file,
            line: target === "stack" ? 1 : (target.line ?? 1),
            constructPath: target === "stack" ? undefined : target.meta.path,
          });
        },
      });
    }
  }
  return out;
}

interface Declared {
  record: SuppressionRecord;
  active: boolean;
}

export function evaluate(stacks: StackModel[], rules: readonly Rule[], opts: EvaluateOptions = {}): Report {
  const failOn = opts.failOn ?? "medium";
  const now = opts.now ?? Date.now();
  const known = new Set(rules.map((r) => r.id));
  const raw = runRules(stacks, rules);

  // Declared suppressions, keyed by stack + address (resource) or stack (stack level).
  const declared: Declared[] = [];
  const byResource = new Map<string, Declared[]>();
  const byStack = new Map<string, Declared[]>();
  const declare = (
    stack: StackModel,
    scope: "resource" | "stack",
    address: string,
    line: number | undefined,
    s: { id?: unknown; reason?: unknown; expires?: unknown },
  ): void => {
    const shape = suppressionShapeProblem(s);
    const ruleId = typeof s.id === "string" ? s.id : "";
    const expires = typeof s.expires === "string" ? s.expires : undefined;
    let status: SuppressionRecord["status"] = "applied";
    let problem: string | undefined;
    if (shape) {
      status = "invalid";
      problem = shape;
    } else if (!known.has(ruleId)) {
      status = "unknown-rule";
      problem = `no rule has the id "${ruleId}"`;
    } else if (isExpired(expires, now)) {
      status = "expired";
      problem = `expired on ${expires}`;
    }
    const d: Declared = {
      active: status === "applied",
      record: {
        ruleId,
        reason: typeof s.reason === "string" ? s.reason.trim() : "",
        expires,
        stack: stack.name,
        address,
        scope,
        status,
        problem,
        matched: 0,
        file: stack.file,
        line,
      },
    };
    declared.push(d);
    const key = scope === "resource" ? `${stack.name}\u0000${address}` : stack.name;
    const index = scope === "resource" ? byResource : byStack;
    const arr = index.get(key) ?? [];
    arr.push(d);
    index.set(key, arr);
  };
  for (const stack of stacks) {
    for (const s of stack.suppressions) declare(stack, "stack", stack.name, 1, s);
    for (const r of stack.resources)
      for (const s of r.suppressions) declare(stack, "resource", r.address, r.line, s);
  }

  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of raw) {
    const candidates = [
      ...(byResource.get(`${f.stack}\u0000${f.address}`) ?? []),
      ...(byStack.get(f.stack) ?? []),
    ].filter((d) => d.record.ruleId === f.ruleId);
    const active = candidates.find((d) => d.active);
    if (active) {
      active.record.matched++;
      suppressed.push({
        ...f,
        suppression: {
          reason: active.record.reason,
          expires: active.record.expires,
          scope: active.record.scope,
          address: active.record.address,
        },
      });
      continue;
    }
    const expired = candidates.find((d) => d.record.status === "expired");
    if (expired) {
      expired.record.matched++;
      findings.push({ ...f, message: `${f.message} (its suppression expired on ${expired.record.expires})` });
    } else {
      findings.push(f);
    }
  }
  for (const d of declared)
    if (d.record.status === "applied" && d.record.matched === 0) d.record.status = "unused";

  const order = (a: Finding, b: Finding): number =>
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.stack, b.stack) ||
    compareText(a.address, b.address) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message);
  findings.sort(order);
  suppressed.sort(order);

  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) bySeverity[f.severity]++;
  const blocking = findings.filter((f) => severityRank(f.severity) >= severityRank(failOn)).length;
  const suppressions = declared.map((d) => d.record);
  const suppressionErrors = suppressions.filter(
    (s) => s.status === "expired" || s.status === "unknown-rule" || s.status === "invalid",
  ).length;
  return {
    findings,
    suppressed,
    suppressions,
    summary: {
      stacks: stacks.length,
      files: stacks.map((s) => s.file),
      resources: stacks.reduce((n, s) => n + s.resources.length, 0),
      rules: rules.length,
      failOn,
      findings: findings.length,
      bySeverity,
      blocking,
      suppressed: suppressed.length,
      suppressionErrors,
      passed: blocking === 0 && suppressionErrors === 0,
    },
  };
}
