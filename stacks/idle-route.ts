import { LbListenerRule } from "@cdktf/provider-aws/lib/lb-listener-rule/index.js";
import { SsmParameter } from "@cdktf/provider-aws/lib/ssm-parameter/index.js";
import { Construct } from "constructs";
import { IDLE_ROUTE, LISTENER_ROLE, TAG } from "../common/conventions.ts";
import { EstateContext } from "./estate-context.ts";
import type { IGrantable } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";
import { type LoadBalancer, NOT_FOUND } from "./load-balancer.ts";

export interface IdleRouteProps {
  /** The ALB whose production listener carries the route and whose test listener follows it. */
  readonly loadBalancer: LoadBalancer;
  /** The key the route's secret (an SSM SecureString) is encrypted with. */
  readonly secretKey: EstateKey;
}

/** The secret's value until the first deploy rotates it; the rule answers 404 until then. */
export const IDLE_ROUTE_PLACEHOLDER = "unset";

/**
 * The route to the idle color through the production listener, for the pipeline's smoke checks
 * and for testers: a listener rule that forwards requests carrying the `x-securecloud-idle`
 * header with the secret value to the idle color, and the secret, an SSM SecureString. The
 * delivery code owns the rule's action and condition (it points the rule at the idle color and
 * writes the rotated secret into it on every deploy), so Terraform creates them once — a fixed
 * 404 behind a placeholder that opens nothing — and then leaves them alone; the secret is
 * written with the write-only `value_wo`, so neither the synthesized JSON nor the state ever
 * holds it.
 */
export class IdleRoute extends Construct {
  readonly rule: LbListenerRule;
  readonly secret: SsmParameter;
  private readonly loadBalancer: LoadBalancer;
  private readonly secretKey: EstateKey;

  constructor(scope: Construct, id: string, props: IdleRouteProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    this.loadBalancer = props.loadBalancer;
    this.secretKey = props.secretKey;
    const parameterName = IDLE_ROUTE.parameter(estate.environment);
    this.secret = new SsmParameter(this, "secret", {
      name: parameterName,
      description: `Value of the ${IDLE_ROUTE.header} header that reaches the idle color; rotated by every deploy`,
      type: "SecureString",
      tier: "Standard",
      keyId: props.secretKey.arn,
      valueWo: IDLE_ROUTE_PLACEHOLDER,
      valueWoVersion: 1,
      tags: { Name: parameterName },
    });
    this.rule = new LbListenerRule(this, "rule", {
      listenerArn: props.loadBalancer.productionListener.arn,
      priority: IDLE_ROUTE.priority,
      condition: [{ httpHeader: { httpHeaderName: IDLE_ROUTE.header, values: [IDLE_ROUTE_PLACEHOLDER] } }],
      action: [NOT_FOUND],
      lifecycle: { ignoreChanges: ["action", "condition"] },
      tags: { Name: estate.name("idle-route"), [TAG.role]: LISTENER_ROLE.idleRoute },
    });
  }

  /**
   * Lets the grantee point the idle-color route and the test listener at the idle color: modify
   * this rule and the test listener, and nothing else (finding them needs the listeners' and
   * rules' descriptions, which loadBalancer.grantTrafficShift grants).
   */
  grantFollowIdle(grantee: IGrantable): void {
    grantee.addToPolicy({
      Sid: "PointTheIdleRoute",
      Effect: "Allow",
      Action: ["elasticloadbalancing:ModifyRule"],
      Resource: this.rule.arn,
    });
    grantee.addToPolicy({
      Sid: "PointTheTestListener",
      Effect: "Allow",
      Action: ["elasticloadbalancing:ModifyListener"],
      Resource: this.loadBalancer.testListener.arn,
    });
  }

  /**
   * Lets the grantee rotate the route's secret and read it (the smoke checks send it): describe
   * it (for its key), overwrite it, read it.
   */
  grantSecretRotation(grantee: IGrantable): void {
    grantee.addToPolicy({
      Sid: "RotateTheIdleRouteSecret",
      Effect: "Allow",
      Action: ["ssm:PutParameter", "ssm:GetParameter"],
      Resource: this.secret.arn,
    });
    grantee.addToPolicy({
      // DescribeParameters accepts no resource narrower than "*".
      Sid: "FindTheIdleRouteSecretKey",
      Effect: "Allow",
      Action: ["ssm:DescribeParameters"],
      Resource: "*",
    });
    this.grantKey(grantee, "IdleRouteSecretKeyWrite", ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*"]);
  }

  private grantKey(grantee: IGrantable, sid: string, actions: string[]): void {
    const { region } = EstateContext.of(this);
    grantee.addToPolicy({
      Sid: sid,
      Effect: "Allow",
      Action: actions,
      Resource: this.secretKey.arn,
      Condition: { StringEquals: { "kms:ViaService": `ssm.${region}.amazonaws.com` } },
    });
  }
}
