/**
 * The conventions every folder shares (see docs/ARCHITECTURE.md): names, tag keys, colors,
 * severities and the error type that maps bad input to exit code 2. `stacks`, `service`,
 * `policies` and `delivery` may all import this module; they never import each other.
 * Keep it small and free of heavy imports: it is on every start-up path.
 */

export const PROJECT = "securecloud";

/** Tag keys the estate writes and the delivery code and gates read. */
export const TAG = {
  color: "securecloud:color",
  rollbackAlarm: "securecloud:rollback-alarm",
  severity: "securecloud:severity",
  role: "securecloud:role",
} as const;

/** Value of the `securecloud:role` tag on the listeners and the listener rule the delivery code drives. */
export const LISTENER_ROLE = { production: "production", test: "test", idleRoute: "idle-route" } as const;

/**
 * The route to the idle color through the production listener: a listener rule that forwards
 * requests carrying `header` with the secret value (an SSM SecureString the deploy rotates) to
 * the idle color. The smoke checks take it; testers can too.
 */
export const IDLE_ROUTE = {
  header: "x-securecloud-idle",
  /** The SSM parameter holding the header's value. */
  parameter: (env: string) => `/${PROJECT}/${env}/idle-route-secret`,
  /** The rule's priority on the production listener (after the rules that hide paths). */
  priority: 5,
} as const;

/** The rollout table of an environment: the lease, the rollout record and the history. */
export function rolloutTableName(env: string): string {
  return resourceName(env, "rollouts");
}

/** The environment in a load balancer name `<project>-<env>-alb`, or null. */
export function envOfLoadBalancer(name: string): string | null {
  const m = new RegExp(`^${PROJECT}-([a-z0-9][a-z0-9-]*?)-alb$`).exec(name);
  return m ? m[1]! : null;
}

export const COLORS = ["blue", "green"] as const;
export type Color = (typeof COLORS)[number];

export function isColor(value: unknown): value is Color {
  return value === "blue" || value === "green";
}

export function otherColor(color: Color): Color {
  return color === "blue" ? "green" : "blue";
}

export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}

/** Orders severities: low < medium < high < critical. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * shifting: in progress; paused: held at its current weight until promoted or aborted (no run
 * holds the lease meanwhile); complete: all traffic on the new color; rolled-back: traffic back
 * on the stable color; aborted: stopped by an operator (`traffic abort`: traffic back on the
 * stable color) or before any production weight moved (a smoke check failed); failed: a
 * rollback was needed and could not be done.
 */
export const ROLLOUT_STATES = ["shifting", "paused", "complete", "rolled-back", "aborted", "failed"] as const;
export type RolloutState = (typeof ROLLOUT_STATES)[number];

/**
 * `<project>-<env>-<purpose>`, lower-case. Purpose parts are joined with `-`.
 * Throws on characters AWS names commonly refuse, so a typo fails the synth, not the apply.
 */
export function resourceName(env: string, ...purpose: string[]): string {
  const name = [PROJECT, env, ...purpose].join("-").toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(name) || name.includes("--")) {
    throw new Error(`invalid resource name "${name}"`);
  }
  return name;
}

/** Exit codes shared by every command: success, a check found a problem, bad input. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** What EXIT means, in the words every command's --help uses. */
export const EXIT_CODES_HELP =
  "0 ok; 1 a check failed (findings, a failed rollout: what traffic was left on is printed); 2 bad input (one error line, nothing changed)";

/**
 * Bad input: printed as one line `error: <what>: <why>` and exits 2. Nothing may have been
 * changed when this is thrown.
 */
export class UsageError extends Error {
  readonly what: string;
  readonly why: string;
  constructor(what: string, why: string) {
    super(`${what}: ${why}`);
    this.name = "UsageError";
    this.what = what;
    this.why = why;
  }
}

/** The one-line form every command prints for an error. */
export function errorLine(err: unknown): string {
  if (err instanceof UsageError) return `error: ${err.what}: ${err.why}`;
  const message = err instanceof Error ? err.message : String(err);
  return `error: ${message.split("\n")[0]}`;
}
