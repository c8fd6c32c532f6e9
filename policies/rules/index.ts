/**
 * The rule registry: every rule the static gate runs, in report order. Rule ids are stable
 * (suppressions and SARIF fingerprints depend on them): retire an id, never reuse it.
 */
import type { Rule } from "../engine/types.ts";
import { auditRules } from "./audit.ts";
import { computeRules } from "./compute.ts";
import { dataRules } from "./data.ts";
import { deliveryRules } from "./delivery.ts";
import { edgeRules } from "./edge.ts";
import { federationRules } from "./federation.ts";
import { identityRules } from "./identity.ts";
import { loggingRules } from "./logging.ts";
import { networkRules } from "./network.ts";
import { reachabilityRules } from "./reachability.ts";
import { resourcePolicyRules } from "./resource-policies.ts";
import { roleSeparationRules } from "./roles.ts";
import { servingRules } from "./serving.ts";
import { shieldRules } from "./shield.ts";
import { wafSemanticRules } from "./waf.ts";

export const RULES: readonly Rule[] = Object.freeze([
  ...networkRules,
  ...edgeRules,
  ...shieldRules,
  ...computeRules,
  ...identityRules,
  ...loggingRules,
  ...dataRules,
  ...deliveryRules,
  ...federationRules,
  ...resourcePolicyRules,
  ...wafSemanticRules,
  ...servingRules,
  ...reachabilityRules,
  ...roleSeparationRules,
  ...auditRules,
]);

const byId = new Map(RULES.map((r) => [r.id, r]));
if (byId.size !== RULES.length) throw new Error("duplicate rule id in the registry");

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
