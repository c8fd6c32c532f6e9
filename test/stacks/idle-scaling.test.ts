/**
 * The stacks' side of an idle color that costs nothing: Terraform leaves each color's desired
 * count and autoscaling minimum to the delivery code once it has created them, and the deploy
 * and rollback pipeline roles may scale exactly the two colors' services and scalable targets
 * (what `traffic scale-idle`, deploy and rollback call), read from the synthesized JSON.
 */
import test from "ava";
import { TAG } from "../../common/conventions.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import { synthEnvironment } from "../helpers/estate.ts";
import { EstateIam } from "../helpers/estate-iam.ts";
import { evaluate } from "../helpers/iam-policy.ts";
import { type Block, ref, resources, statements } from "../helpers/terraform.ts";

const ignored = (b: Block) =>
  (b.lifecycle as { ignore_changes?: string[] } | undefined)?.ignore_changes ?? [];

for (const [envName, env] of Object.entries({ staging, prod })) {
  const { doc } = synthEnvironment(env);
  const services = resources(doc, "aws_ecs_service");
  const targets = resources(doc, "aws_appautoscaling_target");

  test(`${envName}: Terraform creates each color's minimum and count, then ignores them`, (t) => {
    const colors = Object.values(services).map((s) => (s.tags as Record<string, string>)[TAG.color]);
    t.deepEqual(colors.sort(), ["blue", "green"]);
    for (const [name, s] of Object.entries(services)) {
      t.true(ignored(s).includes("desired_count"), name);
      const target = Object.values(targets).find((x) =>
        String(x.resource_id).endsWith(`${ref("aws_ecs_service", name, "name")}`),
      );
      t.truthy(target, `${name} has a scalable target`);
      t.true(ignored(target!).includes("min_capacity"), `${name}'s target ignores min_capacity`);
      t.false(ignored(target!).includes("max_capacity"), "the maximum stays Terraform's");
      t.is(target!.min_capacity, env.task.min);
    }
  });

  test(`${envName}: no IAM policy repeats a statement id (grants that overlap are held once)`, (t) => {
    for (const [name, p] of Object.entries(resources(doc, "aws_iam_role_policy"))) {
      const sids = statements(p.policy)
        .map((x) => x.Sid)
        .filter(Boolean);
      t.deepEqual(sids, [...new Set(sids)], name);
    }
  });

  for (const role of ["deploy", "rollback"] as const) {
    test(`${envName}: the ${role} role can scale both colors' services and targets, and nothing else`, (t) => {
      const iam = new EstateIam(doc);
      const policy = iam.policiesOf(iam.roleOfOutput(`github_${role}_role_arn`));
      const may = (action: string, resource: string) => evaluate(policy, { action, resource }) === "allowed";
      for (const name of Object.keys(services)) {
        const arn = ref("aws_ecs_service", name, "id");
        t.true(may("ecs:UpdateService", arn), `UpdateService ${name}`);
        t.true(may("ecs:DescribeServices", arn), `DescribeServices ${name}`);
      }
      for (const name of Object.keys(targets)) {
        t.true(
          may(
            "application-autoscaling:RegisterScalableTarget",
            ref("aws_appautoscaling_target", name, "arn"),
          ),
          name,
        );
      }
      t.true(may("application-autoscaling:DescribeScalableTargets", "*"));
      const cluster = ref("aws_ecs_cluster", Object.keys(resources(doc, "aws_ecs_cluster"))[0]!, "arn");
      t.is(
        evaluate(policy, { action: "ecs:ListServices", resource: "*", context: { "ecs:cluster": cluster } }),
        "allowed",
      );
      const elsewhere = `arn:aws:application-autoscaling:${env.region}:${env.accountId}:scalable-target/0123456789abcdef0123456789abcdef0123`;
      t.false(may("application-autoscaling:RegisterScalableTarget", elsewhere), "another scalable target");
      t.false(
        may(
          "application-autoscaling:DeregisterScalableTarget",
          ref("aws_appautoscaling_target", Object.keys(targets)[0]!, "arn"),
        ),
      );
      t.false(
        may("ecs:UpdateService", `arn:aws:ecs:${env.region}:${env.accountId}:service/other-cluster/other`),
        "another service",
      );
    });
  }
}
