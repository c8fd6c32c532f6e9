/**
 * Process entry for the gate: `node --import tsx policies/bin.ts [flags] [PATH ...]`
 * (the `securecloud gate` dispatcher calls `run()` the same way).
 */
import { run } from "./cli.ts";

process.exitCode = await run(process.argv.slice(2));
