import { createServer } from "node:net";
import test from "ava";
import { ConfigError, loadConfig } from "../../service/config.ts";
import { DEFAULT_DRAIN_SECONDS, MAX_DRAIN_SECONDS, SERVICE_PORT } from "../../service/contract.ts";
import { BAD } from "../helpers/service-settings.ts";
import { spawnServer } from "./helpers.ts";

test("defaults: port 8080, every interface, version dev, commit unknown, 30 s drain, info logs", (t) => {
  t.deepEqual(loadConfig({ SERVICE_COLOR: "blue" }), {
    port: SERVICE_PORT,
    host: undefined,
    color: "blue",
    version: "dev",
    gitSha: "unknown",
    drainSeconds: DEFAULT_DRAIN_SECONDS,
    logLevel: "info",
  });
  t.is(SERVICE_PORT, 8080);
});

test("every variable is read, and empty values count as unset", (t) => {
  t.deepEqual(
    loadConfig({
      PORT: "9000",
      HOST: "::1",
      SERVICE_COLOR: "green",
      APP_VERSION: "v1.2.3-rc.1+build.7",
      GIT_SHA: "ABCDEF1234567",
      DRAIN_SECONDS: String(MAX_DRAIN_SECONDS),
      LOG_LEVEL: "debug",
    }),
    {
      port: 9000,
      host: "::1",
      color: "green",
      version: "v1.2.3-rc.1+build.7",
      gitSha: "abcdef1234567",
      drainSeconds: 110,
      logLevel: "debug",
    },
  );
  const empty = loadConfig({
    SERVICE_COLOR: "blue",
    PORT: "",
    DRAIN_SECONDS: "",
    LOG_LEVEL: "",
    GIT_SHA: "",
  });
  t.is(empty.port, 8080);
  t.is(empty.drainSeconds, 30);
  t.is(empty.logLevel, "info");
  t.is(empty.gitSha, "unknown");
  t.is(loadConfig({ SERVICE_COLOR: "blue", DRAIN_SECONDS: "0", PORT: "0" }).drainSeconds, 0);
});

for (const [env, variable, why] of BAD) {
  test(`loadConfig refuses ${JSON.stringify(env)}: names ${variable}`, (t) => {
    const err = t.throws(() => loadConfig(env), { instanceOf: ConfigError });
    t.is(err?.what, variable);
    t.true(err?.why.includes(why), err?.why);
  });
}

test("a rejected value is quoted and escaped, so the error stays one line", (t) => {
  const err = t.throws(() => loadConfig({ SERVICE_COLOR: "gr\neen\u001b[31m" }), { instanceOf: ConfigError });
  t.is(err?.message.split("\n").length, 1);
  t.true(err?.message.includes(String.raw`"gr\neen\u001b[31m"`));
  const long = t.throws(() => loadConfig({ SERVICE_COLOR: "x".repeat(500) }));
  t.true((long?.message.length ?? 0) < 200);
});

// The real server entry, as a child process: exit 1, stdout empty, one line on stderr. One case
// per variable and kind of mistake (every case above goes through the same loadConfig call).
for (const [env, variable, why] of BAD.filter(([, , , spawned]) => spawned)) {
  test(`server entry exits 1 with one line for ${JSON.stringify(env).slice(0, 60)}`, async (t) => {
    const child = spawnServer({ PORT: "0", HOST: "127.0.0.1", ...env });
    const { code } = await child.exited;
    t.is(code, 1);
    t.deepEqual(child.stdout, []);
    t.is(child.stderr.length, 1, child.stderr.join("\n"));
    t.true(child.stderr[0]?.startsWith(`error: ${variable}: `), child.stderr[0]);
    t.true(child.stderr[0]?.includes(why), child.stderr[0]);
  });
}

test("server entry exits 1 with one line when the port is taken", async (t) => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  t.teardown(() => blocker.close());
  const port = (blocker.address() as { port: number }).port;
  const child = spawnServer({ SERVICE_COLOR: "blue", PORT: String(port), HOST: "127.0.0.1" });
  const { code } = await child.exited;
  t.is(code, 1);
  t.deepEqual(child.stdout, []);
  t.is(child.stderr.length, 1);
  t.regex(child.stderr[0] ?? "", /^error: listen EADDRINUSE: address already in use 127\.0\.0\.1:\d+$/);
});

test("the npm script's env file starts a blue service with a short drain, and the environment wins", async (t) => {
  const run = (env: Record<string, string>) => {
    const child = spawnServer(env, ["--env-file=service/dev.env"]);
    t.teardown(() => child.process.kill("SIGKILL"));
    return child.waitForLog((l) => l.msg === "listening");
  };
  const defaults = await run({ PORT: "0", HOST: "127.0.0.1" });
  t.is(defaults.color, "blue");
  t.is(defaults.drainSeconds, 2);
  const overridden = await run({ PORT: "0", HOST: "127.0.0.1", SERVICE_COLOR: "green", DRAIN_SECONDS: "5" });
  t.is(overridden.color, "green");
  t.is(overridden.drainSeconds, 5);
});
