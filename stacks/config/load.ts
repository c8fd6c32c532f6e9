/**
 * Loads the environments file (`stacks/config/environments.ts`, or the file
 * SECURECLOUD_CONFIG names) the way the synth runs it: compiled with esbuild, then imported.
 * A file that does not compile or throws while it loads becomes one ConfigLoadError naming
 * the file and line where it went wrong, so the synth prints one line instead of a trace.
 */
import { mkdirSync, rmSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Message } from "esbuild";
import type { EnvironmentConfig } from "./types.ts";

/** The environments the app synthesizes unless SECURECLOUD_CONFIG names another file. */
export const DEFAULT_CONFIG_FILE = fileURLToPath(new URL("./environments.ts", import.meta.url));

/** The configuration file could not be loaded; `message` is `<file>:<line>: <why>`. */
export class ConfigLoadError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, line: number | undefined, why: string) {
    super(`${file}${line === undefined ? "" : `:${line}`}: ${why.split("\n")[0]}`);
    this.name = "ConfigLoadError";
    this.file = file;
    this.line = line;
  }
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

/** Where in the configuration a runtime error was thrown: the first stack frame in a source file. */
function thrownAt(err: unknown, file: string): { file: string; line: number | undefined } {
  const stack = err instanceof Error ? (err.stack ?? "") : "";
  for (const match of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+\.(?:ts|mts|js|mjs)):(\d+):\d+/g)) {
    if (!match[1]!.includes("/node_modules/")) return { file: match[1]!, line: Number(match[2]) };
  }
  return { file, line: undefined };
}

function why(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/**
 * Compiles and imports `file` and returns its `ENVIRONMENTS`. Throws ConfigLoadError for a
 * syntax error (esbuild's location), an error thrown while the module runs (the stack frame,
 * through the inline source map), or a module without an `ENVIRONMENTS` list.
 */
export async function importEnvironments(
  file: string = DEFAULT_CONFIG_FILE,
): Promise<readonly EnvironmentConfig[]> {
  const source = resolve(file);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
  // Next to node_modules, so the compiled module's bare imports resolve; one file per process.
  const outfile = join(
    root,
    "node_modules",
    ".cache",
    "securecloud",
    `config-${process.pid}-${Date.now()}.mjs`,
  );
  mkdirSync(dirname(outfile), { recursive: true });
  try {
    try {
      await build({
        entryPoints: [source],
        outfile,
        bundle: true,
        packages: "external",
        platform: "node",
        format: "esm",
        target: "node20",
        sourcemap: "inline",
        logLevel: "silent",
      });
    } catch (err) {
      const first = (err as { errors?: Message[] }).errors?.[0];
      if (!first) throw new ConfigLoadError(shown(source), undefined, why(err));
      const at = first.location;
      throw new ConfigLoadError(at ? shown(resolve(at.file)) : shown(source), at?.line, first.text);
    }
    process.setSourceMapsEnabled(true);
    let module: { ENVIRONMENTS?: unknown };
    try {
      module = (await import(pathToFileURL(outfile).href)) as { ENVIRONMENTS?: unknown };
    } catch (err) {
      const at = thrownAt(err, source);
      throw new ConfigLoadError(shown(at.file), at.line, why(err));
    }
    if (!Array.isArray(module.ENVIRONMENTS)) {
      throw new ConfigLoadError(shown(source), undefined, "exports no ENVIRONMENTS list of environments");
    }
    return module.ENVIRONMENTS as readonly EnvironmentConfig[];
  } finally {
    rmSync(outfile, { force: true });
  }
}
