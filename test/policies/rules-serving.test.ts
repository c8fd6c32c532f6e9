// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
/**
 * The serving path against the service contract, and the tasks' network reachability: a small
 * blue/green estate written by hand, and one change per failing case.
 */
import { type Doc, doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

interface Options {
  healthPath?: string;
  matcher?: string;
  delay?: string;
  stopTimeout?: number;
  drainEnv?: string;
  metricsValues?: string[];
  metricsExtra?: Record<string, unknown>[];
  metricsAction?: Record<string, unknown>;
  testCidr?: string;
  breaker?: Record<string, unknown>;
  minHealthy?: number;
  blueGroup?: string;
  taskRoute?: Record<string, unknown>;
  egress?: Record<string, unknown>;
  mapPublic?: boolean;
}

function estate(o: Options = {}): Doc {
  const tg = (color: string) => ({
    name: color,
    port: 8080,
    protocol: "HTTP",
    deregistration_delay: o.delay ?? "30",
    health_check: {
      enabled: true,
      path: o.healthPath ?? "/readyz",
      matcher: o.matcher ?? "200",
      protocol: "HTTP",
    },
    tags: { "securecloud:color": color },
  });
  const containers = (color: string) =>
    JSON.stringify([
      {
        name: "app",
        image: "x",
        user: "1000",
        readonlyRootFilesystem: true,
        stopTimeout: o.stopTimeout ?? 40,
        portMappings: [{ containerPort: 8080 }],
        environment: [
          { name: "SERVICE_COLOR", value: color },
          { name: "DRAIN_SECONDS", value: o.drainEnv ?? "30" },
        ],
      },
    ]);
  const service = (color: string) => ({
    name: color,
    deployment_circuit_breaker: o.breaker ?? { enable: true, rollback: true },
    deployment_minimum_healthy_percent: o.minHealthy ?? 100,
    deployment_maximum_percent: 200,
    load_balancer: [
      {
        container_name: "app",
        container_port: 8080,
        target_group_arn: `\${aws_lb_target_group.${color === "blue" ? (o.blueGroup ?? "blue") : color}.arn}`,
      },
    ],
    network_configuration: {
      assign_public_ip: false,
      subnets: ["${aws_subnet.private.id}"],
      security_groups: ["${aws_security_group.tasks.id}"],
    },
    task_definition: `\${aws_ecs_task_definition.${color}.arn}`,
    tags: { "securecloud:color": color },
  });
  const d = doc({
    aws_vpc: { v: { cidr_block: "10.0.0.0/16" } },
    aws_subnet: {
      private: {
        vpc_id: "${aws_vpc.v.id}",
        cidr_block: "10.0.0.0/24",
        map_public_ip_on_launch: o.mapPublic ?? false,
      },
    },
    aws_internet_gateway: { igw: { vpc_id: "${aws_vpc.v.id}" } },
    aws_nat_gateway: { nat: { subnet_id: "x" } },
    aws_route_table: { private: { vpc_id: "${aws_vpc.v.id}" } },
    aws_route_table_association: {
      private: { subnet_id: "${aws_subnet.private.id}", route_table_id: "${aws_route_table.private.id}" },
    },
    aws_route: {
      default: {
        route_table_id: "${aws_route_table.private.id}",
        destination_cidr_block: "0.0.0.0/0",
        ...(o.taskRoute ?? { nat_gateway_id: "${aws_nat_gateway.nat.id}" }),
      },
    },
    aws_security_group: { alb: { vpc_id: "${aws_vpc.v.id}" }, tasks: { vpc_id: "${aws_vpc.v.id}" } },
    aws_vpc_security_group_ingress_rule: {
      https: {
        security_group_id: "${aws_security_group.alb.id}",
        cidr_ipv4: "0.0.0.0/0",
        ip_protocol: "tcp",
        from_port: 443,
        to_port: 443,
      },
      test: {
        security_group_id: "${aws_security_group.alb.id}",
        cidr_ipv4: o.testCidr ?? "203.0.113.0/24",
        ip_protocol: "tcp",
        from_port: 8443,
        to_port: 8443,
      },
    },
    aws_vpc_security_group_egress_rule: {
      tasks: o.egress ?? {
        security_group_id: "${aws_security_group.tasks.id}",
        cidr_ipv4: "10.0.0.0/16",
        ip_protocol: "tcp",
        from_port: 443,
        to_port: 443,
      },
    },
    aws_lb: {
      alb: {
        internal: false,
        load_balancer_type: "application",
        security_groups: ["${aws_security_group.alb.id}"],
      },
    },
    aws_lb_target_group: { blue: tg("blue"), green: tg("green") },
    aws_lb_listener: {
      production: {
        load_balancer_arn: "${aws_lb.alb.arn}",
        port: 443,
        protocol: "HTTPS",
        default_action: [
          {
            type: "forward",
            forward: {
              target_group: [
                { arn: "${aws_lb_target_group.blue.arn}", weight: 100 },
                { arn: "${aws_lb_target_group.green.arn}", weight: 0 },
              ],
            },
          },
        ],
        tags: { "securecloud:role": "production" },
      },
      test: {
        load_balancer_arn: "${aws_lb.alb.arn}",
        port: 8443,
        protocol: "HTTPS",
        default_action: [{ type: "forward", target_group_arn: "${aws_lb_target_group.green.arn}" }],
        tags: { "securecloud:role": "test" },
      },
    },
    aws_lb_listener_rule: {
      metrics: {
        listener_arn: "${aws_lb_listener.production.arn}",
        priority: 1,
        condition: [
          { path_pattern: { values: o.metricsValues ?? ["/metrics", "/metrics/*"] } },
          ...(o.metricsExtra ?? []),
        ],
        action: [
          o.metricsAction ?? {
            type: "fixed-response",
            fixed_response: { content_type: "text/plain", status_code: "404" },
          },
        ],
      },
    },
    aws_ecs_task_definition: {
      blue: { family: "blue", container_definitions: containers("blue") },
      green: { family: "green", container_definitions: containers("green") },
    },
    aws_ecs_service: { blue: service("blue"), green: service("green") },
  });
  d["//"] = { ...d["//"], securecloud: { features: { drainSeconds: 30, opsCidrs: ["203.0.113.0/24"] } } };
  return d;
}

rule("SC-SRV-001", [
  pass("the readiness path, 200 only", () => estate()),
  fail(
    "the liveness path",
    () => estate({ healthPath: "/healthz" }),
    "aws_lb_target_group.blue",
    /not the readiness path/,
  ),
  fail(
    "a matcher that accepts 503",
    () => estate({ matcher: "200-599" }),
    "aws_lb_target_group.green",
    /accepts 503/,
  ),
  fail(
    "a matcher that rejects 200",
    () => estate({ matcher: "204" }),
    "aws_lb_target_group.blue",
    /rejects 200/,
  ),
]);

rule("SC-SRV-002", [
  pass("30 s delay, 40 s stop timeout", () => estate()),
  fail(
    "a 5 s deregistration delay",
    () => estate({ delay: "5" }),
    "aws_lb_target_group.blue",
    /shorter than the 30 s drain/,
  ),
  fail(
    "a 10 s stop timeout",
    () => estate({ stopTimeout: 10 }),
    "aws_ecs_task_definition.green",
    /stopTimeout 10/,
  ),
  fail(
    "the service told to drain longer than the groups wait",
    () => estate({ drainEnv: "90", stopTimeout: 100 }),
    "aws_lb_target_group.green",
    /90 s drain window/,
  ),
]);

rule("SC-SRV-003", [
  pass("a 404 rule for /metrics ahead of the forward", () => estate()),
  fail(
    "only /metrics/* answered",
    () => estate({ metricsValues: ["/metrics/*"] }),
    "aws_lb_listener.production",
    /reaches the targets/,
  ),
  fail(
    "answered for one host only",
    () => estate({ metricsExtra: [{ host_header: { values: ["app.example.com"] } }] }),
    "aws_lb_listener.production",
    /reaches the targets/,
  ),
  fail(
    "forwarded",
    () => estate({ metricsAction: { type: "forward", target_group_arn: "${aws_lb_target_group.blue.arn}" } }),
    "aws_lb_listener_rule.metrics",
    /forwards \/metrics/,
  ),
  fail(
    "the test listener opened to the internet",
    () => estate({ testCidr: "0.0.0.0/0" }),
    "aws_lb_listener.test",
    /reaches the targets/,
  ),
]);

rule("SC-SRV-004", [
  pass("operators only", () => estate()),
  fail(
    "the internet",
    () => estate({ testCidr: "0.0.0.0/0" }),
    "aws_vpc_security_group_ingress_rule.test",
    /0\.0\.0\.0\/0/,
  ),
  fail(
    "a network that is not the operators'",
    () => estate({ testCidr: "198.51.100.0/24" }),
    "aws_vpc_security_group_ingress_rule.test",
    /198\.51\.100\.0\/24/,
  ),
]);

rule("SC-SRV-005", [
  pass("rolls back", () => estate()),
  fail(
    "no rollback",
    () => estate({ breaker: { enable: true, rollback: false } }),
    "aws_ecs_service.blue",
    /does not roll back/,
  ),
  fail(
    "no circuit breaker",
    () => estate({ breaker: { enable: false, rollback: false } }),
    "aws_ecs_service.green",
    /is off/,
  ),
]);

rule("SC-SRV-006", [
  pass("100 %", () => estate()),
  fail("50 %", () => estate({ minHealthy: 50 }), "aws_ecs_service.blue", /50/),
]);

rule("SC-SRV-007", [
  pass("each color in its own group", () => estate()),
  fail(
    "blue registers with green's group",
    () => estate({ blueGroup: "green" }),
    "aws_ecs_service.blue",
    /green target group/,
  ),
]);

rule("SC-NET-005", [
  pass("a private subnet behind NAT", () => estate()),
  fail(
    "a route to the internet gateway",
    () => estate({ taskRoute: { gateway_id: "${aws_internet_gateway.igw.id}" } }),
    "aws_route.default",
    /internet gateway/,
  ),
  fail("public IPs on launch", () => estate({ mapPublic: true }), "aws_subnet.private", /public addresses/),
  fail(
    "a route to the internet gateway through a local",
    () => {
      const d = estate({ taskRoute: { gateway_id: "${local.gw}" } });
      d.locals = { gw: "${aws_internet_gateway.igw.id}" };
      return d;
    },
    "aws_route.default",
    /internet gateway/,
  ),
]);

rule("SC-NET-006", [
  pass("HTTPS inside the VPC", () => estate()),
  fail(
    "all protocols to the internet",
    () =>
      estate({
        egress: {
          security_group_id: "${aws_security_group.tasks.id}",
          cidr_ipv4: "0.0.0.0/0",
          ip_protocol: "-1",
        },
      }),
    "aws_vpc_security_group_egress_rule.tasks",
    /all protocols/,
  ),
]);
