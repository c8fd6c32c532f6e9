import { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import { type AwsOptions, baseConfig, instrument } from "./common.ts";

export function makeElb(options: AwsOptions): ElasticLoadBalancingV2Client {
  return instrument(new ElasticLoadBalancingV2Client(baseConfig(options)), "elbv2", options);
}
