import type { Context, Middleware } from "koa";
import { httpError } from "./errors.ts";
import type { ServiceState } from "./state.ts";

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

/** Refuses requests outside the limits (checkLimits) before any route sees them. */
export function limits(maxUrlBytes: number): Middleware<ServiceState> {
  return (ctx, next) => {
    checkLimits(ctx, maxUrlBytes);
    return next();
  };
}
