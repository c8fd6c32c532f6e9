/**
 * Load balancers, listeners, listener rules and target groups: which load balancer a listener
 * belongs to, what its actions forward to, with which weights.
 */
import type { StackModel, TfResource } from "../../engine/types.ts";
import { allBlocks, block, blocks, bool, num, type Obj, str } from "../../engine/values.ts";

export const LB_TYPES = ["aws_lb", "aws_alb"];
export const LISTENER_TYPES = ["aws_lb_listener", "aws_alb_listener"];
export const LISTENER_RULE_TYPES = ["aws_lb_listener_rule", "aws_alb_listener_rule"];
export const TARGET_GROUP_TYPES = ["aws_lb_target_group", "aws_alb_target_group"];

export function isApplicationLb(lb: TfResource): boolean {
  const t = str(lb.values.load_balancer_type);
  return t === undefined || t === "application";
}

/** `internal` defaults to false: a load balancer is internet-facing unless it says otherwise. */
export function isInternetFacing(lb: TfResource): boolean {
  return bool(lb.values.internal) !== true;
}

export function applicationLbs(stack: StackModel): TfResource[] {
  return stack.ofType(...LB_TYPES).filter(isApplicationLb);
}

export function internetFacingAlbs(stack: StackModel): TfResource[] {
  return applicationLbs(stack).filter(isInternetFacing);
}

/** The load balancer a listener belongs to, when its `load_balancer_arn` references one. */
export function listenerLb(stack: StackModel, listener: TfResource): TfResource | undefined {
  const ref = stack.refOf(listener.values.load_balancer_arn);
  return ref && LB_TYPES.includes(ref.target.type) ? ref.target : undefined;
}

export function listenersOf(stack: StackModel, lb: TfResource): TfResource[] {
  return stack.ofType(...LISTENER_TYPES).filter((l) => listenerLb(stack, l) === lb);
}

export function listenerRulesOf(stack: StackModel, listener: TfResource): TfResource[] {
  return stack
    .ofType(...LISTENER_RULE_TYPES)
    .filter((r) => stack.refOf(r.values.listener_arn)?.target === listener);
}

/** Listener protocol: explicit, or what AWS infers (HTTP for ALBs without a certificate). */
export function listenerProtocol(listener: TfResource): string | undefined {
  const p = str(listener.values.protocol);
  if (p !== undefined) return p.includes("${") ? undefined : p.toUpperCase();
  return listener.values.certificate_arn ? "HTTPS" : "HTTP";
}

export function actionType(action: Obj): string | undefined {
  return str(action.type)?.toLowerCase();
}

/** The actions of a listener or listener rule (`default_action` or `action`). */
export function actions(res: TfResource): Obj[] {
  return [...allBlocks(res.values, "default_action"), ...allBlocks(res.values, "action")];
}

export interface ForwardTarget {
  target: TfResource | undefined;
  weight: number | undefined;
  raw: unknown;
}

/** Target groups a forward action sends to (`target_group_arn` or `forward.target_group`). */
export function forwardTargets(stack: StackModel, action: Obj): ForwardTarget[] {
  const out: ForwardTarget[] = [];
  if (action.target_group_arn !== undefined && action.target_group_arn !== null) {
    const ref = stack.refOf(action.target_group_arn);
    out.push({ target: ref?.target, weight: undefined, raw: action.target_group_arn });
  }
  for (const fwd of blocks(action.forward)) {
    for (const tg of blocks(fwd.target_group)) {
      const ref = stack.refOf(tg.arn);
      out.push({ target: ref?.target, weight: num(tg.weight), raw: tg.arn });
    }
  }
  return out;
}

/** A redirect action that sends clients to HTTPS. */
export function redirectsToHttps(action: Obj): boolean {
  if (actionType(action) !== "redirect") return false;
  const r = block(action.redirect);
  return str(r?.protocol)?.toUpperCase() === "HTTPS";
}
