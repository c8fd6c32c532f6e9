/** Text, JSON and GitHub renderings of the live gate's result. */
import type { CoreLike } from "../report/github.ts";
import type { LiveReport, LiveRule } from "./gate.ts";

function ruleLines(r: LiveRule): string[] {
  const mark = r.blocking
    ? "FAIL"
    : r.compliance === "COMPLIANT" || r.compliance === "NOT_APPLICABLE"
      ? "ok  "
      : "warn";
  const out = [`  ${mark} ${r.severity.toUpperCase().padEnd(8)} ${r.compliance.padEnd(17)} ${r.name}`];
  if (r.severityProblem) out.push(`       ${r.severityProblem}`);
  if (r.note) out.push(`       ${r.note}`);
  for (const res of r.resources) {
    out.push(`       - ${res.type} ${res.id}${res.annotation ? `: ${res.annotation}` : ""}`);
  }
  return out;
}

export function renderLiveText(report: LiveReport): string {
  const s = report.summary;
  const lines = [
    `Live compliance gate (AWS Config${report.region ? `, ${report.region}` : ""}${report.evaluated ? ", fresh evaluation" : ""}): ${s.rules} rule(s), failing on NON_COMPLIANT at ${report.failOn} or above; INSUFFICIENT_DATA ${report.insufficientData === "block" ? "blocks" : "is reported"}`,
    "",
  ];
  for (const r of report.rules) lines.push(...ruleLines(r));
  if (report.ignored.length > 0) {
    lines.push("", `Ignored rules (${report.ignored.length}):`);
    for (const i of report.ignored) lines.push(`  ${i.name}: ${i.why}`);
  }
  lines.push(
    "",
    `Result: ${s.passed ? "PASS" : "FAIL"}: ${s.blocking} blocking rule(s); ${s.compliant} compliant, ${s.nonCompliant} non-compliant, ${s.insufficientData} without data`,
  );
  return `${lines.join("\n")}\n`;
}

export function renderLiveJson(report: LiveReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export async function emitLiveGithub(
  report: LiveReport,
  core: CoreLike,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  for (const r of report.rules) {
    if (r.compliance === "COMPLIANT" || r.compliance === "NOT_APPLICABLE") continue;
    const resources = r.resources.map((x) => `${x.type} ${x.id}`).join(", ");
    const text = `${r.name} is ${r.compliance}${resources ? `: ${resources}` : ""}${r.note ? ` (${r.note})` : ""}`;
    const props = { title: `AWS Config ${r.name} (${r.severity})` };
    if (r.blocking) core.error(text, props);
    else core.warning(text, props);
  }
  if (!env.GITHUB_STEP_SUMMARY) return;
  const s = report.summary;
  await core.summary
    .addHeading(`Live compliance gate: ${s.passed ? "passed" : "failed"}`, 2)
    .addRaw(
      `${s.rules} AWS Config rule(s); ${s.blocking} blocking at <b>${report.failOn}</b> or above.`,
      true,
    )
    .addTable([
      ["Rule", "Severity", "Compliance", "Blocks", "Resources"].map((data) => ({ data, header: true })),
      ...report.rules.map((r) => [
        r.name,
        r.severity,
        r.compliance,
        r.blocking ? "yes" : "no",
        r.resources.map((x) => `${x.type} ${x.id}`).join("<br>"),
      ]),
    ])
    .write();
}
