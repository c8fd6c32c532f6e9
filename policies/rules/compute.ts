import type { StackModel, TfResource } from "../engine/types.ts";
import { allBlocks, blocks, bool, ignoresChange, isObj, literal, str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { type Container, containerDefinitions, containerName, prop } from "./queries/ecs.ts";

function eachContainer(
  stack: StackModel,
  fn: (td: TfResource, c: Container, name: string) => void,
  unreadable?: (td: TfResource) => void,
): void {
  for (const td of stack.ofType("aws_ecs_task_definition")) {
    const containers = containerDefinitions(td);
    if (!containers) {
      unreadable?.(td);
      continue;
    }
    containers.forEach((c, i) => {
      fn(td, c, containerName(c, i));
    });
  }
}

export const noPublicIp = defineRule({
  id: "SC-ECS-001",
  title: "ECS services and task sets do not assign public IP addresses",
  severity: "high",
  category: "compute",
  rationale:
    "A task with a public IP is reachable around the load balancer, its WAF and its security controls.",
  remediation: "Run tasks in private subnets with network_configuration { assign_public_ip = false }.",
  controls: { fsbp: ["ECS.2", "ECS.16"], cis: [] },
  awsConfigRules: ["ecs-service-assign-public-ip-disabled"],
  checkov: ["CKV_AWS_333"],
  resourceTypes: ["aws_ecs_service", "aws_ecs_task_set"],
  check(ctx) {
    for (const svc of ctx.stack.ofType("aws_ecs_service", "aws_ecs_task_set")) {
      for (const nc of blocks(svc.values.network_configuration)) {
        if (bool(nc.assign_public_ip) === true)
          ctx.report(svc, "network_configuration.assign_public_ip is true");
      }
    }
  },
});

export const nonPrivileged = defineRule({
  id: "SC-ECS-002",
  title: "Containers do not run privileged",
  severity: "high",
  category: "compute",
  rationale:
    "A privileged container has root capabilities on the host; one compromised container becomes a compromised host.",
  remediation: "Remove privileged (or set it to false) in every container definition.",
  controls: { fsbp: ["ECS.4"], cis: [] },
  awsConfigRules: ["ecs-containers-nonprivileged"],
  checkov: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(ctx) {
    eachContainer(ctx.stack, (td, c, name) => {
      if (bool(prop(c, "privileged")) === true) ctx.report(td, `container "${name}" runs privileged`);
    });
  },
});

/** `root`, `0`, `root:<group>`, `0:<gid>` all run the process as root. */
export function isRootUser(user: string): boolean {
  const u = user.trim().split(":")[0]!.trim();
  return u === "" || u === "root" || u === "0";
}

export const nonRoot = defineRule({
  id: "SC-ECS-003",
  title: "Containers run as a non-root user",
  severity: "high",
  category: "compute",
  rationale:
    "Images run as root unless told otherwise; a root process in a container makes escapes and tampering with the image's files far easier.",
  remediation:
    'Set user to a non-zero UID (e.g. "10001:10001") in every container definition, and build the image for it.',
  controls: { fsbp: ["ECS.20"], cis: [] },
  awsConfigRules: ["ecs-task-definition-linux-user-non-root"],
  checkov: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(ctx) {
    eachContainer(ctx.stack, (td, c, name) => {
      const user = prop(c, "user");
      if (user === undefined || user === null)
        ctx.report(td, `container "${name}" sets no user, so it runs as root`);
      else if (typeof user === "string" && !user.includes("${") && isRootUser(user)) {
        ctx.report(td, `container "${name}" runs as user "${user}" (root)`);
      } else if (typeof user === "number" && user === 0)
        ctx.report(td, `container "${name}" runs as UID 0 (root)`);
    });
  },
});

export const readOnlyRoot = defineRule({
  id: "SC-ECS-004",
  title: "Containers have a read-only root filesystem",
  severity: "high",
  category: "compute",
  rationale: "A writable root filesystem lets an intruder modify binaries and persist inside the container.",
  remediation:
    "Set readonlyRootFilesystem = true; mount a volume for the few paths the service writes (e.g. /tmp).",
  controls: { fsbp: ["ECS.5"], cis: [] },
  awsConfigRules: ["ecs-containers-readonly-access"],
  checkov: ["CKV_AWS_336"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(ctx) {
    eachContainer(ctx.stack, (td, c, name) => {
      if (bool(prop(c, "readonlyRootFilesystem")) !== true) {
        ctx.report(td, `container "${name}" does not set readonlyRootFilesystem = true`);
      }
    });
  },
});

/** Environment variable names that carry credentials (AWS Config's defaults plus common names). */
export const SECRET_NAME =
  /(^|_)(AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|ECS_ENGINE_AUTH_DATA)$|SECRET|PASSWORD|PASSWD|PASSPHRASE|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_?KEY|ACCESS_?KEY/i;
const SECRET_VALUE =
  /(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}([^A-Z0-9]|$)|-----BEGIN [A-Z ]*PRIVATE KEY-----|^gh[pousr]_[A-Za-z0-9]{30,}$|^xox[abpr]-/;
/** Attributes that are secret material: reading them into an environment variable writes them in plaintext. */
const SECRET_SOURCES: Record<string, string[]> = {
  aws_ssm_parameter: ["value", "insecure_value"],
  aws_secretsmanager_secret_version: ["secret_string", "secret_binary"],
  random_password: ["result"],
  aws_iam_access_key: ["secret", "ses_smtp_password_v4"],
  aws_db_instance: ["password"],
  aws_rds_cluster: ["master_password"],
  tls_private_key: ["private_key_pem", "private_key_openssh"],
};

/** Names that describe where a secret is, not the secret (ARNs, parameter names, paths). */
const POINTER_NAME =
  /_(ARN|NAME|PATH|ID|URL|URI|FILE|PARAM|PARAMETER|HEADER|TTL|SECONDS|EXPIRY|ENABLED|LENGTH|TYPE)$/i;

export const noPlaintextSecrets = defineRule({
  id: "SC-ECS-005",
  title: "No plaintext secrets in container environment variables",
  severity: "high",
  category: "compute",
  rationale:
    "Environment values are stored in the task definition in plaintext and visible to anyone who can describe it; secrets belong in SSM Parameter Store or Secrets Manager, referenced through secrets.",
  remediation:
    "Move the value to an SSM SecureString (or Secrets Manager) and reference it with secrets = [{ name, valueFrom = <parameter ARN> }]; grant the execution role ssm:GetParameters on that parameter only.",
  controls: { fsbp: ["ECS.8"], cis: [] },
  awsConfigRules: ["ecs-no-environment-secrets"],
  checkov: [],
  resourceTypes: ["aws_ecs_task_definition", "aws_ssm_parameter", "aws_secretsmanager_secret_version"],
  check(ctx) {
    const { stack } = ctx;
    eachContainer(stack, (td, c, name) => {
      for (const env of blocks(prop(c, "environment"))) {
        const key = str(prop(env, "name")) ?? "";
        const value = prop(env, "value");
        const sourced = stack
          .refsIn(value)
          .find((r) => (SECRET_SOURCES[r.target.type] ?? []).includes(r.attr ?? ""));
        if (sourced) {
          ctx.report(
            td,
            `container "${name}" environment ${key} reads ${sourced.target.address}.${sourced.attr} into plaintext; use secrets with valueFrom`,
          );
          continue;
        }
        if (typeof value === "string" && SECRET_VALUE.test(value)) {
          ctx.report(td, `container "${name}" environment ${key} holds what looks like a credential`);
          continue;
        }
        if (
          SECRET_NAME.test(key) &&
          !POINTER_NAME.test(key) &&
          value !== "" &&
          value !== undefined &&
          value !== null
        ) {
          ctx.report(td, `container "${name}" passes ${key} as a plaintext environment variable`);
        }
      }
    });
  },
});

export const containerInsights = defineRule({
  id: "SC-ECS-006",
  title: "ECS clusters have Container Insights",
  severity: "medium",
  category: "compute",
  rationale:
    "Container Insights gives per-task CPU, memory and network metrics: what on-call needs to see a service struggling.",
  remediation:
    'Add setting { name = "containerInsights", value = "enabled" } (or "enhanced") to the aws_ecs_cluster.',
  controls: { fsbp: ["ECS.12"], cis: [] },
  awsConfigRules: ["ecs-container-insights-enabled"],
  checkov: ["CKV_AWS_65"],
  resourceTypes: ["aws_ecs_cluster"],
  check(ctx) {
    for (const cluster of ctx.stack.ofType("aws_ecs_cluster")) {
      const setting = allBlocks(cluster.values, "setting").find((s) => str(s.name) === "containerInsights");
      const value = str(setting?.value)?.toLowerCase();
      if (value !== "enabled" && value !== "enhanced" && !(value ?? "").includes("${")) {
        ctx.report(
          cluster,
          setting ? `containerInsights is "${setting.value}"` : "containerInsights setting is missing",
        );
      }
    }
  },
});

export const containerLogging = defineRule({
  id: "SC-ECS-007",
  title: "Containers send their logs somewhere",
  severity: "medium",
  category: "compute",
  rationale:
    "Without a log configuration a container's output is lost when the task stops, along with the evidence of why.",
  remediation:
    'Set logConfiguration { logDriver = "awslogs", options = { awslogs-group = <KMS-encrypted log group>, ... } }.',
  controls: { fsbp: ["ECS.9"], cis: [] },
  awsConfigRules: ["ecs-task-definition-log-configuration"],
  checkov: [],
  resourceTypes: ["aws_ecs_task_definition", "aws_cloudwatch_log_group"],
  check(ctx) {
    eachContainer(ctx.stack, (td, c, name) => {
      const lc = prop(c, "logConfiguration");
      if (!isObj(lc) || !str(prop(lc, "logDriver")))
        ctx.report(td, `container "${name}" has no logConfiguration`);
    });
  },
});

export const pipelineOwnedFields = defineRule({
  id: "SC-ECS-008",
  title: "Terraform ignores the fields the delivery pipeline owns on ECS services",
  severity: "medium",
  category: "compute",
  rationale:
    "The delivery actions set the task definition and autoscaling sets the desired count; if Terraform manages them, the next apply silently rolls back a deployment or scales the service down.",
  remediation:
    'Add lifecycle { ignore_changes = ["task_definition", "desired_count"] } to the aws_ecs_service.',
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: [],
  resourceTypes: ["aws_ecs_service"],
  check(ctx) {
    for (const svc of ctx.stack.ofType("aws_ecs_service")) {
      const missing = ["task_definition", "desired_count"].filter((f) => !ignoresChange(svc.values, f));
      if (missing.length > 0)
        ctx.report(svc, `lifecycle.ignore_changes does not include ${missing.join(" and ")}`);
    }
  },
});

export const hostNamespaces = defineRule({
  id: "SC-ECS-009",
  title: "Task definitions do not share the host's namespaces",
  severity: "medium",
  category: "compute",
  rationale:
    "Host PID, IPC or network mode lets a container see and signal host processes and bypass awsvpc security groups.",
  remediation: 'Use network_mode = "awsvpc" and leave pid_mode and ipc_mode unset (or "task").',
  controls: { fsbp: ["ECS.3", "ECS.1"], cis: [] },
  awsConfigRules: ["ecs-task-definition-pid-mode-check", "ecs-task-definition-user-for-host-mode-check"],
  checkov: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(ctx) {
    for (const td of ctx.stack.ofType("aws_ecs_task_definition")) {
      for (const attr of ["pid_mode", "ipc_mode", "network_mode"]) {
        if (literal(td.values[attr])?.toLowerCase() === "host") ctx.report(td, `${attr} is "host"`);
      }
    }
  },
});

export const computeRules = [
  noPublicIp,
  nonPrivileged,
  nonRoot,
  readOnlyRoot,
  noPlaintextSecrets,
  containerInsights,
  containerLogging,
  pipelineOwnedFields,
  hostNamespaces,
];
