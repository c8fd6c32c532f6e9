import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { build } from "esbuild";
import { parse } from "yaml";
import { runGateAction } from "../../policies/action.ts";
import { type Doc, ESTATE, fakeCore, fixture, ROOT, tempDir, writeEstate } from "./helpers.ts";

const ACTION_DIR = join(ROOT, "policies", "compliance-gate");

function failingEstate(t: Parameters<typeof tempDir>[0]): string {
  const d: Doc = fixture("prod");
  d.resource.aws_lb.alb.drop_invalid_header_fields = false;
  return writeEstate(tempDir(t), { prod: d });
}

test("action.yml: a node24 action running dist/index.js, every input documented with a default", (t) => {
  const action = parse(readFileSync(join(ACTION_DIR, "action.yml"), "utf8"));
  t.deepEqual(action.runs, { using: "node24", main: "dist/index.js" });
  const names = Object.keys(action.inputs).sort();
  t.deepEqual(names, [
    "evaluate",
    "fail-on",
    "insufficient-data",
    "mode",
    "paths",
    "region",
    "sarif-file",
    "security-hub",
    "suppressions",
    "timeout",
  ]);
  for (const [name, spec] of Object.entries(
    action.inputs as Record<string, { description: string; default?: string }>,
  )) {
    t.true(spec.description.length > 10, name);
    t.true("default" in spec, `${name} has a default`);
  }
  t.deepEqual(Object.keys(action.outputs).sort(), ["blocking", "findings", "passed", "sarif-file"]);
  // every input the library reads is declared
  const source = readFileSync(join(ROOT, "policies", "action.ts"), "utf8");
  for (const m of source.matchAll(/(?:input|getInput)\("([a-z-]+)"\)/g)) t.true(names.includes(m[1]!), m[1]);
});

test("static mode passes the compliant estate and sets outputs", async (t) => {
  const core = fakeCore({
    paths: `${join(ESTATE, "stacks", "prod")}\n${join(ESTATE, "stacks", "staging")}\n`,
    "fail-on": "low",
  });
  t.is(await runGateAction(core, {}), 0);
  t.deepEqual(core.outputs, { passed: "true", blocking: "0", findings: "0" });
  t.deepEqual(core.failed, []);
});

test("static mode fails the step on a finding, annotates it, and writes SARIF when asked", async (t) => {
  const sarif = join(tempDir(t), "gate.sarif");
  const core = fakeCore({ paths: failingEstate(t), "sarif-file": sarif });
  t.is(await runGateAction(core, {}), 1);
  t.like(core.outputs, { passed: "false", blocking: "1", findings: "1", "sarif-file": sarif });
  t.deepEqual(core.failed, ["compliance gate failed: 1 finding(s) at or above medium"]);
  t.true(core.annotations.some((a) => a.startsWith("error prod aws_lb.alb: drop_invalid_header_fields")));
  const log = JSON.parse(readFileSync(sarif, "utf8"));
  t.is(log.version, "2.1.0");
  t.is(log.runs[0].results[0].ruleId, "SC-ELB-003");
});

test("bad inputs fail the step with the CLI's error line", async (t) => {
  const bad = fakeCore({ "fail-on": "severe" });
  t.is(await runGateAction(bad, {}), 2);
  t.deepEqual(bad.failed, ['error: --fail-on: "severe" is not one of low, medium, high, critical']);
  const mode = fakeCore({ mode: "dynamic" });
  t.is(await runGateAction(mode, {}), 2);
  t.deepEqual(mode.failed, ['error: mode: "dynamic" is not one of static, live']);
  const missing = fakeCore({ paths: "does/not/exist" });
  t.is(await runGateAction(missing, {}), 2);
  t.deepEqual(missing.failed, ["error: does/not/exist: no such file or directory"]);
});

test("main.ts bundles with esbuild and runs as the action runner would", async (t) => {
  const dir = tempDir(t);
  const bundle = join(dir, "index.mjs");
  const result = await build({
    entryPoints: [join(ACTION_DIR, "main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: bundle,
    logLevel: "silent",
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  t.deepEqual(result.errors, []);
  const outputFile = join(dir, "github-output");
  writeFileSync(outputFile, "");
  const env = {
    PATH: process.env.PATH,
    GITHUB_OUTPUT: outputFile,
    INPUT_PATHS: failingEstate(t),
    "INPUT_FAIL-ON": "high",
    INPUT_MODE: "static",
  };
  const ok = spawnSync(process.execPath, [bundle], { env, encoding: "utf8", cwd: dir });
  t.is(ok.status, 0, ok.stderr);
  t.regex(
    ok.stdout,
    /^::warning title=SC-ELB-003 \(medium\)/m,
    "below fail-on high: a warning, not an error",
  );
  t.regex(readFileSync(outputFile, "utf8"), /passed<<.*\ntrue\n/);

  const failing = spawnSync(process.execPath, [bundle], {
    env: { ...env, "INPUT_FAIL-ON": "medium" },
    encoding: "utf8",
    cwd: dir,
  });
  t.is(failing.status, 1);
  t.regex(failing.stdout, /^::error::compliance gate failed: 1 finding\(s\) at or above medium$/m);
});
