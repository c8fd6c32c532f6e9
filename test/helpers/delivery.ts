/**
 * Helpers for the delivery tests: run the `securecloud` delivery subcommands in-process with
 * captured output and counted AWS calls, and read the listener's weights and rollout record
 * straight from the SDK.
 */
import {
  CreateListenerCommand,
  DescribeListenersCommand,
  DescribeTagsCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { AwsCall } from "../../delivery/aws/common.ts";
import { run } from "../../delivery/cli.ts";
import { parseRecord, type RolloutRecord, type Weights } from "../../delivery/record.ts";
import type { BuiltEstate, ClientConfig } from "../../delivery/rehearsal/estate.ts";

/** Environment for the commands: fast polls and retries (production defaults stay untouched). */
export function fastEnv(endpoint: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "testing",
    AWS_SECRET_ACCESS_KEY: "testing",
    AWS_EC2_METADATA_DISABLED: "true",
    SECURECLOUD_POLL_MS: "100",
    SECURECLOUD_RETRY_BASE_MS: "2",
    SECURECLOUD_HTTP_TIMEOUT_MS: "3000",
    ...extra,
  };
}

/** `securecloud traffic shift` of a rehearsal estate's listener to green, then `more` options. */
export function shiftToGreen(e: Pick<BuiltEstate, "listenerArn">, ...more: string[]): string[] {
  return ["traffic", "shift", "--listener", e.listenerArn, "--to", "green", ...more];
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  calls: AwsCall[];
  writes: string[];
}

/** Runs `securecloud <argv>` in-process; `onLine` sees each stdout line as it is printed. */
export async function cli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void | Promise<void>,
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const calls: AwsCall[] = [];
  const pending: Promise<void>[] = [];
  const code = await run(argv, {
    env,
    stdout: {
      write: (s: string) => {
        stdout += s;
        if (onLine)
          for (const line of s.split("\n").filter(Boolean)) pending.push(Promise.resolve(onLine(line)));
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
    onCall: (c) => calls.push(c),
  });
  await Promise.all(pending);
  return { code, stdout, stderr, calls, writes: calls.filter((c) => c.mutating).map((c) => c.operation) };
}

export async function listenerState(
  config: ClientConfig,
  listenerArn: string,
  targetGroups: { blue: string; green: string },
): Promise<{ weights: Weights; record: RolloutRecord | null; tags: Record<string, string> }> {
  const elb = new ElasticLoadBalancingV2Client(config);
  const l = await elb.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] }));
  const tuples = l.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups ?? [];
  const weights = {
    blue: tuples.find((t) => t.TargetGroupArn === targetGroups.blue)?.Weight ?? -1,
    green: tuples.find((t) => t.TargetGroupArn === targetGroups.green)?.Weight ?? -1,
  };
  const t = await elb.send(new DescribeTagsCommand({ ResourceArns: [listenerArn] }));
  const tags = Object.fromEntries(
    (t.TagDescriptions?.[0]?.Tags ?? []).map((x) => [x.Key ?? "", x.Value ?? ""]),
  );
  return { weights, record: parseRecord(tags), tags };
}

/** Another actor (a console user) setting the weights directly. */
export async function setWeights(
  config: ClientConfig,
  listenerArn: string,
  targetGroups: { blue: string; green: string },
  weights: Weights,
): Promise<void> {
  const elb = new ElasticLoadBalancingV2Client(config);
  await elb.send(
    new ModifyListenerCommand({
      ListenerArn: listenerArn,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: targetGroups.blue, Weight: weights.blue },
              { TargetGroupArn: targetGroups.green, Weight: weights.green },
            ],
          },
        },
      ],
    }),
  );
}

/**
 * Another production listener on the same ALB and target groups (blue live): lets tests that
 * only drive weights and the rollout record start clean without rebuilding the estate.
 */
export async function extraListener<
  E extends { loadBalancerArn: string; listenerArn: string; targetGroups: { blue: string; green: string } },
>(config: ClientConfig, estate: E, port: number): Promise<E> {
  const elb = new ElasticLoadBalancingV2Client(config);
  const out = await elb.send(
    new CreateListenerCommand({
      LoadBalancerArn: estate.loadBalancerArn,
      Protocol: "HTTP",
      Port: port,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: estate.targetGroups.blue, Weight: 100 },
              { TargetGroupArn: estate.targetGroups.green, Weight: 0 },
            ],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        },
      ],
      Tags: [{ Key: "securecloud:role", Value: "production" }],
    }),
  );
  return { ...estate, listenerArn: out.Listeners![0]!.ListenerArn! };
}
