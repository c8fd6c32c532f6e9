/**
 * A listener's default actions as data, and the only changes the delivery code makes to them:
 * the weights of the weighted forward action (production listener) and the target group of
 * the forward action (test listener, idle-color route). Everything else — authenticate-oidc
 * and authenticate-cognito actions, their order, stickiness, any other attribute — is carried
 * over exactly as read. Pure functions; the reads and writes are in io.ts.
 */
import { createHash } from "node:crypto";
import type { Action, TargetGroupTuple } from "@aws-sdk/client-elastic-load-balancing-v2";
import { COLORS, type Color, UsageError } from "../../common/conventions.ts";
import { canonicalJson as canonical } from "../canonical-json.ts";
import type { Weights } from "../rollout/weights.ts";

/** The target-group tuples of a forward action (its ForwardConfig, or its single TargetGroupArn). */
export function forwardTuples(action: Action): TargetGroupTuple[] {
  const tuples = action.ForwardConfig?.TargetGroups;
  if (tuples && tuples.length > 0) return tuples;
  if (action.TargetGroupArn) return [{ TargetGroupArn: action.TargetGroupArn, Weight: 1 }];
  return [];
}

/** Index of the one forward action among the default actions; bad input otherwise. */
export function forwardIndexOf(actions: Action[], listenerArn: string): number {
  const forwards = actions.map((a, i) => (a.Type === "forward" ? i : -1)).filter((i) => i >= 0);
  if (forwards.length !== 1) {
    throw new UsageError(
      "--listener",
      `${listenerArn} has ${forwards.length} forward actions; expected one that forwards to a blue and a green target group`,
    );
  }
  return forwards[0]!;
}

/** The forward action's target group ARNs, in order. */
export function forwardTargets(actions: Action[]): string[] {
  const forward = actions.find((a) => a.Type === "forward");
  return forward ? forwardTuples(forward).map((t) => t.TargetGroupArn ?? "") : [];
}

/** The weights of the two colors' target groups in the forward action. */
export function weightsOf(actions: Action[], targetGroups: Record<Color, string>): Weights {
  const w: Weights = { blue: 0, green: 0 };
  const forward = actions.find((a) => a.Type === "forward");
  for (const t of forward ? forwardTuples(forward) : []) {
    for (const color of COLORS) if (t.TargetGroupArn === targetGroups[color]) w[color] = t.Weight ?? 1;
  }
  return w;
}

/** True when the forward action targets exactly these two target groups. */
export function targetsExactly(actions: Action[], targetGroups: Record<Color, string>): boolean {
  const arns = forwardTargets(actions);
  return arns.length === 2 && COLORS.every((c) => arns.includes(targetGroups[c]));
}

/**
 * The default actions with only the forward action's weights replaced, in a form ModifyListener
 * accepts (see `writable`).
 */
export function withWeights(
  actions: Action[],
  targetGroups: Record<Color, string>,
  weights: Weights,
): Action[] {
  return writable(
    actions.map((action) => {
      if (action.Type !== "forward") return action;
      const tuples = forwardTuples(action).map((t) => ({
        ...t,
        Weight:
          t.TargetGroupArn === targetGroups.blue
            ? weights.blue
            : t.TargetGroupArn === targetGroups.green
              ? weights.green
              : t.Weight,
      }));
      const { TargetGroupArn: _single, ...rest } = action;
      return { ...rest, ForwardConfig: { ...action.ForwardConfig, TargetGroups: tuples } };
    }),
  );
}

/**
 * The default actions with the forward action sending everything to one target group (the
 * test listener and the idle-color rule), the rest unchanged.
 */
export function forwardingTo(actions: Action[], targetGroupArn: string): Action[] {
  if (!actions.some((a) => a.Type === "forward")) {
    return writable([...actions, { Type: "forward", TargetGroupArn: targetGroupArn }]);
  }
  return writable(
    actions.map((action) => {
      if (action.Type !== "forward") return action;
      if (!action.ForwardConfig) return { ...action, TargetGroupArn: targetGroupArn };
      const { TargetGroupArn: _single, ...rest } = action;
      return {
        ...rest,
        ForwardConfig: {
          ...action.ForwardConfig,
          TargetGroups: [{ TargetGroupArn: targetGroupArn, Weight: 1 }],
        },
      };
    }),
  );
}

/** The target group a single-target forward action sends to (test listener, idle-color rule). */
export function singleTarget(actions: Action[]): string | null {
  const arns = forwardTargets(actions);
  return arns.length === 1 ? arns[0]! : null;
}

/**
 * What ModifyListener needs to keep an action as it is. DescribeListeners never returns an
 * OIDC client secret, and ModifyListener then requires `UseExistingClientSecret: true` (AWS API
 * reference, AuthenticateOidcActionConfig) — without it the write would fail, with it the
 * secret AWS holds stays.
 */
export function writable(actions: Action[]): Action[] {
  return actions.map((action) => {
    const oidc = action.AuthenticateOidcConfig;
    if (action.Type === "authenticate-oidc" && oidc && !oidc.ClientSecret && !oidc.UseExistingClientSecret) {
      return { ...action, AuthenticateOidcConfig: { ...oidc, UseExistingClientSecret: true } };
    }
    return action;
  });
}

/**
 * A fingerprint of everything on the listener's default actions except the forward weights
 * (and the write-only OIDC secret flags): it changes when someone changes what the delivery
 * code does not own — an authentication action, stickiness, the order.
 */
export function fingerprint(actions: Action[]): string {
  const shape = actions.map((action) => {
    const oidc = action.AuthenticateOidcConfig;
    const base =
      action.Type === "forward"
        ? {
            ...action,
            TargetGroupArn: undefined,
            ForwardConfig: {
              ...action.ForwardConfig,
              TargetGroups: forwardTuples(action)
                .map((t) => t.TargetGroupArn ?? "")
                .sort(),
            },
          }
        : action;
    return oidc
      ? {
          ...base,
          AuthenticateOidcConfig: { ...oidc, ClientSecret: undefined, UseExistingClientSecret: undefined },
        }
      : base;
  });
  return createHash("sha256").update(canonical(shape)).digest("hex").slice(0, 16);
}
