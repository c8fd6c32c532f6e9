/**
 * Thin entry for the delivery subcommands until the top-level `securecloud` dispatcher exists:
 *   node --import tsx delivery/main.ts traffic status --listener ARN
 */
import { run } from "./cli.ts";

process.exitCode = await run(process.argv.slice(2));
