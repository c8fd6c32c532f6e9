import type { Context, Middleware } from "koa";
import type { HttpMetrics } from "../metrics.ts";
import { afterNext } from "./settled.ts";
import type { ServiceState } from "./state.ts";

/** Counts and times every answered request by method, route (see routeLabel) and status. */
export function httpMetrics(
  metrics: HttpMetrics,
  routeOf: (ctx: Context) => string,
): Middleware<ServiceState> {
  return (ctx, next) => {
    const start = performance.now();
    return afterNext(next(), () => {
      metrics.observe({
        method: ctx.method,
        route: routeOf(ctx),
        status: ctx.status,
        seconds: (performance.now() - start) / 1000,
      });
    });
  };
}
