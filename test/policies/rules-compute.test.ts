// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
import { parseJsonencode } from "../../policies/engine/hcl.ts";
import { type Doc, doc } from "./helpers.ts";
import { fail, pass, rule } from "./rule-cases.ts";

// biome-ignore lint/suspicious/noExplicitAny: container definitions are free-form JSON
type Container = Record<string, any>;

/** Rewrites the fixture's container definitions (a jsonencode expression) as a plain JSON string. */
function containers(d: Doc, edit: (c: Container[]) => void): void {
  const td = d.resource.aws_ecs_task_definition.task;
  const list = parseJsonencode(td.container_definitions) as Container[];
  edit(list);
  td.container_definitions = JSON.stringify(list);
}

function taskDoc(container: Container, extra: object = {}): Doc {
  return doc({
    aws_ecs_task_definition: {
      td: {
        family: "x",
        container_definitions: JSON.stringify([
          {
            name: "app",
            image: "app:1",
            user: "1000",
            readonlyRootFilesystem: true,
            logConfiguration: { logDriver: "awslogs", options: {} },
            ...container,
          },
        ]),
        ...extra,
      },
    },
  });
}

rule("SC-ECS-001", [
  fail(
    "a service with a public IP",
    (d) => {
      d.resource.aws_ecs_service["service-blue"].network_configuration.assign_public_ip = true;
    },
    "aws_ecs_service.service-blue",
    /assign_public_ip is true/,
  ),
  fail(
    "a task set with a public IP",
    () =>
      doc({
        aws_ecs_task_set: { ts: { network_configuration: [{ subnets: ["s"], assign_public_ip: "true" }] } },
      }),
    "aws_ecs_task_set.ts",
  ),
]);

rule("SC-ECS-002", [
  fail(
    "privileged container in the jsonencode definitions",
    (d) => {
      d.resource.aws_ecs_task_definition.task.container_definitions =
        d.resource.aws_ecs_task_definition.task.container_definitions.replace(
          '"privileged" = false',
          '"privileged" = true',
        );
    },
    "aws_ecs_task_definition.task",
    /container "app" runs privileged/,
  ),
  fail(
    "privileged container in a JSON string",
    () => taskDoc({ privileged: true }),
    "aws_ecs_task_definition.td",
  ),
  pass("privileged false", () => taskDoc({ privileged: false })),
]);

rule("SC-ECS-003", [
  fail(
    "no user",
    (d) =>
      containers(d, (c) => {
        delete c[0]!.user;
      }),
    "aws_ecs_task_definition.task",
    /sets no user, so it runs as root/,
  ),
  fail("user root", () => taskDoc({ user: "root" }), "aws_ecs_task_definition.td", /"root"/),
  fail("user 0:0", () => taskDoc({ user: "0:0" }), "aws_ecs_task_definition.td", /"0:0"/),
  fail(
    "a JSON-string definition without a user",
    () => taskDoc({ user: undefined }),
    "aws_ecs_task_definition.td",
    /no user/,
  ),
  pass("numeric non-root user with group", () => taskDoc({ user: "10001:0" })),
]);

rule("SC-ECS-004", [
  fail(
    "writable root filesystem",
    (d) =>
      containers(d, (c) => {
        c[0]!.readonlyRootFilesystem = false;
      }),
    "aws_ecs_task_definition.task",
    /readonlyRootFilesystem/,
  ),
  fail(
    "flag absent",
    () => {
      const d = taskDoc({});
      const td = d.resource.aws_ecs_task_definition.td;
      const list = JSON.parse(td.container_definitions);
      delete list[0].readonlyRootFilesystem;
      td.container_definitions = JSON.stringify(list);
      return d;
    },
    "aws_ecs_task_definition.td",
  ),
]);

rule("SC-ECS-005", [
  fail(
    "a password in plaintext",
    (d) =>
      containers(d, (c) => {
        c[0]!.environment.push({ name: "DB_PASSWORD", value: "hunter2hunter2" });
      }),
    "aws_ecs_task_definition.task",
    /DB_PASSWORD as a plaintext environment variable/,
  ),
  fail(
    "an SSM parameter's value read into the environment (cross-resource)",
    (d) =>
      containers(d, (c) => {
        c[0]!.environment.push({ name: "SETTINGS", value: "${aws_ssm_parameter.session-secret.value}" });
      }),
    "aws_ecs_task_definition.task",
    /reads aws_ssm_parameter\.session-secret\.value into plaintext/,
  ),
  fail(
    "an access key id under an innocent name",
    () => taskDoc({ environment: [{ name: "CONFIG", value: "AKIAABCDEFGHIJKLMNOP" }] }),
    "aws_ecs_task_definition.td",
    /looks like a credential/,
  ),
  fail(
    "AWS_SECRET_ACCESS_KEY",
    () => taskDoc({ environment: [{ name: "AWS_SECRET_ACCESS_KEY", value: "x" }] }),
    "aws_ecs_task_definition.td",
  ),
  pass("a parameter name and secrets with valueFrom", () =>
    taskDoc({
      environment: [{ name: "SESSION_SECRET_ARN", value: "arn:aws:ssm:eu-west-1:123456789012:parameter/x" }],
      secrets: [{ name: "SESSION_SECRET", valueFrom: "arn:aws:ssm:eu-west-1:123456789012:parameter/x" }],
    }),
  ),
]);

rule("SC-ECS-006", [
  fail(
    "insights disabled",
    (d) => {
      d.resource.aws_ecs_cluster.cluster.setting[0].value = "disabled";
    },
    "aws_ecs_cluster.cluster",
    /"disabled"/,
  ),
  fail(
    "no setting",
    (d) => {
      delete d.resource.aws_ecs_cluster.cluster.setting;
    },
    "aws_ecs_cluster.cluster",
    /missing/,
  ),
  pass("enhanced observability", (d) => {
    d.resource.aws_ecs_cluster.cluster.setting[0].value = "enhanced";
  }),
]);

rule("SC-ECS-007", [
  fail(
    "no log configuration",
    (d) =>
      containers(d, (c) => {
        delete c[0]!.logConfiguration;
      }),
    "aws_ecs_task_definition.task",
    /no logConfiguration/,
  ),
]);

rule("SC-ECS-008", [
  fail(
    "Terraform manages the task definition and count",
    (d) => {
      delete d.resource.aws_ecs_service["service-green"].lifecycle;
    },
    "aws_ecs_service.service-green",
    /task_definition and desired_count/,
  ),
  fail(
    "only the task definition ignored",
    (d) => {
      d.resource.aws_ecs_service["service-blue"].lifecycle.ignore_changes = ["task_definition"];
    },
    "aws_ecs_service.service-blue",
    /does not include desired_count$/,
  ),
  pass("ignore_changes = all", (d) => {
    d.resource.aws_ecs_service["service-blue"].lifecycle.ignore_changes = "all";
  }),
]);

rule("SC-ECS-009", [
  fail(
    "host PID namespace",
    () => taskDoc({}, { pid_mode: "host" }),
    "aws_ecs_task_definition.td",
    /pid_mode is "host"/,
  ),
  fail(
    "host network mode",
    () => taskDoc({}, { network_mode: "host" }),
    "aws_ecs_task_definition.td",
    /network_mode/,
  ),
  pass("awsvpc", () => taskDoc({}, { network_mode: "awsvpc" })),
]);
