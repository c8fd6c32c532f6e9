/**
 * Role separation in the task definitions: the ECS agent's execution role (pulls the image,
 * injects the secrets) is not the application's task role, the application cannot read the
 * secrets itself, and the secrets it is handed are stored encrypted.
 */
import { allowsAction } from "../engine/iam.ts";
import type { StackModel, TfResource } from "../engine/types.ts";
import { blocks, literal, str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { containerDefinitions, prop } from "./queries/ecs.ts";
import { identityPolicies, policyAttachments } from "./queries/iam.ts";
import { refTarget } from "./queries/refs.ts";

/** The role an ARN-valued attribute names: a role of this stack, or the literal. */
function roleKey(stack: StackModel, v: unknown): string | undefined {
  const t = refTarget(stack, v, ["aws_iam_role"]);
  if (t) return t.address;
  const l = literal(v);
  return l?.replace(/^arn:[\w-]+:iam::\d*:role\//, "role/");
}

/** SSM parameters and Secrets Manager secrets the containers receive through `secrets`. */
function secretSources(
  stack: StackModel,
  td: TfResource,
): { name: string; from: unknown; target: TfResource | undefined }[] {
  const out: { name: string; from: unknown; target: TfResource | undefined }[] = [];
  for (const c of containerDefinitions(td) ?? []) {
    for (const s of blocks(prop(c, "secrets"))) {
      const from = prop(s, "valueFrom");
      const name = str(prop(s, "name")) ?? "?";
      let target = stack.refsIn(from).map((r) => r.target)[0];
      if (!target && typeof from === "string") {
        const param = /:parameter(\/.+)$/.exec(from)?.[1] ?? (from.startsWith("/") ? from : undefined);
        target = param
          ? stack.ofType("aws_ssm_parameter").find((p) => literal(p.values.name) === param)
          : undefined;
      }
      out.push({ name, from, target });
    }
  }
  return out;
}

const EXECUTION_POLICY = /:policy\/service-role\/AmazonECSTaskExecutionRolePolicy$/;
const SECRET_READS = ["ssm:GetParameters", "ssm:GetParameter", "secretsmanager:GetSecretValue"];

export const taskRoleNotExecutionRole = defineRule({
  id: "SC-ECS-010",
  title: "The task role is not the execution role, and cannot read the secrets the agent injects",
  severity: "high",
  category: "compute",
  rationale:
    "The execution role reads every secret of the task and pulls images; the task role is what the application's code (and anyone who compromises it) holds. One role for both, or a task role that may read the secrets, hands the application all of the agent's access.",
  remediation:
    "Give task definitions separate execution_role_arn and task_role_arn; grant ssm:GetParameters / secretsmanager:GetSecretValue and kms:Decrypt only to the execution role.",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: ["CKV_AWS_249"],
  resourceTypes: [
    "aws_ecs_task_definition",
    "aws_iam_role",
    "aws_iam_role_policy",
    "aws_iam_role_policy_attachment",
  ],
  check(ctx) {
    const { stack } = ctx;
    for (const td of stack.ofType("aws_ecs_task_definition")) {
      const exec = roleKey(stack, td.values.execution_role_arn);
      const task = roleKey(stack, td.values.task_role_arn);
      if (exec !== undefined && exec === task) {
        ctx.report(td, `task_role_arn and execution_role_arn are the same role (${task})`);
        continue;
      }
      const taskRole = refTarget(stack, td.values.task_role_arn, ["aws_iam_role"]);
      if (!taskRole) continue;
      for (const a of policyAttachments(stack)) {
        if (a.principal === taskRole.address && EXECUTION_POLICY.test(str(a.policyArn) ?? ""))
          ctx.report(
            td,
            `task role ${taskRole.address} has the execution role's managed policy (${str(a.policyArn)})`,
          );
      }
      const execRole = refTarget(stack, td.values.execution_role_arn, ["aws_iam_role"]);
      for (const use of identityPolicies(stack)) {
        if (!execRole || use.principal !== execRole) continue;
        for (const st of use.doc.statements) {
          const onAll = (st.resources ?? []).includes("*") || st.notResources !== undefined;
          if (onAll && SECRET_READS.some((a) => allowsAction(st, a)))
            ctx.report(
              td,
              `execution role ${execRole.address} may read every parameter and secret (${use.label}), not only the task's`,
            );
        }
      }
      const secrets = secretSources(stack, td).filter((s) => s.target);
      for (const use of identityPolicies(stack)) {
        if (use.principal !== taskRole) continue;
        for (const st of use.doc.statements) {
          if (!SECRET_READS.some((a) => allowsAction(st, a))) continue;
          const onAll = (st.resources ?? []).includes("*") || st.notResources !== undefined;
          const hit = secrets.find((s) =>
            stack.refsIn(st.resources ?? []).some((r) => r.target === s.target),
          );
          if (onAll || hit)
            ctx.report(
              td,
              `task role ${taskRole.address} may read ${hit ? `the secret ${hit.name} (${hit.target!.address})` : "every parameter and secret"} (${use.label})`,
            );
        }
      }
    }
  },
});

export const containerSecretsEncrypted = defineRule({
  id: "SC-ECS-011",
  title: "Secrets handed to containers are SecureString parameters (or Secrets Manager secrets)",
  severity: "high",
  category: "compute",
  rationale:
    "A String or StringList parameter is stored and shown in plaintext to anyone with ssm:GetParameter or read access to the console; a secret injected from one is no secret.",
  remediation:
    'Create the parameter with type = "SecureString" and key_id = the estate\'s SSM key, or store the secret in Secrets Manager.',
  controls: { fsbp: [], cis: [] },
  awsConfigRules: [],
  checkov: ["CKV2_AWS_34"],
  resourceTypes: ["aws_ecs_task_definition", "aws_ssm_parameter"],
  check(ctx) {
    const { stack } = ctx;
    for (const td of stack.ofType("aws_ecs_task_definition")) {
      for (const s of secretSources(stack, td)) {
        if (s.target?.type !== "aws_ssm_parameter") continue;
        const type = str(s.target.values.type);
        if (type !== "SecureString")
          ctx.report(
            s.target,
            `container secret ${s.name} (${td.address}) is read from a ${type ?? "untyped"} parameter, stored in plaintext`,
          );
      }
    }
  },
});

export const roleSeparationRules = [taskRoleNotExecutionRole, containerSecretsEncrypted];
