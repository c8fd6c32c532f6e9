#!/usr/bin/env node
// Bundles each GitHub Action (and later the CLI) into one committed ES module file, so a
// workflow runs it with no `npm install` — the on-call rollback must not depend on one.
//
//   node scripts/bundle.mjs           build every entry
//   node scripts/bundle.mjs --check   exit 1 naming every committed bundle that no longer
//                                     matches what its sources build to (nothing is written)
//
// Output is deterministic: same sources and same esbuild give byte-identical files. Each
// bundle gets a sibling package.json that marks it as an ES module wherever it is checked out.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** One bundle per entry: each action, and the `securecloud` binary. */
export const entries = [
  { entry: "delivery/actions/status/main.ts", outfile: "delivery/actions/status/dist/index.js" },
  { entry: "delivery/actions/deploy/main.ts", outfile: "delivery/actions/deploy/dist/index.js" },
  { entry: "delivery/actions/shift/main.ts", outfile: "delivery/actions/shift/dist/index.js" },
  { entry: "delivery/actions/rollback/main.ts", outfile: "delivery/actions/rollback/dist/index.js" },
  { entry: "policies/compliance-gate/main.ts", outfile: "policies/compliance-gate/dist/index.js" },
  // The binary is split: each command's code sits in its own chunk under bin/chunks/, loaded
  // only when that command runs, so `securecloud gate` never compiles the AWS SDK clients.
  { entry: "cli/securecloud.ts", outfile: "bin/securecloud.mjs", chunks: "bin/chunks" },
];

const PACKAGE_JSON = `${JSON.stringify({ type: "module", private: true }, null, 2)}\n`;

// Bundled CommonJS code may `require` Node built-ins; give the ES module a real `require`.
const BANNER =
  'import { createRequire as __securecloudRequire } from "node:module";\n' +
  "const require = __securecloudRequire(import.meta.url);";

// @actions/core reaches undici (~400 kB) only for OIDC tokens, which these actions never ask
// for (credentials come from aws-actions/configure-aws-credentials before them). Leaving it
// out halves each bundle and its start time.
const withoutOidc = {
  name: "securecloud-without-actions-oidc",
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer.includes(`${"@actions"}/core`)
        ? { path: "oidc-utils", namespace: "securecloud-stub" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "securecloud-stub" }, () => ({
      contents:
        "export class OidcClient { static async getIDToken() { throw new Error(" +
        "'OIDC tokens are not bundled into the securecloud actions: configure AWS credentials in an earlier step'); } }",
      loader: "js",
    }));
  },
};

/** Builds one entry in memory: { [absolute path]: contents }. */
export async function bundle({ entry, outfile, chunks }) {
  const out = chunks
    ? {
        outdir: dirname(resolve(root, outfile)),
        splitting: true,
        entryNames: basename(outfile).replace(/\.m?js$/, ""),
        chunkNames: `${relative(dirname(outfile), chunks)}/[name]-[hash]`,
        outExtension: { ".js": extname(outfile) },
      }
    : { outfile: resolve(root, outfile) };
  const result = await build({
    absWorkingDir: root,
    entryPoints: [resolve(root, entry)],
    ...out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    mainFields: ["module", "main"],
    conditions: ["module", "import", "node"],
    minify: true,
    treeShaking: true,
    legalComments: "none",
    charset: "utf8",
    sourcemap: false,
    metafile: false,
    write: false,
    logLevel: "silent",
    banner: { js: BANNER },
    plugins: [withoutOidc],
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const files = {};
  for (const f of result.outputFiles) files[f.path] = f.text;
  files[join(dirname(resolve(root, outfile)), "package.json")] = PACKAGE_JSON;
  return files;
}

function readOr(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

export async function main(argv) {
  const check = argv.includes("--check");
  const unknown = argv.filter((a) => a !== "--check");
  if (unknown.length > 0) {
    process.stderr.write(`error: bundle: unknown argument ${unknown[0]} (expected --check)\n`);
    return 2;
  }
  const stale = [];
  for (const e of entries) {
    const files = await bundle(e);
    // Chunks a previous build wrote and this one does not: stale, and removed on a build.
    if (e.chunks) {
      const dir = resolve(root, e.chunks);
      let present = [];
      try {
        present = readdirSync(dir).map((f) => join(dir, f));
      } catch {}
      for (const old of present.filter((f) => !(f in files))) {
        if (check) stale.push(relative(root, old));
        else {
          rmSync(old);
          process.stdout.write(`removed ${relative(root, old)}\n`);
        }
      }
    }
    for (const [path, text] of Object.entries(files)) {
      const rel = relative(root, path);
      if (check) {
        if (readOr(path) !== text) stale.push(rel);
      } else if (readOr(path) !== text) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        process.stdout.write(`wrote ${rel} (${Buffer.byteLength(text)} bytes)\n`);
      } else {
        process.stdout.write(`unchanged ${rel}\n`);
      }
    }
  }
  if (check) {
    if (stale.length > 0) {
      process.stderr.write(
        `error: stale bundles: ${stale.join(", ")}: run \`node scripts/bundle.mjs\` and commit the result\n`,
      );
      return 1;
    }
    process.stdout.write(`${entries.length} bundles match their sources\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
