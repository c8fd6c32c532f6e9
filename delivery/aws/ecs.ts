import { ECSClient } from "@aws-sdk/client-ecs";
import { type AwsOptions, baseConfig, instrument } from "./common.ts";

export function makeEcs(options: AwsOptions): ECSClient {
  return instrument(new ECSClient(baseConfig(options)), "ecs", options);
}
