import type { StackModel } from "../engine/types.ts";
import { allBlocks, str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { refTarget } from "./queries/refs.ts";
import {
  covers,
  describeGroup,
  INGRESS_TYPES,
  type IngressPermission,
  ingressPermissions,
  isWorld,
  portRange,
} from "./queries/security-groups.ts";

/** Remote server administration ports (CIS: SSH and RDP). */
export const ADMIN_PORTS = [22, 3389];

/** Security Hub EC2.19 high-risk ports, less the admin ports SC-NET-001 already covers. */
export const HIGH_RISK_PORTS = [
  20, 21, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888,
  9200, 9300,
];

function worldSources(p: IngressPermission): string[] {
  return [...p.ipv4.filter(isWorld), ...p.ipv6.filter(isWorld)];
}

/** Ingress open to the internet with a known port range: what SC-NET-001 and 002 look at. */
function* worldOpenIngress(
  stack: StackModel,
): Generator<{ p: IngressPermission; world: string[]; range: [number, number] }> {
  for (const p of ingressPermissions(stack)) {
    const world = worldSources(p);
    const range = portRange(p);
    if (world.length > 0 && range) yield { p, world, range };
  }
}

function protoLabel(p: IngressPermission, range: [number, number]): string {
  if (p.protocol === "all") return "all traffic (protocol -1)";
  const ports = range[0] === range[1] ? `port ${range[0]}` : `ports ${range[0]}-${range[1]}`;
  return `${p.protocol.toUpperCase()} ${ports}`;
}

export const adminPortsOpen = defineRule({
  id: "SC-NET-001",
  title: "Security groups do not admit the internet to remote administration ports",
  severity: "critical",
  category: "network",
  rationale:
    "SSH (22) and RDP (3389) reachable from 0.0.0.0/0 or ::/0 invite brute force and exploitation of the administration service; the estate administers through Session Manager and never needs them open.",
  remediation:
    "Remove the ingress rule, or restrict its source to a named ops CIDR or a security group. Use SSM Session Manager for shell access.",
  controls: { fsbp: ["EC2.13", "EC2.14", "EC2.53", "EC2.54"], cis: ["v3.0.0 5.2", "v3.0.0 5.3"] },
  awsConfigRules: ["restricted-ssh", "vpc-sg-port-restriction-check"],
  checkov: ["CKV_AWS_24", "CKV_AWS_25"],
  resourceTypes: [...INGRESS_TYPES],
  check(ctx) {
    for (const { p, world, range } of worldOpenIngress(ctx.stack)) {
      const open = ADMIN_PORTS.filter((port) => covers(range, port));
      if (open.length === 0) continue;
      ctx.report(
        p.source,
        `${protoLabel(p, range)} from ${world.join(", ")} exposes administration port${open.length > 1 ? "s" : ""} ${open.join(", ")}${describeGroup(p)}`,
      );
    }
  },
});

export const worldOpenPorts = defineRule({
  id: "SC-NET-002",
  title: "Security groups do not admit the internet to all ports or to high-risk ports",
  severity: "high",
  category: "network",
  rationale:
    "An ingress rule open to the whole internet on every port, or on database, mail, file-sharing and management ports, exposes services that were never meant to be public. Only the load balancer's 80/443 should face the internet.",
  remediation:
    "Limit world-open ingress to the ports the service publishes (80/443 on the ALB security group); reference security groups for traffic between tiers.",
  controls: { fsbp: ["EC2.18", "EC2.19"], cis: [] },
  awsConfigRules: ["vpc-sg-open-only-to-authorized-ports", "restricted-common-ports"],
  checkov: ["CKV_AWS_277", "CKV_AWS_260"],
  resourceTypes: [...INGRESS_TYPES],
  check(ctx) {
    for (const { p, world, range } of worldOpenIngress(ctx.stack)) {
      if (range[0] === 0 && range[1] === 65535) {
        ctx.report(
          p.source,
          `${protoLabel(p, range)} is open to ${world.join(", ")} on every port${describeGroup(p)}`,
        );
        continue;
      }
      const risky = HIGH_RISK_PORTS.filter((port) => covers(range, port));
      if (risky.length > 0) {
        ctx.report(
          p.source,
          `${protoLabel(p, range)} from ${world.join(", ")} exposes high-risk port${risky.length > 1 ? "s" : ""} ${risky.join(", ")}${describeGroup(p)}`,
        );
      }
    }
  },
});

export const defaultSecurityGroupClosed = defineRule({
  id: "SC-NET-003",
  title: "The default security group of a VPC allows no traffic",
  severity: "medium",
  category: "network",
  rationale:
    "Resources launched without an explicit group land in the VPC's default group; if it allows traffic they silently inherit that access.",
  remediation:
    "Manage the default group with aws_default_security_group and no ingress or egress blocks, so Terraform removes every rule.",
  controls: { fsbp: ["EC2.2"], cis: ["v3.0.0 5.4"] },
  awsConfigRules: ["vpc-default-security-group-closed"],
  checkov: ["CKV2_AWS_12"],
  resourceTypes: ["aws_default_security_group"],
  check(ctx) {
    for (const sg of ctx.stack.ofType("aws_default_security_group")) {
      const rules = [...allBlocks(sg.values, "ingress"), ...allBlocks(sg.values, "egress")];
      if (rules.length > 0)
        ctx.report(sg, `default security group keeps ${rules.length} rule(s); it should allow nothing`);
    }
    for (const r of ctx.stack.ofType(
      "aws_security_group_rule",
      "aws_vpc_security_group_ingress_rule",
      "aws_vpc_security_group_egress_rule",
    )) {
      const target = refTarget(ctx.stack, r.values.security_group_id, ["aws_default_security_group"]);
      if (target) ctx.report(r, `adds a rule to the default security group ${target.address}`);
    }
  },
});

export const vpcFlowLogs = defineRule({
  id: "SC-NET-004",
  title: "Every VPC has flow logs",
  severity: "medium",
  category: "network",
  rationale:
    "Flow logs are the record of who talked to what inside the VPC: without them an incident (like the May 31 flood) cannot be reconstructed or attributed.",
  remediation:
    "Add an aws_flow_log with vpc_id set to the VPC, traffic_type ALL, delivering to a KMS-encrypted log group (or S3).",
  controls: { fsbp: ["EC2.6"], cis: ["v3.0.0 3.7"] },
  awsConfigRules: ["vpc-flow-logs-enabled"],
  checkov: ["CKV2_AWS_11"],
  resourceTypes: ["aws_vpc", "aws_flow_log"],
  check(ctx) {
    const { stack } = ctx;
    for (const vpc of stack.ofType("aws_vpc")) {
      const logs = stack.ofType("aws_flow_log").filter((f) => stack.refOf(f.values.vpc_id)?.target === vpc);
      if (logs.length === 0) {
        ctx.report(vpc, "VPC has no aws_flow_log (vpc_id) capturing its traffic");
        continue;
      }
      for (const f of logs) {
        const destination = f.values.log_destination ?? f.values.log_group_name;
        if (destination === undefined || destination === null || destination === "") {
          ctx.report(f, `flow log for ${vpc.address} has no destination (log_destination)`);
        }
        const traffic = str(f.values.traffic_type)?.toUpperCase();
        if (traffic === "ACCEPT")
          ctx.report(f, `flow log for ${vpc.address} records only accepted traffic; use ALL or REJECT`);
      }
    }
  },
});

export const networkRules = [adminPortsOpen, worldOpenPorts, defaultSecurityGroupClosed, vpcFlowLogs];
