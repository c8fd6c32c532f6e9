/**
 * Discovery from the listener ARN alone: listener → its weighted forward action → the two
 * target groups → their `securecloud:color` tags; plus the rollout record from the listener's
 * tags. Also the listener's reads and writes that every command shares.
 */
import {
  type Action,
  DescribeListenersCommand,
  DescribeTagsCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  type TargetGroupTuple,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { COLORS, type Color, TAG, UsageError } from "../common/conventions.ts";
import { isAwsError } from "./aws/common.ts";
import type { ListenerArn } from "./options.ts";
import { formatWeights, parseRecord, type RolloutRecord, type Weights } from "./record.ts";

export interface Estate {
  listener: ListenerArn;
  /** The listener's default actions as read. */
  actions: Action[];
  /** Index of the weighted forward action in `actions`. */
  forwardIndex: number;
  targetGroups: Record<Color, string>;
  weights: Weights;
  live: Color | "split";
  tags: Record<string, string>;
  record: RolloutRecord | null;
  /** `off` or the stickiness duration in seconds. */
  stickiness: string;
  /** True when the default action is exactly one forward action (rollback's fast path applies). */
  simple: boolean;
}

export interface Health {
  healthy: number;
  total: number;
  /** Targets in `unhealthy` state (failing checks), as opposed to initial/draining/unused. */
  unhealthy: number;
  states: Record<string, number>;
}

export class ConcurrentChange extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConcurrentChange";
  }
}

export function liveColor(w: Weights): Color | "split" {
  if (w.blue > 0 && w.green === 0) return "blue";
  if (w.green > 0 && w.blue === 0) return "green";
  return "split";
}

function tagMap(tags: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key) out[t.Key] = t.Value ?? "";
  return out;
}

function forwardTuples(action: Action): TargetGroupTuple[] {
  const tuples = action.ForwardConfig?.TargetGroups;
  if (tuples && tuples.length > 0) return tuples;
  if (action.TargetGroupArn) return [{ TargetGroupArn: action.TargetGroupArn, Weight: 1 }];
  return [];
}

function stickinessOf(action: Action): string {
  const s = action.ForwardConfig?.TargetGroupStickinessConfig;
  return s?.Enabled ? String(s.DurationSeconds ?? 3600) : "off";
}

async function describeListener(elb: ElasticLoadBalancingV2Client, listener: ListenerArn) {
  try {
    const out = await elb.send(new DescribeListenersCommand({ ListenerArns: [listener.arn] }));
    const found = out.Listeners?.[0];
    if (!found) throw new UsageError("--listener", `no listener ${listener.arn}`);
    return found;
  } catch (err) {
    if (isAwsError(err, "ListenerNotFoundException")) {
      throw new UsageError("--listener", `no listener ${listener.arn} (ListenerNotFoundException)`);
    }
    throw err;
  }
}

function forwardIndexOf(actions: Action[], arn: string): number {
  const forwards = actions.map((a, i) => (a.Type === "forward" ? i : -1)).filter((i) => i >= 0);
  if (forwards.length !== 1) {
    throw new UsageError(
      "--listener",
      `${arn} has ${forwards.length} forward actions; expected one that forwards to a blue and a green target group`,
    );
  }
  return forwards[0]!;
}

/**
 * Two reads: DescribeListeners, then DescribeTags for the listener and its target groups (only
 * the target groups when the caller already read the listener's tags).
 */
export async function discover(
  elb: ElasticLoadBalancingV2Client,
  listener: ListenerArn,
  knownListenerTags?: Record<string, string>,
): Promise<Estate> {
  const found = await describeListener(elb, listener);
  const actions = found.DefaultActions ?? [];
  const forwardIndex = forwardIndexOf(actions, listener.arn);
  const forward = actions[forwardIndex]!;
  const tuples = forwardTuples(forward);
  const tgArns = tuples.map((t) => t.TargetGroupArn ?? "").filter((a) => a !== "");
  const arns = [...(knownListenerTags ? [] : [listener.arn]), ...tgArns.slice(0, 19)];
  const described =
    arns.length > 0 ? await elb.send(new DescribeTagsCommand({ ResourceArns: arns })) : undefined;
  const byArn = new Map<string, Record<string, string>>(
    (described?.TagDescriptions ?? []).map((d) => [d.ResourceArn ?? "", tagMap(d.Tags)]),
  );
  if (knownListenerTags) byArn.set(listener.arn, knownListenerTags);
  const colors = tgArns.map((a) => byArn.get(a)?.[TAG.color] ?? "");
  const describe = tgArns.map((a, i) => `${a.split(":").pop()} (${colors[i] || "no color tag"})`).join(", ");
  const targetGroups = {} as Record<Color, string>;
  for (const color of COLORS) {
    const matches = tgArns.filter((_, i) => colors[i] === color);
    if (matches.length !== 1 || tgArns.length !== 2) {
      throw new UsageError(
        "--listener",
        `forwards to ${tgArns.length} target group(s) [${describe || "none"}]; expected exactly one tagged ${TAG.color}=blue and one =green`,
      );
    }
    targetGroups[color] = matches[0]!;
  }
  const weights = weightsFromAction(forward, targetGroups);
  const tags = byArn.get(listener.arn) ?? {};
  return {
    listener,
    actions,
    forwardIndex,
    targetGroups,
    weights,
    live: liveColor(weights),
    tags,
    record: parseRecord(tags),
    stickiness: stickinessOf(forward),
    simple: actions.length === 1,
  };
}

function weightsFromAction(action: Action, tgs: Record<Color, string>): Weights {
  const w: Weights = { blue: 0, green: 0 };
  for (const t of forwardTuples(action)) {
    for (const color of COLORS) if (t.TargetGroupArn === tgs[color]) w[color] = t.Weight ?? 1;
  }
  return w;
}

/**
 * One read: the listener's current weights. Throws ConcurrentChange when its forward action
 * no longer targets the same two target groups.
 */
export async function readWeights(
  elb: ElasticLoadBalancingV2Client,
  estate: Pick<Estate, "listener" | "targetGroups">,
): Promise<Weights> {
  const found = await describeListener(elb, estate.listener);
  const actions = found.DefaultActions ?? [];
  const forward = actions.find((a) => a.Type === "forward");
  const arns = forward ? forwardTuples(forward).map((t) => t.TargetGroupArn) : [];
  const expected = [estate.targetGroups.blue, estate.targetGroups.green];
  if (arns.length !== 2 || !expected.every((a) => arns.includes(a))) {
    throw new ConcurrentChange(
      `the listener's forward action changed under us: it now targets ${arns.map((a) => a?.split(":").pop()).join(", ") || "no target group"}`,
    );
  }
  return weightsFromAction(forward!, estate.targetGroups);
}

/** The default actions with only the forward action's weights replaced. */
export function actionsWithWeights(estate: Estate, weights: Weights): Action[] {
  return estate.actions.map((action, i) => {
    if (i !== estate.forwardIndex) return action;
    const tuples = forwardTuples(action).map((t) => ({
      TargetGroupArn: t.TargetGroupArn,
      Weight: t.TargetGroupArn === estate.targetGroups.blue ? weights.blue : weights.green,
    }));
    const { TargetGroupArn: _single, ...rest } = action;
    return { ...rest, ForwardConfig: { ...action.ForwardConfig, TargetGroups: tuples } };
  });
}

/** The whole default action rebuilt from the rollout record (rollback's fast path). */
export function actionsFromRecord(
  targetGroups: Record<Color, string>,
  stickiness: string,
  weights: Weights,
): Action[] {
  const seconds = Number(stickiness);
  return [
    {
      Type: "forward",
      ForwardConfig: {
        TargetGroups: COLORS.map((c) => ({ TargetGroupArn: targetGroups[c], Weight: weights[c] })),
        TargetGroupStickinessConfig:
          stickiness !== "off" && Number.isFinite(seconds)
            ? { Enabled: true, DurationSeconds: seconds }
            : { Enabled: false },
      },
    },
  ];
}

/** One write: ModifyListener with the given default actions; returns the weights AWS reports. */
export async function writeActions(
  elb: ElasticLoadBalancingV2Client,
  listenerArn: string,
  actions: Action[],
  targetGroups: Record<Color, string>,
): Promise<Weights | null> {
  const out = await elb.send(
    new ModifyListenerCommand({ ListenerArn: listenerArn, DefaultActions: actions }),
  );
  const forward = out.Listeners?.[0]?.DefaultActions?.find((a) => a.Type === "forward");
  return forward ? weightsFromAction(forward, targetGroups) : null;
}

export async function targetHealth(
  elb: ElasticLoadBalancingV2Client,
  targetGroupArn: string,
): Promise<Health> {
  const out = await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }));
  const states: Record<string, number> = {};
  for (const d of out.TargetHealthDescriptions ?? []) {
    const s = d.TargetHealth?.State ?? "unknown";
    states[s] = (states[s] ?? 0) + 1;
  }
  const total = out.TargetHealthDescriptions?.length ?? 0;
  return { healthy: states.healthy ?? 0, unhealthy: states.unhealthy ?? 0, total, states };
}

export function describeHealth(color: Color, h: Health): string {
  const others = Object.entries(h.states)
    .filter(([s]) => s !== "healthy")
    .map(([s, n]) => `${n} ${s}`)
    .join(", ");
  return `${color} ${h.healthy}/${h.total} healthy${others ? ` (${others})` : ""}`;
}

export function trafficState(weights: Weights | null | undefined): string {
  return weights ? formatWeights(weights) : "unknown";
}
