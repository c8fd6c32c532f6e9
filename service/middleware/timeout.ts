import type { Middleware } from "koa";
import { httpError } from "./errors.ts";
import { SETTLED } from "./settled.ts";
import type { ServiceState } from "./state.ts";

/**
 * `work`, or a 503 error if it has not settled after `ms`. The work is not cancelled (nothing
 * here can be), but the client gets its answer and the socket is freed.
 */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(httpError(503, `request took longer than ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/**
 * Answers 503 for a request the middleware after it have not finished within `ms`. A request
 * they answered synchronously (SETTLED) has finished, and while synchronous code runs no timer
 * could fire anyway, so only one still pending gets a timer.
 */
export function timeout(ms: number): Middleware<ServiceState> {
  return (_ctx, next) => {
    const work = next();
    return work === SETTLED ? work : withTimeout(work, ms);
  };
}
