/**
 * What the estate (stacks/) and the service (service/) must agree on for zero-downtime
 * blue/green: the port, the probes, the container name, the environment the task definition
 * sets, and the drain timings. Imports nothing, so either side loads it for free.
 *
 * How they fit together on a blue/green stop:
 *   - the target group's deregistration delay is DRAIN_SECONDS,
 *   - on SIGTERM the service answers `GET /readyz` with 503 at once and keeps serving for
 *     DRAIN_SECONDS, then stops accepting, closes idle keep-alive sockets and lets in-flight
 *     requests finish,
 *   - ECS waits `stopTimeoutSeconds(DRAIN_SECONDS)` = DRAIN_SECONDS + 10 before SIGKILL, and
 *     Fargate caps stopTimeout at 120 s, hence DRAIN_SECONDS <= 110.
 */

/** Container name in the task definition; the delivery code replaces this container's image. */
export const CONTAINER_NAME = "app";

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

/** The ALB's idle timeout (the load balancer attribute `idle_timeout.timeout_seconds`). */
export const ALB_IDLE_TIMEOUT_SECONDS = 60;

/** Environment variables the service reads; the task definition sets them. */
export const SERVICE_ENV = {
  port: "PORT",
  host: "HOST",
  color: "SERVICE_COLOR",
  version: "APP_VERSION",
  gitSha: "GIT_SHA",
  drainSeconds: "DRAIN_SECONDS",
  logLevel: "LOG_LEVEL",
  /** A secret (the task definition takes it from Parameter Store): guards GET /metrics. */
  metricsBearerToken: "METRICS_BEARER_TOKEN",
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
