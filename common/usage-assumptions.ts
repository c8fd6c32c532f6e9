/**
 * Usage assumptions: the monthly volumes a cost estimate needs that no synthesized resource
 * states (requests, GB processed, log volume, events). The stacks resolve them once per
 * environment (stacks/config/usage.ts: defaults and where they come from) and record them in
 * the synthesized JSON (`["//"].securecloud.usage`, see gate-metadata.ts); the cost estimate
 * reads them from there, never from a second copy. This module is the contract both sides
 * share: the fields, their units and how to measure each, and the one validation.
 */

export interface LogVolumes {
  /** The service's container logs (awslogs driver). */
  readonly service: number;
  /** The WAF's full request log (vended logs). */
  readonly waf: number;
  /** VPC flow logs (vended logs). */
  readonly flowLogs: number;
  /** CloudTrail's copy in CloudWatch Logs. */
  readonly cloudtrail: number;
  /** Session Manager transcripts. */
  readonly sessions: number;
  /** Any other log group, each. */
  readonly other: number;
}

export interface UsageAssumptions {
  /** HTTP requests reaching the ALB (and inspected by the WAF) per month. */
  readonly requestsPerMonth: number;
  /** Requests carried by one client connection on average (keep-alive), at least 1. */
  readonly requestsPerConnection: number;
  /** Bytes the ALB processes (requests and responses) per month, GB. */
  readonly albProcessedGbPerMonth: number;
  /** Responses leaving AWS for the internet per month, GB. */
  readonly internetEgressGbPerMonth: number;
  /** Traffic through all NAT gateways together per month, GB. */
  readonly natProcessedGbPerMonth: number;
  /** Traffic through all interface VPC endpoints together per month, GB. */
  readonly endpointProcessedGbPerMonth: number;
  /** Average tasks the serving color runs (autoscaling between its minimum and maximum). */
  readonly servingTasks: number;
  /**
   * Hours a month the color not serving runs its minimum: during rollouts and their rollback
   * windows; between them `securecloud traffic scale-idle` holds it at zero tasks.
   */
  readonly idleColorHoursPerMonth: number;
  /** Log ingestion per month by log group role, GB. */
  readonly logIngestGbPerMonth: LogVolumes;
  /** Images kept in the repository, GB. */
  readonly ecrStorageGb: number;
  /** Average stored per S3 bucket, GB. */
  readonly s3StorageGbPerBucket: number;
  /** KMS API requests per month (all keys). */
  readonly kmsRequestsPerMonth: number;
  /** CloudTrail management events per month (GuardDuty analyses each). */
  readonly managementEventsPerMonth: number;
  /** S3 object-level (data) events on the logged buckets per month. */
  readonly s3DataEventsPerMonth: number;
  /** AWS Config configuration items recorded per month. */
  readonly configItemsPerMonth: number;
  /** Evaluations of each AWS Config rule per month. */
  readonly configEvaluationsPerRulePerMonth: number;
  /** Security Hub security checks per month. */
  readonly securityHubChecksPerMonth: number;
  /** DynamoDB on-demand writes per month, each table. */
  readonly dynamodbWritesPerMonth: number;
  /** DynamoDB on-demand reads per month, each table. */
  readonly dynamodbReadsPerMonth: number;
  /** DynamoDB storage, each table, GB. */
  readonly dynamodbStorageGb: number;
  /** Seconds one aws:executeScript step of a scheduled Automation run takes on average. */
  readonly automationScriptSecondsPerStep: number;
}

type NumberField = Exclude<keyof UsageAssumptions, "logIngestGbPerMonth">;

/** Every numeric field, its unit, and where the real figure can be read once the estate runs. */
export const USAGE_FIELDS: Readonly<Record<NumberField, { unit: string; measure: string }>> = {
  requestsPerMonth: { unit: "requests", measure: "AWS/ApplicationELB RequestCount, Sum over 30 days" },
  requestsPerConnection: {
    unit: "requests/connection",
    measure: "RequestCount / NewConnectionCount (AWS/ApplicationELB)",
  },
  albProcessedGbPerMonth: { unit: "GB", measure: "AWS/ApplicationELB ProcessedBytes, Sum over 30 days" },
  internetEgressGbPerMonth: { unit: "GB", measure: "Cost Explorer, usage type DataTransfer-Out-Bytes" },
  natProcessedGbPerMonth: { unit: "GB", measure: "AWS/NATGateway BytesOutToDestination + BytesInFromSource" },
  endpointProcessedGbPerMonth: { unit: "GB", measure: "Cost Explorer, usage type VpcEndpoint-Bytes" },
  servingTasks: {
    unit: "tasks",
    measure: "ECS/ContainerInsights RunningTaskCount of the serving color, average",
  },
  idleColorHoursPerMonth: {
    unit: "hours",
    measure: "ECS/ContainerInsights RunningTaskCount of the color not serving: hours above zero",
  },
  ecrStorageGb: { unit: "GB", measure: "ECR console: repository size" },
  s3StorageGbPerBucket: { unit: "GB", measure: "AWS/S3 BucketSizeBytes (daily)" },
  kmsRequestsPerMonth: { unit: "requests", measure: "Cost Explorer, usage type KMS-Requests" },
  managementEventsPerMonth: { unit: "events", measure: "AWS/GuardDuty CloudTrailEvents AnalyzedCount" },
  s3DataEventsPerMonth: { unit: "events", measure: "Cost Explorer, usage type DataEventsRecorded" },
  configItemsPerMonth: { unit: "items", measure: "AWS/Config ConfigurationItemsRecorded, Sum" },
  configEvaluationsPerRulePerMonth: {
    unit: "evaluations",
    measure: "Cost Explorer, ConfigRuleEvaluations / rules",
  },
  securityHubChecksPerMonth: { unit: "checks", measure: "Security Hub console: Usage" },
  dynamodbWritesPerMonth: { unit: "write request units", measure: "AWS/DynamoDB ConsumedWriteCapacityUnits" },
  dynamodbReadsPerMonth: { unit: "read request units", measure: "AWS/DynamoDB ConsumedReadCapacityUnits" },
  dynamodbStorageGb: { unit: "GB", measure: "DynamoDB console: table size" },
  automationScriptSecondsPerStep: {
    unit: "seconds",
    measure: "Systems Manager Automation execution history: duration of the aws:executeScript step",
  },
};

export const LOG_ROLES = ["service", "waf", "flowLogs", "cloudtrail", "sessions", "other"] as const;
export type LogRole = (typeof LOG_ROLES)[number];

/** One bad field: `logIngestGbPerMonth.waf`, `-3 is negative`. */
export interface UsageProblem {
  readonly field: string;
  readonly reason: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function numberProblem(field: string, value: unknown, min = 0): UsageProblem | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return { field, reason: `${JSON.stringify(value)} is not a number` };
  }
  if (value < min) {
    return { field, reason: value < 0 ? `${value} is negative` : `${value} is below ${min}` };
  }
  return undefined;
}

/** Every problem with a complete set of assumptions (missing, unknown, non-numeric or negative fields). */
export function usageProblems(value: unknown): UsageProblem[] {
  if (!isObject(value)) return [{ field: "usage", reason: "must be an object of usage assumptions" }];
  const problems: UsageProblem[] = [];
  const known = new Set<string>([...Object.keys(USAGE_FIELDS), "logIngestGbPerMonth"]);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) problems.push({ field: key, reason: "is not a usage assumption" });
  }
  for (const key of Object.keys(USAGE_FIELDS) as NumberField[]) {
    const p = numberProblem(key, value[key], key === "requestsPerConnection" ? 1 : 0);
    if (p) problems.push(p);
  }
  const logs = value.logIngestGbPerMonth;
  if (!isObject(logs)) {
    problems.push({ field: "logIngestGbPerMonth", reason: "must be an object of GB per log group role" });
  } else {
    for (const key of Object.keys(logs)) {
      if (!(LOG_ROLES as readonly string[]).includes(key)) {
        problems.push({
          field: `logIngestGbPerMonth.${key}`,
          reason: `is not one of ${LOG_ROLES.join(", ")}`,
        });
      }
    }
    for (const role of LOG_ROLES) {
      const p = numberProblem(`logIngestGbPerMonth.${role}`, logs[role]);
      if (p) problems.push(p);
    }
  }
  return problems;
}

/** Every assumption at zero (one request per connection): what a synth without recorded usage is priced with. */
export const NO_USAGE: UsageAssumptions = {
  ...(Object.fromEntries(Object.keys(USAGE_FIELDS).map((k) => [k, 0])) as Record<NumberField, number>),
  requestsPerConnection: 1,
  logIngestGbPerMonth: Object.fromEntries(LOG_ROLES.map((r) => [r, 0])) as unknown as LogVolumes,
};
