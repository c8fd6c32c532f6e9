import { STATUS_CODES } from "node:http";
import type { Context, Middleware } from "koa";
import type { Logger } from "pino";
import { SETTLED } from "./settled.ts";
import type { ServiceState } from "./state.ts";

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

/** An error errorAnswer shows as it is: status, message and headers. */
export function httpError(status: number, message: string, headers?: Record<string, string>): Error {
  return Object.assign(new Error(message), { status, expose: true, headers });
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

/**
 * Answers whatever the middleware after it throw as JSON (errorAnswer), so the middleware
 * before it (access log, metrics) see the status the client gets.
 */
export function errorAnswers(logger: Logger): Middleware<ServiceState> {
  const answer = errorAnswer(logger);
  return (ctx, next) => {
    const work = next();
    // Nothing can fail any more in a request answered synchronously (see SETTLED).
    return work === SETTLED ? work : work.catch((caught: unknown) => answer(ctx, caught));
  };
}
