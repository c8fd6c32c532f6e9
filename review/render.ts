/**
 * Output formats of the review diff.
 *
 * Markdown (for a pull-request comment or a job summary): a headline with counts, the
 * security-relevant changes first as one table, then one collapsible section per stack
 * listing added, removed and changed blocks with their changed attributes. Every value that
 * came from the synthesized JSON is printed inside a code span, so nothing a pull request
 * puts into its Terraform can render as markup, mention anyone, or close a `<details>`.
 *
 * JSON (`--format json`), version 1:
 *
 *   {
 *     "version": 1,
 *     "base": "<path>", "head": "<path>",
 *     "summary": { "stacks", "added", "removed", "changed", "security" },
 *     "stacks": [{ "stack", "status": "added|removed|changed|unchanged",
 *                  "added", "removed", "changed", "security" }],
 *     "resources": [{
 *       "stack", "address", "type",
 *       "kind": "resource|data|provider|terraform|output|other",
 *       "action": "added|removed|changed",
 *       "security": ["<reason>", ...],          // empty when not security-relevant
 *       "changes": [{ "path", "action": "added|removed|changed|reordered",
 *                     "before"?, "after"?, "security"? }]   // changed resources only
 *     }]
 *   }
 *
 * Arrays are sorted (stacks by name, resources by stack then address, changes by path).
 * A value whose JSON text is longer than 2000 characters is replaced by a string holding its
 * first 2000 characters followed by `… (N chars)`.
 */
import type { Json } from "./load.ts";
import type { DiffReport, ResourceReport } from "./report.ts";

export const JSON_VALUE_LIMIT = 2000;
export const MARKDOWN_VALUE_LIMIT = 120;
/** Attribute rows printed per changed resource before the rest is counted. */
export const MARKDOWN_ROWS_PER_RESOURCE = 40;

function text(value: Json | undefined): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function truncate(s: string, limit: number): string {
  const chars = [...s];
  return chars.length <= limit ? s : `${chars.slice(0, limit).join("")}… (${chars.length} chars)`;
}

function limitJson(value: Json | undefined): Json | undefined {
  if (value === undefined) return undefined;
  const t = JSON.stringify(value);
  return t.length > JSON_VALUE_LIMIT ? truncate(t, JSON_VALUE_LIMIT) : value;
}

export function renderJson(report: DiffReport): string {
  const doc = {
    version: 1,
    base: report.base,
    head: report.head,
    summary: report.summary,
    stacks: report.stacks,
    resources: report.resources.map((r) => ({
      stack: r.stack,
      address: r.address,
      type: r.type,
      kind: r.kind,
      action: r.action,
      security: r.security,
      changes: r.changes.map((c) => {
        const out: Record<string, Json> = { path: c.path, action: c.action };
        const before = limitJson(c.before);
        const after = limitJson(c.after);
        if (before !== undefined) out.before = before;
        if (after !== undefined) out.after = after;
        if (c.security) out.security = c.security;
        return out;
      }),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * A code span that survives GitHub's table parser: backticks fenced by a longer run, pipes
 * escaped (GFM splits cells before parsing code spans), line breaks shown as ⏎.
 */
export function code(raw: string): string {
  if (raw === "") return "∅";
  const s = raw.replace(/\r?\n/g, "⏎").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}

function value(v: Json | undefined): string {
  return v === undefined ? "—" : code(truncate(text(v), MARKDOWN_VALUE_LIMIT));
}

/** Plain prose (reasons we wrote ourselves, but they quote values): keep it inert in a table. */
function prose(s: string): string {
  return s.replace(/[\\`*_[\]<>|@#]/g, (c) => `\\${c}`);
}

/** Text inside an HTML element (the `<summary>` line). */
function html(s: string): string {
  return s.replace(/[&<>"'`@]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const ACTION_ICON: Record<string, string> = { added: "➕", removed: "➖", changed: "✏️" };

function counts(r: { added: number; removed: number; changed: number }): string {
  return `${r.added} added · ${r.removed} removed · ${r.changed} changed`;
}

function resourceSection(r: ResourceReport): string[] {
  const lines: string[] = [];
  const flag = r.security.length > 0 ? " ⚠️" : "";
  if (r.action !== "changed") {
    lines.push(`- ${ACTION_ICON[r.action]} ${code(r.address)}${flag}`);
    return lines;
  }
  lines.push(`${ACTION_ICON.changed} ${code(r.address)}${flag}`, "");
  lines.push("| Attribute | Before | After | Security |", "| --- | --- | --- | --- |");
  for (const c of r.changes.slice(0, MARKDOWN_ROWS_PER_RESOURCE)) {
    const attr = c.action === "reordered" ? `${code(c.path)} (reordered)` : code(c.path);
    lines.push(
      `| ${attr} | ${value(c.before)} | ${value(c.after)} | ${c.security ? prose(c.security) : ""} |`,
    );
  }
  if (r.changes.length > MARKDOWN_ROWS_PER_RESOURCE) {
    lines.push(`| … ${r.changes.length - MARKDOWN_ROWS_PER_RESOURCE} more | | | |`);
  }
  lines.push("");
  return lines;
}

export function renderMarkdown(report: DiffReport): string {
  const s = report.summary;
  const lines: string[] = ["### Review diff", ""];
  lines.push(
    `${code(report.base)} → ${code(report.head)}: ${s.stacks} stack${s.stacks === 1 ? "" : "s"} · ` +
      `**${s.added}** added · **${s.removed}** removed · **${s.changed}** changed · ` +
      `**${s.security}** security-relevant`,
    "",
  );
  if (report.resources.length === 0) {
    lines.push("No changes.", "");
    return `${lines.join("\n")}`;
  }

  const flagged = report.resources.filter((r) => r.security.length > 0);
  if (flagged.length > 0) {
    lines.push(`#### ⚠️ Security-relevant changes (${flagged.length})`, "");
    lines.push("| Stack | Resource | Change | Why |", "| --- | --- | --- | --- |");
    for (const r of flagged) {
      lines.push(
        `| ${code(r.stack)} | ${code(r.address)} | ${r.action} | ${r.security.map(prose).join("<br>")} |`,
      );
    }
    lines.push("");
  } else {
    lines.push("No security-relevant changes.", "");
  }

  for (const stack of report.stacks) {
    if (stack.status === "unchanged") {
      lines.push(`**${prose(stack.stack)}**: no changes`, "");
      continue;
    }
    const own = report.resources.filter((r) => r.stack === stack.stack);
    const note =
      stack.status === "added" ? " (new stack)" : stack.status === "removed" ? " (stack removed)" : "";
    const sec = stack.security > 0 ? ` · ⚠️ ${stack.security} security-relevant` : "";
    lines.push(
      "<details>",
      `<summary><b>${html(stack.stack)}</b>${note}: ${counts(stack)}${sec}</summary>`,
      "",
    );
    for (const action of ["added", "removed", "changed"] as const) {
      const ofAction = own.filter((r) => r.action === action);
      if (ofAction.length === 0) continue;
      lines.push(`**${action[0]!.toUpperCase()}${action.slice(1)}**`, "");
      for (const r of ofAction) lines.push(...resourceSection(r));
      lines.push("");
    }
    lines.push("</details>", "");
  }
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}`;
}
