import test from "ava";
import { METRICS_PATH } from "../../service/contract.ts";
import { request, spawnServer, startApp } from "./helpers.ts";

const TOKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const PROMETHEUS = /^text\/plain; version=0\.0\.4; charset=utf-8$/;

test("with a token, /metrics answers 200 only to `Authorization: Bearer <token>`", async (t) => {
  const svc = await startApp({ metricsBearerToken: TOKEN });
  t.teardown(svc.close);
  const ok = await request(`${svc.url}${METRICS_PATH}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  t.is(ok.status, 200);
  t.regex(String(ok.headers["content-type"]), PROMETHEUS);
  t.regex(ok.text, /^# TYPE http_requests_total counter$/m);
  // The scheme is case-insensitive (RFC 9110); HEAD is guarded like GET.
  t.is(
    (await request(`${svc.url}${METRICS_PATH}`, { headers: { authorization: `bearer ${TOKEN}` } })).status,
    200,
  );
  t.is((await request(`${svc.url}${METRICS_PATH}`, { method: "HEAD" })).status, 401);
});

test("without the token, /metrics answers a JSON 401 with WWW-Authenticate and no metrics", async (t) => {
  const svc = await startApp({ metricsBearerToken: TOKEN });
  t.teardown(svc.close);
  const cases: [Record<string, string>, string][] = [
    [{}, 'Bearer realm="metrics"'],
    [{ authorization: "Bearer " }, 'Bearer realm="metrics"'],
    [
      { authorization: `Basic ${Buffer.from(`prometheus:${TOKEN}`).toString("base64")}` },
      'Bearer realm="metrics"',
    ],
    [{ authorization: `Bearer ${TOKEN.slice(0, -1)}` }, 'Bearer realm="metrics", error="invalid_token"'],
    [{ authorization: `Bearer ${TOKEN}0` }, 'Bearer realm="metrics", error="invalid_token"'],
    [{ authorization: `Bearer ${TOKEN.toUpperCase()}` }, 'Bearer realm="metrics", error="invalid_token"'],
    [{ authorization: `Bearer x${TOKEN}` }, 'Bearer realm="metrics", error="invalid_token"'],
  ];
  for (const [i, [headers, challenge]] of cases.entries()) {
    const res = await request(`${svc.url}${METRICS_PATH}`, {
      headers: { ...headers, "x-request-id": `auth-${i}` },
    });
    t.is(res.status, 401, JSON.stringify(headers));
    t.is(res.headers["www-authenticate"], challenge, JSON.stringify(headers));
    t.regex(String(res.headers["content-type"]), /^application\/json/);
    t.like(res.json(), { status: 401, error: "Unauthorized", requestId: `auth-${i}` });
    t.false(res.text.includes("http_requests_total"));
    t.false(res.text.includes(TOKEN));
    t.is(res.headers["cache-control"], "no-store");
    // Refusals are logged at info as requests, not as failures.
    t.deepEqual(
      svc.logs.byRequestId(`auth-${i}`).map((l) => [l.msg, l.status]),
      [["request", 401]],
    );
  }
});

test("with a token, every other route stays open", async (t) => {
  const svc = await startApp({ metricsBearerToken: TOKEN });
  t.teardown(svc.close);
  for (const path of ["/", "/healthz", "/readyz", "/version"]) {
    t.is((await request(`${svc.url}${path}`)).status, 200, path);
  }
  t.is((await request(`${svc.url}/nope`)).status, 404);
});

test("without a token (local development), /metrics is open", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const res = await request(`${svc.url}${METRICS_PATH}`);
  t.is(res.status, 200);
  t.regex(String(res.headers["content-type"]), PROMETHEUS);
});

test("the server entry reads METRICS_BEARER_TOKEN from its environment", async (t) => {
  const child = spawnServer({
    SERVICE_COLOR: "blue",
    PORT: "0",
    HOST: "127.0.0.1",
    METRICS_BEARER_TOKEN: TOKEN,
  });
  t.teardown(() => child.process.kill("SIGKILL"));
  const line = await child.waitForLog((l) => l.msg === "listening");
  const url = `http://127.0.0.1:${line.port}${METRICS_PATH}`;
  t.is((await request(url)).status, 401);
  t.is((await request(url, { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
  t.false(child.stdout.join("\n").includes(TOKEN), "the token never reaches the logs");
});

test("the server entry refuses a token too short to be a secret without printing it", async (t) => {
  const child = spawnServer({
    SERVICE_COLOR: "blue",
    PORT: "0",
    HOST: "127.0.0.1",
    METRICS_BEARER_TOKEN: "hunter2",
  });
  const { code } = await child.exited;
  t.is(code, 1);
  t.deepEqual(child.stderr, [
    "error: METRICS_BEARER_TOKEN: must be a bearer token of 32-1024 characters from A-Z a-z 0-9 - . _ ~ + / (= only at the end), got 7 characters",
  ]);
});
