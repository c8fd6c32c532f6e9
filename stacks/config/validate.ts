/** Validation of the environments: every field of each, and what two environments may not share. */
import { MAX_DRAIN_SECONDS } from "../../common/service-contract.ts";
import { checkAlerts } from "./alerts.ts";
import { type Cidr, cidrsOverlap, inRange, isInt, parseCidr } from "./checks.ts";
import { REGIONS } from "./regions.ts";
import type { EnvironmentConfig } from "./types.ts";
import { checkEdgeAndServices } from "./validate-options.ts";

/** One bad field of one environment. */
export interface ConfigProblem {
  readonly env: string;
  readonly field: string;
  readonly reason: string;
}

/** Thrown before anything is synthesized; `message` is one line naming env, field and reason. */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map((p) => `environment "${p.env}": ${p.field}: ${p.reason}`).join("; "));
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** Fargate CPU units → allowed memory (MiB): [min, max, step]. */
const FARGATE_MEMORY: Readonly<Record<number, readonly [number, number, number]>> = {
  256: [512, 2048, 512],
  512: [1024, 4096, 1024],
  1024: [2048, 8192, 1024],
  2048: [4096, 16384, 1024],
  4096: [8192, 30720, 1024],
  8192: [16384, 61440, 4096],
  16384: [32768, 122880, 8192],
};

/** Values CloudWatch Logs accepts for retention_in_days. */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/** GitHub owner (1-39 letters, digits, inner hyphens) / repository name (letters, digits, . _ -). */
const GITHUB_REPOSITORY =
  /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;

function checkOne(env: EnvironmentConfig, problem: (field: string, reason: string) => void): void {
  checkAlerts(env, problem);
  if (!/^[a-z][a-z0-9]{1,15}$/.test(env.name ?? "")) {
    problem("name", `"${env.name}" must be 2-16 lower-case letters or digits, starting with a letter`);
  }
  if (!/^\d{12}$/.test(env.accountId ?? ""))
    problem("accountId", `"${env.accountId}" is not a 12-digit account id`);
  const region = REGIONS[env.region];
  if (!region)
    problem("region", `unknown region "${env.region}" (known: ${Object.keys(REGIONS).join(", ")})`);

  const vpc = parseCidr(env.vpcCidr);
  if (typeof vpc === "string") problem("vpcCidr", vpc);
  else if (vpc[0].kind() !== "ipv4") problem("vpcCidr", `"${env.vpcCidr}" must be an IPv4 CIDR block`);
  else if (vpc[1] < 16 || vpc[1] > 20) problem("vpcCidr", `prefix /${vpc[1]} is outside /16../20`);
  else if (vpc[0].range() !== "private")
    problem("vpcCidr", `"${env.vpcCidr}" is not in a private (RFC 1918) range`);

  const maxAzs = Math.min(region?.maxAzs ?? 6, 6);
  if (!isInt(env.azCount) || env.azCount < 2 || env.azCount > maxAzs) {
    problem(
      "azCount",
      `${env.azCount} is outside 2..${maxAzs} (an ALB needs two zones; ${env.region} has ${maxAzs})`,
    );
  }
  if (!/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(env.domain ?? "")) {
    problem("domain", `"${env.domain}" is not a lower-case DNS name`);
  }
  if (!env.certificateArn) problem("certificateArn", "missing: the HTTPS listener needs an ACM certificate");
  else {
    const m = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):(\d{12}):certificate\/[0-9a-f-]{36}$/.exec(
      env.certificateArn,
    );
    if (!m) problem("certificateArn", `"${env.certificateArn}" is not an ACM certificate ARN`);
    else if (m[1] !== env.region) {
      problem("certificateArn", `certificate is in ${m[1]} but an ALB needs one in ${env.region}`);
    }
  }

  const task = env.task;
  const memory = FARGATE_MEMORY[task?.cpu];
  if (!memory)
    problem("task.cpu", `${task?.cpu} is not a Fargate CPU size (${Object.keys(FARGATE_MEMORY).join(", ")})`);
  else if (
    !isInt(task.memory) ||
    task.memory < memory[0] ||
    task.memory > memory[1] ||
    (task.memory - memory[0]) % memory[2] !== 0
  ) {
    problem(
      "task.memory",
      `${task.memory} MiB is not valid with ${task.cpu} CPU units (${memory[0]}..${memory[1]} by ${memory[2]})`,
    );
  }
  for (const field of ["min", "desired", "max"] as const) {
    if (!isInt(task?.[field]) || task[field] < 1 || task[field] > 1000) {
      problem(`task.${field}`, `${task?.[field]} is not a whole number in 1..1000`);
    }
  }
  if (isInt(task?.min) && isInt(task?.max) && task.min > task.max) {
    problem("task.min", `${task.min} is greater than task.max ${task.max}`);
  } else if (isInt(task?.desired) && (task.desired < task.min || task.desired > task.max)) {
    problem("task.desired", `${task.desired} is outside task.min..task.max (${task.min}..${task.max})`);
  }
  if (!inRange(task?.cpuTargetPercent, 10, 90)) {
    problem("task.cpuTargetPercent", `${task?.cpuTargetPercent} is outside 10..90`);
  }

  if (!isInt(env.drainSeconds) || env.drainSeconds < 5 || env.drainSeconds > MAX_DRAIN_SECONDS) {
    problem(
      "drainSeconds",
      `${env.drainSeconds} is outside 5..${MAX_DRAIN_SECONDS} (ECS stops a task at most 120 s after SIGTERM)`,
    );
  }

  const a = env.alarms;
  if (!inRange(a?.error5xxRatePercent, 0.1, 100)) {
    problem("alarms.error5xxRatePercent", `${a?.error5xxRatePercent} is outside 0.1..100`);
  }
  if (!inRange(a?.p99LatencySeconds, 0.01, 60))
    problem("alarms.p99LatencySeconds", `${a?.p99LatencySeconds} is outside 0.01..60`);
  if (!isInt(a?.unhealthyHosts) || a.unhealthyHosts < 1)
    problem("alarms.unhealthyHosts", `${a?.unhealthyHosts} must be a whole number >= 1`);
  if (!inRange(a?.cpuPercent, 1, 100)) problem("alarms.cpuPercent", `${a?.cpuPercent} is outside 1..100`);
  if (!inRange(a?.memoryPercent, 1, 100))
    problem("alarms.memoryPercent", `${a?.memoryPercent} is outside 1..100`);
  if (!isInt(a?.evaluationPeriods) || a.evaluationPeriods < 1 || a.evaluationPeriods > 10) {
    problem("alarms.evaluationPeriods", `${a?.evaluationPeriods} is outside 1..10`);
  }

  const ops: Array<{ index: number; cidr: Cidr }> = [];
  (env.opsCidrs ?? []).forEach((value, i) => {
    const field = `opsCidrs[${i}]`;
    const parsed = parseCidr(value);
    if (typeof parsed === "string") {
      problem(field, parsed);
    } else if (parsed[1] === 0) {
      problem(field, `"${value}" is the whole internet; the test listener is for operators only`);
    } else {
      const clash = ops.find((other) => cidrsOverlap(other.cidr, parsed));
      if (clash)
        problem(field, `"${value}" overlaps opsCidrs[${clash.index}] "${env.opsCidrs[clash.index]}"`);
      ops.push({ index: i, cidr: parsed });
    }
  });

  if (!LOG_RETENTION_DAYS.includes(env.logRetentionDays)) {
    problem(
      "logRetentionDays",
      `${env.logRetentionDays} is not a CloudWatch Logs retention (${LOG_RETENTION_DAYS.join(", ")})`,
    );
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(env.stateBucket ?? "")) {
    problem("stateBucket", `"${env.stateBucket}" is not an S3 bucket name`);
  }
  const github = env.github;
  if (typeof github?.repository !== "string" || !GITHUB_REPOSITORY.test(github.repository)) {
    problem("github.repository", `${JSON.stringify(github?.repository)} is not a GitHub "owner/name"`);
  }
  if (github?.oidcProvider !== "create" && github?.oidcProvider !== "existing") {
    problem("github.oidcProvider", `${JSON.stringify(github?.oidcProvider)} is not "create" or "existing"`);
  }
  for (const key of ["Owner", "CostCenter"] as const) {
    const value = env.tags?.[key];
    if (typeof value !== "string" || !/^[\p{L}\p{N}\s_.:/=+\-@]{1,256}$/u.test(value)) {
      problem(`tags.${key}`, `${JSON.stringify(value)} is not a valid tag value`);
    }
  }
  checkEdgeAndServices(env, problem);
}

/**
 * Settings AWS keeps once per account (IAM role names, Shield's contacts) or per account and
 * region (Session Manager preferences) may be created by one environment only.
 */
function accountProblems(envs: readonly EnvironmentConfig[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const first = new Map<string, string>();
  const claim = (env: EnvironmentConfig, key: string, field: string, reason: (owner: string) => string) => {
    const owner = first.get(key);
    if (owner === undefined) first.set(key, env.name);
    else problems.push({ env: env.name, field, reason: reason(owner) });
  };
  for (const env of envs) {
    if (env.accountSettingsOwner === true) {
      claim(
        env,
        `owner:${env.accountId}:${env.region}`,
        "accountSettingsOwner",
        (owner) =>
          `environment "${owner}" already owns the settings of account ${env.accountId} in ${env.region}; only one may`,
      );
      if (env.features?.shieldAdvanced) {
        claim(
          env,
          `shield:${env.accountId}`,
          "accountSettingsOwner",
          (owner) =>
            `environment "${owner}" already sets Shield Advanced's contacts and SRT access of account ${env.accountId}, which exist once per account`,
        );
      }
    }
    if (env.features?.aviatrixPlaceholders) {
      claim(
        env,
        `aviatrix:${env.accountId}`,
        "features.aviatrixPlaceholders",
        (owner) =>
          `environment "${owner}" already creates aviatrix-role-ec2 and aviatrix-role-app in account ${env.accountId}, and IAM role names are per account`,
      );
    }
  }
  return problems;
}

/** Every problem across all environments, including clashes between them. */
export function findProblems(envs: readonly EnvironmentConfig[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seen = new Map<string, EnvironmentConfig>();
  for (const env of envs) {
    checkOne(env, (field, reason) => problems.push({ env: env.name, field, reason }));
    const twin = seen.get(env.name);
    if (twin) problems.push({ env: env.name, field: "name", reason: "two environments share this name" });
    for (const other of seen.values()) {
      const mine = parseCidr(env.vpcCidr);
      const theirs = parseCidr(other.vpcCidr);
      if (typeof mine !== "string" && typeof theirs !== "string" && cidrsOverlap(mine, theirs)) {
        problems.push({
          env: env.name,
          field: "vpcCidr",
          reason: `"${env.vpcCidr}" overlaps environment "${other.name}" (${other.vpcCidr}); transit routing needs disjoint VPCs`,
        });
      }
    }
    seen.set(env.name, env);
  }
  problems.push(...accountProblems(envs));
  problems.push(...oidcProviderProblems(envs));
  return problems;
}

/**
 * The GitHub OIDC provider is global to an AWS account: of the environments sharing an
 * account, exactly one creates it and the others look it up.
 */
function oidcProviderProblems(envs: readonly EnvironmentConfig[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const byAccount = new Map<string, EnvironmentConfig[]>();
  for (const env of envs) byAccount.set(env.accountId, [...(byAccount.get(env.accountId) ?? []), env]);
  for (const [account, group] of byAccount) {
    const creators = group.filter((e) => e.github?.oidcProvider === "create");
    if (creators.length > 1) {
      for (const env of creators.slice(1)) {
        problems.push({
          env: env.name,
          field: "github.oidcProvider",
          reason: `"create" in account ${account}, which environment "${creators[0]!.name}" already creates it in; use "existing"`,
        });
      }
    } else if (creators.length === 0 && group.every((e) => e.github?.oidcProvider === "existing")) {
      problems.push({
        env: group[0]!.name,
        field: "github.oidcProvider",
        reason: `no environment in account ${account} creates the GitHub OIDC provider; set "create" on the one deployed first`,
      });
    }
  }
  return problems;
}

/** Throws one ConfigError naming every problem; returns the environments when all are valid. */
export function validateEnvironments(envs: readonly EnvironmentConfig[]): readonly EnvironmentConfig[] {
  const problems = findProblems(envs);
  if (problems.length > 0) throw new ConfigError(problems);
  return envs;
}
