/** Runs `securecloud diff` from sources: `npx tsx policies/diff/main.ts --base DIR --head DIR`. */
import { run } from "./index.ts";

process.exitCode = await run(process.argv.slice(2));
