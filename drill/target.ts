/**
 * Which environment a drill's URL belongs to, and whether the drill may flood it.
 *
 * The synthesized stacks say it: each stack outputs `service_endpoint` =
 * `{ environment, production, host }` (from the validated environment configuration). The
 * drill matches the URL's host against those hosts (the most specific domain wins, so
 * `staging.app.example.com` is staging even though it sits under prod's `app.example.com`).
 *
 * Refused (exit 2), before any request:
 *  - a host that belongs to a production environment, unless `--allow-production`;
 *  - `--environment` that contradicts what the synth says about the host;
 *  - `--environment` naming a production environment, unless `--allow-production`;
 *  - a host no synthesized environment knows, without `--environment` (a typo must not
 *    flood somebody else's site);
 *  - with no synth at hand, `--environment prod`/`production` unless `--allow-production`.
 * Loopback addresses are always allowed: that is where the tests and rehearsals run.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../common/conventions.ts";
import { outputs, readStack } from "../common/terraform/index.ts";

/** The `service_endpoint` output every stack writes. */
export interface ServiceEndpoint {
  environment: string;
  production: boolean;
  host: string;
}

export const SERVICE_ENDPOINT_OUTPUT = "service_endpoint";

export interface TargetDecision {
  /** The environment the drill is run against, or `loopback`. */
  environment: string;
  production: boolean;
  /** How the decision was reached, for the report. */
  basis: string;
}

/** Reads every stack's `service_endpoint` output under a cdktf output directory; [] when there is none. */
export function readEndpoints(synthDir: string): ServiceEndpoint[] {
  const stacks = join(synthDir, "stacks");
  if (!existsSync(stacks)) return [];
  const out: ServiceEndpoint[] = [];
  for (const name of readdirSync(stacks).sort()) {
    const file = join(stacks, name, "cdk.tf.json");
    if (!existsSync(file)) continue;
    const { doc } = readStack(file);
    const value = outputs(doc)[SERVICE_ENDPOINT_OUTPUT]?.value as Partial<ServiceEndpoint> | undefined;
    if (
      value &&
      typeof value.environment === "string" &&
      typeof value.host === "string" &&
      typeof value.production === "boolean"
    ) {
      out.push({
        environment: value.environment,
        host: value.host.toLowerCase(),
        production: value.production,
      });
    }
  }
  return out;
}

export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Decides whether the drill may run; throws UsageError (exit 2, nothing sent) when it may not. */
export function decideTarget(
  url: URL,
  opts: { environment: string | undefined; allowProduction: boolean; endpoints: readonly ServiceEndpoint[] },
): TargetDecision {
  const host = url.hostname.toLowerCase();
  if (isLoopback(host)) {
    return { environment: opts.environment ?? "loopback", production: false, basis: "loopback address" };
  }
  const known = opts.endpoints
    .filter((e) => host === e.host || host.endsWith(`.${e.host}`))
    .sort((a, b) => b.host.length - a.host.length)[0];
  const refuse = (env: string) =>
    new UsageError(
      "--url",
      `${host} is the ${env} environment, which is production; a drill floods it only with --allow-production`,
    );
  if (known) {
    if (opts.environment !== undefined && opts.environment !== known.environment) {
      throw new UsageError(
        "--environment",
        `"${opts.environment}" does not match ${host}, which the synth gives to ${known.environment}`,
      );
    }
    if (known.production && !opts.allowProduction) throw refuse(known.environment);
    return {
      environment: known.environment,
      production: known.production,
      basis: `host ${known.host} in the synthesized service_endpoint of ${known.environment}`,
    };
  }
  if (opts.environment === undefined) {
    throw new UsageError(
      "--url",
      `${host} is no synthesized environment's host${opts.endpoints.length === 0 ? " (no synth found)" : ""}; name it with --environment`,
    );
  }
  const named = opts.endpoints.find((e) => e.environment === opts.environment);
  const production = named ? named.production : /^prod(uction)?$/.test(opts.environment);
  if (production && !opts.allowProduction) throw refuse(opts.environment);
  return {
    environment: opts.environment,
    production,
    basis: named ? `--environment ${opts.environment} (synthesized)` : `--environment ${opts.environment}`,
  };
}
