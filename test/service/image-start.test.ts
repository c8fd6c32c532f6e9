/**
 * The image starts: its build context laid out as `.dockerignore` admits it, the Dockerfile's
 * stages replayed from the Dockerfile itself (test/helpers/dockerfile.ts: the dependency
 * stage's prune and `npm install`, the runtime stage's COPYs), then its CMD started with the
 * environment the synthesized task definition gives the container, and asked over HTTP.
 */
import type { ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { CONTAINER_NAME, LIVENESS_PATH, METRICS_PATH, SERVICE_ENV } from "../../common/service-contract.ts";
import { prod } from "../../stacks/config/environments.ts";
import {
  admittedFiles,
  type BuiltImage,
  checkoutFiles,
  layOut,
  nodeStandIn,
  replayDockerfile,
  runImage,
  serverEntryGraph,
  tsxLoader,
} from "../helpers/dockerfile.ts";
import { synthEnvironment } from "../helpers/estate.ts";
import { resources } from "../helpers/terraform.ts";
import { ROOT, request } from "./helpers.ts";

const DOCKERFILE = readFileSync(join(ROOT, "Dockerfile"), "utf8");
const DOCKERIGNORE = readFileSync(join(ROOT, ".dockerignore"), "utf8");
const scratch = mkdtempSync(join(tmpdir(), "image-"));
const bin = nodeStandIn(join(scratch, "bin"), tsxLoader());
// npm takes what it can from its cache, as a CI runner with a warm cache would.
const RUN_ENV = { npm_config_prefer_offline: "true", npm_config_update_notifier: "false" };

test.after.always(() => rmSync(scratch, { recursive: true, force: true }));

let builds = 0;
/** The image for `dockerignore`: context laid out, Dockerfile replayed. */
function build(dockerignore: string): BuiltImage {
  const dir = join(scratch, `build-${builds++}`);
  const context = join(dir, "context");
  layOut(ROOT, admittedFiles(checkoutFiles(ROOT), dockerignore), context);
  return replayDockerfile(DOCKERFILE, { context, scratch: join(dir, "stages"), bin, runEnv: RUN_ENV });
}

/**
 * The environment ECS gives the service's container in the synthesized prod task definition:
 * its plain values, and its secrets resolved from the Parameter Store parameters they name (a
 * setting's value as the stacks write it; a secret, which operators put, made up here).
 */
let taskEnvironment: Record<string, string> | undefined;
function taskDefinitionEnvironment(): Record<string, string> {
  taskEnvironment ??= readTaskEnvironment();
  return taskEnvironment;
}

function readTaskEnvironment(): Record<string, string> {
  const { doc } = synthEnvironment(prod);
  const [definition] = Object.values(resources(doc, "aws_ecs_task_definition"));
  const containers = JSON.parse(String(definition?.container_definitions)) as {
    name: string;
    environment?: { name: string; value: string }[];
    secrets?: { name: string; valueFrom: string }[];
  }[];
  const container = containers.find((c) => c.name === CONTAINER_NAME);
  if (!container) throw new Error(`no container ${CONTAINER_NAME} in the task definition`);
  const parameters = resources(doc, "aws_ssm_parameter");
  const env: Record<string, string> = {};
  for (const { name, value } of container.environment ?? []) env[name] = value;
  for (const { name, valueFrom } of container.secrets ?? []) {
    const parameter = parameters[/^\$\{aws_ssm_parameter\.([\w-]+)\.arn\}$/.exec(valueFrom)?.[1] ?? ""];
    if (!parameter) throw new Error(`secret ${name}: ${valueFrom} is not a parameter of the estate`);
    env[name] =
      typeof parameter.value === "string" ? parameter.value : `token-${"x".repeat(40)}-${name.length}`;
  }
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  /** Resolves with the `listening` log line, or rejects with the exit and stderr. */
  listening: Promise<Record<string, unknown>>;
  stderr(): string;
}

function start(image: BuiltImage, env: Record<string, string>): Started {
  const child = runImage(image, bin, env);
  let out = "";
  let err = "";
  child.stderr?.setEncoding("utf8").on("data", (c: string) => {
    err += c;
  });
  const listening = new Promise<Record<string, unknown>>((resolve, reject) => {
    child.stdout?.setEncoding("utf8").on("data", (c: string) => {
      out += c;
      for (const line of out.split("\n")) {
        if (line.includes('"msg":"listening"')) resolve(JSON.parse(line));
      }
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${err.trim()}`)));
    setTimeout(() => reject(new Error(`not listening after 30 s: ${err.trim()}`)), 30_000).unref();
  });
  return { child, listening, stderr: () => err };
}

const built = (() => {
  let image: Promise<{ image: BuiltImage; ms: number }> | undefined;
  return () => {
    image ??= Promise.resolve().then(() => {
      const began = performance.now();
      return { image: build(DOCKERIGNORE), ms: performance.now() - began };
    });
    return image;
  };
})();

test("the image, built from what .dockerignore admits, starts with the task definition's environment and answers /healthz", async (t) => {
  const began = performance.now();
  const { image, ms } = await built();
  const env = taskDefinitionEnvironment();
  t.truthy(env[SERVICE_ENV.color], "the task definition sets the color");
  t.truthy(env[SERVICE_ENV.metricsBearerToken], "the task definition injects the metrics token");
  const port = await freePort();
  const service = start(image, { ...env, [SERVICE_ENV.port]: String(port) });
  t.teardown(() => service.child.kill("SIGKILL"));
  const listening = await service.listening;
  t.is(listening.port, port);
  t.is(listening.color, env[SERVICE_ENV.color]);

  const url = `http://127.0.0.1:${port}`;
  const health = await request(`${url}${LIVENESS_PATH}`);
  t.is(health.status, 200);
  t.deepEqual(health.json(), { status: "ok" });
  // The token the task definition injects guards /metrics.
  t.is((await request(`${url}${METRICS_PATH}`)).status, 401);
  const scrape = await request(`${url}${METRICS_PATH}`, {
    headers: { authorization: `Bearer ${env[SERVICE_ENV.metricsBearerToken]}` },
  });
  t.is(scrape.status, 200);
  t.log(
    `image built in ${Math.round(ms)} ms; started and answered ${Math.round(performance.now() - began)} ms after the test began`,
  );
});

test("the image does not start when a file the service imports is left out of the build context", async (t) => {
  const { image } = await built();
  const env = { ...taskDefinitionEnvironment(), [SERVICE_ENV.port]: String(await freePort()) };
  // Every file outside service/ that the entry loads (service/ is admitted whole).
  const { files } = await serverEntryGraph(ROOT);
  const shared = files.filter((f) => !f.startsWith("service/"));
  t.true(shared.length >= 3, shared.join(", "));
  for (const file of shared) {
    const without = join(scratch, `without-${file.replace(/\W/g, "_")}`);
    cpSync(image.rootfs, without, { recursive: true });
    rmSync(join(without, image.workdir.slice(image.rootfs.length), file));
    const service = start(
      { ...image, rootfs: without, workdir: join(without, image.workdir.slice(image.rootfs.length)) },
      env,
    );
    t.teardown(() => service.child.kill("SIGKILL"));
    const failure = await service.listening.then(
      () => new Error("started"),
      (err: Error) => err,
    );
    t.regex(failure.message, /^exited 1: .*(ERR_MODULE_NOT_FOUND|Cannot find module)/s, file);
    t.true(
      failure.message.includes(file.split("/").at(-1) as string),
      `${file}: ${failure.message.slice(0, 300)}`,
    );
  }
});

test("the .dockerignore that admitted only common/conventions.ts gives an image that does not start", async (t) => {
  const old = [
    "*",
    "!package.json",
    "!package-lock.json",
    "!common/conventions.ts",
    "!service/",
    "service/**/*.test.ts",
    "service/dev.env",
    "",
  ].join("\n");
  const image = build(old);
  const service = start(image, {
    ...taskDefinitionEnvironment(),
    [SERVICE_ENV.port]: String(await freePort()),
  });
  t.teardown(() => service.child.kill("SIGKILL"));
  const failure = await service.listening.then(
    () => new Error("started"),
    (err: Error) => err,
  );
  t.regex(failure.message, /^exited 1: /);
  t.regex(failure.message, /common\/service-(contract|settings)\.ts/);
});
