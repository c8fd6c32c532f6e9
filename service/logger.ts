import pino, { type DestinationStream, type Logger } from "pino";
import type { ServiceConfig } from "./config.ts";
import { SERVICE_NAME } from "./contract.ts";

export type { Logger } from "pino";

/**
 * JSON lines for CloudWatch: `time` in epoch milliseconds (pino's default; an ISO string costs
 * about a microsecond more on every request), the level as a word, the service's identity on
 * every line, errors with their stack under `err`. Writes synchronously to stdout unless given a
 * destination, so no line is lost when the process exits; nothing else writes to stdout.
 */
export function createLogger(
  config: Pick<ServiceConfig, "logLevel" | "color" | "version">,
  destination: DestinationStream = pino.destination({ dest: 1, sync: true }),
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: SERVICE_NAME, color: config.color, version: config.version },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
