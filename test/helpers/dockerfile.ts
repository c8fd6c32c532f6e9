/**
 * The service image without a Docker engine: the build context as `.dockerignore` admits it
 * (Docker's matching rules, by @balena/dockerignore), and the Dockerfile's stages replayed into
 * directories, instruction by instruction, as the Dockerfile says them (COPY, WORKDIR, RUN,
 * ENV, ARG). Base images are not pulled: this machine's `node` and `npm` stand in for the
 * image's, and a `node` on PATH runs `.ts` entries through tsx, standing in for Node 24's type
 * stripping. An instruction it cannot replay faithfully fails the build, so a Dockerfile change
 * it does not understand shows up as a failing test, never as a silently different image.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix } from "node:path";
import type DockerIgnore from "@balena/dockerignore";
import { build } from "esbuild";

/** @balena/dockerignore is CommonJS (`module.exports = ignore`); its types say `export default`. */
const ignore = createRequire(import.meta.url)("@balena/dockerignore") as typeof DockerIgnore.default;

export interface Instruction {
  op: string;
  args: string;
}

/** Dockerfile instructions with continuation lines joined and comments dropped. */
export function dockerfileInstructions(dockerfile: string): Instruction[] {
  return dockerfile
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const [op = "", ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(" ") };
    });
}

/**
 * What Node loads at run time from the server entry, as esbuild's module graph sees it: local
 * files (relative to `root`) and bare package names.
 */
export async function serverEntryGraph(root: string): Promise<{ files: string[]; packages: Set<string> }> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["service/server.ts"],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  const packages = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (!imported.external || imported.path.startsWith("node:")) continue;
      const parts = imported.path.split("/");
      packages.add(imported.path.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? ""));
    }
  }
  return { files: Object.keys(result.metafile.inputs), packages };
}

/** The files of the checkout at `root` (tracked, plus untracked ones git does not ignore). */
export function checkoutFiles(root: string): string[] {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...new Set(listed.split("\0").filter(Boolean))].filter((f) => existsSync(join(root, f))).sort();
}

/** What `docker build` sends for `files` under `.dockerignore`'s rules (paths relative to the context). */
export function admittedFiles(files: readonly string[], dockerignore: string): string[] {
  return ignore()
    .add(dockerignore)
    .filter([...files]);
}

/** Copies `files` (relative to `from`) to the same relative paths under `to`. */
export function layOut(from: string, files: readonly string[], to: string): void {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(from, file), join(to, file));
  }
}

/** Replaces `${NAME}` and `$NAME` with their values (unset ones with nothing), as Docker does. */
function substitute(text: string, vars: Record<string, string>): string {
  return text.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (_m, braced: string, bare: string) => vars[braced ?? bare] ?? "",
  );
}

/** A value as Docker reads it in ARG and ENV: surrounding double or single quotes removed. */
function unquote(value: string): string {
  return /^"(.*)"$|^'(.*)'$/.test(value) ? value.slice(1, -1) : value;
}

/** `KEY=value ...` pairs (ENV, ARG); the old `ENV KEY value` form as one pair. */
function pairs(args: string): [string, string][] {
  if (!args.includes("=")) {
    const [key = "", ...value] = args.split(/\s+/);
    return [[key, value.join(" ")]];
  }
  return (args.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []).map((pair) => {
    const at = pair.indexOf("=");
    return at < 0 ? [pair, ""] : [pair.slice(0, at), unquote(pair.slice(at + 1))];
  });
}

/** Exec form (`["a", "b"]`) or shell form, as the arguments to spawn. */
function command(args: string): string[] {
  return args.startsWith("[") ? (JSON.parse(args) as string[]) : ["/bin/sh", "-c", args];
}

export interface BuiltImage {
  /** The final stage's root filesystem on this machine. */
  rootfs: string;
  /** Its WORKDIR, inside rootfs. */
  workdir: string;
  /** Its environment (ENV, with ARG defaults substituted). */
  env: Record<string, string>;
  /** CMD in exec form. */
  cmd: string[];
}

export interface ReplayOptions {
  /** The build context (as laid out by layOut from admittedFiles). */
  context: string;
  /** Where the stages' root filesystems go. */
  scratch: string;
  /** Environment for RUN steps on top of the stage's ENV (npm's cache settings, say). */
  runEnv?: Record<string, string>;
  /** Directory holding the `node` stand-in (see nodeStandIn), put first on PATH. */
  bin: string;
}

/**
 * Writes a `node` that runs `.ts` entries with tsx's loader (as Node 24 runs them by stripping
 * types) and everything else (npm itself) with this machine's node. Returns its directory.
 */
export function nodeStandIn(dir: string, tsxLoader: string): string {
  mkdirSync(dir, { recursive: true });
  const node = join(dir, "node");
  writeFileSync(
    node,
    [
      "#!/bin/sh",
      'for arg in "$@"; do',
      '  case "$arg" in',
      `    *.ts) exec "${process.execPath}" --import "${tsxLoader}" "$@" ;;`,
      "    -*) ;;",
      "    *) break ;;",
      "  esac",
      "done",
      `exec "${process.execPath}" "$@"`,
      "",
    ].join("\n"),
  );
  chmodSync(node, 0o755);
  return dir;
}

/** Replays the Dockerfile's stages; returns the last stage as an image to run. */
export function replayDockerfile(dockerfile: string, options: ReplayOptions): BuiltImage {
  const all = dockerfileInstructions(dockerfile);
  const globalArgs: Record<string, string> = {};
  const stages: { name: string | undefined; rootfs: string }[] = [];
  let stage: { name: string | undefined; rootfs: string } | undefined;
  let workdir = "/";
  let vars: Record<string, string> = {};
  let env: Record<string, string> = {};
  let cmd: string[] = [];
  const inRootfs = (path: string) => join((stage as { rootfs: string }).rootfs, path);
  const path = `${options.bin}:${dirname(process.execPath)}:${process.env.PATH ?? ""}`;

  for (const { op, args } of all) {
    if (op === "FROM") {
      const [, , name] = substitute(args, globalArgs).split(/\s+/);
      stage = { name, rootfs: join(options.scratch, `stage-${stages.length}`) };
      stages.push(stage);
      mkdirSync(stage.rootfs, { recursive: true });
      workdir = "/";
      vars = {};
      env = {};
      cmd = [];
      continue;
    }
    if (op === "ARG") {
      for (const [key, value] of pairs(args)) {
        if (stage) vars[key] = substitute(value, { ...globalArgs, ...vars });
        else globalArgs[key] = value;
      }
      continue;
    }
    if (!stage) throw new Error(`${op} before the first FROM is not replayed`);
    switch (op) {
      case "WORKDIR":
        workdir = posix.resolve(workdir, substitute(args, { ...vars, ...env }));
        mkdirSync(inRootfs(workdir), { recursive: true });
        break;
      case "ENV":
        for (const [key, value] of pairs(args)) env[key] = substitute(value, { ...vars, ...env });
        break;
      case "COPY": {
        const words = args.startsWith("[") ? (JSON.parse(args) as string[]) : args.split(/\s+/);
        const flags = words.filter((w) => w.startsWith("--"));
        const rest = words.filter((w) => !w.startsWith("--"));
        const from = flags.find((f) => f.startsWith("--from="))?.slice("--from=".length);
        const unknown = flags.filter((f) => !f.startsWith("--from="));
        if (unknown.length > 0) throw new Error(`COPY ${unknown.join(" ")} is not replayed`);
        const dest = rest.pop() as string;
        const sourceRoot =
          from === undefined
            ? options.context
            : (stages.find((s, i) => s.name === from || String(i) === from)?.rootfs ??
              (() => {
                throw new Error(`COPY --from=${from}: no such stage`);
              })());
        const target = posix.resolve(workdir, dest);
        const intoDir = dest.endsWith("/") || rest.length > 1;
        for (const source of rest) {
          if (/[*?[]/.test(source)) throw new Error(`COPY with a wildcard (${source}) is not replayed`);
          const src = join(sourceRoot, from === undefined ? source : posix.resolve("/", source));
          if (!existsSync(src)) throw new Error(`COPY ${source}: not in the ${from ?? "build context"}`);
          if (statSync(src).isDirectory()) {
            // A directory's contents are copied, not the directory itself.
            cpSync(src, inRootfs(target), { recursive: true });
          } else {
            const to = intoDir ? posix.join(target, posix.basename(source)) : target;
            mkdirSync(dirname(inRootfs(to)), { recursive: true });
            cpSync(src, inRootfs(to));
          }
        }
        break;
      }
      case "RUN": {
        const [file = "", ...argv] = command(args);
        execFileSync(file, argv, {
          cwd: inRootfs(workdir),
          env: { ...vars, ...env, ...options.runEnv, PATH: path, HOME: process.env.HOME ?? "/root" },
          stdio: ["ignore", "pipe", "pipe"],
        });
        break;
      }
      case "CMD":
        cmd = command(args);
        break;
      case "USER":
      case "EXPOSE":
      case "HEALTHCHECK":
      case "STOPSIGNAL":
      case "LABEL":
        // Runtime metadata: nothing to lay out (the image test checks them itself).
        break;
      default:
        throw new Error(`${op} is not replayed; teach test/helpers/dockerfile.ts what it does`);
    }
  }
  if (!stage) throw new Error("the Dockerfile has no FROM");
  const last = stage;
  return { rootfs: last.rootfs, workdir: join(last.rootfs, workdir), env, cmd };
}

/** Starts the image's CMD from its WORKDIR with its ENV plus `extraEnv`, `node` as nodeStandIn. */
export function runImage(image: BuiltImage, bin: string, extraEnv: Record<string, string>) {
  const [file = "", ...args] = image.cmd;
  const path = `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`;
  const found = file.includes("/")
    ? file
    : [bin, dirname(process.execPath), "/usr/bin", "/bin"]
        .map((d) => join(d, file))
        .find((f) => existsSync(f));
  if (found === undefined) throw new Error(`CMD ${file}: not found`);
  return spawn(found, args, {
    cwd: image.workdir,
    env: { ...image.env, ...extraEnv, PATH: path },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The stand-in's tsx loader URL, resolved from this repository's node_modules. */
export function tsxLoader(): string {
  return import.meta.resolve("tsx");
}
