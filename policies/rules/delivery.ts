import { COLORS, isColor, LISTENER_ROLE, TAG } from "../../common/conventions.ts";
import { PRODUCTION_LISTENER } from "../../common/estate-properties.ts";
import type { StackModel, TfResource } from "../engine/types.ts";
import {
  allBlocks,
  blocks,
  ignoresChange,
  isObj,
  literal,
  type Obj,
  str,
  strings,
} from "../engine/values.ts";
import { defineRule } from "./define.ts";
import {
  actions,
  actionType,
  type ForwardTarget,
  forwardTargets,
  internetFacingAlbs,
  LISTENER_TYPES,
  listenerLb,
  listenersOf,
  TARGET_GROUP_TYPES,
} from "./queries/elb.ts";
import { tagValue } from "./queries/refs.ts";

function colorOf(tg: TfResource | undefined): string | undefined {
  return tg ? tagValue(tg, TAG.color) : undefined;
}

function forwardActions(l: TfResource): Obj[] {
  return actions(l).filter(
    (a) => actionType(a) === "forward" || (actionType(a) === undefined && (a.forward || a.target_group_arn)),
  );
}

/** Listeners the delivery code drives: tagged with a role, or forwarding to color-tagged groups. */
function deliveryListeners(stack: StackModel): { listener: TfResource; role: string | undefined }[] {
  const out: { listener: TfResource; role: string | undefined }[] = [];
  for (const l of stack.ofType(...LISTENER_TYPES)) {
    const role = tagValue(l, TAG.role);
    const colored = forwardActions(l).some((a) =>
      forwardTargets(stack, a).some((t) => isColor(colorOf(t.target))),
    );
    if (role === LISTENER_ROLE.production || role === LISTENER_ROLE.test || colored)
      out.push({ listener: l, role });
  }
  return out;
}

export const blueGreenListener = defineRule({
  id: "SC-DEL-001",
  title:
    "The production listener forwards to exactly one blue and one green target group with weights adding to 100, and Terraform leaves its weights alone",
  severity: "high",
  category: "delivery",
  rationale:
    "Blue/green delivery and rollback shift the weights of the production listener's forward action; with anything but one blue and one green group, or if Terraform manages the action, a rollback cannot put traffic back (or the next apply undoes it).",
  remediation: `Tag the listener ${TAG.role} = production, give it one forward action with two target_group entries (${TAG.color} = blue and green), and add lifecycle { ignore_changes = ["default_action"] }. The test listener (${TAG.role} = test) needs the same ignore.`,
  controls: { fsbp: [], cis: [] },
  awsConfigRules: ["securecloud-<env>-production-listener-blue-green (custom)"],
  checkov: [],
  resourceTypes: ["aws_lb_listener", "aws_lb_target_group"],
  check(ctx) {
    const { stack } = ctx;
    const listeners = deliveryListeners(stack);
    const coloredGroups = stack.ofType(...TARGET_GROUP_TYPES).filter((tg) => isColor(colorOf(tg)));
    if (coloredGroups.length > 0 && !listeners.some((l) => l.role === LISTENER_ROLE.production)) {
      ctx.report(
        "stack",
        `target groups carry ${TAG.color} but no listener is tagged ${TAG.role} = production`,
      );
    }
    for (const { listener: l, role } of listeners) {
      if (role === undefined) {
        ctx.report(
          l,
          `listener forwards to blue/green target groups but has no ${TAG.role} tag (production or test)`,
        );
      }
      if (!ignoresChange(l.values, "default_action")) {
        ctx.report(
          l,
          'lifecycle.ignore_changes does not include "default_action": Terraform would reset the weights',
        );
      }
      const fwd = forwardActions(l);
      if (role === LISTENER_ROLE.production) {
        if (fwd.length !== 1) {
          ctx.report(l, `production listener has ${fwd.length} forward actions; it needs exactly one`);
          continue;
        }
        const targets = forwardTargets(stack, fwd[0]!);
        const colors = targets.map((t) => colorOf(t.target));
        const counts = Object.fromEntries(COLORS.map((c) => [c, colors.filter((x) => x === c).length]));
        const others = targets.filter((t) => !isColor(colorOf(t.target)));
        const weights = targets.map((t) => t.weight);
        if (weights.every((w) => typeof w === "number")) {
          const total = (weights as number[]).reduce((a, b) => a + b, 0);
          if (total !== PRODUCTION_LISTENER.totalWeight) {
            ctx.report(
              l,
              `production listener weights add up to ${total}, not ${PRODUCTION_LISTENER.totalWeight}: a color's share of traffic is not what its weight says`,
            );
          }
        }
        if (targets.length !== 2 || counts.blue !== 1 || counts.green !== 1 || others.length > 0) {
          const seen = targets
            .map(
              (t) =>
                `${t.target?.address ?? "an unknown target group"}${colorOf(t.target) ? ` (${colorOf(t.target)})` : ""}`,
            )
            .join(", ");
          ctx.report(
            l,
            `production listener forwards to ${targets.length} target group(s) [${seen || "none"}]; it must forward to exactly one blue and one green`,
          );
        }
      } else if (role === LISTENER_ROLE.test) {
        const targets = fwd.flatMap((a) => forwardTargets(stack, a));
        const uncolored = targets.filter((t) => !isColor(colorOf(t.target)));
        if (targets.length === 0) ctx.report(l, "test listener does not forward to a color target group");
        for (const t of uncolored)
          ctx.report(
            l,
            `test listener forwards to ${t.target?.address ?? "an unknown target group"}, which has no ${TAG.color}`,
          );
      }
    }
  },
});

const FIVE_XX = ["HTTPCode_ELB_5XX_Count", "HTTPCode_Target_5XX_Count"];

interface AlarmMetric {
  name: string;
  dimensions: Obj;
}

function alarmMetrics(alarm: TfResource): AlarmMetric[] {
  const out: AlarmMetric[] = [];
  const direct = str(alarm.values.metric_name);
  if (direct)
    out.push({ name: direct, dimensions: isObj(alarm.values.dimensions) ? alarm.values.dimensions : {} });
  for (const q of allBlocks(alarm.values, "metric_query")) {
    for (const m of blocks(q.metric)) {
      const name = str(m.metric_name);
      if (name) out.push({ name, dimensions: isObj(m.dimensions) ? m.dimensions : {} });
    }
  }
  return out;
}

/** Does a dimension value point at `target` (a reference, or the only candidate when literal)? */
function dimensionIs(stack: StackModel, value: unknown, target: TfResource, candidates: number): boolean {
  if (stack.refsIn(value).some((r) => r.target === target)) return true;
  return literal(value) !== undefined && candidates === 1;
}

export const deliveryAlarms = defineRule({
  id: "SC-DEL-002",
  title:
    "Alarms watch the 5xx rate of the serving load balancer and the unhealthy hosts of each target group",
  severity: "medium",
  category: "delivery",
  rationale:
    "A canary is only as safe as the signals that stop it: without a 5xx alarm on the ALB and an unhealthy-host alarm per target group, a bad release shifts all traffic before anyone notices.",
  remediation:
    "Add aws_cloudwatch_metric_alarm resources: one on HTTPCode_Target_5XX_Count / HTTPCode_ELB_5XX_Count (metric math over RequestCount for a rate) with dimension LoadBalancer = the ALB's arn_suffix, and one on UnHealthyHostCount per target group (dimensions TargetGroup and LoadBalancer), each with alarm_actions.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_cloudwatch_metric_alarm", "aws_lb", "aws_lb_target_group", "aws_lb_listener"],
  check(ctx) {
    const { stack } = ctx;
    const production = deliveryListeners(stack).filter((l) => l.role === LISTENER_ROLE.production);
    let lbs: TfResource[];
    let groups: ForwardTarget[];
    if (production.length > 0) {
      lbs = [
        ...new Set(production.map((p) => listenerLb(stack, p.listener)).filter((x): x is TfResource => !!x)),
      ];
      groups = production.flatMap((p) => forwardActions(p.listener).flatMap((a) => forwardTargets(stack, a)));
    } else {
      lbs = internetFacingAlbs(stack).filter((lb) =>
        listenersOf(stack, lb).some((l) => forwardActions(l).length > 0),
      );
      groups = lbs.flatMap((lb) =>
        listenersOf(stack, lb).flatMap((l) => forwardActions(l).flatMap((a) => forwardTargets(stack, a))),
      );
    }
    const tgs = [...new Set(groups.map((g) => g.target).filter((x): x is TfResource => !!x))];
    const alarms = stack.ofType("aws_cloudwatch_metric_alarm");

    for (const lb of lbs) {
      const matching = alarms.filter((a) =>
        alarmMetrics(a).some(
          (m) => FIVE_XX.includes(m.name) && dimensionIs(stack, m.dimensions.LoadBalancer, lb, lbs.length),
        ),
      );
      if (matching.length === 0)
        ctx.report(lb, "no CloudWatch alarm on the 5xx rate (HTTPCode_*_5XX_Count) of this load balancer");
      for (const a of matching)
        if (strings(a.values.alarm_actions).length === 0)
          ctx.report(a, "5xx alarm has no alarm_actions: it notifies nobody");
    }
    for (const tg of tgs) {
      const matching = alarms.filter((a) =>
        alarmMetrics(a).some(
          (m) =>
            m.name === "UnHealthyHostCount" && dimensionIs(stack, m.dimensions.TargetGroup, tg, tgs.length),
        ),
      );
      if (matching.length === 0)
        ctx.report(tg, "no CloudWatch alarm on UnHealthyHostCount for this target group");
      for (const a of matching)
        if (strings(a.values.alarm_actions).length === 0)
          ctx.report(a, "unhealthy-host alarm has no alarm_actions: it notifies nobody");
    }
  },
});

export const deliveryRules = [blueGreenListener, deliveryAlarms];
