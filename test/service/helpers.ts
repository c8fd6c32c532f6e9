/** Shared helpers for the service tests: real servers on loopback, a log sink, a tiny client. */
import { type ChildProcess, spawn } from "node:child_process";
import { type Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { connect, type Socket } from "node:net";
import { fileURLToPath } from "node:url";
import type { DestinationStream } from "pino";
import { type AppOptions, createApp, type ServiceApp } from "../../service/app.ts";
import type { ServiceConfig } from "../../service/config.ts";
import { createHttpServer } from "../../service/http.ts";
import { createLogger } from "../../service/logger.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SERVER_ENTRY = "service/server.ts";

export const baseConfig: ServiceConfig = {
  port: 0,
  host: "127.0.0.1",
  color: "green",
  version: "1.4.2",
  gitSha: "0123456789abcdef0123456789abcdef01234567",
  drainSeconds: 1,
  logLevel: "info",
};

/** Collects pino's JSON lines in memory. */
export class LogSink implements DestinationStream {
  readonly lines: Record<string, unknown>[] = [];
  write(chunk: string): void {
    for (const line of chunk.split("\n")) if (line) this.lines.push(JSON.parse(line));
  }
  byRequestId(id: string): Record<string, unknown>[] {
    return this.lines.filter((l) => l.requestId === id);
  }
  accessLine(id: string): Record<string, unknown> | undefined {
    return this.lines.find((l) => l.requestId === id && l.msg === "request");
  }
}

export interface TestApp extends ServiceApp {
  url: string;
  port: number;
  logs: LogSink;
  close(): Promise<void>;
}

/** createApp + createHttpServer listening on 127.0.0.1 on a free port. */
export async function startApp(
  overrides: Partial<ServiceConfig> = {},
  options: Omit<AppOptions, "logger"> = {},
): Promise<TestApp> {
  const config = { ...baseConfig, ...overrides };
  const logs = new LogSink();
  const service = createApp(config, { ...options, logger: createLogger(config, logs) });
  const server = createHttpServer(service.app.callback(), service.logger);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    ...service,
    url: `http://127.0.0.1:${port}`,
    port,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): unknown;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string | string[]>;
  body?: string;
  agent?: Agent | false;
  timeoutMs?: number;
  /** Called with the socket the request went out on (to count keep-alive reuse). */
  onSocket?: (socket: Socket) => void;
}

/** One HTTP request with node:http; resolves with status, headers and the whole body. */
export function request(url: string, options: RequestOptions = {}): Promise<Reply> {
  const headers = { ...options.headers };
  if (
    options.body !== undefined &&
    !Object.keys(headers).some((h) => /^(content-length|transfer-encoding)$/i.test(h))
  ) {
    headers["content-length"] = String(Buffer.byteLength(options.body));
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "GET", headers, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    if (options.onSocket) req.on("socket", options.onSocket);
    req.setTimeout(options.timeoutMs ?? 5000, () => req.destroy(new Error("client timeout")));
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The answer is complete: headers and as many body bytes as Content-Length says. */
function completeAnswer(raw: string, headOnly: boolean): boolean {
  const split = raw.indexOf("\r\n\r\n");
  if (split < 0) return false;
  if (headOnly && !raw.startsWith("HTTP/1.1 100 ")) return true;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(raw.slice(0, split));
  return length !== null && raw.length - split - 4 >= Number(length[1]);
}

/**
 * Writes raw bytes on a fresh connection; resolves with the first answer once it is complete
 * (by Content-Length, or at the end of the headers for an answer to HEAD) or the server closes
 * the connection.
 */
export function rawRequest(
  port: number,
  data: string | Buffer,
  timeoutMs = 3000,
  headOnly = false,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString("latin1"));
    };
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no complete answer within ${timeoutMs} ms: ${Buffer.concat(chunks).toString()}`));
    }, timeoutMs);
    socket.on("data", (c) => {
      chunks.push(c);
      if (completeAnswer(Buffer.concat(chunks).toString("latin1"), headOnly)) done();
    });
    socket.on("error", () => {});
    socket.on("close", done);
    socket.write(data);
  });
}

/** Splits a raw HTTP/1.1 answer into status, lower-cased headers and body. */
export function parseRaw(raw: string): { status: number; headers: Record<string, string>; body: string } {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).split("\r\n");
  const status = Number(head[0]?.split(" ")[1]);
  const headers: Record<string, string> = {};
  for (const line of head.slice(1)) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers, body: raw.slice(split + 4) };
}

/** Value of one sample in Prometheus text, or undefined if absent. */
export function sample(
  metricsText: string,
  name: string,
  labels: Record<string, string>,
): number | undefined {
  for (const line of metricsText.split("\n")) {
    if (!line.startsWith(`${name}{`)) continue;
    const close = line.lastIndexOf("}");
    const found = Object.fromEntries(
      [...line.slice(name.length + 1, close).matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(line.slice(close + 1).trim());
  }
  return undefined;
}

export interface Child {
  process: ChildProcess;
  stdout: string[];
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Resolves with the first stdout JSON line that satisfies `match`. */
  waitForLog(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
}

/** Runs the real server entry as `node --import tsx service/server.ts` with exactly `env`. */
export function spawnServer(env: Record<string, string>, nodeFlags: string[] = []): Child {
  const child = spawn(process.execPath, ["--import", "tsx", ...nodeFlags, SERVER_ENTRY], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiters: {
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }[] = [];
  let partial = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    partial += chunk;
    const lines = partial.split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      stdout.push(line);
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(line);
      } catch {
        continue;
      }
      for (const w of [...waiters]) {
        if (w.match(parsed)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(parsed);
        }
      }
    }
  });
  let errPartial = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    errPartial += chunk;
    const lines = errPartial.split("\n");
    errPartial = lines.pop() ?? "";
    stderr.push(...lines);
  });
  let exitAt = 0;
  child.on("exit", () => {
    exitAt = performance.now();
  });
  // Resolved once stdio has closed too, so every line is in `stdout` and `stderr`.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) => {
      child.on("close", (code, signal) => {
        if (partial) stdout.push(partial);
        if (errPartial) stderr.push(errPartial);
        resolve({ code, signal, at: exitAt });
      });
    },
  );
  return {
    process: child,
    stdout,
    stderr,
    exited,
    waitForLog(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`no matching log line; stdout: ${stdout.join("\n")} stderr: ${stderr.join("\n")}`),
            ),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
        exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`server exited; stdout: ${stdout.join("\n")} stderr: ${stderr.join("\n")}`));
        });
      });
    },
  };
}
