import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias/index.js";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key/index.js";
import { Lazy } from "cdktf";
import { Construct } from "constructs";
import { resourceName } from "../common/conventions.ts";
import type { EnvironmentConfig } from "./config/types.ts";
import { policyDocument, type Statement } from "./policy.ts";

/**
 * One customer-managed key with rotation whose policy admits the account's IAM (so the key
 * can never become unmanageable) and only the AWS services granted through `grantService`.
 * The policy is rendered lazily, so constructs created later can add their service.
 */
export class EstateKey extends Construct {
  readonly key: KmsKey;
  readonly arn: string;
  private readonly statements: Statement[] = [];

  constructor(scope: Construct, id: string, env: EnvironmentConfig, purpose: string, description: string) {
    super(scope, id);
    const root = `arn:aws:iam::${env.accountId}:root`;
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
              Principal: { AWS: root },
              Action: "kms:*",
              Resource: "*",
            },
            ...this.statements,
          ]),
      }),
      tags: { Name: resourceName(env.name, purpose) },
    });
    new KmsAlias(this, "alias", {
      name: `alias/${resourceName(env.name, purpose)}`,
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

  /** Lets IAM principals of the account use the key only through the named AWS service. */
  grantViaService(sid: string, service: string, region: string, accountId: string): void {
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

  constructor(scope: Construct, id: string, env: EnvironmentConfig) {
    super(scope, id);
    const account = env.accountId;
    this.logs = new EstateKey(this, "logs", env, "logs", "CloudWatch Logs of the securecloud estate");
    this.logs.grantService(
      "CloudWatchLogsEncryptsTheEstateLogGroups",
      `logs.${env.region}.amazonaws.com`,
      {
        ArnLike: {
          "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${env.region}:${account}:log-group:*`,
        },
      },
      ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
    );

    this.sns = new EstateKey(this, "sns", env, "sns", "SNS topics of the securecloud estate");
    // Alarms and EventBridge rules publish to the encrypted topic; they need the data key.
    this.sns.grantService(
      "AlarmsAndEventsPublishToTopics",
      ["cloudwatch.amazonaws.com", "events.amazonaws.com"],
      {
        StringEquals: { "aws:SourceAccount": account },
      },
    );

    this.s3 = new EstateKey(this, "s3", env, "s3", "S3 buckets of the securecloud estate");
    this.s3.grantViaService("AccountUsesKeyThroughS3", "s3", env.region, account);

    // ECR decrypts through grants it creates on pull; only the account's IAM admin statement applies.
    this.ecr = new EstateKey(this, "ecr", env, "ecr", "ECR images of the securecloud estate");

    // CloudTrail's grants are added by the trail itself, scoped to that trail's ARN.
    this.cloudtrail = new EstateKey(
      this,
      "cloudtrail",
      env,
      "cloudtrail",
      "CloudTrail logs of the securecloud estate",
    );
    this.cloudtrail.grantViaService("AccountReadsTrailObjectsThroughS3", "s3", env.region, account);

    // Parameter Store and Session Manager encrypt and decrypt with the caller's own credentials,
    // so the key policy grants no service and no blanket "via SSM" use: reading a SecureString
    // takes both ssm:GetParameters on it and an IAM grant naming this key (the task execution
    // role gets exactly that through BlueGreenService.addSecret).
    this.ssm = new EstateKey(
      this,
      "ssm",
      env,
      "ssm",
      "Systems Manager parameters and sessions of the securecloud estate",
    );
  }
}
