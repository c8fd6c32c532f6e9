import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import { DataAwsAvailabilityZones } from "@cdktf/provider-aws/lib/data-aws-availability-zones/index.js";
import { DefaultSecurityGroup } from "@cdktf/provider-aws/lib/default-security-group/index.js";
import { Eip } from "@cdktf/provider-aws/lib/eip/index.js";
import { FlowLog } from "@cdktf/provider-aws/lib/flow-log/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { InternetGateway } from "@cdktf/provider-aws/lib/internet-gateway/index.js";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway/index.js";
import { Route } from "@cdktf/provider-aws/lib/route/index.js";
import { RouteTable } from "@cdktf/provider-aws/lib/route-table/index.js";
import { RouteTableAssociation } from "@cdktf/provider-aws/lib/route-table-association/index.js";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group/index.js";
import { Subnet } from "@cdktf/provider-aws/lib/subnet/index.js";
import { Vpc } from "@cdktf/provider-aws/lib/vpc/index.js";
import { VpcEndpoint } from "@cdktf/provider-aws/lib/vpc-endpoint/index.js";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule/index.js";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { subnetCidr } from "./cidr.ts";
import { EstateContext } from "./estate-context.ts";
import { grantPassEstateRoles, type IGrantable } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";
import { policyDocument, serviceTrust } from "./policy.ts";

/** Interface endpoints that let tasks reach AWS APIs without the internet. */
const INTERFACE_ENDPOINTS = ["ecr.api", "ecr.dkr", "logs", "ssm"] as const;

/** Subnet tiers: public (ALB, NAT), private (tasks), isolated (reserved for data, no route out). */
export type SubnetTier = "public" | "private" | "isolated";

export interface NetworkProps {
  /** The VPC's IPv4 block, /16../20 of a private range; the subnet plan is in `cidr.ts`. */
  readonly cidr: string;
  /** Availability zones to span (2..6). */
  readonly azCount: number;
  /**
   * One NAT gateway per zone, so one zone's outage cannot cut the others off; `false` shares
   * one NAT gateway (cheaper, for environments that tolerate it).
   * @default true
   */
  readonly natGatewayPerAz?: boolean;
  /** Key that encrypts the flow-log group. */
  readonly logKey: EstateKey;
  /**
   * Retention of the flow-log group, days.
   * @default 365
   */
  readonly logRetentionDays?: number;
}

/**
 * The VPC over `azCount` zones: three subnet tiers per zone, NAT per zone or one, flow logs
 * of all traffic to an encrypted log group, an S3 gateway endpoint and interface endpoints,
 * and a default security group with no rules so nothing can fall back on it.
 */
export class Network extends Construct {
  readonly vpc: Vpc;
  readonly subnets: Record<SubnetTier, Subnet[]>;
  readonly privateRouteTables: RouteTable[] = [];
  /** Route table of the public tier: the internet gateway is its default route. */
  readonly publicRouteTable: RouteTable;
  readonly zoneNames: string[];
  readonly flowLogGroup: CloudwatchLogGroup;
  readonly s3Endpoint: VpcEndpoint;
  /** The VPC's IPv4 block. */
  readonly cidr: string;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const { cidr, azCount } = props;
    this.cidr = cidr;

    this.vpc = new Vpc(this, "vpc", {
      cidrBlock: cidr,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: { Name: name("vpc") },
    });
    new DefaultSecurityGroup(this, "default_security_group", {
      vpcId: this.vpc.id,
      ingress: [],
      egress: [],
      tags: { Name: name("default-closed") },
    });

    const zones = new DataAwsAvailabilityZones(this, "zones", {
      state: "available",
      filter: [{ name: "opt-in-status", values: ["opt-in-not-required"] }],
    });
    this.zoneNames = Array.from({ length: azCount }, (_, i) => Fn.element(zones.names, i));

    const igw = new InternetGateway(this, "internet_gateway", {
      vpcId: this.vpc.id,
      tags: { Name: name("igw") },
    });
    this.subnets = { public: [], private: [], isolated: [] };
    for (const tier of ["public", "private", "isolated"] as const) {
      this.zoneNames.forEach((zone, i) => {
        this.subnets[tier].push(
          new Subnet(this, `${tier}_subnet_${i + 1}`, {
            vpcId: this.vpc.id,
            availabilityZone: zone,
            cidrBlock: subnetCidr(cidr, tier, i),
            mapPublicIpOnLaunch: false,
            tags: { Name: name(tier, String(i + 1)), "securecloud:tier": tier },
          }),
        );
      });
    }

    const publicRoutes = new RouteTable(this, "public_routes", {
      vpcId: this.vpc.id,
      tags: { Name: name("public") },
    });
    this.publicRouteTable = publicRoutes;
    new Route(this, "public_default_route", {
      routeTableId: publicRoutes.id,
      destinationCidrBlock: "0.0.0.0/0",
      gatewayId: igw.id,
    });
    this.subnets.public.forEach((subnet, i) => {
      new RouteTableAssociation(this, `public_subnet_${i + 1}_routes`, {
        subnetId: subnet.id,
        routeTableId: publicRoutes.id,
      });
    });

    // Prod pays for a NAT per zone so one zone's outage cannot cut the others off; staging shares one.
    const natCount = (props.natGatewayPerAz ?? true) ? azCount : 1;
    const nats = Array.from({ length: natCount }, (_, i) => {
      const eip = new Eip(this, `nat_${i + 1}_address`, {
        domain: "vpc",
        tags: { Name: name("nat", String(i + 1)) },
      });
      return new NatGateway(this, `nat_${i + 1}`, {
        allocationId: eip.allocationId,
        subnetId: this.subnets.public[i]!.id,
        tags: { Name: name("nat", String(i + 1)) },
        dependsOn: [igw],
      });
    });
    this.subnets.private.forEach((subnet, i) => {
      const table = new RouteTable(this, `private_${i + 1}_routes`, {
        vpcId: this.vpc.id,
        tags: { Name: name("private", String(i + 1)) },
      });
      new Route(this, `private_${i + 1}_default_route`, {
        routeTableId: table.id,
        destinationCidrBlock: "0.0.0.0/0",
        natGatewayId: nats[i % natCount]!.id,
      });
      new RouteTableAssociation(this, `private_subnet_${i + 1}_routes`, {
        subnetId: subnet.id,
        routeTableId: table.id,
      });
      this.privateRouteTables.push(table);
    });
    // Isolated subnets get a table with only the local route: no way in or out of the VPC.
    const isolatedRoutes = new RouteTable(this, "isolated_routes", {
      vpcId: this.vpc.id,
      tags: { Name: name("isolated") },
    });
    this.subnets.isolated.forEach((subnet, i) => {
      new RouteTableAssociation(this, `isolated_subnet_${i + 1}_routes`, {
        subnetId: subnet.id,
        routeTableId: isolatedRoutes.id,
      });
    });

    // Flow logs: every accepted and rejected flow, to an encrypted log group.
    this.flowLogGroup = new CloudwatchLogGroup(this, "flow_log_group", {
      name: `/securecloud/${estate.environment}/vpc-flow-logs`,
      retentionInDays: props.logRetentionDays ?? 365,
      kmsKeyId: props.logKey.arn,
    });
    const flowRole = new IamRole(this, "flow_log_role", {
      name: name("vpc-flow-logs"),
      assumeRolePolicy: serviceTrust("vpc-flow-logs.amazonaws.com", estate.accountId),
    });
    new IamRolePolicy(this, "flow_log_role_policy", {
      name: "write-flow-logs",
      role: flowRole.id,
      policy: policyDocument([
        {
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
          Resource: [this.flowLogGroup.arn, `${this.flowLogGroup.arn}:*`],
        },
      ]),
    });
    new FlowLog(this, "flow_log", {
      vpcId: this.vpc.id,
      trafficType: "ALL",
      logDestinationType: "cloud-watch-logs",
      logDestination: this.flowLogGroup.arn,
      iamRoleArn: flowRole.arn,
      maxAggregationInterval: 60,
      tags: { Name: name("vpc-flow-log") },
    });

    this.s3Endpoint = new VpcEndpoint(this, "s3_endpoint", {
      vpcId: this.vpc.id,
      serviceName: `com.amazonaws.${estate.region}.s3`,
      vpcEndpointType: "Gateway",
      routeTableIds: this.privateRouteTables.map((t) => t.id),
      tags: { Name: name("s3") },
    });
    const endpointSecurityGroup = new SecurityGroup(this, "endpoint_security_group", {
      name: name("endpoints"),
      description: "Interface endpoints: HTTPS from inside the VPC only",
      vpcId: this.vpc.id,
      tags: { Name: name("endpoints") },
    });
    new VpcSecurityGroupIngressRule(this, "endpoint_https_from_vpc", {
      securityGroupId: endpointSecurityGroup.id,
      description: "HTTPS from the VPC",
      ipProtocol: "tcp",
      fromPort: 443,
      toPort: 443,
      cidrIpv4: cidr,
    });
    for (const service of INTERFACE_ENDPOINTS) {
      new VpcEndpoint(this, `${service.replace(".", "_")}_endpoint`, {
        vpcId: this.vpc.id,
        serviceName: `com.amazonaws.${estate.region}.${service}`,
        vpcEndpointType: "Interface",
        privateDnsEnabled: true,
        subnetIds: this.subnets.private.map((s) => s.id),
        securityGroupIds: [endpointSecurityGroup.id],
        tags: { Name: name(service.replace(".", "-")) },
      });
    }
  }

  ids(tier: SubnetTier): string[] {
    return this.subnets[tier].map((s) => s.id);
  }

  /** What applying this construct takes beyond the estate's role management: passing the flow-log role to vpc-flow-logs.amazonaws.com. */
  grantApply(grantee: IGrantable): void {
    grantPassEstateRoles(this, grantee, "vpc-flow-logs.amazonaws.com");
  }
}
