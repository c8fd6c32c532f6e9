/**
 * Runs AWS CloudFormation Guard, the evaluator AWS Config runs custom policy rules with, on a
 * policy and one configuration item: the real `cfn-guard` binary (scripts/guardtool.mjs pins
 * and installs it), no re-implementation.
 *
 *   const r = evaluateGuard(policy, configurationItem);   // { status: "PASS" | "FAIL" | "SKIP", failed: [rule names] }
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureGuard } from "../../scripts/guardtool.mjs";

export interface GuardResult {
  status: "PASS" | "FAIL" | "SKIP";
  /** Rules that did not comply. */
  failed: string[];
  /** Rules that did not apply to the item. */
  notApplicable: string[];
}

let bin: string | undefined;

export function evaluateGuard(policy: string, item: unknown): GuardResult {
  bin ??= ensureGuard();
  const dir = mkdtempSync(join(tmpdir(), "guard-"));
  try {
    writeFileSync(join(dir, "policy.guard"), policy);
    writeFileSync(join(dir, "item.json"), JSON.stringify(item));
    const r = spawnSync(
      bin,
      [
        "validate",
        "--rules",
        join(dir, "policy.guard"),
        "--data",
        join(dir, "item.json"),
        "--output-format",
        "json",
        "--show-summary",
        "none",
      ],
      { encoding: "utf8" },
    );
    // 0: compliant or not applicable; 19: not compliant; anything else is a broken policy.
    if (r.status !== 0 && r.status !== 19)
      throw new Error(`cfn-guard exited ${r.status}: ${r.stderr || r.stdout}`);
    const out = JSON.parse(r.stdout) as {
      status: GuardResult["status"];
      not_compliant: { Rule: { name: string } }[];
      not_applicable: string[];
    };
    return {
      status: out.status,
      failed: out.not_compliant.map((c) => c.Rule.name).sort(),
      notApplicable: [...out.not_applicable].sort(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
