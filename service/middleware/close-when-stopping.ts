import type { Middleware } from "koa";
import type { ServiceState } from "./state.ts";

/**
 * `Connection: close` on every answer once the server has stopped accepting (`isClosing()`),
 * so in-flight keep-alive sockets end with their response and the drain can finish.
 */
export function closeWhenStopping(isClosing: () => boolean): Middleware<ServiceState> {
  return (ctx, next) => {
    if (isClosing()) ctx.res.setHeader("Connection", "close");
    return next();
  };
}
