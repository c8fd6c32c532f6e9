/**
 * Folders depend only downward (docs/ARCHITECTURE.md): outside test/, a source file imports its
 * own top-level folder, common/ and packages. Only cli/ reaches into the other folders, and only
 * for their commands (`commands.ts`, `command.ts`) and their runners (`cli.ts`, `*-cli.ts`,
 * `index.ts`); bin/ only launches cli/; common/ imports nothing outside common/.
 *
 * Imports are read from the sources, type-only ones included (esbuild erases those), and the
 * reading is checked against esbuild's own import graph of the same files, so an import form the
 * reader misses fails here instead of passing unseen.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import test from "ava";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..", "..");
const SKIP = new Set(["node_modules", "test", "dist", "cdktf.out", "cdktf.bootstrap.out", "coverage"]);
const SOURCE = /\.(ts|mts|mjs|js)$/;
const posix = (path: string) => path.split(sep).join("/");

/** Every source file outside test/, relative to the root with `/` separators. */
function sourceFiles(dir = root): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (dir !== root && SOURCE.test(entry.name) && !/\.d\.m?ts$/.test(entry.name))
      out.push(posix(relative(root, path)));
  }
  return out.sort();
}

const IMPORT_FORMS = [
  // import x from "…", import type { X } from "…", export { x } from "…", export * from "…"
  /^(?:import|export)\s[^;=()]*?\sfrom\s*["']([^"']+)["']/gm,
  // import "…" (for its effects)
  /^import\s*["']([^"']+)["']/gm,
  // await import("…")
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
];

/** The files a source file imports by relative path, relative to the root. */
function relativeImports(file: string, text: string): string[] {
  const found = new Set<string>();
  for (const form of IMPORT_FORMS) {
    for (const m of text.matchAll(form)) {
      const spec = m[1]!;
      if (!spec.startsWith(".")) continue;
      found.add(posix(relative(root, resolve(root, dirname(file), spec))));
    }
  }
  return [...found].sort();
}

const top = (path: string) => (path.includes("/") ? path.slice(0, path.indexOf("/")) : "");
/** What cli/ may load from a folder: its command descriptions and its runner. */
const ENTRY_MODULE = /(^|\/)(commands?|cli|[a-z-]+-cli|index)\.ts$/;

/** Why `from` may not import `to`, or undefined when it may. */
function violation(from: string, to: string): string | undefined {
  const a = top(from);
  const b = top(to);
  if (a === b || b === "common") return undefined;
  if (a === "common") return "common/ imports nothing outside common/";
  if (to === "package.json" && a === "cli") return undefined;
  if (a === "cli" && b !== "" && ENTRY_MODULE.test(to)) return undefined;
  if (a === "bin" && b === "cli") return undefined;
  if (a === "cli") return `cli/ loads only a folder's commands and runner (${ENTRY_MODULE.source})`;
  return `${a}/ may import only ${a}/ and common/`;
}

const files = sourceFiles();
const graph = new Map(files.map((f) => [f, relativeImports(f, readFileSync(join(root, f), "utf8"))]));

test("the reader sees the imports it must (static, dynamic, re-exports, type-only)", (t) => {
  t.true(files.includes("cli/main.ts") && files.includes("stacks/main.ts") && files.length > 200);
  t.true(graph.get("cli/main.ts")!.includes("delivery/commands.ts"), "static");
  t.true(graph.get("cli/main.ts")!.includes("delivery/cli.ts"), "dynamic import()");
  t.true(graph.get("common/terraform/index.ts")!.includes("common/terraform/document.ts"), "export … from");
  t.deepEqual(
    relativeImports(
      "stacks/x.ts",
      'import type { Rule } from "../policies/engine/types.ts";\nimport {\n  a,\n  b,\n} from "../review/load.ts";\n',
    ),
    ["policies/engine/types.ts", "review/load.ts"],
  );
  t.deepEqual(relativeImports("stacks/x.ts", ' * import { x } from "../policies/a.ts";\n'), []);
});

test("the reader misses no import esbuild finds in the same files", async (t) => {
  const entryPoints = files.filter((f) => !f.endsWith(".js"));
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    bundle: true,
    write: false,
    metafile: true,
    packages: "external",
    platform: "node",
    format: "esm",
    outdir: "dependency-graph",
    logLevel: "silent",
  });
  const missed: string[] = [];
  let edges = 0;
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    for (const imp of input.imports) {
      if (imp.external || !graph.has(file) || !graph.has(imp.path)) continue;
      edges++;
      if (!graph.get(file)!.includes(imp.path)) missed.push(`${file} → ${imp.path} (${imp.kind})`);
    }
  }
  t.true(edges > 500, `esbuild saw ${edges} imports between source files`);
  t.deepEqual(missed, []);
});

test("no folder outside test/ imports a sibling folder's internals", (t) => {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const why = violation(from, to);
      if (why) found.push(`${from} → ${to}: ${why}`);
    }
  }
  t.deepEqual(found, []);
});

test("the rule itself: downward and common/ are allowed, sideways is not", (t) => {
  t.is(violation("stacks/web-acl.ts", "common/edge-limits.ts"), undefined);
  t.is(violation("delivery/commands/shift.ts", "delivery/rollout/plan.ts"), undefined);
  t.is(violation("cli/main.ts", "policies/live/posture-cli.ts"), undefined);
  t.is(violation("bin/securecloud.mjs", "cli/securecloud.ts"), undefined);
  t.regex(violation("stacks/estate-stack.ts", "policies/suppressions.ts") ?? "", /stacks\/ may import only/);
  t.regex(violation("review/load.ts", "policies/engine/load.ts") ?? "", /review\/ may import only/);
  t.regex(violation("common/cli.ts", "delivery/commands.ts") ?? "", /common\/ imports nothing/);
  t.regex(violation("cli/main.ts", "delivery/rollout/plan.ts") ?? "", /cli\/ loads only/);
  t.regex(violation("scripts/bundle.mjs", "delivery/actions/kit.ts") ?? "", /scripts\/ may import only/);
});
