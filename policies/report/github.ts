/**
 * GitHub Actions output through @actions/core: one annotation per finding at the resource's
 * line (error when it blocks, warning/notice when below --fail-on), one per broken
 * suppression, and a job-summary table. The summary is written only when the runner
 * provides GITHUB_STEP_SUMMARY.
 */
import { SEVERITIES, type Severity, severityRank } from "../../common/conventions.ts";
import type { Finding, Report, Rule } from "../engine/types.ts";

/** The slice of @actions/core this module uses (injectable for tests). */
export interface CoreLike {
  error(message: string, properties?: { title?: string; file?: string; startLine?: number }): void;
  warning(message: string, properties?: { title?: string; file?: string; startLine?: number }): void;
  notice(message: string, properties?: { title?: string; file?: string; startLine?: number }): void;
  summary: {
    addHeading(text: string, level?: number): CoreLike["summary"];
    addRaw(text: string, addEOL?: boolean): CoreLike["summary"];
    addTable(rows: (string | { data: string; header?: boolean })[][]): CoreLike["summary"];
    write(): Promise<unknown>;
  };
}

export async function loadCore(): Promise<CoreLike> {
  return (await import("@actions/core")) as unknown as CoreLike;
}

function escapeCell(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;");
}

export async function emitGithub(
  report: Report,
  rules: readonly Rule[],
  core: CoreLike,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const titles = new Map(rules.map((r) => [r.id, r.title]));
  const failOn = report.summary.failOn;
  const annotate = (f: Finding): void => {
    const props = {
      title: `${f.ruleId} (${f.severity}): ${titles.get(f.ruleId) ?? ""}`,
      file: f.file,
      startLine: f.line ?? 1,
    };
    const text = `${f.stack} ${f.address}: ${f.message}${f.controls.length ? ` [${f.controls.join(", ")}]` : ""}`;
    if (severityRank(f.severity) >= severityRank(failOn)) core.error(text, props);
    else if (f.severity === "low") core.notice(text, props);
    else core.warning(text, props);
  };
  report.findings.forEach(annotate);
  for (const s of report.suppressions) {
    if (s.status === "expired" || s.status === "unknown-rule" || s.status === "invalid") {
      core.error(
        `suppression of ${s.ruleId || "(no id)"} on ${s.stack} ${s.address} is ${s.status}: ${s.problem}`,
        {
          title: "Compliance gate: broken suppression",
          file: s.file,
          startLine: s.line ?? 1,
        },
      );
    }
  }
  if (!env.GITHUB_STEP_SUMMARY) return;

  const sum = report.summary;
  const header = ["Severity", "Rule", "Stack", "Resource", "Finding", "Controls"].map((data) => ({
    data,
    header: true,
  }));
  const rows = report.findings.map((f) => [
    f.severity,
    f.ruleId,
    escapeCell(f.stack),
    `<code>${escapeCell(f.address)}</code>`,
    escapeCell(f.message),
    escapeCell(f.controls.join(", ")),
  ]);
  const counts = (severities: readonly Severity[]) =>
    severities.map((s) => `${s}: ${sum.bySeverity[s]}`).join(", ");
  let s = core.summary
    .addHeading(`Compliance gate: ${sum.passed ? "passed" : "failed"}`, 2)
    .addRaw(
      `${sum.stacks} stack(s), ${sum.resources} resources, ${sum.rules} rules. ${sum.blocking} finding(s) at or above <b>${failOn}</b> (${counts([...SEVERITIES].reverse())}); ${sum.suppressed} suppressed; ${sum.suppressionErrors} broken suppression(s).`,
      true,
    );
  if (rows.length > 0) s = s.addTable([header, ...rows]);
  const listed = report.suppressions;
  if (listed.length > 0) {
    s = s.addHeading("Suppressions", 3).addTable([
      ["Rule", "Stack", "Declared on", "Status", "Matched", "Expires", "Reason"].map((data) => ({
        data,
        header: true,
      })),
      ...listed.map((x) => [
        x.ruleId || "(none)",
        escapeCell(x.stack),
        `<code>${escapeCell(x.address)}</code>`,
        x.status,
        String(x.matched),
        x.expires ?? "",
        escapeCell(x.problem ? `${x.reason} (${x.problem})` : x.reason),
      ]),
    ]);
  }
  await s.write();
}
