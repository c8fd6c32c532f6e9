/**
 * The analysis step's data: per-period (per-minute in production) values of the ALB metrics of
 * each color's target group and of the load balancer, from one GetMetricData call:
 *
 *   per color (dimensions LoadBalancer + TargetGroup)   RequestCount Sum, HTTPCode_Target_5XX_Count
 *                                                       Sum, TargetResponseTime p95 / p99
 *   load balancer (dimension LoadBalancer only)         RequestCount Sum, HTTPCode_ELB_5XX_Count Sum
 *
 * HTTPCode_ELB_5XX_Count exists only per load balancer (and availability zone), never per
 * target group: the 502/503/504 the ALB itself returns cannot be split by color. The verdict
 * charges the stable color its rate from before the rollout and attributes the rest to the
 * canary (verdict.ts).
 *
 * The CloudWatch client must speak the query protocol (delivery/aws/cloudwatch.ts), as moto does.
 */
import {
  type CloudWatchClient,
  type Dimension,
  GetMetricDataCommand,
  type MetricDataQuery,
} from "@aws-sdk/client-cloudwatch";
import type { Color } from "../../common/conventions.ts";
import type { Estate } from "../listener/io.ts";
import { targetGroupDimension } from "../options.ts";
import { ANALYSIS_PERIOD_SECONDS, type AnalysisSpec, type MetricName } from "./spec.ts";
import type { Windows } from "./verdict.ts";

/** Per period start (epoch ms) → value. */
export type Series = Map<number, number>;

export interface ColorSeries {
  requests: Series;
  errors: Series;
  p95: Series;
  p99: Series;
}

export interface WindowData {
  /** The period in seconds (60 in production). */
  period: number;
  colors: Record<Color, ColorSeries>;
  lbRequests: Series;
  lbErrors: Series;
}

const QUERIES: [keyof ColorSeries, string, string][] = [
  ["requests", "RequestCount", "Sum"],
  ["errors", "HTTPCode_Target_5XX_Count", "Sum"],
  ["p95", "TargetResponseTime", "p95"],
  ["p99", "TargetResponseTime", "p99"],
];

/**
 * A per-period query of one ALB metric: of a color's target group (dimensions LoadBalancer +
 * TargetGroup), or with `color` null of the load balancer alone.
 */
export function albQuery(
  id: string,
  metric: string,
  stat: string,
  estate: Pick<Estate, "listener" | "targetGroups">,
  color: Color | null,
  period: number,
): MetricDataQuery {
  const dims: Dimension[] = [{ Name: "LoadBalancer", Value: estate.listener.loadBalancerDimension }];
  if (color) dims.push({ Name: "TargetGroup", Value: targetGroupDimension(estate.targetGroups[color]) });
  return {
    Id: id,
    ReturnData: true,
    MetricStat: {
      Metric: { Namespace: "AWS/ApplicationELB", MetricName: metric, Dimensions: dims },
      Period: period,
      Stat: stat,
    },
  };
}

/** Which series the metrics need (latency percentiles only when a latency check asks). */
function wanted(metrics: MetricName[]): Set<string> {
  const out = new Set(["requests", "errors"]);
  if (metrics.includes("latency-p95")) out.add("p95");
  if (metrics.includes("latency-p99")) out.add("p99");
  if (metrics.includes("elb-5xx-rate")) out.add("lb");
  return out;
}

/**
 * GetMetricData over [start, end) for the queries, followed through its NextToken pages: per
 * query Id, period start (epoch ms) → value.
 */
export async function fetchSeries(
  cw: CloudWatchClient,
  input: { start: Date; end: Date; queries: MetricDataQuery[] },
): Promise<Map<string, Series>> {
  const series = new Map<string, Series>();
  let NextToken: string | undefined;
  do {
    const out = await cw.send(
      new GetMetricDataCommand({
        StartTime: input.start,
        EndTime: input.end,
        MetricDataQueries: input.queries,
        ScanBy: "TimestampAscending",
        NextToken,
      }),
    );
    for (const r of out.MetricDataResults ?? []) {
      const s = series.get(r.Id ?? "") ?? new Map<number, number>();
      (r.Timestamps ?? []).forEach((t, i) => {
        const v = r.Values?.[i];
        if (v !== undefined && Number.isFinite(v)) s.set(new Date(t).getTime(), v);
      });
      series.set(r.Id ?? "", s);
    }
    NextToken = out.NextToken;
  } while (NextToken);
  return series;
}

export interface ReadRange {
  start: Date;
  end: Date;
  /** Seconds, a multiple of 60 (ALB metrics are published per minute). */
  period: number;
  /** The checks' metrics: latency percentiles and the load balancer's series only when asked. */
  metrics: MetricName[];
}

/**
 * What readWindow must read for `judge(spec, data, w)`: the window, and from the start of
 * `w.before` when the ELB's 5xx are checked (everything in between is read too; it is cheap).
 */
export function rangeFor(
  spec: Pick<AnalysisSpec, "checks">,
  w: Windows,
  period = ANALYSIS_PERIOD_SECONDS,
): ReadRange {
  const metrics = spec.checks.map((c) => c.metric);
  const from = metrics.includes("elb-5xx-rate") ? Math.min(w.before[0], w.window[0]) : w.window[0];
  return { start: new Date(from), end: new Date(w.window[1]), period, metrics };
}

/**
 * One GetMetricData (followed through its NextToken pages) over [start, end), widened to whole
 * periods: every series the checks need, for both colors and the load balancer. A period with
 * no datapoint is absent from its series (the ALB publishes nothing for a minute without
 * requests).
 */
export async function readWindow(
  cw: CloudWatchClient,
  estate: Pick<Estate, "listener" | "targetGroups">,
  range: ReadRange,
): Promise<WindowData> {
  const ms = range.period * 1000;
  if (!Number.isInteger(range.period) || range.period < 60 || range.period % 60 !== 0)
    throw new Error(`period ${range.period} s: must be a multiple of 60`);
  const start = new Date(Math.floor(range.start.getTime() / ms) * ms);
  const end = new Date(Math.max(start.getTime() + ms, Math.ceil(range.end.getTime() / ms) * ms));
  const need = wanted(range.metrics);
  const queries: MetricDataQuery[] = [];
  for (const color of ["blue", "green"] as const) {
    for (const [key, metric, stat] of QUERIES)
      if (need.has(key)) queries.push(albQuery(`${color}_${key}`, metric, stat, estate, color, range.period));
  }
  if (need.has("lb")) {
    queries.push(albQuery("lb_requests", "RequestCount", "Sum", estate, null, range.period));
    queries.push(albQuery("lb_errors", "HTTPCode_ELB_5XX_Count", "Sum", estate, null, range.period));
  }
  const series = await fetchSeries(cw, { start, end, queries });
  const get = (id: string) => series.get(id) ?? new Map<number, number>();
  const color = (c: Color): ColorSeries => ({
    requests: get(`${c}_requests`),
    errors: get(`${c}_errors`),
    p95: get(`${c}_p95`),
    p99: get(`${c}_p99`),
  });
  return {
    period: range.period,
    colors: { blue: color("blue"), green: color("green") },
    lbRequests: get("lb_requests"),
    lbErrors: get("lb_errors"),
  };
}
