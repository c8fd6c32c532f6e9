/**
 * ALB metrics for the analysis tests, put into moto's CloudWatch as the load balancer would
 * publish them: per target group (LoadBalancer + TargetGroup) RequestCount and
 * HTTPCode_Target_5XX_Count, per load balancer (LoadBalancer only) RequestCount and
 * HTTPCode_ELB_5XX_Count.
 *
 * moto's GetMetricData answers Sum/Average/Minimum/Maximum/SampleCount only: an extended
 * statistic (p95, p99) makes it fail with HTTP 500 (seen with moto 5 here), and it never pages.
 * `percentileStub` stubs GetMetricData alone with aws-sdk-client-mock: queries for a percentile
 * are answered from the per-request latencies the test recorded (nearest-rank percentile), every
 * other query is forwarded to moto, and the answer can be split into NextToken pages. Responses
 * follow the AWS API reference's GetMetricData output: MetricDataResults[] of { Id, Label,
 * Timestamps, Values, StatusCode: "Complete" }, and NextToken while more data is left.
 */
import {
  CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
  type GetMetricDataCommandOutput,
  type MetricDataResult,
  PutMetricDataCommand,
} from "@aws-sdk/client-cloudwatch";
import { AwsQueryProtocol } from "@aws-sdk/core/protocols";
import { mockClient } from "aws-sdk-client-mock";
import type { Color } from "../../../common/conventions.ts";
import { parseListenerArn, targetGroupDimension } from "../../../delivery/options.ts";
import type { Moto } from "../../helpers/moto.ts";

export const MINUTE = 60_000;

/** An estate with one listener and two target groups (only their names matter to CloudWatch). */
export function testEstate(n: number) {
  const hex = n.toString(16).padStart(16, "0");
  const tg = (c: Color) =>
    `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/sc-staging-${c}/${hex}`;
  return {
    listener: parseListenerArn(
      `arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/securecloud-staging-alb/${hex}/${hex}`,
    ),
    targetGroups: { blue: tg("blue"), green: tg("green") },
  };
}

export type TestEstate = ReturnType<typeof testEstate>;

export function cloudWatch(moto: Moto): CloudWatchClient {
  return new CloudWatchClient({ ...moto.clientConfig(), protocol: AwsQueryProtocol });
}

export interface ColorMinute {
  requests: number;
  errors?: number;
  /** Per-request latencies, seconds (kept for percentileStub; moto cannot compute them). */
  latencies?: number[];
}

export interface Minute {
  blue?: ColorMinute;
  green?: ColorMinute;
  /** The load balancer's own 5xx in that minute. */
  elb5xx?: number;
  /** Requests the load balancer answered without a target (counted per load balancer only). */
  unrouted?: number;
}

const pct = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((q / 100) * sorted.length) - 1)]!;
};

export class AlbMetrics {
  /** `${color}|${minute}` → latencies. */
  readonly latencies = new Map<string, number[]>();
  readonly cw: CloudWatchClient;
  readonly estate: TestEstate;
  constructor(cw: CloudWatchClient, estate: TestEstate) {
    this.cw = cw;
    this.estate = estate;
  }

  /** One minute's datapoints, timestamped 30 s into the minute starting at `at`. */
  async put(at: number, m: Minute): Promise<void> {
    const Timestamp = new Date(at + 30_000);
    const lb = { Name: "LoadBalancer", Value: this.estate.listener.loadBalancerDimension };
    const data = [];
    let total = m.unrouted ?? 0;
    for (const color of ["blue", "green"] as const) {
      const c = m[color];
      if (!c) continue;
      total += c.requests;
      const Dimensions = [
        lb,
        { Name: "TargetGroup", Value: targetGroupDimension(this.estate.targetGroups[color]) },
      ];
      data.push({
        MetricName: "RequestCount",
        Dimensions,
        Timestamp,
        Value: c.requests,
        Unit: "Count" as const,
      });
      data.push({
        MetricName: "HTTPCode_Target_5XX_Count",
        Dimensions,
        Timestamp,
        Value: c.errors ?? 0,
        Unit: "Count" as const,
      });
      if (c.latencies) this.latencies.set(`${color}|${at}`, c.latencies);
    }
    data.push({
      MetricName: "RequestCount",
      Dimensions: [lb],
      Timestamp,
      Value: total,
      Unit: "Count" as const,
    });
    data.push({
      MetricName: "HTTPCode_ELB_5XX_Count",
      Dimensions: [lb],
      Timestamp,
      Value: m.elb5xx ?? 0,
      Unit: "Count" as const,
    });
    await this.cw.send(new PutMetricDataCommand({ Namespace: "AWS/ApplicationELB", MetricData: data }));
  }

  /** `count` consecutive minutes from `from`, each from `minute(i)`. */
  async putMinutes(from: number, count: number, minute: (i: number) => Minute): Promise<void> {
    for (let i = 0; i < count; i++) await this.put(from + i * MINUTE, minute(i));
  }

  /**
   * A CloudWatch client whose GetMetricData answers percentiles from the recorded latencies and
   * forwards the rest to moto; `pageSize` splits each answer into pages of that many datapoints
   * per series. `calls` counts the requests it answered.
   */
  percentileStub(moto: Moto, pageSize = Number.POSITIVE_INFINITY) {
    const client = cloudWatch(moto);
    const forward = cloudWatch(moto);
    const stub = { client, calls: 0, pages: [] as (string | undefined)[] };
    let pending: MetricDataResult[] = [];
    const colorOf = (dims: { Name?: string; Value?: string }[] = []): Color | null => {
      const tg = dims.find((d) => d.Name === "TargetGroup")?.Value;
      return (
        (["blue", "green"] as const).find((c) => targetGroupDimension(this.estate.targetGroups[c]) === tg) ??
        null
      );
    };
    mockClient(client)
      .on(GetMetricDataCommand)
      .callsFake(async (input: GetMetricDataCommandInput): Promise<Partial<GetMetricDataCommandOutput>> => {
        stub.calls++;
        stub.pages.push(input.NextToken);
        if (!input.NextToken) {
          const queries = input.MetricDataQueries ?? [];
          const extended = queries.filter((q) => /^p\d+(\.\d+)?$/.test(q.MetricStat?.Stat ?? ""));
          const plain = queries.filter((q) => !extended.includes(q));
          const out = plain.length
            ? await forward.send(new GetMetricDataCommand({ ...input, MetricDataQueries: plain }))
            : { MetricDataResults: [] };
          const start = input.StartTime!.getTime();
          const end = input.EndTime!.getTime();
          const percentiles = extended.map((q): MetricDataResult => {
            const color = colorOf(q.MetricStat?.Metric?.Dimensions);
            const q100 = Number(q.MetricStat!.Stat!.slice(1));
            const Timestamps: Date[] = [];
            const Values: number[] = [];
            for (let t = start; t < end; t += (q.MetricStat!.Period ?? 60) * 1000) {
              const l = color ? this.latencies.get(`${color}|${t}`) : undefined;
              if (l?.length) {
                Timestamps.push(new Date(t));
                Values.push(pct(l, q100));
              }
            }
            return {
              Id: q.Id,
              Label: `TargetResponseTime ${q.MetricStat!.Stat}`,
              Timestamps,
              Values,
              StatusCode: "Complete",
            };
          });
          pending = [...(out.MetricDataResults ?? []), ...percentiles];
        }
        const page = pending.map((r) => ({
          ...r,
          Timestamps: r.Timestamps?.slice(0, pageSize),
          Values: r.Values?.slice(0, pageSize),
        }));
        pending = pending.map((r) => ({
          ...r,
          Timestamps: r.Timestamps?.slice(pageSize),
          Values: r.Values?.slice(pageSize),
        }));
        const more = pending.some((r) => (r.Values?.length ?? 0) > 0);
        return { MetricDataResults: page, ...(more ? { NextToken: `page-${stub.calls}` } : {}) };
      });
    return stub;
  }
}
