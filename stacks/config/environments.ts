import type { EnvironmentConfig } from "./types.ts";

/**
 * The environments the app synthesizes, one stack each. Example values only: accounts
 * 123456789012 (prod) and 210987654321 (staging) and example.com stand in for the real ones.
 */
export const staging: EnvironmentConfig = {
  name: "staging",
  accountId: "210987654321",
  region: "us-east-1",
  vpcCidr: "10.40.0.0/16",
  azCount: 2,
  domain: "staging.app.example.com",
  certificateArn: "arn:aws:acm:us-east-1:210987654321:certificate/0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
  task: { cpu: 512, memory: 1024, min: 2, desired: 2, max: 4, cpuTargetPercent: 60 },
  drainSeconds: 30,
  alarms: {
    error5xxRatePercent: 5,
    p99LatencySeconds: 1.5,
    unhealthyHosts: 1,
    cpuPercent: 85,
    memoryPercent: 85,
    evaluationPeriods: 3,
  },
  features: {
    shieldAdvanced: false,
    aviatrixPlaceholders: false,
    deletionProtection: false,
    natGatewayPerAz: false,
  },
  opsCidrs: ["203.0.113.0/24"],
  logRetentionDays: 365,
  stateBucket: "securecloud-terraform-state-210987654321",
  // Each environment has an account of its own, so each creates that account's GitHub OIDC provider.
  github: { repository: "example-org/securecloud-monitor", oidcProvider: "create" },
  tags: { Owner: "platform-sre", CostCenter: "cc-1042" },
  // Staging has an account of its own (AWS's multi-account guidance), so it owns that
  // account's singletons: GuardDuty, Security Hub, the Config recorder, Session Manager.
  accountSettingsOwner: true,
  production: false,
  alerts: { email: ["platform-sre@example.com"] },
  edge: { rateLimit: 2_000, sensitivePaths: ["/login", "/api/auth"], sensitivePathRateLimit: 100 },
  serviceParameters: {
    settings: { LOG_LEVEL: "debug" },
    secrets: ["METRICS_BEARER_TOKEN"],
  },
};

export const prod: EnvironmentConfig = {
  name: "prod",
  accountId: "123456789012",
  region: "us-east-1",
  vpcCidr: "10.50.0.0/16",
  azCount: 3,
  domain: "app.example.com",
  certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
  task: { cpu: 1024, memory: 2048, min: 3, desired: 3, max: 12, cpuTargetPercent: 55 },
  drainSeconds: 30,
  alarms: {
    error5xxRatePercent: 5,
    p99LatencySeconds: 1,
    unhealthyHosts: 1,
    cpuPercent: 80,
    memoryPercent: 80,
    evaluationPeriods: 3,
  },
  features: {
    shieldAdvanced: true,
    aviatrixPlaceholders: false,
    deletionProtection: true,
    natGatewayPerAz: true,
  },
  opsCidrs: ["203.0.113.0/24", "2001:db8:40::/48"],
  logRetentionDays: 365,
  stateBucket: "securecloud-terraform-state-123456789012",
  github: { repository: "example-org/securecloud-monitor", oidcProvider: "create" },
  tags: { Owner: "platform-sre", CostCenter: "cc-1042" },
  accountSettingsOwner: true,
  production: true,
  alerts: {
    email: ["sre-oncall@example.com"],
    // The paging service's integration URL carries its key: an operator puts it in Parameter Store.
    httpsEndpointParameters: ["/securecloud/prod/alerts/paging-endpoint"],
  },
  edge: {
    rateLimit: 2_000,
    sensitivePaths: ["/login", "/api/auth"],
    sensitivePathRateLimit: 100,
    blockedRequestsAlarmThreshold: 1_000,
  },
  shield: {
    emergencyContacts: [
      { email: "sre-oncall@example.com", phone: "+15555550100", notes: "Platform SRE on-call, 24/7" },
      { email: "security@example.com", notes: "Security team, business hours" },
    ],
    proactiveEngagement: true,
    drtAccess: true,
    automaticResponse: "block",
  },
  serviceParameters: {
    settings: { LOG_LEVEL: "info" },
    secrets: ["METRICS_BEARER_TOKEN"],
  },
};

export const ENVIRONMENTS: readonly EnvironmentConfig[] = [staging, prod];
