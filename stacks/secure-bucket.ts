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
import { suppress } from "./gate-annotations.ts";
import { denyInsecureTransport, policyDocument, type Statement } from "./policy.ts";

export interface SecureBucketProps {
  readonly bucketName: string;
  /**
   * The KMS key that encrypts objects. Omit only where the writing service cannot use
   * SSE-KMS, and say why: ALB access logs, for one, accept SSE-S3 only.
   */
  readonly kmsKeyArn?: string;
  readonly s3ManagedEncryptionReason?: string;
  /** Days after which current objects expire (noncurrent versions expire after 30 days). */
  readonly expireAfterDays: number;
  /** Bucket that receives this bucket's server access logs. */
  readonly accessLogs?: { readonly bucket: string; readonly prefix: string };
}

/**
 * An S3 bucket with every public access path blocked, ACLs disabled, versioning on,
 * encryption, lifecycle expiry and a policy that denies non-TLS requests. Services that
 * write into it are admitted through `allow`.
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
          id: "expire",
          status: "Enabled",
          filter: [{ prefix: "" }],
          expiration: [{ days: props.expireAfterDays }],
          noncurrentVersionExpiration: [{ noncurrentDays: 30 }],
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
  static forServerAccessLogs(
    scope: Construct,
    id: string,
    bucketName: string,
    accountId: string,
  ): SecureBucket {
    const archive = new SecureBucket(scope, id, {
      bucketName,
      s3ManagedEncryptionReason: "S3 server access logging delivers only to SSE-S3 encrypted buckets",
      expireAfterDays: 365,
    });
    archive.allow({
      Sid: "S3ServerAccessLogsDelivery",
      Effect: "Allow",
      Principal: { Service: "logging.s3.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: `${archive.arn}/*`,
      Condition: { StringEquals: { "aws:SourceAccount": accountId } },
    });
    return archive;
  }

  /** Adds a statement to the bucket policy (a service's write access, say). */
  allow(statement: Statement): void {
    this.statements.push(statement);
  }
}
