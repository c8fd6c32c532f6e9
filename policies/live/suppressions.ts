/**
 * The static gate's suppressions, applied to what AWS reports about the running estate.
 *
 * The stacks record suppressions in the synthesized JSON (`suppress(construct, [{ id, reason,
 * expires? }])`), keyed by rule id. Each rule names the Security Hub controls it enforces
 * (FSBP ids such as `ELB.6`, CIS requirements such as `v3.0.0 5.2`), so a suppression of
 * SC-ELB-005 on the staging ALB also covers Security Hub's ELB.6 finding on that ALB: one
 * accepted risk, one reason, one expiry, before apply and after.
 *
 * - A suppression on a resource covers a finding whose resource ARN names that resource
 *   (its `name`/`bucket`/... attribute is a whole segment of the ARN's resource part).
 * - A suppression on the stack covers the control for every resource of the environment.
 * - Expired suppressions do not apply, and, as in the static gate, fail the run; so do
 *   suppressions naming a rule the catalog does not know.
 */
import { isExpired, suppressionShapeProblem } from "../../common/gate-metadata.ts";
import { loadEstate } from "../engine/load.ts";
import type { Rule, TfResource } from "../engine/types.ts";

export interface LiveSuppression {
  ruleId: string;
  reason: string;
  expires: string | undefined;
  stack: string;
  /** Terraform address, or the stack name for a stack-level suppression. */
  address: string;
  scope: "resource" | "stack";
  /** Names the resource goes by in AWS (matched against ARN segments); empty for the stack. */
  names: string[];
  /** FSBP control ids and CIS requirements (`cis v3.0.0 5.2`) of the suppressed rule. */
  controls: string[];
  status: "active" | "expired" | "unknown-rule" | "invalid";
  problem: string | undefined;
  /** How many findings it covered in this run. */
  matched: number;
}

/** Attributes that carry a resource's AWS name, in the order they are tried. */
const NAME_ATTRIBUTES = [
  "name",
  "bucket",
  "alarm_name",
  "function_name",
  "repository_name",
  "cluster_name",
  "identifier",
];

function namesOf(r: TfResource): string[] {
  const out: string[] = [];
  for (const k of NAME_ATTRIBUTES) {
    const v = r.values[k];
    if (typeof v === "string" && v !== "" && !v.includes("${")) out.push(v);
  }
  return out;
}

export function controlKeys(rule: Pick<Rule, "controls">): string[] {
  return [...rule.controls.fsbp, ...rule.controls.cis.map((c) => `cis ${c}`)];
}

/** Reads every suppression in the synthesized stacks under `paths` (files or directories). */
export function loadSuppressions(paths: string[], rules: readonly Rule[], now: number): LiveSuppression[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const out: LiveSuppression[] = [];
  for (const stack of loadEstate(paths)) {
    const add = (
      scope: "resource" | "stack",
      address: string,
      names: string[],
      raw: Record<string, unknown>,
    ) => {
      const problem = suppressionShapeProblem(raw);
      const ruleId = typeof raw.id === "string" ? raw.id.trim() : "";
      const rule = byId.get(ruleId);
      const expires = typeof raw.expires === "string" ? raw.expires : undefined;
      let status: LiveSuppression["status"] = "active";
      let why: string | undefined;
      if (problem) [status, why] = ["invalid", problem];
      else if (!rule) [status, why] = ["unknown-rule", `no rule ${ruleId}`];
      else if (isExpired(expires, now)) [status, why] = ["expired", `expired on ${expires}`];
      out.push({
        ruleId,
        reason: typeof raw.reason === "string" ? raw.reason.trim() : "",
        expires,
        stack: stack.name,
        address,
        scope,
        names,
        controls: rule ? controlKeys(rule) : [],
        status,
        problem: why,
        matched: 0,
      });
    };
    for (const s of stack.suppressions) add("stack", stack.name, [], s as Record<string, unknown>);
    for (const r of stack.resources) {
      for (const s of r.suppressions) add("resource", r.address, namesOf(r), s as Record<string, unknown>);
    }
  }
  return out;
}

/** The segments of an ARN's resource part (`loadbalancer/app/NAME/ID` → [loadbalancer, app, NAME, ID]). */
function arnSegments(arn: string): string[] {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return [arn];
  return parts.slice(5).join(":").split(/[/:]/);
}

/** The suppression covering a finding of `controls` on `resourceIds`, if any; active ones first. */
export function coveringSuppression(
  suppressions: readonly LiveSuppression[],
  controls: readonly string[],
  resourceIds: readonly string[],
): LiveSuppression | undefined {
  const candidates = suppressions.filter(
    (s) =>
      s.controls.some((c) => controls.includes(c)) &&
      (s.scope === "stack" ||
        resourceIds.some((id) => {
          const segments = arnSegments(id);
          return s.names.some((n) => segments.includes(n) || id === n);
        })),
  );
  return candidates.find((s) => s.status === "active") ?? candidates.find((s) => s.status === "expired");
}
