import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table/index.js";
import { Construct } from "constructs";
import { rolloutTableName } from "../common/conventions.ts";
import { EstateContext } from "./estate-context.ts";
import type { IGrantable } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";

export interface RolloutTableProps {
  /** The estate key the table is encrypted with (server-side, customer managed). */
  readonly encryptionKey: EstateKey;
  /**
   * Refuse to delete the table (and with it the rollout history and the lease).
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Continuous backups: the table can be restored to any second of the last 35 days.
   * @default true
   */
  readonly pointInTimeRecovery?: boolean;
}

/**
 * The environment's rollout table (`<project>-<env>-rollouts`, the name the delivery code
 * derives from the load balancer's): per production listener the rollout lease and record (one
 * item, written with conditional writes: one rollout at a time) and the rollout history. On
 * demand, encrypted with the estate's key, with point-in-time recovery.
 */
export class RolloutTable extends Construct {
  readonly table: DynamodbTable;
  private readonly key: EstateKey;

  constructor(scope: Construct, id: string, props: RolloutTableProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    const name = rolloutTableName(estate.environment);
    this.key = props.encryptionKey;
    this.table = new DynamodbTable(this, "table", {
      name,
      billingMode: "PAY_PER_REQUEST",
      hashKey: "pk",
      rangeKey: "sk",
      attribute: [
        { name: "pk", type: "S" },
        { name: "sk", type: "S" },
      ],
      serverSideEncryption: { enabled: true, kmsKeyArn: props.encryptionKey.arn },
      pointInTimeRecovery: { enabled: props.pointInTimeRecovery ?? true },
      deletionProtectionEnabled: props.deletionProtection ?? true,
      tags: { Name: name },
    });
  }

  get name(): string {
    return this.table.name;
  }

  /**
   * Lets the grantee take and keep the rollout lease, write the record and the history, and read
   * them: the item operations the delivery code uses on this table, and the key through
   * DynamoDB only.
   */
  grantLease(grantee: IGrantable): void {
    const { region } = EstateContext.of(this);
    grantee.addToPolicy({
      Sid: "RolloutLeaseRecordAndHistory",
      Effect: "Allow",
      Action: [
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:Query",
      ],
      Resource: this.table.arn,
    });
    grantee.addToPolicy({
      Sid: "RolloutTableKeyThroughDynamoDB",
      Effect: "Allow",
      Action: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*", "kms:DescribeKey"],
      Resource: this.key.arn,
      Condition: { StringEquals: { "kms:ViaService": `dynamodb.${region}.amazonaws.com` } },
    });
  }
}
