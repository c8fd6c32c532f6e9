import { isIP } from "node:net";
import type { Middleware } from "koa";
import type { ServiceState } from "./state.ts";

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
 * Works out the client's IP (see clientIp) once, onto `ctx.state.clientIp` and `ctx.ip`, so
 * nothing downstream parses X-Forwarded-For again (Koa's own `ctx.ip` would trust the first).
 */
export function clientAddress(): Middleware<ServiceState> {
  return (ctx, next) => {
    const req = ctx.req;
    const forwarded = req.headers["x-forwarded-for"];
    const ip = clientIp(Array.isArray(forwarded) ? forwarded.join(",") : forwarded, req.socket.remoteAddress);
    ctx.state.clientIp = ip;
    ctx.request.ip = ip;
    return next();
  };
}
