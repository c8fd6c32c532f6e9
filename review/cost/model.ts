/**
 * What the cost estimate needs from a synthesized stack, and what it produces. The stack side
 * is filled in by `read.ts` from the one Terraform JSON reader; the pricers see only this.
 */
import type { UsageAssumptions } from "../../common/usage-assumptions.ts";
import type { PriceEntry } from "./table.ts";

export interface CostResource {
  readonly type: string;
  /** Terraform address: `aws_lb.serving_alb`. */
  readonly address: string;
  /** The resource's arguments (without cdktf's `//` metadata). */
  readonly values: Readonly<Record<string, unknown>>;
}

export interface CostStack {
  readonly name: string;
  /** The file the stack was read from, as reports name it. */
  readonly file: string;
  /** The AWS provider's region. */
  readonly region: string;
  /** `["//"].securecloud.usage` as recorded, not yet validated; undefined when absent. */
  readonly usage: unknown;
  /** Managed resources in file order. */
  readonly resources: readonly CostResource[];
  ofType(...types: string[]): CostResource[];
  /** The resource `value` refers to when it is exactly one reference (`${aws_x.y.arn}`). */
  refOf(value: unknown): CostResource | undefined;
  /** Resources of the given types that refer to `target` anywhere in their arguments. */
  referrers(target: CostResource, types: readonly string[]): CostResource[];
}

/** One line of an estimate, as the JSON output carries it. */
export interface CostLine {
  readonly address: string;
  readonly service: string;
  readonly item: string;
  readonly quantity: number;
  readonly unit: string;
  /** Null for an unpriced item: the table does not know it. */
  readonly unitUsd: number | null;
  readonly monthlyUsd: number | null;
  readonly assumption: string;
}

export interface EnvironmentEstimate {
  readonly name: string;
  readonly region: string;
  /** Sum of the priced lines, to the cent. */
  readonly monthlyUsd: number;
  readonly lines: readonly CostLine[];
}

/** What a pricer returns; the estimate looks the price up and does the arithmetic. */
export interface LineDraft {
  readonly item: string;
  readonly quantity: number;
  /** Key into the region's prices; undefined for an unpriced item. */
  readonly price: string | undefined;
  readonly assumption: string;
  /** Overrides the unit the price states (a quantity in millions states "million requests"). */
  readonly unit?: string;
  /** A line priced at zero on purpose (covered by another charge): the reason is the assumption. */
  readonly covered?: boolean;
  /** The AWS service the line is billed under, when not the resource type's own. */
  readonly service?: string;
}

export interface PricingContext {
  readonly stack: CostStack;
  readonly hours: number;
  /** The recorded assumptions, or zeros when the synth recorded none (see `usageNote`). */
  readonly usage: UsageAssumptions;
  /** Appended to every usage-based assumption; empty when the synth recorded assumptions. */
  readonly usageNote: string;
  readonly prices: Readonly<Record<string, PriceEntry>>;
  /** The resources with a Shield Advanced protection, by address. */
  readonly shielded: ReadonlySet<string>;
}

export type Pricer = (r: CostResource, ctx: PricingContext) => LineDraft[];

export interface ServicePricers {
  readonly service: string;
  readonly pricers: Readonly<Record<string, Pricer>>;
}
