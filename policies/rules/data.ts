import { allowsAction, type PolicyDocument, readPolicy, type Statement } from "../engine/iam.ts";
import type { StackModel, TfResource } from "../engine/types.ts";
import { allBlocks, block, blocks, bool, literal, str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { BUCKET_TYPES, bucketCompanions } from "./queries/s3.ts";

const PAB_FLAGS = [
  "block_public_acls",
  "block_public_policy",
  "ignore_public_acls",
  "restrict_public_buckets",
];

function buckets(stack: StackModel): TfResource[] {
  return stack.ofType(...BUCKET_TYPES);
}

function accountBlocksAll(stack: StackModel): boolean {
  return stack
    .ofType("aws_s3_account_public_access_block")
    .some((a) => PAB_FLAGS.every((f) => bool(a.values[f]) === true));
}

export const publicAccessBlocked = defineRule({
  id: "SC-S3-001",
  title: "S3 buckets block public access",
  severity: "high",
  category: "data",
  rationale:
    "Block Public Access is the guard against a later ACL or policy change exposing the bucket (log buckets hold client IPs and request paths).",
  remediation:
    "Add an aws_s3_bucket_public_access_block for the bucket with all four settings true (or an aws_s3_account_public_access_block for the account).",
  controls: { fsbp: ["S3.8", "S3.1"], cis: ["v3.0.0 2.1.4"] },
  awsConfigRules: [
    "s3-bucket-level-public-access-prohibited",
    "s3-account-level-public-access-blocks-periodic",
  ],
  checkov: ["CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56"],
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"],
  check(ctx) {
    const { stack } = ctx;
    if (accountBlocksAll(stack)) return;
    for (const b of buckets(stack)) {
      const pabs = bucketCompanions(stack, b, "aws_s3_bucket_public_access_block");
      if (pabs.length === 0) {
        ctx.report(b, "bucket has no aws_s3_bucket_public_access_block");
        continue;
      }
      for (const pab of pabs) {
        const off = PAB_FLAGS.filter((f) => bool(pab.values[f]) !== true);
        if (off.length > 0)
          ctx.report(pab, `public access block for ${b.address} leaves ${off.join(", ")} off`);
      }
    }
  },
});

export const versioning = defineRule({
  id: "SC-S3-002",
  title: "S3 buckets are versioned",
  severity: "medium",
  category: "data",
  rationale:
    "Versioning keeps overwritten and deleted objects recoverable: logs and audit records survive a mistaken or malicious delete.",
  remediation: 'Add an aws_s3_bucket_versioning with versioning_configuration { status = "Enabled" }.',
  controls: { fsbp: ["S3.14"], cis: [] },
  awsConfigRules: ["s3-bucket-versioning-enabled"],
  checkov: ["CKV_AWS_21"],
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_versioning"],
  check(ctx) {
    const { stack } = ctx;
    for (const b of buckets(stack)) {
      const inline = block(b.values.versioning);
      if (inline && bool(inline.enabled) === true) continue;
      const v = bucketCompanions(stack, b, "aws_s3_bucket_versioning");
      const enabled = v.some((x) => str(block(x.values.versioning_configuration)?.status) === "Enabled");
      if (!enabled) {
        ctx.report(
          b,
          v.length === 0 ? "bucket has no aws_s3_bucket_versioning" : "versioning status is not Enabled",
        );
      }
    }
  },
});

/** Policies applying to a bucket: aws_s3_bucket_policy resources and the legacy inline policy. */
function bucketPolicies(
  stack: StackModel,
  b: TfResource,
): { at: TfResource; doc: PolicyDocument | undefined }[] {
  const out: { at: TfResource; doc: PolicyDocument | undefined }[] = [];
  for (const p of bucketCompanions(stack, b, "aws_s3_bucket_policy"))
    out.push({ at: p, doc: readPolicy(stack, p.values.policy) });
  if (b.values.policy !== undefined && b.values.policy !== null)
    out.push({ at: b, doc: readPolicy(stack, b.values.policy) });
  return out;
}

function everyone(s: Statement): boolean {
  return (s.principals ?? []).some((p) => p === "*" || p === "AWS:*");
}

/** Deny of every S3 action to everyone when aws:SecureTransport is false. */
function deniesInsecureTransport(s: Statement): boolean {
  if (s.effect !== "Deny" || !everyone(s)) return false;
  const acts = s.actions ?? [];
  if (!acts.some((a) => a === "*" || a.toLowerCase() === "s3:*")) return false;
  return s.conditions.some(
    (c) =>
      /^bool$/i.test(c.test) &&
      c.variable.toLowerCase() === "aws:securetransport" &&
      c.values.some((v) => v.toLowerCase() === "false"),
  );
}

export const tlsOnly = defineRule({
  id: "SC-S3-003",
  title: "S3 bucket policies deny requests that do not use TLS",
  severity: "medium",
  category: "data",
  rationale: "Without an explicit deny, clients may read and write the bucket over plain HTTP.",
  remediation:
    'Add a bucket policy statement: Effect Deny, Principal "*", Action "s3:*", Resource [bucket ARN, bucket ARN/*], Condition Bool aws:SecureTransport = "false".',
  controls: { fsbp: ["S3.5"], cis: ["v3.0.0 2.1.1"] },
  awsConfigRules: ["s3-bucket-ssl-requests-only"],
  checkov: [],
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_policy", "aws_iam_policy_document"],
  check(ctx) {
    const { stack } = ctx;
    for (const b of buckets(stack)) {
      const policies = bucketPolicies(stack, b);
      if (policies.length === 0) {
        ctx.report(b, "bucket has no policy denying non-TLS requests (aws:SecureTransport = false)");
        continue;
      }
      const known = policies.filter((p) => p.doc !== undefined);
      if (known.length < policies.length) continue; // a policy we cannot read: do not guess
      if (!known.some((p) => p.doc!.statements.some(deniesInsecureTransport))) {
        ctx.report(
          known[0]!.at,
          `policy of ${b.address} does not deny requests where aws:SecureTransport is false`,
        );
      }
    }
  },
});

const PUBLIC_ACLS = ["public-read", "public-read-write", "authenticated-read"];
const READ = ["s3:GetObject", "s3:ListBucket"];
const WRITE = ["s3:PutObject", "s3:DeleteObject", "s3:PutObjectAcl", "s3:PutBucketPolicy"];
/** Conditions that restrict a public principal to known callers. */
const RESTRICTING_KEYS =
  /^aws:(SourceArn|SourceAccount|SourceVpc|SourceVpce|SourceIp|PrincipalOrgID|PrincipalAccount|PrincipalArn|SourceOrgID|userid)$|^s3:DataAccessPointAccount$/i;

export const noPublicGrants = defineRule({
  id: "SC-S3-004",
  title: "S3 buckets grant no public read or write",
  severity: "critical",
  category: "data",
  rationale:
    'A public-read ACL or an Allow to Principal "*" without a restricting condition publishes the bucket to the internet.',
  remediation:
    "Remove the public ACL grant or the statement; grant named principals or services with aws:SourceArn / aws:SourceAccount conditions.",
  controls: { fsbp: ["S3.2", "S3.3"], cis: [] },
  awsConfigRules: ["s3-bucket-public-read-prohibited", "s3-bucket-public-write-prohibited"],
  checkov: ["CKV_AWS_20", "CKV_AWS_57"],
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_acl", "aws_s3_bucket_policy"],
  check(ctx) {
    const { stack } = ctx;
    for (const b of buckets(stack)) {
      const legacyAcl = literal(b.values.acl);
      if (legacyAcl && PUBLIC_ACLS.includes(legacyAcl)) ctx.report(b, `bucket acl is ${legacyAcl}`);
      for (const acl of bucketCompanions(stack, b, "aws_s3_bucket_acl")) {
        const canned = literal(acl.values.acl);
        if (canned && PUBLIC_ACLS.includes(canned)) ctx.report(acl, `grants ${canned} on ${b.address}`);
        for (const policy of blocks(acl.values.access_control_policy)) {
          for (const g of allBlocks(policy, "grant")) {
            const uri = str(block(g.grantee)?.uri) ?? "";
            if (/AllUsers|AuthenticatedUsers/.test(uri))
              ctx.report(acl, `grants ${str(g.permission) ?? "access"} to ${uri} on ${b.address}`);
          }
        }
      }
      for (const { at, doc } of bucketPolicies(stack, b)) {
        for (const s of doc?.statements ?? []) {
          if (s.effect !== "Allow" || !everyone(s)) continue;
          if (s.conditions.some((c) => RESTRICTING_KEYS.test(c.variable))) continue;
          const reads = READ.filter((a) => allowsAction(s, a));
          const writes = WRITE.filter((a) => allowsAction(s, a));
          if (reads.length + writes.length > 0) {
            ctx.report(at, `policy of ${b.address} allows ${[...reads, ...writes].join(", ")} to everyone`);
          }
        }
      }
    }
  },
});

export const kmsEncryption = defineRule({
  id: "SC-S3-005",
  title: "S3 buckets default to SSE-KMS encryption",
  severity: "low",
  category: "data",
  rationale:
    "SSE-KMS puts object reads under the estate's key policy and CloudTrail; SSE-S3 does not. (ALB access-log buckets only support SSE-S3: suppress with that reason.)",
  remediation:
    'Add an aws_s3_bucket_server_side_encryption_configuration with apply_server_side_encryption_by_default { sse_algorithm = "aws:kms", kms_master_key_id = <CMK> } and bucket_key_enabled = true.',
  controls: { fsbp: ["S3.17"], cis: [] },
  awsConfigRules: ["s3-default-encryption-kms"],
  checkov: ["CKV_AWS_145"],
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_server_side_encryption_configuration"],
  check(ctx) {
    const { stack } = ctx;
    for (const b of buckets(stack)) {
      const confs = bucketCompanions(stack, b, "aws_s3_bucket_server_side_encryption_configuration");
      const inline = block(b.values.server_side_encryption_configuration);
      const rules = [
        ...confs.flatMap((c) => allBlocks(c.values, "rule")),
        ...(inline ? allBlocks(inline, "rule") : []),
      ];
      const kms = rules.some((r) =>
        /^aws:kms/.test(str(block(r.apply_server_side_encryption_by_default)?.sse_algorithm) ?? ""),
      );
      if (!kms)
        ctx.report(
          b,
          rules.length === 0
            ? "bucket has no default encryption configuration (SSE-S3 only)"
            : "default encryption is not aws:kms",
        );
    }
  },
});

export const keyRotation = defineRule({
  id: "SC-KMS-001",
  title: "KMS customer managed keys rotate",
  severity: "medium",
  category: "data",
  rationale:
    "Automatic rotation limits how much data one key version protects and is required by CIS for symmetric CMKs.",
  remediation:
    "Set enable_key_rotation = true (and optionally rotation_period_in_days) on symmetric aws_kms_key resources.",
  controls: { fsbp: ["KMS.4"], cis: ["v3.0.0 3.6"] },
  awsConfigRules: ["cmk-backing-key-rotation-enabled"],
  checkov: ["CKV_AWS_7"],
  resourceTypes: ["aws_kms_key"],
  check(ctx) {
    for (const k of ctx.stack.ofType("aws_kms_key")) {
      const spec = str(k.values.customer_master_key_spec ?? k.values.key_spec) ?? "SYMMETRIC_DEFAULT";
      const usage = str(k.values.key_usage) ?? "ENCRYPT_DECRYPT";
      if (spec !== "SYMMETRIC_DEFAULT" || usage !== "ENCRYPT_DECRYPT") continue; // rotation unsupported
      if (bool(k.values.enable_key_rotation) !== true) ctx.report(k, "enable_key_rotation is not true");
    }
  },
});

export const snsEncrypted = defineRule({
  id: "SC-SNS-001",
  title: "SNS topics are encrypted at rest",
  severity: "medium",
  category: "data",
  rationale:
    "Alarm and security-finding notifications describe the estate's weaknesses; they are stored encrypted only when the topic has a key.",
  remediation:
    "Set kms_master_key_id to the estate's SNS key (its policy must allow cloudwatch.amazonaws.com and events.amazonaws.com to use it).",
  controls: { fsbp: ["SNS.1"], cis: [] },
  awsConfigRules: ["sns-encrypted-kms"],
  checkov: ["CKV_AWS_26"],
  resourceTypes: ["aws_sns_topic"],
  check(ctx) {
    for (const t of ctx.stack.ofType("aws_sns_topic")) {
      const key = t.values.kms_master_key_id;
      if (key === undefined || key === null || key === "") ctx.report(t, "kms_master_key_id is not set");
    }
  },
});

export const dataRules = [
  publicAccessBlocked,
  versioning,
  tlsOnly,
  noPublicGrants,
  kmsEncryption,
  keyRotation,
  snsEncrypted,
];
