/**
 * Runs AWS CloudFormation Guard, the evaluator AWS Config runs custom policy rules with, on a
 * policy and one configuration item. AWS Config's runtime for these rules is `guard-2.x.x`, so
 * the evaluator is Guard 2.1.2 itself, as embedded in cfn-guard-rs (pinned by hash in
 * requirements-test.txt): no re-implementation, and no newer Guard that would accept syntax the
 * runtime refuses.
 *
 *   const r = evaluateGuard(policy, configurationItem);   // { status: "PASS" | "FAIL" | "SKIP", failed: [rule names] }
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface GuardResult {
  status: "PASS" | "FAIL" | "SKIP";
  /** Rules that did not comply. */
  failed: string[];
  /** Rules that did not apply to the item. */
  notApplicable: string[];
}

const root = join(import.meta.dirname, "..", "..");
const PYTHON = join(root, ".venv", "bin", "python");
const EVAL = join(import.meta.dirname, "guard_eval.py");

export function evaluateGuard(policy: string, item: unknown): GuardResult {
  const r = spawnSync(PYTHON, [EVAL], { input: JSON.stringify({ policy, item }), encoding: "utf8" });
  if (r.error) throw new Error(`${PYTHON}: ${r.error.message} (run: node scripts/test-tools.mjs)`);
  if (r.status !== 0) throw new Error(`guard exited ${r.status}: ${r.stderr.trim()}`);
  const out = JSON.parse(r.stdout) as {
    not_compliant: Record<string, unknown>;
    not_applicable: string[];
    compliant: string[];
  };
  const failed = Object.keys(out.not_compliant).sort();
  const notApplicable = [...out.not_applicable].sort();
  // As `cfn-guard validate` reports it: FAIL if any rule failed; SKIP if no rule applied.
  const status = failed.length > 0 ? "FAIL" : out.compliant.length === 0 ? "SKIP" : "PASS";
  return { status, failed, notApplicable };
}
