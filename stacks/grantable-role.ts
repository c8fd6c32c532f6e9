/**
 * Roles that other constructs grant access to, as aws-cdk-lib's `grant*` methods do: the
 * construct that owns a resource knows which actions and ARNs a use of it needs, and adds
 * them to the grantee's policy, so no construct writes IAM against another one's internals.
 *
 * Two kinds of grant recur across the constructs:
 * - `grant<Use>(grantee)`: what using the construct takes (shift traffic, deploy, push);
 * - `grantApply(grantee)`: what creating the construct takes beyond the apply role's
 *   PowerUserAccess and its management of `securecloud-<env>-*` roles, typically passing
 *   its roles to the service that assumes them. A construct that creates a role an AWS
 *   service assumes implements it; test/stacks/pipeline-iam.test.ts fails when one does not.
 */
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { Lazy } from "cdktf";
import type { Construct, IConstruct } from "constructs";
import { EstateContext } from "./estate-context.ts";
import { policyDocument, type Statement } from "./policy.ts";

/** Something permissions can be granted to: a role whose inline policy collects statements. */
export interface IGrantable {
  /** ARN of the role the statements apply to. */
  readonly roleArn: string;
  /** Appends a statement to the grantee's inline policy (rendered at synth, in call order). */
  addToPolicy(statement: Statement): void;
}

export interface GrantableRoleProps {
  /** The role's name (`securecloud-<env>-<purpose>`). */
  readonly roleName: string;
  readonly description?: string;
  /** Who may assume the role (a trust policy document). */
  readonly assumeRolePolicy: string;
  /** @default 3600 (IAM's default; not written when omitted) */
  readonly maxSessionDuration?: number;
  /** Name of the role's one inline policy, which holds every statement granted to it. */
  readonly policyName: string;
  /** Construct ids of the role and its policy, which become their Terraform addresses. */
  readonly ids: { readonly role: string; readonly policy: string };
  /** Statements the role holds before anything is granted to it. */
  readonly statements?: readonly Statement[];
}

/**
 * An IAM role and its inline policy, created in the given scope (not a construct of its own,
 * so the Terraform addresses stay `<scope>_<id>`). The policy is rendered at synth time, so
 * grants made after the role is created still land in it.
 */
export class GrantableRole implements IGrantable {
  readonly role: IamRole;
  readonly policy: IamRolePolicy;
  private readonly statements: Statement[];

  constructor(scope: Construct, props: GrantableRoleProps) {
    this.statements = [...(props.statements ?? [])];
    this.role = new IamRole(scope, props.ids.role, {
      name: props.roleName,
      ...(props.description !== undefined ? { description: props.description } : {}),
      ...(props.maxSessionDuration !== undefined ? { maxSessionDuration: props.maxSessionDuration } : {}),
      assumeRolePolicy: props.assumeRolePolicy,
    });
    this.policy = new IamRolePolicy(scope, props.ids.policy, {
      name: props.policyName,
      role: this.role.id,
      policy: Lazy.stringValue({
        produce: () => {
          if (this.statements.length === 0) {
            throw new Error(
              `${scope.node.path}/${props.ids.policy}: role ${props.roleName} was granted nothing`,
            );
          }
          return policyDocument(this.statements);
        },
      }),
    });
  }

  get roleArn(): string {
    return this.role.arn;
  }

  /** Appends a statement; one identical to a statement already held is not added twice. */
  addToPolicy(statement: Statement): void {
    const text = JSON.stringify(statement);
    if (!this.statements.some((s) => JSON.stringify(s) === text)) this.statements.push(statement);
  }
}

/** What creating, changing and deleting a role with inline and attached policies takes. */
export const ROLE_MANAGEMENT_ACTIONS = [
  "iam:AttachRolePolicy",
  "iam:CreateRole",
  "iam:DeleteRole",
  "iam:DeleteRolePolicy",
  "iam:DetachRolePolicy",
  "iam:GetRole",
  "iam:GetRolePolicy",
  "iam:ListAttachedRolePolicies",
  "iam:ListInstanceProfilesForRole",
  "iam:ListRolePolicies",
  "iam:PutRolePolicy",
  "iam:TagRole",
  "iam:UntagRole",
  "iam:UpdateAssumeRolePolicy",
  "iam:UpdateRole",
  "iam:UpdateRoleDescription",
] as const;

/** The service name as a Sid suffix: `vpc-flow-logs.amazonaws.com` → `VpcFlowLogs`. */
function sidOf(service: string): string {
  return service
    .replace(/\.amazonaws\.com$/, "")
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

/**
 * Lets the grantee pass this environment's roles (`securecloud-<env>-*`) to one AWS service,
 * and only to it: what creating a resource that acts through such a role takes (ECS task
 * definitions, flow logs, the Config recorder, ...). Scoped by name rather than by each
 * role's ARN, so a role added later is passable in the same apply that creates it.
 */
export function grantPassEstateRoles(scope: IConstruct, grantee: IGrantable, service: string): void {
  const estate = EstateContext.of(scope);
  grantee.addToPolicy({
    Sid: `PassEstateRolesTo${sidOf(service)}`,
    Effect: "Allow",
    Action: "iam:PassRole",
    Resource: estate.iamArn(`role/${estate.namePattern}`),
    Condition: { StringEquals: { "iam:PassedToService": service } },
  });
}
