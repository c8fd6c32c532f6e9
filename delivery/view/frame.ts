/**
 * One frame of `securecloud traffic status --watch`: the listener's weights as bars, each
 * color's health, the rollout's step (n of m, described), the countdown of its bake, pause or
 * analysis window, whether it waits for promote, the latest analysis verdicts per color, the
 * lease holder, firing rollback alarms and the last decision. Plain lines, none wider than
 * `width` columns; the caller redraws them (a TTY) or prints them (a log).
 */
import { type Color, otherColor } from "../../common/conventions.ts";
import { METRICS, type MetricName, unitOf } from "../analysis/spec.ts";
import type { StatusReport } from "../commands/status.ts";
import type { ColorVerdict } from "./rollout.ts";
import { clock, duration, fitWidth, weightBars } from "./text.ts";

export const MAX_WIDTH = 80;

export interface FrameOptions {
  now: Date;
  /** Columns available (the terminal's); the frame never exceeds MAX_WIDTH either. */
  width?: number;
  intervalSeconds: number;
  /** Why the last refresh failed, when it did (the frame then shows the last good read). */
  error?: string;
}

const label = (s: string) => s.padEnd(10);

function value(metric: string, n: number | null): string {
  if (n === null) return "n/a";
  if (!(METRICS as readonly string[]).includes(metric)) return String(n);
  const { unit, digits } = unitOf(metric as MetricName);
  return `${n.toFixed(digits)}${unit === "%" ? "%" : "s"}`;
}

function limit(metric: string, n: number): string {
  const v = value(metric, n);
  return n >= 0 ? `+${v}` : v;
}

function verdictLine(v: ColorVerdict): string {
  const side = (c: Color) => {
    const name = v.labels[c] === c ? c : `${c}(${v.labels[c]})`;
    return `${name} ${value(v.metric, v.values[c])}`;
  };
  const p = v.p === null ? "" : `  p ${v.p < 0.001 ? v.p.toExponential(0) : v.p.toFixed(3)}`;
  // The result first: a narrow terminal cuts the end of the line, never the verdict.
  return `  ${v.result.toUpperCase()} ${v.metric.padEnd(12)} ${side("blue").padEnd(12)} ${side("green").padEnd(13)} limit ${limit(v.metric, v.limit)}  n ${v.samples.blue}/${v.samples.green}${p}`;
}

function healthLine(r: StatusReport): string {
  const one = (c: Color) => {
    const h = r.health[c];
    const bad = h.total - h.healthy;
    const note = bad > 0 ? ` (${bad} not healthy)` : h.total === 0 ? " (no targets)" : "";
    return `${c.padEnd(5)} ${h.healthy}/${h.total} healthy${note}`;
  };
  return `${label("health")}${one("blue").padEnd(33)}${one("green")}`;
}

export function frame(r: StatusReport, o: FrameOptions): string[] {
  const width = Math.min(MAX_WIDTH, o.width && o.width > 0 ? o.width : MAX_WIDTH);
  const now = o.now;
  const lines: string[] = [];
  const listener = r.listenerArn.split(":listener/").pop() ?? r.listenerArn;
  lines.push(`${label("listener")}${listener}`);
  lines.push(`${label("at")}${clock(now.toISOString())} UTC, every ${o.intervalSeconds}s; Ctrl-C quits`);
  if (o.error) lines.push(`${label("! FAILED")}the last refresh (showing the one before): ${o.error}`);
  const live = r.live === "split" ? "traffic split" : `live ${r.live}, idle ${otherColor(r.live)}`;
  lines.push(`${label("weights")}${weightBars(r.weights)}`);
  lines.push(`${label("")}${live}`);
  lines.push(healthLine(r));

  const ro = r.rollout;
  if (!ro) {
    lines.push(`${label("rollout")}none recorded`);
  } else {
    const run = `run ${ro.runId || "?"} by ${ro.actor || "?"}`;
    lines.push(`${label("rollout")}${ro.state} ${ro.from} → ${ro.to}, ${run}`);
    const p = ro.position;
    if (p.of > 0) {
      const weight = p.weightSteps.length ? `, weight step ${p.weightStep} of ${p.weightSteps.length}` : "";
      const at = ro.state === "shifting" || ro.paused ? `${ro.to} at ${p.percent}%` : "";
      const finished = p.done >= p.of;
      const what = finished ? `all ${p.of} steps done` : `${p.step} of ${p.of}: ${p.description}`;
      lines.push(
        `${label("step")}${what}${at ? ` (${at}${weight})` : weight ? ` (${weight.slice(2)})` : ""}`,
      );
    }
    if (ro.countdown) {
      const c = ro.countdown;
      const left =
        c.remainingSeconds > 0
          ? `${duration(c.remainingSeconds)} left, until ${clock(c.until, now)}`
          : `ended ${clock(c.until, now)}, ${duration(c.overdueSeconds)} ago: waiting for the run`;
      lines.push(`${label(c.kind)}${left}`);
    }
    if (ro.paused) {
      lines.push(
        `${label("PAUSED")}since ${clock(ro.paused.since, now)} (${duration(ro.paused.seconds)}) at ${ro.to} ${ro.position.percent}%`,
      );
      lines.push(`${label("")}${ro.paused.hint}`);
    }
    if (ro.state === "rolled-back" || ro.state === "aborted" || ro.state === "failed") {
      if (ro.reason) lines.push(`${label("reason")}${ro.reason}`);
    }
    const a = ro.analysis;
    if (a) {
      lines.push(`${label("analysis")}${a.outcome} at ${clock(a.at, now)} (step ${a.step})`);
      for (const v of a.verdicts) lines.push(verdictLine(v));
      if (a.verdicts.length === 0) lines.push(`  ${a.summary}`);
    }
  }

  if (r.lease) {
    const l = r.lease;
    const since = Math.round((now.getTime() - Date.parse(l.since)) / 1000);
    const expiry = l.expired ? "expired" : `expires in ${duration((l.expires - now.getTime()) / 1000)}`;
    lines.push(`${label("lease")}${l.command} run ${l.runId} by ${l.actor}`);
    lines.push(`${label("")}since ${clock(l.since, now)} (${duration(since)} ago), ${expiry}`);
  } else {
    lines.push(`${label("lease")}free`);
  }
  if (r.alarms.length === 0) lines.push(`${label("alarms")}no rollback alarm in ALARM`);
  for (const al of r.alarms) lines.push(`${label("ALARM")}${al.name}: ${al.reason}`);
  const last = ro?.lastDecision;
  if (last && last.kind !== "analysis")
    lines.push(`${label("last")}${clock(last.at, now)} ${last.kind} ${last.outcome}: ${last.summary}`);
  // Text from the record (reasons, names) never reaches the terminal as control characters.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
  return lines.map((l) => fitWidth(l.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trimEnd(), width));
}
