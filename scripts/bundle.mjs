#!/usr/bin/env node
// Bundles the GitHub Actions into one ES module file each. Only the rollback and abort actions'
// bundles are committed: rollback.yml and abort.yml run them with no install step, because the
// on-call rollback must not depend on one. Every other action is built by the workflow that uses it, after its `npm ci`
// (a build step such as `node scripts/bundle.mjs deploy shift`), into a gitignored dist/.
//
//   node scripts/bundle.mjs                  rebuild the committed bundle(s)
//   node scripts/bundle.mjs NAME ...         build the named bundles (deploy, shift, status,
//                                            rollback, abort, promote, pause, compliance-gate;
//                                            `all` for every one)
//   node scripts/bundle.mjs --check          exit 1 naming every committed bundle that no longer
//                                            matches what its sources build to (nothing written)
//
// Output is deterministic: same sources and same esbuild give byte-identical files. Each
// bundle gets a sibling package.json that marks it as an ES module wherever it is checked out.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** One bundle per action; `committed` marks the ones a workflow runs without an install. */
export const entries = [
  {
    name: "rollback",
    entry: "delivery/actions/rollback/main.ts",
    outfile: "delivery/actions/rollback/dist/index.js",
    committed: true,
  },
  {
    name: "abort",
    entry: "delivery/actions/abort/main.ts",
    outfile: "delivery/actions/abort/dist/index.js",
    committed: true,
  },
  {
    name: "promote",
    entry: "delivery/actions/promote/main.ts",
    outfile: "delivery/actions/promote/dist/index.js",
  },
  {
    name: "pause",
    entry: "delivery/actions/pause/main.ts",
    outfile: "delivery/actions/pause/dist/index.js",
  },
  {
    name: "deploy",
    entry: "delivery/actions/deploy/main.ts",
    outfile: "delivery/actions/deploy/dist/index.js",
  },
  { name: "shift", entry: "delivery/actions/shift/main.ts", outfile: "delivery/actions/shift/dist/index.js" },
  {
    name: "status",
    entry: "delivery/actions/status/main.ts",
    outfile: "delivery/actions/status/dist/index.js",
  },
  {
    name: "compliance-gate",
    entry: "policies/compliance-gate/main.ts",
    outfile: "policies/compliance-gate/dist/index.js",
  },
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

/** Builds one entry in memory: { [absolute path]: contents } (the bundle and its package.json). */
export async function bundle({ entry, outfile }) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [resolve(root, entry)],
    outfile: resolve(root, outfile),
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

function usage(message) {
  process.stderr.write(`error: bundle: ${message}\n`);
  return 2;
}

export async function main(argv) {
  const check = argv.includes("--check");
  const names = argv.filter((a) => a !== "--check");
  const unknownFlag = names.find((a) => a.startsWith("-"));
  if (unknownFlag) return usage(`unknown option ${unknownFlag} (expected --check or bundle names)`);
  if (check && names.length > 0) return usage("--check takes no bundle names: it checks the committed ones");
  const known = entries.map((e) => e.name);
  const unknown = names.find((n) => n !== "all" && !known.includes(n));
  if (unknown) return usage(`unknown bundle "${unknown}" (expected ${known.join(", ")} or all)`);
  const selected =
    names.length === 0
      ? entries.filter((e) => e.committed)
      : names.includes("all")
        ? entries
        : entries.filter((e) => names.includes(e.name));
  const stale = [];
  for (const e of selected) {
    const files = await bundle(e);
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
    process.stdout.write(`${selected.length} committed bundle(s) match their sources\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
