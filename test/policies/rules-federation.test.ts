// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
/** Identity federation rules: GitHub OIDC trusts and who else a role trusts, in every policy form. */
import { type Doc, doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

const REPO = "example-org/app";
const PROVIDER = "${aws_iam_openid_connect_provider.github.arn}";

function withIntent(d: Doc): Doc {
  d["//"] = {
    metadata: { stackName: "unit" },
    securecloud: {
      features: {
        github: {
          repository: REPO,
          environments: ["prod", "prod-rollback"],
          subjects: { "app-deploy": [`repo:${REPO}:environment:prod`] },
        },
      },
    },
  };
  d.provider = { aws: [{ region: "us-east-1", allowed_account_ids: ["111122223333"] }] };
  return d;
}

function githubRole(condition: Record<string, unknown>, extra: Doc = {}, policy?: string): Doc {
  const trust = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Federated: PROVIDER },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: condition,
      },
    ],
  });
  return withIntent(
    doc({
      aws_iam_openid_connect_provider: {
        github: { url: "https://token.actions.githubusercontent.com", client_id_list: ["sts.amazonaws.com"] },
      },
      aws_iam_role: { deploy: { name: "app-deploy", assume_role_policy: trust } },
      aws_iam_role_policy: {
        deploy: {
          role: "${aws_iam_role.deploy.id}",
          policy:
            policy ??
            JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Action: "ecs:UpdateService",
                  Resource: "arn:aws:ecs:us-east-1:111122223333:service/app/x",
                },
              ],
            }),
        },
      },
      ...extra,
    }),
  );
}

function renamed(d: Doc, name: string): Doc {
  d.resource.aws_iam_role.deploy.name = name;
  return d;
}

const AUD = { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" };
const exact = (sub: string) => ({ StringEquals: { ...AUD, "token.actions.githubusercontent.com:sub": sub } });

rule("SC-FED-001", [
  pass("the declared subject, exactly", () => githubRole(exact(`repo:${REPO}:environment:prod`))),
  pass("pull requests on a read-only role (one not declared for an environment)", () =>
    renamed(
      githubRole(
        exact(`repo:${REPO}:pull_request`),
        {},
        JSON.stringify({
          Statement: [{ Effect: "Allow", Action: ["ec2:Describe*", "s3:GetObject"], Resource: "*" }],
        }),
      ),
      "app-plan",
    ),
  ),
  fail(
    "a wildcard subject",
    () =>
      githubRole({
        StringEquals: AUD,
        StringLike: { "token.actions.githubusercontent.com:sub": `repo:${REPO}:*` },
      }),
    "aws_iam_role.deploy",
    /pattern/,
  ),
  fail(
    "StringLike where an exact match was meant",
    () =>
      githubRole({
        StringEquals: AUD,
        StringLike: { "token.actions.githubusercontent.com:sub": `repo:${REPO}:environment:prod` },
      }),
    "aws_iam_role.deploy",
    /StringLike/,
  ),
  fail(
    "another repository",
    () => githubRole(exact("repo:example-org/other:environment:prod")),
    "aws_iam_role.deploy",
    /other/,
  ),
  fail(
    "a branch instead of the environment",
    () => githubRole(exact(`repo:${REPO}:ref:refs/heads/main`)),
    "aws_iam_role.deploy",
    /ref:refs\/heads\/main/,
  ),
  fail(
    "the other declared environment, not this role's",
    () => githubRole(exact(`repo:${REPO}:environment:prod-rollback`)),
    "aws_iam_role.deploy",
    /this role is for/,
  ),
  fail(
    "pull requests on a role that writes",
    () => githubRole(exact(`repo:${REPO}:pull_request`)),
    "aws_iam_role.deploy",
    /pull requests/,
  ),
  fail(
    "no sub condition",
    () => githubRole({ StringEquals: AUD }),
    "aws_iam_role.deploy",
    /no token\.actions\.githubusercontent\.com:sub/,
  ),
  fail(
    "no audience",
    () =>
      githubRole({
        StringEquals: { "token.actions.githubusercontent.com:sub": `repo:${REPO}:environment:prod` },
      }),
    "aws_iam_role.deploy",
    /aud/,
  ),
  fail(
    "a trust through data.aws_iam_policy_document and a local",
    () => {
      const d = githubRole(exact("x"));
      d.locals = { subject: `repo:${REPO}:*` };
      d.data = {
        aws_iam_policy_document: {
          trust: {
            statement: [
              {
                actions: ["sts:AssumeRoleWithWebIdentity"],
                principals: [{ type: "Federated", identifiers: [PROVIDER] }],
                condition: [
                  {
                    test: "StringEquals",
                    variable: "token.actions.githubusercontent.com:aud",
                    values: ["sts.amazonaws.com"],
                  },
                  {
                    test: "StringLike",
                    variable: "token.actions.githubusercontent.com:sub",
                    values: ["${local.subject}"],
                  },
                ],
              },
            ],
          },
        },
      };
      d.resource.aws_iam_role.deploy.assume_role_policy = "${data.aws_iam_policy_document.trust.json}";
      return d;
    },
    "aws_iam_role.deploy",
    /pattern "repo:example-org\/app:\*"/,
  ),
]);

function serviceRole(statement: Record<string, unknown>): Doc {
  return withIntent(
    doc({
      aws_iam_role: {
        task: { name: "task", assume_role_policy: JSON.stringify({ Statement: [statement] }) },
      },
    }),
  );
}

rule("SC-FED-002", [
  pass("a service with aws:SourceAccount", () =>
    serviceRole({
      Effect: "Allow",
      Principal: { Service: "ecs-tasks.amazonaws.com" },
      Action: "sts:AssumeRole",
      Condition: { StringEquals: { "aws:SourceAccount": "111122223333" } },
    }),
  ),
  pass("this account's root", () =>
    serviceRole({
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::111122223333:root" },
      Action: "sts:AssumeRole",
    }),
  ),
  fail(
    "a service without a source condition",
    () =>
      serviceRole({
        Effect: "Allow",
        Principal: { Service: "ecs-tasks.amazonaws.com" },
        Action: "sts:AssumeRole",
      }),
    "aws_iam_role.task",
    /without aws:SourceAccount/,
  ),
  fail(
    "another account",
    () =>
      serviceRole({
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::444455556666:root" },
        Action: "sts:AssumeRole",
      }),
    "aws_iam_role.task",
    /444455556666/,
  ),
  fail(
    "everyone",
    () => serviceRole({ Effect: "Allow", Principal: "*", Action: "sts:AssumeRole" }),
    "aws_iam_role.task",
    /any principal/,
  ),
  fail(
    "a service conditioned on someone else's account",
    () =>
      serviceRole({
        Effect: "Allow",
        Principal: { Service: "ecs-tasks.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: { StringEquals: { "aws:SourceAccount": "444455556666" } },
      }),
    "aws_iam_role.task",
    /not this estate's account/,
  ),
]);
