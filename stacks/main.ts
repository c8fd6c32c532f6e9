/**
 * The cdktf app: validates every environment's configuration, then synthesizes one stack per
 * environment into `cdktf.out/stacks/<env>/cdk.tf.json`. Bad configuration writes nothing
 * and exits 2 with one line naming the environment, the field and the reason.
 */
import { App } from "cdktf";
import { EXIT, errorLine } from "../common/conventions.ts";
import { ENVIRONMENTS } from "./config/environments.ts";
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

export function synthAll(envs: readonly EnvironmentConfig[] = ENVIRONMENTS, options: BuildOptions = {}): App {
  const app = buildApp(envs, options);
  app.synth();
  return app;
}

/** The command: synthesize every environment; `--summary` prints what was written. Returns the exit code. */
export function main(argv: readonly string[]): number {
  try {
    const app = synthAll();
    if (argv.includes("--summary")) process.stdout.write(renderSummary(summarize(app.outdir)));
    return EXIT.ok;
  } catch (err) {
    process.stderr.write(
      `${err instanceof ConfigError ? `error: configuration: ${err.message}` : errorLine(err)}\n`,
    );
    return err instanceof ConfigError ? EXIT.usage : EXIT.findings;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
