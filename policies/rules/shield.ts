/** Shield Advanced where the environment turns it on: protection and automatic L7 response per ALB. */
import type { StackModel } from "../engine/types.ts";
import { str } from "../engine/values.ts";
import { defineRule } from "./define.ts";
import { internetFacingAlbs, LB_TYPES } from "./queries/elb.ts";
import { refTarget } from "./queries/refs.ts";

/** Shield Advanced is in use when the stack declares it or manages any Shield resource. */
export function shieldAdvancedOn(stack: StackModel): boolean {
  if (stack.features.shieldAdvanced === true) return true;
  return stack.resources.some((r) => r.mode === "managed" && r.type.startsWith("aws_shield_"));
}

export const shieldProtection = defineRule({
  id: "SC-SHD-001",
  title: "Shield Advanced protects internet-facing ALBs where the environment turns it on",
  severity: "high",
  category: "edge",
  rationale:
    "With Shield Advanced subscribed, an unprotected ALB gets neither DDoS response team support nor automatic application-layer mitigation, and its DDoS cost protection does not apply.",
  remediation:
    "Add an aws_shield_protection with resource_arn = the ALB's arn and an aws_shield_application_layer_automatic_response for it with action BLOCK (the ALB must have a web ACL).",
  controls: { fsbp: [], cis: [] },
  awsConfigRules: ["shield-advanced-enabled-autorenew"],
  checkov: [],
  resourceTypes: ["aws_shield_protection", "aws_shield_application_layer_automatic_response", "aws_lb"],
  check(ctx) {
    const { stack } = ctx;
    if (!shieldAdvancedOn(stack)) return;
    for (const lb of internetFacingAlbs(stack)) {
      const protections = stack
        .ofType("aws_shield_protection")
        .filter((p) => refTarget(stack, p.values.resource_arn, LB_TYPES) === lb);
      if (protections.length === 0) {
        ctx.report(
          lb,
          "Shield Advanced is on for this environment but no aws_shield_protection covers this ALB",
        );
        continue;
      }
      const responses = stack
        .ofType("aws_shield_application_layer_automatic_response")
        .filter((r) => refTarget(stack, r.values.resource_arn, LB_TYPES) === lb);
      if (responses.length === 0) {
        ctx.report(
          lb,
          "Shield protection has no aws_shield_application_layer_automatic_response (automatic L7 mitigation)",
        );
      }
      for (const r of responses) {
        if (str(r.values.action)?.toUpperCase() === "COUNT")
          ctx.report(r, "automatic application-layer response only counts; use BLOCK");
      }
    }
  },
});

export const shieldRules = [shieldProtection];
