#!/usr/bin/env node
// Makes AWS CloudFormation Guard (`cfn-guard`, the evaluator behind AWS Config custom policy
// rules) available to the tests, pinned, built from crates.io with the lock file it was
// released with. Built once per machine into a cache outside the repository (a build takes
// minutes), so every checkout and CI run on the machine reuses it. Plain JavaScript: it runs
// before anything is compiled.
//
//   node scripts/guardtool.mjs          install if missing, print nothing when present
//   node scripts/guardtool.mjs --path   print the binary's path (installing if missing)
//
// CFN_GUARD=/path/to/cfn-guard overrides the location (it must report the pinned version).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const GUARD_VERSION = "3.2.1";

export function guardRoot() {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(cache, "securecloud", `cfn-guard-${GUARD_VERSION}`);
}

export function guardPath() {
  return process.env.CFN_GUARD || join(guardRoot(), "bin", "cfn-guard");
}

function fail(why) {
  process.stderr.write(`error: cfn-guard: ${why}\n`);
  process.exit(2);
}

function version(bin) {
  const r = spawnSync(bin, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function ensureGuard() {
  const bin = guardPath();
  if (existsSync(bin)) {
    const v = version(bin);
    if (v === `cfn-guard ${GUARD_VERSION}`) return bin;
    if (process.env.CFN_GUARD) fail(`${bin} reports "${v}", expected cfn-guard ${GUARD_VERSION}`);
  }
  if (process.env.CFN_GUARD) fail(`${bin} does not exist`);
  const cargo = spawnSync("cargo", ["--version"], { encoding: "utf8" });
  if (cargo.error || cargo.status !== 0) {
    fail("not installed and cargo is not on PATH (install Rust, or set CFN_GUARD to a cfn-guard binary)");
  }
  process.stderr.write(
    `cfn-guard: building ${GUARD_VERSION} from crates.io into ${guardRoot()} (first run only, a few minutes)\n`,
  );
  const r = spawnSync(
    "cargo",
    ["install", `cfn-guard@${GUARD_VERSION}`, "--locked", "--root", guardRoot(), "--quiet"],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  if (r.status !== 0) fail(`cargo install cfn-guard@${GUARD_VERSION} exited ${r.status}`);
  if (version(bin) !== `cfn-guard ${GUARD_VERSION}`) fail(`${bin} did not build`);
  return bin;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bin = ensureGuard();
  if (process.argv.includes("--path")) process.stdout.write(`${bin}\n`);
}
