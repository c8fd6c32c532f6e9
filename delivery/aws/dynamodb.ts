import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { type AwsOptions, baseConfig, instrument } from "./common.ts";

export function makeDynamo(options: AwsOptions): DynamoDBClient {
  return instrument(new DynamoDBClient(baseConfig(options)), "dynamodb", options);
}
