/** The human report: what an SRE reads in a terminal or a CI log. */
import { SEVERITIES, severityRank } from "../../common/conventions.ts";
import type { Finding, Report } from "../engine/types.ts";

function where(f: Finding): string {
  return f.line ? `${f.address} (${f.file}:${f.line})` : `${f.address} (${f.file})`;
}

export function renderText(report: Report): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(
    `Compliance gate: ${s.stacks} stack(s), ${s.resources} resource(s), ${s.rules} rule(s), failing at ${s.failOn} or above`,
  );
  const byStack = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const arr = byStack.get(f.stack) ?? [];
    arr.push(f);
    byStack.set(f.stack, arr);
  }
  for (const [stack, findings] of byStack) {
    lines.push("", `${stack}: ${findings.length} finding(s)`);
    for (const f of findings) {
      const mark = severityRank(f.severity) >= severityRank(s.failOn) ? "FAIL" : "warn";
      lines.push(`  ${mark} ${f.severity.toUpperCase().padEnd(8)} ${f.ruleId.padEnd(11)} ${where(f)}`);
      lines.push(`       ${f.message}`);
      if (f.controls.length > 0) lines.push(`       controls: ${f.controls.join(", ")}`);
      if (f.constructPath) lines.push(`       construct: ${f.constructPath}`);
    }
  }
  if (report.suppressed.length > 0) {
    lines.push("", `Suppressed findings (${report.suppressed.length}):`);
    for (const f of report.suppressed) {
      const until = f.suppression.expires ? ` (until ${f.suppression.expires})` : "";
      lines.push(`  ${f.ruleId.padEnd(11)} ${f.stack} ${f.address}: ${f.message}`);
      lines.push(`       reason${until}: ${f.suppression.reason}`);
    }
  }
  const problems = report.suppressions.filter((x) => x.status !== "applied" && x.status !== "unused");
  if (problems.length > 0) {
    lines.push("", `Suppressions that fail the gate (${problems.length}):`);
    for (const p of problems) {
      lines.push(
        `  ${p.status.padEnd(12)} ${p.ruleId || "(no id)"} on ${p.stack} ${p.address}${p.line ? ` (${p.file}:${p.line})` : ""}: ${p.problem}`,
      );
    }
  }
  const unused = report.suppressions.filter((x) => x.status === "unused");
  if (unused.length > 0) {
    lines.push("", `Unused suppressions (${unused.length}; nothing to suppress, consider removing):`);
    for (const u of unused) lines.push(`  ${u.ruleId} on ${u.stack} ${u.address}: ${u.reason}`);
  }
  const counts = SEVERITIES.slice()
    .reverse()
    .map((sev) => `${sev} ${s.bySeverity[sev]}`)
    .join(", ");
  lines.push(
    "",
    `Result: ${s.passed ? "PASS" : "FAIL"}: ${s.blocking} finding(s) at or above ${s.failOn} (${counts}); ${s.suppressed} suppressed; ${s.suppressionErrors} suppression problem(s)`,
  );
  return `${lines.join("\n")}\n`;
}
