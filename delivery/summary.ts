/**
 * The job summary: outcome, a mermaid chart of the weights over the run (GitHub renders
 * mermaid in step summaries), and the timeline of weights and checks as a table. The rollout's
 * own timeline (its decisions) is view/timeline.ts, appended by the shift and rollback actions.
 */
import type { TimelineEvent } from "./context.ts";
import type { Weights } from "./rollout/weights.ts";
import type { CheckResult } from "./smoke/checks.ts";
import { cell } from "./view/timeline.ts";

export interface SummaryInput {
  title: string;
  exitCode: number;
  message: string;
  /** Key/value facts shown under the title. */
  facts: [string, string][];
  events: TimelineEvent[];
  /** Current weights, for a run that changed none (drawn as a pie). */
  weights?: Weights | null;
}

function mermaidLabel(text: string): string {
  return text.replace(/["\\]/g, "'");
}

function offset(from: string, at: string): string {
  const s = Math.max(0, Math.round((Date.parse(at) - Date.parse(from)) / 1000));
  return s < 120 ? `+${s}s` : `+${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

const CHANGES = new Set(["start", "weights", "rollback"]);

/** A line chart of both colors' weights at the start and at each event that set them. */
export function weightsChart(events: TimelineEvent[]): string | null {
  const points = events.filter((e) => e.weights && CHANGES.has(e.kind));
  if (points.length < 2) return null;
  const t0 = points[0]!.at;
  const label = (e: TimelineEvent) => (e.kind === "weights" ? (e.message.split(":")[0] ?? e.kind) : e.kind);
  const labels = points.map((e) => `"${mermaidLabel(`${offset(t0, e.at)} ${label(e)}`)}"`);
  const series = (color: "blue" | "green") => points.map((e) => e.weights![color]).join(", ");
  return [
    "```mermaid",
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f6feb, #2da44e"}}}}%%',
    "xychart-beta",
    '  title "Listener weights (%): blue, green"',
    `  x-axis [${labels.join(", ")}]`,
    '  y-axis "weight %" 0 --> 100',
    `  line [${series("blue")}]`,
    `  line [${series("green")}]`,
    "```",
  ].join("\n");
}

function pie(weights: Weights): string {
  return [
    "```mermaid",
    "pie title Listener weights",
    `  "blue" : ${weights.blue}`,
    `  "green" : ${weights.green}`,
    "```",
  ].join("\n");
}

export function summaryMarkdown(input: SummaryInput): string {
  const icon = input.exitCode === 0 ? "✅" : "❌";
  const out: string[] = [`## ${icon} ${input.title}`, "", cell(input.message), ""];
  if (input.facts.length > 0) {
    out.push("| | |", "|---|---|");
    for (const [k, v] of input.facts) out.push(`| ${cell(k)} | ${cell(v)} |`);
    out.push("");
  }
  const chart = weightsChart(input.events);
  if (chart) out.push(chart, "");
  else if (input.weights && input.weights.blue + input.weights.green > 0) out.push(pie(input.weights), "");
  if (input.events.length > 0) {
    const t0 = input.events[0]!.at;
    out.push("| time | event | blue | green | |", "|---|---|---|---|---|");
    for (const e of input.events) {
      const mark = e.ok === true ? "✅" : e.ok === false ? "❌" : "";
      out.push(
        `| ${offset(t0, e.at)} | ${cell(`${e.kind}: ${e.message}`)} | ${e.weights?.blue ?? ""} | ${e.weights?.green ?? ""} | ${mark} |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}

/** The smoke checks' results as a table ("" when none ran). */
export function smokeMarkdown(results: CheckResult[]): string {
  if (results.length === 0) return "";
  const out = [
    "### Smoke checks",
    "",
    "| check | result | passes | attempts | detail |",
    "|---|---|---|---|---|",
  ];
  for (const r of results) {
    out.push(
      `| ${cell(r.name)} | ${r.ok ? "✅ passed" : "❌ failed"} | ${r.passes} | ${r.attempts} | ${cell(r.detail)} |`,
    );
  }
  return `${out.join("\n")}\n\n`;
}
