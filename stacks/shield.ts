import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js";
import type { Lb } from "@cdktf/provider-aws/lib/lb/index.js";
import { Route53HealthCheck } from "@cdktf/provider-aws/lib/route53-health-check/index.js";
import { ShieldApplicationLayerAutomaticResponse } from "@cdktf/provider-aws/lib/shield-application-layer-automatic-response/index.js";
import { ShieldDrtAccessRoleArnAssociation } from "@cdktf/provider-aws/lib/shield-drt-access-role-arn-association/index.js";
import { ShieldProactiveEngagement } from "@cdktf/provider-aws/lib/shield-proactive-engagement/index.js";
import { ShieldProtection } from "@cdktf/provider-aws/lib/shield-protection/index.js";
import { ShieldProtectionGroup } from "@cdktf/provider-aws/lib/shield-protection-group/index.js";
import { ShieldProtectionHealthCheckAssociation } from "@cdktf/provider-aws/lib/shield-protection-health-check-association/index.js";
import { Construct } from "constructs";
import { READINESS_PATH } from "../common/service-contract.ts";
import type { EmergencyContact } from "./config/types.ts";
import { EstateContext } from "./estate-context.ts";
import { grantPassEstateRoles, type IGrantable } from "./grantable-role.ts";
import { policyDocument } from "./policy.ts";
import type { WebAcl } from "./web-acl.ts";

/** AWS's managed policy for the Shield Response Team: WAF and Shield only. */
export const DRT_ACCESS_POLICY_ARN = "arn:aws:iam::aws:policy/service-role/AWSShieldDRTAccessPolicy";

/** Shield Advanced's settings that exist once per account. */
export interface ShieldAccountSettings {
  /** The SRT's way to reach the team (at least one; one with a phone for proactive engagement). */
  readonly emergencyContacts: readonly EmergencyContact[];
  /** The SRT contacts the team itself when a protected resource turns unhealthy under attack. */
  readonly proactiveEngagement: boolean;
  /** Create the role the SRT may assume (WAF and Shield only) and associate it. */
  readonly drtAccess: boolean;
}

export interface ShieldAdvancedProps {
  /** The load balancers to protect: the same list the web ACL is associated with. */
  readonly loadBalancers: readonly Lb[];
  /** The web ACL associated with them, into which Shield writes its mitigation rules. */
  readonly webAcl: WebAcl;
  /** SNS topic the DDoSDetected alarms notify. */
  readonly alarmTopicArn: string;
  /** Public host name whose readiness the health check probes (health-based detection). */
  readonly healthCheckDomain: string;
  /**
   * What Shield does with the rules it writes during an L7 attack.
   * @default "BLOCK" (see `shieldResponse` in stacks/config/edge.ts for why)
   */
  readonly automaticResponse?: "BLOCK" | "COUNT";
  /**
   * The account's contacts, proactive engagement and SRT access; give them only in the
   * environment that owns the account's settings.
   * @default none: they are managed by another environment or outside Terraform
   */
  readonly accountSettings?: ShieldAccountSettings;
}

/**
 * Shield Advanced for the environment's load balancers, created only when the environment
 * turns it on (otherwise Shield Standard, which every AWS account has, is what applies):
 *
 * - a protection per ALB, all in one protection group (their traffic adds up: one service);
 * - health-based detection: a Route 53 HTTPS check of the service's readiness through the
 *   public name, associated with each protection, so Shield flags smaller attacks sooner
 *   when the application is actually hurting;
 * - automatic application-layer mitigation that writes its rules into the web ACL (block by
 *   default, see `shieldResponse`); the AWS provider leaves Shield's rule group in the ACL
 *   alone on later applies;
 * - a `DDoSDetected` alarm per protected resource;
 * - in the environment that owns the account's settings: the emergency contacts with
 *   proactive engagement, and the role the Shield Response Team assumes (WAF and Shield
 *   only, through AWS's managed policy) when `shield.drtAccess` says so.
 *
 * The subscription itself (USD 3,000 a month, a one-year commitment) is bought once per
 * account outside Terraform; these resources fail to apply without it.
 */
export class ShieldAdvanced extends Construct {
  readonly protections: ShieldProtection[] = [];
  readonly healthAssociations: ShieldProtectionHealthCheckAssociation[] = [];
  readonly healthCheck: Route53HealthCheck;
  readonly group: ShieldProtectionGroup;
  readonly alarms: CloudwatchMetricAlarm[] = [];
  readonly drtRole?: IamRole;

  constructor(scope: Construct, id: string, props: ShieldAdvancedProps) {
    super(scope, id);
    const { webAcl } = props;
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);

    this.healthCheck = new Route53HealthCheck(this, "health_check", {
      type: "HTTPS",
      fqdn: props.healthCheckDomain,
      port: 443,
      resourcePath: READINESS_PATH,
      enableSni: true,
      requestInterval: 30,
      failureThreshold: 3,
      tags: { Name: name("readiness") },
    });

    props.loadBalancers.forEach((lb, i) => {
      const key = `${lb.node.scope?.node.id}_${lb.node.id}`;
      const protection = new ShieldProtection(this, `${key}_protection`, {
        name: name(key.replaceAll("_", "-")),
        resourceArn: lb.arn,
        tags: { Name: name(key.replaceAll("_", "-")) },
      });
      this.protections.push(protection);
      const health = new ShieldProtectionHealthCheckAssociation(this, `${key}_health`, {
        shieldProtectionId: protection.id,
        healthCheckArn: this.healthCheck.arn,
      });
      this.healthAssociations.push(health);
      new ShieldApplicationLayerAutomaticResponse(this, `${key}_automatic_response`, {
        resourceArn: lb.arn,
        action: props.automaticResponse ?? "BLOCK",
        // Shield needs the web ACL on the resource before it can write mitigation rules into it.
        dependsOn: [protection, health, webAcl.associations[i]!],
      });
      this.alarms.push(
        new CloudwatchMetricAlarm(this, `${key}_ddos_detected`, {
          alarmName: name("ddos-detected", key.replaceAll("_", "-")),
          alarmDescription: `Shield Advanced detects a DDoS attack on ${key.replaceAll("_", "-")}.`,
          namespace: "AWS/DDoSProtection",
          metricName: "DDoSDetected",
          dimensions: { ResourceArn: lb.arn },
          statistic: "Maximum",
          period: 60,
          evaluationPeriods: 1,
          comparisonOperator: "GreaterThanOrEqualToThreshold",
          threshold: 1,
          treatMissingData: "notBreaching",
          alarmActions: [props.alarmTopicArn],
          okActions: [props.alarmTopicArn],
        }),
      );
    });

    this.group = new ShieldProtectionGroup(this, "protection_group", {
      protectionGroupId: name("load-balancers"),
      aggregation: "SUM",
      pattern: "ARBITRARY",
      members: props.loadBalancers.map((lb) => lb.arn),
      dependsOn: this.protections,
      tags: { Name: name("load-balancers") },
    });

    const shield = props.accountSettings;
    if (!shield) return;
    // Contacts, proactive engagement and SRT access are per account: the owner sets them.
    // Proactive engagement acts on health-based detections, hence after the associations.
    new ShieldProactiveEngagement(this, "proactive_engagement", {
      enabled: shield.proactiveEngagement,
      emergencyContact: shield.emergencyContacts.map((c) => ({
        emailAddress: c.email,
        ...(c.phone ? { phoneNumber: c.phone } : {}),
        ...(c.notes ? { contactNotes: c.notes } : {}),
      })),
      dependsOn: this.healthAssociations,
    });
    if (!shield.drtAccess) return;
    // The trust is what AWS documents for AssociateDRTRole: the SRT's service principal, with no
    // source condition (the SRT acts for the subscription, not for a resource of the account).
    this.drtRole = new IamRole(this, "drt_role", {
      name: name("shield-response-team"),
      description: "Shield Response Team: inspect and change WAF and Shield during an attack",
      assumeRolePolicy: policyDocument([
        {
          Sid: "ShieldResponseTeam",
          Effect: "Allow",
          Principal: { Service: "drt.shield.amazonaws.com" },
          Action: "sts:AssumeRole",
        },
      ]),
    });
    const attachment = new IamRolePolicyAttachment(this, "drt_role_policy", {
      role: this.drtRole.name,
      policyArn: DRT_ACCESS_POLICY_ARN,
    });
    new ShieldDrtAccessRoleArnAssociation(this, "drt_access", {
      roleArn: this.drtRole.arn,
      dependsOn: [attachment],
    });
  }

  /**
   * What applying this construct takes beyond the estate's role management: passing the
   * Shield Response Team's role to Shield (AssociateDRTRole), where this stack creates it.
   */
  grantApply(grantee: IGrantable): void {
    if (this.drtRole) grantPassEstateRoles(this, grantee, "drt.shield.amazonaws.com");
  }
}
