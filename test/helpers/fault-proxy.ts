/**
 * A loopback HTTP proxy in front of moto that injects the faults real AWS produces:
 * throttling, 5xx, dropped connections (before or after the call reached the service),
 * requests that never answer, requests that arrive late, and rewritten responses (what moto cannot produce, such as an
 * ECS deployment stopped by the circuit breaker). Every request is logged with its service
 * and operation, so tests can count the calls a child process made.
 *
 *   const proxy = await startFaultProxy(moto.endpoint);
 *   proxy.add({ match: (r) => r.operation === "ModifyListener", fault: { kind: "status", status: 503 } });
 *   env.AWS_ENDPOINT_URL = proxy.endpoint;
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

export interface ProxiedRequest {
  seq: number;
  service: string;
  operation: string;
  /** 1-based count of this operation so far (including this one). */
  n: number;
  body: string;
  mutating: boolean;
  fault?: Fault["kind"];
}

export type Fault =
  | { kind: "throttle" }
  | { kind: "status"; status: number }
  /** Close the connection without forwarding: the call never reached the service. */
  | { kind: "drop" }
  /** Forward, then close the connection: the call took effect but the client never hears. */
  | { kind: "drop-after" }
  /** Never answer (until the proxy closes). */
  | { kind: "hold" }
  /** Forward, then hold the response: the call took effect, the client waits. */
  | { kind: "hold-after" }
  /** Forward and rewrite the response body. */
  | { kind: "rewrite"; fn: (body: string) => string }
  /** Wait, then forward: the call reaches the service late (a slow network, a slow runner). */
  | { kind: "delay"; ms: number };

export interface Rule {
  match: (r: ProxiedRequest) => boolean;
  fault: Fault;
  /** How many requests this rule applies to; default unlimited. */
  times?: number;
  /** Probability (0..1) the rule fires on a matching request; default 1. Uses the proxy's seeded random. */
  probability?: number;
}

export interface FaultProxy {
  endpoint: string;
  log: ProxiedRequest[];
  add(rule: Rule): void;
  clear(): void;
  /** Resolves with the next request a hold rule catches (or one already held and not yet awaited). */
  nextHeld(): Promise<ProxiedRequest>;
  mutatingCalls(): ProxiedRequest[];
  close(): Promise<void>;
}

const READS = ["Describe", "List", "Get", "Query", "Scan", "BatchGet"];

function serviceOf(req: IncomingMessage): string {
  const auth = String(req.headers.authorization ?? "");
  const m = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(auth);
  return m?.[1] ?? "unknown";
}

function operationOf(req: IncomingMessage, body: string): string {
  const target = req.headers["x-amz-target"];
  if (typeof target === "string") return target.split(".").pop() ?? target;
  const m = /(?:^|&)Action=([A-Za-z0-9]+)/.exec(body);
  if (m) return m[1]!;
  const path = /\/operation\/([A-Za-z0-9]+)/.exec(req.url ?? "");
  return path?.[1] ?? "unknown";
}

function errorBody(req: IncomingMessage, code: string, message: string): { type: string; body: string } {
  if (typeof req.headers["x-amz-target"] === "string") {
    return { type: "application/x-amz-json-1.1", body: JSON.stringify({ __type: code, message }) };
  }
  return {
    type: "text/xml",
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fault-proxy</RequestId></ErrorResponse>`,
  };
}

/** mulberry32: a small seeded PRNG so "random" faults repeat run to run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFaultProxy(target: string, options: { seed?: number } = {}): Promise<FaultProxy> {
  const upstream = new URL(target);
  const rules: { rule: Rule; left: number }[] = [];
  const log: ProxiedRequest[] = [];
  const counts = new Map<string, number>();
  const held: ProxiedRequest[] = [];
  const waiters: ((r: ProxiedRequest) => void)[] = [];
  const sockets = new Set<Socket>();
  const random = seeded(options.seed ?? 42);

  const hold = (r: ProxiedRequest) => {
    const w = waiters.shift();
    if (w) w(r);
    else held.push(r);
  };

  const forward = (
    req: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: upstream.host };
      const up = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const h: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") h[k] = v;
            resolve({ status: res.statusCode ?? 502, headers: h, body: Buffer.concat(chunks) });
          });
          res.on("error", reject);
        },
      );
      up.on("error", reject);
      up.end(body);
    });

  const send = (
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
    body: Buffer | string,
  ) => {
    const buf = typeof body === "string" ? Buffer.from(body) : body;
    const h = { ...headers };
    delete h["transfer-encoding"];
    h["content-length"] = String(buf.length);
    res.writeHead(status, h);
    res.end(buf);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      const text = body.toString("utf8");
      const service = serviceOf(req);
      const operation = operationOf(req, text);
      const n = (counts.get(operation) ?? 0) + 1;
      counts.set(operation, n);
      const entry: ProxiedRequest = {
        seq: log.length + 1,
        service,
        operation,
        n,
        body: text,
        mutating: !READS.some((p) => operation.startsWith(p)),
      };
      log.push(entry);
      let fault: Fault | undefined;
      for (const r of rules) {
        if (r.left <= 0 || !r.rule.match(entry)) continue;
        if (r.rule.probability !== undefined && random() >= r.rule.probability) continue;
        r.left--;
        fault = r.rule.fault;
        break;
      }
      entry.fault = fault?.kind;
      try {
        switch (fault?.kind) {
          case undefined: {
            const up = await forward(req, body);
            return send(res, up.status, up.headers, up.body);
          }
          case "throttle": {
            const e = errorBody(
              req,
              entry.service === "ecs" ? "ThrottlingException" : "Throttling",
              "Rate exceeded",
            );
            return send(res, 400, { "content-type": e.type }, e.body);
          }
          case "status": {
            const e = errorBody(req, "ServiceUnavailable", "injected server error");
            return send(res, fault.status, { "content-type": e.type }, e.body);
          }
          case "drop":
            return req.socket.destroy();
          case "drop-after":
            await forward(req, body);
            return req.socket.destroy();
          case "hold":
            return hold(entry);
          case "hold-after":
            await forward(req, body);
            return hold(entry);
          case "rewrite": {
            const up = await forward(req, body);
            return send(res, up.status, up.headers, fault.fn(up.body.toString("utf8")));
          }
          case "delay": {
            await new Promise((resolve) => setTimeout(resolve, fault.ms));
            const up = await forward(req, body);
            return send(res, up.status, up.headers, up.body);
          }
        }
      } catch {
        req.socket.destroy();
      }
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    log,
    add: (rule) => rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY }),
    clear: () => {
      rules.length = 0;
      log.length = 0;
      counts.clear();
      held.length = 0;
    },
    nextHeld: () =>
      new Promise((resolve) => {
        const h = held.shift();
        if (h) resolve(h);
        else waiters.push(resolve);
      }),
    mutatingCalls: () => log.filter((r) => r.mutating),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A fault proxy for one test: started in front of `target` with `rules`, closed when the test
 * ends. Point the code under test at `proxy.endpoint`.
 */
export async function faultProxyFor(
  t: { teardown(fn: () => unknown): void },
  target: string,
  rules: Rule[] = [],
  options: { seed?: number } = {},
): Promise<FaultProxy> {
  const proxy = await startFaultProxy(target, options);
  t.teardown(() => proxy.close());
  for (const rule of rules) proxy.add(rule);
  return proxy;
}
