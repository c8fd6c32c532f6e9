import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { AwsQueryProtocol } from "@aws-sdk/core/protocols";
import { type AwsOptions, baseConfig, instrument } from "./common.ts";

/**
 * CloudWatch over its query protocol. The SDK's default for CloudWatch is now AWS JSON 1.0;
 * CloudWatch still serves the query protocol (its original one, which AWS keeps compatible),
 * and moto understands only that, so using it everywhere keeps tests and production on the
 * same wire format.
 */
export function makeCloudWatch(options: AwsOptions): CloudWatchClient {
  return instrument(
    new CloudWatchClient({ ...baseConfig(options), protocol: AwsQueryProtocol }),
    "cloudwatch",
    options,
  );
}
