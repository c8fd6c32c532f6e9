/**
 * Rollback alarms: CloudWatch alarms tagged `securecloud:rollback-alarm=true` (or named), whose
 * ALARM state makes a shift roll back. An alarm whose LoadBalancer/TargetGroup dimensions name
 * another load balancer belongs to another estate and is ignored; so is an alarm tagged with
 * the color traffic is leaving (it watches the side a rollback would return to).
 */
import {
  type CloudWatchClient,
  type CompositeAlarm,
  DescribeAlarmsCommand,
  type Dimension,
  ListTagsForResourceCommand,
  type MetricAlarm,
  type StateValue,
} from "@aws-sdk/client-cloudwatch";
import { type Color, TAG, UsageError } from "../common/conventions.ts";
import type { Estate } from "./listener/io.ts";
import { type AlarmSelection, targetGroupDimension } from "./options.ts";

export interface FiringAlarm {
  name: string;
  reason: string;
  since: string | null;
}

interface AnyAlarm {
  name: string;
  arn: string;
  state: string;
  reason: string;
  since: string | null;
  dimensions: Dimension[];
}

function fromAlarm(a: MetricAlarm | CompositeAlarm, dimensions: Dimension[]): AnyAlarm {
  return {
    name: a.AlarmName ?? "",
    arn: a.AlarmArn ?? "",
    state: a.StateValue ?? "",
    reason: a.StateReason ?? "",
    since: a.StateUpdatedTimestamp?.toISOString() ?? null,
    dimensions,
  };
}

/** A metric alarm's dimensions: its own, or its metric-math metrics' (the 5xx-rate alarms). */
function fromMetric(a: MetricAlarm): AnyAlarm {
  return fromAlarm(a, [
    ...(a.Dimensions ?? []),
    ...(a.Metrics ?? []).flatMap((m) => m.MetricStat?.Metric?.Dimensions ?? []),
  ]);
}

/** A composite alarm has no dimensions of its own. */
function fromComposite(a: CompositeAlarm): AnyAlarm {
  return fromAlarm(a, []);
}

async function describeAll(
  cw: CloudWatchClient,
  input: { AlarmNames?: string[]; StateValue?: StateValue },
): Promise<AnyAlarm[]> {
  const out: AnyAlarm[] = [];
  let NextToken: string | undefined;
  do {
    const page = await cw.send(
      new DescribeAlarmsCommand({ ...input, AlarmTypes: ["MetricAlarm", "CompositeAlarm"], NextToken }),
    );
    out.push(
      ...(page.MetricAlarms ?? []).map(fromMetric),
      ...(page.CompositeAlarms ?? []).map(fromComposite),
    );
    NextToken = page.NextToken;
  } while (NextToken);
  return out;
}

/** Does this alarm watch this estate (or nothing in particular)? */
export function concernsEstate(dimensions: Dimension[], estate: Estate): boolean {
  const tgs = new Set(Object.values(estate.targetGroups).map(targetGroupDimension));
  for (const d of dimensions) {
    if (d.Name === "LoadBalancer" && d.Value !== estate.listener.loadBalancerDimension) return false;
    if (d.Name === "TargetGroup" && d.Value && !tgs.has(d.Value)) return false;
  }
  return true;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}

async function tagsOf(cw: CloudWatchClient, arn: string): Promise<Record<string, string>> {
  const out = await cw.send(new ListTagsForResourceCommand({ ResourceARN: arn }));
  return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
}

async function rollbackTagged(
  cw: CloudWatchClient,
  alarms: AnyAlarm[],
  estate: Estate,
  leaving?: Color,
): Promise<AnyAlarm[]> {
  const candidates = alarms.filter((a) => concernsEstate(a.dimensions, estate));
  const tags = await mapLimit(candidates, 8, (a) => tagsOf(cw, a.arn));
  return candidates.filter((_, i) => {
    const t = tags[i]!;
    if (t[TAG.rollbackAlarm]?.toLowerCase() !== "true") return false;
    return leaving === undefined || t[TAG.color] !== leaving;
  });
}

/**
 * The alarms a shift watches. Named alarms must all exist (bad input otherwise); `auto` finds
 * the tagged ones.
 */
export async function resolveAlarms(
  cw: CloudWatchClient,
  selection: AlarmSelection,
  estate: Estate,
  leaving: Color,
): Promise<string[]> {
  if (selection.mode === "none") return [];
  if (selection.mode === "named") {
    const found = new Set<string>();
    for (let i = 0; i < selection.names.length; i += 100) {
      for (const a of await describeAll(cw, { AlarmNames: selection.names.slice(i, i + 100) }))
        found.add(a.name);
    }
    const missing = selection.names.filter((n) => !found.has(n));
    if (missing.length > 0)
      throw new UsageError("--alarms", `no CloudWatch alarm named ${missing.join(", ")}`);
    return selection.names;
  }
  const tagged = await rollbackTagged(cw, await describeAll(cw, {}), estate, leaving);
  return tagged.map((a) => a.name).sort();
}

/** Which of the given alarms are in ALARM now. */
export async function firing(cw: CloudWatchClient, names: string[]): Promise<FiringAlarm[]> {
  const out: FiringAlarm[] = [];
  for (let i = 0; i < names.length; i += 100) {
    const alarms = await describeAll(cw, { AlarmNames: names.slice(i, i + 100) });
    for (const a of alarms)
      if (a.state === "ALARM") out.push({ name: a.name, reason: a.reason, since: a.since });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Rollback alarms of this estate in ALARM now (status): lists ALARM first, then reads tags of those only. */
export async function firingRollbackAlarms(cw: CloudWatchClient, estate: Estate): Promise<FiringAlarm[]> {
  const inAlarm = await describeAll(cw, { StateValue: "ALARM" });
  const tagged = await rollbackTagged(cw, inAlarm, estate);
  return tagged
    .map((a) => ({ name: a.name, reason: a.reason, since: a.since }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
