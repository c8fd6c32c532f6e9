/**
 * `npm run bench`: every benchmark under test/bench, one after the other in one run, each
 * printing its figures side by side with its baseline. `npm run bench -- synth gate` runs
 * only the named ones. Figures are for reading and quoting, never asserted.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.bench\.ts$/, "")))
  .sort();

let failed = false;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { bench?: () => Promise<void> };
  if (typeof mod.bench !== "function") {
    console.error(`error: ${file}: exports no bench() function`);
    failed = true;
    continue;
  }
  try {
    await mod.bench();
  } catch (err) {
    console.error(`error: ${file}: ${(err as Error).message}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
