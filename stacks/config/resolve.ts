/**
 * The environment configuration resolved once: every default applied, every derived value
 * (the region's log-delivery account, Shield's response action, the container environment)
 * worked out here, so the stack and its constructs read plain values and never re-derive them.
 *
 * `loadEnvironments` is the entry: it validates all environments (including clashes between
 * them, `validate.ts`) and resolves each. `resolveEnvironment` resolves one without the
 * cross-environment checks, for tests that synthesize one environment on its own.
 */
import { COLORS } from "../../common/conventions.ts";
import { DEFAULT_DRAIN_SECONDS, SERVICE_ENV, SERVICE_PORT } from "../../common/service-contract.ts";
import { checkServiceEnvironment } from "../../common/service-settings.ts";
import { edgeSettings, shieldResponse } from "./edge.ts";
import { REGIONS } from "./regions.ts";
import type { AviatrixConfig, EdgeConfig, EmergencyContact, EnvironmentConfig } from "./types.ts";
import { ConfigError, type ConfigProblem, validateEnvironments } from "./validate.ts";

/** Shield Advanced as the constructs use it; present exactly when the environment turns it on. */
export interface ResolvedShield {
  /** What Shield does with the WAF rules it writes during an L7 attack. */
  readonly automaticResponse: "BLOCK" | "COUNT";
  /**
   * The account-wide settings (contacts, proactive engagement, SRT access), only where this
   * environment owns the account's settings and configures them.
   */
  readonly accountSettings?: {
    readonly emergencyContacts: readonly EmergencyContact[];
    readonly proactiveEngagement: boolean;
    readonly drtAccess: boolean;
  };
}

/** What the service's containers are handed. */
export interface ResolvedService {
  /**
   * The task definition's plain environment besides `SERVICE_COLOR`, in order: the estate's
   * own values and the defaults a Parameter Store setting of the same name replaces.
   */
  readonly environment: Readonly<Record<string, string>>;
  /** Non-secret settings, delivered from Parameter Store (value kept by Terraform). */
  readonly settings: Readonly<Record<string, string>>;
  /** Secret names, delivered from Parameter Store (value put by operators). */
  readonly secrets: readonly string[];
}

/**
 * An environment with every default applied: the configuration's own fields as written
 * (name, account, network, task, alarms, features, ...) and the optional parts resolved.
 */
export interface ResolvedEnvironment
  extends Omit<EnvironmentConfig, "drainSeconds" | "edge" | "shield" | "serviceParameters" | "aviatrix"> {
  /** The regional Elastic Load Balancing account that writes ALB access logs. */
  readonly elbLogAccount: string;
  readonly drainSeconds: number;
  readonly edge: Required<EdgeConfig>;
  /** Present exactly when Shield Advanced is on. */
  readonly shield?: ResolvedShield;
  readonly service: ResolvedService;
  /** Present exactly when the Aviatrix placeholders are on. */
  readonly aviatrix?: AviatrixConfig;
}

/**
 * The container's plain environment (besides the color): the port from the service contract,
 * the drain window, and LOG_LEVEL's default. This is the one place the environment map is
 * assembled; `containerEnvironment` adds the settings over it.
 */
function plainEnvironment(drainSeconds: number): Record<string, string> {
  return {
    [SERVICE_ENV.port]: String(SERVICE_PORT),
    [SERVICE_ENV.drainSeconds]: String(drainSeconds),
    [SERVICE_ENV.logLevel]: "info",
  };
}

/**
 * Everything the service of one color reads from its environment whose value is known at
 * synth: the plain environment with the Parameter Store settings over it (secrets aside,
 * their values are never known here). Validate the service's settings against this map.
 */
export function containerEnvironment(
  service: ResolvedService,
  color: string,
): Readonly<Record<string, string>> {
  return { [SERVICE_ENV.color]: color, ...service.environment, ...service.settings };
}

/** One environment with every default applied (no validation: see `loadEnvironments`). */
export function resolveEnvironment(env: EnvironmentConfig): ResolvedEnvironment {
  const drainSeconds = env.drainSeconds ?? DEFAULT_DRAIN_SECONDS;
  const params = env.serviceParameters ?? { settings: {}, secrets: [] };
  const shield = env.shield;
  const {
    drainSeconds: _drain,
    edge: _edge,
    shield: _shield,
    serviceParameters: _params,
    aviatrix: _avx,
    ...plain
  } = env;
  return {
    ...plain,
    elbLogAccount: REGIONS[env.region]!.elbLogAccount,
    drainSeconds,
    edge: edgeSettings(env),
    ...(env.features.shieldAdvanced
      ? {
          shield: {
            automaticResponse: shieldResponse(shield),
            ...(env.accountSettingsOwner && shield
              ? {
                  accountSettings: {
                    emergencyContacts: shield.emergencyContacts,
                    proactiveEngagement: shield.proactiveEngagement,
                    drtAccess: shield.drtAccess,
                  },
                }
              : {}),
          },
        }
      : {}),
    service: {
      environment: plainEnvironment(drainSeconds),
      settings: params.settings ?? {},
      secrets: params.secrets ?? [],
    },
    ...(env.features.aviatrixPlaceholders && env.aviatrix ? { aviatrix: env.aviatrix } : {}),
  };
}

/**
 * What the service itself would refuse at start, checked with the service's own validator
 * (common/service-settings.ts) against each color's container environment as the task
 * definition will hand it over: a value the service rejects fails the synth, not the deploy.
 */
export function serviceSettingProblems(env: ResolvedEnvironment): ConfigProblem[] {
  const problems = new Map<string, ConfigProblem>();
  for (const color of COLORS) {
    for (const p of checkServiceEnvironment(containerEnvironment(env.service, color), env.service.secrets)) {
      const field =
        p.variable in env.service.settings
          ? `serviceParameters.settings.${p.variable}`
          : `service environment ${p.variable}`;
      problems.set(field, { env: env.name, field, reason: `${p.why} (the service would refuse to start)` });
    }
  }
  return [...problems.values()];
}

/**
 * Validates every environment (throws one ConfigError naming every problem), resolves each,
 * and checks the service would accept its settings.
 */
export function loadEnvironments(envs: readonly EnvironmentConfig[]): ResolvedEnvironment[] {
  const resolved = validateEnvironments(envs).map(resolveEnvironment);
  const problems = resolved.flatMap(serviceSettingProblems);
  if (problems.length > 0) throw new ConfigError(problems);
  return resolved;
}
