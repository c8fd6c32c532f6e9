/**
 * Suppressions for the compliance gate, in the style of cdk-nag, for the stacks to call:
 *
 *   import { suppress } from "./gate-annotations.ts";
 *   suppress(alb, [{ id: "SC-ELB-005", reason: "staging ALB is recreated freely; prod has protection", expires: "2026-12-31" }]);
 *   suppress(stack, [{ id: "SC-SH-001", reason: "Security Hub is enabled once per account, in the prod stack" }]);
 *
 * - On a resource or data source: covers that resource's findings of the rule.
 * - On a TerraformStack: covers the rule's findings anywhere in the stack, including the
 *   stack-level ones (a missing service).
 * - On any other construct (an L2-style construct of the stacks): applied to every
 *   Terraform resource and data source under it at the time of the call.
 *
 * Each entry needs a rule id, a reason of at least 20 characters, and may carry an expiry
 * date (`YYYY-MM-DD`, honoured through that day, UTC). A malformed entry throws here, so the
 * synth fails with one message. The gate, not this function, rejects unknown rule ids and
 * expired entries (and fails on them), so a suppression that lapses fails the next build.
 *
 * Recorded in the synthesized JSON under `//` (see common/gate-metadata.ts), which Terraform
 * ignores. `app.synth()` / `cdktf synth` / `Testing.fullSynth()` keep it; `Testing.synth()`
 * strips every `//` key, so tests that need suppressions use `synthWithMetadata()`
 * (test/helpers/synth.ts).
 *
 * Cheap to import: cdktf and constructs only, never the provider package.
 */
import { TerraformDataSource, type TerraformElement, TerraformResource, TerraformStack } from "cdktf";
import type { IConstruct } from "constructs";
import {
  type GateDeclarations,
  METADATA_KEY,
  type Suppression,
  suppressionShapeProblem,
} from "../common/gate-metadata.ts";

export type { Suppression } from "../common/gate-metadata.ts";

/** Stack-level declarations the gate reads. */
/** Stack-level facts the gate reads: the one contract is GateDeclarations in common/gate-metadata.ts. */
export type StackDeclarations = GateDeclarations;

const recorded = new WeakMap<IConstruct, Suppression[]>();

function isElement(c: IConstruct): c is TerraformResource | TerraformDataSource {
  return TerraformResource.isTerraformResource(c) || TerraformDataSource.isTerraformDataSource(c);
}

function record(target: TerraformElement | TerraformStack, entries: Suppression[]): void {
  const current = recorded.get(target) ?? [];
  for (const e of entries) {
    const at = current.findIndex((x) => x.id === e.id);
    if (at >= 0) current[at] = e;
    else current.push(e);
  }
  recorded.set(target, current);
  target.addOverride(
    `//.${METADATA_KEY}.suppressions`,
    current.map((s) => ({ ...s })),
  );
}

/** Records suppressions on a resource, a stack, or every resource under a construct. */
export function suppress(scope: IConstruct, suppressions: Suppression[]): void {
  const where = scope.node.path || "(root)";
  if (!Array.isArray(suppressions) || suppressions.length === 0) {
    throw new Error(`suppress(${where}): give at least one { id, reason } entry`);
  }
  const entries = suppressions.map((s) => {
    const problem = suppressionShapeProblem(s ?? {});
    if (problem) throw new Error(`suppress(${where}): ${problem}`);
    const clean: Suppression = { id: s.id.trim(), reason: s.reason.trim() };
    if (s.expires !== undefined) clean.expires = s.expires;
    return clean;
  });
  if (TerraformStack.isStack(scope) || isElement(scope)) {
    record(scope as TerraformStack | TerraformElement, entries);
    return;
  }
  const targets = scope.node.findAll().filter(isElement);
  if (targets.length === 0) {
    throw new Error(`suppress(${where}): no Terraform resource or data source under this construct`);
  }
  for (const t of targets) record(t, entries);
}

/** The suppressions recorded on a construct so far (for tests). */
export function suppressionsOf(scope: IConstruct): Suppression[] {
  return [...(recorded.get(scope) ?? [])];
}

/** Declares stack-level facts the gate cannot infer (e.g. Shield Advanced is on for this environment). */
export function declareForGate(stack: TerraformStack, declarations: StackDeclarations): void {
  for (const [key, value] of Object.entries(declarations)) {
    stack.addOverride(`//.${METADATA_KEY}.features.${key}`, value);
  }
}
