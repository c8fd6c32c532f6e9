/**
 * The estate against its own gate: the real synthesized stacks pass with zero unsuppressed
 * findings at any severity, every suppression states a real reason, and Shield is declared
 * where the environment turns it on.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { synthEstate } from "../helpers/estate.ts";

const root = join(import.meta.dirname, "..", "..");
const estate = synthEstate();
test.after.always(() => estate.cleanup());

function gate(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", join(root, "cli/securecloud.ts"), "gate", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
}

test("the estate passes its own gate with zero unsuppressed findings, even at low", (t) => {
  const r = gate(estate.outdir, "--format", "json", "--fail-on", "low");
  t.is(r.status, 0, r.stdout + r.stderr);
  const report = JSON.parse(r.stdout) as {
    findings: Array<{ ruleId: string; address: string }>;
    suppressed: Array<{ ruleId: string; stack: string; address: string; suppression: { reason: string } }>;
  };
  t.deepEqual(report.findings, []);
  t.true(report.suppressed.length > 0, "the suppressions are listed in the report");
  for (const s of report.suppressed) {
    t.true(s.suppression.reason.length >= 20, `${s.stack} ${s.address}`);
    t.notRegex(s.suppression.reason, /todo|tbd|fixme|temporary/i);
  }
  // Only the known, explained exceptions: SSE-S3-only log buckets, staging's ALB, and the
  // apply job's PowerUserAccess (it applies the saved plan of the whole estate).
  t.deepEqual([...new Set(report.suppressed.map((s) => `${s.ruleId} ${s.stack}`))].sort(), [
    "SC-ELB-005 staging",
    "SC-IAM-005 prod",
    "SC-IAM-005 staging",
    "SC-S3-005 prod",
    "SC-S3-005 staging",
  ]);
});

test("prod declares Shield Advanced to the gate and staging does not", (t) => {
  const features = (stack: string) =>
    (
      JSON.parse(readFileSync(estate.files[stack]!, "utf8"))["//"] as {
        securecloud?: { features?: Record<string, unknown> };
      }
    ).securecloud?.features;
  t.like(features("prod"), { shieldAdvanced: true });
  t.like(features("staging"), { shieldAdvanced: false });
});
