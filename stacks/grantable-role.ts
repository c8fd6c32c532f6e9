/**
 * Roles that other constructs grant access to, as aws-cdk-lib's `grant*` methods do: the
 * construct that owns a resource knows which actions and ARNs a use of it needs, and adds
 * them to the grantee's policy, so no construct writes IAM against another one's internals.
 */
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { Lazy } from "cdktf";
import type { Construct } from "constructs";
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

  addToPolicy(statement: Statement): void {
    this.statements.push(statement);
  }
}
