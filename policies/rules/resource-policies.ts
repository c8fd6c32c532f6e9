/**
 * Resource policies (KMS keys, buckets, topics, queues, log groups, repositories, secrets)
 * and broad identity grants: who outside the estate a policy lets in, and what a role may
 * write everywhere.
 */
import { allowsAllActions, type PolicyDocument, readPolicy, type Statement } from "../engine/iam.ts";
import type { StackModel, TfResource } from "../engine/types.ts";
import { block, literal, str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { identityPolicies, policyAttachments } from "./queries/iam.ts";
import { bucketCompanions } from "./queries/s3.ts";
import { isReadAction, ownAccounts, principalAccount } from "./queries/trust.ts";

interface ResourcePolicy {
  at: TfResource;
  kind: string;
  doc: PolicyDocument;
}

/** Where resource policies live, and the attribute that holds each. */
const POLICY_ATTRIBUTES: [type: string, attr: string, kind: string][] = [
  ["aws_kms_key", "policy", "key policy"],
  ["aws_kms_key_policy", "policy", "key policy"],
  ["aws_s3_bucket_policy", "policy", "bucket policy"],
  ["aws_s3_bucket", "policy", "bucket policy"],
  ["aws_sns_topic_policy", "policy", "topic policy"],
  ["aws_sns_topic", "policy", "topic policy"],
  ["aws_sqs_queue_policy", "policy", "queue policy"],
  ["aws_sqs_queue", "policy", "queue policy"],
  ["aws_cloudwatch_log_resource_policy", "policy_document", "log resource policy"],
  ["aws_ecr_repository_policy", "policy", "repository policy"],
  ["aws_secretsmanager_secret_policy", "policy", "secret policy"],
  ["aws_secretsmanager_secret", "policy", "secret policy"],
];

function resourcePolicies(stack: StackModel, kinds?: string[]): ResourcePolicy[] {
  const out: ResourcePolicy[] = [];
  for (const [type, attr, kind] of POLICY_ATTRIBUTES) {
    if (kinds && !kinds.includes(kind)) continue;
    for (const r of stack.ofType(type)) {
      const v = r.values[attr];
      if (v === undefined || v === null) continue;
      const doc = readPolicy(stack, v);
      if (doc) out.push({ at: r, kind, doc });
    }
  }
  return out;
}

const ACCOUNT_KEYS =
  /^(aws:(SourceAccount|SourceArn|SourceOwner|PrincipalAccount|PrincipalArn|PrincipalOrgID|SourceOrgID|ResourceAccount)|kms:CallerAccount|kms:EncryptionContext:.+|kms:ViaService)$/i;

/** Conditions that tie the statement to an account (ours when we know it). */
function accountScoped(s: Statement, accounts: string[]): boolean {
  return s.conditions.some(
    (c) =>
      ACCOUNT_KEYS.test(c.variable) &&
      !/^kms:ViaService$/i.test(c.variable) &&
      c.values.length > 0 &&
      c.values.every(
        (v) =>
          v !== "*" &&
          (accounts.length === 0 ||
            /PrincipalOrgID|SourceOrgID/i.test(c.variable) ||
            accounts.some((a) => v.includes(a))),
      ),
  );
}

function everyone(p: string): boolean {
  return p === "*" || p === "AWS:*";
}

export const keyPolicyPrincipals = defineRule({
  id: "SC-KMS-002",
  title: "KMS key policies allow no wildcard principal without an account condition, and no other account",
  severity: "high",
  category: "resource-policy",
  rationale:
    'A key policy is the only gate to the key: Principal "*" without kms:CallerAccount (or an equivalent condition) lets any AWS account use it, and a grant to another account lets that account decrypt the estate\'s logs and secrets.',
  remediation:
    'Grant the account root (arn:aws:iam::<account>:root) and named services with aws:SourceArn / aws:SourceAccount; give a "*" principal a kms:CallerAccount = <account> condition, or remove it.',
  controls: { fsbp: [], cis: [] },
  awsConfigRules: ["kms-cmk-not-scheduled-for-deletion"],
  checkov: ["CKV_AWS_33"],
  resourceTypes: ["aws_kms_key", "aws_kms_key_policy"],
  check(ctx) {
    const accounts = [...ownAccounts(ctx.stack), ...(ctx.stack.features.trustedAccounts ?? [])];
    for (const { at, doc } of resourcePolicies(ctx.stack, ["key policy"])) {
      for (const s of doc.statements) {
        if (s.effect !== "Allow") continue;
        if (s.notPrincipals !== undefined)
          ctx.report(at, "key policy allows NotPrincipal: every other principal of every account");
        for (const p of s.principals ?? []) {
          if (everyone(p) && !accountScoped(s, accounts))
            ctx.report(
              at,
              `key policy allows ${s.sid ? `"${s.sid}" ` : ""}Principal "*" without an account condition`,
            );
          const account = p.startsWith("AWS:") ? principalAccount(p.slice(4)) : undefined;
          if (account && accounts.length > 0 && !accounts.includes(account))
            ctx.report(at, `key policy grants account ${account}, which is not this estate's`);
        }
        for (const c of s.conditions) {
          if (!/^(kms:CallerAccount|aws:PrincipalAccount)$/i.test(c.variable) || accounts.length === 0)
            continue;
          const other = c.values.filter((v) => !accounts.includes(v));
          if (other.length > 0) ctx.report(at, `key policy admits callers of account ${other.join(", ")}`);
        }
      }
    }
  },
});

export const servicePrincipalsScoped = defineRule({
  id: "SC-RES-001",
  title:
    "Service principals in resource policies are scoped to this account (aws:SourceArn / aws:SourceAccount)",
  severity: "medium",
  category: "resource-policy",
  rationale:
    "A statement for cloudtrail.amazonaws.com, config.amazonaws.com, delivery.logs.amazonaws.com or any other service principal lets that service act for every AWS customer: without aws:SourceArn or aws:SourceAccount, another account's trail, recorder or log delivery can write into (or read through) this estate's bucket, key or topic: the confused deputy.",
  remediation:
    "Add a Condition on aws:SourceAccount = <this account> (and aws:SourceArn = the exact trail, rule or log source where the service sends it); for the CloudWatch Logs key, kms:EncryptionContext:aws:logs:arn within this account.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: POLICY_ATTRIBUTES.map(([t]) => t),
  check(ctx) {
    const accounts = ownAccounts(ctx.stack);
    for (const { at, kind, doc } of resourcePolicies(ctx.stack)) {
      for (const s of doc.statements) {
        if (s.effect !== "Allow") continue;
        const services = (s.principals ?? []).filter((p) => p.startsWith("Service:")).map((p) => p.slice(8));
        if (services.length === 0 || accountScoped(s, accounts)) continue;
        ctx.report(
          at,
          `${kind} lets ${services.join(", ")} act ${s.sid ? `("${s.sid}") ` : ""}without aws:SourceArn / aws:SourceAccount for this account`,
        );
      }
    }
  },
});

const RESTRICTING =
  /^aws:(SourceArn|SourceAccount|SourceOwner|SourceVpc|SourceVpce|SourceIp|PrincipalOrgID|PrincipalAccount|PrincipalArn|SourceOrgID|userid)$|^kms:CallerAccount$/i;

/** The regional Elastic Load Balancing accounts that deliver access logs (s3:PutObject only). */
const ELB_LOG_ACCOUNTS = new Set([
  "127311923021",
  "033677994240",
  "027434742980",
  "797873946194",
  "098369216593",
  "985666609251",
  "054676820928",
  "156460612806",
  "652711504416",
  "635631232127",
  "009996457667",
  "897822967062",
  "754344448648",
  "582318560864",
  "600734575887",
  "383597477331",
  "114774131450",
  "783225319266",
  "718504428378",
  "076674570225",
  "507241528517",
  "048591011584",
  "190560391635",
  "638102146993",
  "037604701340",
]);

export const resourcePoliciesNotPublic = defineRule({
  id: "SC-RES-002",
  title: "Topic, queue, log, repository and secret policies allow nothing to everyone or to other accounts",
  severity: "high",
  category: "resource-policy",
  rationale:
    'Principal "*" on an SNS topic lets anyone publish fake alarms or subscribe to read every alert; on a queue, log group, repository or secret it publishes data or lets anyone write. A grant to an unknown account does the same for that account.',
  remediation:
    'Allow named principals or services (with aws:SourceArn / aws:SourceAccount); give a "*" principal a restricting condition (aws:SourceAccount, aws:PrincipalOrgID), or remove it.',
  controls: { fsbp: ["SNS.4"], cis: [] },
  awsConfigRules: ["sns-topic-no-public-access"],
  checkov: ["CKV_AWS_169", "CKV_AWS_168"],
  resourceTypes: POLICY_ATTRIBUTES.filter(([, , k]) => k !== "key policy").map(([t]) => t),
  check(ctx) {
    const accounts = [...ownAccounts(ctx.stack), ...(ctx.stack.features.trustedAccounts ?? [])];
    const kinds = [
      "topic policy",
      "queue policy",
      "log resource policy",
      "repository policy",
      "secret policy",
      "bucket policy",
    ];
    for (const { at, kind, doc } of resourcePolicies(ctx.stack, kinds)) {
      for (const s of doc.statements) {
        if (s.effect !== "Allow") continue;
        if (kind === "bucket policy") {
          // "*" on a bucket is SC-S3-004's finding; here, grants to other accounts
          for (const p of s.principals ?? []) {
            const account = p.startsWith("AWS:") ? principalAccount(p.slice(4)) : undefined;
            const elbDelivery =
              account !== undefined &&
              ELB_LOG_ACCOUNTS.has(account) &&
              (s.actions ?? []).every((a) => a === "s3:PutObject");
            if (account && accounts.length > 0 && !accounts.includes(account) && !elbDelivery)
              ctx.report(
                at,
                `bucket policy grants ${(s.actions ?? ["every action"]).join(", ")} to account ${account}, which is not this estate's`,
              );
          }
          continue;
        }
        const restricted = s.conditions.some((c) => RESTRICTING.test(c.variable) && !c.values.includes("*"));
        if (s.notPrincipals !== undefined) ctx.report(at, `${kind} allows NotPrincipal: everyone else`);
        for (const p of s.principals ?? []) {
          if (everyone(p) && !restricted)
            ctx.report(at, `${kind} allows ${(s.actions ?? ["every action"]).join(", ")} to everyone ("*")`);
          const account = p.startsWith("AWS:") ? principalAccount(p.slice(4)) : undefined;
          if (account && accounts.length > 0 && !accounts.includes(account))
            ctx.report(at, `${kind} grants account ${account}, which is not this estate's`);
        }
      }
    }
  },
});

export const bucketAclsDisabled = defineRule({
  id: "SC-S3-006",
  title: "S3 bucket ACLs stay disabled (object ownership BucketOwnerEnforced)",
  severity: "high",
  category: "data",
  rationale:
    "With ACLs enabled (ObjectWriter or BucketOwnerPreferred ownership, or an ACL resource) object and bucket ACLs grant access beside the bucket policy, where no policy review sees them; AWS disables them by default for that reason.",
  remediation:
    'Keep aws_s3_bucket_ownership_controls { rule { object_ownership = "BucketOwnerEnforced" } } and remove aws_s3_bucket_acl resources and acl arguments.',
  controls: { fsbp: ["S3.12"], cis: [] },
  awsConfigRules: ["s3-bucket-acl-prohibited"],
  checkov: ["CKV2_AWS_65"],
  resourceTypes: ["aws_s3_bucket", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_acl"],
  check(ctx) {
    const { stack } = ctx;
    for (const b of stack.ofType("aws_s3_bucket")) {
      const acl = literal(b.values.acl);
      if (acl && acl !== "private") ctx.report(b, `bucket sets acl "${acl}"`);
      for (const oc of bucketCompanions(stack, b, "aws_s3_bucket_ownership_controls")) {
        const ownership = str(block(oc.values.rule)?.object_ownership);
        if (ownership !== undefined && ownership !== "BucketOwnerEnforced")
          ctx.report(oc, `object ownership of ${b.address} is ${ownership}: ACLs are enabled`);
      }
      for (const a of bucketCompanions(stack, b, "aws_s3_bucket_acl"))
        ctx.report(a, `aws_s3_bucket_acl manages an ACL on ${b.address}: ACLs are enabled`);
    }
  },
});

/** Does a pattern with wildcards (or NotAction) cover actions that write? */
function writeWildcards(s: Statement): string[] {
  if (s.effect !== "Allow") return [];
  if (s.notActions !== undefined) return [`NotAction ${JSON.stringify(s.notActions)}`];
  return (s.actions ?? []).filter((a) => /[*?]/.test(a) && !isReadAction(a));
}

/** `*`, or an ARN whose resource part names every resource of a type (`role/*`, `*`). */
export function isUnbounded(resource: string): boolean {
  if (resource === "*") return true;
  const m = /^arn:[^:]*:([^:]*):[^:]*:[^:]*:(.*)$/.exec(resource);
  if (!m) return false;
  // an S3 resource part starts with a bucket name: only `*` and `*/*` name every bucket
  return m[1] === "s3" ? /^\*(\/\*)?$/.test(m[2]!) : /^([\w-]+[/:])?\*$/.test(m[2]!);
}

const WRITE_MANAGED = /^arn:aws[\w-]*:iam::aws:policy\/(PowerUserAccess|[\w-]*FullAccess)$/;

export const noWriteWildcardsOnEverything = defineRule({
  id: "SC-IAM-005",
  title: 'No role may write with wildcard actions on every resource ("*"), automation roles included',
  severity: "medium",
  category: "identity",
  rationale:
    'Actions like "ec2:*", "s3:Put*" or NotAction on Resource "*" let a role (a pipeline, a runbook, a service) change anything of those services in the account, including what was added after the review. Automation roles are the credentials most often leaked or misused.',
  remediation:
    'Name the actions and the resource ARNs the role writes to; reads (Describe*, Get*, List*) may stay on "*". Replace PowerUserAccess / *FullAccess attachments with a scoped policy, or suppress with the reason.',
  controls: { fsbp: ["IAM.21"], cis: [] },
  awsConfigRules: ["iam-policy-no-statements-with-full-access"],
  checkov: ["CKV_AWS_290", "CKV_AWS_355"],
  resourceTypes: ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_role", "aws_iam_role_policy_attachment"],
  check(ctx) {
    for (const use of identityPolicies(ctx.stack)) {
      for (const s of use.doc.statements) {
        if (allowsAllActions(s) && s.actions?.some((a) => a === "*" || a === "*:*")) continue; // SC-IAM-001/003
        const onAll = (s.resources ?? []).some(isUnbounded) || s.notResources !== undefined;
        if (!onAll) continue;
        const wild = writeWildcards(s);
        if (wild.length > 0)
          ctx.report(use.at, `${use.label} allows ${wild.join(", ")} on every resource ("*")`);
      }
    }
    for (const a of policyAttachments(ctx.stack)) {
      const arn = str(a.policyArn) ?? "";
      if (WRITE_MANAGED.test(arn))
        ctx.report(
          a.at,
          `attaches ${arn.split("/").pop()} to ${a.principal}: write access to every resource`,
        );
    }
  },
});

export const resourcePolicyRules = [
  keyPolicyPrincipals,
  servicePrincipalsScoped,
  resourcePoliciesNotPublic,
  bucketAclsDisabled,
  noWriteWildcardsOnEverything,
];
