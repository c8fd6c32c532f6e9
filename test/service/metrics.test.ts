import test from "ava";
import { request, sample, startApp } from "./helpers.ts";

async function scrape(url: string): Promise<string> {
  const res = await request(`${url}/metrics`);
  if (res.status !== 200) throw new Error(`scrape answered ${res.status}`);
  return res.text;
}

test("requests are counted and timed by method, route template and status", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  for (let i = 0; i < 7; i++) await request(`${svc.url}/healthz`);
  for (let i = 0; i < 3; i++) await request(`${svc.url}/readyz`, { method: "HEAD" });
  await request(`${svc.url}/readyz`, { method: "DELETE" });
  await request(`${svc.url}/version`, { body: "x" });
  svc.lifecycle.phase = "draining";
  await request(`${svc.url}/readyz`);

  const text = await scrape(svc.url);
  const count = (method: string, route: string, status: string) =>
    sample(text, "http_requests_total", { method, route, status });
  t.is(count("GET", "/healthz", "200"), 7);
  t.is(count("HEAD", "/readyz", "200"), 3);
  t.is(count("DELETE", "/readyz", "405"), 1);
  t.is(count("GET", "/version", "413"), 1);
  t.is(count("GET", "/readyz", "503"), 1);
  t.is(count("GET", "/metrics", "200"), undefined, "a scrape is counted after it is answered");

  t.is(
    sample(text, "http_request_duration_seconds_count", { method: "GET", route: "/healthz", status: "200" }),
    7,
  );
  const sum = sample(text, "http_request_duration_seconds_sum", {
    method: "GET",
    route: "/healthz",
    status: "200",
  });
  t.true(sum !== undefined && sum > 0 && sum < 7);
  t.is(
    sample(text, "http_request_duration_seconds_bucket", {
      le: "+Inf",
      method: "GET",
      route: "/healthz",
      status: "200",
    }),
    7,
  );

  const again = await scrape(svc.url);
  t.is(sample(again, "http_requests_total", { method: "GET", route: "/metrics", status: "200" }), 1);
  t.is(sample(again, "http_requests_total", { method: "GET", route: "/healthz", status: "200" }), 7);

  for (let i = 0; i < 2; i++) await request(`${svc.url}/healthz`);
  const third = await scrape(svc.url);
  t.is(sample(third, "http_requests_total", { method: "GET", route: "/healthz", status: "200" }), 9);
  t.is(sample(third, "http_requests_total", { method: "GET", route: "/metrics", status: "200" }), 2);
  t.is(
    sample(third, "http_request_duration_seconds_count", { method: "GET", route: "/healthz", status: "200" }),
    9,
  );
});

test("unknown paths share one route label, so random paths cannot grow the series", async (t) => {
  const svc = await startApp();
  t.teardown(svc.close);
  for (let i = 0; i < 25; i++) await request(`${svc.url}/scan/${i}/${Math.random().toString(36).slice(2)}`);
  const text = await scrape(svc.url);
  t.is(sample(text, "http_requests_total", { method: "GET", route: "unmatched", status: "404" }), 25);
  const series = text.split("\n").filter((l) => l.startsWith("http_requests_total{"));
  t.false(series.some((l) => l.includes("/scan/")));
});

test("each app counts on its own registry", async (t) => {
  const [a, b] = await Promise.all([startApp({ color: "blue" }), startApp({ color: "green" })]);
  t.teardown(a.close);
  t.teardown(b.close);
  t.not(a.registry, b.registry);
  for (let i = 0; i < 4; i++) await request(`${a.url}/healthz`);
  await request(`${b.url}/healthz`);
  t.is(
    sample(await scrape(a.url), "http_requests_total", { method: "GET", route: "/healthz", status: "200" }),
    4,
  );
  t.is(
    sample(await scrape(b.url), "http_requests_total", { method: "GET", route: "/healthz", status: "200" }),
    1,
  );
});
