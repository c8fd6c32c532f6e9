import { Agent } from "node:http";
import { connect, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import test from "ava";
import { Gauge, Registry } from "prom-client";
import { startService } from "../../service/drain.ts";
import { createLogger } from "../../service/logger.ts";
import { baseConfig, LogSink, request, spawnServer } from "./helpers.ts";

interface Outcome {
  start: number;
  end: number;
  status?: number;
  error?: string;
}

async function listeningPort(child: ReturnType<typeof spawnServer>): Promise<number> {
  const line = await child.waitForLog((l) => l.msg === "listening");
  return Number(line.port);
}

test("SIGTERM under keep-alive load: 503 readiness at once, no failed request in the window, exit 0 after it", async (t) => {
  const drainSeconds = 2;
  const child = spawnServer({
    SERVICE_COLOR: "blue",
    PORT: "0",
    HOST: "127.0.0.1",
    DRAIN_SECONDS: String(drainSeconds),
  });
  t.teardown(() => child.process.kill("SIGKILL"));
  const url = `http://127.0.0.1:${await listeningPort(child)}`;

  // Steady keep-alive load: four clients back to back on at most four sockets.
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  t.teardown(() => agent.destroy());
  const sockets = new Set<Socket>();
  const outcomes: Outcome[] = [];
  let stop = false;
  const worker = async (path: string) => {
    while (!stop) {
      const start = performance.now();
      try {
        const res = await request(`${url}${path}`, {
          agent,
          onSocket: (s) => sockets.add(s),
          timeoutMs: 2000,
        });
        outcomes.push({ start, end: performance.now(), status: res.status });
      } catch (err) {
        outcomes.push({ start, end: performance.now(), error: (err as Error).message });
      }
    }
  };
  const workers = ["/", "/healthz", "/version", "/"].map(worker);
  await sleep(300);

  // Readiness is probed on its own warm keep-alive socket, as the ALB would.
  const probe = new Agent({ keepAlive: true, maxSockets: 1 });
  t.teardown(() => probe.destroy());
  t.is((await request(`${url}/readyz`, { agent: probe })).status, 200);

  const draining = child.waitForLog((l) => String(l.msg).startsWith("drain started"));
  const signalledAt = performance.now();
  child.process.kill("SIGTERM");
  let firstNotReady = Number.POSITIVE_INFINITY;
  while (performance.now() - signalledAt < 2000) {
    const res = await request(`${url}/readyz`, { agent: probe });
    if (res.status === 503) {
      firstNotReady = performance.now();
      t.deepEqual(res.json(), { status: "draining" });
      break;
    }
    await sleep(5);
  }
  const readinessLag = firstNotReady - signalledAt;
  // "At once" is the ordering the ALB depends on: from the moment the process says it is
  // draining, no readiness probe answers 200. How soon the OS delivers the signal and schedules
  // the process is the machine's business, so the latency bound is loose.
  await draining;
  t.is(
    (await request(`${url}/readyz`, { agent: probe })).status,
    503,
    "a probe after the drain log answers 503",
  );
  t.true(readinessLag <= 1000, `readiness turned 503 after ${readinessLag.toFixed(1)} ms`);

  // Keep the load on until just before the window ends.
  await sleep(signalledAt + drainSeconds * 1000 - 100 - performance.now());
  stop = true;
  await Promise.all(workers);

  const inWindow = outcomes.filter((o) => o.start >= signalledAt);
  const failed = outcomes.filter((o) => o.error !== undefined || o.status !== 200);
  t.deepEqual(failed, [], "no request failed before or during the drain window");
  t.true(inWindow.length >= 50, `only ${inWindow.length} requests during the window`);
  t.true(sockets.size <= 8, `keep-alive sockets were not reused: ${sockets.size} sockets`);

  const { code, at } = await child.exited;
  const exitAfter = at - signalledAt;
  t.log(
    `readiness 503 after ${readinessLag.toFixed(1)} ms; ${inWindow.length} requests in the window on ${sockets.size} sockets; exit after ${exitAfter.toFixed(0)} ms`,
  );
  t.is(code, 0);
  t.true(
    exitAfter >= drainSeconds * 1000 - 50 && exitAfter <= drainSeconds * 1000 + 1000,
    `exited ${exitAfter.toFixed(0)} ms after SIGTERM`,
  );

  // stdout held only JSON log lines, telling the story in order; stderr stayed empty.
  const logs = child.stdout.map((line) => JSON.parse(line) as Record<string, unknown>);
  const story = logs.map((l) => l.msg).filter((m) => m !== "request");
  t.deepEqual(story, [
    "listening",
    "drain started: readiness answers 503, still serving",
    "drain window over: not accepting, closing idle connections",
    "all connections closed: exiting",
  ]);
  t.deepEqual(child.stderr, []);
});

for (const [first, second, code] of [
  ["SIGTERM", "SIGTERM", 143],
  ["SIGINT", "SIGINT", 130],
  ["SIGINT", "SIGTERM", 143],
] as const) {
  test(`a second signal exits at once: ${first} then ${second} exits ${code}`, async (t) => {
    const child = spawnServer({ SERVICE_COLOR: "green", PORT: "0", HOST: "127.0.0.1", DRAIN_SECONDS: "30" });
    t.teardown(() => child.process.kill("SIGKILL"));
    await listeningPort(child);
    const draining = child.waitForLog((l) => String(l.msg).startsWith("drain started"));
    child.process.kill(first);
    await draining;
    const secondAt = performance.now();
    child.process.kill(second);
    const exit = await child.exited;
    t.is(exit.code, code);
    t.true(exit.at - secondAt < 500, `exited ${(exit.at - secondAt).toFixed(0)} ms after the second signal`);
    t.regex(child.stdout.at(-1) ?? "", /"msg":"second signal: exiting now"/);
  });
}

/** A registry whose scrape takes `ms`: gives /metrics a real slow in-flight request. */
function slowRegistry(ms: number): Registry {
  const registry = new Registry();
  new Gauge({
    name: "slow_collector",
    help: "takes a while to collect",
    registers: [registry],
    async collect() {
      await sleep(ms);
      this.set(1);
    },
  });
  return registry;
}

function exitRecorder() {
  let resolve: (code: number) => void = () => {};
  const exited = new Promise<{ code: number; at: number }>((r) => {
    resolve = (code) => r({ code, at: performance.now() });
  });
  return { exit: (code: number) => resolve(code), exited };
}

test("after the window: idle keep-alive sockets close, new connections are refused, in-flight requests finish, then exit 0", async (t) => {
  const recorder = exitRecorder();
  const logs = new LogSink();
  const config = { ...baseConfig, drainSeconds: 1 };
  const svc = await startService(config, {
    logger: createLogger(config, logs),
    registry: slowRegistry(800),
    exit: recorder.exit,
  });
  t.teardown(() => svc.server.closeAllConnections());

  // An idle keep-alive connection, like the ALB's pool.
  const idleAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  t.teardown(() => idleAgent.destroy());
  let idleSocket: Socket | undefined;
  await request(`${svc.url}/healthz`, { agent: idleAgent, onSocket: (s) => (idleSocket = s) });
  const idleClosed = new Promise<number>((resolve) =>
    idleSocket?.once("close", () => resolve(performance.now())),
  );

  const signalledAt = performance.now();
  svc.signal("SIGTERM");
  t.is(svc.lifecycle.phase, "draining");
  t.is((await request(`${svc.url}/readyz`)).status, 503);

  // Starts 300 ms before the window ends and takes 800 ms: in flight when the server closes.
  await sleep(700);
  const inFlightStartedAt = performance.now();
  const inFlight = request(`${svc.url}/metrics`, { timeoutMs: 3000 }).then((res) => ({
    res,
    at: performance.now(),
  }));

  const idleClosedAt = await idleClosed;
  t.true(idleClosedAt - signalledAt >= 950, "the idle socket stayed open through the window");
  t.is(svc.lifecycle.phase, "closing");
  const refused = await new Promise<string>((resolve) => {
    const s = connect(svc.port, "127.0.0.1");
    s.on("connect", () => {
      s.destroy();
      resolve("connected");
    });
    s.on("error", (err: NodeJS.ErrnoException) => resolve(err.code ?? "error"));
  });
  t.is(refused, "ECONNREFUSED");

  const { res } = await inFlight;
  t.is(res.status, 200);
  t.regex(res.text, /^slow_collector 1$/m);
  t.is(res.headers.connection, "close");

  const { code, at: exitAt } = await recorder.exited;
  t.is(code, 0);
  // The server may finish writing before the client has read the answer, so compare with when
  // the 800 ms request started: exiting earlier would have cut it short.
  t.true(exitAt >= inFlightStartedAt + 790, "exit waited for the in-flight request");
  t.true(exitAt - signalledAt < 1000 + 800 + 300);
});

test("connections still open after the force-close delay are destroyed and the exit code is 1", async (t) => {
  const recorder = exitRecorder();
  const logs = new LogSink();
  const config = { ...baseConfig, drainSeconds: 0 };
  const svc = await startService(config, {
    logger: createLogger(config, logs),
    registry: slowRegistry(3000),
    exit: recorder.exit,
    forceCloseAfterMs: 300,
  });
  t.teardown(() => svc.server.closeAllConnections());
  const stuck = request(`${svc.url}/metrics`, { timeoutMs: 5000 }).then(
    () => "answered",
    (err: NodeJS.ErrnoException) => err.code ?? err.message,
  );
  await sleep(50);
  const signalledAt = performance.now();
  svc.signal("SIGTERM");
  const { code, at } = await recorder.exited;
  t.is(code, 1);
  t.true(at - signalledAt >= 290 && at - signalledAt < 1000, `${at - signalledAt} ms`);
  t.is(await stuck, "ECONNRESET");
  t.truthy(logs.lines.find((l) => l.level === "error" && String(l.msg).startsWith("connections still open")));
});

test("in-process: the first signal drains, the second exits at once with 128 + its number", async (t) => {
  const recorder = exitRecorder();
  const config = { ...baseConfig, drainSeconds: 30 };
  const svc = await startService(config, {
    logger: createLogger(config, new LogSink()),
    exit: recorder.exit,
  });
  t.teardown(() => {
    svc.server.closeAllConnections();
    svc.server.close();
  });
  svc.signal("SIGINT");
  t.is(svc.lifecycle.phase, "draining");
  t.is((await request(`${svc.url}/healthz`)).status, 200);
  const at = performance.now();
  svc.signal("SIGTERM");
  const exit = await recorder.exited;
  t.is(exit.code, 143);
  t.true(exit.at - at < 50);
});
