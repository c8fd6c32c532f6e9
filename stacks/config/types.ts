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

/**
 * Edge protection of the ALBs (the WAF web ACL). Every field is optional: the defaults in
 * `config/edge.ts` are the secure ones, and `validate.ts` bounds what may replace them.
 */
export interface EdgeConfig {
  /** Requests one client IP may send in any 5-minute window before it gets 429s (default 2,000). */
  readonly rateLimit?: number;
  /** Path prefixes with their own, tighter per-IP limit (default `/login`, `/api/auth`). */
  readonly sensitivePaths?: readonly string[];
  /** Requests per 5 minutes one IP may send to the sensitive paths (default 100; at most `rateLimit`). */
  readonly sensitivePathRateLimit?: number;
  /** ISO 3166-1 alpha-2 country codes blocked outright (default none). */
  readonly geoBlockCountries?: readonly string[];
  /** Blocked requests (all rules) per 5 minutes at which the spike alarm fires (default 1,000). */
  readonly blockedRequestsAlarmThreshold?: number;
}

/** Someone the Shield Response Team calls or mails during an attack. */
export interface EmergencyContact {
  readonly email: string;
  /** E.164 (`+15555550100`). Proactive engagement needs at least one contact with a phone. */
  readonly phone?: string;
  readonly notes?: string;
}

/** Shield Advanced settings; required when `features.shieldAdvanced` is on. */
export interface ShieldConfig {
  /** At least one: the SRT's way to reach the team. Applied by the account-settings owner. */
  readonly emergencyContacts: readonly EmergencyContact[];
  /** The SRT contacts the team itself when a protected resource turns unhealthy under attack. */
  readonly proactiveEngagement: boolean;
  /** A role the SRT may assume to inspect and change the WAF during an attack. */
  readonly drtAccess: boolean;
  /** What Shield does with the WAF rules it writes when it detects an L7 attack (default block). */
  readonly automaticResponse?: "block" | "count";
}

/** Parameter Store entries handed to the service's container as environment variables. */
export interface ServiceParameters {
  /** Non-secret settings; the value lives here and Terraform keeps it. */
  readonly settings: Readonly<Record<string, string>>;
  /** Secret names; Terraform writes a placeholder once, operators put the value. */
  readonly secrets: readonly string[];
}

/** Where the Aviatrix controller lives; required when `features.aviatrixPlaceholders` is on. */
export interface AviatrixConfig {
  /** AWS account of the controller: the only one trusted to assume `aviatrix-role-app`. */
  readonly controllerAccountId: string;
  /** Controller's address range (IPv4, /16 or narrower): the only source allowed on 443. */
  readonly controllerCidr: string;
  /** Host name or IP the Aviatrix provider's `controller_ip` points at. */
  readonly controllerEndpoint: string;
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

/**
 * Who the alarm topic reaches. Every list is optional; a production environment needs at
 * least one subscriber in all of them together.
 */
export interface AlertSubscribers {
  /** Email addresses (each confirms its subscription from the mail AWS sends). */
  readonly email?: readonly string[];
  /** HTTPS endpoints of a paging service that carry no secret. */
  readonly https?: readonly string[];
  /**
   * SecureString parameters holding HTTPS endpoints whose URL carries an integration key
   * (PagerDuty, Opsgenie): read at apply time, never in the code or the synthesized JSON.
   */
  readonly httpsEndpointParameters?: readonly string[];
  /** A Slack channel through AWS Chatbot (the workspace authorized in the Chatbot console). */
  readonly slack?: { readonly workspaceId: string; readonly channelId: string };
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
  /**
   * This environment creates what AWS keeps once per account and region (Session Manager
   * preferences; with Shield on, the account's Shield contacts and SRT access). At most one
   * environment per account and region may own them; with none, they are managed elsewhere.
   */
  readonly accountSettingsOwner: boolean;
  /** Serves real users: the synth refuses it without an alert subscriber, the drill without --allow-production. */
  readonly production?: boolean;
  /** Subscribers of the alarm topic. */
  readonly alerts?: AlertSubscribers;
  readonly edge?: EdgeConfig;
  readonly shield?: ShieldConfig;
  readonly serviceParameters?: ServiceParameters;
  readonly aviatrix?: AviatrixConfig;
}
