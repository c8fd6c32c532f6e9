/**
 * An environments file that does not load (a syntax error, an error while it runs, no
 * ENVIRONMENTS) stops the synth with one line naming the file and line, exit 2, and nothing
 * written: through the real entries, scripts/synth.mjs (`npm run synth`, `cdktf synth`) and
 * stacks/main.ts run directly, pointed at a broken copy with SECURECLOUD_CONFIG.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import test from "ava";

const root = join(import.meta.dirname, "..", "..");
const shipped = readFileSync(join(root, "stacks", "config", "environments.ts"), "utf8");
const lines = shipped.split("\n");
/** 1-based line of the first `azCount` in the shipped file (staging's). */
const azLine = lines.findIndex((l) => /^\s+azCount: \d+,$/.test(l)) + 1;
const replaceLine = (n: number, text: string) => lines.map((l, i) => (i === n - 1 ? text : l)).join("\n");

const ENTRIES = {
  "scripts/synth.mjs": [join(root, "scripts", "synth.mjs")],
  "stacks/main.ts": ["--import=tsx", join(root, "stacks", "main.ts")],
} as const;

async function synthWith(entry: keyof typeof ENTRIES, files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "sc-config-load-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const outdir = join(dir, "out");
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...ENTRIES[entry]], {
      cwd: root,
      env: {
        ...process.env,
        CDKTF_OUTDIR: outdir,
        SECURECLOUD_CONFIG: join(dir, "environments.ts"),
        CHECKPOINT_DISABLE: "1",
      },
    });
    return { code: 0, stdout, stderr, dir, wrote: existsSync(outdir) };
  } catch (err) {
    const { code, stdout, stderr } = err as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr, dir, wrote: existsSync(outdir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const entry of Object.keys(ENTRIES) as Array<keyof typeof ENTRIES>) {
  test(`${entry}: a syntax error in the environments file is one line with its file and line, exit 2, nothing written`, async (t) => {
    t.true(azLine > 1);
    const r = await synthWith(entry, { "environments.ts": replaceLine(azLine, "  azCount: 2 +,") });
    t.is(r.code, 2);
    t.regex(r.stderr, new RegExp(`^error: configuration: ${r.dir}/environments\\.ts:${azLine}: \\S.*\\n$`));
    t.is(r.stderr.split("\n").length, 2, r.stderr);
    t.false(r.wrote);
  });

  test(`${entry}: an error thrown while the file runs names the line that threw, exit 2, nothing written`, async (t) => {
    const r = await synthWith(entry, { "environments.ts": replaceLine(azLine, "  azCount: missingValue,") });
    t.is(r.code, 2);
    t.is(
      r.stderr,
      `error: configuration: ${r.dir}/environments.ts:${azLine}: ReferenceError: missingValue is not defined\n`,
    );
    t.false(r.wrote);
  });
}

test("an error in a module the environments file imports names that module's file and line", async (t) => {
  const helper = [
    "// shared values",
    "export const zones = () => {",
    '  throw new Error("no zones configured");',
    "};",
    "",
  ];
  const config = `import { zones } from "./helper.ts";\n${replaceLine(azLine, "  azCount: zones(),")}`;
  const r = await synthWith("scripts/synth.mjs", {
    "environments.ts": config,
    "helper.ts": helper.join("\n"),
  });
  t.is(r.code, 2);
  t.is(r.stderr, `error: configuration: ${r.dir}/helper.ts:3: Error: no zones configured\n`);
  t.false(r.wrote);
});

test("a file without an ENVIRONMENTS list is refused; the shipped file, copied, synthesizes", async (t) => {
  const missing = await synthWith("scripts/synth.mjs", {
    "environments.ts": shipped.replace("export const ENVIRONMENTS", "export const ENVS"),
  });
  t.is(missing.code, 2);
  t.is(
    missing.stderr,
    `error: configuration: ${missing.dir}/environments.ts: exports no ENVIRONMENTS list of environments\n`,
  );
  t.false(missing.wrote);

  const copy = await synthWith("scripts/synth.mjs", { "environments.ts": shipped });
  t.is(copy.code, 0, copy.stderr);
  t.is(copy.stderr, "");
  t.true(copy.wrote);
});
