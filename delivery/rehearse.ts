/**
 * `npm run rehearse`: the delivery without an AWS account. Starts moto, builds a small
 * blue/green estate in it, and runs the real commands against it, printing each step:
 *
 *   1. status
 *   2. deploy a new image to the idle color (green)
 *   3. canary shift to green (10, 50, 100 with a bake after each step)
 *   4. deploy the next image to the now idle blue; a plain rollback now refuses (blue's new
 *      revision never served production)
 *   5. canary shift to blue, a rollback alarm forced into ALARM mid-way: automatic rollback
 *   6. canary shift to blue again, and the on-call's manual rollback while it is in flight:
 *      traffic back in two reads and two writes (it takes the rollout lease), the shift learns
 *      it was preempted and stops without writing again
 *   7. status and the rollout history
 *
 * Exits 0 when every step behaved as expected, 1 otherwise.
 */

import type { AwsCall } from "./aws/common.ts";
import { run } from "./cli.ts";
import { buildEstate, setAlarm } from "./rehearsal/estate.ts";
import { startMotoServer } from "./rehearsal/moto.ts";

const out = process.stdout;
const BAKE = process.env.REHEARSAL_BAKE_SECONDS ?? "1";

function banner(text: string) {
  out.write(`\n━━ ${text} ${"━".repeat(Math.max(0, 86 - text.length))}\n`);
}

interface StepRun {
  code: number;
  calls: AwsCall[];
}

async function step(
  env: NodeJS.ProcessEnv,
  argv: string[],
  onLine?: (line: string) => void | Promise<void>,
): Promise<StepRun> {
  const shown = argv.map((a) => (a.startsWith("arn:") ? `${a.slice(0, 52)}…` : a)).join(" ");
  out.write(`$ securecloud ${shown}\n`);
  const calls: AwsCall[] = [];
  const pending: Promise<void>[] = [];
  const sink = (prefix: string) => ({
    write: (s: string) => {
      for (const line of s.split("\n").filter(Boolean)) {
        out.write(`${prefix}${line}\n`);
        if (onLine) pending.push(Promise.resolve(onLine(line)));
      }
      return true;
    },
  });
  const code = await run(argv, {
    env,
    stdout: sink("  "),
    stderr: sink("  ! "),
    onCall: (c) => calls.push(c),
  });
  await Promise.all(pending);
  out.write(`  → exit ${code}\n`);
  return { code, calls };
}

function expect(what: string, ok: boolean, failures: string[]) {
  out.write(`  ${ok ? "✓" : "✗"} ${what}\n`);
  if (!ok) failures.push(what);
}

async function main(): Promise<number> {
  banner("starting moto (AWS emulator) on loopback");
  const moto = await startMotoServer({ env: { MOTO_ECS_SERVICE_RUNNING: "2" } });
  const failures: string[] = [];
  try {
    out.write(`moto at ${moto.endpoint}\n`);
    banner("building the estate: VPC, ALB, blue/green target groups, weighted listener, ECS, alarms");
    const e = await buildEstate(moto.clientConfig(), { env: "rehearsal" });
    out.write(`listener   ${e.listenerArn}\n`);
    out.write(`cluster    ${e.cluster}: services ${e.services.blue}, ${e.services.green}\n`);
    out.write(`alarms     rollback: ${e.rollbackAlarms.join(", ")}; other: ${e.otherAlarms.join(", ")}\n`);
    out.write(`image      ${e.image} on both colors; blue live with all the weight\n`);

    const env = moto.env({
      SECURECLOUD_POLL_MS: "250",
      SECURECLOUD_RETRY_BASE_MS: "10",
      NODE_NO_WARNINGS: "1",
    });
    const L = ["--listener", e.listenerArn];

    banner("1. status");
    expect("status reads", (await step(env, ["traffic", "status", ...L])).code === 0, failures);

    banner("2. deploy service:2.0.0 to the idle color (green)");
    const d1 = await step(env, [
      "deploy",
      "--cluster",
      e.cluster,
      ...L,
      "--image",
      "registry.example.com/securecloud/service:2.0.0",
      "--timeout",
      "60",
    ]);
    expect("green deployed and healthy, production untouched", d1.code === 0, failures);

    banner(`3. canary shift to green: 10% → 50% → 100%, bake ${BAKE} s per step`);
    const s1 = await step(env, [
      "traffic",
      "shift",
      ...L,
      "--to",
      "green",
      "--steps",
      "10,50,100",
      "--bake",
      BAKE,
    ]);
    expect("all traffic on green, rollout complete", s1.code === 0, failures);

    banner("4. deploy service:3.0.0 to the idle color (now blue)");
    const d2 = await step(env, [
      "deploy",
      "--cluster",
      e.cluster,
      ...L,
      "--image",
      "registry.example.com/securecloud/service:3.0.0",
      "--timeout",
      "60",
    ]);
    expect("blue deployed and healthy", d2.code === 0, failures);
    const refused = await step(env, ["traffic", "rollback", ...L]);
    expect(
      "a rollback to blue refuses: its new revision never served production (exit 1)",
      refused.code === 1,
      failures,
    );

    banner("5. canary shift to blue; a rollback alarm goes off during step 2");
    let forced = false;
    const s2 = await step(env, ["traffic", "shift", ...L, "--to", "blue", "--bake", BAKE], async (line) => {
      if (!forced && line.startsWith("step 2/3: baking")) {
        forced = true;
        out.write("  ⚡ forcing securecloud-rehearsal-alb-5xx-count into ALARM\n");
        await setAlarm(
          moto.clientConfig(),
          "securecloud-rehearsal-alb-5xx-count",
          "ALARM",
          "rehearsal: 5xx spike",
        );
      }
    });
    expect(
      "the alarm rolled traffic back to green automatically (exit 1)",
      forced && s2.code === 1,
      failures,
    );
    await setAlarm(moto.clientConfig(), "securecloud-rehearsal-alb-5xx-count", "OK", "rehearsal: recovered");
    out.write("  (alarm back to OK)\n");

    banner("6. canary shift to blue again; the on-call presses rollback while step 1 bakes");
    let manual: StepRun | undefined;
    let manualRun: Promise<void> | undefined;
    const s3 = await step(
      env,
      ["traffic", "shift", ...L, "--to", "blue", "--bake", String(Number(BAKE) * 3)],
      (line) => {
        if (!manualRun && line.startsWith("step 1/3: baking")) {
          manualRun = (async () => {
            out.write("  ── meanwhile, on-call:\n");
            manual = await step(env, [
              "traffic",
              "rollback",
              ...L,
              "--reason",
              "customer reports errors",
              "--actor",
              "on-call",
            ]);
          })();
        }
      },
    );
    await manualRun;
    const calls = manual?.calls ?? [];
    const first = calls.findIndex((c) => c.operation === "ModifyListener");
    const before = calls.slice(0, first);
    const reads = before.filter((c) => !c.mutating).length;
    const writes = before.filter((c) => c.mutating).length + 1;
    out.write(
      `  calls before traffic was back: ${before.map((c) => c.operation).join(", ")} → ModifyListener\n`,
    );
    expect("manual rollback succeeded", manual?.code === 0, failures);
    expect(`traffic back with ${reads} reads and ${writes} writes`, reads <= 2 && writes <= 2, failures);
    expect("the in-flight shift was preempted and stopped without writing (exit 1)", s3.code === 1, failures);

    banner("7. status and the rollout history");
    expect("status reads", (await step(env, ["traffic", "status", ...L])).code === 0, failures);
    expect("history reads", (await step(env, ["traffic", "history", ...L])).code === 0, failures);
  } finally {
    await moto.stop();
  }
  banner(failures.length === 0 ? "rehearsal passed" : `rehearsal FAILED: ${failures.join("; ")}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
