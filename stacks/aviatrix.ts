import { Eip } from "@cdktf/provider-aws/lib/eip/index.js";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { RouteTableAssociation } from "@cdktf/provider-aws/lib/route-table-association/index.js";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group/index.js";
import { SsmParameter } from "@cdktf/provider-aws/lib/ssm-parameter/index.js";
import { Subnet } from "@cdktf/provider-aws/lib/subnet/index.js";
import { VpcSecurityGroupEgressRule } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule/index.js";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule/index.js";
import { Construct } from "constructs";
import { PROJECT } from "../common/conventions.ts";
import { subnetCidr } from "./cidr.ts";
import type { AviatrixConfig } from "./config/types.ts";
import { EstateContext } from "./estate-context.ts";
import { type IGrantable, ROLE_MANAGEMENT_ACTIONS } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";
import type { Network } from "./network.ts";
import { policyDocument } from "./policy.ts";

/** Names the Aviatrix controller looks for in every account it manages; they cannot change. */
export const AVIATRIX_ROLE_EC2 = "aviatrix-role-ec2";
export const AVIATRIX_ROLE_APP = "aviatrix-role-app";

/** IKE and IPsec NAT traversal between gateways. */
export const IPSEC_PORTS = [500, 4500] as const;

export interface AviatrixPlaceholdersProps {
  /** The VPC the gateways join: a gateway subnet per zone on its public route table. */
  readonly network: Network;
  /** Where the controller is: its account, address range and endpoint. */
  readonly controller: AviatrixConfig;
  /** Key of the controller-endpoint parameter. */
  readonly parameterKey: EstateKey;
}

/** What an Aviatrix provider workspace reads from this stack's `aviatrix_placeholders` output. */
export interface AviatrixWorkspaceInputs {
  readonly account_id: string;
  readonly region: string;
  readonly vpc_id: string;
  readonly vpc_cidr: string;
  readonly gateways: ReadonlyArray<{
    readonly availability_zone: string;
    readonly subnet_id: string;
    readonly subnet_cidr: string;
    readonly eip_allocation_id: string;
    readonly eip_public_ip: string;
  }>;
  readonly security_group_id: string;
  readonly role_app_arn: string;
  readonly role_ec2_arn: string;
  readonly instance_profile_name: string;
  readonly controller_endpoint_parameter: string;
}

/**
 * The AWS side that Aviatrix transit and spoke gateways need, and nothing that needs the
 * Aviatrix provider: a /28 gateway subnet per zone on the public route table, an Elastic IP
 * per gateway subnet (for `allocate_new_eip = false`), a gateway security group (the
 * controller on 443, IKE/IPsec between the gateways' addresses), the two IAM roles the
 * controller expects, the controller's endpoint in Parameter Store, and one output with
 * everything an Aviatrix workspace consumes.
 *
 * The roles are deliberately empty of Aviatrix's broad `aviatrix-app-policy`: attaching its
 * reviewed, version-pinned text is part of swapping these placeholders for real gateways.
 */
export class AviatrixPlaceholders extends Construct {
  readonly subnets: Subnet[] = [];
  readonly addresses: Eip[] = [];
  readonly securityGroup: SecurityGroup;
  readonly roleEc2: IamRole;
  readonly roleApp: IamRole;
  readonly instanceProfile: IamInstanceProfile;
  readonly endpointParameter: SsmParameter;
  readonly workspaceInputs: AviatrixWorkspaceInputs;

  constructor(scope: Construct, id: string, props: AviatrixPlaceholdersProps) {
    super(scope, id);
    const { network, controller: avx } = props;
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);

    network.zoneNames.forEach((zone, i) => {
      const subnet = new Subnet(this, `gateway_subnet_${i + 1}`, {
        vpcId: network.vpc.id,
        availabilityZone: zone,
        cidrBlock: subnetCidr(network.cidr, "gateway", i),
        // Gateways get the Elastic IPs below, never an automatic public address.
        mapPublicIpOnLaunch: false,
        tags: { Name: name("aviatrix-gateway", String(i + 1)), "securecloud:tier": "gateway" },
      });
      new RouteTableAssociation(this, `gateway_subnet_${i + 1}_routes`, {
        subnetId: subnet.id,
        routeTableId: network.publicRouteTable.id,
      });
      this.subnets.push(subnet);
      this.addresses.push(
        new Eip(this, `gateway_${i + 1}_address`, {
          domain: "vpc",
          tags: { Name: name("aviatrix-gateway", String(i + 1)) },
        }),
      );
    });

    this.securityGroup = new SecurityGroup(this, "security_group", {
      name: name("aviatrix-gateways"),
      description: "Aviatrix gateways: the controller on 443, IKE/IPsec between the gateways",
      vpcId: network.vpc.id,
      tags: { Name: name("aviatrix-gateways") },
    });
    const sg = this.securityGroup.id;
    new VpcSecurityGroupIngressRule(this, "controller_https", {
      securityGroupId: sg,
      description: "Aviatrix controller manages the gateway over HTTPS",
      ipProtocol: "tcp",
      fromPort: 443,
      toPort: 443,
      cidrIpv4: avx.controllerCidr,
    });
    new VpcSecurityGroupEgressRule(this, "to_controller_https", {
      securityGroupId: sg,
      description: "Gateway reports to the Aviatrix controller over HTTPS",
      ipProtocol: "tcp",
      fromPort: 443,
      toPort: 443,
      cidrIpv4: avx.controllerCidr,
    });
    for (const port of IPSEC_PORTS) {
      // Tunnels inside the VPC come from the group's private addresses, tunnels across the
      // internet from the gateways' Elastic IPs: both are "between the gateways", nothing else is.
      const peers: Array<[string, { referencedSecurityGroupId: string } | { cidrIpv4: string }]> = [
        ["gateways", { referencedSecurityGroupId: sg }],
        ...this.addresses.map(
          (eip, i) =>
            [`gateway_${i + 1}_address`, { cidrIpv4: `${eip.publicIp}/32` }] as [
              string,
              { cidrIpv4: string },
            ],
        ),
      ];
      for (const [peer, source] of peers) {
        new VpcSecurityGroupIngressRule(this, `ipsec_${port}_from_${peer}`, {
          securityGroupId: sg,
          description: `IKE/IPsec (UDP ${port}) from an Aviatrix gateway`,
          ipProtocol: "udp",
          fromPort: port,
          toPort: port,
          ...source,
        });
        new VpcSecurityGroupEgressRule(this, `ipsec_${port}_to_${peer}`, {
          securityGroupId: sg,
          description: `IKE/IPsec (UDP ${port}) to an Aviatrix gateway`,
          ipProtocol: "udp",
          fromPort: port,
          toPort: port,
          ...source,
        });
      }
    }

    const roleArn = (account: string, role: string) => `arn:aws:iam::${account}:role/${role}`;
    // The gateways' instance role: its one permission is to become aviatrix-role-app here.
    this.roleEc2 = new IamRole(this, "role_ec2", {
      name: AVIATRIX_ROLE_EC2,
      description: "Aviatrix gateways' instance role (placeholder until the gateways exist)",
      assumeRolePolicy: policyDocument([
        {
          Sid: "AviatrixGatewayInstances",
          Effect: "Allow",
          Principal: { Service: "ec2.amazonaws.com" },
          Action: "sts:AssumeRole",
        },
      ]),
    });
    new IamRolePolicy(this, "role_ec2_policy", {
      name: "aviatrix-assume-role-policy",
      role: this.roleEc2.id,
      policy: policyDocument([
        {
          Sid: "BecomeTheAppRoleOfThisAccount",
          Effect: "Allow",
          Action: "sts:AssumeRole",
          Resource: roleArn(estate.accountId, AVIATRIX_ROLE_APP),
        },
      ]),
    });
    this.instanceProfile = new IamInstanceProfile(this, "instance_profile", {
      name: AVIATRIX_ROLE_EC2,
      role: this.roleEc2.name,
    });
    // Only two principals may assume the app role: the controller's own aviatrix-role-ec2 and
    // this account's gateways. Named as roles, not as `:root` plus a condition, so no other
    // identity of the controller's account qualifies (the controller's role must exist before
    // this applies; it does once the controller is up). No sts:ExternalId: the controller
    // assumes its access accounts' roles without one, so requiring it would lock it out.
    const controllerRole = roleArn(avx.controllerAccountId, AVIATRIX_ROLE_EC2);
    this.roleApp = new IamRole(this, "role_app", {
      name: AVIATRIX_ROLE_APP,
      description: "Assumed by the Aviatrix controller to build gateways here (no permissions yet)",
      assumeRolePolicy: policyDocument([
        {
          Sid: "AviatrixController",
          Effect: "Allow",
          Principal: {
            AWS:
              avx.controllerAccountId === estate.accountId
                ? [this.roleEc2.arn]
                : [controllerRole, this.roleEc2.arn],
          },
          Action: "sts:AssumeRole",
        },
      ]),
    });

    this.endpointParameter = new SsmParameter(this, "controller_endpoint", {
      name: `/${PROJECT}/${estate.environment}/aviatrix/controller-endpoint`,
      description: "Where the Aviatrix provider's controller_ip points",
      type: "SecureString",
      tier: "Standard",
      keyId: props.parameterKey.arn,
      value: avx.controllerEndpoint,
      tags: { Name: `/${PROJECT}/${estate.environment}/aviatrix/controller-endpoint` },
    });

    this.workspaceInputs = {
      account_id: estate.accountId,
      region: estate.region,
      vpc_id: network.vpc.id,
      vpc_cidr: network.cidr,
      gateways: this.subnets.map((subnet, i) => ({
        availability_zone: network.zoneNames[i]!,
        subnet_id: subnet.id,
        subnet_cidr: subnetCidr(network.cidr, "gateway", i),
        eip_allocation_id: this.addresses[i]!.allocationId,
        eip_public_ip: this.addresses[i]!.publicIp,
      })),
      security_group_id: sg,
      role_app_arn: this.roleApp.arn,
      role_ec2_arn: this.roleEc2.arn,
      instance_profile_name: this.instanceProfile.name,
      controller_endpoint_parameter: this.endpointParameter.name,
    };
  }

  /**
   * What applying this construct takes: its two roles and the instance profile carry the
   * names the Aviatrix controller expects, outside `securecloud-<env>-*`, so the grantee
   * gets role management on exactly those two, the instance profile's lifecycle, and
   * passing the gateways' role to EC2 (adding it to the instance profile is such a pass).
   * Scoped by name, not by reference, so the permission exists before the roles do.
   */
  grantApply(grantee: IGrantable): void {
    const estate = EstateContext.of(this);
    const role = (name: string) => estate.iamArn(`role/${name}`);
    grantee.addToPolicy({
      Sid: "ManageAviatrixRoles",
      Effect: "Allow",
      Action: [...ROLE_MANAGEMENT_ACTIONS],
      Resource: [role(AVIATRIX_ROLE_EC2), role(AVIATRIX_ROLE_APP)],
    });
    grantee.addToPolicy({
      Sid: "ManageAviatrixInstanceProfile",
      Effect: "Allow",
      Action: [
        "iam:AddRoleToInstanceProfile",
        "iam:CreateInstanceProfile",
        "iam:DeleteInstanceProfile",
        "iam:GetInstanceProfile",
        "iam:RemoveRoleFromInstanceProfile",
        "iam:TagInstanceProfile",
        "iam:UntagInstanceProfile",
      ],
      Resource: estate.iamArn(`instance-profile/${AVIATRIX_ROLE_EC2}`),
    });
    grantee.addToPolicy({
      Sid: "PassAviatrixGatewayRoleToEc2",
      Effect: "Allow",
      Action: "iam:PassRole",
      Resource: role(AVIATRIX_ROLE_EC2),
      Condition: { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } },
    });
  }
}
