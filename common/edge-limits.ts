/**
 * The WAF rate limits both sides rely on: the stacks refuse a configuration outside them
 * (stacks/config/validate.ts) and the gate refuses a synthesized web ACL outside them
 * (policies/rules/edge.ts, SC-WAF-002). One definition, so the two never disagree.
 */

/** AWS WAF refuses a rate-based rule with a limit below 10 requests per evaluation window. */
export const RATE_LIMIT_MINIMUM = 10;

/**
 * The highest per-IP limit the estate accepts, per 5-minute window: 10,000 requests, about
 * 33 requests a second sustained from one address. That is already more than one Fargate
 * task of this service answers comfortably, and well above any browser or mobile client; a
 * limit above it would let a single address do what took the backend down on May 31. A
 * client that truly needs more is a partner integration to agree on, not a reason to loosen
 * the limit for the whole internet.
 */
export const RATE_LIMIT_CEILING = 10_000;

/** The window every rate-based rule counts over, seconds. */
export const RATE_WINDOW_SECONDS = 300;
