import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { ACTIONLINT_VERSION } from "../../scripts/test-tools.mjs";
import { actionlint, actionlintVersion, formatFinding } from "./actionlint.ts";
import { ROOT, WORKFLOWS } from "./workflow.ts";

const ZIZMOR = join(ROOT, ".venv", "bin", "zizmor");

interface ZizmorFinding {
  ident: string;
  determinations: { severity: string };
}

/** zizmor offline (no GitHub API), JSON findings; the repository's .github/zizmor.yml applies. */
function zizmor(args: string[], cwd = ROOT): ZizmorFinding[] {
  const r = spawnSync(ZIZMOR, ["--offline", "--format", "json-v1", ...args], { cwd, encoding: "utf8" });
  if (r.error) throw r.error;
  // Exit 0: nothing found; 10-14: findings by severity. Anything else is zizmor failing.
  if (r.status !== 0 && !(r.status! >= 10 && r.status! <= 14))
    throw new Error(`zizmor exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout || "[]") as ZizmorFinding[];
}

const BAD_WORKFLOW = `name: bad
on: pull_request_target
jobs:
  greet:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: echo "\${{ github.event.pull_request.title }}"
`;

test("actionlint (the pinned release, with shellcheck) finds nothing in the workflows or the actions they use", (t) => {
  t.is(actionlintVersion(), `v${ACTIONLINT_VERSION}`);
  const findings = actionlint([WORKFLOWS]);
  t.deepEqual(findings.map(formatFinding), []);
});

test("zizmor --offline finds nothing, in the regular and the pedantic persona", (t) => {
  t.deepEqual(
    zizmor([".github/workflows"]).map((f) => f.ident),
    [],
  );
  t.deepEqual(
    zizmor(["--persona", "pedantic", ".github/workflows"]).map((f) => f.ident),
    [],
  );
});

test("both linters do report a bad workflow (they are really running)", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "wf-bad-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "bad.yml");
  writeFileSync(file, BAD_WORKFLOW);
  const lint = actionlint([file], dir);
  t.true(
    lint.some((f) => /potentially untrusted/.test(f.message)),
    lint.map(formatFinding).join("\n"),
  );
  // shellcheck runs on every run: script (here, an unquoted variable).
  const sh = join(dir, "sh.yml");
  writeFileSync(
    sh,
    `name: sh\non: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: rm -rf $DIR/x\n`,
  );
  t.true(
    actionlint([sh], dir).some((f) => f.kind === "shellcheck" && /SC2086/.test(f.message)),
    "shellcheck SC2086",
  );
  const audits = new Set(zizmor(["--no-config", file], dir).map((f) => f.ident));
  for (const ident of [
    "dangerous-triggers",
    "template-injection",
    "unpinned-uses",
    "excessive-permissions",
  ]) {
    t.true(audits.has(ident), `${ident} in ${[...audits].join(", ")}`);
  }
});
