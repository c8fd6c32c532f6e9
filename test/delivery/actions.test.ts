/**
 * The delivery actions. Each action's spec runs in process with a fake @actions/core (inputs
 * as the runner passes them, action.yml defaults filled in) against moto. The rollback
 * action also runs the way the runner runs it, from its committed bundle copied where no
 * node_modules exists: the on-call rollback needs no install step. Plus what is committed:
 * only the rollback and abort bundles, and they match their sources.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import anyTest, { type TestFn } from "ava";
import { parse } from "yaml";
import { deployAction } from "../../delivery/actions/deploy/spec.ts";
import { rollbackAction } from "../../delivery/actions/rollback/spec.ts";
import { shiftAction } from "../../delivery/actions/shift/spec.ts";
import { statusAction } from "../../delivery/actions/status/spec.ts";
import { type BuiltEstate, buildEstate, setAlarm } from "../../delivery/rehearsal/estate.ts";
import { entries } from "../../scripts/bundle.mjs";
import { inputsEnv, runActionScript, runActionSpec, runBundleAlone } from "../helpers/actions.ts";
import { fastEnv, listenerState } from "../helpers/delivery.ts";
import { type FaultProxy, startFaultProxy } from "../helpers/fault-proxy.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const root = join(import.meta.dirname, "..", "..");
const SPECS = { status: statusAction, deploy: deployAction, shift: shiftAction, rollback: rollbackAction };
const ACTIONS = Object.keys(SPECS) as (keyof typeof SPECS)[];
let moto: Moto;
let proxy: FaultProxy;

test.before(async () => {
  moto = await startMoto({ env: { MOTO_ECS_SERVICE_RUNNING: "2" } });
  proxy = await startFaultProxy(moto.endpoint);
});
test.after.always(async () => {
  await proxy?.close();
  await moto?.stop();
});

const actionYml = (name: string) => `delivery/actions/${name}/action.yml`;
const GITHUB = { GITHUB_ACTOR: "octocat", GITHUB_RUN_ID: "4242", GITHUB_RUN_ATTEMPT: "2" };

/** One action's spec in process, inputs as the runner passes them. */
function inProcess(name: keyof typeof SPECS, inputs: Record<string, string>, endpoint = moto.endpoint) {
  // biome-ignore lint/suspicious/noExplicitAny: each spec has its own option and result types
  const spec = SPECS[name] as any;
  return runActionSpec(spec, inputsEnv(actionYml(name), inputs), fastEnv(endpoint, GITHUB));
}

async function fresh(): Promise<BuiltEstate> {
  await moto.reset();
  proxy.clear();
  return buildEstate(moto.clientConfig(), { env: "prod" });
}

test("every action runs on node24 from dist/index.js and reads exactly the inputs it declares", (t) => {
  for (const name of ACTIONS) {
    const yml = parse(readFileSync(join(root, actionYml(name)), "utf8"));
    t.is(yml.runs.using, "node24", name);
    t.is(yml.runs.main, "dist/index.js", name);
    t.deepEqual(
      [...SPECS[name].inputs].sort(),
      Object.keys(yml.inputs).sort(),
      `${name}: inputs read vs declared`,
    );
    t.true(yml.inputs.listener.required, name);
    for (const out of ["live-color", "weights", "rollout-state"])
      t.truthy(yml.outputs[out], `${name} declares ${out}`);
    const main = readFileSync(join(root, "delivery/actions", name, "main.ts"), "utf8");
    t.regex(
      main,
      /process\.exitCode = await runAction\(core, \w+Action\);/,
      `${name}: main hands core to its spec`,
    );
  }
});

test("only the rollback and abort bundles are committed; every other bundle is ignored and built where it runs", (t) => {
  const tracked = execFileSync("git", ["ls-files", "delivery/actions", "policies/compliance-gate", "bin"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => /\/dist\/|^bin\/chunks\//.test(f));
  t.deepEqual(tracked.sort(), [
    "delivery/actions/abort/dist/index.js",
    "delivery/actions/abort/dist/package.json",
    "delivery/actions/rollback/dist/index.js",
    "delivery/actions/rollback/dist/package.json",
  ]);
  t.deepEqual(
    entries.filter((e) => e.committed).map((e) => e.outfile),
    ["delivery/actions/rollback/dist/index.js", "delivery/actions/abort/dist/index.js"],
  );
  for (const e of entries.filter((x) => !x.committed)) {
    const ignored = spawnSync("git", ["check-ignore", "-q", e.outfile], { cwd: root });
    t.is(ignored.status, 0, `${e.outfile} is gitignored`);
  }
  const rollbackJson = JSON.parse(
    readFileSync(join(root, "delivery/actions/rollback/dist/package.json"), "utf8"),
  );
  t.is(rollbackJson.type, "module");
});

test("the committed rollback and abort bundles match their sources (node scripts/bundle.mjs --check)", (t) => {
  const r = spawnSync(process.execPath, [join(root, "scripts/bundle.mjs"), "--check"], { encoding: "utf8" });
  t.is(r.status, 0, r.stderr);
  t.regex(r.stdout, /^2 committed bundle\(s\) match their sources/);
});

test("the freshness check fails on a change the rollback bundle contains, and only on such a change", (t) => {
  const copy = mkdtempSync(join(tmpdir(), "securecloud-stale-"));
  t.teardown(() => rmSync(copy, { recursive: true, force: true }));
  for (const dir of ["common", "scripts", "delivery", "policies"])
    cpSync(join(root, dir), join(copy, dir), { recursive: true });
  cpSync(join(root, "package.json"), join(copy, "package.json"));
  // esbuild reads tsconfig.json (strict mode → "use strict" in the output), so the copy needs it.
  cpSync(join(root, "tsconfig.json"), join(copy, "tsconfig.json"));
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
  const check = () =>
    spawnSync(process.execPath, [join(copy, "scripts/bundle.mjs"), "--check"], { encoding: "utf8" });
  const edit = (file: string, from: string, to: string) => {
    const path = join(copy, file);
    const text = readFileSync(path, "utf8");
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    writeFileSync(path, text.replace(from, to));
  };
  // The deploy command is not in the rollback bundle: its change needs no commit of a bundle.
  edit("delivery/commands/deploy.ts", "no color is idle", "no color is free");
  t.is(check().status, 0, check().stderr);
  edit("delivery/commands/rollback.ts", "manual rollback", "manual roll-back");
  const r = check();
  t.is(r.status, 1);
  t.regex(
    r.stderr,
    /^error: stale bundles: delivery\/actions\/rollback\/dist\/index\.js, delivery\/actions\/abort\/dist\/index\.js: run `node scripts\/bundle\.mjs`/,
  );
});

test("bundle.mjs: unknown names and options are bad input (exit 2)", (t) => {
  for (const args of [["--bogus"], ["teleport"], ["--check", "deploy"]]) {
    const r = spawnSync(process.execPath, [join(root, "scripts/bundle.mjs"), ...args], { encoding: "utf8" });
    t.is(r.status, 2, args.join(" "));
    t.regex(r.stderr, /^error: bundle: [^\n]+\n$/);
  }
});

test.serial(
  "status, deploy, shift and rollback actions end to end: outputs, job summary, rollout record",
  async (t) => {
    const e = await fresh();

    const status = await inProcess("status", { listener: e.listenerArn });
    t.is(status.code, 0, status.stdout + status.failed.join("\n"));
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
    const deploy = await inProcess("deploy", { listener: e.listenerArn, cluster: e.cluster, image });
    t.is(deploy.code, 0, deploy.stdout + deploy.failed.join("\n"));
    t.like(deploy.outputs, { color: "green", "live-color": "blue", service: "securecloud-prod-green" });
    t.regex(deploy.outputs["task-definition-arn"]!, /task-definition\/securecloud-prod-green:2$/);
    t.regex(deploy.stdout, /green: deployment ecs-svc\/\d+ COMPLETED/);

    const shift = await inProcess("shift", {
      listener: e.listenerArn,
      "to-color": "green",
      steps: "25,100",
      bake: "0.2",
    });
    t.is(shift.code, 0, shift.stdout + shift.failed.join("\n"));
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
    const record = (await listenerState(moto.clientConfig(), e)).record;
    t.like(record, { state: "complete", runId: "4242-2", actor: "octocat" });

    // The rollback bundle alone, copied where no node_modules exists: no install step.
    const rollback = await runBundleAlone("rollback", {
      ...fastEnv(proxy.endpoint, GITHUB),
      ...inputsEnv(actionYml("rollback"), { listener: e.listenerArn, reason: "p99 latency doubled" }),
    });
    t.is(rollback.code, 0, rollback.stdout + rollback.stderr);
    t.like(rollback.outputs, {
      "rolled-back-to": "blue",
      changed: "true",
      "live-color": "blue",
      "rollout-state": "rolled-back",
    });
    const ops = proxy.log.map((r) => r.operation);
    t.deepEqual(ops.slice(0, ops.indexOf("ModifyListener")).sort(), [
      "DescribeListeners",
      "DescribeTargetHealth",
      "UpdateItem",
    ]);
    t.regex(rollback.summary, /## ✅ securecloud traffic rollback[\s\S]*\| actor \| octocat \|/);
    const after = await listenerState(moto.clientConfig(), e);
    t.deepEqual(after.weights, { blue: 100, green: 0 });
    t.like(after.record, {
      state: "rolled-back",
      actor: "octocat",
      reason: "p99 latency doubled",
      runId: "4242-2",
    });
  },
);

test.serial("a refused shift action exits 1 and says why in the failure and the summary", async (t) => {
  const e = await fresh();
  await setAlarm(moto.clientConfig(), "securecloud-prod-alb-5xx-count", "ALARM");
  const r = await inProcess("shift", { listener: e.listenerArn, "to-color": "green", bake: "0" });
  t.is(r.code, 1);
  t.deepEqual(r.failed, [
    "refusing to shift to green: rollback alarm securecloud-prod-alb-5xx-count in ALARM; nothing changed, traffic left at blue=100 green=0",
  ]);
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
    const r = await inProcess("rollback", inputs, proxy.endpoint);
    t.is(r.code, 2, JSON.stringify(inputs));
    t.is(r.failed.length, 1);
    t.regex(r.summary, /## ❌ securecloud traffic rollback\n\nerror: /);
    t.deepEqual(proxy.mutatingCalls(), []);
  }
  // The bundle reports bad input the same way: one ::error:: line, exit 2.
  const bundled = await runActionScript(join(root, "delivery/actions/rollback/dist/index.js"), {
    PATH: process.env.PATH,
    ...fastEnv(proxy.endpoint, GITHUB),
    ...inputsEnv(actionYml("rollback"), cases[0]!),
  });
  t.is(bundled.code, 2);
  t.deepEqual(bundled.failed, ['--to: unknown color "red" (expected blue or green)']);
  t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, {
    blue: 100,
    green: 0,
  });
});
