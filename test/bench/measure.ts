/** Small helpers shared by the benchmarks: wall time of whole processes, medians, a table. */
import { spawnSync } from "node:child_process";

export interface Timing {
  readonly label: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

/** Runs `cmd args` `runs` times (after one warm-up) and returns the median wall time. */
export function timeProcess(
  label: string,
  cmd: string,
  args: string[],
  options: { runs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Timing {
  const runs = options.runs ?? 5;
  const once = () => {
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0)
      throw new Error(`${label}: exited ${r.status}: ${r.stderr?.toString().slice(0, 500)}`);
    return ms;
  };
  once();
  const samples = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return { label, medianMs: median(samples), minMs: samples[0]!, runs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function table(title: string, rows: ReadonlyArray<Record<string, string | number>>): string {
  const columns = Object.keys(rows[0] ?? {});
  const cells = rows.map((r) => columns.map((c) => String(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join("  ");
  return [`\n## ${title}`, line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join(
    "\n",
  );
}
