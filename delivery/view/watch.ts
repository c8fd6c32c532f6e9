/**
 * The live loop of `traffic status --watch`: read, draw, wait `interval`, until Ctrl-C (or
 * SIGTERM), which exits 0.
 *
 * - On a TTY each frame replaces the one before in place (erase the lines drawn, draw the new
 *   ones, in one write), cut to the terminal's width (at most 80 columns) and height, with the
 *   cursor hidden while it runs and shown again on the way out, whatever ends it.
 * - Anywhere else (a CI log, a pipe, a file) each interval prints one full frame as plain lines,
 *   no escape codes, frames separated by a blank line; `-o json` prints one JSON document per
 *   line per interval.
 *
 * A failed read keeps the loop going: the last good frame is drawn again with the error on top
 * (a 3 a.m. watcher should not lose the view to one throttled call). Bad input is not a failed
 * read: it ends the loop like the plain command.
 */
import ansiEscapes from "ansi-escapes";
import { errorLine, UsageError } from "../../common/conventions.ts";
import type { StatusReport } from "../commands/status.ts";
import { Aborted } from "../context.ts";
import { frame, MAX_WIDTH } from "./frame.ts";
import { fitWidth } from "./text.ts";

export interface WatchStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface WatchOptions {
  intervalSeconds: number;
  json: boolean;
  now(): Date;
  /** Resolves after `ms`, or rejects (Aborted) when `signal` fires. */
  sleep(ms: number): Promise<void>;
  signal: AbortSignal;
}

/** One read: the report, or why it failed (an AWS error's line). */
export type Read = () => Promise<{ report: StatusReport | null; error?: string }>;

export async function watch(out: WatchStream, read: Read, o: WatchOptions): Promise<number> {
  const tty = out.isTTY === true && !o.json;
  let drawn = 0;
  let last: StatusReport | null = null;
  if (tty) out.write(ansiEscapes.cursorHide);
  try {
    while (!o.signal.aborted) {
      let error: string | undefined;
      try {
        const r = await read();
        if (r.report) last = r.report;
        error = r.error;
      } catch (err) {
        if (err instanceof UsageError) throw err;
        error = errorLine(err).replace(/^error: /, "");
      }
      if (o.signal.aborted) break;
      const now = o.now();
      if (o.json) {
        out.write(
          `${JSON.stringify({ at: now.toISOString(), ...(error ? { error } : {}), status: last })}\n`,
        );
      } else {
        const width = tty ? Math.min(MAX_WIDTH, out.columns || MAX_WIDTH) : MAX_WIDTH;
        let lines = last
          ? frame(last, { now, width, intervalSeconds: o.intervalSeconds, ...(error ? { error } : {}) })
          : [fitWidth(`securecloud traffic status: ${error ?? "no data yet"}`, width)];
        if (tty) {
          // Taller than the terminal, the top would scroll away and never be erased.
          if (out.rows && lines.length >= out.rows) lines = lines.slice(0, Math.max(1, out.rows - 1));
          out.write(`${drawn > 0 ? ansiEscapes.eraseLines(drawn + 1) : ""}${lines.join("\n")}\n`);
          drawn = lines.length;
        } else {
          out.write(`${lines.join("\n")}\n\n`);
        }
      }
      try {
        await o.sleep(o.intervalSeconds * 1000);
      } catch (err) {
        if (err instanceof Aborted) break;
        throw err;
      }
    }
  } finally {
    if (tty) out.write(ansiEscapes.cursorShow);
  }
  return 0;
}
