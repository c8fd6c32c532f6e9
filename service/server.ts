/**
 * The service's entry point: `node service/server.ts` (Node 24 strips the types) or
 * `tsx service/server.ts`. Reads the configuration from the environment, exits 1 with one line
 * on stderr naming the bad variable, otherwise listens and drains on SIGTERM/SIGINT
 * (see drain.ts). stdout carries only JSON log lines.
 */
import { errorLine } from "../common/conventions.ts";
import { loadConfig, type ServiceConfig } from "./config.ts";

let config: ServiceConfig;
try {
  config = loadConfig(process.env);
} catch (err) {
  process.stderr.write(`${errorLine(err)}\n`);
  process.exit(1);
}

try {
  // Loaded only once the configuration is valid: a bad variable fails fast and alone.
  const { startService } = await import("./drain.ts");
  const service = await startService(config, { handleSignals: true });
  const fatal = (err: unknown, kind: string) => {
    service.logger.fatal({ err }, kind);
    service.logger.flush();
    process.exit(1);
  };
  process.on("uncaughtException", (err) => fatal(err, "uncaught exception"));
  process.on("unhandledRejection", (err) => fatal(err, "unhandled rejection"));
} catch (err) {
  // Listening failed (port in use, address not available): one line, like a config error.
  process.stderr.write(`${errorLine(err)}\n`);
  process.exit(1);
}
