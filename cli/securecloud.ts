#!/usr/bin/env node
/**
 * The `securecloud` binary: see cli/main.ts for the commands and how to add one.
 */
import { EXIT } from "../common/conventions.ts";
import { main } from "./main.ts";

/**
 * Output into a closed pipe (`securecloud gate -o json | head`) ends quietly: the reader has
 * what it wanted, so neither a stack trace nor an error line helps anyone.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    throw err;
  });
}

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2));
