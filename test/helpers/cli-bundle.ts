/**
 * Builds the delivery CLI entry into one file in a temporary directory, so tests can spawn
 * real child processes that start in a fraction of a second (the way the lead's bundled
 * `securecloud` binary will run).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { bundle } from "../../scripts/bundle.mjs";

export async function buildCliBundle(): Promise<{ path: string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "securecloud-cli-"));
  const outfile = join(dir, "cli.js");
  const files = await bundle({ entry: "delivery/main.ts", outfile });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return { path: outfile, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
