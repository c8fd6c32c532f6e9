/**
 * The static gate and checkov over the same synthesized stacks, side by side in one run,
 * with Node's bare start for reference. Wall times of real process starts (spawn), medians
 * of several runs. The gate runs bundled, as the compliance-gate action ships it (built by
 * scripts/bundle.mjs, here the `securecloud` binary built the same way into a temporary
 * directory); `securecloud` from sources through tsx is for reference.
 *
 * Targets: gate <= 1/20 of checkov's wall time, and <= 300 ms beyond bare node.
 *
 *   npx tsx test/bench/gate.bench.ts [PATH ...]     (default: cdktf.out, else the fixture estate)
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { runCheckov } from "../../policies/checkov.ts";
import { resolveInputs } from "../../policies/engine/load.ts";
import { buildCliBundle } from "../helpers/cli-bundle.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function timeSpawn(cmd: string, args: string[], runs: number, okCodes = [0, 1]): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_NO_WARNINGS: "1" },
    });
    times.push(performance.now() - t0);
    if (!okCodes.includes(r.status ?? -1))
      throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  return times;
}

export async function bench(paths?: string[]): Promise<void> {
  const inputs =
    paths && paths.length > 0
      ? paths
      : [
          existsSync(join(ROOT, "cdktf.out"))
            ? join(ROOT, "cdktf.out")
            : join(ROOT, "test/fixtures/policies/estate"),
        ];
  const files = resolveInputs(inputs, ROOT);
  // The gate bundled by esbuild as the actions are (node scripts/bundle.mjs).
  const built = await buildCliBundle();
  const entry = built.path;
  const entryKb = Math.round(statSync(entry).size / 1024);
  try {
    // warm the file cache once, then measure
    timeSpawn(process.execPath, ["-e", "0"], 1);
    timeSpawn(process.execPath, [entry, "gate", ...files], 1);
    const node = median(timeSpawn(process.execPath, ["-e", "0"], 7));
    const gate = median(timeSpawn(process.execPath, [entry, "gate", ...files], 7));
    const gateTsx = median(
      timeSpawn(process.execPath, ["--import", "tsx", join(ROOT, "cli/securecloud.ts"), "gate", ...files], 3),
    );
    const checkovRuns: number[] = [];
    let failed = 0;
    let unexplained = 0;
    for (let i = 0; i < 2; i++) {
      const run = await runCheckov(files);
      checkovRuns.push(run.wallMs);
      failed = run.failed.length;
      unexplained = run.unexplained.length;
    }
    const checkov = median(checkovRuns);

    const ms = (x: number) => `${Math.round(x)} ms`;
    const rows: [string, string, string][] = [
      ["node -e 0 (bare start)", ms(node), ""],
      [
        `securecloud gate, bundled (${entryKb} KiB)`,
        ms(gate),
        `+${ms(gate - node)} over bare node (target <= 300 ms)`,
      ],
      ["gate via tsx (source, reference)", ms(gateTsx), `+${ms(gateTsx - node)} over bare node`],
      [
        "checkov -f ... --framework terraform_json",
        ms(checkov),
        `${failed} failed checks, ${unexplained} unexplained by the skip list`,
      ],
      [
        "gate / checkov",
        `1/${(checkov / gate).toFixed(1)}`,
        `target <= 1/20: ${checkov / gate >= 20 ? "met" : "missed"}`,
      ],
    ];
    const w = Math.max(...rows.map((r) => r[0].length));
    console.log(
      `compliance gate bench: ${files.length} stack file(s), medians of 7 (node, gate), 3 (tsx), 2 (checkov)`,
    );
    for (const [label, value, note] of rows)
      console.log(`  ${label.padEnd(w)}  ${value.padStart(9)}  ${note}`);
  } finally {
    built.cleanup();
  }
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) await bench(process.argv.slice(2));
