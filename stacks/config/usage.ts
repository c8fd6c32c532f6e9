/**
 * Usage assumptions of an environment: the monthly volumes the cost estimate needs that no
 * resource states (requests, GB processed, log volume, events). An environment may set any of
 * them in `usage` (stacks/config/environments.ts); the rest come from `USAGE_DEFAULTS` below.
 * The resolved set is validated with the configuration and recorded in the synthesized JSON
 * (`["//"].securecloud.features.usage`, through `declareForGate`), where `securecloud cost` and
 * the review diff read it.
 *
 * Every default is a planning figure for a small service, not a measurement: the comment on
 * each says how it was sized, and `USAGE_FIELDS` (common/usage-assumptions.ts) says where the
 * real figure is read once the estate runs. Replace a default with the measured value in the
 * environment's `usage` as soon as there is one.
 */
import {
  type LogVolumes,
  type UsageAssumptions,
  type UsageProblem,
  usageProblems,
} from "../../common/usage-assumptions.ts";
import type { EnvironmentConfig } from "./types.ts";

/** What an environment may set: any field, log volumes one by one. */
export type UsageConfig = Partial<Omit<UsageAssumptions, "logIngestGbPerMonth" | "servingTasks">> & {
  readonly logIngestGbPerMonth?: Partial<LogVolumes>;
  /** @default the color's autoscaling minimum (`task.min`) */
  readonly servingTasks?: number;
};

/** Defaults for every field but `servingTasks` (which defaults to `task.min`). */
export const USAGE_DEFAULTS: Omit<UsageAssumptions, "servingTasks"> = {
  // 1 request/s on average (2.592 M in 730 h): load balancer health checks, the canary's
  // smoke checks and a few testers; a public production service sets its own.
  requestsPerMonth: 2_592_000,
  // HTTP/1.1 and HTTP/2 clients keep connections alive; 10 requests each is a cautious
  // figure (fewer requests per connection means more new connections, more LCUs).
  requestsPerConnection: 10,
  // 10 KB per request and response together (JSON API): 2.592 M × 10 KB ≈ 26 GB.
  albProcessedGbPerMonth: 26,
  // Most of the processed bytes are responses; rounded down from the processed volume.
  internetEgressGbPerMonth: 20,
  // Outbound calls of the tasks (third-party APIs, OS metadata); images, logs and AWS APIs
  // go through the VPC endpoints instead.
  natProcessedGbPerMonth: 10,
  // Image pulls (a ~150 MB image, a few deploys a week × tasks) and log shipping.
  endpointProcessedGbPerMonth: 20,
  logIngestGbPerMonth: {
    service: 5, // ~2 KB of access and application log per request, plus start-up lines
    waf: 4, // the WAF's log record is ~1.5 KB per request: 2.592 M × 1.5 KB ≈ 3.9 GB
    flowLogs: 5, // ALL traffic at one-minute aggregation for a handful of tasks and endpoints
    cloudtrail: 1, // the trail's copy in CloudWatch Logs of ~200,000 management events
    sessions: 0.1, // Session Manager transcripts: occasional operator sessions
    other: 0.5,
  },
  // The old color runs its minimum through each rollout (~15 min), the rollback window after it
  // (30 min by default, the plan's scaleDownDelaySeconds) and the scale-idle schedule's lag (up
  // to ~20 min): ~1.25 h per rollout, ~20 rollouts a month (a few deploys a week) = 25 h.
  idleColorHoursPerMonth: 25,
  // The repository's lifecycle keeps the recent images: ~30 images of ~150 MB.
  ecrStorageGb: 5,
  // Access logs, Config snapshots and CloudTrail files grow slowly at this volume.
  s3StorageGbPerBucket: 10,
  // Encrypted logs, parameters, S3 objects and images; data-key caching keeps it low.
  kmsRequestsPerMonth: 100_000,
  // A quiet account: deploys, the pipeline's plans and the services' own calls.
  managementEventsPerMonth: 200_000,
  // Writes of access logs and Config and trail files into the logged buckets, and their reads.
  s3DataEventsPerMonth: 500_000,
  // Continuous recording: every change of a recorded resource (task ENIs churn with deploys).
  configItemsPerMonth: 2_000,
  // A change-triggered rule evaluates on each change in its scope; periodic ones daily.
  configEvaluationsPerRulePerMonth: 300,
  // Two standards (FSBP, CIS) over a few hundred resources, most controls re-checked on change.
  securityHubChecksPerMonth: 10_000,
  // Per table. The edge auto-block state: a scan every run (every 5 minutes: 8,760 a month)
  // and a few writes per blocked address; a rollout table: a few writes per deploy and reads
  // per status call.
  dynamodbWritesPerMonth: 10_000,
  dynamodbReadsPerMonth: 50_000,
  dynamodbStorageGb: 1,
  // The edge auto-block's script reads the rate rules' offenders, the state table and the IP
  // sets: a handful of API calls after the Python runtime starts.
  automationScriptSecondsPerStep: 5,
};

/** The environment's assumptions: its own values over the defaults. */
export function resolveUsage(env: EnvironmentConfig): UsageAssumptions {
  const own = env.usage ?? {};
  return {
    ...USAGE_DEFAULTS,
    ...own,
    servingTasks: own.servingTasks ?? env.task?.min,
    logIngestGbPerMonth: { ...USAGE_DEFAULTS.logIngestGbPerMonth, ...(own.logIngestGbPerMonth ?? {}) },
  } as UsageAssumptions;
}

/** Problems with the environment's usage assumptions, fields relative to `usage`. */
export function usageConfigProblems(env: EnvironmentConfig): UsageProblem[] {
  if (
    env.usage !== undefined &&
    (typeof env.usage !== "object" || env.usage === null || Array.isArray(env.usage))
  ) {
    return [{ field: "usage", reason: "must be an object of usage assumptions" }];
  }
  // Only a servingTasks the environment sets itself is checked here: the default is task.min,
  // which the task's own checks already bound.
  const tasks = env.usage?.servingTasks;
  const problems = usageProblems(resolveUsage(env)).filter(
    (p) => tasks !== undefined || p.field !== "servingTasks",
  );
  const { min, max } = env.task ?? {};
  if (
    tasks !== undefined &&
    !problems.some((p) => p.field === "servingTasks") &&
    typeof min === "number" &&
    typeof max === "number" &&
    (tasks < min || tasks > max)
  ) {
    problems.push({
      field: "servingTasks",
      reason: `${tasks} is outside the serving color's autoscaling range ${min}..${max} (task.min..task.max)`,
    });
  }
  return problems;
}
