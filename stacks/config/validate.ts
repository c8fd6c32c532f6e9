import ipaddr from "ipaddr.js";
import { MAX_DRAIN_SECONDS } from "../../common/service-contract.ts";
import { checkAlerts } from "./alerts.ts";
import { EDGE_DEFAULTS, edgeSettings, RATE_LIMIT_CEILING, RATE_LIMIT_MINIMUM } from "./edge.ts";
import { REGIONS } from "./regions.ts";
import type { EnvironmentConfig } from "./types.ts";

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

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** Parses a CIDR whose host bits are zero (`10.0.0.0/16`, not `10.0.0.1/16`). */
export function parseCidr(value: string): Cidr | string {
  if (typeof value !== "string" || !value.includes("/")) return `"${value}" is not a CIDR block`;
  let parsed: Cidr;
  try {
    parsed = ipaddr.parseCIDR(value);
  } catch {
    return `"${value}" is not a CIDR block`;
  }
  const [addr, bits] = parsed;
  const network =
    addr.kind() === "ipv4"
      ? ipaddr.IPv4.networkAddressFromCIDR(value)
      : ipaddr.IPv6.networkAddressFromCIDR(value);
  if (network.toString() !== addr.toString()) {
    return `"${value}" has host bits set (network address is ${network.toString()}/${bits})`;
  }
  return parsed;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a[0].kind() !== b[0].kind()) return false;
  // The shorter prefix contains the other one's network address if they overlap at all.
  const [wide, narrow] = a[1] <= b[1] ? [a, b] : [b, a];
  return (narrow[0] as ipaddr.IPv4).match(wide as [ipaddr.IPv4, number]);
}

/** GitHub owner (1-39 letters, digits, inner hyphens) / repository name (letters, digits, . _ -). */
const GITHUB_REPOSITORY =
  /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;

const isInt = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);
const inRange = (n: unknown, lo: number, hi: number): n is number =>
  typeof n === "number" && Number.isFinite(n) && n >= lo && n <= hi;

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

const DNS_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
/** AWS Shield's pattern for EmergencyContact.PhoneNumber: E.164. */
const E164 = /^\+[1-9]\d{1,14}$/;
/** URI path prefix as a WAF byte match inspects it (after URL-decoding). */
const PATH_PREFIX = /^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,199}$/;
const ENV_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
/** Container environment the estate sets itself (per color, or from the service contract). */
const ESTATE_OWNED_VARIABLES = ["SERVICE_COLOR", "PORT", "DRAIN_SECONDS"];
const SECRET_LOOKING = /secret|password|passwd|token|api_?key|private_?key|credential/i;

/** WAF, Shield, Parameter Store and Aviatrix settings of one environment. */
function checkEdgeAndServices(
  env: EnvironmentConfig,
  problem: (field: string, reason: string) => void,
): void {
  if (typeof env.accountSettingsOwner !== "boolean") {
    problem("accountSettingsOwner", `${JSON.stringify(env.accountSettingsOwner)} must be true or false`);
  }

  const edge = edgeSettings(env);
  const perIp = "requests per 5 minutes per IP";
  if (!isInt(edge.rateLimit)) problem("edge.rateLimit", `${edge.rateLimit} is not a whole number`);
  else if (edge.rateLimit > RATE_LIMIT_CEILING) {
    problem(
      "edge.rateLimit",
      `${edge.rateLimit} is above the ceiling of ${RATE_LIMIT_CEILING} ${perIp} (stacks/config/edge.ts says why)`,
    );
  } else if (edge.rateLimit < RATE_LIMIT_MINIMUM) {
    problem(
      "edge.rateLimit",
      `${edge.rateLimit} is below AWS WAF's minimum of ${RATE_LIMIT_MINIMUM} ${perIp}`,
    );
  }
  const tight = edge.sensitivePathRateLimit;
  if (!isInt(tight) || tight < RATE_LIMIT_MINIMUM) {
    problem("edge.sensitivePathRateLimit", `${tight} is not a whole number >= ${RATE_LIMIT_MINIMUM}`);
  } else if (isInt(edge.rateLimit) && tight > edge.rateLimit) {
    problem(
      "edge.sensitivePathRateLimit",
      `${tight} is looser than edge.rateLimit ${edge.rateLimit}; the sensitive paths get the tighter limit`,
    );
  }
  const paths = Array.isArray(edge.sensitivePaths) ? edge.sensitivePaths : [];
  // Each path is a byte match with three text transformations, 32 WCUs. With 8 the web ACL
  // costs about 1,450 of the 1,500 WCUs its base price includes, leaving room for a rule an
  // operator adds during an incident.
  if (!Array.isArray(edge.sensitivePaths) || paths.length > 8) {
    problem("edge.sensitivePaths", "must be a list of at most 8 path prefixes (32 WAF capacity units each)");
  }
  paths.forEach((path, i) => {
    if (typeof path !== "string" || !PATH_PREFIX.test(path)) {
      problem(`edge.sensitivePaths[${i}]`, `${JSON.stringify(path)} is not a URL path starting with "/"`);
    } else if (paths.findIndex((p) => String(p).toLowerCase() === path.toLowerCase()) !== i) {
      problem(`edge.sensitivePaths[${i}]`, `"${path}" is listed twice (paths match case-insensitively)`);
    }
  });
  const countries = Array.isArray(edge.geoBlockCountries) ? edge.geoBlockCountries : [];
  if (!Array.isArray(edge.geoBlockCountries)) problem("edge.geoBlockCountries", "must be a list");
  countries.forEach((code, i) => {
    if (typeof code !== "string" || !/^[A-Z]{2}$/.test(code)) {
      problem(`edge.geoBlockCountries[${i}]`, `${JSON.stringify(code)} is not an ISO 3166-1 alpha-2 code`);
    } else if (countries.indexOf(code) !== i) {
      problem(`edge.geoBlockCountries[${i}]`, `"${code}" is listed twice`);
    }
  });
  if (!isInt(edge.blockedRequestsAlarmThreshold) || edge.blockedRequestsAlarmThreshold < 1) {
    problem(
      "edge.blockedRequestsAlarmThreshold",
      `${edge.blockedRequestsAlarmThreshold} must be a whole number >= 1 (default ${EDGE_DEFAULTS.blockedRequestsAlarmThreshold})`,
    );
  }

  checkShield(env, problem);
  checkServiceParameters(env, problem);
  checkAviatrix(env, problem);
}

function checkShield(env: EnvironmentConfig, problem: (field: string, reason: string) => void): void {
  const shield = env.shield;
  if (env.features?.shieldAdvanced && !shield) {
    problem(
      "shield",
      "missing: Shield Advanced is on and the Shield Response Team needs emergency contacts (shield.emergencyContacts)",
    );
    return;
  }
  if (!shield) return;
  const contacts = Array.isArray(shield.emergencyContacts) ? shield.emergencyContacts : [];
  if (contacts.length === 0) {
    if (env.features?.shieldAdvanced) {
      problem(
        "shield.emergencyContacts",
        "empty: Shield Advanced is on and needs at least one contact with an email address",
      );
    }
  } else if (contacts.length > 10) {
    problem("shield.emergencyContacts", `${contacts.length} contacts; AWS Shield accepts at most 10`);
  }
  contacts.forEach((c, i) => {
    const field = `shield.emergencyContacts[${i}]`;
    if (typeof c?.email !== "string" || !EMAIL.test(c.email) || c.email.length > 150) {
      problem(`${field}.email`, `${JSON.stringify(c?.email)} is not an email address`);
    }
    if (c?.phone !== undefined && (typeof c.phone !== "string" || !E164.test(c.phone))) {
      problem(`${field}.phone`, `${JSON.stringify(c.phone)} is not an E.164 phone number (+15555550100)`);
    }
    if (
      c?.notes !== undefined &&
      (typeof c.notes !== "string" || !/^[\w\s.\-,:/()+@]{0,1024}$/.test(c.notes))
    ) {
      problem(`${field}.notes`, "must be at most 1024 letters, digits, spaces and .-,:/()+@");
    }
  });
  if (typeof shield.proactiveEngagement !== "boolean") {
    problem(
      "shield.proactiveEngagement",
      `${JSON.stringify(shield.proactiveEngagement)} must be true or false`,
    );
  } else if (shield.proactiveEngagement && !contacts.some((c) => typeof c?.phone === "string")) {
    problem(
      "shield.proactiveEngagement",
      "needs at least one emergency contact with a phone number (AWS calls during proactive engagement)",
    );
  }
  if (typeof shield.drtAccess !== "boolean") {
    problem("shield.drtAccess", `${JSON.stringify(shield.drtAccess)} must be true or false`);
  }
  if (shield.automaticResponse !== undefined && !["block", "count"].includes(shield.automaticResponse)) {
    problem(
      "shield.automaticResponse",
      `${JSON.stringify(shield.automaticResponse)} must be "block" or "count"`,
    );
  }
}

function checkServiceParameters(
  env: EnvironmentConfig,
  problem: (field: string, reason: string) => void,
): void {
  const params = env.serviceParameters;
  if (!params) return;
  const seen = new Set<string>();
  const checkName = (field: string, name: string) => {
    if (!ENV_NAME.test(name)) {
      problem(field, `"${name}" is not an environment variable name (A-Z, 0-9, _; starts with a letter)`);
    } else if (ESTATE_OWNED_VARIABLES.includes(name)) {
      problem(field, `"${name}" is set by the estate itself and cannot come from Parameter Store`);
    } else if (seen.has(name)) {
      problem(field, `"${name}" is both a setting and a secret`);
    }
    seen.add(name);
  };
  for (const [name, value] of Object.entries(params.settings ?? {})) {
    const field = `serviceParameters.settings.${name}`;
    checkName(field, name);
    if (SECRET_LOOKING.test(name)) {
      problem(
        field,
        "looks like a secret: list it in serviceParameters.secrets so its value never sits in code",
      );
    }
    if (typeof value !== "string" || value.length === 0 || value.length > 4096) {
      problem(field, "value must be 1..4096 characters (a standard-tier parameter)");
    }
  }
  (Array.isArray(params.secrets) ? params.secrets : []).forEach((name, i) => {
    checkName(`serviceParameters.secrets[${i}]`, String(name));
  });
}

function checkAviatrix(env: EnvironmentConfig, problem: (field: string, reason: string) => void): void {
  const avx = env.aviatrix;
  if (env.features?.aviatrixPlaceholders && !avx) {
    problem(
      "aviatrix",
      "missing: the Aviatrix placeholders need aviatrix.controllerAccountId, controllerCidr and controllerEndpoint",
    );
    return;
  }
  if (!avx) return;
  if (!avx.controllerAccountId) {
    problem(
      "aviatrix.controllerAccountId",
      "missing: the controller's account is the only one trusted to assume aviatrix-role-app",
    );
  } else if (!/^\d{12}$/.test(avx.controllerAccountId)) {
    problem("aviatrix.controllerAccountId", `"${avx.controllerAccountId}" is not a 12-digit account id`);
  }
  const cidr = parseCidr(avx.controllerCidr);
  if (typeof cidr === "string") problem("aviatrix.controllerCidr", cidr);
  else if (cidr[0].kind() !== "ipv4" || cidr[1] < 16) {
    problem(
      "aviatrix.controllerCidr",
      `"${avx.controllerCidr}" must be an IPv4 block of /16 or narrower: it is what may reach the gateways on 443`,
    );
  }
  const endpoint = avx.controllerEndpoint;
  if (
    typeof endpoint !== "string" ||
    !(DNS_NAME.test(endpoint) || ipaddr.IPv4.isValidFourPartDecimal(endpoint))
  ) {
    problem("aviatrix.controllerEndpoint", `${JSON.stringify(endpoint)} is not a host name or IPv4 address`);
  }
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
