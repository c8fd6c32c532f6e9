import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from "@aws-sdk/client-ec2";
import {
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import test from "ava";
import { startMoto } from "../helpers/moto.ts";

test("moto server answers the real ELBv2 client: an ALB and two target groups", async (t) => {
  const moto = await startMoto();
  t.teardown(() => moto.stop());
  t.regex(moto.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);

  const ec2 = new EC2Client(moto.clientConfig());
  const elb = new ElasticLoadBalancingV2Client(moto.clientConfig());
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: "10.0.0.0/16" }));
  const vpcId = vpc.Vpc?.VpcId;
  t.truthy(vpcId);
  const subnets = await Promise.all(
    ["a", "b"].map((az, i) =>
      ec2.send(
        new CreateSubnetCommand({
          VpcId: vpcId,
          CidrBlock: `10.0.${i}.0/24`,
          AvailabilityZone: `us-east-1${az}`,
        }),
      ),
    ),
  );
  const lb = await elb.send(
    new CreateLoadBalancerCommand({
      Name: "rig-alb",
      Type: "application",
      Subnets: subnets.map((s) => s.Subnet?.SubnetId ?? ""),
    }),
  );
  t.regex(
    lb.LoadBalancers?.[0]?.LoadBalancerArn ?? "",
    /^arn:aws:elasticloadbalancing:us-east-1:\d{12}:loadbalancer\/app\/rig-alb\//,
  );

  for (const color of ["blue", "green"]) {
    await elb.send(
      new CreateTargetGroupCommand({
        Name: `rig-${color}`,
        Protocol: "HTTP",
        Port: 8080,
        VpcId: vpcId,
        TargetType: "ip",
        Tags: [{ Key: "securecloud:color", Value: color }],
      }),
    );
  }
  const groups = await elb.send(new DescribeTargetGroupsCommand({}));
  t.deepEqual(groups.TargetGroups?.map((g) => g.TargetGroupName).sort(), ["rig-blue", "rig-green"]);
  t.true(groups.TargetGroups?.every((g) => g.TargetType === "ip"));
});

test("each startMoto call is an isolated server", async (t) => {
  const [a, b] = await Promise.all([startMoto(), startMoto()]);
  t.teardown(() => Promise.all([a.stop(), b.stop()]));
  t.not(a.port, b.port);
  const elbA = new ElasticLoadBalancingV2Client(a.clientConfig());
  const ec2A = new EC2Client(a.clientConfig());
  const vpc = await ec2A.send(new CreateVpcCommand({ CidrBlock: "10.1.0.0/16" }));
  await elbA.send(
    new CreateTargetGroupCommand({ Name: "only-in-a", Protocol: "HTTP", Port: 80, VpcId: vpc.Vpc?.VpcId }),
  );
  const inB = await new ElasticLoadBalancingV2Client(b.clientConfig()).send(
    new DescribeTargetGroupsCommand({}),
  );
  t.deepEqual(inB.TargetGroups ?? [], []);
});
