#!/usr/bin/env node
// Creates (or refreshes) the project-local Python virtualenv `.venv` that holds the
// test tools (moto server, checkov, zizmor) from the pinned requirements-test.txt.
// It is a no-op when the venv already matches the requirements file, so `npm test`
// stays fast after the first run. Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const venv = join(root, ".venv");
const requirements = join(root, "requirements-test.txt");
const stamp = join(venv, ".requirements.sha256");
const python = process.env.PYTHON ?? "python3";

function fail(why) {
  process.stderr.write(`error: python test tools: ${why}\n`);
  process.exit(2);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
  if (r.error) fail(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(" ")} exited ${r.status}`);
}

const digest = createHash("sha256").update(readFileSync(requirements)).digest("hex");
if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === digest) process.exit(0);

const version = spawnSync(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], {
  encoding: "utf8",
});
if (version.error || version.status !== 0) fail(`${python} not found (Python >= 3.11 is required)`);
const [major, minor] = version.stdout.trim().split(".").map(Number);
if (major < 3 || (major === 3 && minor < 11))
  fail(`Python >= 3.11 is required, found ${version.stdout.trim()}`);

process.stderr.write("python test tools: installing into .venv (first run only)\n");
rmSync(venv, { recursive: true, force: true });
run(python, ["-m", "venv", venv]);
const pip = join(venv, "bin", "pip");
run(pip, ["install", "--quiet", "--disable-pip-version-check", "-r", requirements]);
writeFileSync(stamp, `${digest}\n`);
