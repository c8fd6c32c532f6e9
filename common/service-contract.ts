/**
 * What the estate (stacks/) and the service (service/) must agree on for zero-downtime
 * blue/green: the port, the probe paths, the container name and the drain timings.
 */

export const SERVICE_PORT = 8080;
/** Container name in the task definition; the delivery code replaces this container's image. */
export const CONTAINER_NAME = "app";
/** ALB target-group health check: 200 while ready, 503 once draining. */
export const READINESS_PATH = "/readyz";
/** Container health check: 200 while the process runs (draining tasks stay alive). */
export const LIVENESS_PATH = "/healthz";

/** Seconds a stopping task keeps serving = the target groups' deregistration delay. */
export const DEFAULT_DRAIN_SECONDS = 30;
/** Time the service needs after draining to close sockets and let in-flight requests end. */
export const STOP_TIMEOUT_MARGIN_SECONDS = 10;
/** ECS caps a Fargate container's stopTimeout at 120 s. */
export const MAX_STOP_TIMEOUT_SECONDS = 120;
export const MAX_DRAIN_SECONDS = MAX_STOP_TIMEOUT_SECONDS - STOP_TIMEOUT_MARGIN_SECONDS;
