import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { constants } from "node:os";
import { type AppOptions, createApp, type ServiceApp } from "./app.ts";
import type { ServiceConfig } from "./config.ts";
import { FORCE_CLOSE_AFTER_MS } from "./contract.ts";
import { createHttpServer, type HttpServerOptions } from "./http.ts";

export interface StartOptions extends AppOptions {
  /** Listen for SIGTERM and SIGINT on the process (the server entry does; tests may not). */
  handleSignals?: boolean;
  /** How the process ends; tests pass a recorder. Defaults to process.exit. */
  exit?: (code: number) => void;
  /** After the drain window, how long in-flight connections may take before being destroyed. */
  forceCloseAfterMs?: number;
  http?: HttpServerOptions;
}

export interface RunningService extends ServiceApp {
  server: Server;
  port: number;
  /** `http://127.0.0.1:<port>` (or the bound host). */
  url: string;
  /** What a signal does: the first starts the drain, the next exits at once. */
  signal(name: NodeJS.Signals): void;
}

/** 128 + the signal's number, the shell's convention for "ended by a signal". */
function signalExitCode(name: NodeJS.Signals): number {
  return 128 + (constants.signals[name] ?? 15);
}

/**
 * Builds the app, listens, and runs the blue/green drain:
 *  1. first SIGTERM/SIGINT: readiness turns 503 at once; everything keeps serving for
 *     `config.drainSeconds` (the target group's deregistration delay);
 *  2. then: stop accepting, close idle keep-alive sockets, answer in-flight requests with
 *     `Connection: close`, and exit 0 once every connection has ended;
 *  3. connections still open `forceCloseAfterMs` later are destroyed and the exit code is 1;
 *  a second signal at any point exits at once with 128 + its number.
 */
export async function startService(
  config: ServiceConfig,
  options: StartOptions = {},
): Promise<RunningService> {
  const service = createApp(config, options);
  const { logger, lifecycle } = service;
  const server = createHttpServer(service.app.callback(), logger, options.http);
  const forceCloseAfterMs = options.forceCloseAfterMs ?? FORCE_CLOSE_AFTER_MS;
  let exited = false;
  let drainTimer: NodeJS.Timeout | undefined;
  let forceTimer: NodeJS.Timeout | undefined;
  const exit = (code: number) => {
    if (exited) return;
    exited = true;
    clearTimeout(drainTimer);
    clearTimeout(forceTimer);
    logger.flush();
    (options.exit ?? ((c: number) => process.exit(c)))(code);
  };

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port: config.port, host: config.host }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const wildcard = address.address === "::" || address.address === "0.0.0.0";
  const urlHost = wildcard
    ? "127.0.0.1"
    : address.family === "IPv6"
      ? `[${address.address}]`
      : address.address;

  const close = () => {
    lifecycle.phase = "closing";
    logger.info({ forceCloseAfterMs }, "drain window over: not accepting, closing idle connections");
    forceTimer = setTimeout(() => {
      logger.error({ forceCloseAfterMs }, "connections still open after the drain: destroying them");
      server.closeAllConnections();
      exit(1);
    }, forceCloseAfterMs);
    server.close(() => {
      logger.info("all connections closed: exiting");
      exit(0);
    });
    server.closeIdleConnections();
  };

  const signal = (name: NodeJS.Signals) => {
    if (lifecycle.phase !== "serving") {
      logger.warn({ signal: name, phase: lifecycle.phase }, "second signal: exiting now");
      server.closeAllConnections();
      exit(signalExitCode(name));
      return;
    }
    lifecycle.phase = "draining";
    logger.info(
      { signal: name, drainSeconds: config.drainSeconds },
      "drain started: readiness answers 503, still serving",
    );
    drainTimer = setTimeout(close, config.drainSeconds * 1000);
  };

  if (options.handleSignals) {
    process.on("SIGTERM", signal);
    process.on("SIGINT", signal);
  }

  logger.info(
    {
      port: address.port,
      host: address.address,
      commit: config.gitSha,
      drainSeconds: config.drainSeconds,
    },
    "listening",
  );
  return { ...service, server, port: address.port, url: `http://${urlHost}:${address.port}`, signal };
}
