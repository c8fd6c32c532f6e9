/**
 * The numbers the service and the stacks must agree on: the container port, the health-check
 * paths, the drain window and the timeouts derived from it. `stacks/` imports this module when
 * it writes the target group and the task definition, so it stays free of runtime imports.
 *
 * How they fit together on a blue/green stop:
 *   - the target group's deregistration delay is DRAIN_SECONDS,
 *   - on SIGTERM the service answers `GET /readyz` with 503 at once and keeps serving for
 *     DRAIN_SECONDS, then stops accepting, closes idle keep-alive sockets and lets in-flight
 *     requests finish (each is bounded by REQUEST_TIMEOUT_MS),
 *   - ECS waits `stopTimeoutSeconds(DRAIN_SECONDS)` = DRAIN_SECONDS + 10 before SIGKILL, and
 *     Fargate caps stopTimeout at 120 s, hence DRAIN_SECONDS <= 110.
 */

/** The service's name in logs, `/version` and `/`. */
export const SERVICE_NAME = "securecloud-monitor";

/** The port the container listens on (also the target group's and the port mapping's). */
export const SERVICE_PORT = 8080;

/** Liveness: 200 while the process runs. Use it for the container health check. */
export const LIVENESS_PATH = "/healthz";

/** Readiness: 200 while serving, 503 once draining. The ALB target group health check. */
export const READINESS_PATH = "/readyz";

/** The status the target group health check expects (its `matcher`). */
export const READINESS_HEALTHY_STATUS = 200;

export const VERSION_PATH = "/version";
export const METRICS_PATH = "/metrics";

/** Default drain window in seconds; the target group's deregistration delay. */
export const DEFAULT_DRAIN_SECONDS = 30;

/** Fargate's upper bound for a container's stopTimeout. */
export const FARGATE_MAX_STOP_TIMEOUT_SECONDS = 120;

/** Time after the drain window for in-flight requests to finish and the process to exit. */
export const STOP_TIMEOUT_MARGIN_SECONDS = 10;

/** Largest drain window that still fits Fargate's stop timeout with the margin above. */
export const MAX_DRAIN_SECONDS = FARGATE_MAX_STOP_TIMEOUT_SECONDS - STOP_TIMEOUT_MARGIN_SECONDS;

/** The ECS container `stopTimeout` for a given drain window. */
export function stopTimeoutSeconds(drainSeconds: number): number {
  return drainSeconds + STOP_TIMEOUT_MARGIN_SECONDS;
}

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

/** The ALB's idle timeout (the load balancer attribute `idle_timeout.timeout_seconds`). */
export const ALB_IDLE_TIMEOUT_SECONDS = 60;

/**
 * Node's keep-alive timeout must outlast the ALB's idle timeout, or the ALB reuses a socket the
 * service has just closed and answers 502.
 */
export const KEEP_ALIVE_TIMEOUT_MS = (ALB_IDLE_TIMEOUT_SECONDS + 5) * 1000;

/** Limits on what a client may send. Bodies are refused outright. */
export const MAX_URL_BYTES = 2048;
export const MAX_HEADER_BYTES = 8192;
export const HEADERS_TIMEOUT_MS = 10_000;

/** Environment variables the service reads; the task definition sets them. */
export const SERVICE_ENV = {
  port: "PORT",
  host: "HOST",
  color: "SERVICE_COLOR",
  version: "APP_VERSION",
  gitSha: "GIT_SHA",
  drainSeconds: "DRAIN_SECONDS",
  logLevel: "LOG_LEVEL",
} as const;

/**
 * A container health check for the task definition (ECS `healthCheck.command`). It probes
 * liveness, not readiness, so ECS never kills a task that is draining on purpose. Node 24 has
 * `fetch`; the image has no curl.
 */
export const CONTAINER_HEALTH_CHECK_COMMAND: readonly string[] = [
  "CMD",
  "node",
  "-e",
  `fetch("http://127.0.0.1:"+(process.env.PORT||${SERVICE_PORT})+"${LIVENESS_PATH}").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`,
];

/** Body of `GET /version`. */
export interface VersionInfo {
  service: string;
  color: "blue" | "green";
  version: string;
  commit: string;
  startedAt: string;
}
