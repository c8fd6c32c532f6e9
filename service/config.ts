/**
 * The service's configuration: its environment read through the one schema both the service
 * and the stacks use (common/service-settings.ts).
 */
import { parseServiceSettings, type ServiceSettings } from "../common/service-settings.ts";

export { ConfigError, LOG_LEVELS, type LogLevel } from "../common/service-settings.ts";

export type ServiceConfig = ServiceSettings;

/**
 * Reads and validates the service's configuration. Throws ConfigError naming the first bad
 * variable (in the order of SERVICE_ENV) and why; never returns a partly valid config.
 */
export function loadConfig(env: NodeJS.ProcessEnv): ServiceConfig {
  return parseServiceSettings(env);
}
