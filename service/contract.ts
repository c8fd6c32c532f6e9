/**
 * The service's side of its contract with the stacks. The shared numbers (port, probes, drain
 * window, stop timeout, environment, container health check) live in common/service-contract.ts
 * and are re-exported here; what follows is the service's own: request limits and timeouts.
 */
import { ALB_IDLE_TIMEOUT_SECONDS } from "../common/service-contract.ts";

export * from "../common/service-contract.ts";

/** The service's name in logs, `/version` and `/`. */
export const SERVICE_NAME = "securecloud-monitor";

/**
 * Longest time one request may take inside the service before it is answered 503. It bounds
 * how long in-flight requests can hold the exit after the drain window; it must stay well
 * under STOP_TIMEOUT_MARGIN_SECONDS.
 */
export const REQUEST_TIMEOUT_MS = 5_000;

/**
 * After the drain window, connections still open this long are destroyed and the process
 * exits 1. Longer than REQUEST_TIMEOUT_MS, shorter than STOP_TIMEOUT_MARGIN_SECONDS.
 */
export const FORCE_CLOSE_AFTER_MS = 8_000;

/**
 * Node's keep-alive timeout must outlast the ALB's idle timeout, or the ALB reuses a socket the
 * service has just closed and answers 502.
 */
export const KEEP_ALIVE_TIMEOUT_MS = (ALB_IDLE_TIMEOUT_SECONDS + 5) * 1000;

/** Limits on what a client may send. Bodies are refused outright. */
export const MAX_URL_BYTES = 2048;
export const MAX_HEADER_BYTES = 8192;
export const HEADERS_TIMEOUT_MS = 10_000;

/** Body of `GET /version`. */
export interface VersionInfo {
  service: string;
  color: "blue" | "green";
  version: string;
  commit: string;
  startedAt: string;
}
