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
  // One labelled child per series, made on its first request: prom-client's labels() is its
  // documented way to skip building and checking the label object on every observation.
  // Bounded: methods (Node's list, else OTHER) x routes (the table, else UNMATCHED_ROUTE) x
  // statuses (100-599).
  const series = new Map<string, { count: Counter.Internal; time: Histogram.Internal<string> }>();
  return {
    registry,
    observe({ method, route, status, seconds }) {
      const knownMethod = KNOWN_METHODS.has(method) ? method : "OTHER";
      const key = `${knownMethod} ${route} ${status}`;
      let child = series.get(key);
      if (child === undefined) {
        const labels = { method: knownMethod, route, status: String(status) };
        child = { count: requests.labels(labels), time: duration.labels(labels) };
        series.set(key, child);
      }
      child.count.inc();
      child.time.observe(seconds);
    },
  };
}
