/**
 * Runtime settings from the environment, shared by the CLI and the actions. The production
 * defaults live in the client and command code; these variables only override them (tests and
 * the rehearsal shrink delays this way):
 *
 *   SECURECLOUD_POLL_MS           bake and deploy-wait poll interval
 *   SECURECLOUD_RETRY_BASE_MS     base delay of the adaptive retry backoff
 *   SECURECLOUD_MAX_ATTEMPTS      attempts per AWS call (first included)
 *   SECURECLOUD_HTTP_TIMEOUT_MS   per-attempt request timeout
 *   SECURECLOUD_HEARTBEAT_MS      heartbeat interval of bakes in a log (default HEARTBEAT_MS)
 *
 * The endpoint is the SDK's own `AWS_ENDPOINT_URL`; credentials come from the SDK's chain.
 */
import type { AwsOptions } from "./aws/common.ts";

function positive(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function awsOptionsFromEnv(env: NodeJS.ProcessEnv, region: string): AwsOptions {
  const options: AwsOptions = { region };
  if (env !== process.env) {
    // A caller-supplied environment (tests, embedding): the SDK itself only reads process.env.
    if (env.AWS_ENDPOINT_URL) options.endpoint = env.AWS_ENDPOINT_URL;
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
      options.credentials = {
        accessKeyId: env.AWS_ACCESS_KEY_ID,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
      };
    }
  }
  const attempts = positive(env, "SECURECLOUD_MAX_ATTEMPTS");
  if (attempts !== undefined && attempts >= 1) options.maxAttempts = Math.floor(attempts);
  const base = positive(env, "SECURECLOUD_RETRY_BASE_MS");
  if (base !== undefined) options.retryBaseMs = base;
  const timeout = positive(env, "SECURECLOUD_HTTP_TIMEOUT_MS");
  if (timeout !== undefined && timeout > 0) options.requestTimeoutMs = timeout;
  return options;
}

/** How often a bake prints its heartbeat in a log (at most 30 s apart, the check included). */
export const HEARTBEAT_MS = 25_000;

/**
 * The heartbeat interval: SECURECLOUD_HEARTBEAT_MS, else HEARTBEAT_MS when the output is not a
 * terminal (a CI log, an action); undefined on a terminal.
 */
export function heartbeatMs(env: NodeJS.ProcessEnv, tty: boolean): number | undefined {
  const v = positive(env, "SECURECLOUD_HEARTBEAT_MS");
  if (v !== undefined && v > 0) return v;
  return tty ? undefined : HEARTBEAT_MS;
}

export function pollMsFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  return positive(env, "SECURECLOUD_POLL_MS");
}

/**
 * While `fn` runs, SIGINT/SIGTERM abort its signal (a shift then rolls back, a deploy stops
 * waiting) instead of killing the process; a second signal kills it as usual.
 */
export async function withSignals<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const handlers: [NodeJS.Signals, () => void][] = [];
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    const handler = () => {
      if (controller.signal.aborted) {
        for (const [s, h] of handlers) process.removeListener(s, h);
        process.kill(process.pid, sig);
        return;
      }
      controller.abort(sig);
    };
    handlers.push([sig, handler]);
    process.on(sig, handler);
  }
  try {
    return await fn(controller.signal);
  } finally {
    for (const [s, h] of handlers) process.removeListener(s, h);
  }
}
