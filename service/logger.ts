import pino, { type DestinationStream, type Logger } from "pino";
import type { ServiceConfig } from "./config.ts";
import { SERVICE_NAME } from "./contract.ts";

export type { Logger } from "pino";

/** Where a stream's chunks go: pino's synchronous SonicBoom, or anything with the same shape. */
export interface LineSink {
  write(chunk: string): unknown;
}

/**
 * Hands every line logged during one turn of the event loop to `sink` as a single write, at the
 * end of that turn (setImmediate), or as soon as `maxChars` are waiting, or on `flush()`.
 *
 * Under load one turn answers several requests, so their access lines cost one write(2) instead
 * of one each; when idle a line is written within the same turn, as before. Nothing waits for a
 * timer, so a line is never later than the turn that logged it: `flush()` (called by the drain
 * before exiting and by the fatal handler) and the process's `exit` event write what is left.
 */
export class TurnBatchedStream implements DestinationStream {
  readonly #sink: LineSink;
  readonly #maxChars: number;
  #lines: string[] = [];
  #chars = 0;
  #scheduled = false;
  readonly #flush = () => this.flush();
  readonly #endOfTurn = () => {
    this.#scheduled = false;
    this.flush();
  };

  constructor(sink: LineSink, maxChars = 64 * 1024) {
    this.#sink = sink;
    this.#maxChars = maxChars;
    process.once("exit", this.#flush);
  }

  write(line: string): boolean {
    this.#lines.push(line);
    this.#chars += line.length;
    if (this.#chars >= this.#maxChars) {
      this.flush();
    } else if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(this.#endOfTurn);
    }
    return true;
  }

  /** Writes what is waiting, synchronously; `done` (pino's flush callback) is called after. */
  flush(done?: (err?: Error) => void): void {
    const lines = this.#lines;
    if (lines.length > 0) {
      this.#lines = [];
      this.#chars = 0;
      this.#sink.write(lines.length === 1 ? (lines[0] as string) : lines.join(""));
    }
    done?.();
  }
}

/**
 * The service's log destination: pino's SonicBoom writing synchronously to `dest` (stdout by
 * default), behind a TurnBatchedStream. Synchronous, so what has been handed to it is on the
 * file descriptor before the process goes on (or exits); batched by turn, so a busy server
 * makes one write(2) for several access lines. pino's own asynchronous destination
 * (`pino.destination({ sync: false })`) also coalesces lines while a write is in flight, but
 * hands every write to libuv's thread pool; the service bench runs both side by side on a pipe
 * (see service/README.md for what it measured).
 */
export function logDestination(dest: number | string = 1): TurnBatchedStream {
  return new TurnBatchedStream(pino.destination({ dest, sync: true }));
}

/**
 * JSON lines for CloudWatch: `time` in epoch milliseconds (cheaper than formatting an ISO
 * string on every request), the level as a word, the service's identity on every
 * line, errors with their stack under `err`. Nothing else writes to stdout.
 *
 * What each line costs: pino serialises `base` once into every line's prefix, and calls the
 * level formatter once per level when the logger is built, not per line.
 */
export function createLogger(
  config: Pick<ServiceConfig, "logLevel" | "color" | "version">,
  destination: DestinationStream = logDestination(),
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: SERVICE_NAME, color: config.color, version: config.version },
      timestamp: pino.stdTimeFunctions.epochTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
