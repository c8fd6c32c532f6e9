/** Small helpers the pricers share: reading arguments, phrasing quantities, a price lookup. */
import { UsageError } from "../../../common/conventions.ts";
import type { CostResource, LineDraft, PricingContext } from "../model.ts";

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Terraform JSON nests blocks as an object or a list of objects; always a list here. */
export function blocks(v: unknown): Obj[] {
  if (Array.isArray(v)) return v.filter(isObj);
  return isObj(v) ? [v] : [];
}

/** A number written as a number or a numeric string; undefined otherwise (a reference, say). */
export function num(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

/**
 * `n` with at most `max` and at least `min` decimals, digits grouped by thousands (en-US:
 * `1,234,567.5`). Written out rather than through Intl, whose first use costs every command
 * that loads the estimate (the review diff's `--help` included) a start-up of its own.
 */
export function decimal(n: number, max: number, min = 0): string {
  let text = n.toFixed(max);
  if (text.includes(".")) {
    let end = text.length;
    while (end > text.length - (max - min) && text[end - 1] === "0") end--;
    if (text[end - 1] === ".") end--;
    text = text.slice(0, end);
  }
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  const [int, frac] = text.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** `1,234,567` / `0.5`: quantities in assumption texts. */
export function fmt(n: number): string {
  return decimal(n, 4);
}

export function plural(n: number, word: string): string {
  return `${fmt(n)} ${word}${n === 1 ? "" : "s"}`;
}

/** The unit price of `key` in the stack's region; a missing one is bad input. */
export function unitPrice(ctx: PricingContext, key: string): number {
  const entry = ctx.prices[key];
  if (!entry) {
    throw new UsageError(
      `stack ${ctx.stack.name}`,
      `the price table has no "${key}" for region ${ctx.stack.region}; add it to review/cost/prices.json`,
    );
  }
  return entry.usd;
}

/** An item the table does not price: listed, never counted as zero. */
export function unpriced(item: string, why: string): LineDraft {
  return { item, quantity: 1, price: undefined, assumption: `unpriced: ${why}` };
}

/** The one resource `value` refers to, if it is of one of `types`. */
export function refTo(ctx: PricingContext, value: unknown, ...types: string[]): CostResource | undefined {
  const target = ctx.stack.refOf(value);
  return target && (types.length === 0 || types.includes(target.type)) ? target : undefined;
}

/** `share` of a stack-wide volume that one of `n` resources carries, phrased for the assumption. */
export function shareText(n: number, what: string): string {
  return n > 1 ? `, split evenly over ${plural(n, what)}` : "";
}
