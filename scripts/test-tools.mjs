#!/usr/bin/env node
// Installs the test tools that are not npm packages into the project-local `.venv`:
//
// - Python tools (moto server, checkov, zizmor, shellcheck) from requirements-test.txt, every
//   file pinned by its sha256 (`pip install --require-hashes`);
// - actionlint, built from its pinned Go module (`go install ...@vX.Y.Z`: the Go toolchain
//   checks the module and every dependency against go.sum and the public checksum database).
//   actionlint publishes binaries only on GitHub, and its PyPI and npm wrappers either download
//   them at install time or lag several releases behind.
//
// Each part is a no-op when `.venv` already has it, so `npm test` stays fast after the first
// run. Plain JavaScript: it runs before anything is compiled. A missing prerequisite is one line
// on stderr and exit 2.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const venv = join(root, ".venv");
const requirements = join(root, "requirements-test.txt");
const stamp = join(venv, ".requirements.sha256");
const python = process.env.PYTHON ?? "python3";

/** The actionlint release the workflows are linted with. */
export const ACTIONLINT_VERSION = "1.7.12";
const ACTIONLINT_MODULE = "github.com/rhysd/actionlint/cmd/actionlint";

function fail(why) {
  process.stderr.write(`error: test tools: ${why}\n`);
  process.exit(2);
}

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, {
    stdio: ["ignore", "inherit", "inherit"],
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  if (r.error) fail(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(" ")} exited ${r.status}`);
}

function pythonTools() {
  const digest = createHash("sha256").update(readFileSync(requirements)).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8").trim() === digest) return;
  const version = spawnSync(python, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"], {
    encoding: "utf8",
  });
  if (version.error || version.status !== 0) fail(`${python} not found (Python >= 3.11 is required)`);
  const [major, minor] = version.stdout.trim().split(".").map(Number);
  if (major < 3 || (major === 3 && minor < 11))
    fail(`Python >= 3.11 is required, found ${version.stdout.trim()}`);

  process.stderr.write("test tools: installing the Python tools into .venv (first run only)\n");
  rmSync(venv, { recursive: true, force: true });
  run(python, ["-m", "venv", venv]);
  run(join(venv, "bin", "pip"), [
    "install",
    "--quiet",
    "--disable-pip-version-check",
    "--require-hashes",
    "--no-deps",
    "-r",
    requirements,
  ]);
  writeFileSync(stamp, `${digest}\n`);
}

function actionlint() {
  const binary = join(venv, "bin", "actionlint");
  if (existsSync(binary)) {
    const v = spawnSync(binary, ["-version"], { encoding: "utf8" });
    if (v.status === 0 && v.stdout.split("\n")[0]?.trim() === `v${ACTIONLINT_VERSION}`) return;
  }
  const go = spawnSync("go", ["version"], { encoding: "utf8" });
  if (go.error || go.status !== 0) {
    fail(
      `go not found: Go >= 1.25 builds actionlint ${ACTIONLINT_VERSION} for the workflow tests (https://go.dev/dl/)`,
    );
  }
  process.stderr.write(
    `test tools: building actionlint ${ACTIONLINT_VERSION} into .venv/bin (first run only)\n`,
  );
  run("go", ["install", `${ACTIONLINT_MODULE}@v${ACTIONLINT_VERSION}`], {
    GOBIN: join(venv, "bin"),
    GOFLAGS: "-mod=readonly -buildvcs=false",
    CGO_ENABLED: "0",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  pythonTools();
  actionlint();
}
