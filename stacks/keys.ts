import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias/index.js";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key/index.js";
import { Lazy } from "cdktf";
import { Construct } from "constructs";
import { EstateContext } from "./estate-context.ts";
import { policyDocument, type Statement } from "./policy.ts";

export interface EstateKeyProps {
  /** What the key encrypts, the last part of its name: `securecloud-<env>-<purpose>`, alias included. */
  readonly purpose: string;
  readonly description: string;
}

/**
 * One customer-managed key with rotation whose policy admits the account's IAM (so the key
 * can never become unmanageable) and only the AWS services granted through `grantService`.
 * The policy is rendered lazily, so constructs created later can add their service.
 */
export class EstateKey extends Construct {
  readonly key: KmsKey;
  readonly arn: string;
  private readonly statements: Statement[] = [];

  constructor(scope: Construct, id: string, props: EstateKeyProps) {
    super(scope, id);
    const { purpose, description } = props;
    const estate = EstateContext.of(this);
    this.key = new KmsKey(this, "key", {
      description,
      enableKeyRotation: true,
      rotationPeriodInDays: 365,
      deletionWindowInDays: 30,
      policy: Lazy.stringValue({
        produce: () =>
          policyDocument([
            {
              Sid: "AccountAdministersKey",
              Effect: "Allow",
              Principal: { AWS: estate.accountRoot },
              Action: "kms:*",
              Resource: "*",
            },
            ...this.statements,
          ]),
      }),
      tags: { Name: estate.name(purpose) },
    });
    new KmsAlias(this, "alias", {
      name: `alias/${estate.name(purpose)}`,
      targetKeyId: this.key.keyId,
    });
    this.arn = this.key.arn;
  }

  /**
   * Lets an AWS service principal use the key for envelope encryption, scoped by the
   * given condition (source account, encryption context).
   */
  grantService(
    sid: string,
    service: string | string[],
    condition: Statement["Condition"],
    actions: string[] = ["kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"],
  ): void {
    this.statements.push({
      Sid: sid,
      Effect: "Allow",
      Principal: { Service: service },
      Action: actions,
      Resource: "*",
      Condition: condition,
    });
  }

  /**
   * Lets any principal of the account use the key through one AWS service, for matching
   * encryption contexts only, with no IAM grant of its own (as an AWS managed key does for its
   * service): who reads the data is then decided by the service's permissions alone, S3's
   * GetObject on the object, say. The context values may use `*`.
   */
  grantAccountThroughService(sid: string, service: string, encryptionContext: Record<string, string>): void {
    const { accountId, region } = EstateContext.of(this);
    this.statements.push({
      Sid: sid,
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: ["kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"],
      Resource: "*",
      Condition: {
        StringEquals: {
          "kms:CallerAccount": accountId,
          "kms:ViaService": `${service}.${region}.amazonaws.com`,
        },
        StringLike: Object.fromEntries(
          Object.entries(encryptionContext).map(([k, v]) => [`kms:EncryptionContext:${k}`, v]),
        ),
      },
    });
  }

  /** Lets IAM principals of the account use the key only through the named AWS service. */
  grantViaService(sid: string, service: string): void {
    const { accountId, region } = EstateContext.of(this);
    this.statements.push({
      Sid: sid,
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${accountId}:root` },
      Action: ["kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"],
      Resource: "*",
      Condition: {
        StringEquals: {
          "kms:ViaService": `${service}.${region}.amazonaws.com`,
          "kms:CallerAccount": accountId,
        },
      },
    });
  }
}

/** The estate's keys: one per kind of data, so a key policy names only its own services. */
export class EstateKeys extends Construct {
  readonly logs: EstateKey;
  readonly sns: EstateKey;
  readonly s3: EstateKey;
  readonly ecr: EstateKey;
  readonly cloudtrail: EstateKey;

  readonly ssm: EstateKey;
  readonly dynamodb: EstateKey;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { accountId: account, region } = EstateContext.of(this);
    const key = (purpose: string, description: string) =>
      new EstateKey(this, purpose, { purpose, description });
    this.logs = key("logs", "CloudWatch Logs of the securecloud estate");
    this.logs.grantService(
      "CloudWatchLogsEncryptsTheEstateLogGroups",
      `logs.${region}.amazonaws.com`,
      {
        ArnLike: {
          "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${region}:${account}:log-group:*`,
        },
      },
      ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
    );

    this.sns = key("sns", "SNS topics of the securecloud estate");
    // Alarms and EventBridge rules publish to the encrypted topic; they need the data key.
    this.sns.grantService(
      "AlarmsAndEventsPublishToTopics",
      ["cloudwatch.amazonaws.com", "events.amazonaws.com"],
      {
        StringEquals: { "aws:SourceAccount": account },
      },
    );

    this.s3 = key("s3", "S3 buckets of the securecloud estate");
    this.s3.grantViaService("AccountUsesKeyThroughS3", "s3");

    // ECR decrypts through grants it creates on pull; only the account's IAM admin statement applies.
    this.ecr = key("ecr", "ECR images of the securecloud estate");

    // CloudTrail's grants are added by the trail itself, scoped to that trail's ARN.
    this.cloudtrail = key("cloudtrail", "CloudTrail logs of the securecloud estate");
    this.cloudtrail.grantViaService("AccountReadsTrailObjectsThroughS3", "s3");

    // Parameter Store and Session Manager encrypt and decrypt with the caller's own credentials,
    // so the key policy grants no service and no blanket "via SSM" use: reading a SecureString
    // takes both ssm:GetParameters on it and an IAM grant naming this key (the task execution
    // role gets exactly that through BlueGreenService.addSecret).
    this.ssm = key("ssm", "Systems Manager parameters and sessions of the securecloud estate");

    // DynamoDB (the rollout table) uses the key on the caller's behalf: account principals may
    // use it through DynamoDB only, and only with an IAM grant of their own (RolloutTable.grantLease).
    this.dynamodb = key("dynamodb", "DynamoDB tables of the securecloud estate");
    this.dynamodb.grantViaService("AccountUsesKeyThroughDynamoDB", "dynamodb");
  }
}
