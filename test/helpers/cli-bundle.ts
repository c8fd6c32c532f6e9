/**
 * Builds the `securecloud` binary from the current sources into one ES module file in a
 * temporary directory (esbuild, as scripts/bundle.mjs builds the actions), so tests and
 * benchmarks spawn child processes that start as fast as a bundled action does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { bundle } from "../../scripts/bundle.mjs";

/** `entry`: another entry point with the CLI's `run` (test/helpers/clock-cli.ts). */
export async function buildCliBundle(
  entry = "cli/securecloud.ts",
): Promise<{ path: string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "securecloud-cli-"));
  const outfile = join(dir, "cli.js");
  const files = await bundle({ entry, outfile });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return { path: outfile, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
