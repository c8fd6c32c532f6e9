/**
 * Synthesizing every environment (`node scripts/synth.mjs`, what `npm run synth`
 * and `cdktf synth` run) against Node's bare start, side by side. Target: under 2 s.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { table, timeProcess } from "./measure.ts";

const root = join(import.meta.dirname, "..", "..");

export async function bench(): Promise<void> {
  const outdir = mkdtempSync(join(tmpdir(), "sc-bench-synth-"));
  try {
    const env = { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" };
    const bare = timeProcess("node -e 0", process.execPath, ["-e", "0"]);
    const synth = timeProcess("synth all environments", process.execPath, ["scripts/synth.mjs"], {
      env,
      cwd: root,
    });
    console.log(
      table("synth: all environments vs bare node (median of 5)", [
        {
          what: bare.label,
          "median ms": bare.medianMs.toFixed(0),
          "min ms": bare.minMs.toFixed(0),
          ratio: "1.0",
        },
        {
          what: synth.label,
          "median ms": synth.medianMs.toFixed(0),
          "min ms": synth.minMs.toFixed(0),
          ratio: (synth.medianMs / bare.medianMs).toFixed(1),
        },
      ]),
    );
    console.log(
      `target: synth < 2000 ms → ${synth.medianMs < 2000 ? "met" : "MISSED"} (${synth.medianMs.toFixed(0)} ms)`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
