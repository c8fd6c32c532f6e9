import type { HelmetOptions } from "helmet";
import type { Middleware } from "koa";
import koaHelmet from "koa-helmet";
import type { ServiceState } from "./state.ts";

/**
 * koa-helmet's options for a JSON API: a CSP that allows nothing, HSTS, nosniff, no framing, no
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

/**
 * koa-helmet's security headers (HELMET_OPTIONS) and `Cache-Control: no-store` on every answer,
 * errors included: no answer may come from a cache (readiness above all).
 */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): Middleware<ServiceState> {
  const helmet = koaHelmet(options);
  return (ctx, next) => {
    ctx.res.setHeader("Cache-Control", "no-store");
    return helmet(ctx, next);
  };
}
