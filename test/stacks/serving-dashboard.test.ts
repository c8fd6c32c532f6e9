/**
 * The estate's CloudWatch dashboard, read from the synthesized Terraform JSON and checked
 * against the dashboard body structure AWS documents ("Dashboard Body Structure and Syntax",
 * CloudWatch API Reference) and against the metrics AWS publishes (namespace, metric name and
 * the dimension sets each metric carries), with every dimension value naming a resource of the
 * same stack.
 */
import test from "ava";
import { TAG } from "../../common/conventions.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import { type Block, only, ref, resources, type TerraformDocument } from "../helpers/terraform.ts";

type Options = Record<string, unknown>;
type Entry = (string | Options)[];
interface Widget {
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  properties: Options & { metrics?: Entry[]; region?: string; title?: string; markdown?: string };
}

/**
 * What AWS publishes, as its documentation lists it: per namespace and metric, the dimension
 * sets it is reported with (sorted names).
 */
const PUBLISHED: Record<string, Record<string, string[][]>> = {
  "AWS/ApplicationELB": {
    RequestCount: [["LoadBalancer"], ["LoadBalancer", "TargetGroup"]],
    HTTPCode_Target_5XX_Count: [["LoadBalancer"], ["LoadBalancer", "TargetGroup"]],
    HTTPCode_ELB_5XX_Count: [["LoadBalancer"]],
    TargetResponseTime: [["LoadBalancer"], ["LoadBalancer", "TargetGroup"]],
    HealthyHostCount: [["LoadBalancer", "TargetGroup"]],
    UnHealthyHostCount: [["LoadBalancer", "TargetGroup"]],
  },
  "AWS/ECS": {
    CPUUtilization: [["ClusterName"], ["ClusterName", "ServiceName"]],
    MemoryUtilization: [["ClusterName"], ["ClusterName", "ServiceName"]],
  },
  "AWS/WAFV2": {
    AllowedRequests: [["Region", "Rule", "WebACL"]],
    BlockedRequests: [["Region", "Rule", "WebACL"]],
  },
  "AWS/DDoSProtection": {
    DDoSDetected: [["ResourceArn"]],
  },
};
/** Rendering options a metric entry may carry (the body structure's metric widget object). */
const RENDERING = new Set([
  "color",
  "label",
  "id",
  "period",
  "stat",
  "visible",
  "yAxis",
  "region",
  "accountId",
]);
const STATS = /^(Sum|Average|Minimum|Maximum|SampleCount|p\d{1,2}(\.\d+)?)$/;
const ID = /^[a-z][a-zA-Z0-9_]*$/;

function body(doc: TerraformDocument): { widgets: Widget[] } {
  const dashboard = only(doc, "aws_cloudwatch_dashboard", "monitoring_dashboard");
  return JSON.parse(String(dashboard.dashboard_body)) as { widgets: Widget[] };
}

function split(entry: Entry): {
  namespace: string;
  name: string;
  dims: Record<string, string>;
  opts: Options;
} {
  const last = entry.at(-1);
  const opts = typeof last === "object" ? last : {};
  const strings = (typeof last === "object" ? entry.slice(0, -1) : entry) as string[];
  const [namespace, name, ...pairs] = strings;
  const dims: Record<string, string> = {};
  for (let i = 0; i < pairs.length; i += 2) dims[pairs[i]!] = pairs[i + 1]!;
  return { namespace: namespace!, name: name!, dims, opts };
}

const metricEntries = (w: Widget) => (w.properties.metrics ?? []).filter((e) => typeof e[0] === "string");
const expressions = (w: Widget) =>
  (w.properties.metrics ?? []).filter((e) => typeof e[0] === "object").map((e) => e[0] as Options);

function byColor(doc: TerraformDocument, type: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, block] of Object.entries(resources(doc, type))) {
    const color = (block.tags as Record<string, string> | undefined)?.[TAG.color];
    if (color) out[color] = name;
  }
  return out;
}

/** Checks one synthesized estate's dashboard; returns nothing, fails `t` on the first problem per check. */
function checkDashboard(t: import("ava").ExecutionContext, doc: TerraformDocument, env: EnvironmentConfig) {
  const { widgets } = body(doc);
  const problems: string[] = [];

  // Layout: on the 24-column grid, nothing overlapping.
  const cells = new Set<string>();
  for (const w of widgets) {
    const where = `${w.type} "${w.properties.title ?? "text"}"`;
    if (!["metric", "text"].includes(w.type)) problems.push(`${where}: type ${w.type}`);
    for (const k of ["x", "y", "width", "height"] as const) {
      if (!Number.isInteger(w[k]) || w[k] < 0) problems.push(`${where}: ${k} ${w[k]}`);
    }
    if (w.width < 1 || w.x + w.width > 24)
      problems.push(`${where}: x ${w.x} + width ${w.width} beyond 24 columns`);
    if (w.height < 1 || w.height > 1000) problems.push(`${where}: height ${w.height}`);
    for (let x = w.x; x < w.x + w.width; x++)
      for (let y = w.y; y < w.y + w.height; y++) {
        if (cells.has(`${x},${y}`)) problems.push(`${where}: overlaps another widget at ${x},${y}`);
        cells.add(`${x},${y}`);
      }
    if (w.type === "text") {
      if (typeof w.properties.markdown !== "string") problems.push(`${where}: no markdown`);
      continue;
    }
    // Metric widgets: the region is required, and is the estate's.
    if (w.properties.region !== env.region) problems.push(`${where}: region ${w.properties.region}`);
    if (!["timeSeries", "singleValue"].includes(String(w.properties.view))) problems.push(`${where}: view`);
    if (Number(w.properties.period) % 60 !== 0) problems.push(`${where}: period ${w.properties.period}`);
    const metrics = w.properties.metrics;
    if (!Array.isArray(metrics) || metrics.length === 0) {
      problems.push(`${where}: no metrics`);
      continue;
    }
    const ids = new Set<string>();
    for (const entry of metrics) {
      if (typeof entry[0] === "object") {
        const e = entry[0];
        if (entry.length !== 1 || typeof e.expression !== "string")
          problems.push(`${where}: bad expression entry`);
        if (typeof e.id !== "string" || !ID.test(e.id) || ids.has(e.id))
          problems.push(`${where}: expression id ${e.id}`);
        ids.add(String(e.id));
        continue;
      }
      const { namespace, name, dims, opts } = split(entry);
      const strings = entry.filter((v) => typeof v === "string");
      if (strings.length % 2 !== 0) problems.push(`${where}: ${name}: a dimension name without its value`);
      if (strings.includes("."))
        problems.push(`${where}: ${name}: "." shorthand (every entry is spelled out)`);
      const sets = PUBLISHED[namespace]?.[name];
      const have = Object.keys(dims).sort();
      if (!sets) problems.push(`${where}: ${namespace} ${name} is not a metric AWS publishes`);
      else if (!sets.some((s) => s.join() === have.join()))
        problems.push(`${where}: ${namespace} ${name} is not published with dimensions ${have.join(",")}`);
      for (const k of Object.keys(opts))
        if (!RENDERING.has(k)) problems.push(`${where}: ${name}: option ${k}`);
      if (opts.stat !== undefined && !STATS.test(String(opts.stat)))
        problems.push(`${where}: stat ${opts.stat}`);
      if (opts.id !== undefined) {
        if (!ID.test(String(opts.id)) || ids.has(String(opts.id))) problems.push(`${where}: id ${opts.id}`);
        ids.add(String(opts.id));
      }
    }
    // Metric math refers only to ids of the same widget (SEARCH carries its own query).
    for (const e of expressions(w)) {
      const text = String(e.expression);
      if (text.startsWith("SEARCH(")) continue;
      for (const word of text.match(/\b[a-z][a-zA-Z0-9_]*\b/g) ?? []) {
        if (!ids.has(word))
          problems.push(`${where}: expression ${e.id} uses ${word}, no such id in the widget`);
      }
    }
  }
  t.deepEqual(problems, [], "dashboard body structure");
  return widgets;
}

function checkDimensionsNameTheStack(
  t: import("ava").ExecutionContext,
  doc: TerraformDocument,
  widgets: Widget[],
) {
  const [albName] = Object.keys(resources(doc, "aws_lb"));
  const tgs = byColor(doc, "aws_lb_target_group");
  const services = byColor(doc, "aws_ecs_service");
  const [cluster] = Object.keys(resources(doc, "aws_ecs_cluster"));
  const [aclName] = Object.keys(resources(doc, "aws_wafv2_web_acl"));
  const acl = only(doc, "aws_wafv2_web_acl", aclName!);
  const rules = (acl.rule as Block[]).map(
    (r) => (r.visibility_config as { metric_name: string }).metric_name,
  );
  const aclMetric = (acl.visibility_config as { metric_name: string }).metric_name;
  const protections = Object.keys(resources(doc, "aws_shield_protection"));
  const allowed: Record<string, Set<string>> = {
    LoadBalancer: new Set([ref("aws_lb", albName!, "arn_suffix")]),
    TargetGroup: new Set(Object.values(tgs).map((n) => ref("aws_lb_target_group", n, "arn_suffix"))),
    ClusterName: new Set([ref("aws_ecs_cluster", cluster!, "name")]),
    ServiceName: new Set(Object.values(services).map((n) => ref("aws_ecs_service", n, "name"))),
    WebACL: new Set([aclMetric]),
    Rule: new Set([...rules, "ALL"]),
    Region: new Set([String(doc.provider.aws![0]!.region)]),
    ResourceArn: new Set(protections.map((p) => ref("aws_shield_protection", p, "resource_arn"))),
  };
  const problems: string[] = [];
  for (const w of widgets) {
    for (const entry of metricEntries(w)) {
      const { name, dims } = split(entry);
      for (const [k, v] of Object.entries(dims)) {
        if (!allowed[k]?.has(v))
          problems.push(`"${w.properties.title}": ${name} ${k}=${v} names nothing in the stack`);
      }
    }
    for (const e of expressions(w)) {
      const arn = /ResourceArn="([^"]+)"/.exec(String(e.expression))?.[1];
      if (arn !== undefined && !allowed.ResourceArn!.has(arn)) problems.push(`SEARCH names ${arn}`);
    }
  }
  t.deepEqual(problems, []);
  return { tgs, services, rules, protections, acl };
}

for (const [envName, env] of Object.entries({ staging, prod })) {
  const { doc } = synthEnvironment(env);

  test(`${envName}: the dashboard body has the documented structure, every widget in the estate's region`, (t) => {
    const widgets = checkDashboard(t, doc, env);
    t.is(
      only(doc, "aws_cloudwatch_dashboard", "monitoring_dashboard").dashboard_name,
      `securecloud-${envName}-serving`,
    );
    t.true(widgets.length > 10);
  });

  test(`${envName}: every dimension value names a resource of the stack`, (t) => {
    checkDimensionsNameTheStack(t, doc, body(doc).widgets);
  });

  test(`${envName}: blue and green side by side: requests, 5xx, p99, healthy hosts, each graph both colors`, (t) => {
    const { widgets } = body(doc);
    const tgs = byColor(doc, "aws_lb_target_group");
    t.deepEqual(Object.keys(tgs).sort(), ["blue", "green"]);
    const colorsOf = (w: Widget, metricName: string) =>
      Object.entries(tgs)
        .filter(([, tg]) =>
          metricEntries(w).some((e) => {
            const m = split(e);
            return (
              m.name === metricName && m.dims.TargetGroup === ref("aws_lb_target_group", tg, "arn_suffix")
            );
          }),
        )
        .map(([c]) => c)
        .sort();
    for (const [title, metricName] of [
      ["Requests per color", "RequestCount"],
      ["5xx rate per color", "HTTPCode_Target_5XX_Count"],
      ["Target response time p99 per color", "TargetResponseTime"],
      ["Healthy and unhealthy targets per color", "HealthyHostCount"],
    ] as const) {
      const graph = widgets.find((w) => w.properties.title === title);
      const now = widgets.find((w) => w.properties.title === `${title}: now`);
      t.truthy(graph, title);
      t.deepEqual(colorsOf(graph!, metricName), ["blue", "green"], title);
      t.is(now?.properties.view, "singleValue", `${title}: latest values beside the graph`);
      t.is(now?.y, graph?.y, `${title}: on the same row`);
    }
    const p99 = widgets.find((w) => w.properties.title === "Target response time p99 per color")!;
    t.true(metricEntries(p99).every((e) => split(e).opts.stat === "p99"));
    // The 5xx rate per color divides that color's 5xx by that color's requests.
    const rate = widgets.find((w) => w.properties.title === "5xx rate per color")!;
    for (const color of ["blue", "green"]) {
      const e = expressions(rate).find((x) => x.id === `${color}_target_5xx_rate`)!;
      t.regex(String(e.expression), new RegExp(`${color}_target_5xx.*/ ${color}_requests`));
      const requests = metricEntries(rate).find((x) => split(x).opts.id === `${color}_requests`)!;
      t.is(split(requests).dims.TargetGroup, ref("aws_lb_target_group", tgs[color]!, "arn_suffix"));
    }
    const lines = (rate.properties.annotations as { horizontal: { value: number }[] }).horizontal;
    t.deepEqual(
      lines.map((l) => l.value),
      [env.alarms.error5xxRatePercent],
    );
  });

  test(`${envName}: WAF blocked requests for every blocking rule and allowed for every allowing rule, plus the ACL's total`, (t) => {
    const { widgets } = body(doc);
    const acl = Object.values(resources(doc, "aws_wafv2_web_acl"))[0]!;
    const rules = acl.rule as Block[];
    const ruleOf = (w: Widget, metricName: string) =>
      metricEntries(w)
        .map(split)
        .filter((m) => m.namespace === "AWS/WAFV2" && m.name === metricName)
        .map((m) => m.dims.Rule!)
        .sort();
    const allowing = rules
      .filter((r) => (r.action as Options | undefined)?.allow)
      .map((r) => (r.visibility_config as { metric_name: string }).metric_name);
    const blocking = rules
      .map((r) => (r.visibility_config as { metric_name: string }).metric_name)
      .filter((m) => !allowing.includes(m));
    const blocked = widgets.find((w) => w.properties.title === "WAF blocked requests by rule")!;
    const allowed = widgets.find((w) => w.properties.title === "WAF allowed requests by rule")!;
    t.deepEqual(ruleOf(blocked, "BlockedRequests"), [...blocking, "ALL"].sort());
    t.deepEqual(ruleOf(allowed, "AllowedRequests"), [...allowing, "ALL"].sort());
    t.true(blocking.includes("rate-limit-per-ip"));
  });

  test(`${envName}: Shield's DDoS metrics for every protected load balancer, only where Shield Advanced is on`, (t) => {
    const { widgets } = body(doc);
    const protections = Object.keys(resources(doc, "aws_shield_protection"));
    const shieldWidgets = widgets.filter((w) => String(w.properties.title ?? "").startsWith("Shield"));
    if (!env.features.shieldAdvanced) {
      t.is(protections.length, 0);
      t.deepEqual(shieldWidgets, []);
      t.regex(String(widgets[0]!.properties.markdown), /Shield Standard/);
      return;
    }
    t.true(protections.length > 0);
    const detected = shieldWidgets.find((w) => w.properties.title === "Shield: DDoS detected")!;
    t.deepEqual(
      metricEntries(detected).map((e) => split(e).dims.ResourceArn),
      protections.map((p) => ref("aws_shield_protection", p, "resource_arn")),
    );
    for (const metricName of [
      "DDoSAttackBitsPerSecond",
      "DDoSAttackPacketsPerSecond",
      "DDoSAttackRequestsPerSecond",
    ]) {
      const w = shieldWidgets.find((x) =>
        expressions(x).some((e) => String(e.expression).includes(metricName)),
      );
      t.truthy(w, metricName);
      t.deepEqual(
        expressions(w!).map((e) => /ResourceArn="([^"]+)"/.exec(String(e.expression))?.[1]),
        protections.map((p) => ref("aws_shield_protection", p, "resource_arn")),
      );
      for (const e of expressions(w!)) {
        t.regex(
          String(e.expression),
          /^SEARCH\('\{AWS\/DDoSProtection,AttackVector,ResourceArn\} MetricName="/,
        );
      }
    }
  });

  test(`${envName}: the dashboard keeps the address the serving alarms gave it: updated in place, no moved block`, (t) => {
    t.deepEqual(Object.keys(resources(doc, "aws_cloudwatch_dashboard")), ["monitoring_dashboard"]);
    t.false("moved" in doc, "checkov's Terraform JSON parser cannot read a moved block");
  });
}

test("another region: every widget follows the estate's region, WAF's Region dimension too", (t) => {
  const env = withChanges(prod, { region: "eu-west-1" });
  const { doc } = synthEnvironment(env);
  const widgets = checkDashboard(t, doc, env);
  checkDimensionsNameTheStack(t, doc, widgets);
  const regions = widgets.filter((w) => w.type === "metric").map((w) => w.properties.region);
  t.true(regions.length > 0 && regions.every((r) => r === "eu-west-1"));
});
