/**
 * The delivery's own resources in the rehearsal estate, as the stacks make them: the rollout
 * table, the operators' test listener on 8443, the idle-color rule on the production listener
 * (a fixed 404 until the first deploy points it at the idle color) and its secret parameter.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
} from "@aws-sdk/client-dynamodb";
import {
  CreateListenerCommand,
  CreateRuleCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { PutParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { type Color, IDLE_ROUTE, LISTENER_ROLE, resourceName, TAG } from "../../common/conventions.ts";
import type { ClientConfig } from "./estate.ts";

/** The rollout table as the stacks make it: pk/sk strings, on demand. Idempotent. */
export async function createRolloutTable(config: ClientConfig, table: string): Promise<void> {
  const ddb = new DynamoDBClient(config);
  try {
    await ddb.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [
          { AttributeName: "pk", AttributeType: "S" },
          { AttributeName: "sk", AttributeType: "S" },
        ],
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
      }),
    );
  } catch (err) {
    if (!(err instanceof ResourceInUseException)) throw err;
  }
  await ddb.send(new DescribeTableCommand({ TableName: table }));
}

export async function createIdleRoutes(
  config: ClientConfig,
  e: { env: string; loadBalancerArn: string; listenerArn: string; targetGroups: Record<Color, string> },
): Promise<{ testListenerArn: string; idleRuleArn: string }> {
  const elb = new ElasticLoadBalancingV2Client(config);
  const ssm = new SSMClient(config);
  const name = (...purpose: string[]) => resourceName(e.env, ...purpose);
  const { loadBalancerArn, targetGroups } = e;
  const idleRouteParameter = IDLE_ROUTE.parameter(e.env);
  const [test, rule] = await Promise.all([
    // The operators' test listener: the stacks start it on green; deploys move it to the idle color.
    elb.send(
      new CreateListenerCommand({
        LoadBalancerArn: loadBalancerArn,
        Protocol: "HTTP",
        Port: 8443,
        DefaultActions: [{ Type: "forward", TargetGroupArn: targetGroups.green }],
        Tags: [
          { Key: TAG.role, Value: LISTENER_ROLE.test },
          { Key: "Name", Value: name("test") },
        ],
      }),
    ),
    createIdleRule(config, e),
    ssm.send(
      new PutParameterCommand({
        Name: idleRouteParameter,
        Type: "SecureString",
        Value: "unset",
        Overwrite: true,
      }),
    ),
  ]);
  return { testListenerArn: test.Listeners![0]!.ListenerArn!, idleRuleArn: rule };
}

/** The idle-color rule on a production listener: a fixed 404 until a deploy points it at the idle color. */
export async function createIdleRule(
  config: ClientConfig,
  e: { env: string; listenerArn: string },
): Promise<string> {
  const out = await new ElasticLoadBalancingV2Client(config).send(
    new CreateRuleCommand({
      ListenerArn: e.listenerArn,
      Priority: IDLE_ROUTE.priority,
      Conditions: [
        {
          Field: "http-header",
          HttpHeaderConfig: { HttpHeaderName: IDLE_ROUTE.header, Values: ["unset"] },
        },
      ],
      Actions: [
        {
          Type: "fixed-response",
          FixedResponseConfig: {
            StatusCode: "404",
            ContentType: "application/json",
            MessageBody: '{"error":"not found"}',
          },
        },
      ],
      Tags: [
        { Key: TAG.role, Value: LISTENER_ROLE.idleRoute },
        { Key: "Name", Value: resourceName(e.env, "idle-route") },
      ],
    }),
  );
  return out.Rules![0]!.RuleArn!;
}
