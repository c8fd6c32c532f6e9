/**
 * The bake's 5xx check: the new color's 5xx rate against the old color's, from the
 * per-target-group ALB metrics (AWS/ApplicationELB HTTPCode_Target_5XX_Count and RequestCount,
 * dimensions LoadBalancer + TargetGroup), summed since the rollout started. One GetMetricData
 * call (followed through its pages, as the analysis reads: analysis/metrics.ts) per check.
 */
import type { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import type { Color } from "../../common/conventions.ts";
import { albQuery, fetchSeries } from "../analysis/metrics.ts";
import type { Estate } from "../listener/io.ts";

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
  const query = (id: string, metric: string, color: Color) => albQuery(id, metric, "Sum", estate, color, 60);
  const series = await fetchSeries(cw, {
    start,
    end,
    queries: [
      query("toRequests", "RequestCount", opts.to),
      query("toErrors", "HTTPCode_Target_5XX_Count", opts.to),
      query("fromRequests", "RequestCount", opts.from),
      query("fromErrors", "HTTPCode_Target_5XX_Count", opts.from),
    ],
  });
  const sum = (id: string) => [...(series.get(id)?.values() ?? [])].reduce((a, b) => a + b, 0);
  const to = rate(sum("toRequests"), sum("toErrors"));
  const from = rate(sum("fromRequests"), sum("fromErrors"));
  return { from, to, delta: to.percent - from.percent, judged: to.requests >= MIN_REQUESTS };
}

export function describeRates(r: ErrorRates, from: Color, to: Color): string {
  const f = (c: ColorRate) => `${c.percent.toFixed(1)}% of ${c.requests}`;
  return `5xx ${to} ${f(r.to)} vs ${from} ${f(r.from)}${r.judged ? "" : " (too few requests to judge)"}`;
}
