import test from "ava";
import { prod, staging } from "../../stacks/config/environments.ts";
import { ConfigError, findProblems, validateEnvironments } from "../../stacks/config/validate.ts";
import { GITHUB_OIDC_HOST, PIPELINE_ROLES } from "../../stacks/github-oidc.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import {
  list,
  only,
  type PolicyStatement,
  ref,
  resources,
  statements,
  type TerraformDocument,
} from "../helpers/terraform.ts";

const docs = { staging: synthEnvironment(staging).doc, prod: synthEnvironment(prod).doc };
const envs = { staging, prod };
const REPO = "example-org/securecloud-monitor";

const policyOf = (doc: TerraformDocument, kind: string) =>
  statements(only(doc, "aws_iam_role_policy", `github_${kind}_policy`).policy);
const allows = (ss: PolicyStatement[]) => ss.filter((s) => s.Effect === "Allow");

test("each environment creates its own account's GitHub OIDC provider; one sharing an account looks it up", (t) => {
  for (const doc of Object.values(docs)) {
    const provider = only(doc, "aws_iam_openid_connect_provider", "github_provider");
    t.is(provider.url, `https://${GITHUB_OIDC_HOST}`);
    t.deepEqual(provider.client_id_list, ["sts.amazonaws.com"]);
  }
  t.not(staging.accountId, prod.accountId, "the example gives each environment an account");
  const sharing = synthEnvironment(withChanges(prod, { "github.oidcProvider": "existing" })).doc;
  t.deepEqual(resources(sharing, "aws_iam_openid_connect_provider"), {});
  t.is(sharing.data?.aws_iam_openid_connect_provider?.github_provider?.url, `https://${GITHUB_OIDC_HOST}`);
  const role = only(sharing, "aws_iam_role", "github_rollback_role");
  t.deepEqual(statements(role.assume_role_policy)[0]!.Principal, {
    Federated: ref("data.aws_iam_openid_connect_provider", "github_provider", "arn"),
  });
});

for (const envName of ["staging", "prod"] as const) {
  const doc = docs[envName];
  const providerArn = ref("aws_iam_openid_connect_provider", "github_provider", "arn");

  test(`${envName}: one role per job kind, trusting only this repository and the pull-request or environment subject`, (t) => {
    for (const kind of PIPELINE_ROLES) {
      const role = only(doc, "aws_iam_role", `github_${kind}_role`);
      t.is(role.name, `securecloud-${envName}-github-${kind}`);
      const trust = statements(role.assume_role_policy);
      t.is(trust.length, 1);
      const [s] = trust;
      t.is(s!.Effect, "Allow");
      t.deepEqual(s!.Principal, { Federated: providerArn });
      t.is(s!.Action, "sts:AssumeRoleWithWebIdentity");
      const expectedSub =
        kind === "plan"
          ? [`repo:${REPO}:pull_request`, `repo:${REPO}:environment:${envName}-plan`]
          : kind === "rollback" || kind === "report"
            ? `repo:${REPO}:environment:${envName}-${kind}`
            : `repo:${REPO}:environment:${envName}`;
      t.deepEqual(s!.Condition, {
        StringEquals: {
          [`${GITHUB_OIDC_HOST}:aud`]: "sts.amazonaws.com",
          [`${GITHUB_OIDC_HOST}:sub`]: expectedSub,
        },
      });
      t.truthy(docs[envName].output?.[`github_${kind}_role_arn`], "role ARN is a stack output");
    }
  });

  test(`${envName}: the plan role only reads, reads only its own state, and is denied secrets`, (t) => {
    const ss = policyOf(doc, "plan");
    for (const s of allows(ss)) {
      for (const action of list(s.Action)) {
        const verb = action.split(":")[1]!;
        t.true(/^(Describe|Get|List)/.test(verb), `${action} is a read`);
      }
    }
    const getObject = allows(ss).filter((s) => list(s.Action).includes("s3:GetObject"));
    t.deepEqual(
      getObject.flatMap((s) => list(s.Resource)),
      [`arn:aws:s3:::${envs[envName].stateBucket}/securecloud/${envName}/*`],
    );
    const deny = ss.find((s) => s.Effect === "Deny")!;
    for (const secret of [
      "secretsmanager:GetSecretValue",
      "ssm:GetParameter",
      "ssm:GetParameters",
      "kms:Decrypt",
    ]) {
      t.true(list(deny.Action).includes(secret), secret);
    }
    t.false(
      allows(ss).some((s) => list(s.Action).some((a) => /^(ssm:GetParameter|secretsmanager:Get)/.test(a))),
    );
  });

  test(`${envName}: the deploy role is scoped to this estate's repository, services, listener and task roles`, (t) => {
    const ss = allows(policyOf(doc, "deploy"));
    const resourcesOf = (action: string) =>
      ss.filter((s) => list(s.Action).includes(action)).flatMap((s) => list(s.Resource));
    // The ECR repository of the blue/green service, reused, not a second one.
    t.deepEqual(Object.keys(resources(doc, "aws_ecr_repository")), ["compute_repository"]);
    t.deepEqual(resourcesOf("ecr:PutImage"), [ref("aws_ecr_repository", "compute_repository", "arn")]);
    t.deepEqual(resourcesOf("ecs:UpdateService").sort(), [
      ref("aws_ecs_service", "compute_blue_service", "id"),
      ref("aws_ecs_service", "compute_green_service", "id"),
    ]);
    // The production listener's weights, and the test listener that follows the idle color.
    t.deepEqual(resourcesOf("elasticloadbalancing:ModifyListener"), [
      ref("aws_lb_listener", "serving_production_listener", "arn"),
      ref("aws_lb_listener", "serving_test_listener", "arn"),
    ]);
    t.deepEqual(resourcesOf("elasticloadbalancing:ModifyRule"), [
      ref("aws_lb_listener_rule", "idle_route_rule", "arn"),
    ]);
    const pass = ss.filter((s) => list(s.Action).includes("iam:PassRole"));
    t.is(pass.length, 1);
    t.deepEqual(list(pass[0]!.Resource).sort(), [
      ref("aws_iam_role", "compute_execution_role", "arn"),
      ref("aws_iam_role", "compute_task_role", "arn"),
    ]);
    t.deepEqual(pass[0]!.Condition, { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } });
    // Whatever takes "*" is a read AWS cannot scope, or ECR login / task-definition registration.
    const unscopable = new Set([
      "ecr:GetAuthorizationToken",
      "ecs:DescribeTaskDefinition",
      "ecs:RegisterTaskDefinition",
      "ecs:ListServices",
      "cloudwatch:GetMetricData",
    ]);
    for (const s of ss.filter((x) => list(x.Resource).includes("*"))) {
      for (const a of list(s.Action)) t.true(unscopable.has(a) || /:Describe/.test(a), `${a} on *`);
    }
  });

  test(`${envName}: the rollback role reads traffic and writes only the weights, the test routes, the rollout table and the two colors' scale`, (t) => {
    const ss = allows(policyOf(doc, "rollback"));
    const writes = ss.filter((s) => list(s.Action).some((a) => !/:(Describe|Get|Query)/.test(a)));
    const by = Object.fromEntries(writes.map((s) => [s.Sid, s]));
    t.deepEqual(Object.keys(by).sort(), [
      "ListClusterServices",
      "PointTheIdleRoute",
      "PointTheTestListener",
      "RolloutLeaseRecordAndHistory",
      "RolloutTableKeyThroughDynamoDB",
      "SetColorScalingMinimum",
      "ShiftProductionListener",
      "UpdateColorServices",
    ]);
    // A rollback after the rollback window scales the old color up first; scale-idle runs with this role.
    t.deepEqual(list(by.UpdateColorServices!.Resource), [
      ref("aws_ecs_service", "compute_blue_service", "id"),
      ref("aws_ecs_service", "compute_green_service", "id"),
    ]);
    t.deepEqual(list(by.SetColorScalingMinimum!.Action), ["application-autoscaling:RegisterScalableTarget"]);
    t.deepEqual(list(by.SetColorScalingMinimum!.Resource), [
      ref("aws_appautoscaling_target", "compute_blue_scaling_target", "arn"),
      ref("aws_appautoscaling_target", "compute_green_scaling_target", "arn"),
    ]);
    t.deepEqual(list(by.ShiftProductionListener!.Action), ["elasticloadbalancing:ModifyListener"]);
    t.deepEqual(list(by.ShiftProductionListener!.Resource), [
      ref("aws_lb_listener", "serving_production_listener", "arn"),
    ]);
    t.deepEqual(list(by.PointTheIdleRoute!.Action), ["elasticloadbalancing:ModifyRule"]);
    t.deepEqual(list(by.PointTheIdleRoute!.Resource), [
      ref("aws_lb_listener_rule", "idle_route_rule", "arn"),
    ]);
    t.deepEqual(list(by.PointTheTestListener!.Action), ["elasticloadbalancing:ModifyListener"]);
    t.deepEqual(list(by.PointTheTestListener!.Resource), [
      ref("aws_lb_listener", "serving_test_listener", "arn"),
    ]);
    t.deepEqual(list(by.RolloutLeaseRecordAndHistory!.Resource), [
      ref("aws_dynamodb_table", "rollouts_table", "arn"),
    ]);
    t.deepEqual(list(by.RolloutTableKeyThroughDynamoDB!.Resource), [
      ref("aws_kms_key", "keys_dynamodb_key", "arn"),
    ]);
    t.truthy(by.RolloutTableKeyThroughDynamoDB!.Condition?.StringEquals?.["kms:ViaService"]);
    // No tags to write any more (the record is in the table), and nothing outside ELB, DynamoDB
    // and its key, and the two colors' ECS services and autoscaling targets.
    for (const s of ss) {
      for (const a of list(s.Action)) {
        t.false(/AddTags|RemoveTags|TagResource/.test(a), a);
        t.regex(a, /^(elasticloadbalancing|dynamodb|kms|ecs|application-autoscaling):/, a);
      }
    }
  });

  test(`${envName}: the apply role manages IAM only for this environment's roles`, (t) => {
    const attachment = only(doc, "aws_iam_role_policy_attachment", "github_apply_power_user");
    t.is(attachment.policy_arn, "arn:aws:iam::aws:policy/PowerUserAccess");
    const ss = allows(policyOf(doc, "apply"));
    const estateRoles = `arn:aws:iam::${envs[envName].accountId}:role/securecloud-${envName}-*`;
    for (const s of ss.filter((x) =>
      list(x.Action).some((a) => /^iam:(Create|Delete|Put|Attach|Update|Pass)Role/.test(a)),
    )) {
      t.deepEqual(list(s.Resource), [estateRoles]);
    }
    const pass = ss.find((s) => list(s.Action).includes("iam:PassRole"))!;
    t.truthy(pass.Condition?.StringEquals?.["iam:PassedToService"]);
    const manageProvider = ss.some((s) => list(s.Action).includes("iam:CreateOpenIDConnectProvider"));
    t.true(manageProvider, "the environment that creates the provider manages it");
    const sharing = synthEnvironment(withChanges(envs[envName], { "github.oidcProvider": "existing" })).doc;
    const sharingPolicy = allows(
      statements(only(sharing, "aws_iam_role_policy", "github_apply_policy").policy),
    );
    t.false(
      sharingPolicy.some((x) => list(x.Action).includes("iam:CreateOpenIDConnectProvider")),
      "an environment that only looks the provider up cannot change it",
    );
  });

  test(`${envName}: no pipeline policy allows every action or passes roles without a condition`, (t) => {
    for (const kind of PIPELINE_ROLES) {
      for (const s of allows(policyOf(doc, kind))) {
        t.false(
          list(s.Action).some((a) => a === "*" || a.endsWith(":*")),
          `${kind}: ${JSON.stringify(s.Action)}`,
        );
        if (list(s.Action).includes("iam:PassRole"))
          t.truthy(s.Condition, `${kind} PassRole has a condition`);
      }
    }
  });
}

test("the report role reads Config compliance and Security Hub findings, and nothing else", (t) => {
  for (const doc of Object.values(docs)) {
    const actions = allows(policyOf(doc, "report"))
      .flatMap((s) => list(s.Action))
      .sort();
    t.deepEqual(actions, [
      "config:DescribeComplianceByConfigRule",
      "config:DescribeConfigRuleEvaluationStatus",
      "config:DescribeConfigRules",
      "config:GetComplianceDetailsByConfigRule",
      "config:ListTagsForResource",
      "securityhub:GetFindings",
    ]);
  }
});

test("the repository comes from configuration", (t) => {
  const other = withChanges(staging, { "github.repository": "acme/payments-edge" });
  const { doc } = synthEnvironment(other);
  const trust = statements(only(doc, "aws_iam_role", "github_rollback_role").assume_role_policy)[0]!;
  t.is(
    trust.Condition?.StringEquals?.[`${GITHUB_OIDC_HOST}:sub`],
    "repo:acme/payments-edge:environment:staging-rollback",
  );
});

const bad: Array<[string, Record<string, unknown>, RegExp]> = [
  [
    "repository without owner",
    { "github.repository": "securecloud-monitor" },
    /github.repository: .*owner\/name/,
  ],
  ["repository with a space", { "github.repository": "example org/x" }, /github.repository/],
  ["unknown provider mode", { "github.oidcProvider": "maybe" }, /github.oidcProvider: "maybe"/],
];
for (const [title, changes, reason] of bad) {
  test(`bad GitHub configuration is refused: ${title}`, (t) => {
    const err = t.throws(() => validateEnvironments([staging, withChanges(prod, changes)]), {
      instanceOf: ConfigError,
    });
    t.regex(err!.message, reason);
  });
}

test("exactly one environment per account creates the OIDC provider", (t) => {
  // Staging moved into prod's account: now the provider has to be shared.
  const stagingShared = withChanges(staging, {
    accountId: prod.accountId,
    certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
    accountSettingsOwner: false,
  });
  const twoCreators = findProblems([stagingShared, prod]);
  t.deepEqual(
    twoCreators.map((p) => [p.env, p.field]),
    [["prod", "github.oidcProvider"]],
  );
  t.regex(twoCreators[0]!.reason, /already creates it/);
  const none = findProblems([
    withChanges(stagingShared, { "github.oidcProvider": "existing" }),
    withChanges(prod, { "github.oidcProvider": "existing" }),
  ]);
  t.regex(none.map((p) => p.reason).join(";"), /no environment in account 123456789012 creates/);
  t.deepEqual(findProblems([staging, prod]), [], "separate accounts each create their own");
});
