/** Typed configuration of one environment of the estate. Validated by `validate.ts`. */

export interface TaskConfig {
  /** Fargate task CPU units (256, 512, 1024, 2048, 4096, 8192, 16384). */
  readonly cpu: number;
  /** Fargate task memory in MiB; must be a valid pairing with `cpu`. */
  readonly memory: number;
  readonly min: number;
  readonly desired: number;
  readonly max: number;
  /** Target-tracking autoscaling on average CPU, percent. */
  readonly cpuTargetPercent: number;
}

export interface AlarmThresholds {
  /** ALB 5xx responses as a percentage of requests (ELB + target 5xx). */
  readonly error5xxRatePercent: number;
  /** Target response time p99, seconds. */
  readonly p99LatencySeconds: number;
  /** Unhealthy hosts per target group at or above which the alarm fires. */
  readonly unhealthyHosts: number;
  readonly cpuPercent: number;
  readonly memoryPercent: number;
  /** Consecutive one-minute periods before an alarm fires. */
  readonly evaluationPeriods: number;
}

export interface FeatureToggles {
  /** AWS Shield Advanced (USD 3,000 a month per organisation). Off means Shield Standard. */
  readonly shieldAdvanced: boolean;
  /** AWS-side placeholders for Aviatrix transit/spoke gateways. */
  readonly aviatrixPlaceholders: boolean;
  /** ALB deletion protection. */
  readonly deletionProtection: boolean;
  /** One NAT gateway per AZ (resilient) instead of one for the VPC (cheaper). */
  readonly natGatewayPerAz: boolean;
}

/** Who may assume the pipeline roles of an environment through GitHub's OIDC provider. */
export interface GithubConfig {
  /** `owner/name` of the repository whose workflows may assume the pipeline roles. */
  readonly repository: string;
  /**
   * The OIDC provider for token.actions.githubusercontent.com exists once per AWS account.
   * `create`: this environment's stack owns it; `existing`: the stack looks it up (another
   * environment in the same account creates it, and is deployed first).
   */
  readonly oidcProvider: "create" | "existing";
}

export interface EnvironmentConfig {
  /** `staging`, `prod`: lower-case, used in every name. */
  readonly name: string;
  readonly accountId: string;
  readonly region: string;
  readonly vpcCidr: string;
  readonly azCount: number;
  /** Public host name the service answers on. */
  readonly domain: string;
  /** ACM certificate for `domain`, in the environment's region. */
  readonly certificateArn: string;
  readonly task: TaskConfig;
  /** Seconds a stopping task keeps serving: the target groups' deregistration delay. */
  readonly drainSeconds: number;
  readonly alarms: AlarmThresholds;
  readonly features: FeatureToggles;
  /** Operator networks allowed to reach the test listener. Never the whole internet. */
  readonly opsCidrs: readonly string[];
  /** CloudWatch Logs retention for every log group, days. */
  readonly logRetentionDays: number;
  /** Terraform state bucket (S3 backend with native lock file). */
  readonly stateBucket: string;
  /** GitHub repository and OIDC provider ownership for the pipeline roles. */
  readonly github: GithubConfig;
  /** Tags on every resource (provider default_tags) besides Project/Environment/ManagedBy. */
  readonly tags: { readonly Owner: string; readonly CostCenter: string };
}
