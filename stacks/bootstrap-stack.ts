/**
 * The first thing applied in a new account: the bucket the environment stacks' S3 backend
 * keeps their Terraform state in. It cannot live in the environment stacks (their state is
 * in it), so it is a stack of its own per account, with local state, applied once by an
 * administrator before the pipeline exists. See the README's "First step in a new account".
 */
import { LocalBackend, TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { PROJECT } from "../common/conventions.ts";
import { estateProvider } from "./aws-provider.ts";
import type { ResolvedEnvironment } from "./config/resolve.ts";
import { ConfigError, type ConfigProblem } from "./config/validate.ts";
import { EstateContext } from "./estate-context.ts";
import { suppress } from "./gate-annotations.ts";
import { EstateKey } from "./keys.ts";
import { ReadableStack } from "./readable-stack.ts";
import { SecureBucket } from "./secure-bucket.ts";

/** The `environment` part of the bootstrap's names: `securecloud-terraform-<purpose>`. */
export const BOOTSTRAP_SCOPE = "terraform";

/** The alias of the state bucket's key; the environment stacks' S3 backend encrypts with it. */
export const STATE_KEY_ALIAS = `alias/${PROJECT}-${BOOTSTRAP_SCOPE}-state`;

/** One account's bootstrap: where its environments keep their state. */
export interface AccountBootstrap {
  readonly accountId: string;
  readonly region: string;
  /** The state buckets its environments name (one, normally). */
  readonly buckets: readonly string[];
  readonly tags: { readonly Owner: string; readonly CostCenter: string };
}

/** The bootstrap stack's id: `bootstrap-<account>`. */
export function bootstrapStackName(accountId: string): string {
  return `bootstrap-${accountId}`;
}

/**
 * One bootstrap per distinct account of the environments, with the state buckets they name.
 * Environments of one account must keep their state in one region (one provider per stack).
 */
export function accountBootstraps(envs: readonly ResolvedEnvironment[]): AccountBootstrap[] {
  const byAccount = new Map<string, ResolvedEnvironment[]>();
  for (const env of envs) byAccount.set(env.accountId, [...(byAccount.get(env.accountId) ?? []), env]);
  const problems: ConfigProblem[] = [];
  const out: AccountBootstrap[] = [];
  for (const [accountId, group] of byAccount) {
    const first = group[0]!;
    for (const env of group.filter((e) => e.region !== first.region)) {
      problems.push({
        env: env.name,
        field: "region",
        reason: `${env.region} differs from environment "${first.name}" (${first.region}) in account ${accountId}; the bootstrap keeps one account's state in one region`,
      });
    }
    out.push({
      accountId,
      region: first.region,
      buckets: [...new Set(group.map((e) => e.stateBucket))].sort(),
      tags: first.tags,
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out;
}

/**
 * The state bucket of one account: versioned, SSE-KMS under a key of its own (rotating
 * yearly), public access blocked, TLS only, its server access logs in a bucket beside it,
 * noncurrent state versions kept 90 days, current ones never expired, and the bucket
 * protected from `destroy`. Its own state is local (`terraform.bootstrap-<account>.tfstate`
 * at the project root): keep that file, or re-import the resources as the README says.
 */
export class BootstrapStack extends ReadableStack {
  readonly stateKey: EstateKey;
  readonly stateBuckets: SecureBucket[] = [];
  readonly accessLogs: SecureBucket;

  constructor(scope: Construct, props: AccountBootstrap) {
    const id = bootstrapStackName(props.accountId);
    super(scope, id);
    const estate = EstateContext.set(this, {
      environment: BOOTSTRAP_SCOPE,
      accountId: props.accountId,
      region: props.region,
    });
    estateProvider(this, {
      region: props.region,
      accountId: props.accountId,
      environment: "bootstrap",
      tags: props.tags,
    });
    // Terraform runs in <outdir>/stacks/<stack>: the state file lands at the project root,
    // where cdktf keeps local state, and the path in the JSON is the same on every machine.
    new LocalBackend(this, { path: `../../../terraform.${id}.tfstate` });
    this.addOverride("terraform.required_version", ">= 1.11.0");
    // The account's detective controls come with the environment stack that owns the
    // account's settings, applied right after this one (its state goes in this bucket).
    const elsewhere =
      "the bootstrap stack holds only the state bucket; the environment stack that owns the account's settings creates it";
    suppress(this, [
      { id: "SC-CT-001", reason: `CloudTrail: ${elsewhere}` },
      { id: "SC-CFG-001", reason: `AWS Config: ${elsewhere}` },
      { id: "SC-GD-001", reason: `GuardDuty: ${elsewhere}` },
      { id: "SC-SH-001", reason: `Security Hub: ${elsewhere}` },
    ]);

    this.stateKey = new EstateKey(this, "state_key", {
      purpose: "state",
      description: "Terraform state of the securecloud estate",
    });
    // The same construct id as the environments' log bucket: one address for one kind of bucket.
    this.accessLogs = SecureBucket.forServerAccessLogs(
      this,
      "s3_access_logs",
      estate.name("state-logs", props.accountId),
    );
    props.buckets.forEach((bucketName, i) => {
      const bucket = new SecureBucket(this, i === 0 ? "state" : `state_${i + 1}`, {
        bucketName,
        kmsKeyArn: this.stateKey.arn,
        noncurrentVersionExpirationDays: 90,
        accessLogs: { bucket: this.accessLogs.name, prefix: `${bucketName}/` },
      });
      bucket.bucket.addOverride("lifecycle.prevent_destroy", true);
      // Whoever may read or write a state object (S3 decides: the plan role its own state
      // only) may use the key for it, through S3 and for this bucket only.
      this.stateKey.grantAccountThroughService(`StateThroughS3${i === 0 ? "" : i + 1}`, "s3", {
        "aws:s3:arn": `arn:aws:s3:::${bucketName}*`,
      });
      this.stateBuckets.push(bucket);
      new TerraformOutput(this, i === 0 ? "state_bucket_name" : `state_bucket_${i + 1}_name`, {
        value: bucket.name,
        description: "The S3 backend's bucket",
      });
    });
    new TerraformOutput(this, "state_key_arn", {
      value: this.stateKey.arn,
      description: `Key of the state objects (${STATE_KEY_ALIAS})`,
    });
  }
}
