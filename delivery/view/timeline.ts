/**
 * The rollout as a timeline for the job summary: a mermaid gantt chart (GitHub renders mermaid
 * in step summaries) with one bar per decision, from the decision before it to this one, marked
 * done, failed (crit) or waiting (active), and a table with every decision's numbers in full
 * (analysis verdicts one per line), which is also the whole timeline where mermaid cannot carry
 * it: more than MAX_CHART_DECISIONS decisions, or times it cannot place.
 *
 * Mermaid reads `:` as the end of a task's name and `%%` as a comment, and decodes `#…;` as an
 * entity when it draws, so a label carries none of them: they become `﹕`, `% %` and `＃`. A
 * label is cut at MAX_LABEL characters; the table has the rest.
 */
import type { Decision, Rollout } from "../rollout/record.ts";

export const MAX_CHART_DECISIONS = 50;
export const MAX_LABEL = 90;

/** A markdown table cell: no pipes or line breaks that would end it. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Text mermaid's gantt parser reads as plain text. */
export function ganttText(text: string): string {
  const plain = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters become spaces
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/:/g, "﹕")
    .replace(/#/g, "＃")
    .replace(/%(?=%)/g, "% ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > MAX_LABEL ? `${plain.slice(0, MAX_LABEL - 1)}…` : plain;
}

/** Epoch milliseconds: mermaid's gantt reads `dateFormat X` (seconds) as milliseconds in a task's start. */
const ms = (iso: string) => Date.parse(iso);

function tag(d: Decision): string {
  if (d.outcome === "fail" || d.outcome === "aborted" || d.kind === "rollback") return "crit, ";
  if (d.outcome === "paused" || d.outcome === "inconclusive") return "active, ";
  return "done, ";
}

function section(r: Rollout, d: Decision): string {
  if (d.step < 0) return "operator";
  const step = r.plan[d.step];
  const what = step?.kind === "weight" ? `weight ${step.percent}%` : (step?.kind ?? d.kind);
  return `step ${d.step + 1} ${what}`;
}

/** The gantt chart, or null when it cannot carry the decisions. */
export function timelineChart(r: Rollout): string | null {
  const ds = r.decisions;
  if (ds.length === 0 || ds.length > MAX_CHART_DECISIONS) return null;
  const start = Number.isFinite(Date.parse(r.startedAt)) ? ms(r.startedAt) : null;
  if (ds.some((d) => !Number.isFinite(Date.parse(d.at)))) return null;
  const out = [
    "```mermaid",
    "gantt",
    `  title ${ganttText(`Rollout ${r.from} → ${r.to}, ${r.state}`)}`,
    "  dateFormat x",
    "  axisFormat %H﹕%M﹕%S",
  ];
  let previous = start ?? ms(ds[0]!.at);
  let current = "";
  for (const [i, d] of ds.entries()) {
    const at = ms(d.at);
    const from = Math.min(previous, at);
    const name = section(r, d);
    if (name !== current) {
      out.push(`  section ${ganttText(name)}`);
      current = name;
    }
    const label = ganttText(`${d.kind} ${d.outcome}: ${d.summary}`) || d.kind;
    const span = at > from ? `${from}, ${at}` : `${at}, 0s`;
    out.push(`  ${label} :${at > from ? "" : "milestone, "}${tag(d)}d${i}, ${span}`);
    previous = at;
  }
  out.push("```");
  return out.join("\n");
}

function numbers(d: Decision): string {
  const verdicts = d.verdicts ?? [];
  if (verdicts.length === 0) return cell(d.summary);
  return [cell(d.summary), ...verdicts.map((v) => cell(v.text))].join("<br>");
}

/** Every decision with its numbers, as a table. */
export function timelineTable(r: Rollout): string {
  const t0 = Date.parse(r.startedAt);
  const out = [
    "| time | after | step | decision | outcome | numbers | by |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const d of r.decisions) {
    const after = Number.isFinite(t0) ? `+${Math.max(0, Math.round((Date.parse(d.at) - t0) / 1000))}s` : "";
    const mark = d.outcome === "fail" || d.outcome === "aborted" ? "❌ " : d.outcome === "pass" ? "✅ " : "";
    out.push(
      `| ${cell(d.at)} | ${after} | ${d.step < 0 ? "" : d.step + 1} | ${cell(d.kind)} | ${mark}${cell(d.outcome)} | ${numbers(d)} | ${cell(d.actor ?? "")} |`,
    );
  }
  return out.join("\n");
}

/** The job summary's timeline section ("" when the rollout decided nothing yet). */
export function timelineMarkdown(r: Rollout): string {
  if (r.decisions.length === 0) return "";
  const chart = timelineChart(r);
  const why =
    r.decisions.length > MAX_CHART_DECISIONS
      ? `_${r.decisions.length} decisions: more than a chart shows (${MAX_CHART_DECISIONS}); the table has them all._`
      : "_Times a chart cannot place; the table has every decision._";
  return [
    `### Rollout timeline: ${cell(`${r.from} → ${r.to}`)}, ${cell(r.state)}`,
    "",
    chart ?? why,
    "",
    timelineTable(r),
    "",
    "",
  ].join("\n");
}
