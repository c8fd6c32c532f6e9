import test from "ava";
import ipaddr from "ipaddr.js";
import { AVIATRIX_ROLE_APP, AVIATRIX_ROLE_EC2 } from "../../stacks/aviatrix.ts";
import { subnetCidr } from "../../stacks/cidr.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { validateEnvironments } from "../../stacks/config/validate.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import {
  type Block,
  list,
  only,
  ref,
  resources,
  statements,
  type TerraformDocument,
} from "../helpers/terraform.ts";

const controller = {
  controllerAccountId: "210987654321",
  controllerCidr: "198.51.100.10/32",
  controllerEndpoint: "controller.example.net",
};
/** Prod (three zones) with the placeholders on, as its configuration would turn them on. */
const enabled: EnvironmentConfig = withChanges(prod, {
  "features.aviatrixPlaceholders": true,
  aviatrix: controller,
});
const { doc } = synthEnvironment(enabled);
const shipped = { staging: synthEnvironment(staging).doc, prod: synthEnvironment(prod).doc };

const gatewaySubnets = (d: TerraformDocument) =>
  Object.entries(resources(d, "aws_subnet")).filter(
    ([, s]) => (s.tags as Record<string, string>)["securecloud:tier"] === "gateway",
  );

test("the enabled configuration is valid alongside staging", (t) => {
  t.notThrows(() => validateEnvironments([staging, enabled]));
});

test("shipped environments have no Aviatrix placeholder at all", (t) => {
  for (const [name, d] of Object.entries(shipped)) {
    t.deepEqual(gatewaySubnets(d), [], name);
    const roles = Object.values(resources(d, "aws_iam_role")).map((r) => r.name);
    t.false(roles.includes(AVIATRIX_ROLE_EC2) || roles.includes(AVIATRIX_ROLE_APP), name);
    t.false(JSON.stringify(d).includes("aviatrix"), `${name} mentions nothing Aviatrix`);
  }
});

test("a dedicated /28 gateway subnet per zone, from the subnet plan, on the public route table", (t) => {
  const subnets = gatewaySubnets(doc);
  t.is(subnets.length, enabled.azCount);
  const vpc = ipaddr.parseCIDR(enabled.vpcCidr);
  const others = Object.values(resources(doc, "aws_subnet"))
    .filter((s) => (s.tags as Record<string, string>)["securecloud:tier"] !== "gateway")
    .map((s) => ipaddr.parseCIDR(String(s.cidr_block)));
  subnets.forEach(([name, s], i) => {
    t.is(s.cidr_block, subnetCidr(enabled.vpcCidr, "gateway", i));
    const cidr = ipaddr.parseCIDR(String(s.cidr_block));
    t.is(cidr[1], 28);
    t.true((cidr[0] as ipaddr.IPv4).match(vpc as [ipaddr.IPv4, number]), "inside the VPC");
    for (const other of others) {
      t.false(
        (cidr[0] as ipaddr.IPv4).match(other as [ipaddr.IPv4, number]),
        `${name} overlaps no other subnet`,
      );
    }
    t.is(s.map_public_ip_on_launch, false);
    const routes = Object.values(resources(doc, "aws_route_table_association")).filter(
      (a) => a.subnet_id === ref("aws_subnet", name, "id"),
    );
    t.deepEqual(
      routes.map((a) => a.route_table_id),
      [ref("aws_route_table", "network_public_routes", "id")],
    );
  });
  const zones = subnets.map(([, s]) => s.availability_zone);
  t.is(new Set(zones).size, zones.length, "one per zone");
});

test("an Elastic IP per gateway subnet", (t) => {
  const eips = Object.keys(resources(doc, "aws_eip")).filter((n) => n.startsWith("aviatrix_"));
  t.is(eips.length, enabled.azCount);
  for (const n of eips) t.is(resources(doc, "aws_eip")[n]!.domain, "vpc");
});

test("the gateway security group admits the controller on 443 and IKE/IPsec from the gateways only", (t) => {
  const sg = ref("aws_security_group", "aviatrix_security_group", "id");
  const ingress = Object.values(resources(doc, "aws_vpc_security_group_ingress_rule")).filter(
    (r) => r.security_group_id === sg,
  );
  const eipSources = Object.keys(resources(doc, "aws_eip"))
    .filter((n) => n.startsWith("aviatrix_"))
    .map((n) => `${ref("aws_eip", n, "public_ip")}/32`)
    .sort();
  const https = ingress.filter((r) => r.ip_protocol === "tcp");
  t.deepEqual(
    https.map((r) => [r.from_port, r.to_port, r.cidr_ipv4]),
    [[443, 443, controller.controllerCidr]],
  );
  for (const port of [500, 4500]) {
    const ipsec = ingress.filter(
      (r) => r.ip_protocol === "udp" && r.from_port === port && r.to_port === port,
    );
    t.deepEqual(
      ipsec.filter((r) => r.referenced_security_group_id).map((r) => r.referenced_security_group_id),
      [sg],
    );
    t.deepEqual(
      ipsec
        .filter((r) => r.cidr_ipv4)
        .map((r) => r.cidr_ipv4)
        .sort(),
      eipSources,
    );
  }
  t.is(ingress.length, https.length + 2 * (1 + eipSources.length), "nothing else gets in");
  t.false(
    ingress.some((r) => r.cidr_ipv4 === "0.0.0.0/0" || r.cidr_ipv6 === "::/0"),
    "never the whole internet",
  );
  const egress = Object.values(resources(doc, "aws_vpc_security_group_egress_rule")).filter(
    (r) => r.security_group_id === sg,
  );
  t.true(egress.every((r) => r.cidr_ipv4 !== "0.0.0.0/0" && r.ip_protocol !== "-1"));
});

test("aviatrix-role-app trusts only the controller's aviatrix-role-ec2; aviatrix-role-ec2 may only become it", (t) => {
  const roles = Object.entries(resources(doc, "aws_iam_role"));
  const app = roles.find(([, r]) => r.name === AVIATRIX_ROLE_APP)!;
  const ec2 = roles.find(([, r]) => r.name === AVIATRIX_ROLE_EC2)!;
  t.truthy(app && ec2);

  const [trust, ...more] = statements(app[1].assume_role_policy);
  t.is(more.length, 0);
  t.deepEqual(list((trust!.Principal as { AWS: string | string[] }).AWS).sort(), [
    ref("aws_iam_role", ec2[0], "arn"),
    `arn:aws:iam::${controller.controllerAccountId}:role/aviatrix-role-ec2`,
  ]);
  t.is(trust!.Action, "sts:AssumeRole");
  t.false(JSON.stringify(trust).includes(":root"), "no whole account is trusted");

  const [ec2Trust] = statements(ec2[1].assume_role_policy);
  t.deepEqual(ec2Trust!.Principal, { Service: "ec2.amazonaws.com" });
  const granted = (roleName: string) =>
    Object.values(resources(doc, "aws_iam_role_policy"))
      .filter((p) => p.role === ref("aws_iam_role", roleName, "id"))
      .flatMap((p) => statements(p.policy));
  t.deepEqual(
    granted(ec2[0]).map((s) => [s.Action, s.Resource]),
    [["sts:AssumeRole", `arn:aws:iam::${enabled.accountId}:role/aviatrix-role-app`]],
  );
  t.deepEqual(granted(app[0]), [], "no permissions until Aviatrix's reviewed policy is attached");
  t.false(
    Object.values(resources(doc, "aws_iam_role_policy_attachment")).some(
      (a: Block) => a.role === ref("aws_iam_role", app[0], "name"),
    ),
  );
  t.is(only(doc, "aws_iam_instance_profile", "aviatrix_instance_profile").name, AVIATRIX_ROLE_EC2);
});

test("the controller endpoint is a SecureString parameter; the workspace output carries everything", (t) => {
  const p = only(doc, "aws_ssm_parameter", "aviatrix_controller_endpoint");
  t.like(p, {
    type: "SecureString",
    value: controller.controllerEndpoint,
    key_id: ref("aws_kms_key", "keys_ssm_key", "arn"),
  });
  t.regex(String(p.name), /^\/securecloud\/prod\/aviatrix\//);
  const out = doc.output!.aviatrix_placeholders!.value as Record<string, unknown> & {
    gateways: Array<Record<string, string>>;
  };
  t.is(out.vpc_id, ref("aws_vpc", "network_vpc", "id"));
  t.is(out.security_group_id, ref("aws_security_group", "aviatrix_security_group", "id"));
  t.is(out.gateways.length, enabled.azCount);
  for (const [i, g] of out.gateways.entries()) {
    t.is(g.subnet_cidr, subnetCidr(enabled.vpcCidr, "gateway", i));
    t.regex(g.eip_allocation_id!, /^\$\{aws_eip\.aviatrix_gateway_\d_address\.allocation_id\}$/);
  }
  t.is(out.controller_endpoint_parameter, ref("aws_ssm_parameter", "aviatrix_controller_endpoint", "name"));
});

test("nothing needs the Aviatrix provider", (t) => {
  t.deepEqual(Object.keys(doc.provider), ["aws"]);
  t.false(Object.keys(doc.resource).some((type) => !type.startsWith("aws_")));
  t.false(Object.keys(doc.data ?? {}).some((type) => !type.startsWith("aws_")));
});
