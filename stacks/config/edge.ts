import type { EdgeConfig, EnvironmentConfig, ShieldConfig } from "./types.ts";

export { RATE_LIMIT_CEILING, RATE_LIMIT_MINIMUM, RATE_WINDOW_SECONDS } from "../../common/edge-limits.ts";

export const EDGE_DEFAULTS: Required<EdgeConfig> = {
  rateLimit: 2_000,
  sensitivePaths: ["/login", "/api/auth"],
  sensitivePathRateLimit: 100,
  geoBlockCountries: [],
  blockedRequestsAlarmThreshold: 1_000,
};

/** Edge settings with the defaults filled in for every field left out. */
export function withEdgeDefaults(edge: EdgeConfig = {}): Required<EdgeConfig> {
  return { ...EDGE_DEFAULTS, ...stripUndefined(edge) };
}

/** The environment's edge settings with the defaults filled in. */
export function edgeSettings(env: EnvironmentConfig): Required<EdgeConfig> {
  return withEdgeDefaults(env.edge);
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
