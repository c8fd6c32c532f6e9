import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket/index.js";
import { S3BucketLifecycleConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration/index.js";
import { S3BucketLoggingA as S3BucketLogging } from "@cdktf/provider-aws/lib/s3-bucket-logging/index.js";
import { S3BucketOwnershipControls } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls/index.js";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy/index.js";
import { S3BucketPublicAccessBlock } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block/index.js";
import { S3BucketServerSideEncryptionConfigurationA as S3BucketServerSideEncryptionConfiguration } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration/index.js";
import { S3BucketVersioningA as S3BucketVersioning } from "@cdktf/provider-aws/lib/s3-bucket-versioning/index.js";
import { Lazy } from "cdktf";
import { Construct } from "constructs";
import { EstateContext } from "./estate-context.ts";
import { suppress } from "./gate-annotations.ts";
import { denyInsecureTransport, policyDocument, type Statement } from "./policy.ts";

export interface SecureBucketProps {
  readonly bucketName: string;
  /**
   * The KMS key that encrypts objects. Omit only where the writing service cannot use
   * SSE-KMS, and say why in `s3ManagedEncryptionReason`: ALB access logs, for one, accept
   * SSE-S3 only.
   * @default none: then `s3ManagedEncryptionReason` is required
   */
  readonly kmsKeyArn?: string;
  /**
   * Why the bucket uses SSE-S3 instead of a KMS key; recorded as the gate's suppression of
   * SC-S3-005. Required when `kmsKeyArn` is omitted.
   */
  readonly s3ManagedEncryptionReason?: string;
  /**
   * Days after which current objects expire.
   * @default never: current objects are kept until deleted
   */
  readonly expireAfterDays?: number;
  /**
   * Days a version is kept after a newer one replaces it (or a delete marker hides it).
   * @default 30
   */
  readonly noncurrentVersionExpirationDays?: number;
  /**
   * Bucket that receives this bucket's server access logs, and the key prefix they go under.
   * @default none: only the server-access-log bucket itself goes without (it would log into itself)
   */
  readonly accessLogs?: { readonly bucket: string; readonly prefix: string };
}

/**
 * An AWS service (or a regional service account, as ELB's) that delivers objects into the
 * bucket: the statements every log-delivering service needs, written once.
 */
export interface ServiceDelivery {
  /** Sid of the write statement. */
  readonly sid: string;
  /** The delivering principal: a service principal, or the account a service writes from. */
  readonly principal: { readonly service: string } | { readonly account: string };
  /** Key prefix the service writes under (`AWSLogs/<account>/`); `""` for the whole bucket. */
  readonly keyPrefix: string;
  /**
   * The confused-deputy guard: only deliveries on behalf of this source ARN or account.
   * @default no condition (a regional service account, which carries no source context)
   */
  readonly source?: { readonly arn: string } | { readonly account: string };
  /**
   * Require the `bucket-owner-full-control` canned ACL on every delivered object.
   * @default false
   */
  readonly bucketOwnerFullControl?: boolean;
  /**
   * Bucket-level actions the service performs before it writes (CloudTrail's and Config's
   * ACL check), as a statement of its own, placed before the write statement.
   * @default none
   */
  readonly bucketCheck?: { readonly sid: string; readonly actions: string | readonly string[] };
}

/**
 * An S3 bucket with every public access path blocked, ACLs disabled, versioning on,
 * encryption, lifecycle expiry and a policy that denies non-TLS requests. Services that
 * deliver into it are admitted through `grantServiceDelivery`; anything else through `allow`.
 */
export class SecureBucket extends Construct {
  readonly bucket: S3Bucket;
  /** Depend on this before a service writes into the bucket: it carries the grants. */
  readonly policy: S3BucketPolicy;
  private readonly statements: Statement[] = [];

  constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id);
    if (!props.kmsKeyArn && !props.s3ManagedEncryptionReason) {
      throw new Error(`${this.node.path}: a bucket without a KMS key must state s3ManagedEncryptionReason`);
    }
    this.bucket = new S3Bucket(this, "bucket", { bucket: props.bucketName, forceDestroy: false });
    if (!props.kmsKeyArn && props.s3ManagedEncryptionReason) {
      suppress(this.bucket, [{ id: "SC-S3-005", reason: props.s3ManagedEncryptionReason }]);
    }
    const bucket = this.bucket.id;
    new S3BucketPublicAccessBlock(this, "public_access_block", {
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, "ownership", {
      bucket,
      rule: { objectOwnership: "BucketOwnerEnforced" },
    });
    new S3BucketVersioning(this, "versioning", { bucket, versioningConfiguration: { status: "Enabled" } });
    new S3BucketServerSideEncryptionConfiguration(this, "encryption", {
      bucket,
      rule: [
        props.kmsKeyArn
          ? {
              applyServerSideEncryptionByDefault: {
                sseAlgorithm: "aws:kms",
                kmsMasterKeyId: props.kmsKeyArn,
              },
              bucketKeyEnabled: true,
            }
          : { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } },
      ],
    });
    new S3BucketLifecycleConfiguration(this, "lifecycle", {
      bucket,
      rule: [
        {
          id: props.expireAfterDays === undefined ? "expire-noncurrent-versions" : "expire",
          status: "Enabled",
          filter: [{ prefix: "" }],
          ...(props.expireAfterDays === undefined ? {} : { expiration: [{ days: props.expireAfterDays }] }),
          noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionExpirationDays ?? 30 }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
      ],
    });
    if (props.accessLogs) {
      new S3BucketLogging(this, "access_logging", {
        bucket,
        targetBucket: props.accessLogs.bucket,
        targetPrefix: props.accessLogs.prefix,
      });
    }
    this.policy = new S3BucketPolicy(this, "policy", {
      bucket,
      policy: Lazy.stringValue({
        produce: () => policyDocument([denyInsecureTransport(this.bucket.arn), ...this.statements]),
      }),
    });
  }

  get arn(): string {
    return this.bucket.arn;
  }

  get name(): string {
    return this.bucket.bucket;
  }

  /**
   * The bucket that receives other buckets' S3 server access logs. S3 delivers those logs
   * only to SSE-S3 buckets, and the bucket does not log itself (that would loop).
   */
  static forServerAccessLogs(scope: Construct, id: string, bucketName: string): SecureBucket {
    const archive = new SecureBucket(scope, id, {
      bucketName,
      s3ManagedEncryptionReason: "S3 server access logging delivers only to SSE-S3 encrypted buckets",
      expireAfterDays: 365,
    });
    archive.grantServiceDelivery({
      sid: "S3ServerAccessLogsDelivery",
      principal: { service: "logging.s3.amazonaws.com" },
      keyPrefix: "",
      source: { account: EstateContext.of(archive).accountId },
    });
    return archive;
  }

  /**
   * Lets a service deliver objects (logs, snapshots) under a key prefix: an optional
   * bucket-level check statement, then `s3:PutObject` on `<prefix>*`, both guarded by the
   * delivery's source. Depend on `policy` before the service is pointed at the bucket.
   */
  grantServiceDelivery(delivery: ServiceDelivery): void {
    const principal: Statement["Principal"] =
      "service" in delivery.principal
        ? { Service: delivery.principal.service }
        : { AWS: `arn:aws:iam::${delivery.principal.account}:root` };
    const source: Record<string, string> | undefined = delivery.source
      ? "arn" in delivery.source
        ? { "aws:SourceArn": delivery.source.arn }
        : { "aws:SourceAccount": delivery.source.account }
      : undefined;
    if (delivery.bucketCheck) {
      const actions = delivery.bucketCheck.actions;
      this.allow({
        Sid: delivery.bucketCheck.sid,
        Effect: "Allow",
        Principal: principal,
        Action: typeof actions === "string" ? actions : [...actions],
        Resource: this.arn,
        ...(source ? { Condition: { StringEquals: source } } : {}),
      });
    }
    const writeCondition: Record<string, string> = {
      ...source,
      ...(delivery.bucketOwnerFullControl ? { "s3:x-amz-acl": "bucket-owner-full-control" } : {}),
    };
    this.allow({
      Sid: delivery.sid,
      Effect: "Allow",
      Principal: principal,
      Action: "s3:PutObject",
      Resource: `${this.arn}/${delivery.keyPrefix}*`,
      ...(Object.keys(writeCondition).length > 0 ? { Condition: { StringEquals: writeCondition } } : {}),
    });
  }

  /** Adds a statement to the bucket policy, for access `grantServiceDelivery` does not cover. */
  allow(statement: Statement): void {
    this.statements.push(statement);
  }
}
