import { METHODS } from "node:http";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

export { Registry } from "prom-client";

/** Label value for requests that matched no route: keeps random paths out of the series. */
export const UNMATCHED_ROUTE = "unmatched";

const KNOWN_METHODS = new Set(METHODS);

/** The method as a label: a method Node knows, or OTHER, so the label set stays bounded. */
export function methodLabel(method: string): string {
  return KNOWN_METHODS.has(method) ? method : "OTHER";
}

export interface HttpMetrics {
  registry: Registry;
  observe(sample: { method: string; route: string; status: number; seconds: number }): void;
}

/** One label set of the request metrics, made on its first request and kept. */
interface Series {
  labels: { method: string; route: string; status: string };
  /** Requests answered with these labels; `reported` of them are already in the counter. */
  count: number;
  reported: number;
}

/**
 * Request count and duration by method, route template and status, plus prom-client's process
 * and event-loop metrics, all on the given registry (one per app, so tests can build several).
 *
 * Per request this costs one Map lookup, a counter increment and one histogram observation:
 * each label set's labels object is made once, and the request counter is brought up to date
 * when it is scraped (prom-client's `collect` hook) rather than through prom-client on every
 * request, which hashes and validates the labels on each call.
 */
export function createMetrics(registry: Registry = new Registry()): HttpMetrics {
  collectDefaultMetrics({ register: registry });
  const labelNames = ["method", "route", "status"] as const;
  const series = new Map<string, Series>();
  new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by method, route template and status.",
    labelNames,
    registers: [registry],
    collect() {
      for (const s of series.values()) {
        if (s.count > s.reported) {
          this.inc(s.labels, s.count - s.reported);
          s.reported = s.count;
        }
      }
    },
  });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time to answer HTTP requests, by method, route template and status.",
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    registry,
    observe({ method, route, status, seconds }) {
      const label = methodLabel(method);
      const key = `${label} ${route} ${status}`;
      let s = series.get(key);
      if (s === undefined) {
        s = { labels: { method: label, route, status: String(status) }, count: 0, reported: 0 };
        series.set(key, s);
      }
      s.count++;
      duration.observe(s.labels, seconds);
    },
  };
}
