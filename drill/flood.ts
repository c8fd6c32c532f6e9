/**
 * The flood: `rate` GET requests a second for `durationSeconds`, paced on a short tick so
 * each second gets its share, at most `concurrency` in flight (what does not fit is counted
 * as not sent, never queued: a queue would turn a bounded drill into an unbounded one).
 * Beside it, one health probe a second on its own connection. Every request is counted in
 * the second it was sent: status classes, timeouts and errors, and latency percentiles.
 */
import http from "node:http";
import https from "node:https";

export interface FloodPlan {
  url: URL;
  rate: number;
  durationSeconds: number;
  healthUrl: URL;
  concurrency: number;
  timeoutMs: number;
}

export type ProbeOutcome = "ok" | "blocked" | "error-status" | "failed" | "none";

export interface SecondStats {
  /** Seconds since the flood started (0-based). */
  second: number;
  sent: number;
  /** Requests the pacing wanted but the concurrency cap refused. */
  notSent: number;
  ok: number;
  tooMany: number;
  serverErrors: number;
  otherStatus: number;
  /** Timeouts and connection failures. */
  failed: number;
  p50Ms: number | undefined;
  p99Ms: number | undefined;
  /** The health probe sent in this second. */
  health: ProbeOutcome;
  healthStatus: number | undefined;
}

export interface FloodResult {
  startedAt: string;
  seconds: SecondStats[];
  /** Milliseconds from the start to the first 429 answer, if any came. */
  firstTooManyMs: number | undefined;
}

interface Outcome {
  status: number | undefined;
  ms: number;
}

function send(url: URL, agent: http.Agent, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  const lib = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let done = false;
    const finish = (status: number | undefined) => {
      if (done) return;
      done = true;
      resolve({ status, ms: performance.now() - started });
    };
    const req = lib.request(
      url,
      { method: "GET", agent, headers: { "user-agent": "securecloud-drill", accept: "*/*" } },
      (res) => {
        res.resume();
        res.on("end", () => finish(res.statusCode));
        res.on("error", () => finish(res.statusCode));
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
    req.on("error", () => finish(undefined));
    req.end();
  });
}

function percentile(sorted: number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, i)]! * 10) / 10;
}

function probeOutcome(status: number | undefined): ProbeOutcome {
  if (status === undefined) return "failed";
  if (status >= 200 && status < 300) return "ok";
  if (status === 429) return "blocked";
  return "error-status";
}

/** Runs the flood to its end (or until `signal` aborts); calls `onSecond` as each second closes. */
export async function runFlood(
  plan: FloodPlan,
  hooks: { onSecond?: (s: SecondStats) => void; signal?: AbortSignal } = {},
): Promise<FloodResult> {
  const lib = plan.url.protocol === "https:" ? https : http;
  const agent = new lib.Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const probeLib = plan.healthUrl.protocol === "https:" ? https : http;
  const probeAgent = new probeLib.Agent({ keepAlive: false, maxSockets: 2 });
  const seconds: SecondStats[] = Array.from({ length: plan.durationSeconds }, (_, second) => ({
    second,
    sent: 0,
    notSent: 0,
    ok: 0,
    tooMany: 0,
    serverErrors: 0,
    otherStatus: 0,
    failed: 0,
    p50Ms: undefined,
    p99Ms: undefined,
    health: "none",
    healthStatus: undefined,
  }));
  const latencies: number[][] = seconds.map(() => []);
  const pending: Promise<unknown>[] = [];
  const start = performance.now();
  const startedAt = new Date().toISOString();
  const endMs = plan.durationSeconds * 1000;
  let dispatched = 0;
  let inFlight = 0;
  let probesSent = 0;
  let firstTooManyMs: number | undefined;
  let reported = 0;

  const record = (second: number, o: Outcome) => {
    const s = seconds[second]!;
    if (o.status === undefined) s.failed++;
    else if (o.status === 429) {
      s.tooMany++;
      firstTooManyMs ??= Math.round(performance.now() - start);
    } else if (o.status >= 200 && o.status < 400) s.ok++;
    else if (o.status >= 500) s.serverErrors++;
    else s.otherStatus++;
    if (o.status !== undefined) latencies[second]!.push(o.ms);
  };

  const tickMs = Math.max(2, Math.min(20, Math.floor(1000 / plan.rate)));
  const total = plan.durationSeconds * plan.rate;
  while (!hooks.signal?.aborted && dispatched < total) {
    const elapsed = performance.now() - start;
    // A tick that overshoots the end sends what the last second still owes, no more.
    const last = elapsed >= endMs;
    const second = last ? plan.durationSeconds - 1 : Math.floor(elapsed / 1000);
    // The probe of this second, once.
    if (probesSent <= second) {
      probesSent = second + 1;
      const probeSecond = second;
      pending.push(
        send(plan.healthUrl, probeAgent, Math.min(plan.timeoutMs, 2_000)).then((o) => {
          seconds[probeSecond]!.health = probeOutcome(o.status);
          seconds[probeSecond]!.healthStatus = o.status;
        }),
      );
    }
    const due = last ? total : Math.min(Math.floor((elapsed / 1000) * plan.rate) + 1, total);
    while (dispatched < due) {
      dispatched++;
      if (inFlight >= plan.concurrency) {
        seconds[second]!.notSent++;
        continue;
      }
      inFlight++;
      seconds[second]!.sent++;
      pending.push(
        send(plan.url, agent, plan.timeoutMs).then((o) => {
          inFlight--;
          record(second, o);
        }),
      );
    }
    if (dispatched >= total) break;
    await new Promise((r) => setTimeout(r, tickMs));
    // A second is reported as its window closes (answers still on the way count in the result).
    const closedUpTo = Math.min(Math.floor((performance.now() - start) / 1000), plan.durationSeconds);
    while (reported < closedUpTo) {
      hooks.onSecond?.(summarize(seconds[reported]!, latencies[reported]!));
      reported++;
    }
  }
  await Promise.all(pending);
  for (; reported < plan.durationSeconds && !hooks.signal?.aborted; reported++) {
    hooks.onSecond?.(summarize(seconds[reported]!, latencies[reported]!));
  }
  agent.destroy();
  probeAgent.destroy();
  return {
    startedAt,
    seconds: seconds.map((s, i) => summarize(s, latencies[i]!)),
    firstTooManyMs,
  };
}

function summarize(s: SecondStats, ms: number[]): SecondStats {
  const sorted = [...ms].sort((a, b) => a - b);
  return { ...s, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}
