/**
 * A virtual clock for delivery commands: `now` stands still while the command works and
 * `sleep(ms)` moves it on by `ms` at once, so a five-minute analysis window or bake passes
 * without waiting, and the same run always waits the same way.
 *
 * `fileClock` keeps the time in a file, so a command killed with SIGKILL and the command run
 * after it (a rerun, a promote) share one continuous time, as two runs on a real clock do.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { Aborted } from "../../delivery/context.ts";

export interface VirtualClock {
  now(): Date;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function clockFrom(start: number, persist: (t: number) => void): VirtualClock {
  let t = start;
  return {
    now: () => new Date(t),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new Aborted(String(signal.reason ?? "aborted"));
      t += Math.max(0, ms);
      persist(t);
      // Let other work (a signal handler, concurrent requests) run, as a timer would.
      await new Promise((resolve) => setImmediate(resolve));
      if (signal?.aborted) throw new Aborted(String(signal.reason ?? "aborted"));
    },
  };
}

/** A clock that starts at `start` (ms since the epoch) and lives in this process. */
export function virtualClock(start: number = Date.now()): VirtualClock {
  return clockFrom(start, () => {});
}

/** Starts a clock file at `start`; `fileClock(path)` in any process then reads and moves it. */
export function startClockFile(path: string, start: number): void {
  writeFileSync(path, String(start));
}

/** The clock kept in `path`: each sleep writes the new time (whole, by rename) before it returns. */
export function fileClock(path: string): VirtualClock {
  const start = Number(readFileSync(path, "utf8"));
  if (!Number.isFinite(start)) throw new Error(`${path}: not a clock file`);
  return clockFrom(start, (t) => {
    writeFileSync(`${path}.tmp`, String(t));
    renameSync(`${path}.tmp`, path);
  });
}
