/**
 * What every AWS client of the delivery code shares: adaptive retries (bounded, with delays
 * that tests may shrink through options or environment, never through weaker defaults),
 * request timeouts so a hung connection becomes a retried error instead of a stuck rollout,
 * and a middleware that names the operation on every error and reports each call.
 *
 * The endpoint comes from the SDK's own `AWS_ENDPOINT_URL` handling unless one is passed.
 * Each service lives in its own module (elb.ts, ecs.ts, cloudwatch.ts) so a bundled action
 * carries only the clients it uses.
 */
import { AdaptiveRetryStrategy, DefaultRateLimiter } from "@smithy/core/retry";
import type { StandardRetryBackoffStrategy } from "@smithy/types";

export interface AwsCall {
  service: string;
  /** Operation name, e.g. `ModifyListener`. */
  operation: string;
  /** True for calls that change AWS state. */
  mutating: boolean;
  /** The resource the call names, when it names one (listener, rule, target group, table). */
  resource?: string;
}

export interface AwsOptions {
  region: string;
  /** Overrides `AWS_ENDPOINT_URL` (tests in-process). */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Total attempts per call, first included. Default 6. */
  maxAttempts?: number;
  /**
   * Base delay in ms for the exponential backoff of transient errors; throttling errors use
   * 20 times this. Default: the SDK's (50 ms, throttling 1 s).
   */
  retryBaseMs?: number;
  /** Per-attempt request timeout in ms. Default 15 s; connection timeout is a third of it. */
  requestTimeoutMs?: number;
  /** Called once per logical call (retries are not counted again). */
  onCall?: (call: AwsCall) => void;
}

const READ_PREFIXES = ["Describe", "List", "Get", "Query", "Scan", "BatchGet"];

export function isMutating(operation: string): boolean {
  return !READ_PREFIXES.some((p) => operation.startsWith(p));
}

/** Backoff with full jitter whose base scales with the configured delay. */
class ScaledBackoff implements StandardRetryBackoffStrategy {
  private base: number;
  private readonly factor: number;
  constructor(factor: number) {
    this.factor = factor;
    this.base = 50 * factor;
  }
  computeNextBackoffDelay(attempt: number): number {
    return Math.floor(Math.random() * Math.min(this.base * 2 ** attempt, 20_000));
  }
  setDelayBase(delay: number): void {
    this.base = delay * this.factor;
  }
}

export function retryStrategy(options: AwsOptions): AdaptiveRetryStrategy {
  const maxAttempts = options.maxAttempts ?? 6;
  if (options.retryBaseMs === undefined) {
    return new AdaptiveRetryStrategy(maxAttempts, { maxAttempts });
  }
  // The SDK's own bases are 50 ms (transient) and 1000 ms (throttling): scale both.
  const factor = options.retryBaseMs / 50;
  const limiter = new DefaultRateLimiter({ minFillRate: Math.max(0.5, 25 / Math.max(factor, 0.01)) });
  return new AdaptiveRetryStrategy(maxAttempts, {
    maxAttempts,
    baseDelay: options.retryBaseMs,
    backoff: new ScaledBackoff(factor),
    rateLimiter: limiter,
  });
}

export function baseConfig(options: AwsOptions) {
  const timeout = options.requestTimeoutMs ?? 15_000;
  return {
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    retryStrategy: retryStrategy(options),
    requestHandler: {
      connectionTimeout: Math.max(1000, Math.floor(timeout / 3)),
      requestTimeout: timeout,
      throwOnRequestTimeout: true,
    },
  };
}

/** An AWS error after retries, with the operation that failed. */
export interface AwsErrorInfo {
  operation: string;
  code: string;
  message: string;
}

export function awsErrorInfo(err: unknown): AwsErrorInfo | undefined {
  if (!err || typeof err !== "object") return undefined;
  const e = err as {
    $operation?: string;
    name?: string;
    code?: string;
    Code?: string;
    message?: string;
    $metadata?: unknown;
  };
  if (!e.$operation) return undefined;
  let code = e.Code ?? e.name ?? "Error";
  if ((code === "Error" || code === "TypeError") && e.code) code = e.code;
  const message = (e.message ?? "").split("\n")[0] ?? "";
  return { operation: e.$operation, code, message };
}

/**
 * True when `err` is the AWS error `code`, whichever form the protocol gave it: the query
 * protocol's code (`ListenerNotFound`) or the SDK's exception name (`ListenerNotFoundException`).
 */
export function isAwsError(err: unknown, code: string): boolean {
  if (!err || typeof err !== "object") return false;
  const e = err as { name?: string; Code?: string };
  const bare = code.replace(/Exception$/, "");
  return [e.name, e.Code].some((c) => c === code || c === bare || c === `${bare}Exception`);
}

/** `ModifyListener failed: Throttling: Rate exceeded` */
export function describeAwsError(err: unknown): string {
  const info = awsErrorInfo(err);
  if (!info) return err instanceof Error ? err.message.split("\n")[0]! : String(err);
  return `${info.operation} failed: ${info.code}${info.message ? `: ${info.message}` : ""}`;
}

interface Stackable {
  middlewareStack: {
    add(
      // biome-ignore lint/suspicious/noExplicitAny: the SDK's middleware types are generic per client
      mw: (next: any, context: any) => (args: any) => Promise<any>,
      options: { step: "initialize"; name: string; override?: boolean },
    ): void;
  };
}

/** Adds the naming/reporting middleware to a client. */
export function instrument<C extends Stackable>(client: C, service: string, options: AwsOptions): C {
  client.middlewareStack.add(
    (next, context: { commandName?: string }) => async (args) => {
      const operation = (context.commandName ?? "Unknown").replace(/Command$/, "");
      if (options.onCall) {
        const input = (args?.input ?? {}) as Record<string, unknown>;
        const named = [input.ListenerArn, input.RuleArn, input.TargetGroupArn, input.TableName].find(
          (v) => typeof v === "string",
        ) as string | undefined;
        options.onCall({
          service,
          operation,
          mutating: isMutating(operation),
          ...(named ? { resource: named } : {}),
        });
      }
      try {
        return await next(args);
      } catch (err) {
        if (err && typeof err === "object") {
          Object.defineProperty(err, "$operation", {
            value: operation,
            enumerable: false,
            configurable: true,
          });
        }
        throw err;
      }
    },
    { step: "initialize", name: "securecloudOperationName", override: true },
  );
  return client;
}
