/**
 * The lock file is complete and current: `npm ci` (the README's install, and every workflow's)
 * accepts it as committed, so installing never rewrites it and a fresh clone stays clean. npm ci
 * refuses a lock that is out of step with package.json, or that lacks a platform build of an
 * optional dependency ("Missing: @biomejs/cli-darwin-arm64@2.6.8 from lock file"); this runs
 * that same check on a copy of the two files, offline, without installing anything.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  lockfileVersion: number;
  packages: Record<string, { version?: string; integrity?: string; link?: boolean; inBundle?: boolean }>;
};

test("npm ci accepts the committed lock file as it is (nothing would be rewritten)", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "lock-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(join(root, "package.json"), join(dir, "package.json"));
  copyFileSync(join(root, "package-lock.json"), join(dir, "package-lock.json"));
  const r = spawnSync(
    "npm",
    ["ci", "--dry-run", "--ignore-scripts", "--offline", "--no-audit", "--no-fund"],
    {
      cwd: dir,
      encoding: "utf8",
    },
  );
  t.is(
    r.status,
    0,
    `${r.stdout}\n${r.stderr}`
      .split("\n")
      .filter((l) => /error/.test(l))
      .join("\n"),
  );
  t.is(
    readFileSync(join(dir, "package-lock.json"), "utf8"),
    readFileSync(join(root, "package-lock.json"), "utf8"),
  );
});

test("every dependency is pinned to an exact version, and the lock has that version", (t) => {
  for (const [name, spec] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
    t.regex(spec, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, `${name}@${spec} is exact`);
    t.is(lock.packages[`node_modules/${name}`]?.version, spec, `${name} in the lock`);
  }
});

test("every package the registry serves is locked to its integrity hash", (t) => {
  const missing = Object.entries(lock.packages)
    .filter(([path, p]) => path !== "" && !p.link && !p.inBundle && !/^sha512-/.test(p.integrity ?? ""))
    .map(([path]) => path);
  t.deepEqual(missing, []);
});
