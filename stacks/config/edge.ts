import type { EdgeConfig, EnvironmentConfig, ShieldConfig } from "./types.ts";

/** AWS WAF refuses a rate-based rule with a limit below 10 requests per evaluation window. */
export const RATE_LIMIT_MINIMUM = 10;

/**
 * The highest per-IP limit the estate accepts, per 5-minute window: 10,000 requests, about
 * 33 requests a second sustained from one address. That is already more than one Fargate
 * task of this service answers comfortably, and well above any browser or mobile client; a
 * limit above it would let a single address do what took the backend down on May 31. A
 * client that truly needs more is a partner integration to agree on, not a reason to loosen
 * the limit for the whole internet.
 */
export const RATE_LIMIT_CEILING = 10_000;

/** The window every rate-based rule counts over, seconds. */
export const RATE_WINDOW_SECONDS = 300;

export const EDGE_DEFAULTS: Required<EdgeConfig> = {
  rateLimit: 2_000,
  sensitivePaths: ["/login", "/api/auth"],
  sensitivePathRateLimit: 100,
  geoBlockCountries: [],
  blockedRequestsAlarmThreshold: 1_000,
};

/** The environment's edge settings with the defaults filled in. */
export function edgeSettings(env: EnvironmentConfig): Required<EdgeConfig> {
  return { ...EDGE_DEFAULTS, ...stripUndefined(env.edge ?? {}) };
}

/**
 * What Shield Advanced does with the rules it writes during an L7 attack. Block is the
 * default: Shield only writes them once it has detected an attack against the resource's
 * learned baseline (and, with health-based detection, only while the application is hurting),
 * so counting would watch the outage the feature exists to stop. `count` remains for the first
 * weeks of a new baseline, if an operator wants to review Shield's rules before trusting them.
 */
export function shieldResponse(shield: ShieldConfig | undefined): "BLOCK" | "COUNT" {
  return shield?.automaticResponse === "count" ? "COUNT" : "BLOCK";
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
