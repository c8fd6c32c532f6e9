/**
 * Where a construct is deployed: the environment's name, account and region, read from the
 * stack it sits in (as aws-cdk-lib constructs read `Stack.of(this).account`), so no construct
 * needs the environment configuration to name its resources or write an ARN.
 */
import { TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import { PROJECT, resourceName } from "../common/conventions.ts";

export interface EstateLocation {
  /** The environment (`staging`, `prod`), or the purpose of a stack outside the environments. */
  readonly environment: string;
  readonly accountId: string;
  readonly region: string;
}

const located = new WeakMap<TerraformStack, EstateContext>();

export class EstateContext implements EstateLocation {
  readonly environment: string;
  readonly accountId: string;
  readonly region: string;

  private constructor(location: EstateLocation) {
    this.environment = location.environment;
    this.accountId = location.accountId;
    this.region = location.region;
  }

  /** Records where `stack` deploys; call once, in the stack's constructor, before any construct. */
  static set(stack: TerraformStack, location: EstateLocation): EstateContext {
    const context = new EstateContext(location);
    located.set(stack, context);
    return context;
  }

  /** The context of the stack `scope` belongs to. */
  static of(scope: IConstruct): EstateContext {
    const stack = TerraformStack.of(scope);
    const context = located.get(stack);
    if (!context) throw new Error(`${scope.node.path}: stack ${stack.node.id} has no EstateContext`);
    return context;
  }

  /** `securecloud-<env>-<purpose...>`. */
  name(...purpose: string[]): string {
    return resourceName(this.environment, ...purpose);
  }

  /** `securecloud-<env>-*`: every name of this environment, for name-scoped IAM. */
  get namePattern(): string {
    return `${PROJECT}-${this.environment}-*`;
  }

  /** ARN of a regional resource of this account. */
  arn(service: string, resource: string): string {
    return `arn:aws:${service}:${this.region}:${this.accountId}:${resource}`;
  }

  /** ARN of a global IAM resource of this account (`role/<name>`, `oidc-provider/<host>`). */
  iamArn(resource: string): string {
    return `arn:aws:iam::${this.accountId}:${resource}`;
  }

  /** The account's root principal: the account's IAM decides who may act. */
  get accountRoot(): string {
    return this.iamArn("root");
  }
}
