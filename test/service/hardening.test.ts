import type { AddressInfo } from "node:net";
import test from "ava";
import Koa from "koa";
import koaHelmet from "koa-helmet";
import { Gauge, Registry } from "prom-client";
import { KEEP_ALIVE_TIMEOUT_MS, MAX_HEADER_BYTES, MAX_URL_BYTES } from "../../service/contract.ts";
import { HELMET_OPTIONS } from "../../service/middleware/security-headers.ts";
import { parseRaw, rawRequest, request, startApp } from "./helpers.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// --- request ids ---------------------------------------------------------------------------

test("a sane X-Request-Id is echoed, used in the access log and in error bodies", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  for (const id of [
    "abc",
    "Root=1-5f84c7a9-0e1b2c3d4e5f6a7b8c9d0e1f",
    "a.b_c-d:e",
    "dGVzdA+/==",
    "x".repeat(128),
  ]) {
    const ok = await request(`${svc.url}/healthz`, { headers: { "x-request-id": id } });
    t.is(ok.headers["x-request-id"], id);
    t.is(svc.logs.accessLine(id)?.status, 200);
  }
  const missing = await request(`${svc.url}/missing`, { headers: { "x-request-id": "trace-42" } });
  t.is(missing.headers["x-request-id"], "trace-42");
  t.is((missing.json() as { requestId: string }).requestId, "trace-42");
});

test("a missing or insane X-Request-Id is replaced by a fresh UUID", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const seen = new Set<string>();
  const insane: (Record<string, string | string[]> | undefined)[] = [
    undefined,
    { "x-request-id": "" },
    { "x-request-id": "x".repeat(129) },
    { "x-request-id": "has space" },
    { "x-request-id": "<script>" },
    { "x-request-id": "-leading-dash" },
    { "x-request-id": "semi;colon" },
    { "x-request-id": ["one", "two"] },
  ];
  for (const headers of insane) {
    const res = await request(`${svc.url}/healthz`, headers ? { headers } : {});
    const id = String(res.headers["x-request-id"]);
    t.regex(id, UUID, JSON.stringify(headers));
    t.false(seen.has(id));
    seen.add(id);
    t.truthy(svc.logs.accessLine(id));
  }
});

// --- client IP: exactly one trusted X-Forwarded-For hop -------------------------------------

test("the client IP is the last X-Forwarded-For entry (the one the ALB appended); earlier ones are ignored", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const cases: [string | string[] | undefined, string][] = [
    [undefined, "127.0.0.1"],
    ["203.0.113.7", "203.0.113.7"],
    ["6.6.6.6, 203.0.113.7", "203.0.113.7"],
    ["10.0.0.1,6.6.6.6,   203.0.113.7", "203.0.113.7"],
    ["127.0.0.1, 10.0.0.1, 198.51.100.2", "198.51.100.2"],
    [["6.6.6.6", "203.0.113.9"], "203.0.113.9"],
    ["6.6.6.6, 2001:db8::1", "2001:db8::1"],
    ["203.0.113.7, not-an-ip", "127.0.0.1"],
    ["203.0.113.7, ", "127.0.0.1"],
    ["", "127.0.0.1"],
  ];
  for (const [i, [forwarded, expected]] of cases.entries()) {
    const id = `xff-${i}`;
    const headers: Record<string, string | string[]> = { "x-request-id": id };
    if (forwarded !== undefined) headers["x-forwarded-for"] = forwarded;
    const res = await request(`${svc.url}/healthz`, { headers });
    t.is(res.status, 200);
    t.is(svc.logs.accessLine(id)?.clientIp, expected, JSON.stringify(forwarded));
  }
});

// --- access log -----------------------------------------------------------------------------

test("one JSON access line per request with method, route, status, latency, request id and client IP", async (t) => {
  const svc = await startApp({ color: "blue", version: "9.9.9" });
  t.teardown(svc.close);
  await request(`${svc.url}/version`, {
    headers: { "x-request-id": "log-1", "x-forwarded-for": "192.0.2.1" },
  });
  await request(`${svc.url}/no/such/thing`, { headers: { "x-request-id": "log-2" } });
  const lines = svc.logs.lines.filter((l) => l.msg === "request");
  t.is(lines.length, 2);
  const [first, second] = lines;
  t.like(first, {
    level: "info",
    service: "securecloud-monitor",
    color: "blue",
    version: "9.9.9",
    method: "GET",
    route: "/version",
    status: 200,
    requestId: "log-1",
    clientIp: "192.0.2.1",
  });
  t.true(typeof first?.latencyMs === "number" && first.latencyMs >= 0 && first.latencyMs < 1000);
  // Epoch milliseconds, taken while the test ran.
  t.true(typeof first?.time === "number" && Math.abs((first.time as number) - Date.now()) < 60_000);
  // Unknown paths are logged under one route name, never the raw path.
  t.like(second, { route: "unmatched", status: 404, requestId: "log-2" });
  t.false(JSON.stringify(second).includes("/no/such/thing"));
});

// --- security headers -----------------------------------------------------------------------

test("every answer, success or error, carries the security headers and no-store", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  for (const [method, path] of [
    ["GET", "/healthz"],
    ["GET", "/nope"],
    ["POST", "/readyz"],
    ["GET", "/metrics"],
  ] as const) {
    const res = await request(`${svc.url}${path}`, { method });
    const h = res.headers;
    t.is(h["x-content-type-options"], "nosniff", path);
    t.is(h["content-security-policy"], "default-src 'none';frame-ancestors 'none'", path);
    t.is(h["x-frame-options"], "DENY", path);
    t.regex(String(h["strict-transport-security"]), /^max-age=\d+; includeSubDomains$/, path);
    t.is(h["referrer-policy"], "no-referrer", path);
    t.is(h["cross-origin-resource-policy"], "same-origin", path);
    t.is(h["cache-control"], "no-store", path);
    t.is(h["x-powered-by"], undefined, path);
  }
});

test("the response header set is pinned: exactly these names and values on GET /healthz", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const raw = parseRaw(
    await rawRequest(svc.port, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: pinned-1\r\n\r\n"),
  );
  const { date, ...rest } = raw.headers;
  t.regex(String(date), /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  t.deepEqual(rest, {
    "x-request-id": "pinned-1",
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none';frame-ancestors 'none'",
    "cross-origin-resource-policy": "same-origin",
    "referrer-policy": "no-referrer",
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "content-type": "application/json; charset=utf-8",
    "content-length": "15",
    connection: "keep-alive",
    "keep-alive": `timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`,
  });
});

test("the precomputed security headers are what koa-helmet itself sets on every response", async (t) => {
  // koa-helmet run per request, the conventional way, with the service's options.
  const live = new Koa();
  live.use(koaHelmet(HELMET_OPTIONS));
  live.use((ctx) => {
    ctx.body = { status: "ok" };
  });
  const server = live.listen(0, "127.0.0.1");
  t.teardown(() => server.close());
  await new Promise((resolve) => server.once("listening", resolve));
  const expected = (await request(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)).headers;
  const koaOwn = new Set(["content-type", "content-length", "date", "connection", "keep-alive"]);
  const helmetSet = Object.keys(expected).filter((name) => !koaOwn.has(name));
  t.true(helmetSet.length >= 6, `koa-helmet set ${helmetSet.join(", ")}`);

  const svc = await startApp();
  t.teardown(svc.close);
  for (const path of ["/healthz", "/nope", "/version"]) {
    const got = (await request(`${svc.url}${path}`, { method: path === "/version" ? "DELETE" : "GET" }))
      .headers;
    for (const name of helmetSet) t.is(got[name], expected[name], `${path} ${name}`);
    // Nothing helmet-like beyond them: the only other headers are the service's own.
    const extra = Object.keys(got).filter((n) => !koaOwn.has(n) && !helmetSet.includes(n));
    t.deepEqual(
      extra.sort(),
      path === "/version" ? ["allow", "cache-control", "x-request-id"] : ["cache-control", "x-request-id"],
    );
  }
});

// --- errors ---------------------------------------------------------------------------------

/** A registry whose collector fails: /metrics then fails for a real reason, not a test route. */
function brokenRegistry(failure: () => Promise<void> | void): Registry {
  const registry = new Registry();
  new Gauge({
    name: "broken_collector",
    help: "fails when collected",
    registers: [registry],
    async collect() {
      await failure();
    },
  });
  return registry;
}

test("a 5xx answers JSON without the stack or message, and is logged with its stack", async (t) => {
  const registry = brokenRegistry(() => {
    throw new Error("secret detail: db password is hunter2");
  });
  const svc = await startApp({}, { registry });
  t.teardown(svc.close);
  const res = await request(`${svc.url}/metrics`, { headers: { "x-request-id": "boom-1" } });
  t.is(res.status, 500);
  t.regex(String(res.headers["content-type"]), /^application\/json/);
  t.deepEqual(res.json(), {
    status: 500,
    error: "Internal Server Error",
    message: "Internal Server Error",
    requestId: "boom-1",
  });
  t.false(res.text.includes("hunter2"));
  t.false(res.text.includes("at "));
  const failure = svc.logs.byRequestId("boom-1").find((l) => l.msg === "request failed");
  t.is(failure?.level, "error");
  const err = failure?.err as { message: string; stack: string };
  t.is(err.message, "secret detail: db password is hunter2");
  t.regex(err.stack, /\n\s+at /);
  t.is(svc.logs.accessLine("boom-1")?.status, 500);
  // The app keeps serving after a failure.
  t.is((await request(`${svc.url}/healthz`)).status, 200);
});

test("4xx answers are not logged as failures", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  await request(`${svc.url}/nope`, { headers: { "x-request-id": "quiet-404" } });
  t.deepEqual(
    svc.logs.byRequestId("quiet-404").map((l) => l.msg),
    ["request"],
  );
});

test("a request slower than the timeout answers a JSON 503 at the timeout", async (t) => {
  const registry = brokenRegistry(() => new Promise((resolve) => setTimeout(resolve, 3000)));
  const svc = await startApp({}, { registry, requestTimeoutMs: 150 });
  t.teardown(svc.close);
  const started = performance.now();
  const res = await request(`${svc.url}/metrics`, { headers: { "x-request-id": "slow-1" } });
  const took = performance.now() - started;
  t.is(res.status, 503);
  t.deepEqual(res.json(), {
    status: 503,
    error: "Service Unavailable",
    message: "request took longer than 150 ms",
    requestId: "slow-1",
  });
  // Answered by the timeout, well before the slow work would have finished.
  t.true(took >= 140 && took < 2500, `answered after ${took} ms`);
  t.is(svc.logs.byRequestId("slow-1").find((l) => l.msg === "request failed")?.level, "error");
});

// --- limits ---------------------------------------------------------------------------------

test("bodies are refused with 413 and the connection is closed, whatever the route or method", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  for (const [method, path] of [
    ["GET", "/healthz"],
    ["POST", "/"],
    ["PUT", "/nope"],
  ]) {
    const res = await request(`${svc.url}${path}`, { method, body: '{"a":1}' });
    t.is(res.status, 413, `${method} ${path}`);
    t.is(res.headers.connection, "close");
    t.is((res.json() as { message: string }).message, "request bodies are not accepted");
  }
  // Chunked, with no length announced.
  const raw = parseRaw(
    await rawRequest(
      svc.port,
      "POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
    ),
  );
  t.is(raw.status, 413);
  t.is(JSON.parse(raw.body).status, 413);
  // An empty body is no body.
  t.is((await request(`${svc.url}/healthz`, { headers: { "content-length": "0" } })).status, 200);
});

test("a URL longer than the limit answers 414 JSON; one at the limit is routed", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const atLimit = `/healthz?${"q".repeat(MAX_URL_BYTES - "/healthz?".length)}`;
  t.is((await request(`${svc.url}${atLimit}`)).status, 200);
  const res = await request(`${svc.url}${atLimit}q`);
  t.is(res.status, 414);
  t.is((res.json() as { error: string }).error, "URI Too Long");
});

test("headers larger than the limit answer 431 JSON before reaching the app", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const res = await request(`${svc.url}/healthz`, { headers: { "x-padding": "p".repeat(MAX_HEADER_BYTES) } });
  t.is(res.status, 431);
  t.is(res.headers["content-type"], "application/json; charset=utf-8");
  t.is(res.headers["x-content-type-options"], "nosniff");
  t.like(res.json(), { status: 431, error: "Request Header Fields Too Large" });
  // A URL too long for the header limit itself is refused the same way.
  t.is((await request(`${svc.url}/${"u".repeat(MAX_HEADER_BYTES)}`)).status, 431);
  t.is((await request(`${svc.url}/healthz`, { headers: { "x-padding": "p".repeat(4000) } })).status, 200);
});

test("malformed requests answer 400 JSON from the parser guard; HTTP/1.1 without Host is refused", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  for (const raw of [
    "BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
    "GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n",
    "GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n",
    "GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
    "\u0000\u0001\u0002\r\n\r\n",
    "GET /healthz HTTP/1.1\r\n\r\n",
  ]) {
    const answer = parseRaw(await rawRequest(svc.port, raw));
    t.is(answer.status, 400, JSON.stringify(raw));
    t.is(answer.headers["content-type"], "application/json; charset=utf-8");
    t.like(JSON.parse(answer.body), { status: 400, error: "Bad Request" });
  }
  // HTTP/1.0 needs no Host.
  t.is(parseRaw(await rawRequest(svc.port, "GET /healthz HTTP/1.0\r\n\r\n")).status, 200);
});

test("CONNECT, odd expectations and 100-continue with a body get JSON answers, never a silent drop", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const connectAnswer = parseRaw(
    await rawRequest(svc.port, "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"),
  );
  t.is(connectAnswer.status, 405);
  t.is(connectAnswer.headers.allow, "GET, HEAD");
  t.like(JSON.parse(connectAnswer.body), { status: 405, message: "CONNECT is not supported" });

  const teapot = parseRaw(
    await rawRequest(svc.port, "GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n"),
  );
  t.is(teapot.status, 417);
  t.like(JSON.parse(teapot.body), { status: 417, error: "Expectation Failed" });

  // The body is refused before the client sends it: no "100 Continue" first.
  const raw = await rawRequest(
    svc.port,
    "PUT /healthz HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n",
  );
  t.regex(raw, /^HTTP\/1\.1 413 /);
  // 100-continue without a body is an ordinary request.
  const plain = parseRaw(
    await rawRequest(svc.port, "GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n"),
  );
  t.is(plain.status, 200);
});

test("absolute-form and asterisk-form targets are routed by path only", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const absolute = parseRaw(
    await rawRequest(svc.port, "GET http://evil.example/healthz HTTP/1.1\r\nHost: x\r\n\r\n"),
  );
  t.is(absolute.status, 200);
  const asterisk = parseRaw(await rawRequest(svc.port, "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n"));
  t.is(asterisk.status, 404);
  t.is(JSON.parse(asterisk.body).status, 404);
});
