/**
 * The service image installs only what the service runs on. package.json also lists cdktf, the
 * AWS SDK and @actions/core (hundreds of MB, for stacks/ and delivery/), so the Dockerfile runs
 * `node service/prune-manifest.ts` on a copy of package.json before `npm install --omit=dev`;
 * versions still come from package-lock.json. Imports only Node built-ins: it runs before any
 * package is installed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Packages `service/` and `common/` load at run time, plus their required peers (helmet). */
export const RUNTIME_DEPENDENCIES = ["helmet", "koa", "koa-helmet", "pino", "prom-client"] as const;

export interface Manifest {
  name?: string;
  version?: string;
  type?: string;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

/**
 * package.json reduced to the service's runtime dependencies at their pinned versions. Keeps
 * `type` (Node needs "module" to load the .ts sources as ESM). Throws if one is missing.
 */
export function pruneManifest(manifest: Manifest): Manifest {
  const dependencies = manifest.dependencies ?? {};
  const missing = RUNTIME_DEPENDENCIES.filter((name) => dependencies[name] === undefined);
  if (missing.length > 0) {
    throw new Error(`package.json lacks runtime dependencies: ${missing.join(", ")}`);
  }
  return {
    name: manifest.name,
    version: manifest.version,
    private: true,
    type: manifest.type,
    engines: manifest.engines,
    dependencies: Object.fromEntries(
      RUNTIME_DEPENDENCIES.map((name) => [name, dependencies[name] as string]),
    ),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = resolve("package.json");
  const pruned = pruneManifest(JSON.parse(readFileSync(path, "utf8")) as Manifest);
  writeFileSync(path, `${JSON.stringify(pruned, null, 2)}\n`);
}
