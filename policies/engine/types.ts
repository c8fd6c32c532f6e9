/**
 * Types shared by the static gate: the loaded estate, rules, findings and the report.
 * Nothing here imports cdktf or the AWS SDK: the gate CLI must start fast.
 */
import type { Severity } from "../../common/conventions.ts";
import type { GateDeclarations } from "../../common/gate-metadata.ts";

/** A suppression exactly as written in the synthesized metadata (not yet validated). */
export interface RawSuppression {
  id?: unknown;
  reason?: unknown;
  expires?: unknown;
}

/** Construct metadata cdktf writes under a resource's `//` key. */
export interface ConstructMeta {
  path?: string;
  uniqueId?: string;
}

export interface TfResource {
  readonly stack: StackModel;
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  /** Terraform address: `aws_lb.alb` or `data.aws_iam_policy_document.doc`. */
  readonly address: string;
  /** The resource's arguments, without the `//` metadata key. */
  readonly values: Record<string, unknown>;
  readonly meta: ConstructMeta;
  /** 1-based line of the resource's key in the file, when known. */
  readonly line: number | undefined;
  readonly suppressions: RawSuppression[];
}

/** Stack-level declarations the stacks write (see common/gate-metadata.ts, stacks/gate-annotations.ts). */
export type StackFeatures = GateDeclarations;

export interface StackModel {
  readonly name: string;
  /** Path of the JSON file as the user gave it (or as found under a directory). */
  readonly file: string;
  readonly resources: readonly TfResource[];
  readonly suppressions: RawSuppression[];
  readonly features: StackFeatures;
  /** The whole document as read (providers, locals, variables, outputs), values unresolved. */
  readonly doc: Readonly<Record<string, unknown>>;
  /** All resources (managed) of one of the given types, in file order. */
  ofType(...types: string[]): TfResource[];
  /** Data sources of one of the given types. */
  dataOfType(...types: string[]): TfResource[];
  get(address: string): TfResource | undefined;
  /** References to other resources of this stack found anywhere in `value`. */
  refsIn(value: unknown): Ref[];
  /** If `value` is exactly one reference expression (`${aws_x.y.attr}`), that reference. */
  refOf(value: unknown): Ref | undefined;
  /**
   * Resources that reference `target`, optionally only through the given top-level
   * attributes and only of the given types.
   */
  referrers(target: TfResource, opts?: { types?: string[]; via?: string[] }): TfResource[];
}

export interface Ref {
  readonly target: TfResource;
  /** The attribute read from the target (`arn`, `id`, `json`...), when given. */
  readonly attr: string | undefined;
}

export interface Controls {
  /** AWS Security Hub Foundational Security Best Practices control ids (e.g. `ELB.4`). */
  fsbp: string[];
  /** CIS AWS Foundations Benchmark requirements as `v<version> <id>` (e.g. `v3.0.0 5.2`). */
  cis: string[];
}

export type Category =
  | "network"
  | "edge"
  | "compute"
  | "identity"
  | "logging"
  | "data"
  | "delivery"
  | "federation"
  | "resource-policy"
  | "serving";

export interface RuleContext {
  readonly stack: StackModel;
  /** Report a violation on a resource, or on the stack itself (a missing service). */
  report(target: TfResource | "stack", message: string): void;
}

export interface Rule {
  /** Stable id, never reused: suppressions and SARIF fingerprints depend on it. */
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: Category;
  readonly rationale: string;
  readonly remediation: string;
  readonly controls: Controls;
  /**
   * AWS Config rules that check the same thing on the running estate: managed rule ids, or the
   * estate's own custom policy rules (`securecloud-<env>-<id> (custom)`, stacks/custom-config-rules.ts).
   */
  readonly awsConfigRules: string[];
  /** checkov checks (terraform) that cover the same property; empty when none does. */
  readonly checkov: string[];
  /** Terraform resource types the rule reads (documentation and the README table). */
  readonly resourceTypes: string[];
  check(ctx: RuleContext): void;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  stack: string;
  /** Terraform address, or the stack name for a stack-level finding. */
  address: string;
  message: string;
  /** `FSBP ELB.4`, `CIS v3.0.0 5.2`... */
  controls: string[];
  file: string;
  line: number | undefined;
  /** cdktf construct path, when the resource has one. */
  constructPath: string | undefined;
}

export type SuppressionStatus = "applied" | "unused" | "expired" | "unknown-rule" | "invalid";

export interface SuppressionRecord {
  ruleId: string;
  reason: string;
  expires: string | undefined;
  stack: string;
  /** Where the suppression was declared: a Terraform address, or the stack name. */
  address: string;
  scope: "resource" | "stack";
  status: SuppressionStatus;
  /** Why the suppression is not honoured (status expired / unknown-rule / invalid). */
  problem: string | undefined;
  /** How many findings it suppressed. */
  matched: number;
  file: string;
  line: number | undefined;
}

export interface SuppressedFinding extends Finding {
  suppression: { reason: string; expires: string | undefined; scope: "resource" | "stack"; address: string };
}

export interface Report {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  suppressions: SuppressionRecord[];
  summary: {
    stacks: number;
    files: string[];
    resources: number;
    rules: number;
    failOn: Severity;
    findings: number;
    bySeverity: Record<Severity, number>;
    /** Findings at or above `failOn`. */
    blocking: number;
    suppressed: number;
    /** Suppressions that are expired, name an unknown rule, or are malformed. */
    suppressionErrors: number;
    passed: boolean;
  };
}
