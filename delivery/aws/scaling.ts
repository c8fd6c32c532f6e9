import { ApplicationAutoScalingClient } from "@aws-sdk/client-application-auto-scaling";
import { type AwsOptions, baseConfig, instrument } from "./common.ts";

export function makeScaling(options: AwsOptions): ApplicationAutoScalingClient {
  return instrument(
    new ApplicationAutoScalingClient(baseConfig(options)),
    "application-autoscaling",
    options,
  );
}
