import type { Context, Middleware } from "koa";
import { UNMATCHED_ROUTE } from "../metrics.ts";
import { httpError } from "./errors.ts";
import { SETTLED } from "./settled.ts";
import type { ServiceState } from "./state.ts";

/** What a route answers with: synchronously, or through a promise. */
export type RouteHandler = (ctx: Context) => void | Promise<void>;

/** The service's routes: exact paths, each answering GET and HEAD. */
export type RouteTable = ReadonlyMap<string, RouteHandler>;

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

/**
 * The route a request is counted and logged under: its path when that is a route, otherwise
 * UNMATCHED_ROUTE, so random paths cannot grow the log fields' or the metrics' label values.
 * Known before any route runs, so a request refused earlier (a body, a long URL) is still
 * counted under its route.
 */
export function routeLabel(table: RouteTable): (ctx: Context) => string {
  return (ctx) => (table.has(ctx.path) ? ctx.path : UNMATCHED_ROUTE);
}

/**
 * Answers GET and HEAD on exact paths from `table` (Koa leaves the body out for HEAD).
 * Matching is on the raw path: case-sensitive, no trailing-slash folding, no percent-decoding,
 * as @koa/router with `strict` and `sensitive` matches static paths. A known path with another
 * method is a 405 with `Allow: GET, HEAD`; any other path is a 404 (both thrown). Returns the
 * handler's promise, or SETTLED when it answered synchronously.
 */
export function router(table: RouteTable): Middleware<ServiceState> {
  return (ctx) => {
    const handler = table.get(ctx.path);
    if (handler === undefined) throw httpError(404, "no such route");
    if (ctx.method !== "GET" && ctx.method !== "HEAD") {
      throw httpError(405, `${ctx.path} answers GET and HEAD only`, { Allow: "GET, HEAD" });
    }
    // A handler that answered synchronously returns nothing: say so with SETTLED.
    return handler(ctx) ?? SETTLED;
  };
}
