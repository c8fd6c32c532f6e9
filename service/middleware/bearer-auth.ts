import { createHash, timingSafeEqual } from "node:crypto";
import type { Middleware } from "koa";
import { httpError } from "./errors.ts";
import type { ServiceState } from "./state.ts";

const REALM = 'Bearer realm="metrics"';

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/**
 * Requires `Authorization: Bearer <token>` on `path` (any method), compared in constant time:
 * both sides are hashed first, so neither the token's content nor its length shows in the
 * timing. Anything else answers 401 with `WWW-Authenticate` (RFC 6750: `error="invalid_token"`
 * when a bearer token was given but is not the one). Other paths pass untouched.
 */
export function bearerAuth(path: string, token: string): Middleware<ServiceState> {
  const expected = digest(token);
  return (ctx, next) => {
    if (ctx.path !== path) return next();
    const header = ctx.req.headers.authorization;
    const given =
      header !== undefined && /^Bearer +/i.test(header) ? header.replace(/^Bearer +/i, "").trim() : undefined;
    if (given === undefined || given === "") {
      throw httpError(401, `${path} requires a bearer token`, { "WWW-Authenticate": REALM });
    }
    if (!timingSafeEqual(digest(given), expected)) {
      throw httpError(401, "the bearer token is not valid", {
        "WWW-Authenticate": `${REALM}, error="invalid_token"`,
      });
    }
    return next();
  };
}
