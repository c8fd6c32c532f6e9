/**
 * The rollout history: one entry per finished run of a command that moves or prepares
 * production traffic — who, what, when, from and to, the outcome and the run's URL — kept in
 * the rollout table next to the lease (store.ts), shown by `securecloud traffic history` and in
 * the job summaries.
 */
import type { Color } from "../../common/conventions.ts";
import { formatWeights, type Weights } from "./weights.ts";

export type Outcome =
  | "complete"
  | "rolled-back"
  | "aborted"
  | "paused"
  | "promoted"
  | "failed"
  | "stopped"
  | "refused"
  | "deployed"
  | "deploy-failed";

export interface HistoryEntry {
  /** When the run ended (ISO); with runId, the entry's key. */
  at: string;
  startedAt: string;
  /** shift, rollback, deploy or undo. */
  command: string;
  outcome: Outcome;
  from: Color | null;
  to: Color | null;
  /** Listener weights when the run ended (null when it never read them). */
  weights: Weights | null;
  actor: string;
  runId: string;
  url: string;
  reason: string;
  /** The task-definition revision concerned (deployed, shifted to, restored). */
  revision: string | null;
  /** The plan, for a shift: `smoke, 10%, bake 300 s, ...`. */
  plan?: string;
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

function line(e: HistoryEntry): string[] {
  const move = e.from && e.to ? `${e.from}→${e.to}` : (e.to ?? "");
  return [
    e.at,
    e.command,
    move,
    e.outcome,
    e.weights ? formatWeights(e.weights) : "",
    e.actor,
    e.runId,
    e.revision ? (e.revision.split("/").pop() ?? e.revision) : "",
    e.reason,
    e.url,
  ];
}

const HEADER = [
  "when",
  "what",
  "from→to",
  "outcome",
  "weights after",
  "who",
  "run",
  "revision",
  "why",
  "run URL",
];

/** A plain-text table, newest first. */
export function historyText(entries: HistoryEntry[]): string {
  if (entries.length === 0) return "no rollout history for this listener";
  const rows = [HEADER, ...entries.map(line)].map((r) => r.slice(0, 9));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const out = rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd(),
  );
  for (const [i, e] of entries.entries()) if (e.url) out[i + 1] += `  ${e.url}`;
  return out.join("\n");
}

/** A markdown table for a job summary, newest first. */
export function historyMarkdown(entries: HistoryEntry[], title = "Rollout history"): string {
  if (entries.length === 0) return "";
  const head = HEADER.slice(0, 9);
  const out = [`### ${title}`, "", `| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const e of entries) {
    const cells = line(e).slice(0, 9).map(cell);
    cells[6] = e.url ? `[${cells[6]}](${e.url})` : cells[6]!;
    out.push(`| ${cells.join(" | ")} |`);
  }
  return `${out.join("\n")}\n`;
}
