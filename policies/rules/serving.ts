/**
 * The serving path against the service contract (common/service-contract.ts) and the estate's
 * declared intent: what the load balancer checks, how long it drains, what the internet can
 * reach through its listeners, and how ECS replaces tasks.
 */
import { COLORS, isColor, LISTENER_ROLE, TAG } from "../../common/conventions.ts";
import {
  CONTAINER_NAME,
  DEFAULT_DRAIN_SECONDS,
  FARGATE_MAX_STOP_TIMEOUT_SECONDS,
  METRICS_PATH,
  READINESS_HEALTHY_STATUS,
  READINESS_PATH,
  SERVICE_ENV,
  SERVICE_PORT,
  stopTimeoutSeconds,
} from "../../common/service-contract.ts";
import type { StackModel, TfResource } from "../engine/types.ts";
import { allBlocks, block, blocks, bool, literal, num, type Obj, str, strings } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { parseRange, withinAny } from "./queries/cidr.ts";
import { containerDefinitions, prop } from "./queries/ecs.ts";
import {
  actions,
  actionType,
  isInternetFacing,
  LISTENER_TYPES,
  listenerLb,
  listenerRulesOf,
  TARGET_GROUP_TYPES,
} from "./queries/elb.ts";
import { memo } from "./queries/memo.ts";
import { refTarget, tagValue } from "./queries/refs.ts";
import { covers, ingressPermissions, isWorld, portRange } from "./queries/security-groups.ts";

/** Target groups that serve the service: color-tagged, or registered by an ECS service. */
const servingGroups = memo((stack: StackModel): TfResource[] => {
  const out = new Set<TfResource>();
  for (const tg of stack.ofType(...TARGET_GROUP_TYPES)) if (isColor(tagValue(tg, TAG.color))) out.add(tg);
  for (const svc of stack.ofType("aws_ecs_service")) {
    for (const lb of blocks(svc.values.load_balancer)) {
      const tg = refTarget(stack, lb.target_group_arn, TARGET_GROUP_TYPES);
      if (tg) out.add(tg);
    }
  }
  return [...out];
});

/** Status codes a target group matcher accepts (`200`, `200-299`, `200,202`); undefined if unreadable. */
export function matcherCodes(matcher: string): Set<number> | undefined {
  const out = new Set<number>();
  for (const part of matcher.split(",")) {
    const m = /^\s*(\d{3})(?:\s*-\s*(\d{3}))?\s*$/.exec(part);
    if (!m) return undefined;
    for (let c = Number(m[1]); c <= Number(m[2] ?? m[1]); c++) out.add(c);
  }
  return out;
}

export const readinessHealthCheck = defineRule({
  id: "SC-SRV-001",
  title: "Target groups check the service's readiness path and treat a draining task as unhealthy",
  severity: "high",
  category: "serving",
  rationale: `The service answers ${READINESS_PATH} with ${READINESS_HEALTHY_STATUS} while it serves and 503 once it drains (common/service-contract.ts). A health check on another path (the liveness probe, /) or a matcher that accepts 503 keeps sending traffic to a task that is shutting down; a disabled check never takes a broken task out.`,
  remediation: `health_check { enabled = true, protocol = "HTTP", path = "${READINESS_PATH}", matcher = "${READINESS_HEALTHY_STATUS}" } on every serving target group.`,
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: ["CKV_AWS_261"],
  resourceTypes: ["aws_lb_target_group"],
  check(ctx) {
    for (const tg of servingGroups(ctx.stack)) {
      const hc = block(tg.values.health_check);
      if (!hc) {
        ctx.report(
          tg,
          `target group has no health_check; the default path / is not the readiness path ${READINESS_PATH}`,
        );
        continue;
      }
      if (bool(hc.enabled) === false) ctx.report(tg, "health check is disabled");
      const path = literal(hc.path);
      if (path !== READINESS_PATH)
        ctx.report(
          tg,
          `health check path is ${path ?? "unset (/)"}, not the readiness path ${READINESS_PATH}`,
        );
      const port = str(hc.port) ?? (num(hc.port) !== undefined ? String(num(hc.port)) : undefined);
      if (port !== undefined && port !== "traffic-port" && port !== String(SERVICE_PORT))
        ctx.report(tg, `health check probes port ${port}, not the traffic port ${SERVICE_PORT}`);
      const protocol = str(hc.protocol)?.toUpperCase();
      if (protocol !== undefined && protocol !== "HTTP" && protocol !== "HTTPS")
        ctx.report(tg, `health check protocol ${protocol} ignores the readiness path`);
      const codes = matcherCodes(str(hc.matcher) ?? "200");
      if (codes && !codes.has(READINESS_HEALTHY_STATUS))
        ctx.report(tg, `health check matcher "${str(hc.matcher)}" rejects ${READINESS_HEALTHY_STATUS}`);
      if (codes?.has(503))
        ctx.report(
          tg,
          `health check matcher "${str(hc.matcher)}" accepts 503: a draining task stays healthy`,
        );
    }
  },
});

/** The drain window the service uses: the declared one, or what the task definitions tell the service. */
function drainWindow(stack: StackModel): number {
  const declared = stack.features.drainSeconds;
  const told = stack
    .ofType("aws_ecs_task_definition")
    .flatMap((td) => containerDefinitions(td) ?? [])
    .flatMap((c) => blocks(prop(c, "environment")))
    .filter((e) => str(prop(e, "name")) === SERVICE_ENV.drainSeconds)
    .map((e) => num(prop(e, "value")))
    .filter((n): n is number => n !== undefined);
  return Math.max(typeof declared === "number" ? declared : DEFAULT_DRAIN_SECONDS, ...told);
}

export const drainTimings = defineRule({
  id: "SC-SRV-002",
  title: "Deregistration delay and stop timeout cover the service's drain window",
  severity: "high",
  category: "serving",
  rationale:
    "During a blue/green shift or a scale-in the load balancer keeps in-flight requests on a deregistering target for the deregistration delay, and ECS kills the container after its stopTimeout. Shorter than the service's drain window (declared by the stack, and passed to the service as DRAIN_SECONDS), requests are cut mid-flight on every deploy and rollback.",
  remediation:
    "deregistration_delay >= the drain window on each serving target group; stopTimeout = drain + 10 s (at most 120) on the service container.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_lb_target_group", "aws_ecs_task_definition"],
  check(ctx) {
    const drain = drainWindow(ctx.stack);
    for (const tg of servingGroups(ctx.stack)) {
      const delay = num(tg.values.deregistration_delay) ?? 300;
      if (delay < drain)
        ctx.report(tg, `deregistration_delay ${delay} s is shorter than the ${drain} s drain window`);
    }
    const need = Math.min(stopTimeoutSeconds(drain), FARGATE_MAX_STOP_TIMEOUT_SECONDS);
    for (const td of ctx.stack.ofType("aws_ecs_task_definition")) {
      for (const c of containerDefinitions(td) ?? []) {
        if (str(prop(c, "name")) !== CONTAINER_NAME) continue;
        const stop = num(prop(c, "stopTimeout"));
        if ((stop ?? 30) < need)
          ctx.report(
            td,
            `container "${CONTAINER_NAME}" stopTimeout ${stop ?? "unset (30)"} s is shorter than drain + margin (${need} s)`,
          );
        for (const e of blocks(prop(c, "environment"))) {
          const v = num(prop(e, "value"));
          if (
            str(prop(e, "name")) === SERVICE_ENV.drainSeconds &&
            v !== undefined &&
            stop !== undefined &&
            v + 1 > stop
          )
            ctx.report(td, `container "${CONTAINER_NAME}" drains ${v} s but is killed after ${stop} s`);
        }
      }
    }
  },
});

/** ALB path-pattern matching: case-sensitive, `*` and `?` wildcards. */
function pathPatternMatches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split("")
      .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
      .join("")}$`,
  );
  return re.test(path);
}

interface RuleMatch {
  /** The rule's conditions other than the path could fail: it may not apply to every request. */
  conditional: boolean;
  /** The rule's path conditions (if any) match the path. */
  pathMatches: boolean;
}

function ruleMatch(rule: TfResource, path: string): RuleMatch {
  let pathMatches = true;
  let conditional = false;
  for (const c of allBlocks(rule.values, "condition")) {
    const pp = block(c.path_pattern);
    const others = Object.keys(c).filter((k) => k !== "path_pattern" && c[k] !== null && c[k] !== undefined);
    if (pp) pathMatches &&= strings(pp.values).some((p) => pathPatternMatches(p, path));
    if (others.length > 0) conditional = true;
  }
  return { conditional, pathMatches };
}

/** A first action that answers without reaching the targets (fixed response, redirect, authentication). */
function answersItself(action: Obj | undefined): boolean {
  const t = action ? actionType(action) : undefined;
  return (
    t === "fixed-response" || t === "redirect" || t === "authenticate-oidc" || t === "authenticate-cognito"
  );
}

function firstAction(actionsList: Obj[]): Obj | undefined {
  return [...actionsList].sort((a, b) => (num(a.order) ?? 0) - (num(b.order) ?? 0))[0];
}

/** Is the listener's port open to the internet through its load balancer's security groups? */
function worldReachable(stack: StackModel, listener: TfResource): boolean {
  const lb = listenerLb(stack, listener);
  if (!lb || !isInternetFacing(lb)) return false;
  const groups = new Set(
    strings(lb.values.security_groups)
      .map((g) => stack.refOf(g)?.target)
      .filter(Boolean),
  );
  if (groups.size === 0) return true;
  const port = num(listener.values.port);
  return ingressPermissions(stack).some((p) => {
    if (!p.group || !groups.has(p.group)) return false;
    const range = portRange(p);
    return (
      range !== undefined &&
      (port === undefined || covers(range, port)) &&
      [...p.ipv4, ...p.ipv6].some(isWorld)
    );
  });
}

export const metricsNotPublic = defineRule({
  id: "SC-SRV-003",
  title: `${METRICS_PATH} is never forwarded by a listener the internet reaches`,
  severity: "high",
  category: "serving",
  rationale: `${METRICS_PATH} exposes the service's internals (routes, error rates, process details) and is scraped from inside. On a listener open to the internet, any rule that forwards it, or the default action when no earlier rule answers it for every request, publishes it.`,
  remediation: `Keep a listener rule of the lowest priority with only a path_pattern condition matching ${METRICS_PATH} and ${METRICS_PATH}/* and a fixed-response (404) action on every internet-facing listener that forwards.`,
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_lb_listener", "aws_lb_listener_rule"],
  check(ctx) {
    const { stack } = ctx;
    for (const listener of stack.ofType(...LISTENER_TYPES)) {
      if (!worldReachable(stack, listener)) continue;
      const rules = listenerRulesOf(stack, listener).sort(
        (a, b) => (num(a.values.priority) ?? 50_000) - (num(b.values.priority) ?? 50_000),
      );
      // the path and its trailing-slash form: a router may serve both
      for (const path of [METRICS_PATH, `${METRICS_PATH}/`]) {
        let answered = false;
        for (const rule of rules) {
          const m = ruleMatch(rule, path);
          if (!m.pathMatches) continue;
          if (answersItself(firstAction(actions(rule)))) {
            if (!m.conditional) {
              answered = true;
              break;
            }
            continue;
          }
          ctx.report(
            rule,
            `rule (priority ${num(rule.values.priority) ?? "?"}) on ${listener.address} forwards ${path} from the internet`,
          );
          if (!m.conditional) {
            answered = true;
            break;
          }
        }
        if (!answered && !answersItself(firstAction(actions(listener))))
          ctx.report(
            listener,
            `${path} reaches the targets: no rule answers it for every request before the default action forwards`,
          );
      }
    }
  },
});

export const testListenerOpsOnly = defineRule({
  id: "SC-SRV-004",
  title: "The test listener is reachable only from the operators' networks",
  severity: "high",
  category: "serving",
  rationale:
    "The test listener forwards to the idle color, the release that has not passed its canary: open to anyone, unreviewed code serves the internet, bypassing the production listener's rules.",
  remediation:
    "Admit the test listener's port on the load balancer's security group only from the declared operator CIDRs (declareForGate opsCidrs), and give it a port no other rule opens to the world.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: [
    "aws_lb_listener",
    "aws_security_group",
    "aws_vpc_security_group_ingress_rule",
    "aws_security_group_rule",
  ],
  check(ctx) {
    const { stack } = ctx;
    const ops = stack.features.opsCidrs;
    for (const listener of stack.ofType(...LISTENER_TYPES)) {
      if (tagValue(listener, TAG.role) !== LISTENER_ROLE.test) continue;
      const lb = listenerLb(stack, listener);
      if (!lb) continue;
      const groups = new Set(
        strings(lb.values.security_groups)
          .map((g) => stack.refOf(g)?.target)
          .filter(Boolean),
      );
      const port = num(listener.values.port);
      for (const p of ingressPermissions(stack)) {
        if (!p.group || !groups.has(p.group)) continue;
        const range = portRange(p);
        if (!range || (port !== undefined && !covers(range, port))) continue;
        for (const cidr of [...p.ipv4, ...p.ipv6]) {
          const r = parseRange(cidr);
          if (!r) continue;
          const ok = Array.isArray(ops) && ops.length > 0 ? withinAny(r, ops) : !isWorld(cidr);
          if (!ok)
            ctx.report(
              p.source,
              `admits ${cidr} to the test listener's port ${port ?? "?"}; only the operators' networks may reach it`,
            );
        }
      }
    }
  },
});

function ecsServices(stack: StackModel): TfResource[] {
  return stack.ofType("aws_ecs_service").filter((s) => {
    const controller = str(block(s.values.deployment_controller)?.type)?.toUpperCase();
    return controller === undefined || controller === "ECS";
  });
}

export const circuitBreakerRollsBack = defineRule({
  id: "SC-SRV-005",
  title: "ECS deployments roll back on their own when tasks fail to start",
  severity: "medium",
  category: "serving",
  rationale:
    "Without the deployment circuit breaker (with rollback), a deployment whose tasks crash keeps retrying for hours and leaves the color half-replaced; with it, ECS stops and returns to the last steady state.",
  remediation: "deployment_circuit_breaker { enable = true, rollback = true } on every ECS service.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_ecs_service"],
  check(ctx) {
    for (const svc of ecsServices(ctx.stack)) {
      const cb = block(svc.values.deployment_circuit_breaker);
      if (!cb || bool(cb.enable) !== true) ctx.report(svc, "deployment circuit breaker is off");
      else if (bool(cb.rollback) !== true) ctx.report(svc, "deployment circuit breaker does not roll back");
    }
  },
});

export const capacityDuringDeploy = defineRule({
  id: "SC-SRV-006",
  title: "ECS deployments keep full capacity (minimum healthy percent at least 100)",
  severity: "medium",
  category: "serving",
  rationale:
    "Below 100 % ECS stops running tasks before their replacements are healthy: during a deploy or a rollback the color serves with less capacity than it was sized for, exactly when a bad release or a flood makes it need all of it.",
  remediation:
    "deployment_minimum_healthy_percent = 100 (and deployment_maximum_percent = 200) on every ECS service.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_ecs_service"],
  check(ctx) {
    for (const svc of ecsServices(ctx.stack)) {
      const min = num(svc.values.deployment_minimum_healthy_percent) ?? 100;
      if (min < 100)
        ctx.report(svc, `deployment_minimum_healthy_percent is ${min}: a deploy runs below capacity`);
      const max = num(svc.values.deployment_maximum_percent) ?? 200;
      if (max <= 100 && min >= 100)
        ctx.report(
          svc,
          `deployment_maximum_percent is ${max}: no replacement task can start before an old one stops`,
        );
    }
  },
});

export const colorsAndContract = defineRule({
  id: "SC-SRV-007",
  title: "Each color's service registers the contract's container and port with its own color's target group",
  severity: "high",
  category: "serving",
  rationale: `Blue/green shifts weights between the two colors' target groups: a service registered with the other color's group, a target group of another port, or a container told the wrong color makes a shift or a rollback send traffic to the wrong release (or to nothing). The container is "${CONTAINER_NAME}" on port ${SERVICE_PORT} (common/service-contract.ts).`,
  remediation: `On each color's aws_ecs_service: load_balancer { target_group_arn = <same color's group>, container_name = "${CONTAINER_NAME}", container_port = ${SERVICE_PORT} }; target groups on port ${SERVICE_PORT}; ${SERVICE_ENV.color} = the color in the task definition.`,
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_ecs_service", "aws_lb_target_group", "aws_ecs_task_definition"],
  check(ctx) {
    const { stack } = ctx;
    for (const tg of servingGroups(stack)) {
      const port = num(tg.values.port);
      if (port !== undefined && port !== SERVICE_PORT)
        ctx.report(tg, `target group port ${port} is not the service port ${SERVICE_PORT}`);
    }
    const byColor = new Map<string, TfResource[]>();
    for (const svc of stack.ofType("aws_ecs_service")) {
      const color = tagValue(svc, TAG.color);
      if (!isColor(color)) continue;
      byColor.set(color, [...(byColor.get(color) ?? []), svc]);
      for (const lb of blocks(svc.values.load_balancer)) {
        const tg = refTarget(stack, lb.target_group_arn, TARGET_GROUP_TYPES);
        const tgColor = tg ? tagValue(tg, TAG.color) : undefined;
        if (tg && tgColor !== color)
          ctx.report(
            svc,
            `the ${color} service registers with ${tg.address}, the ${tgColor ?? "uncolored"} target group`,
          );
        if (str(lb.container_name) !== undefined && str(lb.container_name) !== CONTAINER_NAME)
          ctx.report(
            svc,
            `load_balancer.container_name is "${str(lb.container_name)}", not "${CONTAINER_NAME}"`,
          );
        const cport = num(lb.container_port);
        if (cport !== undefined && cport !== SERVICE_PORT)
          ctx.report(svc, `load_balancer.container_port is ${cport}, not ${SERVICE_PORT}`);
      }
      const td = refTarget(stack, svc.values.task_definition, ["aws_ecs_task_definition"]);
      for (const c of (td && containerDefinitions(td)) ?? []) {
        if (str(prop(c, "name")) !== CONTAINER_NAME) continue;
        for (const e of blocks(prop(c, "environment"))) {
          const v = str(prop(e, "value"));
          if (str(prop(e, "name")) === SERVICE_ENV.color && v !== undefined && v !== color)
            ctx.report(svc, `its task definition ${td!.address} tells the container it is ${v}`);
        }
        for (const pm of blocks(prop(c, "portMappings"))) {
          const cp = num(prop(pm, "containerPort"));
          if (cp !== undefined && cp !== SERVICE_PORT)
            ctx.report(td!, `container "${CONTAINER_NAME}" maps port ${cp}, not ${SERVICE_PORT}`);
        }
      }
    }
    if (byColor.size > 0)
      for (const c of COLORS) {
        const n = byColor.get(c)?.length ?? 0;
        if (n !== 1)
          ctx.report("stack", `${n} ECS services carry ${TAG.color} = ${c}; blue/green needs exactly one`);
      }
  },
});

export const servingRules = [
  readinessHealthCheck,
  drainTimings,
  metricsNotPublic,
  testListenerOpsOnly,
  circuitBreakerRollsBack,
  capacityDuringDeploy,
  colorsAndContract,
];
