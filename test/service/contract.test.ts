import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import test from "ava";
import {
  ALB_IDLE_TIMEOUT_SECONDS,
  CONTAINER_HEALTH_CHECK_COMMAND,
  DEFAULT_DRAIN_SECONDS,
  FARGATE_MAX_STOP_TIMEOUT_SECONDS,
  FORCE_CLOSE_AFTER_MS,
  KEEP_ALIVE_TIMEOUT_MS,
  LIVENESS_PATH,
  MAX_DRAIN_SECONDS,
  READINESS_HEALTHY_STATUS,
  READINESS_PATH,
  REQUEST_TIMEOUT_MS,
  SERVICE_PORT,
  STOP_TIMEOUT_MARGIN_SECONDS,
  stopTimeoutSeconds,
} from "../../service/contract.ts";
import { ROOT, request, startApp } from "./helpers.ts";

const run = promisify(execFile);

test("the drain window fits Fargate's stop timeout: drain + 10 s, at most 120 s", (t) => {
  t.is(stopTimeoutSeconds(DEFAULT_DRAIN_SECONDS), DEFAULT_DRAIN_SECONDS + 10);
  t.is(stopTimeoutSeconds(MAX_DRAIN_SECONDS), FARGATE_MAX_STOP_TIMEOUT_SECONDS);
  t.is(MAX_DRAIN_SECONDS, 110);
  t.true(DEFAULT_DRAIN_SECONDS > 0 && DEFAULT_DRAIN_SECONDS <= MAX_DRAIN_SECONDS);
});

test("in-flight requests end before the stop-timeout margin runs out", (t) => {
  t.true(REQUEST_TIMEOUT_MS < FORCE_CLOSE_AFTER_MS);
  t.true(FORCE_CLOSE_AFTER_MS < STOP_TIMEOUT_MARGIN_SECONDS * 1000);
});

test("keep-alive outlasts the ALB's idle timeout, and the server says so on every answer", async (t) => {
  t.true(KEEP_ALIVE_TIMEOUT_MS > ALB_IDLE_TIMEOUT_SECONDS * 1000);
  const svc = await startApp();
  t.teardown(svc.close);
  const res = await request(`${svc.url}/healthz`, { headers: { connection: "keep-alive" } });
  t.is(res.headers["keep-alive"], `timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
});

test("the health-check paths and port are the ones the service answers", async (t) => {
  t.is(SERVICE_PORT, 8080);
  const svc = await startApp();
  t.teardown(svc.close);
  t.is((await request(`${svc.url}${READINESS_PATH}`)).status, READINESS_HEALTHY_STATUS);
  t.is((await request(`${svc.url}${LIVENESS_PATH}`)).status, 200);
});

test("the contract imports nothing but the shared contract, so the stacks load it without the service's packages", (t) => {
  const shared = readFileSync(`${ROOT}common/service-contract.ts`, "utf8");
  t.notRegex(shared, /^\s*(import|export\s+\*)\s/m);
  t.notRegex(shared, /\brequire\(/);
  const source = readFileSync(`${ROOT}service/contract.ts`, "utf8");
  const imports = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]);
  t.deepEqual([...new Set(imports)], ["../common/service-contract.ts"]);
  t.notRegex(source, /\brequire\(/);
});

test("the container health check command passes on a live service and fails without one", async (t) => {
  const [kind, command, ...args] = CONTAINER_HEALTH_CHECK_COMMAND;
  t.is(kind, "CMD");
  t.is(command, "node");
  const svc = await startApp();
  const port = String(svc.port);
  const live = await run(process.execPath, args, { env: { PORT: port } });
  t.is(live.stdout, "");
  // A draining task is still alive: the probe targets liveness, not readiness.
  svc.lifecycle.phase = "draining";
  await t.notThrowsAsync(run(process.execPath, args, { env: { PORT: port } }));
  await svc.close();
  const dead = await run(process.execPath, args, { env: { PORT: port } }).catch(
    (err: { code: number }) => err,
  );
  t.is((dead as { code: number }).code, 1);
});
