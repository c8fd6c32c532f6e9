import type { HelmetOptions } from "helmet";
import type { Context, Middleware } from "koa";
import koaHelmet from "koa-helmet";
import type { ServiceState } from "./state.ts";

/**
 * Helmet's options for a JSON API: a CSP that allows nothing, HSTS, nosniff, no framing, no
 * referrer, same-origin resource policy. Helmet's headers that only matter for HTML documents in
 * old or current browsers (COOP, Origin-Agent-Cluster, X-DNS-Prefetch-Control,
 * X-Download-Options, X-Permitted-Cross-Domain-Policies, X-XSS-Protection) are left off: this
 * service never serves a document, and every header is paid for on every health check.
 */
export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  },
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: { policy: "same-origin" },
  originAgentCluster: false,
  referrerPolicy: { policy: "no-referrer" },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  xContentTypeOptions: true,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: { action: "deny" },
  xPermittedCrossDomainPolicies: false,
  xPoweredBy: true,
  xXssProtection: false,
};

/** What koa-helmet does to every response: headers it sets and headers it removes. */
export interface HelmetHeaders {
  set: ReadonlyArray<readonly [name: string, value: string]>;
  removed: readonly string[];
}

/**
 * Runs koa-helmet's middleware once against a response that records what is done to it. With
 * options whose values are all constants (no CSP nonce functions, as in HELMET_OPTIONS) every
 * response gets the same headers. Options helmet refuses throw at once, when koa-helmet is made.
 */
export function helmetHeaders(options: HelmetOptions = HELMET_OPTIONS): Promise<HelmetHeaders> {
  const helmet = koaHelmet(options);
  const set = new Map<string, string>();
  const removed: string[] = [];
  const res = {
    setHeader(name: string, value: unknown) {
      set.set(name, String(value));
    },
    removeHeader(name: string) {
      removed.push(name);
      set.delete(name);
    },
    getHeader: () => undefined,
    hasHeader: () => false,
  };
  const req = { method: "GET", url: "/", headers: {} };
  let passedOn = false;
  const run = helmet({ req, res } as unknown as Context, async () => {
    passedOn = true;
  });
  return run.then(() => {
    if (!passedOn) throw new Error("koa-helmet did not pass the request on");
    return { set: [...set], removed };
  });
}

/**
 * koa-helmet's security headers (HELMET_OPTIONS) and `Cache-Control: no-store` on every
 * answer, errors included: no answer may come from a cache (readiness above all).
 *
 * koa-helmet runs once, when the middleware is made (helmetHeaders; it settles within the same
 * turn, long before the server listens), and every request gets the headers it set: the same
 * ones koa-helmet sets per request (test/service/hardening.test.ts compares them), without a
 * promise and helmet's eight header functions on every health check. A request arriving before
 * that has settled waits for it.
 */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): Middleware<ServiceState> {
  let headers: HelmetHeaders | undefined;
  const computed = helmetHeaders(options).then((h) => {
    headers = h;
  });
  // A refusal surfaces on the requests (each answered 500 by errorAnswers), not as an unhandled rejection.
  computed.catch(() => undefined);
  const apply = (ctx: Context, { set, removed }: HelmetHeaders) => {
    const res = ctx.res;
    res.setHeader("Cache-Control", "no-store");
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
  };
  return (ctx, next) => {
    if (headers === undefined) {
      return computed.then(() => {
        apply(ctx, headers as HelmetHeaders);
        return next();
      });
    }
    apply(ctx, headers);
    return next();
  };
}
