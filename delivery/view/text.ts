/**
 * Small text pieces of the operator's view: weight bars, durations, clock times, and fitting a
 * line into a terminal's columns (measured as a terminal shows them: wide characters count two).
 */
import cliTruncate from "cli-truncate";
import stringWidth from "string-width";
import type { Weights } from "../rollout/weights.ts";

export const BAR_CELLS = 10;

/**
 * `████████░░` for 80 %: one cell per 10 % (rounded), at least one cell for any weight above 0
 * and at least one empty cell for any weight below 100, so 1 % and 99 % never look like 0 and 100.
 */
export function bar(percent: number, cells = BAR_CELLS): string {
  const p = Math.max(0, Math.min(100, percent));
  let full = Math.round((p * cells) / 100);
  if (p > 0 && full === 0) full = 1;
  if (p < 100 && full === cells) full = cells - 1;
  return "█".repeat(full) + "░".repeat(cells - full);
}

/** `blue ████████░░  80%  green ██░░░░░░░░  20%` */
export function weightBars(w: Weights): string {
  const one = (color: "blue" | "green") =>
    `${color.padEnd(5)} ${bar(w[color])} ${String(w[color]).padStart(3)}%`;
  return `${one("blue")}   ${one("green")}`;
}

/** `45s`, `4m 05s`, `2h 03m`, `3d 04h` */
export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s}s`;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (s < 3600) return `${Math.floor(s / 60)}m ${pad(s % 60)}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h ${pad(Math.floor((s % 3600) / 60))}m`;
  return `${Math.floor(s / 86_400)}d ${pad(Math.floor((s % 86_400) / 3600))}h`;
}

/** `10:04:12` (UTC) of an ISO time, with the date in front when it is not `today`'s. */
export function clock(iso: string, today?: Date): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return iso || "?";
  const text = d.toISOString();
  const time = text.slice(11, 19);
  return today && today.toISOString().slice(0, 10) === text.slice(0, 10)
    ? time
    : `${text.slice(0, 10)} ${time}`;
}

/** Columns the text takes in a terminal. */
export function columns(text: string): number {
  return stringWidth(text);
}

/**
 * The line cut to at most `width` columns, ending in `…` when cut. (cli-truncate can land one
 * column over when a wide character straddles the edge; the loop takes it back.)
 */
export function fitWidth(line: string, width: number): string {
  if (columns(line) <= width) return line;
  for (let target = width; target > 0; target--) {
    const cut = cliTruncate(line, target, { position: "end" });
    if (columns(cut) <= width) return cut;
  }
  return "";
}
