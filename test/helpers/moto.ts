/**
 * Starts moto's AWS API emulator (`moto_server` from the project venv) on a free loopback
 * port, waits until it answers, and hands the endpoint to tests. Each call gets its own
 * server, so tests in different files never share AWS state.
 *
 *   const moto = await startMoto();
 *   t.teardown(() => moto.stop());
 *   const elb = new ElasticLoadBalancingV2Client(moto.clientConfig());
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
export const MOTO_SERVER = join(root, ".venv", "bin", "moto_server");

export interface Moto {
  /** `http://127.0.0.1:<port>`: what AWS_ENDPOINT_URL should be. */
  endpoint: string;
  port: number;
  region: string;
  /** Environment for a child process that must talk to this moto through the SDK. */
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
  /** Config for an SDK v3 client constructed in the test process. */
  clientConfig(): {
    region: string;
    endpoint: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
  /** moto's own API: POST /moto-api/reset wipes all state. */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(endpoint: string, child: ChildProcess, deadlineMs: number): Promise<void> {
  const started = Date.now();
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  while (Date.now() - started < deadlineMs) {
    if (exited !== null) throw new Error(`moto_server exited with ${exited} before answering`);
    try {
      const res = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`moto_server did not answer on ${endpoint} within ${deadlineMs} ms`);
}

export interface StartMotoOptions {
  region?: string;
  /** Extra environment for moto itself, e.g. { MOTO_ECS_SERVICE_RUNNING: "2" }. */
  env?: Record<string, string>;
}

export async function startMoto(options: StartMotoOptions = {}): Promise<Moto> {
  if (!existsSync(MOTO_SERVER)) {
    throw new Error(`${MOTO_SERVER} is missing: run \`node scripts/pytools.mjs\` (npm test does)`);
  }
  const region = options.region ?? "us-east-1";
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(MOTO_SERVER, ["-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...options.env },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  try {
    await waitUntilUp(endpoint, child, 30_000);
  } catch (err) {
    child.kill("SIGKILL");
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }
  const credentials = { accessKeyId: "testing", secretAccessKey: "testing" };
  return {
    endpoint,
    port,
    region,
    env: (extra = {}) => ({
      ...process.env,
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_EC2_METADATA_DISABLED: "true",
      ...extra,
    }),
    clientConfig: () => ({ region, endpoint, credentials }),
    reset: async () => {
      const res = await fetch(`${endpoint}/moto-api/reset`, { method: "POST" });
      await res.arrayBuffer();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }),
  };
}
