// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
/** Resource-policy rules, role separation and broad identity grants, pass/fail pairs per rule. */
import { type Doc, doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

const ACCOUNT = "111122223333";

function inAccount(d: Doc): Doc {
  d.provider = { aws: [{ region: "us-east-1", allowed_account_ids: [ACCOUNT] }] };
  return d;
}

const policyOf = (...statements: Record<string, unknown>[]) =>
  JSON.stringify({ Version: "2012-10-17", Statement: statements });
const root = {
  Sid: "Admin",
  Effect: "Allow",
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: "kms:*",
  Resource: "*",
};
const key = (...statements: Record<string, unknown>[]) =>
  inAccount(
    doc({ aws_kms_key: { k: { enable_key_rotation: true, policy: policyOf(root, ...statements) } } }),
  );

rule("SC-KMS-002", [
  pass("the account root and a scoped service", () =>
    key({
      Effect: "Allow",
      Principal: { Service: "logs.us-east-1.amazonaws.com" },
      Action: "kms:Encrypt*",
      Resource: "*",
      Condition: {
        ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:*` },
      },
    }),
  ),
  pass('"*" with kms:CallerAccount of this account', () =>
    key({
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "kms:Decrypt",
      Resource: "*",
      Condition: {
        StringEquals: { "kms:CallerAccount": ACCOUNT, "kms:ViaService": "s3.us-east-1.amazonaws.com" },
      },
    }),
  ),
  fail(
    '"*" without an account condition',
    () => key({ Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:Decrypt", Resource: "*" }),
    "aws_kms_key.k",
    /Principal "\*"/,
  ),
  fail(
    '"*" conditioned on kms:ViaService only',
    () =>
      key({
        Effect: "Allow",
        Principal: "*",
        Action: "kms:Decrypt",
        Resource: "*",
        Condition: { StringEquals: { "kms:ViaService": "s3.us-east-1.amazonaws.com" } },
      }),
    "aws_kms_key.k",
    /without an account condition/,
  ),
  fail(
    "another account",
    () =>
      key({
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::444455556666:root" },
        Action: "kms:Decrypt",
        Resource: "*",
      }),
    "aws_kms_key.k",
    /444455556666/,
  ),
]);

const bucket = (statement: Record<string, unknown>) =>
  inAccount(
    doc({
      aws_s3_bucket: { b: { bucket: "b" } },
      aws_s3_bucket_policy: { b: { bucket: "${aws_s3_bucket.b.id}", policy: policyOf(statement) } },
    }),
  );
const trailWrite = {
  Sid: "TrailWrite",
  Effect: "Allow",
  Principal: { Service: "cloudtrail.amazonaws.com" },
  Action: "s3:PutObject",
  Resource: "arn:aws:s3:::b/*",
};

rule("SC-RES-001", [
  pass("aws:SourceArn of this account's trail", () =>
    bucket({
      ...trailWrite,
      Condition: { StringEquals: { "aws:SourceArn": `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/t` } },
    }),
  ),
  fail(
    "no source condition",
    () => bucket(trailWrite),
    "aws_s3_bucket_policy.b",
    /cloudtrail\.amazonaws\.com/,
  ),
  fail(
    "a source ARN of any account",
    () =>
      bucket({
        ...trailWrite,
        Condition: { ArnLike: { "aws:SourceArn": "arn:aws:cloudtrail:*:*:trail/*" } },
      }),
    "aws_s3_bucket_policy.b",
    /without aws:SourceArn/,
  ),
  fail(
    "an SNS topic policy for EventBridge without aws:SourceAccount",
    () =>
      inAccount(
        doc({
          aws_sns_topic: { t: { name: "t" } },
          aws_sns_topic_policy: {
            t: {
              arn: "${aws_sns_topic.t.arn}",
              policy: policyOf({
                Effect: "Allow",
                Principal: { Service: "events.amazonaws.com" },
                Action: "sns:Publish",
                Resource: "*",
              }),
            },
          },
        }),
      ),
    "aws_sns_topic_policy.t",
    /events\.amazonaws\.com/,
  ),
]);

const topic = (statement: Record<string, unknown>) =>
  inAccount(
    doc({
      aws_sns_topic: { t: { name: "t" } },
      aws_sns_topic_policy: { t: { arn: "${aws_sns_topic.t.arn}", policy: policyOf(statement) } },
    }),
  );

rule("SC-RES-002", [
  pass('"*" restricted to this account', () =>
    topic({
      Effect: "Allow",
      Principal: "*",
      Action: "sns:Publish",
      Resource: "*",
      Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
    }),
  ),
  pass("ELB log delivery to its bucket", () =>
    bucket({
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::127311923021:root" },
      Action: "s3:PutObject",
      Resource: "arn:aws:s3:::b/alb/*",
    }),
  ),
  fail(
    "a topic anyone may publish to",
    () => topic({ Effect: "Allow", Principal: "*", Action: "sns:Publish", Resource: "*" }),
    "aws_sns_topic_policy.t",
    /to everyone/,
  ),
  fail(
    "a topic another account may subscribe to",
    () =>
      topic({ Effect: "Allow", Principal: { AWS: "444455556666" }, Action: "sns:Subscribe", Resource: "*" }),
    "aws_sns_topic_policy.t",
    /444455556666/,
  ),
  fail(
    "a bucket another account may read",
    () =>
      bucket({
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::444455556666:root" },
        Action: "s3:GetObject",
        Resource: "arn:aws:s3:::b/*",
      }),
    "aws_s3_bucket_policy.b",
    /444455556666/,
  ),
]);

const ownership = (o: string, extra: Doc = {}) =>
  doc({
    aws_s3_bucket: { b: { bucket: "b" } },
    aws_s3_bucket_ownership_controls: {
      b: { bucket: "${aws_s3_bucket.b.id}", rule: { object_ownership: o } },
    },
    ...extra,
  });

rule("SC-S3-006", [
  pass("BucketOwnerEnforced", () => ownership("BucketOwnerEnforced")),
  fail(
    "ObjectWriter",
    () => ownership("ObjectWriter"),
    "aws_s3_bucket_ownership_controls.b",
    /ACLs are enabled/,
  ),
  fail(
    "an ACL resource",
    () =>
      ownership("BucketOwnerPreferred", {
        aws_s3_bucket_acl: { b: { bucket: "${aws_s3_bucket.b.id}", acl: "private" } },
      }),
    "aws_s3_bucket_acl.b",
    /ACL/,
  ),
]);

const rolePolicy = (statement: Record<string, unknown>) =>
  doc({
    aws_iam_role: { r: { name: "r", assume_role_policy: "{}" } },
    aws_iam_role_policy: { p: { role: "${aws_iam_role.r.id}", policy: policyOf(statement) } },
  });

rule("SC-IAM-005", [
  pass("reads on everything", () =>
    rolePolicy({ Effect: "Allow", Action: ["ec2:Describe*", "s3:Get*"], Resource: "*" }),
  ),
  pass("writes on named resources", () =>
    rolePolicy({ Effect: "Allow", Action: "s3:Put*", Resource: "arn:aws:s3:::b/*" }),
  ),
  fail(
    "a service wildcard on *",
    () => rolePolicy({ Effect: "Allow", Action: "wafv2:*", Resource: "*" }),
    "aws_iam_role_policy.p",
    /wafv2:\*/,
  ),
  fail(
    "write verbs on every role",
    () => rolePolicy({ Effect: "Allow", Action: "iam:*Role*", Resource: "arn:aws:iam::111122223333:role/*" }),
    "aws_iam_role_policy.p",
    /every resource/,
  ),
  fail(
    "PowerUserAccess",
    () =>
      doc({
        aws_iam_role: { r: { name: "r", assume_role_policy: "{}" } },
        aws_iam_role_policy_attachment: {
          a: { role: "${aws_iam_role.r.name}", policy_arn: "arn:aws:iam::aws:policy/PowerUserAccess" },
        },
      }),
    "aws_iam_role_policy_attachment.a",
    /PowerUserAccess/,
  ),
]);

function task(opts: {
  taskRole?: string;
  paramType?: string;
  taskPolicy?: Record<string, unknown>;
  execPolicy?: Record<string, unknown>;
}): Doc {
  const containers = JSON.stringify([
    {
      name: "app",
      image: "x",
      user: "1000",
      readonlyRootFilesystem: true,
      secrets: [{ name: "TOKEN", valueFrom: "${aws_ssm_parameter.token.arn}" }],
    },
  ]);
  return doc({
    aws_iam_role: {
      exec: { name: "exec", assume_role_policy: "{}" },
      task: { name: "task", assume_role_policy: "{}" },
    },
    aws_iam_role_policy: {
      ...(opts.taskPolicy
        ? { t: { role: "${aws_iam_role.task.id}", policy: policyOf(opts.taskPolicy) } }
        : {}),
      ...(opts.execPolicy
        ? { e: { role: "${aws_iam_role.exec.id}", policy: policyOf(opts.execPolicy) } }
        : {}),
    },
    aws_ssm_parameter: {
      token: { name: "/app/TOKEN", type: opts.paramType ?? "SecureString", value_wo: "x" },
    },
    aws_ecs_task_definition: {
      td: {
        family: "app",
        container_definitions: containers,
        execution_role_arn: "${aws_iam_role.exec.arn}",
        task_role_arn: opts.taskRole ?? "${aws_iam_role.task.arn}",
      },
    },
  });
}

rule("SC-ECS-010", [
  pass("separate roles; only the execution role reads the secret", () =>
    task({
      execPolicy: {
        Effect: "Allow",
        Action: "ssm:GetParameters",
        Resource: "${aws_ssm_parameter.token.arn}",
      },
    }),
  ),
  fail(
    "one role for both",
    () => task({ taskRole: "${aws_iam_role.exec.arn}" }),
    "aws_ecs_task_definition.td",
    /same role/,
  ),
  fail(
    "the task role reads the secret",
    () =>
      task({
        taskPolicy: {
          Effect: "Allow",
          Action: "ssm:GetParameters",
          Resource: "${aws_ssm_parameter.token.arn}",
        },
      }),
    "aws_ecs_task_definition.td",
    /may read the secret TOKEN/,
  ),
  fail(
    "the execution role reads every parameter",
    () => task({ execPolicy: { Effect: "Allow", Action: "ssm:GetParameters", Resource: "*" } }),
    "aws_ecs_task_definition.td",
    /every parameter/,
  ),
]);

rule("SC-ECS-011", [
  pass("a SecureString", () => task({})),
  fail("a plain String", () => task({ paramType: "String" }), "aws_ssm_parameter.token", /String parameter/),
  fail(
    "a String through a variable default",
    () => {
      const d = task({ paramType: "${var.kind}" });
      d.variable = { kind: { default: "StringList" } };
      return d;
    },
    "aws_ssm_parameter.token",
    /StringList/,
  ),
]);
