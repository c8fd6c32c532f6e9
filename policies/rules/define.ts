import type { Rule } from "../engine/types.ts";

/** Registers a rule's data after checking its id (`SC-<AREA>-<NNN>`); the rule is frozen. */
export function defineRule(rule: Rule): Rule {
  if (!/^SC-[A-Z0-9]+-\d{3}$/.test(rule.id))
    throw new Error(`rule id ${rule.id} does not match SC-<AREA>-<NNN>`);
  return Object.freeze(rule);
}
