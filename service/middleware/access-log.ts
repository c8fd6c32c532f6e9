import type { Context, Middleware } from "koa";
import type { Logger } from "pino";
import { methodLabel } from "../metrics.ts";
import { afterNext } from "./settled.ts";
import type { ServiceState } from "./state.ts";

/**
 * One access-log line (info) per answered request, with method, route (see routeLabel),
 * status, latency, request id and client IP. Failures are logged again, with their stack, by
 * errorAnswers.
 *
 * The line comes from a pino child logger per method and route, made on first use: pino
 * serialises a child's bindings once, so each line only serialises what changes. Methods Node
 * does not know (which its parser refuses anyway) are logged through the parent, so the cache
 * stays bounded.
 */
export function accessLog(logger: Logger, routeOf: (ctx: Context) => string): Middleware<ServiceState> {
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
  return (ctx, next) => {
    const start = performance.now();
    return afterNext(next(), () => {
      const latencyMs = Math.round((performance.now() - start) * 1e3) / 1e3;
      accessLogger(ctx.method, routeOf(ctx)).info(
        { status: ctx.status, latencyMs, requestId: ctx.state.requestId, clientIp: ctx.state.clientIp },
        "request",
      );
    });
  };
}
