import { GuarddutyDetector } from "@cdktf/provider-aws/lib/guardduty-detector/index.js";
import { GuarddutyDetectorFeature } from "@cdktf/provider-aws/lib/guardduty-detector-feature/index.js";
import { SecurityhubAccount } from "@cdktf/provider-aws/lib/securityhub-account/index.js";
import { SecurityhubStandardsSubscription } from "@cdktf/provider-aws/lib/securityhub-standards-subscription/index.js";
import { Construct } from "constructs";
import { EstateContext } from "./estate-context.ts";

/** Security Hub standards the estate subscribes to. */
export const SECURITY_HUB_STANDARDS = {
  fsbp: "standards/aws-foundational-security-best-practices/v/1.0.0",
  cis: "standards/cis-aws-foundations-benchmark/v/3.0.0",
} as const;

/**
 * GuardDuty with S3 protection, ECS Fargate runtime monitoring (agent managed by GuardDuty),
 * EBS malware protection and 15-minute publishing (its HIGH and CRITICAL findings reach the
 * alarm topic through Alerting). Security Hub with FSBP and CIS AWS Foundations, reporting one
 * finding per control across standards.
 */
export class ThreatDetection extends Construct {
  readonly detector: GuarddutyDetector;
  readonly securityHub: SecurityhubAccount;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const estate = EstateContext.of(this);

    this.detector = new GuarddutyDetector(this, "detector", {
      enable: true,
      findingPublishingFrequency: "FIFTEEN_MINUTES",
    });
    const features: Array<[string, string, Array<{ name: string; status: string }>?]> = [
      ["s3_protection", "S3_DATA_EVENTS"],
      [
        "runtime_monitoring",
        "RUNTIME_MONITORING",
        [{ name: "ECS_FARGATE_AGENT_MANAGEMENT", status: "ENABLED" }],
      ],
      ["malware_protection", "EBS_MALWARE_PROTECTION"],
    ];
    for (const [featureId, featureName, additional] of features) {
      new GuarddutyDetectorFeature(this, featureId, {
        detectorId: this.detector.id,
        name: featureName,
        status: "ENABLED",
        ...(additional ? { additionalConfiguration: additional } : {}),
      });
    }

    // HIGH and CRITICAL findings reach the alarm topic through Alerting (alert-routes.ts),
    // with their severity and what to do in the message.

    this.securityHub = new SecurityhubAccount(this, "security_hub", {
      enableDefaultStandards: false,
      autoEnableControls: true,
      controlFindingGenerator: "SECURITY_CONTROL",
    });
    for (const [standardId, path] of Object.entries(SECURITY_HUB_STANDARDS)) {
      new SecurityhubStandardsSubscription(this, `${standardId}_standard`, {
        standardsArn: `arn:aws:securityhub:${estate.region}::${path}`,
        dependsOn: [this.securityHub],
      });
    }
  }
}
