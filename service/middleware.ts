/**
 * The service's middleware, each small and usable on its own. `createApp` (app.ts) composes
 * them in this order: request id → observe (access log + metrics) → security headers →
 * errors → limits → static routes (with the request timeout).
 */
import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import { isIP } from "node:net";
import type { HelmetOptions } from "helmet";
import type { Context, Middleware, Next } from "koa";
import koaHelmet from "koa-helmet";
import type { Logger } from "pino";
import type { HttpMetrics } from "./metrics.ts";

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

/** Accepts a sane `X-Request-Id`, otherwise makes one; echoes it on the response. */
export function requestId(): Middleware {
  return (ctx: Context, next: Next) => {
    const headers = ctx.req.headers;
    const given = headers["x-request-id"];
    const id = typeof given === "string" && SANE_REQUEST_ID.test(given) ? given : randomUUID();
    ctx.state.requestId = id;
    ctx.res.setHeader("X-Request-Id", id);
    const forwarded = headers["x-forwarded-for"];
    const ip = clientIp(
      Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      ctx.req.socket.remoteAddress,
    );
    ctx.state.clientIp = ip;
    ctx.request.ip = ip;
    return next();
  };
}

/**
 * One access-log line and one metrics sample per request, after the response is decided.
 * `routeOf` gives the route template (or UNMATCHED_ROUTE) so labels stay bounded.
 */
export function observe(logger: Logger, metrics: HttpMetrics, routeOf: (ctx: Context) => string): Middleware {
  return async (ctx: Context, next: Next) => {
    const start = performance.now();
    try {
      await next();
    } finally {
      const seconds = (performance.now() - start) / 1000;
      const route = routeOf(ctx);
      const status = ctx.status;
      metrics.observe({ method: ctx.method, route, status, seconds });
      const line = {
        method: ctx.method,
        route,
        status,
        latencyMs: Math.round(seconds * 1e6) / 1e3,
        requestId: ctx.state.requestId,
        clientIp: ctx.state.clientIp,
      };
      // Every answer is an info line; failures are logged again, with their stack, by `errors`.
      logger.info(line, "request");
    }
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
 * never come from a cache), and `Connection: close` once the server has stopped accepting, so
 * in-flight keep-alive sockets end with their response.
 *
 * Setting the precomputed headers instead of running koa-helmet per request (a promise, and
 * eight middleware calls inside helmet) saves 4-5% of the service's CPU per request, about
 * 1.5 µs on the bench machine; the headers are the same (test/service/hardening.test.ts
 * compares them with koa-helmet's).
 */
export function securityHeaders(
  isClosing: () => boolean,
  headers: HelmetHeaders = HELMET_HEADERS,
): Middleware {
  const { set, removed } = headers;
  return (ctx: Context, next: Next) => {
    const res = ctx.res;
    res.setHeader("Cache-Control", "no-store");
    if (isClosing()) res.setHeader("Connection", "close");
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    return next();
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
 * Turns every error into a JSON answer. The message and headers of an error are shown only when
 * it says so (`expose`, as http-errors and `ctx.throw` set for 4xx); stacks never are. 5xx are
 * logged with their stack.
 */
export function errors(logger: Logger): Middleware {
  const answer = (ctx: Context, caught: unknown) => {
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
  // koa-compose turns a synchronous throw downstream into a rejection, so `catch` sees all.
  return (ctx: Context, next: Next) => next().catch((caught: unknown) => answer(ctx, caught));
}

/** An error the `errors` middleware shows as-is. */
export function httpError(status: number, message: string, headers?: Record<string, string>): Error {
  return Object.assign(new Error(message), { status, expose: true, headers });
}

/**
 * Answers GET and HEAD on exact paths from a static table (Koa leaves the body out for HEAD).
 * Matching is on the raw path: case-sensitive, no trailing-slash folding, no percent-decoding,
 * as @koa/router with `strict` and `sensitive` matches static paths. A known path with another
 * method is a 405 with `Allow: GET, HEAD`; any other path is a 404. A Map lookup in place of
 * @koa/router (which also reads `ctx.host`, parsing X-Forwarded-Host behind a proxy) saves
 * about 12% of the service's CPU per request, about 4 µs on the bench machine.
 *
 * A handler still working after `timeoutMs` is answered 503 (the work is not cancelled; nothing
 * here can be, but the client gets its answer and the socket is freed). Only a handler that
 * returns a promise can still be working: one that returns without one has finished, and while
 * synchronous code runs no timer can fire anyway. So only those get a timer, and /healthz pays
 * for none (a timer and a promise around every request cost 5% of the service's CPU per
 * request, about 2 µs on the bench machine).
 */
export function staticRoutes(table: ReadonlyMap<string, Middleware>, timeoutMs: number): Middleware {
  return (ctx: Context, next: Next) => {
    const handler = table.get(ctx.path);
    if (handler === undefined) throw httpError(404, "no such route");
    if (ctx.method !== "GET" && ctx.method !== "HEAD") {
      throw httpError(405, `${ctx.path} answers GET and HEAD only`, { Allow: "GET, HEAD" });
    }
    const result: unknown = handler(ctx, next);
    return result instanceof Promise ? withTimeout(result, timeoutMs) : result;
  };
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
 * socket is closed instead of reading it).
 */
export function limits(maxUrlBytes: number): Middleware {
  return (ctx: Context, next: Next) => {
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
    return next();
  };
}
