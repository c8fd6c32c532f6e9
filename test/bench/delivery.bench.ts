/**
 * Delivery benchmark, against moto over loopback, measured side by side in one run:
 *  - rollback: AWS calls before traffic is back (target: ≤ 2 reads + 2 writes, the rollout
 *    lease included) and wall time, after a rollout (the record knows the target groups) and on
 *    a listener never seen (one more read: the target groups' color tags);
 *  - a 3-step canary shift with bake 0: reads, writes, wall time;
 *  - `traffic promote` of a rollout paused at 10%: time from the command's start to its next
 *    weight written (ModifyListener answered), beside the rollback's time to traffic back and
 *    a fresh shift's time to its first weight, measured the same way in the same run;
 *  - start of the committed rollback bundle, against the same action from sources and against
 *    a bundle of only what the rollback needed before the lease (ELBv2 client and
 *    @actions/core): what the lease's DynamoDB client costs at start.
 * Prints figures and ratios; asserts nothing about time.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { AwsCall } from "../../delivery/aws/common.ts";
import { run } from "../../delivery/cli.ts";
import { buildEstate } from "../../delivery/rehearsal/estate.ts";
import { bundle } from "../../scripts/bundle.mjs";
import { startMoto } from "../helpers/moto.ts";

const root = join(import.meta.dirname, "..", "..");
const quiet = { write: () => true };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed(argv: string[], env: NodeJS.ProcessEnv) {
  const calls: (AwsCall & { at: number })[] = [];
  const t0 = performance.now();
  const code = await run(argv, {
    env,
    stdout: quiet,
    stderr: quiet,
    onCall: (c) => calls.push({ ...c, at: performance.now() }),
  });
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`${argv.slice(0, 2).join(" ")} exited ${code}`);
  const firstWrite = calls.findIndex((c) => c.operation === "ModifyListener");
  const before = firstWrite < 0 ? calls : calls.slice(0, firstWrite + 1);
  // The first weight written: the next call starts once ModifyListener has answered.
  const written = firstWrite < 0 ? undefined : calls[firstWrite + 1];
  return {
    ms,
    toWeightMs: (written?.at ?? t0 + ms) - t0,
    reads: calls.filter((c) => !c.mutating).length,
    writes: calls.filter((c) => c.mutating).length,
    readsBeforeTraffic: before.filter((c) => !c.mutating).length,
    writesBeforeTraffic: before.filter((c) => c.mutating).length,
    before: before.map((c) => c.operation),
  };
}

function startOnce(args: string[], expectExit: number): number {
  const t0 = performance.now();
  // No inputs: the action loads, validates, reports the missing listener and exits 2.
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_NO_WARNINGS: "1" },
  });
  const ms = performance.now() - t0;
  if (r.status !== expectExit) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stdout}`);
  return ms;
}

/**
 * Median start of each command, measured in alternation (one run of each per round, after a
 * warm-up round) so a busy machine weighs on all of them alike.
 */
function startMs(commands: { args: string[]; exit?: number }[], rounds: number): number[] {
  const samples: number[][] = commands.map(() => []);
  for (let round = -1; round < rounds; round++) {
    commands.forEach((c, i) => {
      const ms = startOnce(c.args, c.exit ?? 2);
      if (round >= 0) samples[i]!.push(ms);
    });
  }
  return samples.map(median);
}

/** The floor (rollback-floor.ts), bundled as scripts/bundle.mjs bundles the actions. */
async function floorBundle(dir: string): Promise<string> {
  const outfile = join(dir, "floor", "index.js");
  const files = await bundle({ entry: "test/bench/rollback-floor.ts", outfile });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return outfile;
}

export async function bench(): Promise<void> {
  const moto = await startMoto();
  const dir = mkdtempSync(join(tmpdir(), "delivery-bench-"));
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

    // First rollback on a listener never seen: it reads the target groups' color tags.
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
    // A rollout held at 10% by its plan, then promoted (and rolled back for the next round).
    const planFile = join(dir, "hold.yaml");
    writeFileSync(planFile, "steps:\n  - setWeight: 10\n  - pause: {}\n  - setWeight: 100\n");
    const promotes: Awaited<ReturnType<typeof timed>>[] = [];
    const firstSteps: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 0; i < 5; i++) {
      firstSteps.push(await timed(["traffic", "shift", ...L, "--to", "green", "--plan", planFile], env));
      promotes.push(await timed(["traffic", "promote", ...L], env));
      await timed(["traffic", "rollback", ...L, "--reason", "bench"], env);
    }
    const promoteMs = median(promotes.map((r) => r.toWeightMs));
    const rollbackMs = median(rollbacks.map((r) => r.toWeightMs));
    const firstMs = median(firstSteps.map((r) => r.toWeightMs));
    const pr = promotes[promotes.length - 1]!;

    const rb = rollbacks[rollbacks.length - 1]!;
    const sh = shifts[shifts.length - 1]!;

    const floor = await floorBundle(dir);
    const [baseline, floorMs, bundled] = startMs(
      [
        { args: ["-e", "0"], exit: 0 },
        { args: [floor] },
        { args: [join(root, "delivery/actions/rollback/dist/index.js")] },
      ],
      9,
    ) as [number, number, number];
    const [sources] = startMs(
      [{ args: ["--import", "tsx", join(root, "delivery/actions/rollback/main.ts")] }],
      3,
    ) as [number];

    const rows: [string, string][] = [
      [
        "rollback (record) before traffic back",
        `${rb.readsBeforeTraffic} reads + ${rb.writesBeforeTraffic} writes (target ≤ 2 + 2): ${rb.before.join(" → ")}`,
      ],
      [
        "rollback (record) all calls",
        `${rb.reads} reads / ${rb.writes} writes (record, history, test routes after)`,
      ],
      ["rollback (record) wall, median of 5", `${median(rollbacks.map((r) => r.ms)).toFixed(0)} ms`],
      [
        "rollback (never seen) before traffic back",
        `${noRecord.readsBeforeTraffic} reads + ${noRecord.writesBeforeTraffic} writes: ${noRecord.before.join(" → ")}`,
      ],
      ["rollback (never seen) wall", `${noRecord.ms.toFixed(0)} ms`],
      ["3-step shift, bake 0: reads / writes", `${sh.reads} / ${sh.writes}`],
      [
        "promote → next weight written, median of 5",
        `${promoteMs.toFixed(0)} ms: ${pr.readsBeforeTraffic} reads + ${pr.writesBeforeTraffic} writes (${pr.before.join(" → ")})`,
      ],
      ["rollback → traffic back, median of 5 (same measure)", `${rollbackMs.toFixed(0)} ms`],
      ["shift → first weight written, median of 5 (same measure)", `${firstMs.toFixed(0)} ms`],
      [
        "promote vs rollback; promote vs a fresh shift",
        `${(promoteMs / rollbackMs).toFixed(1)}×; ${(promoteMs / firstMs).toFixed(1)}×`,
      ],
      ["3-step shift, bake 0: wall, median of 5", `${median(shifts.map((r) => r.ms)).toFixed(0)} ms`],
      ["start, median of 9 alternating rounds: node -e 0", `${baseline.toFixed(0)} ms`],
      ["ELBv2 + @actions/core bundle start (pre-lease floor)", `${floorMs.toFixed(0)} ms`],
      ["rollback action start, committed bundle", `${bundled.toFixed(0)} ms (target ≤ 300 ms)`],
      ["rollback action start, sources via tsx", `${sources.toFixed(0)} ms`],
      [
        "bundle vs sources; bundle vs floor",
        `${(sources / bundled).toFixed(1)}× faster; ${bundled >= floorMs ? "+" : "−"}${Math.abs(bundled - floorMs).toFixed(0)} ms with the lease's DynamoDB client`,
      ],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    process.stdout.write("\ndelivery (moto over loopback)\n");
    for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await moto.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
