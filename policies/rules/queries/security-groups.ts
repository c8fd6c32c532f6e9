/**
 * Security group ingress and egress in every form the provider allows (inline blocks,
 * `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`), as one permission list.
 */
import type { StackModel, TfResource } from "../../engine/types.ts";
import { allBlocks, num, str, strings } from "../../engine/values.ts";
import { memo } from "./memo.ts";
import { refTarget } from "./refs.ts";

export interface IngressPermission {
  /** The resource that grants it (the group for inline rules, the rule resource otherwise). */
  source: TfResource;
  /** The security group it opens, when known. */
  group: TfResource | undefined;
  protocol: "all" | "tcp" | "udp" | "other" | "unknown";
  from: number | undefined;
  to: number | undefined;
  ipv4: string[];
  ipv6: string[];
}

const SG_TYPES = ["aws_security_group", "aws_default_security_group"];

function normProtocol(p: unknown): IngressPermission["protocol"] {
  if (p === -1) return "all";
  const s = typeof p === "number" ? String(p) : str(p)?.trim().toLowerCase();
  if (s === undefined || s.includes("${")) return "unknown";
  if (s === "-1" || s === "all") return "all";
  if (s === "tcp" || s === "6") return "tcp";
  if (s === "udp" || s === "17") return "udp";
  return "other";
}

/** The resource types ingressPermissions reads: a rule over it declares these. */
export const INGRESS_TYPES = [
  ...SG_TYPES,
  "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule",
] as const;

function permissions(stack: StackModel, direction: "ingress" | "egress"): IngressPermission[] {
  const out: IngressPermission[] = [];
  for (const sg of stack.ofType(...SG_TYPES)) {
    for (const b of allBlocks(sg.values, direction)) {
      out.push({
        source: sg,
        group: sg,
        protocol: normProtocol(b.protocol),
        from: num(b.from_port),
        to: num(b.to_port),
        ipv4: strings(b.cidr_blocks),
        ipv6: strings(b.ipv6_cidr_blocks),
      });
    }
  }
  for (const r of stack.ofType("aws_security_group_rule")) {
    if (str(r.values.type)?.toLowerCase() !== direction) continue;
    out.push({
      source: r,
      group: refTarget(stack, r.values.security_group_id, SG_TYPES),
      protocol: normProtocol(r.values.protocol),
      from: num(r.values.from_port),
      to: num(r.values.to_port),
      ipv4: strings(r.values.cidr_blocks),
      ipv6: strings(r.values.ipv6_cidr_blocks),
    });
  }
  for (const r of stack.ofType(`aws_vpc_security_group_${direction}_rule`)) {
    out.push({
      source: r,
      group: refTarget(stack, r.values.security_group_id, SG_TYPES),
      protocol: normProtocol(r.values.ip_protocol),
      from: num(r.values.from_port),
      to: num(r.values.to_port),
      ipv4: strings(r.values.cidr_ipv4),
      ipv6: strings(r.values.cidr_ipv6),
    });
  }
  return out;
}

export const ingressPermissions = memo((stack: StackModel): IngressPermission[] =>
  permissions(stack, "ingress"),
);

/** Egress in the same forms (`egress` blocks, egress rule resources). */
export const egressPermissions = memo((stack: StackModel): IngressPermission[] =>
  permissions(stack, "egress"),
);

/** The resource types egressPermissions reads. */
export const EGRESS_TYPES = [
  ...SG_TYPES,
  "aws_security_group_rule",
  "aws_vpc_security_group_egress_rule",
] as const;

/** A CIDR with prefix length 0: the whole address family. */
export function isWorld(cidr: string): boolean {
  const m = /^\s*([^/\s]+)\/0+\s*$/.exec(cidr);
  return m !== null && !m[1]!.includes("${");
}

/** Ports of a permission as a range; `all` protocols cover every port. Undefined if unknown. */
export function portRange(p: IngressPermission): [number, number] | undefined {
  if (p.protocol === "all") return [0, 65535];
  if (p.protocol !== "tcp" && p.protocol !== "udp") return undefined;
  if (p.from === undefined || p.to === undefined) return undefined;
  // -1 means "all ports" for tcp/udp in the EC2 API
  if (p.from === -1 || p.to === -1) return [0, 65535];
  return [Math.min(p.from, p.to), Math.max(p.from, p.to)];
}

export function covers(range: [number, number], port: number): boolean {
  return range[0] <= port && port <= range[1];
}

export function describeGroup(p: IngressPermission): string {
  if (p.source === p.group || !p.group) return "";
  return ` (opens ${p.group.address})`;
}
