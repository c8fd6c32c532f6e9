/** Load balancers, NAT gateways, public IPv4 addresses, VPC endpoints and data transfer out. */
import type { CostResource, LineDraft, PricingContext, ServicePricers } from "../model.ts";
import { blocks, fmt, plural, shareText } from "./util.ts";

/** ALB capacity units: the largest of these per-hour dimensions (Elastic Load Balancing pricing). */
const LCU_NEW_CONNECTIONS_PER_SECOND = 25;
const LCU_PROCESSED_GB_PER_HOUR = 1;

function internetFacingAlbs(ctx: PricingContext): CostResource[] {
  return ctx.stack
    .ofType("aws_lb")
    .filter(
      (lb) =>
        (lb.values.load_balancer_type ?? "application") === "application" && lb.values.internal !== true,
    );
}

function alb(r: CostResource, ctx: PricingContext): LineDraft[] {
  const h = ctx.hours;
  const type = r.values.load_balancer_type ?? "application";
  if (type !== "application") {
    return [
      {
        item: `${type} load balancer`,
        quantity: 1,
        price: undefined,
        assumption: "unpriced: only Application Load Balancers are in the table",
      },
    ];
  }
  const u = ctx.usage;
  const facing = internetFacingAlbs(ctx);
  const share = r.values.internal === true ? 0 : 1 / facing.length;
  const split = shareText(facing.length, "internet-facing ALB");
  const seconds = h * 3600;
  const newConnPerSecond = (u.requestsPerMonth * share) / u.requestsPerConnection / seconds;
  const gbPerHour = (u.albProcessedGbPerMonth * share) / h;
  const lcu = Math.max(
    newConnPerSecond / LCU_NEW_CONNECTIONS_PER_SECOND,
    gbPerHour / LCU_PROCESSED_GB_PER_HOUR,
  );
  const lines: LineDraft[] = [
    { item: "ALB hours", quantity: h, price: "elb.albHour", assumption: `running all month (${h} h)` },
    {
      item: "ALB capacity units",
      quantity: lcu * h,
      price: "elb.albLcuHour",
      assumption:
        `${fmt(lcu)} LCU average × ${h} h: the larger of new connections (${fmt(u.requestsPerMonth)} requests${split} / ` +
        `${fmt(u.requestsPerConnection)} per connection = ${fmt(newConnPerSecond)}/s ÷ 25) and processed bytes ` +
        `(${fmt(u.albProcessedGbPerMonth)} GB = ${fmt(gbPerHour)} GB/h ÷ 1); active connections and rule evaluations ` +
        `(first 10 rules free) assumed below those${ctx.usageNote}`,
    },
  ];
  if (r.values.internal !== true) {
    const subnets =
      blocks(r.values.subnet_mapping).length ||
      (Array.isArray(r.values.subnets) ? r.values.subnets.length : 1);
    lines.push(
      {
        item: "public IPv4 addresses",
        service: "VPC",
        quantity: subnets * h,
        price: "vpc.publicIpv4Hour",
        assumption: `one public IPv4 address per zone the internet-facing ALB spans (${plural(subnets, "subnet")}) × ${h} h`,
      },
      {
        item: "data transfer out to the internet",
        service: "Data Transfer",
        quantity: u.internetEgressGbPerMonth * share,
        price: "transfer.internetOutGb",
        assumption: `${fmt(u.internetEgressGbPerMonth)} GB of responses (usage assumption internetEgressGbPerMonth)${split}, first tier; the account's free 100 GB is not deducted${ctx.usageNote}`,
      },
    );
  }
  return lines;
}

function natGateway(_r: CostResource, ctx: PricingContext): LineDraft[] {
  const n = ctx.stack.ofType("aws_nat_gateway").length;
  const gb = ctx.usage.natProcessedGbPerMonth;
  return [
    {
      item: "NAT gateway hours",
      quantity: ctx.hours,
      price: "vpc.natHour",
      assumption: `running all month (${ctx.hours} h)`,
    },
    {
      item: "NAT gateway data processed",
      quantity: gb / n,
      price: "vpc.natGb",
      assumption: `${fmt(gb)} GB through the NAT gateways (usage assumption natProcessedGbPerMonth)${shareText(n, "NAT gateway")}${ctx.usageNote}`,
    },
  ];
}

function eip(r: CostResource, ctx: PricingContext): LineDraft[] {
  const nat = ctx.stack.referrers(r, ["aws_nat_gateway"]).length > 0;
  return [
    {
      item: "public IPv4 address",
      quantity: ctx.hours,
      price: "vpc.publicIpv4Hour",
      assumption: `in use all month (${ctx.hours} h)${nat ? " by a NAT gateway" : ""}; idle addresses are charged the same`,
    },
  ];
}

function vpcEndpoint(r: CostResource, ctx: PricingContext): LineDraft[] {
  const type = r.values.vpc_endpoint_type ?? "Gateway";
  if (type === "Gateway") {
    return [
      {
        item: "gateway endpoint",
        quantity: 1,
        price: undefined,
        covered: true,
        assumption: "gateway endpoints (S3, DynamoDB) have no hourly or data charge",
      },
    ];
  }
  if (type !== "Interface") {
    return [
      {
        item: `${type} endpoint`,
        quantity: 1,
        price: undefined,
        assumption: "unpriced: only interface and gateway endpoints are in the table",
      },
    ];
  }
  const zones =
    Array.isArray(r.values.subnet_ids) && r.values.subnet_ids.length > 0 ? r.values.subnet_ids.length : 1;
  const n = ctx.stack
    .ofType("aws_vpc_endpoint")
    .filter((e) => e.values.vpc_endpoint_type === "Interface").length;
  const gb = ctx.usage.endpointProcessedGbPerMonth;
  return [
    {
      item: "interface endpoint hours",
      quantity: zones * ctx.hours,
      price: "vpc.endpointHour",
      assumption: `${plural(zones, "zone")} (one per subnet) × ${ctx.hours} h`,
    },
    {
      item: "interface endpoint data processed",
      quantity: gb / n,
      price: "vpc.endpointGb",
      assumption: `${fmt(gb)} GB through the interface endpoints (usage assumption endpointProcessedGbPerMonth)${shareText(n, "interface endpoint")}${ctx.usageNote}`,
    },
  ];
}

export const NETWORK: readonly ServicePricers[] = [
  { service: "Elastic Load Balancing", pricers: { aws_lb: alb, aws_alb: alb } },
  { service: "VPC", pricers: { aws_nat_gateway: natGateway, aws_eip: eip, aws_vpc_endpoint: vpcEndpoint } },
];
