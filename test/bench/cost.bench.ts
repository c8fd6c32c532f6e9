/**
 * The cost estimate of the whole estate, and the review diff that carries the cost change,
 * as they ship (the committed `securecloud` binary), against Node's bare start. Wall times of
 * real process starts, medians of several runs, side by side in one run.
 *
 * Target: each at most +150 ms beyond `node -e 0`.
 *
 *   npx tsx test/bench/cost.bench.ts      (synthesizes the estate into a temporary directory)
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { synthEstate } from "../helpers/estate.ts";

const ROOT = resolve(import.meta.dirname, "..", "..");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  return median(times);
}

/**
 * A head synth in which both environments changed (one more NAT gateway each): every stack is
 * priced on both sides, the review diff's most expensive case.
 */
function changedCopy(outdir: string): string {
  const head = `${outdir}-head`;
  cpSync(outdir, head, { recursive: true });
  for (const env of ["prod", "staging"]) {
    const file = join(head, "stacks", env, "cdk.tf.json");
    const doc = JSON.parse(readFileSync(file, "utf8"));
    const nats = doc.resource.aws_nat_gateway;
    nats.network_nat_extra = { ...nats[Object.keys(nats)[0]!] };
    writeFileSync(file, JSON.stringify(doc, null, 2));
  }
  return head;
}

export async function bench(): Promise<void> {
  const estate = synthEstate();
  try {
    const bin = join(ROOT, "bin/securecloud.mjs");
    const out = estate.outdir;
    const head = changedCopy(out);
    const runs = 9;
    const cases: Array<[string, string[]]> = [
      ["node -e 0 (bare start)", ["-e", "0"]],
      ["securecloud cost DIR (both environments, text)", [bin, "cost", out]],
      ["securecloud cost DIR --format json", [bin, "cost", out, "--format", "json"]],
      ["securecloud diff, both environments changed, markdown", [bin, "diff", "--base", out, "--head", head]],
      [
        "securecloud diff, both environments changed, json",
        [bin, "diff", "--base", out, "--head", head, "--format", "json"],
      ],
      ["securecloud diff, nothing changed (a code-only PR)", [bin, "diff", "--base", out, "--head", out]],
    ];
    for (const [, args] of cases) time(args, 1); // warm the file cache
    const ms = cases.map(([, args]) => time(args, runs));
    const node = ms[0]!;
    console.log(`cost (medians of ${runs} process starts; target: each <= +150 ms over bare node)`);
    cases.forEach(([name], i) => {
      const extra = i === 0 ? "" : `  +${Math.round(ms[i]! - node)} ms`;
      console.log(`  ${name.padEnd(56)} ${String(Math.round(ms[i]!)).padStart(5)} ms${extra}`);
    });
  } finally {
    estate.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await bench();
