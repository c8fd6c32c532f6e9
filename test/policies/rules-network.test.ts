// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
import { doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

const sg = (ingress: object[]) => ({
  aws_security_group: { web: { name: "web", vpc_id: "vpc-1", ingress } },
});
const block = (o: object) => ({
  cidr_blocks: null,
  ipv6_cidr_blocks: null,
  description: null,
  prefix_list_ids: null,
  security_groups: null,
  self: null,
  ...o,
});

rule("SC-NET-001", [
  fail(
    "inline IPv4 SSH",
    (d) => {
      d.resource.aws_security_group["alb-sg"].ingress.push(
        block({ from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] }),
      );
    },
    "aws_security_group.alb-sg",
    /TCP port 22 from 0\.0\.0\.0\/0 exposes administration port 22/,
  ),
  fail(
    "inline IPv6 RDP",
    () => doc(sg([block({ from_port: 3389, to_port: 3389, protocol: "tcp", ipv6_cidr_blocks: ["::/0"] })])),
    "aws_security_group.web",
    /::\/0 exposes administration port 3389/,
  ),
  fail(
    "a port range that covers 22",
    () => doc(sg([block({ from_port: 20, to_port: 30, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] })])),
    "aws_security_group.web",
    /ports 20-30/,
  ),
  fail(
    "protocol -1 (all traffic) covers both admin ports",
    () => doc(sg([block({ from_port: 0, to_port: 0, protocol: "-1", cidr_blocks: ["0.0.0.0/0"] })])),
    "aws_security_group.web",
    /all traffic.*ports 22, 3389/,
  ),
  fail(
    "numeric protocol 6 and UDP RDP",
    () =>
      doc(
        sg([
          block({ from_port: 22, to_port: 22, protocol: "6", cidr_blocks: ["0.0.0.0/0"] }),
          block({ from_port: 3389, to_port: 3389, protocol: "udp", cidr_blocks: ["0.0.0.0/0"] }),
        ]),
      ),
    "aws_security_group.web",
    /UDP port 3389/,
  ),
  fail(
    "a separate aws_security_group_rule names the group it opens (cross-resource)",
    (d) => {
      d.resource.aws_security_group_rule = {
        ssh: {
          type: "ingress",
          security_group_id: "${aws_security_group.service-sg.id}",
          protocol: "tcp",
          from_port: 0,
          to_port: 65535,
          cidr_blocks: ["0.0.0.0/0"],
        },
      };
    },
    "aws_security_group_rule.ssh",
    /opens aws_security_group\.service-sg/,
  ),
  fail(
    "aws_vpc_security_group_ingress_rule with ip_protocol -1 from ::/0",
    (d) => {
      d.resource.aws_vpc_security_group_ingress_rule["service-from-alb"] = {
        security_group_id: "${aws_security_group.service-sg.id}",
        ip_protocol: "-1",
        cidr_ipv6: "::/0",
      };
    },
    "aws_vpc_security_group_ingress_rule.service-from-alb",
    /::\/0/,
  ),
  fail(
    "a dynamic ingress block",
    () =>
      doc({
        aws_security_group: {
          web: {
            name: "web",
            dynamic: {
              ingress: {
                for_each: "${var.ports}",
                content: { from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] },
              },
            },
          },
        },
      }),
    "aws_security_group.web",
    /port 22/,
  ),
  pass("SSH from an ops CIDR", () =>
    doc(sg([block({ from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: ["203.0.113.0/24"] })])),
  ),
  pass("egress to the world on 22 is not ingress", () =>
    doc({
      aws_security_group_rule: {
        out: {
          type: "egress",
          security_group_id: "sg-1",
          protocol: "tcp",
          from_port: 22,
          to_port: 22,
          cidr_blocks: ["0.0.0.0/0"],
        },
      },
      aws_vpc_security_group_egress_rule: {
        out6: { security_group_id: "sg-1", ip_protocol: "-1", cidr_ipv6: "::/0" },
      },
    }),
  ),
  pass("ICMP and all traffic from a security group", () =>
    doc(
      sg([
        block({ from_port: -1, to_port: -1, protocol: "icmp", cidr_blocks: ["0.0.0.0/0"] }),
        block({ from_port: 0, to_port: 0, protocol: "-1", security_groups: ["sg-2"] }),
      ]),
    ),
  ),
]);

rule("SC-NET-002", [
  fail(
    "MySQL open to the world",
    () => doc(sg([block({ from_port: 3306, to_port: 3306, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] })])),
    "aws_security_group.web",
    /high-risk port 3306/,
  ),
  fail(
    "all traffic (protocol -1) from ::/0",
    () => doc(sg([block({ from_port: 0, to_port: 0, protocol: "-1", ipv6_cidr_blocks: ["::/0"] })])),
    "aws_security_group.web",
    /every port/,
  ),
  fail(
    "tcp 0-65535 as a separate rule resource",
    () =>
      doc({
        aws_security_group: { app: { name: "app" } },
        aws_security_group_rule: {
          wide: {
            type: "ingress",
            security_group_id: "${aws_security_group.app.id}",
            protocol: "tcp",
            from_port: 0,
            to_port: 65535,
            cidr_blocks: ["0.0.0.0/0"],
          },
        },
      }),
    "aws_security_group_rule.wide",
    /every port \(opens aws_security_group\.app\)/,
  ),
  pass("the ALB's 80/443 from the world", () =>
    doc(
      sg([
        block({
          from_port: 443,
          to_port: 443,
          protocol: "tcp",
          cidr_blocks: ["0.0.0.0/0"],
          ipv6_cidr_blocks: ["::/0"],
        }),
      ]),
    ),
  ),
]);

rule("SC-NET-003", [
  fail(
    "the default security group keeps a rule",
    (d) => {
      d.resource.aws_default_security_group["default-sg"].ingress = [
        block({ from_port: 0, to_port: 0, protocol: "-1", self: true }),
      ];
    },
    "aws_default_security_group.default-sg",
    /1 rule/,
  ),
  fail(
    "a rule resource added to the default group (cross-resource)",
    (d) => {
      d.resource.aws_vpc_security_group_egress_rule.leak = {
        security_group_id: "${aws_default_security_group.default-sg.id}",
        ip_protocol: "-1",
        cidr_ipv4: "0.0.0.0/0",
      };
    },
    "aws_vpc_security_group_egress_rule.leak",
    /default security group aws_default_security_group\.default-sg/,
  ),
]);

rule("SC-NET-004", [
  fail(
    "no flow log",
    (d) => {
      delete d.resource.aws_flow_log;
    },
    "aws_vpc.vpc",
    /no aws_flow_log/,
  ),
  fail(
    "a flow log for another VPC does not count (cross-resource)",
    (d) => {
      d.resource.aws_vpc.other = { cidr_block: "10.1.0.0/16" };
      d.resource.aws_flow_log["flow-log"].vpc_id = "${aws_vpc.other.id}";
    },
    "aws_vpc.vpc",
    /no aws_flow_log/,
  ),
  fail(
    "accepted traffic only",
    (d) => {
      d.resource.aws_flow_log["flow-log"].traffic_type = "ACCEPT";
    },
    "aws_flow_log.flow-log",
    /only accepted traffic/,
  ),
  pass("REJECT-only flow logs satisfy EC2.6", (d) => {
    d.resource.aws_flow_log["flow-log"].traffic_type = "REJECT";
  }),
]);
