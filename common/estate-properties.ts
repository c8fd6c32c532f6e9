/**
 * Properties of the estate that are enforced twice: before apply, by the static gate over the
 * synthesized Terraform (policies/rules/), and after, by AWS Config custom policy rules over
 * the running resources (stacks/custom-config-rules.ts, Guard). Both derive from these
 * definitions, so the two checks can never drift apart: change a bound here and both move.
 *
 * Plain data, no imports beyond common/: every folder may read it.
 */
import { COLORS, type Color } from "./conventions.ts";
import { RATE_LIMIT_CEILING, RATE_LIMIT_MINIMUM } from "./edge-limits.ts";

/**
 * The web ACL floods run into: a rate-based rule keyed on the client IP alone (no scope-down,
 * so every path counts), whose limit lies within WAF's minimum and the estate's ceiling, and
 * whose action blocks. Managed rule groups enforce (no `count` override).
 * Gate: SC-WAF-002 (rate rule) and SC-WAF-003 (managed groups). Config: `waf-per-ip-rate-rule`.
 */
export const PER_IP_RATE_RULE = {
  aggregateKeyType: "IP",
  minimumLimit: RATE_LIMIT_MINIMUM,
  maximumLimit: RATE_LIMIT_CEILING,
  /** The rule must apply to every request, not a scoped-down subset. */
  scopeDown: false,
  action: "block",
  managedGroupsMayCount: false,
} as const;

/**
 * The production listener: its forward action weighs exactly one blue and one green target
 * group of the environment, and the weights add up to `totalWeight`, so "100% on blue" means
 * what it says. Gate: SC-DEL-001. Config: `production-listener-blue-green`.
 */
export const PRODUCTION_LISTENER = {
  port: 443,
  colors: COLORS,
  totalWeight: 100,
  /** Target group names are `<project>-<env>-<color>` (conventions.resourceName). */
  targetGroupName: (envName: string, color: Color) => `securecloud-${envName}-${color}`,
} as const;

/**
 * The operators' test listener reaches the idle color before it takes traffic: only operator
 * networks may reach its port, never the internet. Gate: SC-NET-001/002 judge world-open
 * ingress in general. Config: `test-listener-not-world-open`.
 */
export const TEST_LISTENER = {
  port: 8443,
  /** What "the world" is, per address family. */
  worldCidrs: ["0.0.0.0/0", "::/0"],
} as const;
