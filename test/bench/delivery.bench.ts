/**
 * Delivery benchmark, against moto over loopback, measured side by side in one run:
 *  - rollback: AWS calls before traffic is back (target: ≤ 2 reads + 1 write) and wall time,
 *    with a rollout record (fast path) and without one (first rollback on a fresh listener);
 *  - a 3-step canary shift with bake 0: reads, writes, wall time;
 *  - start of the bundled rollback action against running the same action from sources.
 * Prints figures and ratios; asserts nothing about time.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { AwsCall } from "../../delivery/aws/common.ts";
import { run } from "../../delivery/cli.ts";
import { buildEstate } from "../../delivery/rehearsal/estate.ts";
import { startMoto } from "../helpers/moto.ts";

const root = join(import.meta.dirname, "..", "..");
const quiet = { write: () => true };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed(argv: string[], env: NodeJS.ProcessEnv) {
  const calls: AwsCall[] = [];
  const t0 = performance.now();
  const code = await run(argv, { env, stdout: quiet, stderr: quiet, onCall: (c) => calls.push(c) });
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`${argv.slice(0, 2).join(" ")} exited ${code}`);
  const ops = calls.map((c) => c.operation);
  const firstWrite = ops.indexOf("ModifyListener");
  const before = firstWrite < 0 ? calls : calls.slice(0, firstWrite);
  return {
    ms,
    reads: calls.filter((c) => !c.mutating).length,
    writes: calls.filter((c) => c.mutating).length,
    readsBeforeTraffic: before.filter((c) => !c.mutating).length,
    ops,
  };
}

function startMs(args: string[], runs: number): number {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    // No inputs: the action loads, validates, reports the missing listener and exits 2.
    const r = spawnSync(process.execPath, args, {
      cwd: root,
      env: { PATH: process.env.PATH, NODE_NO_WARNINGS: "1" },
    });
    xs.push(performance.now() - t0);
    if (r.status !== 2 && args[0] !== "-e")
      throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stdout}`);
  }
  return median(xs);
}

export async function bench(): Promise<void> {
  const moto = await startMoto();
  try {
    const e = await buildEstate(moto.clientConfig(), { env: "bench", ecs: false });
    const env = {
      PATH: process.env.PATH,
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: "testing",
      AWS_SECRET_ACCESS_KEY: "testing",
      SECURECLOUD_POLL_MS: "50",
    };
    const L = ["--listener", e.listenerArn];

    // First rollback on a listener that has never had a record: the full-discovery path.
    const noRecord = await timed(["traffic", "rollback", ...L, "--to", "green"], env);
    await timed(["traffic", "rollback", ...L, "--to", "blue"], env);

    const shifts: Awaited<ReturnType<typeof timed>>[] = [];
    const rollbacks: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 0; i < 5; i++) {
      shifts.push(
        await timed(["traffic", "shift", ...L, "--to", "green", "--steps", "10,50,100", "--bake", "0"], env),
      );
      rollbacks.push(await timed(["traffic", "rollback", ...L, "--reason", "bench"], env));
    }
    const rb = rollbacks[rollbacks.length - 1]!;
    const sh = shifts[shifts.length - 1]!;

    const baseline = startMs(["-e", "0"], 5);
    const bundled = startMs([join(root, "delivery/actions/rollback/dist/index.js")], 7);
    const sources = startMs(["--import", "tsx", join(root, "delivery/actions/rollback/main.ts")], 5);

    const rows: [string, string][] = [
      [
        "rollback (record) reads before traffic back",
        `${rb.readsBeforeTraffic} (target ≤ 2): ${rb.ops.join(" → ")}`,
      ],
      [
        "rollback (record) writes",
        `${rb.writes} (1 ModifyListener + 1 AddTags record after traffic is back)`,
      ],
      ["rollback (record) wall, median of 5", `${median(rollbacks.map((r) => r.ms)).toFixed(0)} ms`],
      [
        "rollback (no record) reads before traffic back",
        `${noRecord.readsBeforeTraffic}: ${noRecord.ops.join(" → ")}`,
      ],
      ["rollback (no record) wall", `${noRecord.ms.toFixed(0)} ms`],
      ["3-step shift, bake 0: reads / writes", `${sh.reads} / ${sh.writes}`],
      ["3-step shift, bake 0: wall, median of 5", `${median(shifts.map((r) => r.ms)).toFixed(0)} ms`],
      ["node -e 0 (process baseline)", `${baseline.toFixed(0)} ms`],
      ["rollback action start, bundle", `${bundled.toFixed(0)} ms (target ≤ 300 ms)`],
      ["rollback action start, sources via tsx", `${sources.toFixed(0)} ms`],
      ["bundle vs sources", `${(sources / bundled).toFixed(1)}× faster`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    process.stdout.write("\ndelivery (moto over loopback)\n");
    for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
  } finally {
    await moto.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
