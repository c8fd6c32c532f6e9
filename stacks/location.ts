/**
 * Where a construct is deployed, as a narrow prop (environment, account, region), and the
 * names and ARNs that derive from it. The constructs of the incident response take it instead
 * of the environment configuration.
 */
import { resourceName } from "../common/conventions.ts";

export interface EstateLocation {
  readonly environment: string;
  readonly accountId: string;
  readonly region: string;
}

export interface Located extends EstateLocation {
  /** `securecloud-<env>-<purpose...>`. */
  name(...purpose: string[]): string;
  /** ARN of a regional resource of this account. */
  arn(service: string, resource: string): string;
}

export function locate(location: EstateLocation): Located {
  return {
    environment: location.environment,
    accountId: location.accountId,
    region: location.region,
    name: (...purpose) => resourceName(location.environment, ...purpose),
    arn: (service, resource) => `arn:aws:${service}:${location.region}:${location.accountId}:${resource}`,
  };
}
