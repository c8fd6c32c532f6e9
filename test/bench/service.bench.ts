/**
 * The service's GET /healthz against its peers, side by side in one run with autocannon over
 * loopback: bare node:http, bare Koa (no middleware), the conventional Koa composition a team
 * would write (conventional-koa.ts: request id, koa-pino-logger, prom-client, JSON errors,
 * koa-helmet per request, @koa/router) and the service with every middleware on.
 *
 * - Each server runs in its own child process, so RSS and CPU are its own; autocannon runs here.
 * - No loader in the children: the TypeScript targets are compiled once by esbuild (packages
 *   left to node_modules), as Node 24 runs them in production by stripping types. tsx would add
 *   its loader thread (tens of MB) to the RSS.
 * - The service and the peer log every request at info through pino into /dev/null: the same
 *   serialisation and writes as on stdout in production, without a terminal. The service uses
 *   its production destination (logDestination), the peer pino's default (synchronous).
 * - Each server gets WARMUP_SECONDS of load first, so its code is optimised before the rounds.
 * - Rounds alternate between the targets so a busy machine hurts all alike; medians are
 *   reported, and each ratio is the median of the per-round ratios (round i of one target
 *   against round i of the other, seconds apart), which moves less than a ratio of medians.
 *   CPU per request (the server's own user + system time) is printed too: it moves less than
 *   req/s when other work shares the cores.
 *
 * Targets: req/s >= 1.5x the conventional peer and >= 60% of bare Koa, p99 <= 2x bare
 * node:http, RSS under load < 100 MB. Run alone: `npx tsx test/bench/service.bench.ts`.
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ROUNDS = 5;
const WARMUP_SECONDS = 2;
const ROUND_SECONDS = 2;
const CONNECTIONS = 10; // autocannon's default

/** The part of autocannon's result read here (the package ships no types). */
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** Both children report their port once, then RSS and CPU time every 50 ms. */
const REPORT = `setInterval(() => { const c = process.cpuUsage(); process.send({ rss: process.memoryUsage.rss(), cpu: c.user + c.system }); }, 50);`;

const BARE_SOURCE = `import { createServer } from "node:http";
const body = JSON.stringify({ status: "ok" });
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
${REPORT}`;

/** Koa with no middleware at all: shows what Koa itself costs on this machine. */
const KOA_SOURCE = `import Koa from "koa";
const app = new Koa();
app.use((ctx) => { if (ctx.path === "/healthz") ctx.body = { status: "ok" }; });
const server = app.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
${REPORT}`;

const SERVICE_SOURCE = `import { startService } from "./service/drain.ts";
import { createLogger, logDestination } from "./service/logger.ts";
import pino from "pino";
// LOG_TO=pipe: stdout, a pipe the bench drains (as the ECS log driver's); otherwise /dev/null.
// LOG_DEST: the service's destination (batched), or pino's own, async or sync, unbatched.
const to = process.env.LOG_TO === "pipe" ? 1 : "/dev/null";
const dest =
  process.env.LOG_DEST === "async" ? pino.destination({ dest: to, sync: false })
  : process.env.LOG_DEST === "sync" ? pino.destination({ dest: to, sync: true })
  : logDestination(to);
const config = { port: 0, host: "127.0.0.1", color: "blue", version: "bench", gitSha: "unknown", drainSeconds: 0, logLevel: "info" };
const service = await startService(config, {
  logger: createLogger(config, dest),
});
process.send({ port: service.port });
${REPORT}`;

const PEER_SOURCE = `import pino from "pino";
import { createConventionalApp } from "./test/bench/conventional-koa.ts";
const app = createConventionalApp(pino.destination("/dev/null"));
const server = app.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
${REPORT}`;

interface Server {
  child: ChildProcess;
  port: number;
  peakRss: number;
  cpuMicros: number;
}

async function writeTargets(
  dir: string,
): Promise<{ bare: string; koa: string; service: string; peer: string }> {
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  const bare = join(dir, "bare.mjs");
  writeFileSync(bare, BARE_SOURCE);
  const koa = join(dir, "koa.mjs");
  writeFileSync(koa, KOA_SOURCE);
  const compile = async (contents: string, name: string) => {
    const outfile = join(dir, `${name}.mjs`);
    await build({
      stdin: { contents, resolveDir: ROOT, sourcefile: `${name}-target.ts`, loader: "ts" },
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      outfile,
      logLevel: "silent",
    });
    return outfile;
  };
  return {
    bare,
    koa,
    service: await compile(SERVICE_SOURCE, "service"),
    peer: await compile(PEER_SOURCE, "peer"),
  };
}

function start(file: string, env: Record<string, string> = {}): Promise<Server> {
  const child = fork(file, [], {
    execArgv: [],
    env: { ...process.env, ...env },
    stdio: ["ignore", env.LOG_TO === "pipe" ? "pipe" : "ignore", "inherit", "ipc"],
  });
  child.stdout?.resume();
  return new Promise((resolve, reject) => {
    const server: Server = { child, port: 0, peakRss: 0, cpuMicros: 0 };
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${file} exited ${code} before listening`)));
    child.on("message", (m: { port?: number; rss?: number; cpu?: number }) => {
      if (m.port !== undefined) {
        server.port = m.port;
        child.removeAllListeners("exit");
        resolve(server);
      }
      if (m.rss !== undefined) server.peakRss = Math.max(server.peakRss, m.rss);
      if (m.cpu !== undefined) server.cpuMicros = m.cpu;
    });
  });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Round {
  requestsPerSecond: number;
  p99Ms: number;
  cpuMicrosPerRequest: number;
  failures: number;
}

async function round(server: Server, seconds: number): Promise<Round> {
  await pause(60);
  const cpuBefore = server.cpuMicros;
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}/healthz`,
    connections: CONNECTIONS,
    duration: seconds,
  });
  await pause(60);
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    cpuMicrosPerRequest: (server.cpuMicros - cpuBefore) / Math.max(result.requests.total, 1),
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 12)).join("");
}

interface Target {
  label: string;
  server: Server;
  rounds: Round[];
}

export async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "service-bench-"));
  const servers: Server[] = [];
  try {
    const files = await writeTargets(dir);
    const target = async (label: string, file: string, env?: Record<string, string>): Promise<Target> => {
      const server = await start(file, env);
      servers.push(server);
      return { label, server, rounds: [] };
    };
    const bare = await target("bare node:http", files.bare);
    const koa = await target("bare Koa (no middleware)", files.koa);
    const peer = await target("conventional Koa peer", files.peer);
    const service = await target("service, all middleware", files.service);
    // The service's log destination against pino's own, each writing to a pipe (stdout, as on
    // ECS, where the log driver reads it): what the batching is worth.
    const logging = [
      await target("service, log: batched (pipe)", files.service, { LOG_TO: "pipe" }),
      await target("service, log: pino async (pipe)", files.service, { LOG_TO: "pipe", LOG_DEST: "async" }),
      await target("service, log: pino sync (pipe)", files.service, { LOG_TO: "pipe", LOG_DEST: "sync" }),
    ];
    const all = [bare, koa, peer, service, ...logging];
    for (const t of all) {
      await round(t.server, WARMUP_SECONDS);
      t.server.peakRss = 0;
    }
    for (let i = 0; i < ROUNDS; i++) {
      for (const t of all) t.rounds.push(await round(t.server, ROUND_SECONDS));
    }
    /** Median over rounds of `of` / `to`, each round against the same round of the other. */
    const ratio = (of: Target, to: Target, pick: (r: Round) => number) =>
      median(of.rounds.map((r, i) => pick(r) / Math.max(pick(to.rounds[i] as Round), Number.MIN_VALUE)));
    const rps = (r: Round) => r.requestsPerSecond;
    const cpu = (r: Round) => r.cpuMicrosPerRequest;
    const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
    const line = (t: Target) =>
      row([
        t.label,
        Math.round(median(t.rounds.map(rps))),
        percent(ratio(t, bare, rps)),
        median(t.rounds.map((r) => r.p99Ms)),
        median(t.rounds.map(cpu)).toFixed(1),
        (t.server.peakRss / 2 ** 20).toFixed(1),
        t.rounds.reduce((n, r) => n + r.failures, 0),
        t.rounds.map((r) => Math.round(r.requestsPerSecond)).join(" / "),
      ]);
    const vsPeer = ratio(service, peer, rps);
    const vsKoa = ratio(service, koa, rps);
    const p99Ratio = ratio(service, bare, (r) => Math.max(r.p99Ms, 1));
    const rssMb = service.server.peakRss / 2 ** 20;
    const met = (ok: boolean) => (ok ? "yes" : "NO");
    console.log(
      [
        "",
        `## service: GET /healthz, autocannon ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s, loopback (medians)`,
        row([
          "target",
          "req/s",
          "vs bare",
          "p99 ms",
          "CPU us/req",
          "peak RSS MB",
          "failures",
          "req/s per round",
        ]),
        ...all.map(line),
        "",
        row(["against the targets", "measured", "target", "met"]),
        row(["req/s vs conventional peer", `${vsPeer.toFixed(2)}x`, ">= 1.5x", met(vsPeer >= 1.5)]),
        row(["req/s vs bare Koa", percent(vsKoa), ">= 60%", met(vsKoa >= 0.6)]),
        row(["p99 vs bare node:http", `${p99Ratio.toFixed(2)}x`, "<= 2x", met(p99Ratio <= 2)]),
        row(["service peak RSS", `${rssMb.toFixed(1)} MB`, "< 100 MB", met(rssMb < 100)]),
        row(["for reading", "", "", ""]),
        row(["bare Koa req/s vs bare", percent(ratio(koa, bare, rps)), "", ""]),
        row(["peer req/s vs bare Koa", percent(ratio(peer, koa, rps)), "", ""]),
        row(["CPU/req: service / peer", percent(ratio(service, peer, cpu)), "", ""]),
        row(["CPU/req: Koa / service", percent(ratio(koa, service, cpu)), "", ""]),
        row([
          "pipe log: async/batched req/s",
          percent(ratio(logging[1] as Target, logging[0] as Target, rps)),
          "",
          "",
        ]),
        row([
          "pipe log: sync/batched req/s",
          percent(ratio(logging[2] as Target, logging[0] as Target, rps)),
          "",
          "",
        ]),
        "service and peer log every request (pino, info) into /dev/null; bare node:http and bare Koa log nothing.",
        "p99 under 1 ms counts as 1 ms in the ratio; RSS is the peak sampled every 50 ms over the rounds.",
        "Ratios are medians of per-round ratios; the table's columns are medians of the rounds.",
      ].join("\n"),
    );
  } finally {
    for (const server of servers) server.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bench();
}
