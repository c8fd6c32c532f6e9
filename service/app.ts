import Koa from "koa";
import type { Logger } from "pino";
import type { ServiceConfig } from "./config.ts";
import {
  LIVENESS_PATH,
  MAX_URL_BYTES,
  METRICS_PATH,
  READINESS_PATH,
  REQUEST_TIMEOUT_MS,
  SERVICE_NAME,
  VERSION_PATH,
  type VersionInfo,
} from "./contract.ts";
import { createLogger } from "./logger.ts";
import { createMetrics, type Registry } from "./metrics.ts";
import { accessLog } from "./middleware/access-log.ts";
import { bearerAuth } from "./middleware/bearer-auth.ts";
import { clientAddress } from "./middleware/client-ip.ts";
import { closeWhenStopping } from "./middleware/close-when-stopping.ts";
import { errorAnswers } from "./middleware/errors.ts";
import { limits } from "./middleware/limits.ts";
import { httpMetrics } from "./middleware/metrics.ts";
import { requestId } from "./middleware/request-id.ts";
import { jsonAnswer, type RouteHandler, routeLabel, router } from "./middleware/router.ts";
import { securityHeaders } from "./middleware/security-headers.ts";
import type { ServiceState } from "./middleware/state.ts";
import { timeout } from "./middleware/timeout.ts";

/**
 * Where the process is in its life. `serving`: ready. `draining`: readiness answers 503 but
 * every route still serves. `closing`: no new connections; in-flight answers close their socket.
 */
export type Phase = "serving" | "draining" | "closing";

export interface Lifecycle {
  phase: Phase;
}

export function createLifecycle(): Lifecycle {
  return { phase: "serving" };
}

export interface AppOptions {
  /** Defaults to JSON lines on stdout at `config.logLevel`. */
  logger?: Logger;
  /** Defaults to a new registry for this app. */
  registry?: Registry;
  /** Shared with the drain logic; defaults to a new one in phase `serving`. */
  lifecycle?: Lifecycle;
  requestTimeoutMs?: number;
  startedAt?: Date;
}

export interface ServiceApp {
  app: Koa<ServiceState>;
  config: ServiceConfig;
  logger: Logger;
  registry: Registry;
  lifecycle: Lifecycle;
}

/**
 * Builds the service as a Koa app value; nothing listens until the caller does (see
 * `createHttpServer` in http.ts for the server with its limits, and drain.ts to run it).
 */
export function createApp(config: ServiceConfig, options: AppOptions = {}): ServiceApp {
  const logger = options.logger ?? createLogger(config);
  const metrics = createMetrics(options.registry);
  const lifecycle = options.lifecycle ?? createLifecycle();
  const startedAt = (options.startedAt ?? new Date()).toISOString();
  const version: VersionInfo = {
    service: SERVICE_NAME,
    color: config.color,
    version: config.version,
    commit: config.gitSha,
    startedAt,
  };

  // The ALB is the one proxy: trust one X-Forwarded-For hop (see middleware/client-ip.ts).
  const app = new Koa<ServiceState>({ proxy: true, maxIpsCount: 1 });
  app.silent = true;
  app.on("error", (err: unknown) => logger.warn({ err }, "response error"));

  const describe = {
    service: SERVICE_NAME,
    description: "SecureCloud Monitor service, deployed twice (blue and green) behind one ALB.",
    color: config.color,
    version: config.version,
    endpoints: {
      [LIVENESS_PATH]: "liveness: 200 while the process runs",
      [READINESS_PATH]: "readiness: 200 while serving, 503 once draining",
      [VERSION_PATH]: "color, version, commit and start time",
      [METRICS_PATH]: "Prometheus metrics",
    },
  };
  // Every route is a static path answering GET and HEAD. Answers that never change are
  // serialised once; only /metrics is made per request.
  const healthy = jsonAnswer({ status: "ok" });
  const ready = jsonAnswer({ status: "ready" });
  const draining = jsonAnswer({ status: "draining" }, 503);
  const routes = new Map<string, RouteHandler>([
    [LIVENESS_PATH, healthy],
    [READINESS_PATH, (ctx) => (lifecycle.phase === "serving" ? ready : draining)(ctx)],
    [VERSION_PATH, jsonAnswer(version)],
    [
      METRICS_PATH,
      async (ctx) => {
        const text = await metrics.registry.metrics();
        ctx.type = metrics.registry.contentType;
        ctx.body = text;
      },
    ],
    ["/", jsonAnswer(describe)],
  ]);
  const routeOf = routeLabel(routes);

  // One concern per middleware, outermost first. What is set before `next()` (request id,
  // headers) is on every answer, errors included; what is recorded after it (access log,
  // metrics) sees the status errorAnswers gave.
  app.use(requestId());
  app.use(clientAddress());
  app.use(securityHeaders());
  app.use(closeWhenStopping(() => lifecycle.phase === "closing"));
  app.use(accessLog(logger, routeOf));
  app.use(httpMetrics(metrics, routeOf));
  app.use(errorAnswers(logger));
  app.use(limits(MAX_URL_BYTES));
  // Without a token (local development) /metrics is open.
  if (config.metricsBearerToken) app.use(bearerAuth(METRICS_PATH, config.metricsBearerToken));
  app.use(timeout(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS));
  app.use(router(routes));

  return { app, config, logger, registry: metrics.registry, lifecycle };
}
