// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
import { doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

const PAB = {
  block_public_acls: true,
  block_public_policy: true,
  ignore_public_acls: true,
  restrict_public_buckets: true,
};

rule("SC-S3-001", [
  fail(
    "a bucket without a public access block",
    (d) => {
      delete d.resource.aws_s3_bucket_public_access_block["trail-bucket-public-access"];
    },
    "aws_s3_bucket.trail-bucket",
    /no aws_s3_bucket_public_access_block/,
  ),
  fail(
    "a block that leaves public policies allowed",
    (d) => {
      d.resource.aws_s3_bucket_public_access_block["config-bucket-public-access"].block_public_policy = false;
    },
    "aws_s3_bucket_public_access_block.config-bucket-public-access",
    /block_public_policy/,
  ),
  fail(
    "a block for another bucket does not count (cross-resource)",
    () =>
      doc({
        aws_s3_bucket: { a: { bucket: "a" }, b: { bucket: "b" } },
        aws_s3_bucket_public_access_block: { pa: { bucket: "${aws_s3_bucket.a.id}", ...PAB } },
      }),
    "aws_s3_bucket.b",
  ),
  pass("an account-level block covers every bucket", () =>
    doc({ aws_s3_bucket: { a: { bucket: "a" } }, aws_s3_account_public_access_block: { acct: PAB } }),
  ),
]);

rule("SC-S3-002", [
  fail(
    "no versioning",
    (d) => {
      delete d.resource.aws_s3_bucket_versioning["alb-log-bucket-versioning"];
    },
    "aws_s3_bucket.alb-log-bucket",
    /no aws_s3_bucket_versioning/,
  ),
  fail(
    "suspended",
    (d) => {
      d.resource.aws_s3_bucket_versioning["trail-bucket-versioning"].versioning_configuration.status =
        "Suspended";
    },
    "aws_s3_bucket.trail-bucket",
    /not Enabled/,
  ),
  pass("the legacy inline versioning block", () =>
    doc({ aws_s3_bucket: { a: { bucket: "a", versioning: { enabled: true } } } }),
  ),
]);

const tlsDeny = {
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: ["arn:aws:s3:::a", "arn:aws:s3:::a/*"],
  Condition: { Bool: { "aws:SecureTransport": "false" } },
};

rule("SC-S3-003", [
  fail(
    "no bucket policy",
    (d) => {
      delete d.resource.aws_s3_bucket_policy["config-bucket-policy"];
    },
    "aws_s3_bucket.config-bucket",
    /no policy denying non-TLS requests/,
  ),
  fail(
    "a policy document without the SecureTransport deny (cross-resource through the data source)",
    (d) => {
      d.data.aws_iam_policy_document["trail-bucket-policy-document"].statement.shift();
    },
    "aws_s3_bucket_policy.trail-bucket-policy",
    /does not deny requests where aws:SecureTransport is false/,
  ),
  fail(
    "a deny on the wrong condition value",
    () =>
      doc({
        aws_s3_bucket: { a: { bucket: "a" } },
        aws_s3_bucket_policy: {
          p: {
            bucket: "${aws_s3_bucket.a.id}",
            policy: JSON.stringify({
              Statement: [{ ...tlsDeny, Condition: { Bool: { "aws:SecureTransport": "true" } } }],
            }),
          },
        },
      }),
    "aws_s3_bucket_policy.p",
  ),
  pass("a JSON-string policy with the deny", () =>
    doc({
      aws_s3_bucket: { a: { bucket: "a" } },
      aws_s3_bucket_policy: {
        p: {
          bucket: "${aws_s3_bucket.a.id}",
          policy: JSON.stringify({ Version: "2012-10-17", Statement: [tlsDeny] }),
        },
      },
    }),
  ),
  pass("a jsonencode policy with the deny", () =>
    doc({
      aws_s3_bucket: { a: { bucket: "a" } },
      aws_s3_bucket_policy: {
        p: {
          bucket: "${aws_s3_bucket.a.id}",
          policy:
            '${jsonencode({"Statement" = [{"Effect" = "Deny", "Principal" = {"AWS" = "*"}, "Action" = ["s3:*"], "Resource" = [aws_s3_bucket.a.arn, "${aws_s3_bucket.a.arn}/*"], "Condition" = {"Bool" = {"aws:SecureTransport" = "false"}}}]})}',
        },
      },
    }),
  ),
]);

rule("SC-S3-004", [
  fail(
    "a public-read ACL",
    (d) => {
      d.resource.aws_s3_bucket_acl = {
        pub: { bucket: "${aws_s3_bucket.config-bucket.id}", acl: "public-read" },
      };
    },
    "aws_s3_bucket_acl.pub",
    /public-read on aws_s3_bucket\.config-bucket/,
  ),
  fail(
    "a policy allowing everyone to read",
    (d) => {
      d.data.aws_iam_policy_document["config-bucket-policy-document"].statement.push({
        effect: "Allow",
        principals: [{ type: "AWS", identifiers: ["*"] }],
        actions: ["s3:GetObject"],
        resources: ["${aws_s3_bucket.config-bucket.arn}/*"],
      });
    },
    "aws_s3_bucket_policy.config-bucket-policy",
    /allows s3:GetObject to everyone/,
  ),
  fail(
    "a grant to AllUsers",
    () =>
      doc({
        aws_s3_bucket: { a: { bucket: "a" } },
        aws_s3_bucket_acl: {
          g: {
            bucket: "a",
            access_control_policy: {
              grant: [
                {
                  permission: "WRITE",
                  grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers" },
                },
              ],
              owner: { id: "o" },
            },
          },
        },
      }),
    "aws_s3_bucket_acl.g",
    /WRITE/,
  ),
  pass("everyone, restricted to the account's sources", () =>
    doc({
      aws_s3_bucket: { a: { bucket: "a" } },
      aws_s3_bucket_policy: {
        p: {
          bucket: "${aws_s3_bucket.a.id}",
          policy: JSON.stringify({
            Statement: [
              {
                Effect: "Allow",
                Principal: "*",
                Action: "s3:PutObject",
                Resource: "arn:aws:s3:::a/*",
                Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
              },
            ],
          }),
        },
      },
    }),
  ),
]);

rule("SC-S3-005", [
  fail(
    "a bucket with SSE-S3 only",
    (d) => {
      d.resource.aws_s3_bucket_server_side_encryption_configuration[
        "config-bucket-encryption"
      ].rule[0].apply_server_side_encryption_by_default = {
        sse_algorithm: "AES256",
      };
    },
    "aws_s3_bucket.config-bucket",
    /not aws:kms/,
  ),
  fail(
    "no encryption configuration",
    () => doc({ aws_s3_bucket: { a: { bucket: "a" } } }),
    "aws_s3_bucket.a",
  ),
]);

rule("SC-KMS-001", [
  fail(
    "rotation off",
    (d) => {
      d.resource.aws_kms_key["data-key"].enable_key_rotation = false;
    },
    "aws_kms_key.data-key",
    /enable_key_rotation/,
  ),
  pass("asymmetric keys cannot rotate", () =>
    doc({ aws_kms_key: { sign: { key_usage: "SIGN_VERIFY", customer_master_key_spec: "ECC_NIST_P256" } } }),
  ),
]);

rule("SC-SNS-001", [
  fail(
    "an unencrypted topic",
    (d) => {
      delete d.resource.aws_sns_topic["alarms-topic"].kms_master_key_id;
    },
    "aws_sns_topic.alarms-topic",
  ),
]);
