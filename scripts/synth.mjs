#!/usr/bin/env node
// Runs the cdktf app (stacks/main.ts) fast: esbuild compiles the TypeScript sources into one
// ES module (dependencies stay external), then plain Node runs it, which is quicker than a
// TypeScript loader compiling file by file (`npm run bench -- synth`). This is the app command
// in cdktf.json and what `npm run synth` runs; arguments are passed on (`--summary`).
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// One file per process, next to node_modules so the bundle's bare imports resolve; removed
// once loaded, so concurrent synths (parallel tests, worktrees) never read each other's half.
const outfile = join(root, "node_modules", ".cache", "securecloud", `synth-${process.pid}.mjs`);
mkdirSync(dirname(outfile), { recursive: true });
// A source's `import.meta.url` keeps meaning that source file inside the bundle, so a module
// finds the files beside it (the runbook's Python under stacks/assets/) wherever the bundle is.
const sourceUrls = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, ({ path }) => {
      const contents = readFileSync(path, "utf8");
      if (!contents.includes("import.meta.url")) return undefined;
      return {
        contents: contents.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(path).href)),
        loader: "ts",
      };
    });
  },
};
try {
  await build({
    entryPoints: [join(root, "stacks", "main.ts")],
    plugins: [sourceUrls],
    outfile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
  });
} catch (err) {
  // A source that does not compile: one line naming where, as every command reports errors.
  const first = err.errors?.[0];
  const where = first?.location ? `${first.location.file}:${first.location.line}: ` : "";
  process.stderr.write(`error: synth: ${where}${first?.text ?? err.message}\n`);
  process.exit(1);
}
let main;
try {
  ({ main } = await import(pathToFileURL(outfile).href));
} finally {
  rmSync(outfile, { force: true });
}
process.exitCode = await main(process.argv.slice(2));
