/**
 * What the delivery code needs from the estate, on the synthesized JSON: the rollout table (the
 * lease, the record and the history) and the idle-color route (the listener rule and its
 * secret), and the deploy and rollback roles' access to them through grants.
 */
import test from "ava";
import { IDLE_ROUTE, LISTENER_ROLE, rolloutTableName, TAG } from "../../common/conventions.ts";
import { idleRouteParameter, parseListenerArn, rolloutTable } from "../../delivery/options.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import { list, only, ref, statements, type TerraformDocument } from "../helpers/terraform.ts";

const docs = { staging: synthEnvironment(staging).doc, prod: synthEnvironment(prod).doc };
const policyOf = (doc: TerraformDocument, kind: string) =>
  statements(only(doc, "aws_iam_role_policy", `github_${kind}_policy`).policy).filter(
    (s) => s.Effect === "Allow",
  );

for (const envName of ["staging", "prod"] as const) {
  const doc = docs[envName];

  test(`${envName}: the rollout table is on demand, encrypted with the estate's key, recoverable to the second`, (t) => {
    const table = only(doc, "aws_dynamodb_table", "rollouts_table");
    t.is(table.name, rolloutTableName(envName));
    t.is(table.billing_mode, "PAY_PER_REQUEST");
    t.is(table.hash_key, "pk");
    t.is(table.range_key, "sk");
    t.deepEqual(table.attribute, [
      { name: "pk", type: "S" },
      { name: "sk", type: "S" },
    ]);
    t.deepEqual(table.server_side_encryption, {
      enabled: true,
      kms_key_arn: ref("aws_kms_key", "keys_dynamodb_key", "arn"),
    });
    t.deepEqual(table.point_in_time_recovery, { enabled: true });
    const key = only(doc, "aws_kms_key", "keys_dynamodb_key");
    t.is(key.enable_key_rotation, true);
    const keyPolicy = statements(key.policy);
    const viaDynamo = keyPolicy.find((s) => s.Sid === "AccountUsesKeyThroughDynamoDB")!;
    t.is(viaDynamo.Condition?.StringEquals?.["kms:ViaService"], "dynamodb.us-east-1.amazonaws.com");
  });

  test(`${envName}: the idle-color route: a rule on the production listener behind a placeholder, its secret never in the JSON`, (t) => {
    const rule = only(doc, "aws_lb_listener_rule", "idle_route_rule");
    t.is(rule.listener_arn, ref("aws_lb_listener", "serving_production_listener", "arn"));
    t.is(rule.priority, IDLE_ROUTE.priority);
    t.true(
      IDLE_ROUTE.priority > Number(only(doc, "aws_lb_listener_rule", "serving_metrics_not_public").priority),
    );
    t.deepEqual(rule.condition, [
      { http_header: { http_header_name: IDLE_ROUTE.header, values: ["unset"] } },
    ]);
    const action = (rule.action as Array<Record<string, unknown>>)[0]!;
    t.is(
      action.type,
      "fixed-response",
      "until the first deploy points it at the idle color, it opens nothing",
    );
    t.deepEqual((rule.lifecycle as { ignore_changes: string[] }).ignore_changes.sort(), [
      "action",
      "condition",
    ]);
    t.is((rule.tags as Record<string, string>)[TAG.role], LISTENER_ROLE.idleRoute);
    const secret = only(doc, "aws_ssm_parameter", "idle_route_secret");
    t.is(secret.name, IDLE_ROUTE.parameter(envName));
    t.is(secret.type, "SecureString");
    t.is(secret.key_id, ref("aws_kms_key", "keys_ssm_key", "arn"));
    t.is(secret.value_wo, "unset");
    t.false("value" in secret, "the value is write-only: neither the JSON nor the state holds it");
  });

  test(`${envName}: the deploy role rotates the route's secret and points the routes; the rollback role only points them`, (t) => {
    const deploy = policyOf(doc, "deploy");
    const rollback = policyOf(doc, "rollback");
    const actions = (ss: typeof deploy) => ss.flatMap((s) => list(s.Action));
    for (const ss of [deploy, rollback]) {
      t.true(actions(ss).includes("dynamodb:UpdateItem"));
      t.true(actions(ss).includes("elasticloadbalancing:ModifyRule"));
    }
    const rotate = deploy.find((s) => s.Sid === "RotateTheIdleRouteSecret")!;
    t.deepEqual(list(rotate.Resource), [ref("aws_ssm_parameter", "idle_route_secret", "arn")]);
    t.false(
      actions(rollback).some((a) => a.startsWith("ssm:")),
      "the rollback never touches the secret",
    );
    const modifyRule = deploy.filter((s) => list(s.Action).includes("elasticloadbalancing:ModifyRule"));
    t.deepEqual(
      modifyRule.flatMap((s) => list(s.Resource)),
      [ref("aws_lb_listener_rule", "idle_route_rule", "arn")],
      "no other rule",
    );
  });
}

test("deletion protection of the rollout table follows the environment's", (t) => {
  t.is(only(docs.prod, "aws_dynamodb_table", "rollouts_table").deletion_protection_enabled, true);
  t.is(only(docs.staging, "aws_dynamodb_table", "rollouts_table").deletion_protection_enabled, false);
  const on = synthEnvironment(withChanges(staging, { "features.deletionProtection": true })).doc;
  t.is(only(on, "aws_dynamodb_table", "rollouts_table").deletion_protection_enabled, true);
});

test("the delivery code derives the table and the secret's names from the listener, as the stacks make them", (t) => {
  for (const [_envName, doc] of Object.entries(docs)) {
    const alb = only(doc, "aws_lb", "serving_alb");
    // A listener ARN of that load balancer, as AWS would make it.
    const listener = parseListenerArn(
      `arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/${alb.name}/0123456789abcdef/0123456789abcdef`,
    );
    t.is(rolloutTable(listener), only(doc, "aws_dynamodb_table", "rollouts_table").name as string);
    t.is(idleRouteParameter(listener), only(doc, "aws_ssm_parameter", "idle_route_secret").name as string);
  }
});
