import test from "ava";
import { LIVENESS_PATH, METRICS_PATH, READINESS_PATH, VERSION_PATH } from "../../service/contract.ts";
import { request, startApp } from "./helpers.ts";

const JSON_TYPE = /^application\/json; charset=utf-8$/;

test("GET /healthz answers 200 {status: ok} as JSON", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const res = await request(`${svc.url}${LIVENESS_PATH}`);
  t.is(res.status, 200);
  t.regex(String(res.headers["content-type"]), JSON_TYPE);
  t.deepEqual(res.json(), { status: "ok" });
});

test("GET /readyz answers 200 while serving and 503 once draining, while /healthz stays 200", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const ready = await request(`${svc.url}${READINESS_PATH}`);
  t.is(ready.status, 200);
  t.deepEqual(ready.json(), { status: "ready" });

  svc.lifecycle.phase = "draining";
  const draining = await request(`${svc.url}${READINESS_PATH}`);
  t.is(draining.status, 503);
  t.regex(String(draining.headers["content-type"]), JSON_TYPE);
  t.deepEqual(draining.json(), { status: "draining" });
  t.is((await request(`${svc.url}${LIVENESS_PATH}`)).status, 200);
  t.is((await request(`${svc.url}/`)).status, 200);
});

test("GET /version reports color, version, commit and start time from the configuration", async (t) => {
  const startedAt = new Date("2026-01-02T03:04:05.678Z");
  const svc = await startApp({ color: "blue", version: "2.0.0-rc.1", gitSha: "abcdef1" }, { startedAt });
  t.teardown(svc.close);
  const res = await request(`${svc.url}${VERSION_PATH}`);
  t.is(res.status, 200);
  t.regex(String(res.headers["content-type"]), JSON_TYPE);
  t.deepEqual(res.json(), {
    service: "securecloud-monitor",
    color: "blue",
    version: "2.0.0-rc.1",
    commit: "abcdef1",
    startedAt: "2026-01-02T03:04:05.678Z",
  });
});

test("GET /metrics answers Prometheus text with request, process and event-loop metrics", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  await request(`${svc.url}${LIVENESS_PATH}`);
  const res = await request(`${svc.url}${METRICS_PATH}`);
  t.is(res.status, 200);
  t.regex(String(res.headers["content-type"]), /^text\/plain; version=0\.0\.4; charset=utf-8$/);
  t.regex(res.text, /^# TYPE http_requests_total counter$/m);
  t.regex(res.text, /^# TYPE http_request_duration_seconds histogram$/m);
  t.regex(res.text, /^process_cpu_user_seconds_total /m);
  t.regex(res.text, /^process_resident_memory_bytes /m);
  t.regex(res.text, /^nodejs_eventloop_lag_seconds /m);
  t.regex(res.text, /^nodejs_eventloop_lag_p99_seconds /m);
});

test("GET / describes the service as JSON with its color and endpoints", async (t) => {
  const svc = await startApp({ color: "blue", version: "3.1.0" });
  t.teardown(svc.close);
  const res = await request(`${svc.url}/`);
  t.is(res.status, 200);
  t.regex(String(res.headers["content-type"]), JSON_TYPE);
  const body = res.json() as Record<string, unknown>;
  t.is(body.service, "securecloud-monitor");
  t.is(body.color, "blue");
  t.is(body.version, "3.1.0");
  t.deepEqual(Object.keys(body.endpoints as object).sort(), ["/healthz", "/metrics", "/readyz", "/version"]);
});

test("HEAD on every route answers like GET without a body", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  for (const path of ["/", LIVENESS_PATH, READINESS_PATH, VERSION_PATH, METRICS_PATH]) {
    const res = await request(`${svc.url}${path}`, { method: "HEAD" });
    t.is(res.status, 200, path);
    t.is(res.text, "", path);
    t.truthy(res.headers["content-type"], path);
  }
});

test("unknown paths answer a JSON 404, including near-misses of real routes", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  for (const path of [
    "/nope",
    "/healthz/",
    "/HEALTHZ",
    "/readyz/extra",
    "/%68ealthz",
    "/metrics.txt",
    "//",
  ]) {
    const res = await request(`${svc.url}${path}`, { headers: { "x-request-id": "req-404" } });
    t.is(res.status, 404, path);
    t.regex(String(res.headers["content-type"]), JSON_TYPE, path);
    t.deepEqual(res.json(), {
      status: 404,
      error: "Not Found",
      message: "no such route",
      requestId: "req-404",
    });
  }
  // Any method on an unknown path is 404, not 405.
  t.is((await request(`${svc.url}/nope`, { method: "DELETE" })).status, 404);
});

test("a known path with another method answers a JSON 405 with Allow: GET, HEAD", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  for (const path of ["/", LIVENESS_PATH, READINESS_PATH, VERSION_PATH, METRICS_PATH]) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"]) {
      const res = await request(`${svc.url}${path}`, { method });
      t.is(res.status, 405, `${method} ${path}`);
      t.is(res.headers.allow, "GET, HEAD", `${method} ${path}`);
      t.regex(String(res.headers["content-type"]), JSON_TYPE);
      const body = res.json() as Record<string, unknown>;
      t.is(body.status, 405);
      t.is(body.error, "Method Not Allowed");
    }
  }
});

test("query strings do not change routing", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  const res = await request(`${svc.url}/healthz?probe=alb&x=%00`);
  t.is(res.status, 200);
  t.deepEqual(res.json(), { status: "ok" });
});
