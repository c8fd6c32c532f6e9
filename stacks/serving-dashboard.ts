import { CloudwatchDashboard } from "@cdktf/provider-aws/lib/cloudwatch-dashboard/index.js";
import { Construct } from "constructs";
import { COLORS, type Color } from "../common/conventions.ts";
import type { BlueGreenService } from "./blue-green-service.ts";
import type { AlarmThresholds } from "./config/types.ts";
import {
  type Cell,
  expression,
  GRID_COLUMNS,
  layout,
  type MetricEntry,
  type MetricWidgetProperties,
  metric,
  metricCell,
  type Row,
  textCell,
} from "./dashboard-widgets.ts";
import { EstateContext } from "./estate-context.ts";
import type { LoadBalancer } from "./load-balancer.ts";
import type { ShieldAdvanced } from "./shield.ts";
import type { WebAcl } from "./web-acl.ts";

export interface ServingDashboardProps {
  /** Its ALB and per-color target groups: requests, 5xx, p99 latency and target health. */
  readonly loadBalancer: LoadBalancer;
  /** Its per-color ECS services: CPU and memory. */
  readonly service: BlueGreenService;
  /** Allowed and blocked requests for each of its rules. */
  readonly webAcl: WebAcl;
  /**
   * Shield Advanced's protections: detection and attack volume per protected resource.
   * @default none: no Shield widgets (Shield Standard publishes no metrics)
   */
  readonly shield?: ShieldAdvanced;
  /**
   * Alarm thresholds drawn as lines on the 5xx rate and p99 graphs.
   * @default none: no threshold lines
   */
  readonly thresholds?: Pick<AlarmThresholds, "error5xxRatePercent" | "p99LatencySeconds">;
}

/** Line colors: CloudWatch's own blue and green; lighter shades for a color's second line. */
export const LINE_COLORS = {
  blue: "#1f77b4",
  green: "#2ca02c",
  blueLight: "#aec7e8",
  greenLight: "#98df8a",
  notPerColor: "#7f7f7f",
} as const;

const ELB = "AWS/ApplicationELB";
const SHIELD = "AWS/DDoSProtection";
/** The `Rule` dimension value AWS/WAFV2 uses for the whole web ACL. */
const WAF_ALL_RULES = "ALL";
/** Height of a row of graphs, and of the WAF rows whose legends list every rule. */
const ROW_HEIGHT = 6;
const WAF_ROW_HEIGHT = 8;
/** A measure's graph (both colors on one axis) and, beside it, its latest value per color. */
const GRAPH_WIDTH = 18;
const NUMBERS_WIDTH = GRID_COLUMNS - GRAPH_WIDTH;

/**
 * The estate's dashboard (`<project>-<env>-serving`), built for a canary: one row per measure
 * (requests, 5xx rate, p99 latency, healthy and unhealthy targets, CPU and memory), each with
 * blue and green on the same axes and their latest values side by side; then the WAF's
 * allowed and blocked requests for every rule of the web ACL, and, where Shield Advanced is
 * on, its DDoS detection and attack volume for each protected load balancer.
 *
 * Both colors share one graph rather than a graph each, so the axes are the same: two graphs
 * scale their axes separately and make a canary's 4% look like the stable color's 0.2%. The
 * 5xx row is a rate per color for the same reason: at 10% weight the canary's counts are a
 * ninth of the stable color's whatever its health. ELB-generated 5xx carry no target group,
 * so they are one line for the load balancer, not per color.
 */
export class ServingDashboard extends Construct {
  readonly dashboard: CloudwatchDashboard;

  constructor(scope: Construct, id: string, props: ServingDashboardProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    const region = estate.region;
    const { loadBalancer, service, thresholds } = props;
    const alb = loadBalancer.alb.arnSuffix;
    const targets = (color: Color) => ({
      LoadBalancer: alb,
      TargetGroup: loadBalancer.targetGroups[color].arnSuffix,
    });
    const graph = (p: Omit<MetricWidgetProperties, "region">) => ({ ...p, region });

    /** One measure: its graph with both colors, and the latest value of each color beside it. */
    const measure = (
      title: string,
      metrics: readonly MetricEntry[],
      extra: Partial<MetricWidgetProperties> = {},
    ): Row => ({
      height: ROW_HEIGHT,
      cells: [
        metricCell(GRAPH_WIDTH, graph({ title, metrics, ...extra })),
        metricCell(NUMBERS_WIDTH, graph({ title: `${title}: now`, metrics, view: "singleValue" })),
      ],
    });
    const threshold = (label: string, value: number | undefined) =>
      value === undefined ? {} : { annotations: { horizontal: [{ label, value }] } };

    const requests = COLORS.map((color) =>
      metric(ELB, "RequestCount", targets(color), { stat: "Sum", label: color, color: LINE_COLORS[color] }),
    );

    // Per color: target 5xx over that target group's requests. The ELB's own 5xx (no
    // target group dimension): over the load balancer's requests.
    const errorRates = [
      ...COLORS.flatMap((color) => [
        metric(ELB, "RequestCount", targets(color), { stat: "Sum", id: `${color}_requests`, visible: false }),
        metric(ELB, "HTTPCode_Target_5XX_Count", targets(color), {
          stat: "Sum",
          id: `${color}_target_5xx`,
          visible: false,
        }),
        expression({
          expression: `IF(${color}_requests > 0, 100 * FILL(${color}_target_5xx, 0) / ${color}_requests, 0)`,
          label: `${color}: target 5xx %`,
          id: `${color}_target_5xx_rate`,
          color: LINE_COLORS[color],
        }),
      ]),
      metric(ELB, "RequestCount", { LoadBalancer: alb }, { stat: "Sum", id: "alb_requests", visible: false }),
      metric(
        ELB,
        "HTTPCode_ELB_5XX_Count",
        { LoadBalancer: alb },
        { stat: "Sum", id: "alb_elb_5xx", visible: false },
      ),
      expression({
        expression: "IF(alb_requests > 0, 100 * FILL(alb_elb_5xx, 0) / alb_requests, 0)",
        label: "ELB-generated 5xx % (both colors)",
        id: "alb_elb_5xx_rate",
        color: LINE_COLORS.notPerColor,
      }),
    ];

    const latency = COLORS.map((color) =>
      metric(ELB, "TargetResponseTime", targets(color), {
        stat: "p99",
        label: `${color} p99`,
        color: LINE_COLORS[color],
      }),
    );

    const hosts = COLORS.flatMap((color) => [
      metric(ELB, "HealthyHostCount", targets(color), {
        stat: "Minimum",
        label: `${color} healthy`,
        color: LINE_COLORS[color],
      }),
      metric(ELB, "UnHealthyHostCount", targets(color), {
        stat: "Maximum",
        label: `${color} unhealthy`,
        color: LINE_COLORS[`${color}Light`],
      }),
    ]);

    const tasks = COLORS.flatMap((color) =>
      (["CPUUtilization", "MemoryUtilization"] as const).map((metricName) =>
        metric(
          "AWS/ECS",
          metricName,
          { ClusterName: service.cluster.name, ServiceName: service.services[color].name },
          {
            stat: "Average",
            label: `${color} ${metricName === "CPUUtilization" ? "CPU" : "memory"}`,
            color: metricName === "CPUUtilization" ? LINE_COLORS[color] : LINE_COLORS[`${color}Light`],
          },
        ),
      ),
    );

    const rows: Row[] = [
      {
        height: 2,
        cells: [textCell(GRID_COLUMNS, this.header(estate.name("serving"), props.shield !== undefined))],
      },
      measure("Requests per color", requests, {
        yAxis: { left: { min: 0, label: "requests / min", showUnits: false } },
      }),
      measure("5xx rate per color", errorRates, {
        yAxis: { left: { min: 0, label: "%", showUnits: false } },
        ...threshold("rollback alarm (whole ALB)", thresholds?.error5xxRatePercent),
      }),
      measure("Target response time p99 per color", latency, {
        yAxis: { left: { min: 0, label: "seconds", showUnits: false } },
        ...threshold("rollback alarm", thresholds?.p99LatencySeconds),
      }),
      measure("Healthy and unhealthy targets per color", hosts, { yAxis: { left: { min: 0 } } }),
      measure("ECS CPU and memory per color", tasks, { yAxis: { left: { min: 0, max: 100, label: "%" } } }),
      this.wafRow(props.webAcl, region),
    ];
    if (props.shield) rows.push(this.shieldRow(props.shield, region));

    this.dashboard = new CloudwatchDashboard(this, "serving", {
      dashboardName: estate.name("serving"),
      dashboardBody: JSON.stringify({ widgets: layout(rows) }),
    });
  }

  /**
   * Blocked requests for every rule that can block and allowed requests for the rules that
   * allow (blocking and managed rules never allow), each with the ACL's total. AWS/WAFV2
   * publishes a regional web ACL's per-rule metrics with the dimensions WebACL (its metric
   * name), Region and Rule (the rule's metric name, or `ALL` for the whole ACL).
   */
  private wafRow(waf: WebAcl, region: string): Row {
    const byRule = (
      metricName: "AllowedRequests" | "BlockedRequests",
      rules: readonly string[],
      totalLabel: string,
    ) =>
      [...rules, WAF_ALL_RULES].map((rule) =>
        metric(
          "AWS/WAFV2",
          metricName,
          { WebACL: waf.metricName, Region: region, Rule: rule },
          { stat: "Sum", label: rule === WAF_ALL_RULES ? totalLabel : rule },
        ),
      );
    const blocking = waf.ruleMetricNames.filter((r) => !waf.allowRuleMetricNames.includes(r));
    const cell = (title: string, metrics: readonly MetricEntry[]): Cell =>
      metricCell(GRID_COLUMNS / 2, { title, region, metrics, yAxis: { left: { min: 0 } } });
    return {
      height: WAF_ROW_HEIGHT,
      cells: [
        cell("WAF blocked requests by rule", byRule("BlockedRequests", blocking, "all blocked")),
        cell(
          "WAF allowed requests by rule",
          byRule("AllowedRequests", waf.allowRuleMetricNames, "all allowed (rules and default action)"),
        ),
      ],
    };
  }

  /**
   * Shield Advanced, per protected load balancer (metrics in the resource's region):
   * `DDoSDetected` by ResourceArn, as its alarm reads it; the attack volumes are published
   * per attack vector (ResourceArn and AttackVector), so each is a SEARCH over the vectors
   * Shield reports for that resource.
   */
  private shieldRow(shield: ShieldAdvanced, region: string): Row {
    const detected = shield.protections.map((p) =>
      metric(
        SHIELD,
        "DDoSDetected",
        { ResourceArn: p.resourceArn },
        { stat: "Maximum", label: `${p.nameInput ?? "protected resource"} DDoS detected` },
      ),
    );
    const volume = (metricName: string) =>
      shield.protections.map((p, i) =>
        expression({
          expression: `SEARCH('{${SHIELD},AttackVector,ResourceArn} MetricName="${metricName}" ResourceArn="${p.resourceArn}"', 'Maximum', 60)`,
          id: `${metricName.toLowerCase()}_${i}`,
        }),
      );
    const cells = [
      ["Shield: DDoS detected", detected],
      ["Shield: attack bits/s by vector", volume("DDoSAttackBitsPerSecond")],
      ["Shield: attack packets/s by vector", volume("DDoSAttackPacketsPerSecond")],
      ["Shield: attack requests/s by vector", volume("DDoSAttackRequestsPerSecond")],
    ] as const;
    return {
      height: ROW_HEIGHT,
      cells: cells.map(([title, metrics]) =>
        metricCell(GRID_COLUMNS / cells.length, { title, region, metrics, yAxis: { left: { min: 0 } } }),
      ),
    };
  }

  private header(dashboardName: string, shieldAdvanced: boolean): string {
    return [
      `## ${dashboardName}: blue and green side by side`,
      `Each row is one measure with both colors on the same axes (blue ${LINE_COLORS.blue}, green ${LINE_COLORS.green}) and, on the right, each color's latest value. ELB-generated 5xx have no color. Below: WAF requests per rule, then ${shieldAdvanced ? "Shield Advanced's DDoS metrics" : "no Shield widgets: this environment runs Shield Standard, which publishes no metrics"}.`,
    ].join("\n\n");
  }
}
