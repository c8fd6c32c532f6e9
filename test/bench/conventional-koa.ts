/**
 * The service's peer in the service bench: the same routes and features composed the way a Koa
 * team would write them from the ecosystem's packages, each used as its README shows: a request
 * id middleware, koa-pino-logger (pino-http) for the access log, a prom-client middleware,
 * JSON errors, koa-helmet per request (with the service's options, so both send the same
 * headers) and @koa/router. What the service's own middleware must be measured against.
 */
import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import { createRequire } from "node:module";
import Router from "@koa/router";
import Koa, { type Middleware } from "koa";
import koaHelmet from "koa-helmet";
import pino, { type DestinationStream, type Logger } from "pino";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import { HELMET_OPTIONS } from "../../service/middleware/security-headers.ts";

/** koa-pino-logger ships no types: what is used here. */
type KoaPinoLogger = (options: {
  logger: Logger;
  genReqId?: (req: unknown, res: unknown) => string;
}) => Middleware;
const koaPinoLogger = createRequire(import.meta.url)("koa-pino-logger") as KoaPinoLogger;

export function createConventionalApp(destination: DestinationStream): Koa {
  const app = new Koa({ proxy: true });
  const logger = pino({ level: "info" }, destination);
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ["method", "route", "status"];
  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration",
    labelNames,
    registers: [registry],
  });

  // Request id: the caller's, or a new one.
  app.use(async (ctx, next) => {
    const id = ctx.get("X-Request-Id") || randomUUID();
    ctx.state.requestId = id;
    ctx.set("X-Request-Id", id);
    await next();
  });
  app.use(
    koaPinoLogger({
      logger,
      genReqId: (req) => (req as { headers: Record<string, string> }).headers["x-request-id"] ?? randomUUID(),
    }),
  );
  // Metrics.
  app.use(async (ctx, next) => {
    const end = duration.startTimer();
    try {
      await next();
    } finally {
      const labels = {
        method: ctx.method,
        route: (ctx as unknown as { _matchedRoute?: string })._matchedRoute ?? "unmatched",
        status: String(ctx.status),
      };
      requests.inc(labels);
      end(labels);
    }
  });
  // JSON errors.
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (caught) {
      const err = caught as { status?: number; expose?: boolean; message?: string };
      const status = err.status ?? 500;
      ctx.status = status;
      ctx.body = {
        status,
        error: STATUS_CODES[status],
        message: err.expose ? err.message : STATUS_CODES[status],
        requestId: ctx.state.requestId,
      };
      if (status >= 500) (ctx as unknown as { log: Logger }).log.error({ err: caught }, "request failed");
    }
  });
  app.use(koaHelmet(HELMET_OPTIONS));
  app.use(async (ctx, next) => {
    ctx.set("Cache-Control", "no-store");
    await next();
  });

  const router = new Router();
  router.get("/healthz", (ctx) => {
    ctx.body = { status: "ok" };
  });
  router.get("/readyz", (ctx) => {
    ctx.body = { status: "ready" };
  });
  router.get("/version", (ctx) => {
    ctx.body = { service: "securecloud-monitor", color: "blue", version: "bench", commit: "unknown" };
  });
  router.get("/metrics", async (ctx) => {
    ctx.type = registry.contentType;
    ctx.body = await registry.metrics();
  });
  app.use(router.routes());
  app.use(router.allowedMethods({ throw: true }));
  app.use((ctx) => ctx.throw(404, "no such route"));
  return app;
}
