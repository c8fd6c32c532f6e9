import { randomUUID } from "node:crypto";
import type { Middleware } from "koa";
import type { ServiceState } from "./state.ts";

/**
 * An accepted incoming `X-Request-Id`: 1-128 characters from letters, digits and `. _ : = + / -`,
 * starting with a letter or digit (UUIDs, ULIDs, AWS trace ids, base64 all fit).
 */
export const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:=+/-]{0,127}$/;

/** The request's id: a sane incoming `X-Request-Id`, otherwise a fresh UUID. */
export function requestIdOf(given: string | string[] | undefined): string {
  return typeof given === "string" && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Gives every request an id (see requestIdOf) on `ctx.state.requestId`, and echoes it on the
 * response, errors included: logs, error bodies and the client then name the same request.
 */
export function requestId(): Middleware<ServiceState> {
  return (ctx, next) => {
    const id = requestIdOf(ctx.req.headers["x-request-id"]);
    ctx.state.requestId = id;
    ctx.res.setHeader("X-Request-Id", id);
    return next();
  };
}
