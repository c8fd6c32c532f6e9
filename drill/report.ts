/**
 * What a drill found, and its renderings: a text table for the terminal, JSON, and Markdown
 * with a mermaid `xychart-beta` chart for a GitHub job summary.
 *
 * - Time to mitigate: from the start of the flood to the first 429 answer (the WAF's rate
 *   rule or the blocklist answering for the estate).
 * - Blocked from: the first second in which at least half the answers were 429.
 * - Healthy: no health probe failed or answered anything but 2xx/429, and at most
 *   `MAX_SERVER_ERROR_SHARE` of the flood's answers were 5xx. A 429 on the probe is the WAF
 *   blocking this runner, not the estate failing.
 */
import type { FloodResult, SecondStats } from "./flood.ts";
import type { TargetDecision } from "./target.ts";

/** Share of 5xx answers above which the drill calls the estate unhealthy. */
export const MAX_SERVER_ERROR_SHARE = 0.01;

export interface DrillReport {
  url: string;
  healthUrl: string;
  target: TargetDecision;
  rate: number;
  durationSeconds: number;
  startedAt: string;
  totals: {
    sent: number;
    notSent: number;
    ok: number;
    tooMany: number;
    serverErrors: number;
    otherStatus: number;
    failed: number;
  };
  /** Seconds from the start to the first 429; undefined when none came. */
  timeToMitigateSeconds: number | undefined;
  blockedFromSecond: number | undefined;
  mitigated: boolean;
  health: { probes: number; ok: number; blocked: number; errorStatus: number; failed: number };
  healthy: boolean;
  /** Why the estate counts as unhealthy, or why mitigation was not seen. */
  problems: string[];
  seconds: SecondStats[];
}

export function analyze(
  result: FloodResult,
  meta: { url: URL; healthUrl: URL; target: TargetDecision; rate: number; durationSeconds: number },
): DrillReport {
  const sum = (k: keyof SecondStats) => result.seconds.reduce((n, s) => n + (s[k] as number), 0);
  const totals = {
    sent: sum("sent"),
    notSent: sum("notSent"),
    ok: sum("ok"),
    tooMany: sum("tooMany"),
    serverErrors: sum("serverErrors"),
    otherStatus: sum("otherStatus"),
    failed: sum("failed"),
  };
  const probes = result.seconds.filter((s) => s.health !== "none");
  const health = {
    probes: probes.length,
    ok: probes.filter((s) => s.health === "ok").length,
    blocked: probes.filter((s) => s.health === "blocked").length,
    errorStatus: probes.filter((s) => s.health === "error-status").length,
    failed: probes.filter((s) => s.health === "failed").length,
  };
  const blockedFrom = result.seconds.find((s) => {
    const answered = s.ok + s.tooMany + s.serverErrors + s.otherStatus;
    return answered > 0 && s.tooMany * 2 >= answered;
  });
  const problems: string[] = [];
  const answered = totals.ok + totals.tooMany + totals.serverErrors + totals.otherStatus;
  if (health.errorStatus > 0) {
    const bad = probes
      .filter((s) => s.health === "error-status")
      .map((s) => `${s.second}s: ${s.healthStatus}`);
    problems.push(
      `the health probe answered ${health.errorStatus} time(s) with an error (${bad.slice(0, 5).join(", ")})`,
    );
  }
  if (health.failed > 0) problems.push(`the health probe timed out or failed ${health.failed} time(s)`);
  if (answered > 0 && totals.serverErrors / answered > MAX_SERVER_ERROR_SHARE) {
    problems.push(
      `${totals.serverErrors} of ${answered} answers were 5xx (more than ${MAX_SERVER_ERROR_SHARE * 100}%)`,
    );
  }
  const healthy = problems.length === 0;
  if (result.firstTooManyMs === undefined)
    problems.push("no request was answered 429: nothing mitigated the flood");
  return {
    url: meta.url.href,
    healthUrl: meta.healthUrl.href,
    target: meta.target,
    rate: meta.rate,
    durationSeconds: meta.durationSeconds,
    startedAt: result.startedAt,
    totals,
    timeToMitigateSeconds: result.firstTooManyMs === undefined ? undefined : result.firstTooManyMs / 1000,
    blockedFromSecond: blockedFrom?.second,
    mitigated: result.firstTooManyMs !== undefined,
    health,
    healthy,
    problems,
    seconds: result.seconds,
  };
}

export function verdict(r: DrillReport): string {
  const mitigation = r.mitigated
    ? `the WAF started answering 429 after ${r.timeToMitigateSeconds!.toFixed(1)} s${r.blockedFromSecond !== undefined ? ` (most answers 429 from second ${r.blockedFromSecond})` : ""}`
    : "no 429 came back: the flood was not mitigated";
  const health = r.healthy
    ? `the estate stayed healthy (${r.health.ok} probe(s) ok, ${r.health.blocked} blocked by the WAF, no 5xx)`
    : `the estate was NOT healthy: ${r.problems.filter((p) => !p.startsWith("no request")).join("; ")}`;
  return `${mitigation}; ${health}`;
}

export function secondLine(s: SecondStats): string {
  const ms = (v: number | undefined) => (v === undefined ? "-" : `${Math.round(v)}`);
  return [
    `${s.second}`.padStart(4),
    `${s.sent}`.padStart(6),
    `${s.ok}`.padStart(6),
    `${s.tooMany}`.padStart(6),
    `${s.serverErrors}`.padStart(6),
    `${s.otherStatus}`.padStart(6),
    `${s.failed}`.padStart(6),
    `${s.notSent}`.padStart(7),
    ms(s.p50Ms).padStart(7),
    ms(s.p99Ms).padStart(7),
    `  ${s.health}${s.healthStatus !== undefined ? ` ${s.healthStatus}` : ""}`,
  ].join("");
}

export const SECOND_HEADER = `${"sec".padStart(4)}${"sent".padStart(6)}${"2xx".padStart(6)}${"429".padStart(6)}${"5xx".padStart(6)}${"other".padStart(6)}${"fail".padStart(6)}${"skipped".padStart(7)}${"p50ms".padStart(7)}${"p99ms".padStart(7)}  health`;

export function renderText(r: DrillReport): string {
  const lines = [
    `Drill against ${r.url} (${r.target.environment}: ${r.target.basis}); ${r.rate} req/s for ${r.durationSeconds} s; health ${r.healthUrl}`,
    "",
    SECOND_HEADER,
    ...r.seconds.map(secondLine),
    "",
    `Sent ${r.totals.sent} (skipped ${r.totals.notSent} at the concurrency cap): ${r.totals.ok} 2xx/3xx, ${r.totals.tooMany} 429, ${r.totals.serverErrors} 5xx, ${r.totals.otherStatus} other, ${r.totals.failed} failed`,
    `Time to mitigate: ${r.timeToMitigateSeconds === undefined ? "not mitigated" : `${r.timeToMitigateSeconds.toFixed(1)} s`}`,
    `Result: ${r.mitigated && r.healthy ? "PASS" : "FAIL"}: ${verdict(r)}`,
  ];
  return `${lines.join("\n")}\n`;
}

/** At most `max` points: consecutive seconds summed into buckets. */
function buckets(seconds: SecondStats[], max: number): { label: string; s: SecondStats[] }[] {
  const size = Math.max(1, Math.ceil(seconds.length / max));
  const out: { label: string; s: SecondStats[] }[] = [];
  for (let i = 0; i < seconds.length; i += size) out.push({ label: `${i}`, s: seconds.slice(i, i + size) });
  return out;
}

export function renderMarkdown(r: DrillReport): string {
  const points = buckets(r.seconds, 60);
  const series = (k: "ok" | "tooMany" | "serverErrors") =>
    points.map((p) => p.s.reduce((n, s) => n + s[k], 0)).join(", ");
  const top = Math.max(
    1,
    ...points.map((p) => p.s.reduce((n, s) => n + s.ok + s.tooMany + s.serverErrors, 0)),
  );
  const per = points.length > 0 && points[0]!.s.length > 1 ? ` (per ${points[0]!.s.length} s)` : "";
  const mark = r.mitigated && r.healthy ? "passed" : "failed";
  return [
    `## Edge drill: ${mark}`,
    "",
    `**${verdict(r)}.**`,
    "",
    `| target | environment | rate | duration | time to mitigate | health probes (ok / blocked / error / failed) |`,
    `| --- | --- | --- | --- | --- | --- |`,
    `| ${r.url} | ${r.target.environment} | ${r.rate}/s | ${r.durationSeconds} s | ${r.timeToMitigateSeconds === undefined ? "not mitigated" : `${r.timeToMitigateSeconds.toFixed(1)} s`} | ${r.health.ok} / ${r.health.blocked} / ${r.health.errorStatus} / ${r.health.failed} |`,
    "",
    "```mermaid",
    "xychart-beta",
    `  title "Answers per second${per}: bars 2xx, lines 429 and 5xx"`,
    `  x-axis "second" [${points.map((p) => p.label).join(", ")}]`,
    `  y-axis "answers" 0 --> ${top}`,
    `  bar [${series("ok")}]`,
    `  line [${series("tooMany")}]`,
    `  line [${series("serverErrors")}]`,
    "```",
    "",
    "<details><summary>Second by second</summary>",
    "",
    "| s | sent | 2xx | 429 | 5xx | other | failed | skipped | p50 ms | p99 ms | health |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...r.seconds.map(
      (s) =>
        `| ${s.second} | ${s.sent} | ${s.ok} | ${s.tooMany} | ${s.serverErrors} | ${s.otherStatus} | ${s.failed} | ${s.notSent} | ${s.p50Ms ?? "-"} | ${s.p99Ms ?? "-"} | ${s.health}${s.healthStatus !== undefined ? ` ${s.healthStatus}` : ""} |`,
    ),
    "",
    "</details>",
    "",
  ].join("\n");
}
