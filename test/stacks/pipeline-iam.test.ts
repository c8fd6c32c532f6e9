/**
 * The pipeline roles can do what the estate they apply needs, read from the synthesized JSON:
 * every IAM resource the estate declares is creatable, updatable and deletable by the apply
 * role (and readable by the plan role) at the ARN it will have, and every role the estate
 * hands to a service is within the apply role's iam:PassRole for that service; the deploy
 * role can pass exactly the task definitions' roles. Written for the rule, so a construct
 * added later is checked the same way.
 */
import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule/index.js";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target/index.js";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import test from "ava";
import { Testing } from "cdktf";
import { prod, staging } from "../../stacks/config/environments.ts";
import { resolveEnvironment } from "../../stacks/config/resolve.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { EstateStack } from "../../stacks/estate-stack.ts";
import { serviceTrust } from "../../stacks/policy.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import { EstateIam } from "../helpers/estate-iam.ts";
import { evaluate, type IamRequest } from "../helpers/iam-policy.ts";
import { type PolicyStatement, parse, type TerraformDocument } from "../helpers/terraform.ts";

const aviatrix = (controllerAccountId: string) => ({
  "features.aviatrixPlaceholders": true,
  aviatrix: {
    controllerAccountId,
    controllerCidr: "198.51.100.0/24",
    controllerEndpoint: "controller.example.net",
  },
});
const shieldOn = { "features.shieldAdvanced": true, shield: prod.shield };
const shieldOff = { "features.shieldAdvanced": false };

const variants: Record<string, EnvironmentConfig> = {};
for (const [envName, base, controller] of [
  ["staging", staging, "111122223333"],
  ["prod", prod, "123456789012"],
] as const) {
  for (const [avx, avxChanges] of [
    ["aviatrix off", {}],
    ["aviatrix on", aviatrix(controller)],
  ] as const) {
    for (const [shield, shieldChanges] of [
      ["shield off", shieldOff],
      ["shield on", shieldOn],
    ] as const) {
      variants[`${envName}, ${avx}, ${shield}`] = withChanges(base, { ...avxChanges, ...shieldChanges });
    }
  }
  // Another environment of the account creates the GitHub provider; this one looks it up.
  variants[`${envName}, aviatrix off, shield off, existing GitHub provider`] = withChanges(base, {
    ...shieldOff,
    "github.oidcProvider": "existing",
  });
}

const describe = (r: IamRequest & { address?: string }) =>
  `${r.address ?? ""} ${r.action} on ${r.resource}${r.context ? ` ${JSON.stringify(r.context)}` : ""}`.trim();

/** Everything the pipeline roles lack for this estate, as readable lines (empty: nothing). */
function gaps(doc: TerraformDocument): { apply: string[]; plan: string[]; pass: string[]; deploy: string[] } {
  const iam = new EstateIam(doc);
  const policy = (kind: string) => iam.policiesOf(iam.roleOfOutput(`github_${kind}_role_arn`));
  const [apply, plan, deploy] = [policy("apply"), policy("plan"), policy("deploy")];
  const needs = iam.needs();
  const refused = (statements: PolicyStatement[], r: IamRequest) => evaluate(statements, r) !== "allowed";

  const pass: string[] = [];
  for (const p of iam.passes()) {
    const contexts = p.services.length > 0 ? p.services.map((s) => ({ "iam:PassedToService": s })) : [{}];
    for (const context of contexts) {
      const request = { action: "iam:PassRole", resource: p.roleArn, context };
      if (refused(apply, request)) pass.push(`${p.address} passes ${describe(request)}`);
    }
  }

  // The deploy job registers task definitions: it passes their roles to ECS, and no other role.
  const taskRoles = new Set(
    Object.values(doc.resource.aws_ecs_task_definition ?? {}).flatMap((td) =>
      [td.execution_role_arn, td.task_role_arn].filter(Boolean).map((v) => iam.resolve(String(v))),
    ),
  );
  const deployGaps: string[] = [];
  for (const role of Object.keys(doc.resource.aws_iam_role ?? {})) {
    const arn = iam.roleArn(role);
    for (const service of new Set(["ecs-tasks.amazonaws.com", ...iam.trustedServices(role)])) {
      const request = { action: "iam:PassRole", resource: arn, context: { "iam:PassedToService": service } };
      const may = !refused(deploy, request);
      const should = taskRoles.has(arn) && service === "ecs-tasks.amazonaws.com";
      if (may !== should) deployGaps.push(`${should ? "cannot" : "can"} ${describe(request)}`);
    }
  }

  return {
    apply: needs.filter((n) => refused(apply, n)).map(describe),
    plan: needs.filter((n) => n.phase === "read" && refused(plan, n)).map(describe),
    pass,
    deploy: deployGaps,
  };
}

for (const [label, env] of Object.entries(variants)) {
  const { doc } = synthEnvironment(env);

  test(`${label}: the apply role can create, update and delete every IAM resource the estate declares; the plan role can read them`, (t) => {
    const iam = new EstateIam(doc);
    const needs = iam.needs();
    // Not vacuous: the estate's roles, policies and (with Aviatrix) its instance profile are all there.
    t.true(needs.some((n) => n.address.startsWith("aws_iam_role_policy.")));
    t.is(
      needs.some((n) => n.address.startsWith("aws_iam_instance_profile.")),
      label.includes("aviatrix on"),
    );
    const found = gaps(doc);
    t.deepEqual(found.apply, []);
    t.deepEqual(found.plan, []);
  });

  test(`${label}: every role the estate hands to a service is within the apply role's iam:PassRole for that service`, (t) => {
    const passes = new EstateIam(doc).passes();
    const services = new Set(passes.flatMap((p) => p.services));
    for (const s of ["ecs-tasks.amazonaws.com", "vpc-flow-logs.amazonaws.com", "ssm.amazonaws.com"]) {
      t.true(services.has(s), s);
    }
    t.is(services.has("drt.shield.amazonaws.com"), label.includes("shield on"));
    t.is(services.has("ec2.amazonaws.com"), label.includes("aviatrix on"));
    t.deepEqual(gaps(doc).pass, []);
  });

  test(`${label}: the deploy role can pass the task definitions' roles to ECS, and no other role anywhere`, (t) => {
    t.deepEqual(gaps(doc).deploy, []);
  });
}

test("the check follows the JSON: a role outside the naming scheme, its instance profile and a new kind of pass are reported", (t) => {
  const app = Testing.app();
  const stack = new EstateStack(app, resolveEnvironment(staging));
  const role = new IamRole(stack, "extra_role", {
    name: "other-team-ingest",
    assumeRolePolicy: serviceTrust("events.amazonaws.com", staging.accountId),
  });
  new IamInstanceProfile(stack, "extra_profile", { name: "other-team-ingest", role: role.name });
  const rule = new CloudwatchEventRule(stack, "extra_rule", {
    name: "securecloud-staging-extra",
    scheduleExpression: "rate(1 hour)",
  });
  new CloudwatchEventTarget(stack, "extra_target", {
    rule: rule.name,
    arn: "arn:aws:sqs:us-east-1:210987654321:q",
    roleArn: role.arn,
  });
  const found = gaps(parse(Testing.synth(stack)));

  t.true(
    found.apply.some((g) =>
      g.startsWith(
        "aws_iam_role.extra_role iam:CreateRole on arn:aws:iam::210987654321:role/other-team-ingest",
      ),
    ),
  );
  t.true(
    found.apply.some((g) => g.startsWith("aws_iam_instance_profile.extra_profile iam:CreateInstanceProfile")),
  );
  t.true(
    found.pass.some(
      (g) =>
        g.startsWith("aws_cloudwatch_event_target.extra_target passes iam:PassRole") &&
        g.includes("events.amazonaws.com"),
    ),
  );
  t.true(found.pass.some((g) => g.startsWith("aws_iam_instance_profile.extra_profile passes iam:PassRole")));
});

test("the evaluator: wildcards per ARN segment, NotAction, explicit deny, PassedToService conditions", (t) => {
  const role = "arn:aws:iam::123456789012:role/securecloud-prod-task";
  const allow = (s: Partial<PolicyStatement>): PolicyStatement =>
    ({ Effect: "Allow", ...s }) as PolicyStatement;
  t.is(
    evaluate(
      [allow({ Action: "iam:*Role", Resource: "arn:aws:iam::123456789012:role/securecloud-prod-*" })],
      { action: "IAM:CreateRole", resource: role },
    ),
    "allowed",
  );
  t.is(
    evaluate(
      [allow({ Action: "iam:CreateRole", Resource: "arn:aws:iam::123456789012:role/securecloud-staging-*" })],
      { action: "iam:CreateRole", resource: role },
    ),
    "implicit",
  );
  t.is(
    evaluate([allow({ Action: "iam:GetRole", Resource: "arn:aws:iam::*:role/*" })], {
      action: "iam:GetRole",
      resource: role,
    }),
    "allowed",
  );
  t.is(
    evaluate([allow({ Action: "iam:GetRole", Resource: "arn:aws:iam::*:role/*" })], {
      action: "iam:GetRole",
      resource: "*",
    }),
    "implicit",
  );
  t.is(
    evaluate([allow({ Action: "iam:GetRole", Resource: "arn:aws:iam:*:role/x" })], {
      action: "iam:GetRole",
      resource: "arn:aws:iam::1:role/x",
    }),
    "implicit",
    "* stays within a segment",
  );
  t.is(
    evaluate([allow({ NotAction: ["iam:*"], Resource: "*" })], { action: "iam:PassRole", resource: role }),
    "implicit",
  );
  t.is(
    evaluate([allow({ NotAction: ["iam:*"], Resource: "*" })], {
      action: "shield:AssociateDRTRole",
      resource: "*",
    }),
    "allowed",
  );
  t.is(
    evaluate(
      [allow({ Action: "*", Resource: "*" }), { Effect: "Deny", Action: "iam:PassRole", Resource: "*" }],
      { action: "iam:PassRole", resource: role },
    ),
    "denied",
  );
  const pass = allow({
    Action: "iam:PassRole",
    Resource: role,
    Condition: { StringEquals: { "iam:PassedToService": ["ecs-tasks.amazonaws.com", "ssm.amazonaws.com"] } },
  });
  t.is(
    evaluate([pass], {
      action: "iam:PassRole",
      resource: role,
      context: { "iam:PassedToService": "ssm.amazonaws.com" },
    }),
    "allowed",
  );
  t.is(
    evaluate([pass], {
      action: "iam:PassRole",
      resource: role,
      context: { "iam:PassedToService": "ec2.amazonaws.com" },
    }),
    "implicit",
  );
  t.is(
    evaluate([pass], { action: "iam:PassRole", resource: role }),
    "implicit",
    "a missing key fails StringEquals",
  );
  t.throws(() =>
    evaluate([allow({ Action: "*", Resource: "*", Condition: { NumericLessThan: { "aws:x": "1" } } })], {
      action: "s3:GetObject",
      resource: "*",
    }),
  );
});

for (const env of [staging, prod]) {
  test(`${env.name}: the deploy role can run the live gate it runs before a release: Config's rules and Security Hub's findings`, (t) => {
    const { doc } = synthEnvironment(env);
    const iam = new EstateIam(doc);
    const deploy = iam.policiesOf(iam.roleOfOutput("github_deploy_role_arn"));
    const account = iam.account;
    const region = env.region;
    const arn = (service: string, resource: string) => `arn:aws:${service}:${region}:${account}:${resource}`;
    for (const [action, resource] of [
      ["config:DescribeConfigRules", arn("config", "config-rule/config-rule-abc")],
      ["config:StartConfigRulesEvaluation", arn("config", "config-rule/config-rule-abc")],
      ["securityhub:GetFindings", arn("securityhub", "hub/default")],
    ] as const) {
      t.is(
        evaluate(deploy, { action, resource: iam.resolve(resource) }),
        "allowed",
        `${action} on ${resource}`,
      );
    }
  });
}
