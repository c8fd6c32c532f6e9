/**
 * Input validation shared by the CLI and the actions. Every function here is pure and throws
 * `UsageError` (exit 2) on bad input, so a command rejects its inputs before it makes any AWS call.
 */
import {
  type Color,
  envOfLoadBalancer,
  IDLE_ROUTE,
  isColor,
  rolloutTableName,
  UsageError,
} from "../common/conventions.ts";
import { CONTAINER_NAME } from "../common/service-contract.ts";

/** The parts of an Application Load Balancer listener ARN the delivery code needs. */
export interface ListenerArn {
  arn: string;
  partition: string;
  region: string;
  account: string;
  /** `app/<name>/<id>`: the CloudWatch `LoadBalancer` dimension. */
  loadBalancerDimension: string;
  loadBalancerArn: string;
}

const LISTENER_ARN =
  /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):elasticloadbalancing:([a-z]{2}(?:-[a-z]+)+-\d+):(\d{12}):listener\/app\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?)\/([0-9a-f]{16})\/([0-9a-f]{16})$/;

export function parseListenerArn(value: string | undefined, what = "--listener"): ListenerArn {
  if (value === undefined || value.trim() === "") throw new UsageError(what, "is required");
  const arn = value.trim();
  const m = LISTENER_ARN.exec(arn);
  if (!m) {
    if (/:listener\/net\//.test(arn)) {
      throw new UsageError(
        what,
        `"${arn}" is a Network Load Balancer listener; weighted forwarding needs an ALB`,
      );
    }
    throw new UsageError(
      what,
      `"${arn}" is not an ALB listener ARN (arn:aws:elasticloadbalancing:<region>:<account>:listener/app/<name>/<id>/<id>)`,
    );
  }
  const [, partition, region, account, name, lbId] = m as unknown as string[];
  return {
    arn,
    partition: partition!,
    region: region!,
    account: account!,
    loadBalancerDimension: `app/${name}/${lbId}`,
    loadBalancerArn: `arn:${partition}:elasticloadbalancing:${region}:${account}:loadbalancer/app/${name}/${lbId}`,
  };
}

/** The load balancer's name in a listener ARN (`app/<name>/<id>`). */
export function loadBalancerName(listener: ListenerArn): string {
  return listener.loadBalancerDimension.split("/")[1] ?? "";
}

/**
 * The environment's rollout table: `override` (SECURECLOUD_ROLLOUT_TABLE), else by convention
 * from the load balancer's name `<project>-<env>-alb` → `<project>-<env>-rollouts`.
 */
export function rolloutTable(listener: ListenerArn, override?: string): string {
  const v = override?.trim() ?? "";
  if (v !== "") {
    if (!/^[A-Za-z0-9_.-]{3,255}$/.test(v))
      throw new UsageError("SECURECLOUD_ROLLOUT_TABLE", `"${v}" is not a DynamoDB table name`);
    return v;
  }
  const env = envOfLoadBalancer(loadBalancerName(listener));
  if (!env) {
    throw new UsageError(
      "--listener",
      `cannot tell the environment from load balancer "${loadBalancerName(listener)}" (expected <project>-<env>-alb): set SECURECLOUD_ROLLOUT_TABLE`,
    );
  }
  return rolloutTableName(env);
}

/** The SSM parameter of the idle-color route's secret, by the same convention (or `override`). */
export function idleRouteParameter(listener: ListenerArn, override?: string): string | null {
  const v = override?.trim() ?? "";
  if (v !== "") {
    if (!/^\/?[A-Za-z0-9_./-]{1,1011}$/.test(v))
      throw new UsageError("SECURECLOUD_IDLE_ROUTE_PARAMETER", `"${v}" is not an SSM parameter name`);
    return v;
  }
  const env = envOfLoadBalancer(loadBalancerName(listener));
  return env ? IDLE_ROUTE.parameter(env) : null;
}

/** An https:// (or, for tests on loopback, http://) base URL for the smoke checks. */
export function parseSmokeUrl(value: string | undefined, what = "--smoke-url"): string | undefined {
  const v = value?.trim() ?? "";
  if (v === "") return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new UsageError(what, `"${v}" is not a URL`);
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    throw new UsageError(what, `"${v}" must be https:// (http:// only on loopback)`);
  if (url.search || url.hash) throw new UsageError(what, "must not carry a query or fragment");
  return url.toString().replace(/\/$/, "");
}

/** `targetgroup/<name>/<id>`: the CloudWatch `TargetGroup` dimension of a target group ARN. */
export function targetGroupDimension(targetGroupArn: string): string {
  const i = targetGroupArn.indexOf(":targetgroup/");
  return i < 0 ? targetGroupArn : targetGroupArn.slice(i + 1);
}

export function parseColor(value: string | undefined, what: string): Color {
  const v = value?.trim().toLowerCase();
  if (v === undefined || v === "") throw new UsageError(what, "is required (blue or green)");
  if (!isColor(v)) throw new UsageError(what, `unknown color "${value}" (expected blue or green)`);
  return v;
}

export function parseOptionalColor(value: string | undefined, what: string): Color | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  return parseColor(value, what);
}

/**
 * Canary steps: the new color's weight in percent after each step, strictly increasing within
 * 1..100. A plan that does not end at 100 gets a final 100 step, so success always means all
 * traffic on the new color.
 */
export function parseSteps(value: string | undefined, what = "--steps"): number[] {
  if (value === undefined || value.trim() === "") return [...DEFAULT_STEPS];
  const parts = value
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (parts.length === 0) throw new UsageError(what, "needs at least one step");
  const steps: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) throw new UsageError(what, `"${part}" is not a whole percentage`);
    const n = Number(part);
    if (n < 1 || n > 100) throw new UsageError(what, `${n} is outside 1..100`);
    const prev = steps[steps.length - 1];
    if (prev !== undefined && n <= prev) {
      throw new UsageError(what, `steps must increase: ${n} follows ${prev}`);
    }
    steps.push(n);
  }
  if (steps[steps.length - 1] !== 100) steps.push(100);
  return steps;
}

export const DEFAULT_STEPS: readonly number[] = [10, 50, 100];
export const DEFAULT_BAKE_SECONDS = 300;
export const DEFAULT_MAX_ERROR_RATE_DELTA = 5;
export const DEFAULT_DEPLOY_TIMEOUT_SECONDS = 900;
export const DEFAULT_CONTAINER = CONTAINER_NAME;
/** How often `traffic status --watch` refreshes, seconds. */
export const DEFAULT_WATCH_INTERVAL_SECONDS = 5;

/** A non-negative number of seconds (decimals allowed, at most a day). */
export function parseSeconds(
  value: string | undefined,
  what: string,
  fallback: number,
  { min = 0, max = 86_400 }: { min?: number; max?: number } = {},
): number {
  if (value === undefined || value.trim() === "") return fallback;
  const v = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(v)) throw new UsageError(what, `"${value}" is not a number of seconds`);
  const n = Number(v);
  if (n < 0) throw new UsageError(what, `must not be negative (got ${v})`);
  if (n < min) throw new UsageError(what, `must be at least ${min} (got ${v})`);
  if (n > max) throw new UsageError(what, `must be at most ${max} (got ${v})`);
  return n;
}

export function parsePercent(value: string | undefined, what: string, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const v = value.trim().replace(/%$/, "");
  if (!/^-?\d+(\.\d+)?$/.test(v)) throw new UsageError(what, `"${value}" is not a percentage`);
  const n = Number(v);
  if (n < 0 || n > 100) throw new UsageError(what, `${v} is outside 0..100`);
  return n;
}

export type AlarmSelection = { mode: "auto" } | { mode: "named"; names: string[] } | { mode: "none" };

/** `auto` (alarms tagged `securecloud:rollback-alarm=true`), `none`, or a comma-separated list of names. */
export function parseAlarms(value: string | undefined, what = "--alarms"): AlarmSelection {
  const v = value?.trim() ?? "";
  if (v === "" || v === "auto") return { mode: "auto" };
  if (v === "none") return { mode: "none" };
  const names = v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  for (const name of names) {
    // CloudWatch alarm names: 1..255 printable characters (no control characters).
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    if (name.length > 255 || /[\u0000-\u001f\u007f]/.test(name)) {
      throw new UsageError(what, `"${name.slice(0, 40)}" is not a valid alarm name`);
    }
    if (name === "auto" || name === "none") {
      throw new UsageError(what, `"${name}" cannot be combined with alarm names`);
    }
  }
  if (names.length === 0) throw new UsageError(what, "lists no alarm names");
  if (new Set(names).size !== names.length) throw new UsageError(what, "lists an alarm twice");
  return { mode: "named", names };
}

export type Format = "text" | "json";

export function parseFormat(value: string | undefined, what = "--format"): Format {
  const v = value?.trim() ?? "";
  if (v === "" || v === "text") return "text";
  if (v === "json") return "json";
  throw new UsageError(what, `unknown format "${value}" (expected text or json)`);
}

/** ECS cluster: a name (1..255 letters, digits, hyphens, underscores) or a cluster ARN. */
export function parseCluster(value: string | undefined, what = "--cluster"): string {
  const v = value?.trim() ?? "";
  if (v === "") throw new UsageError(what, "is required");
  if (/^arn:[a-z-]+:ecs:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]{1,255}$/.test(v)) return v;
  if (/^[A-Za-z0-9_-]{1,255}$/.test(v)) return v;
  throw new UsageError(what, `"${v}" is not an ECS cluster name or ARN`);
}

/**
 * A container image reference: `[registry/]repository[:tag][@digest]`, as ECS accepts it
 * (up to 255 characters, no whitespace).
 */
export function parseImage(value: string | undefined, what = "--image"): string {
  const v = value?.trim() ?? "";
  if (v === "") throw new UsageError(what, "is required");
  if (v.length > 255) throw new UsageError(what, "is longer than 255 characters");
  const ref =
    /^(?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-]+[a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
  if (!ref.test(v)) throw new UsageError(what, `"${v}" is not a container image reference`);
  return v;
}

export function parseContainer(value: string | undefined, what = "--container"): string {
  const v = value?.trim() ?? "";
  if (v === "") return DEFAULT_CONTAINER;
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(v)) throw new UsageError(what, `"${v}" is not a container name`);
  return v;
}

/** AWS region name such as `eu-west-1`. */
export function parseRegion(value: string | undefined, what = "--region"): string | undefined {
  const v = value?.trim() ?? "";
  if (v === "") return undefined;
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(v)) throw new UsageError(what, `"${v}" is not an AWS region`);
  return v;
}

/** Free text kept in a tag value: bounded, printable. */
export function parseText(value: string | undefined, what: string, max = 256): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === "") return undefined;
  if (v.length > 1024) throw new UsageError(what, `is longer than 1024 characters`);
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

export function parseBoolean(value: string | boolean | undefined, what: string): boolean {
  if (value === undefined || value === false || value === "") return false;
  if (value === true) return true;
  const v = value.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(v)) return true;
  if (["false", "no", "0", "off"].includes(v)) return false;
  throw new UsageError(what, `"${value}" is not true or false`);
}
