/**
 * The analysis step of a canary: the new color's 5xx rate against the old color's, from the
 * per-target-group ALB metrics (AWS/ApplicationELB HTTPCode_Target_5XX_Count and RequestCount,
 * dimensions LoadBalancer + TargetGroup), summed since the rollout started. One GetMetricData
 * call per check.
 */
import {
  type CloudWatchClient,
  GetMetricDataCommand,
  type MetricDataQuery,
} from "@aws-sdk/client-cloudwatch";
import type { Color } from "../common/conventions.ts";
import type { Estate } from "./listener/io.ts";
import { targetGroupDimension } from "./options.ts";

/** Fewer requests than this on the new color: too few to judge, the check passes. */
export const MIN_REQUESTS = 10;

export interface ColorRate {
  requests: number;
  errors: number;
  /** errors / requests in percent; 0 without requests. */
  percent: number;
}

export interface ErrorRates {
  from: ColorRate;
  to: ColorRate;
  /** to.percent - from.percent, in percentage points. */
  delta: number;
  /** False when the new color had too few requests to judge. */
  judged: boolean;
}

const MINUTE = 60_000;

function query(id: string, metric: string, estate: Estate, color: Color): MetricDataQuery {
  return {
    Id: id,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: "AWS/ApplicationELB",
        MetricName: metric,
        Dimensions: [
          { Name: "LoadBalancer", Value: estate.listener.loadBalancerDimension },
          { Name: "TargetGroup", Value: targetGroupDimension(estate.targetGroups[color]) },
        ],
      },
      Period: 60,
      Stat: "Sum",
    },
  };
}

function rate(requests: number, errors: number): ColorRate {
  return { requests, errors, percent: requests > 0 ? (errors / requests) * 100 : 0 };
}

export async function errorRates(
  cw: CloudWatchClient,
  estate: Estate,
  opts: { from: Color; to: Color; since: Date; now: Date },
): Promise<ErrorRates> {
  const start = new Date(Math.floor((opts.since.getTime() - MINUTE) / MINUTE) * MINUTE);
  const end = new Date(Math.ceil((opts.now.getTime() + MINUTE) / MINUTE) * MINUTE);
  const sums: Record<string, number> = {};
  let NextToken: string | undefined;
  do {
    const out = await cw.send(
      new GetMetricDataCommand({
        StartTime: start,
        EndTime: end,
        NextToken,
        MetricDataQueries: [
          query("toRequests", "RequestCount", estate, opts.to),
          query("toErrors", "HTTPCode_Target_5XX_Count", estate, opts.to),
          query("fromRequests", "RequestCount", estate, opts.from),
          query("fromErrors", "HTTPCode_Target_5XX_Count", estate, opts.from),
        ],
      }),
    );
    for (const r of out.MetricDataResults ?? []) {
      sums[r.Id ?? ""] = (sums[r.Id ?? ""] ?? 0) + (r.Values ?? []).reduce((a, b) => a + b, 0);
    }
    NextToken = out.NextToken;
  } while (NextToken);
  const to = rate(sums.toRequests ?? 0, sums.toErrors ?? 0);
  const from = rate(sums.fromRequests ?? 0, sums.fromErrors ?? 0);
  return { from, to, delta: to.percent - from.percent, judged: to.requests >= MIN_REQUESTS };
}

export function describeRates(r: ErrorRates, from: Color, to: Color): string {
  const f = (c: ColorRate) => `${c.percent.toFixed(1)}% of ${c.requests}`;
  return `5xx ${to} ${f(r.to)} vs ${from} ${f(r.from)}${r.judged ? "" : " (too few requests to judge)"}`;
}
