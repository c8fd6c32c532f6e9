import { SSMClient } from "@aws-sdk/client-ssm";
import { type AwsOptions, baseConfig, instrument } from "./common.ts";

export function makeSsm(options: AwsOptions): SSMClient {
  return instrument(new SSMClient(baseConfig(options)), "ssm", options);
}
