/**
 * The cdktf app: loads the environments file (stacks/config/environments.ts, or the file
 * SECURECLOUD_CONFIG names), validates and resolves every environment, then synthesizes one
 * stack per environment into `cdktf.out/stacks/<env>/cdk.tf.json`. With `--bootstrap` it
 * synthesizes instead one `bootstrap-<account>` stack per account (the Terraform state
 * bucket) into `cdktf.bootstrap.out`, apart from the environments, which keep their state in it.
 * A file that does not load and a configuration that is not valid both write nothing and exit
 * 2 with one line: `error: configuration: <file>:<line>: <why>` or `... environment "<env>": <field>: <why>`.
 */
import { App } from "cdktf";
import { EXIT, errorLine } from "../common/conventions.ts";
import { accountBootstraps, BootstrapStack } from "./bootstrap-stack.ts";
import { ConfigLoadError, DEFAULT_CONFIG_FILE, importEnvironments } from "./config/load.ts";
import { loadEnvironments } from "./config/resolve.ts";
import type { EnvironmentConfig } from "./config/types.ts";
import { ConfigError } from "./config/validate.ts";
import { EstateStack } from "./estate-stack.ts";
import { renderSummary, summarize } from "./summary.ts";

export interface BuildOptions {
  /** Defaults to what cdktf's CLI sets (CDKTF_OUTDIR) or `cdktf.out`. */
  readonly outdir?: string;
}

/** Builds the app for the given environments; throws ConfigError before creating anything. */
export function buildApp(envs: readonly EnvironmentConfig[], options: BuildOptions = {}): App {
  const resolved = loadEnvironments(envs);
  const app = new App({ outdir: options.outdir, skipValidation: false });
  for (const env of resolved) new EstateStack(app, env);
  return app;
}

export function synthAll(envs: readonly EnvironmentConfig[], options: BuildOptions = {}): App {
  const app = buildApp(envs, options);
  app.synth();
  return app;
}

/** Where `--bootstrap` writes unless cdktf's CLI sets CDKTF_OUTDIR (`cdktf deploy --output`). */
export const BOOTSTRAP_OUTDIR = "cdktf.bootstrap.out";

/** Synthesizes one bootstrap stack per account of the environments; throws ConfigError first. */
export function synthBootstrap(envs: readonly EnvironmentConfig[], options: BuildOptions = {}): App {
  const bootstraps = accountBootstraps(loadEnvironments(envs));
  const app = new App({
    outdir: options.outdir ?? process.env.CDKTF_OUTDIR ?? BOOTSTRAP_OUTDIR,
    skipValidation: false,
  });
  for (const account of bootstraps) new BootstrapStack(app, account);
  app.synth();
  return app;
}

/** The environments file the synth reads: SECURECLOUD_CONFIG, or the shipped one. */
export function configFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.SECURECLOUD_CONFIG || DEFAULT_CONFIG_FILE;
}

/**
 * The command: synthesize every environment (or, with `--bootstrap`, every account's state
 * bucket); `--summary` prints what was written. Returns the exit code.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const envs = await importEnvironments(configFile());
    const app = argv.includes("--bootstrap") ? synthBootstrap(envs) : synthAll(envs);
    if (argv.includes("--summary")) process.stdout.write(renderSummary(summarize(app.outdir)));
    return EXIT.ok;
  } catch (err) {
    const config = err instanceof ConfigError || err instanceof ConfigLoadError;
    process.stderr.write(`${config ? `error: configuration: ${(err as Error).message}` : errorLine(err)}\n`);
    return config ? EXIT.usage : EXIT.findings;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
