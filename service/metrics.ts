import { METHODS } from "node:http";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

export { Registry } from "prom-client";

/** Label value for requests that matched no route: keeps random paths out of the series. */
export const UNMATCHED_ROUTE = "unmatched";

const KNOWN_METHODS = new Set(METHODS);

export interface HttpMetrics {
  registry: Registry;
  observe(sample: { method: string; route: string; status: number; seconds: number }): void;
}

/**
 * Request count and duration by method, route template and status, plus prom-client's process
 * and event-loop metrics, all on the given registry (one per app, so tests can build several).
 */
export function createMetrics(registry: Registry = new Registry()): HttpMetrics {
  collectDefaultMetrics({ register: registry });
  const labelNames = ["method", "route", "status"] as const;
  const requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by method, route template and status.",
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer HTTP requests, by method, route template and status.",
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  // Labels are passed on every call: prom-client's labelled children (labels()) still hash and
  // check the labels on each call, and caching them measured no gain on the bench machine.
  return {
    registry,
    observe({ method, route, status, seconds }) {
      const labels = {
        method: KNOWN_METHODS.has(method) ? method : "OTHER",
        route,
        status: String(status),
      };
      requests.inc(labels);
      duration.observe(labels, seconds);
    },
  };
}
