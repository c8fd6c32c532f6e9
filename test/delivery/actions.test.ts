/**
 * The committed action bundles, run the way the GitHub runner runs them: `node dist/index.js`
 * with INPUT_* variables (action.yml defaults filled in), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, against moto. The rollback bundle is also run from a directory
 * with no node_modules anywhere above it: the on-call rollback needs no install step.
 * Plus the freshness check: a committed bundle that no longer matches its sources fails.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import anyTest, { type TestFn } from "ava";
import { parse } from "yaml";
import { type BuiltEstate, buildEstate, setAlarm } from "../../delivery/rehearsal/estate.ts";
import { entries } from "../../scripts/bundle.mjs";
import { listenerState } from "../helpers/delivery.ts";
import { type FaultProxy, startFaultProxy } from "../helpers/fault-proxy.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const root = join(import.meta.dirname, "..", "..");
const ACTIONS = ["status", "deploy", "shift", "rollback"] as const;
let moto: Moto;
let proxy: FaultProxy;
let work: string;

test.before(async () => {
  moto = await startMoto({ env: { MOTO_ECS_SERVICE_RUNNING: "2" } });
  proxy = await startFaultProxy(moto.endpoint);
  work = mkdtempSync(join(tmpdir(), "securecloud-actions-"));
});
test.after.always(async () => {
  await proxy?.close();
  await moto?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

let runs = 0;
async function runAction(
  name: (typeof ACTIONS)[number],
  inputs: Record<string, string>,
  options: { script?: string; cwd?: string; endpoint?: string } = {},
): Promise<ActionRun> {
  const dir = join(work, `run-${++runs}`);
  mkdirSync(dir);
  const output = join(dir, "output");
  const summary = join(dir, "summary");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const yml = parse(readFileSync(join(root, "delivery/actions", name, "action.yml"), "utf8"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_NO_WARNINGS: "1",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_ACTOR: "octocat",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "2",
    AWS_ENDPOINT_URL: options.endpoint ?? moto.endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "testing",
    AWS_SECRET_ACCESS_KEY: "testing",
    AWS_EC2_METADATA_DISABLED: "true",
    SECURECLOUD_POLL_MS: "100",
    SECURECLOUD_RETRY_BASE_MS: "2",
  };
  // The runner passes every declared input, defaults included, as INPUT_<NAME>.
  for (const [input, spec] of Object.entries(yml.inputs as Record<string, { default?: string }>)) {
    const value = inputs[input] ?? spec.default;
    if (value !== undefined) env[`INPUT_${input.toUpperCase()}`] = String(value);
  }
  for (const k of Object.keys(inputs)) t_assertDeclared(yml, k);
  const script = options.script ?? join(root, "delivery/actions", name, "dist/index.js");
  const child = spawn(process.execPath, [script], {
    env,
    cwd: options.cwd ?? dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => {
    stdout += c;
  });
  child.stderr.on("data", (c: Buffer) => {
    stderr += c;
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(output, "utf8")),
    summary: readFileSync(summary, "utf8"),
  };
}

function t_assertDeclared(yml: { inputs: Record<string, unknown> }, input: string) {
  if (!(input in yml.inputs)) throw new Error(`test passes undeclared input ${input}`);
}

async function fresh(): Promise<BuiltEstate> {
  await moto.reset();
  proxy.clear();
  return buildEstate(moto.clientConfig(), { env: "prod" });
}

test("every action runs on node24 from its committed bundle and reads exactly the inputs it declares", (t) => {
  for (const name of ACTIONS) {
    const yml = parse(readFileSync(join(root, "delivery/actions", name, "action.yml"), "utf8"));
    t.is(yml.runs.using, "node24", name);
    t.is(yml.runs.main, "dist/index.js", name);
    t.true(readFileSync(join(root, "delivery/actions", name, "dist/index.js"), "utf8").length > 1000);
    t.deepEqual(
      JSON.parse(readFileSync(join(root, "delivery/actions", name, "dist/package.json"), "utf8")).type,
      "module",
    );
    const main = readFileSync(join(root, "delivery/actions", name, "main.ts"), "utf8");
    const read = [...(/inputs: \[([^\]]*)\]/.exec(main)?.[1] ?? "").matchAll(/"([a-z-]+)"/g)].map(
      (m) => m[1],
    );
    t.deepEqual(read.sort(), Object.keys(yml.inputs).sort(), `${name}: inputs read vs declared`);
    t.true(yml.inputs.listener.required, name);
    for (const out of ["live-color", "weights", "rollout-state"])
      t.truthy(yml.outputs[out], `${name} declares ${out}`);
  }
});

test("committed bundles match their sources (node scripts/bundle.mjs --check)", (t) => {
  const r = spawnSync(process.execPath, [join(root, "scripts/bundle.mjs"), "--check"], { encoding: "utf8" });
  t.is(r.status, 0, r.stderr);
  t.regex(r.stdout, new RegExp(`^${entries.length} bundles match their sources`));
});

test("the freshness check names the bundles whose sources changed, and only those", (t) => {
  const copy = mkdtempSync(join(tmpdir(), "securecloud-stale-"));
  t.teardown(() => rmSync(copy, { recursive: true, force: true }));
  const sourceDirs = new Set([
    "common",
    "scripts",
    // The binary's commands beyond the entries' own folders.
    "drill",
    "review",
    ...entries.flatMap((e) => [e.entry, e.outfile].map((p) => p.split("/")[0]!)),
  ]);
  for (const dir of sourceDirs) cpSync(join(root, dir), join(copy, dir), { recursive: true });
  cpSync(join(root, "package.json"), join(copy, "package.json"));
  // esbuild reads tsconfig.json (strict mode → "use strict" in the output), so the copy needs it.
  cpSync(join(root, "tsconfig.json"), join(copy, "tsconfig.json"));
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  const file = join(copy, "delivery/rollback.ts");
  writeFileSync(file, readFileSync(file, "utf8").replace("manual rollback", "manual roll-back"));
  const r = spawnSync(process.execPath, [join(copy, "scripts/bundle.mjs"), "--check"], { encoding: "utf8" });
  t.is(r.status, 1);
  // The rollback action and the binary's delivery chunk include rollback.ts; nothing else does.
  const stale =
    /^error: stale bundles: (.*): run `node scripts\/bundle\.mjs`/.exec(r.stderr)?.[1]?.split(", ") ?? [];
  t.is(stale[0], "delivery/actions/rollback/dist/index.js");
  t.true(stale.length > 1 && stale.slice(1).every((f) => f.startsWith("bin/")), stale.join(" "));
  t.notRegex(r.stderr, /status|deploy|shift|compliance-gate/);
});

test.serial(
  "status, deploy, shift and rollback actions end to end: outputs, job summary, rollout record",
  async (t) => {
    const e = await fresh();

    const status = await runAction("status", { listener: e.listenerArn });
    t.is(status.code, 0, status.stdout + status.stderr);
    t.like(status.outputs, {
      "live-color": "blue",
      "idle-color": "green",
      "blue-weight": "100",
      "green-weight": "0",
    });
    t.deepEqual(JSON.parse(status.outputs.weights!), { blue: 100, green: 0 });
    t.is(JSON.parse(status.outputs.status!).listenerArn, e.listenerArn);
    t.regex(status.summary, /## ✅ securecloud traffic status[\s\S]*```mermaid\npie title Listener weights/);

    const image = "registry.example.com/securecloud/service:3.1.0";
    const deploy = await runAction("deploy", { listener: e.listenerArn, cluster: e.cluster, image });
    t.is(deploy.code, 0, deploy.stdout + deploy.stderr);
    t.like(deploy.outputs, { color: "green", "live-color": "blue", service: "securecloud-prod-green" });
    t.regex(deploy.outputs["task-definition-arn"]!, /task-definition\/securecloud-prod-green:2$/);
    t.regex(deploy.stdout, /green: deployment ecs-svc\/\d+ COMPLETED/);

    const shift = await runAction("shift", {
      listener: e.listenerArn,
      "to-color": "green",
      steps: "25,100",
      bake: "0.2",
    });
    t.is(shift.code, 0, shift.stdout + shift.stderr);
    t.like(shift.outputs, {
      "live-color": "green",
      "green-weight": "100",
      "blue-weight": "0",
      "rollout-state": "complete",
      step: "2",
      steps: "25,100",
      resumed: "false",
    });
    t.regex(
      shift.summary,
      /```mermaid\n[\s\S]*xychart-beta[\s\S]*line \[100, 75, 0\]\n {2}line \[0, 25, 100\]/,
    );
    t.regex(shift.summary, /\| run \| 4242-2 by octocat \|/);
    t.regex(shift.summary, /step 2\/2 baked: 3 alarm\(s\) OK|step 2\/2 baked: 2 alarm\(s\) OK/);
    const record = (await listenerState(moto.clientConfig(), e.listenerArn, e.targetGroups)).record;
    t.like(record, { state: "complete", runId: "4242-2", actor: "octocat" });

    // The rollback bundle alone, copied where no node_modules exists: no install step.
    const bare = join(work, "bare", "rollback", "dist");
    mkdirSync(bare, { recursive: true });
    cpSync(join(root, "delivery/actions/rollback/dist"), bare, { recursive: true });
    const rollback = await runAction(
      "rollback",
      { listener: e.listenerArn, reason: "p99 latency doubled" },
      { script: join(bare, "index.js"), cwd: bare, endpoint: proxy.endpoint },
    );
    t.is(rollback.code, 0, rollback.stdout + rollback.stderr);
    t.like(rollback.outputs, {
      "rolled-back-to": "blue",
      changed: "true",
      "live-color": "blue",
      "rollout-state": "rolled-back",
    });
    const ops = proxy.log.map((r) => r.operation);
    t.deepEqual(ops.slice(0, ops.indexOf("ModifyListener")), ["DescribeTags", "DescribeTargetHealth"]);
    t.regex(rollback.summary, /## ✅ securecloud traffic rollback[\s\S]*\| actor \| octocat \|/);
    const after = await listenerState(moto.clientConfig(), e.listenerArn, e.targetGroups);
    t.deepEqual(after.weights, { blue: 100, green: 0 });
    t.like(after.record, {
      state: "rolled-back",
      actor: "octocat",
      reason: "p99 latency doubled",
      runId: "4242-2",
    });
  },
);

test.serial("a refused shift action exits 1 and says why in the annotation and the summary", async (t) => {
  const e = await fresh();
  await setAlarm(moto.clientConfig(), "securecloud-prod-alb-5xx-count", "ALARM");
  const r = await runAction("shift", { listener: e.listenerArn, "to-color": "green", bake: "0" });
  t.is(r.code, 1);
  t.regex(
    r.stdout,
    /::error::refusing to shift to green: rollback alarm securecloud-prod-alb-5xx-count in ALARM/,
  );
  t.regex(r.summary, /## ❌ securecloud traffic shift/);
  t.is(r.outputs["live-color"], "blue");
});

test.serial("the rollback action with bad input exits 2 and makes no AWS call that writes", async (t) => {
  const e = await fresh();
  const cases: Record<string, string>[] = [
    { listener: e.listenerArn, "to-color": "red" },
    { listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/x" },
    { listener: e.listenerArn, force: "maybe" },
  ];
  for (const inputs of cases) {
    proxy.clear();
    const r = await runAction("rollback", inputs, { endpoint: proxy.endpoint });
    t.is(r.code, 2, JSON.stringify(inputs));
    t.is(r.stdout.split("\n").filter((l) => l.startsWith("::error::")).length, 1);
    t.deepEqual(proxy.mutatingCalls(), []);
  }
  t.deepEqual((await listenerState(moto.clientConfig(), e.listenerArn, e.targetGroups)).weights, {
    blue: 100,
    green: 0,
  });
});
