import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import test from "ava";
import { CONTAINER_HEALTH_CHECK_COMMAND, SERVICE_ENV, SERVICE_PORT } from "../../service/contract.ts";
import { type Manifest, pruneManifest, RUNTIME_DEPENDENCIES } from "../../service/prune-manifest.ts";
import { dockerfileInstructions, type Instruction, serverEntryGraph } from "../helpers/dockerfile.ts";
import { ROOT } from "./helpers.ts";

const run = promisify(execFile);
const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Manifest;

function instructions(): Instruction[] {
  return dockerfileInstructions(dockerfile);
}

function runtimeGraph(): Promise<{ files: string[]; packages: Set<string> }> {
  return serverEntryGraph(ROOT);
}

test("every base image is pinned by digest", (t) => {
  const args = Object.fromEntries(
    instructions()
      .filter((i) => i.op === "ARG" && i.args.includes("="))
      .map((i) => i.args.split("=", 2) as [string, string]),
  );
  const froms = instructions().filter((i) => i.op === "FROM");
  t.true(froms.length >= 2, "multi-stage");
  for (const from of froms) {
    const image = (from.args.split(/\s+/)[0] ?? "").replace(
      /^\$\{(\w+)\}$/,
      (_, name: string) => args[name] ?? "",
    );
    t.regex(image, /^node:24[\w.-]*-slim@sha256:[0-9a-f]{64}$/, from.args);
  }
});

test("the runtime stage runs node on the server entry as a non-root user, with a liveness check", (t) => {
  const all = instructions();
  const lastFrom = all.map((i) => i.op).lastIndexOf("FROM");
  const runtime = all.slice(lastFrom);
  const user = runtime.filter((i) => i.op === "USER").at(-1)?.args ?? "";
  t.truthy(user);
  t.notRegex(user, /^(0|root)(:|$)/);
  t.is(runtime.find((i) => i.op === "CMD")?.args, '["node", "service/server.ts"]');
  t.false(runtime.some((i) => i.op === "ENTRYPOINT"));
  t.is(runtime.find((i) => i.op === "EXPOSE")?.args, String(SERVICE_PORT));
  t.is(runtime.find((i) => i.op === "STOPSIGNAL")?.args, "SIGTERM");
  const healthcheck = runtime.find((i) => i.op === "HEALTHCHECK")?.args ?? "";
  const exec = JSON.parse(healthcheck.slice(healthcheck.indexOf("CMD ") + 4)) as string[];
  t.deepEqual(["CMD", ...exec], [...CONTAINER_HEALTH_CHECK_COMMAND]);
  // Nothing in the runtime stage installs or builds: it only copies.
  t.false(runtime.some((i) => i.op === "RUN"));
});

test("the version and commit build arguments become the environment /version is read from", (t) => {
  const all = instructions();
  const runtime = all.slice(all.map((i) => i.op).lastIndexOf("FROM"));
  const args = runtime.filter((i) => i.op === "ARG").map((i) => i.args.split("=")[0]);
  const env = runtime
    .filter((i) => i.op === "ENV")
    .flatMap((i) => i.args.split(/\s+/))
    .map((pair) => pair.split("=") as [string, string]);
  for (const name of [SERVICE_ENV.version, SERVICE_ENV.gitSha]) {
    t.true(args.includes(name), `ARG ${name} in the runtime stage`);
    t.deepEqual(
      env.find(([key]) => key === name),
      [name, `\${${name}}`],
      `ENV ${name}=\${${name}}`,
    );
  }
  // Declared after the last COPY: a new commit changes only the layers below it.
  const lastCopy = runtime.map((i) => i.op).lastIndexOf("COPY");
  t.true(runtime.findIndex((i) => i.op === "ARG") > lastCopy);
});

test("the image copies every file the server entry loads, and only production dependencies", async (t) => {
  const { files } = await runtimeGraph();
  const copies = instructions()
    .filter((i) => i.op === "COPY" && !i.args.startsWith("--from"))
    .map((i) => i.args.split(/\s+/)[0] ?? "");
  for (const file of files) {
    t.true(
      copies.some((source) => (source.endsWith("/") ? file.startsWith(source) : file === source)),
      `${file} is loaded at run time but not copied into the image`,
    );
  }
  t.regex(dockerfile, /npm install --omit=dev/);
  t.notRegex(dockerfile, /npm (start|run)/);
});

test("RUNTIME_DEPENDENCIES is exactly what the service imports, plus required peers", async (t) => {
  const { packages } = await runtimeGraph();
  const peers = new Set<string>();
  for (const name of packages) {
    const pkg = JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as {
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    for (const peer of Object.keys(pkg.peerDependencies ?? {})) {
      if (!pkg.peerDependenciesMeta?.[peer]?.optional) peers.add(peer);
    }
  }
  t.deepEqual([...RUNTIME_DEPENDENCIES].sort(), [...new Set([...packages, ...peers])].sort());
  for (const name of RUNTIME_DEPENDENCIES) t.truthy(manifest.dependencies?.[name], `${name} in dependencies`);
});

test("pruneManifest keeps the module type and the pinned runtime dependencies only", (t) => {
  const pruned = pruneManifest(manifest);
  t.is(pruned.type, "module");
  t.deepEqual(Object.keys(pruned.dependencies ?? {}).sort(), [...RUNTIME_DEPENDENCIES].sort());
  for (const [name, version] of Object.entries(pruned.dependencies ?? {})) {
    t.is(version, manifest.dependencies?.[name] as string);
  }
  t.is(pruned.devDependencies, undefined);
  t.is(pruned.scripts, undefined);
  const err = t.throws(() => pruneManifest({ dependencies: { koa: "3.3.0" } }));
  t.regex(err?.message ?? "", /lacks runtime dependencies: helmet, koa-helmet, pino, prom-client$/);
});

test("prune-manifest.ts run as a script rewrites the package.json in its working directory", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "prune-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(ROOT, "service/prune-manifest.ts"), join(dir, "service/prune-manifest.ts"));
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
  await run(process.execPath, ["--import", import.meta.resolve("tsx"), "service/prune-manifest.ts"], {
    cwd: dir,
  });
  const written = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
  t.deepEqual(written, pruneManifest(manifest));
});

test("service/ and common/ hold only what Node 24 runs as it is: erasable syntax, explicit .ts imports", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "strip-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  // Probes that Node 24 would refuse: the same compiler options must refuse them too.
  writeFileSync(join(dir, "enum.ts"), "export enum Color { Blue }\n");
  writeFileSync(join(dir, "extensionless.ts"), 'export { Color } from "./enum";\n');
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  const check = (name: string, include: string[]) => {
    const config = join(dir, `tsconfig.${name}.json`);
    writeFileSync(
      config,
      JSON.stringify({
        extends: join(ROOT, "tsconfig.json"),
        compilerOptions: { typeRoots: [join(ROOT, "node_modules/@types")] },
        include,
        exclude: ["**/*.test.ts"],
      }),
    );
    return run(join(ROOT, "node_modules/.bin/tsc"), ["--noEmit", "-p", config], { cwd: ROOT }).then(
      () => "",
      (err: { stdout: string }) => err.stdout,
    );
  };
  const [image, probes] = await Promise.all([
    check("image", [join(ROOT, "service"), join(ROOT, "common")]),
    check("probes", [join(dir, "enum.ts"), join(dir, "extensionless.ts")]),
  ]);
  t.is(image, "", "service/ and common/ type-check under the project's options");
  t.regex(probes, /enum\.ts.*error TS1294/, "erasableSyntaxOnly refuses an enum");
  t.regex(probes, /extensionless\.ts.*error TS2835/, "an import without its extension is refused");
});
