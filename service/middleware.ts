/**
 * The service's request handling: small steps, each a plain function, run in this order by
 * `pipeline`, the app's one Koa middleware: request id and client IP → security headers →
 * limits → static route (with the request timeout) → errors as JSON → access log line and
 * metrics.
 *
 * Why one middleware and not one per step: every Koa middleware costs a function bind and a
 * promise per request, and an async step wrapping the rest costs another turn of the microtask
 * queue. Here a request to a synchronous route makes no promise of its own at all; only a
 * handler that returns one (/metrics) is awaited.
 */
import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import { isIP } from "node:net";
import type { HelmetOptions } from "helmet";
import type { Context, Middleware } from "koa";
import koaHelmet from "koa-helmet";
import type { Logger } from "pino";
import { type HttpMetrics, methodLabel, UNMATCHED_ROUTE } from "./metrics.ts";

/** What the middleware keep on `ctx.state`. */
export interface ServiceState {
  requestId: string;
  clientIp: string;
}

/**
 * An accepted incoming `X-Request-Id`: 1-128 characters from letters, digits and `. _ : = + / -`,
 * starting with a letter or digit (UUIDs, ULIDs, AWS trace ids, base64 all fit).
 */
export const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:=+/-]{0,127}$/;

/**
 * The client's address. The ALB is the only proxy and appends the address it saw to
 * `X-Forwarded-For`, so only the last entry is trusted; anything a client put before it is
 * ignored. Without a usable last entry (a direct hit: health checks, tests) the peer address is
 * used.
 */
export function clientIp(forwardedFor: string | undefined, peer: string | undefined): string {
  if (!forwardedFor) return peer ?? "";
  const last = forwardedFor.slice(forwardedFor.lastIndexOf(",") + 1).trim();
  if (last && isIP(last) !== 0) return last;
  return peer ?? "";
}

/**
 * Accepts a sane `X-Request-Id`, otherwise makes one, and echoes it on the response; works out
 * the client's IP (see clientIp). Both go on `ctx.state`, and the IP is also `ctx.ip`.
 */
export function identify(ctx: Context): void {
  const req = ctx.req;
  const headers = req.headers;
  const given = headers["x-request-id"];
  const id = typeof given === "string" && SANE_REQUEST_ID.test(given) ? given : randomUUID();
  ctx.state.requestId = id;
  ctx.res.setHeader("X-Request-Id", id);
  const forwarded = headers["x-forwarded-for"];
  const ip = clientIp(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, req.socket.remoteAddress);
  ctx.state.clientIp = ip;
  ctx.request.ip = ip;
}

/**
 * Records a request once its answer is decided: one access-log line (info) and one metrics
 * sample, under the route template (or UNMATCHED_ROUTE, so labels stay bounded).
 *
 * The line comes from a pino child logger per method and route, made on first use: pino
 * serialises a child's bindings once, so each line only serialises what changes (status,
 * latency, request id, client IP). Methods Node does not know (which its parser refuses anyway)
 * are logged through the parent, so the cache stays bounded.
 */
export function accessRecorder(
  logger: Logger,
  metrics: HttpMetrics,
  routes: ReadonlyMap<string, unknown>,
): (ctx: Context, start: number) => void {
  const children = new Map<string, Logger>();
  const accessLogger = (method: string, route: string): Logger => {
    if (methodLabel(method) !== method) return logger.child({ method, route });
    const key = `${method} ${route}`;
    let child = children.get(key);
    if (child === undefined) {
      child = logger.child({ method, route });
      children.set(key, child);
    }
    return child;
  };
  return (ctx, start) => {
    const seconds = (performance.now() - start) / 1000;
    const path = ctx.path;
    const route = routes.has(path) ? path : UNMATCHED_ROUTE;
    const status = ctx.status;
    const method = ctx.method;
    metrics.observe({ method, route, status, seconds });
    // Every answer is an info line; failures are logged again, with their stack, by errorAnswer.
    accessLogger(method, route).info(
      {
        status,
        latencyMs: Math.round(seconds * 1e6) / 1e3,
        requestId: ctx.state.requestId,
        clientIp: ctx.state.clientIp,
      },
      "request",
    );
  };
}

/**
 * koa-helmet's options for a JSON API: a CSP that allows nothing, HSTS, nosniff, no framing, no
 * referrer, same-origin resource policy. Helmet's headers that only matter for HTML documents in
 * old or current browsers (COOP, Origin-Agent-Cluster, X-DNS-Prefetch-Control,
 * X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection) are left off: this
 * service never serves a document, and every header is paid for on every health check.
 */
export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  },
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: { policy: "same-origin" },
  originAgentCluster: false,
  referrerPolicy: { policy: "no-referrer" },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  xContentTypeOptions: true,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: { action: "deny" },
  xPermittedCrossDomainPolicies: false,
  xPoweredBy: true,
  xXssProtection: false,
};

/** What koa-helmet does to every response: headers it sets and headers it removes. */
export interface HelmetHeaders {
  set: ReadonlyArray<readonly [name: string, value: string]>;
  removed: readonly string[];
}

/**
 * Runs koa-helmet's middleware once against a response that records what is done to it. With
 * options whose values are all constants (no CSP nonce functions, as in HELMET_OPTIONS) every
 * response gets the same headers, so they can be computed once and set as they are.
 */
export async function helmetHeaders(options: HelmetOptions = HELMET_OPTIONS): Promise<HelmetHeaders> {
  const set = new Map<string, string>();
  const removed: string[] = [];
  const res = {
    setHeader(name: string, value: unknown) {
      set.set(name, String(value));
    },
    removeHeader(name: string) {
      removed.push(name);
      set.delete(name);
    },
    getHeader: () => undefined,
    hasHeader: () => false,
  };
  const req = { method: "GET", url: "/", headers: {} };
  let calledOn = false;
  await koaHelmet(options)({ req, res } as unknown as Context, async () => {
    calledOn = true;
  });
  if (!calledOn) throw new Error("koa-helmet did not pass the request on");
  return { set: [...set], removed };
}

/** koa-helmet's headers for HELMET_OPTIONS, computed once when this module loads. */
export const HELMET_HEADERS: HelmetHeaders = await helmetHeaders();

/**
 * Security headers (koa-helmet's, see helmetHeaders), no caching of any answer (readiness must
 * never come from a cache), and `Connection: close` once the server has stopped accepting
 * (`closing`), so in-flight keep-alive sockets end with their response.
 *
 * Setting the precomputed headers instead of running koa-helmet per request (a promise, and
 * eight middleware calls inside helmet) saves 4-5% of the service's CPU per request, about
 * 1.5 µs on the bench machine; the headers are the same (test/service/hardening.test.ts
 * compares them with koa-helmet's).
 */
export function setSecurityHeaders(
  res: Context["res"],
  closing: boolean,
  headers: HelmetHeaders = HELMET_HEADERS,
): void {
  res.setHeader("Cache-Control", "no-store");
  if (closing) res.setHeader("Connection", "close");
  for (const [name, value] of headers.set) res.setHeader(name, value);
  for (const name of headers.removed) res.removeHeader(name);
}

/** The Content-Type of every JSON answer. */
export const JSON_TYPE = "application/json; charset=utf-8";

/**
 * A handler answering `status` with `body` as JSON, serialised once when the handler is made:
 * for answers that never change (liveness, readiness, version), it spares Koa a JSON.stringify
 * and a Content-Type lookup on every request. HEAD gets the same headers without the body.
 */
export function jsonAnswer(body: unknown, status = 200): RouteHandler {
  const text = JSON.stringify(body);
  return (ctx: Context) => {
    ctx.status = status;
    ctx.set("Content-Type", JSON_TYPE);
    ctx.body = text;
  };
}

interface HttpErrorLike {
  status?: unknown;
  expose?: unknown;
  message?: unknown;
  headers?: unknown;
}

/** The JSON body of every error answer. */
export interface ErrorBody {
  status: number;
  error: string;
  message: string;
  requestId: string;
}

export function errorBody(status: number, message: string | undefined, requestId: string): ErrorBody {
  const phrase = STATUS_CODES[status] ?? "Error";
  return { status, error: phrase, message: message ?? phrase, requestId };
}

/**
 * Turns an error into a JSON answer. The message and headers of an error are shown only when
 * it says so (`expose`, as http-errors and `ctx.throw` set for 4xx); stacks never are. 5xx are
 * logged with their stack.
 */
export function errorAnswer(logger: Logger): (ctx: Context, caught: unknown) => void {
  return (ctx, caught) => {
    const err = (caught ?? {}) as HttpErrorLike;
    const status =
      typeof err.status === "number" && Number.isInteger(err.status) && err.status >= 400 && err.status <= 599
        ? err.status
        : 500;
    const expose = err.expose === true;
    if (expose && err.headers && typeof err.headers === "object") {
      for (const [name, value] of Object.entries(err.headers)) ctx.set(name, String(value));
    }
    ctx.status = status;
    ctx.body = errorBody(
      status,
      expose && typeof err.message === "string" ? err.message : undefined,
      ctx.state.requestId,
    );
    if (status >= 500) {
      logger.error({ err: caught, requestId: ctx.state.requestId, method: ctx.method }, "request failed");
    }
  };
}

/** An error errorAnswer shows as it is: status, message and headers. */
export function httpError(status: number, message: string, headers?: Record<string, string>): Error {
  return Object.assign(new Error(message), { status, expose: true, headers });
}

/** What a route answers with: synchronously, or through a promise (which gets the timeout). */
export type RouteHandler = (ctx: Context) => void | Promise<void>;

/**
 * Answers GET and HEAD on exact paths from a static table (Koa leaves the body out for HEAD).
 * Matching is on the raw path: case-sensitive, no trailing-slash folding, no percent-decoding,
 * as @koa/router with `strict` and `sensitive` matches static paths. A known path with another
 * method is a 405 with `Allow: GET, HEAD`; any other path is a 404 (both thrown). A Map lookup
 * in place of @koa/router (which also reads `ctx.host`, parsing X-Forwarded-Host behind a
 * proxy) saves about 12% of the service's CPU per request, about 4 µs on the bench machine.
 *
 * A handler still working after `timeoutMs` is answered 503 (the work is not cancelled; nothing
 * here can be, but the client gets its answer and the socket is freed). Only a handler that
 * returns a promise can still be working: one that returns without one has finished, and while
 * synchronous code runs no timer can fire anyway. So only those get a timer, and the returned
 * promise; a synchronous handler returns undefined, and /healthz pays for neither.
 */
export function route(
  ctx: Context,
  table: ReadonlyMap<string, RouteHandler>,
  timeoutMs: number,
): Promise<void> | undefined {
  const handler = table.get(ctx.path);
  if (handler === undefined) throw httpError(404, "no such route");
  if (ctx.method !== "GET" && ctx.method !== "HEAD") {
    throw httpError(405, `${ctx.path} answers GET and HEAD only`, { Allow: "GET, HEAD" });
  }
  const result = handler(ctx);
  return result instanceof Promise ? withTimeout(result, timeoutMs) : undefined;
}

/** `work`, or a 503 error if it has not settled after `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(httpError(503, `request took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Refuses what these routes never need: URLs longer than `maxUrlBytes` (414), HTTP/1.1 without
 * Host (400), expectations other than 100-continue (417) and any request body (413; the
 * socket is closed instead of reading it). Throws the answer.
 */
export function checkLimits(ctx: Context, maxUrlBytes: number): void {
  const req = ctx.req;
  const headers = req.headers;
  // The request line arrives as latin1: one character per byte.
  if (ctx.url.length > maxUrlBytes) {
    throw httpError(414, `URL longer than ${maxUrlBytes} bytes`);
  }
  if (req.httpVersion === "1.1" && !headers.host) {
    throw httpError(400, "HTTP/1.1 request without a Host header", { Connection: "close" });
  }
  const expect = headers.expect;
  if (expect && expect.toLowerCase() !== "100-continue") {
    throw httpError(417, "only the 100-continue expectation is understood", { Connection: "close" });
  }
  const length = headers["content-length"];
  if (headers["transfer-encoding"] || (length !== undefined && Number(length) !== 0)) {
    throw httpError(413, "request bodies are not accepted", { Connection: "close" });
  }
}

export interface PipelineOptions {
  logger: Logger;
  metrics: HttpMetrics;
  routes: ReadonlyMap<string, RouteHandler>;
  /** True once the server has stopped accepting: answers then close their connection. */
  isClosing: () => boolean;
  timeoutMs: number;
  maxUrlBytes: number;
  headers?: HelmetHeaders;
}

/**
 * The app's one middleware: every step above, in order, for every request. A request to a
 * synchronous route (all but /metrics) is identified, answered, logged and counted without a
 * promise; a route that returns one is awaited, with its timeout, and logged once it settles.
 */
export function pipeline(options: PipelineOptions): Middleware {
  const { routes, timeoutMs, maxUrlBytes, isClosing } = options;
  const headers = options.headers ?? HELMET_HEADERS;
  const record = accessRecorder(options.logger, options.metrics, routes);
  const fail = errorAnswer(options.logger);
  return (ctx: Context) => {
    const start = performance.now();
    identify(ctx);
    setSecurityHeaders(ctx.res, isClosing(), headers);
    let pending: Promise<void> | undefined;
    try {
      checkLimits(ctx, maxUrlBytes);
      pending = route(ctx, routes, timeoutMs);
    } catch (caught) {
      fail(ctx, caught);
    }
    if (pending === undefined) {
      record(ctx, start);
      return;
    }
    return pending.then(
      () => record(ctx, start),
      (caught: unknown) => {
        fail(ctx, caught);
        record(ctx, start);
      },
    );
  };
}
