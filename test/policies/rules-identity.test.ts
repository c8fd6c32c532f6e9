// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
import { doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

const json = (statement: object | object[]) =>
  JSON.stringify({ Version: "2012-10-17", Statement: statement });

rule("SC-IAM-001", [
  fail(
    "a JSON-string policy with Action and Resource as strings",
    () =>
      doc({
        aws_iam_policy: {
          admin: { name: "admin", policy: json({ Effect: "Allow", Action: "*", Resource: "*" }) },
        },
      }),
    "aws_iam_policy.admin",
    /grants administrator access \(Allow Action "\*" on Resource "\*"\)/,
  ),
  fail(
    "a jsonencode policy with arrays and *:*",
    () =>
      doc({
        aws_iam_policy: {
          admin: {
            policy:
              '${jsonencode({"Version" = "2012-10-17", "Statement" = [{"Effect" = "Allow", "Action" = ["*:*"], "Resource" = ["*"]}]})}',
          },
        },
      }),
    "aws_iam_policy.admin",
  ),
  fail(
    "a data.aws_iam_policy_document used by a managed policy (cross-resource)",
    () =>
      doc(
        { aws_iam_policy: { p: { policy: "${data.aws_iam_policy_document.doc.json}" } } },
        { aws_iam_policy_document: { doc: { statement: [{ actions: ["*"], resources: ["*"] }] } } },
      ),
    "aws_iam_policy.p",
  ),
  fail(
    "NotAction on every resource",
    () =>
      doc({
        aws_iam_policy: {
          poweruser: {
            policy: json([{ Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" }]),
          },
        },
      }),
    "aws_iam_policy.poweruser",
    /NotAction/,
  ),
  fail(
    "lower-case keys and a single statement object",
    () =>
      doc({
        aws_iam_policy: {
          p: { policy: JSON.stringify({ statement: { effect: "Allow", action: "*", resource: "*" } }) },
        },
      }),
    "aws_iam_policy.p",
  ),
  pass("every action on one resource, and a Deny of everything", () =>
    doc({
      aws_iam_policy: {
        p: {
          policy: json([
            { Effect: "Allow", Action: "*", Resource: "arn:aws:s3:::bucket/*" },
            { Effect: "Deny", Action: "*", Resource: "*" },
          ]),
        },
      },
    }),
  ),
]);

rule("SC-IAM-002", [
  fail(
    "PassRole on any role",
    (d) => {
      d.data.aws_iam_policy_document["execution-policy-document"].statement.push({
        actions: ["iam:PassRole"],
        resources: ["*"],
      });
    },
    "aws_iam_role_policy.execution-role-policy",
    /allows iam:PassRole on any role/,
  ),
  fail(
    "iam:Pass* on role/*",
    () =>
      doc({
        aws_iam_role_policy: {
          p: {
            role: "${aws_iam_role.r.id}",
            policy: json({
              Effect: "Allow",
              Action: ["iam:Pass*"],
              Resource: ["arn:aws:iam::123456789012:role/*"],
            }),
          },
        },
        aws_iam_role: { r: { assume_role_policy: "{}" } },
      }),
    "aws_iam_role_policy.p",
    /on aws_iam_role\.r allows iam:PassRole/,
  ),
  fail(
    "PassRole added through an override document (cross-resource)",
    () =>
      doc(
        { aws_iam_policy: { p: { policy: "${data.aws_iam_policy_document.main.json}" } } },
        {
          aws_iam_policy_document: {
            main: {
              statement: [{ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::b/*"] }],
              override_policy_documents: ["${data.aws_iam_policy_document.extra.json}"],
            },
            extra: { statement: [{ sid: "pass", actions: ["iam:*"], resources: ["*"] }] },
          },
        },
      ),
    "aws_iam_policy.p",
  ),
  pass("PassRole on one named role", () =>
    doc({
      aws_iam_policy: {
        p: {
          policy: json({
            Effect: "Allow",
            Action: "iam:PassRole",
            Resource: "${aws_iam_role.task.arn}",
            Condition: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } },
          }),
        },
      },
      aws_iam_role: { task: { assume_role_policy: "{}" } },
    }),
  ),
]);

rule("SC-IAM-003", [
  fail(
    "an inline role policy with * on *",
    (d) => {
      d.resource.aws_iam_role_policy["trail-role-policy"].policy = json({
        Effect: "Allow",
        Action: "*",
        Resource: "*",
      });
    },
    "aws_iam_role_policy.trail-role-policy",
    /inline policy aws_iam_role_policy\.trail-role-policy on aws_iam_role\.trail-role grants administrator access/,
  ),
  fail(
    "an inline_policy block on a role",
    (d) => {
      d.resource.aws_iam_role["task-role"].inline_policy[0].policy = json({
        Effect: "Allow",
        Action: ["*"],
        Resource: ["*"],
      });
    },
    "aws_iam_role.task-role",
    /inline policy "metrics" of aws_iam_role\.task-role/,
  ),
  fail(
    "AdministratorAccess attached",
    (d) => {
      d.resource.aws_iam_role_policy_attachment = {
        admin: {
          role: "${aws_iam_role.task-role.name}",
          policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess",
        },
      };
    },
    "aws_iam_role_policy_attachment.admin",
    /attaches AdministratorAccess to aws_iam_role\.task-role/,
  ),
  fail(
    "AdministratorAccess in managed_policy_arns",
    () =>
      doc({
        aws_iam_role: {
          r: {
            assume_role_policy: "{}",
            managed_policy_arns: ["arn:aws:iam::aws:policy/AdministratorAccess"],
          },
        },
      }),
    "aws_iam_role.r",
  ),
  fail(
    "a customer managed admin policy attached to a user (cross-resource)",
    () =>
      doc({
        aws_iam_policy: { admin: { policy: json({ Effect: "Allow", Action: "*", Resource: "*" }) } },
        aws_iam_user: { u: { name: "u" } },
        aws_iam_user_policy_attachment: {
          a: { user: "${aws_iam_user.u.name}", policy_arn: "${aws_iam_policy.admin.arn}" },
        },
      }),
    "aws_iam_user_policy_attachment.a",
    /attaches aws_iam_policy\.admin, which grants administrator access, to aws_iam_user\.u/,
  ),
  pass("ReadOnlyAccess attached", () =>
    doc({
      aws_iam_role_policy_attachment: {
        ro: { role: "r", policy_arn: "arn:aws:iam::aws:policy/ReadOnlyAccess" },
      },
    }),
  ),
]);

rule("SC-IAM-004", [
  fail(
    "s3:* on a bucket",
    () =>
      doc({
        aws_iam_role_policy: {
          p: { role: "r", policy: json({ Effect: "Allow", Action: ["s3:*"], Resource: "arn:aws:s3:::b" }) },
        },
      }),
    "aws_iam_role_policy.p",
    /allows s3:\*/,
  ),
]);
