/**
 * Network reachability of the service's tasks, followed through the references: the subnets
 * an ECS service runs in, the route tables associated with them (or the VPC's main table),
 * the routes in those tables, and the security groups the tasks carry.
 */
import type { StackModel, TfResource } from "../engine/types.ts";
import { allBlocks, blocks, bool, str, strings } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { refTarget } from "./queries/refs.ts";
import {
  EGRESS_TYPES,
  egressPermissions,
  ingressPermissions,
  isWorld,
  portRange,
} from "./queries/security-groups.ts";

function taskServices(stack: StackModel): TfResource[] {
  return stack.ofType("aws_ecs_service", "aws_ecs_task_set");
}

function taskSubnets(stack: StackModel): Map<TfResource, TfResource[]> {
  const out = new Map<TfResource, TfResource[]>();
  for (const svc of taskServices(stack)) {
    for (const nc of blocks(svc.values.network_configuration)) {
      for (const s of strings(nc.subnets)) {
        const subnet = refTarget(stack, s, ["aws_subnet"]);
        if (subnet) out.set(subnet, [...(out.get(subnet) ?? []), svc]);
      }
    }
  }
  return out;
}

/** The route tables that route a subnet: its associations, else the VPC's main table. */
function routeTablesOf(stack: StackModel, subnet: TfResource): TfResource[] {
  const explicit = stack
    .ofType("aws_route_table_association")
    .filter((a) => stack.refOf(a.values.subnet_id)?.target === subnet)
    .map((a) => refTarget(stack, a.values.route_table_id, ["aws_route_table", "aws_default_route_table"]))
    .filter((t): t is TfResource => t !== undefined);
  if (explicit.length > 0) return explicit;
  const vpc = stack.refOf(subnet.values.vpc_id)?.target;
  const main = stack
    .ofType("aws_main_route_table_association")
    .filter((m) => vpc && stack.refOf(m.values.vpc_id)?.target === vpc)
    .map((m) => refTarget(stack, m.values.route_table_id, ["aws_route_table"]))
    .filter((t): t is TfResource => t !== undefined);
  const defaults = stack
    .ofType("aws_default_route_table")
    .filter((d) => vpc && stack.refsIn(d.values.default_route_table_id).some((r) => r.target === vpc));
  return [...main, ...defaults];
}

interface Route {
  at: TfResource;
  destination: string;
  gateway: unknown;
}

function routesOf(stack: StackModel, table: TfResource): Route[] {
  const out: Route[] = [];
  for (const r of allBlocks(table.values, "route")) {
    out.push({
      at: table,
      destination: str(r.cidr_block) ?? str(r.ipv6_cidr_block) ?? str(r.destination_prefix_list_id) ?? "?",
      gateway: r.gateway_id,
    });
  }
  for (const r of stack.ofType("aws_route")) {
    if (stack.refOf(r.values.route_table_id)?.target !== table) continue;
    out.push({
      at: r,
      destination:
        str(r.values.destination_cidr_block) ??
        str(r.values.destination_ipv6_cidr_block) ??
        str(r.values.destination_prefix_list_id) ??
        "?",
      gateway: r.values.gateway_id,
    });
  }
  return out;
}

function isInternetGateway(stack: StackModel, gateway: unknown): boolean {
  const ref = stack.refOf(gateway);
  if (ref) return ref.target.type === "aws_internet_gateway";
  return typeof gateway === "string" && gateway.startsWith("igw-");
}

export const taskSubnetsPrivate = defineRule({
  id: "SC-NET-005",
  title: "The subnets the service's tasks run in are not reachable from the internet",
  severity: "high",
  category: "network",
  rationale:
    "A task subnet whose route table sends traffic to an internet gateway, or that maps public IPs on launch, puts tasks one security group away from the internet, around the load balancer, its WAF and its Shield protection.",
  remediation:
    "Run tasks in private subnets: associate them with route tables whose default route goes to a NAT gateway (never an internet gateway), and set map_public_ip_on_launch = false.",
  controls: { fsbp: ["EC2.15"], cis: [] },
  awsConfigRules: ["subnet-auto-assign-public-ip-disabled"],
  checkov: ["CKV_AWS_130"],
  resourceTypes: [
    "aws_ecs_service",
    "aws_subnet",
    "aws_route_table",
    "aws_route_table_association",
    "aws_route",
  ],
  check(ctx) {
    const { stack } = ctx;
    const taskGroups = new Set<TfResource>();
    for (const svc of taskServices(stack))
      for (const nc of blocks(svc.values.network_configuration))
        for (const g of strings(nc.security_groups)) {
          const sg = refTarget(stack, g, ["aws_security_group"]);
          if (sg) taskGroups.add(sg);
        }
    for (const p of ingressPermissions(stack)) {
      if (!p.group || !taskGroups.has(p.group)) continue;
      const world = [...p.ipv4, ...p.ipv6].filter(isWorld);
      if (world.length > 0)
        ctx.report(
          p.source,
          `task security group ${p.group.address} admits ${world.join(", ")}: tasks are reached around the load balancer`,
        );
    }
    for (const [subnet, services] of taskSubnets(stack)) {
      const who = services.map((s) => s.address).join(", ");
      if (
        bool(subnet.values.map_public_ip_on_launch) === true ||
        bool(subnet.values.assign_ipv6_address_on_creation) === true
      )
        ctx.report(subnet, `task subnet (of ${who}) assigns public addresses on launch`);
      for (const table of routeTablesOf(stack, subnet)) {
        for (const route of routesOf(stack, table)) {
          if (isInternetGateway(stack, route.gateway))
            ctx.report(
              route.at,
              `task subnet ${subnet.address} (of ${who}) routes ${route.destination} to an internet gateway through ${table.address}`,
            );
        }
      }
    }
  },
});

export const taskEgressBounded = defineRule({
  id: "SC-NET-006",
  title: "Task security groups do not allow all traffic out to the internet",
  severity: "medium",
  category: "network",
  rationale:
    "All protocols (or every port) to 0.0.0.0/0 lets a compromised task exfiltrate data or reach a command-and-control server over anything; the service only needs HTTPS to AWS endpoints.",
  remediation:
    "Allow egress only on the ports the task uses (443) to the VPC endpoints' range or the S3 prefix list; remove protocol -1 rules to 0.0.0.0/0 and ::/0.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: ["CKV_AWS_382"],
  resourceTypes: [...EGRESS_TYPES, "aws_ecs_service"],
  check(ctx) {
    const { stack } = ctx;
    const groups = new Set<TfResource>();
    for (const svc of taskServices(stack))
      for (const nc of blocks(svc.values.network_configuration))
        for (const g of strings(nc.security_groups)) {
          const sg = refTarget(stack, g, ["aws_security_group"]);
          if (sg) groups.add(sg);
        }
    for (const p of egressPermissions(stack)) {
      if (!p.group || !groups.has(p.group)) continue;
      const world = [...p.ipv4, ...p.ipv6].filter(isWorld);
      const range = portRange(p);
      if (world.length === 0 || !range) continue;
      if (p.protocol === "all" || (range[0] === 0 && range[1] === 65535))
        ctx.report(
          p.source,
          `task security group ${p.group.address} allows ${p.protocol === "all" ? "all protocols" : "every port"} out to ${world.join(", ")}`,
        );
    }
  },
});

export const reachabilityRules = [taskSubnetsPrivate, taskEgressBounded];
