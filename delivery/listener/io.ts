/**
 * Reads and writes of the production listener and its target groups: discovery (listener →
 * weighted forward action → two target groups → their color tags), the current weights, the
 * one write (ModifyListener with the actions as read, only the weights changed), and target
 * health.
 */
import {
  type Action,
  DescribeListenersCommand,
  DescribeTagsCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client,
  type Listener,
  ModifyListenerCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { COLORS, type Color, TAG, UsageError } from "../../common/conventions.ts";
import { isAwsError } from "../aws/common.ts";
import type { ListenerArn } from "../options.ts";
import { liveColor, type Weights } from "../rollout/weights.ts";
import {
  fingerprint,
  forwardIndexOf,
  forwardTargets,
  targetsExactly,
  weightsOf,
  withWeights,
} from "./actions.ts";

export interface Estate {
  listener: ListenerArn;
  /** The listener's default actions as read. */
  actions: Action[];
  targetGroups: Record<Color, string>;
  weights: Weights;
  live: Color | "split";
  /** Of everything on the default actions but the weights (see actions.ts). */
  fingerprint: string;
}

export interface Health {
  healthy: number;
  total: number;
  /** Targets in `unhealthy` state (failing checks), as opposed to initial/draining/unused. */
  unhealthy: number;
  states: Record<string, number>;
}

/** The listener's forward action no longer targets the rollout's two target groups. */
export class ConcurrentChange extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConcurrentChange";
  }
}

export function tagMap(tags: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.Key) out[t.Key] = t.Value ?? "";
  return out;
}

/** One read: DescribeListeners. A missing listener is bad input. */
export async function readListener(
  elb: ElasticLoadBalancingV2Client,
  listener: ListenerArn,
): Promise<Listener> {
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

/**
 * The estate from the listener: one read when the target groups by color are already known
 * (from the rollout record) and the listener still forwards to exactly those, else two
 * (DescribeTags of the forward's target groups for their color tags).
 */
export async function discover(
  elb: ElasticLoadBalancingV2Client,
  listener: ListenerArn,
  known?: Record<Color, string> | null,
  read?: Listener,
): Promise<Estate> {
  const found = read ?? (await readListener(elb, listener));
  const actions = found.DefaultActions ?? [];
  forwardIndexOf(actions, listener.arn);
  const targetGroups =
    known && targetsExactly(actions, known) ? known : await colorsOf(elb, forwardTargets(actions));
  const weights = weightsOf(actions, targetGroups);
  return {
    listener,
    actions,
    targetGroups,
    weights,
    live: liveColor(weights),
    fingerprint: fingerprint(actions),
  };
}

/** One read: the color tags of the forward's target groups; exactly one blue and one green. */
async function colorsOf(elb: ElasticLoadBalancingV2Client, arns: string[]): Promise<Record<Color, string>> {
  const tgArns = arns.filter((a) => a !== "");
  const described =
    tgArns.length > 0
      ? await elb.send(new DescribeTagsCommand({ ResourceArns: tgArns.slice(0, 20) }))
      : undefined;
  const byArn = new Map((described?.TagDescriptions ?? []).map((d) => [d.ResourceArn ?? "", tagMap(d.Tags)]));
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
  return targetGroups;
}

/**
 * One read: the listener's default actions and weights now. Throws ConcurrentChange when its
 * forward action no longer targets the same two target groups.
 */
export async function readCurrent(
  elb: ElasticLoadBalancingV2Client,
  estate: Pick<Estate, "listener" | "targetGroups">,
): Promise<{ actions: Action[]; weights: Weights }> {
  const found = await readListener(elb, estate.listener);
  const actions = found.DefaultActions ?? [];
  if (!targetsExactly(actions, estate.targetGroups)) {
    const arns = forwardTargets(actions);
    throw new ConcurrentChange(
      `the listener's forward action changed under us: it now targets ${arns.map((a) => a.split(":").pop()).join(", ") || "no target group"}`,
    );
  }
  return { actions, weights: weightsOf(actions, estate.targetGroups) };
}

/**
 * One write: ModifyListener with `actions` (as read) carrying `weights`; returns the weights
 * AWS reports after it. Nothing but the forward action's weights differs from what was read.
 */
export async function writeWeights(
  elb: ElasticLoadBalancingV2Client,
  listenerArn: string,
  actions: Action[],
  targetGroups: Record<Color, string>,
  weights: Weights,
  abortSignal?: AbortSignal,
): Promise<Weights | null> {
  const out = await elb.send(
    new ModifyListenerCommand({
      ListenerArn: listenerArn,
      DefaultActions: withWeights(actions, targetGroups, weights),
    }),
    abortSignal ? { abortSignal } : {},
  );
  const after = out.Listeners?.[0]?.DefaultActions;
  return after?.some((a) => a.Type === "forward") ? weightsOf(after, targetGroups) : null;
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
