/**
 * Prices one synthesized stack: every managed resource goes to its type's pricer, is known to
 * be free, or is listed as unpriced. Quantities come from the resources and the recorded usage
 * assumptions; unit prices from the table; each line's monthly amount is rounded to the cent
 * and the environment's total is the sum of its lines.
 */
import { UsageError } from "../../common/conventions.ts";
import { NO_USAGE, type UsageAssumptions, usageProblems } from "../../common/usage-assumptions.ts";
import { FREE_TYPES } from "./free.ts";
import type { CostLine, CostStack, EnvironmentEstimate, LineDraft, Pricer, PricingContext } from "./model.ts";
import { COMPUTE } from "./pricers/compute.ts";
import { NETWORK } from "./pricers/network.ts";
import { OBSERVABILITY } from "./pricers/observability.ts";
import { SCHEDULES } from "./pricers/schedules.ts";
import { SECURITY } from "./pricers/security.ts";
import { type PriceTable, regionPrices } from "./table.ts";

const PRICERS = new Map<string, { service: string; pricer: Pricer }>(
  [...COMPUTE, ...NETWORK, ...SECURITY, ...OBSERVABILITY, ...SCHEDULES].flatMap(({ service, pricers }) =>
    Object.entries(pricers).map(([type, pricer]): [string, { service: string; pricer: Pricer }] => [
      type,
      { service, pricer },
    ]),
  ),
);

/** Resource types the estimate prices (documentation and tests). */
export const PRICED_TYPES: readonly string[] = [...PRICERS.keys()].sort();

const NOT_RECORDED = " (no usage assumptions recorded in this synth: usage-based charges not estimated)";

/** Rounds half away from zero to the cent, immune to binary noise (29.5504 stays 29.55). */
export function cents(x: number): number {
  return Math.round(Math.round(x * 1e8) / 1e6) / 100;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The recorded assumptions, checked. A field the synth did not record (a synth made before the
 * field existed, as the base of a review diff can be) is taken as zero and said so; a field
 * recorded with a bad value is bad input.
 */
function usageOf(stack: CostStack): { usage: UsageAssumptions; note: string } {
  if (stack.usage === undefined) return { usage: NO_USAGE, note: NOT_RECORDED };
  const recorded = stack.usage as Record<string, unknown>;
  const missing = (field: string): boolean => {
    const [top, sub] = field.split(".");
    const value = recorded[top!];
    return sub === undefined ? value === undefined : isRecord(value) && value[sub] === undefined;
  };
  const problems = usageProblems(recorded);
  const bad = problems.find((p) => !missing(p.field));
  if (bad) throw new UsageError(`stack ${stack.name}`, `usage assumption ${bad.field}: ${bad.reason}`);
  if (problems.length === 0) return { usage: recorded as unknown as UsageAssumptions, note: "" };
  const logs = isRecord(recorded.logIngestGbPerMonth) ? recorded.logIngestGbPerMonth : {};
  const usage = {
    ...NO_USAGE,
    ...recorded,
    logIngestGbPerMonth: { ...NO_USAGE.logIngestGbPerMonth, ...logs },
  } as UsageAssumptions;
  const fields = problems.map((p) => p.field).join(", ");
  return { usage, note: ` (not recorded in this synth, taken as 0: ${fields})` };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function toLine(address: string, service: string, d: LineDraft, ctx: PricingContext): CostLine {
  const base = { address, service: d.service ?? service, item: d.item, quantity: round6(d.quantity) };
  if (d.covered) {
    return {
      ...base,
      unit: d.unit ?? (d.price ? ctx.prices[d.price]?.unit : undefined) ?? "each",
      unitUsd: 0,
      monthlyUsd: 0,
      assumption: d.assumption,
    };
  }
  if (d.price === undefined)
    return { ...base, unit: d.unit ?? "each", unitUsd: null, monthlyUsd: null, assumption: d.assumption };
  const entry = ctx.prices[d.price];
  if (!entry) {
    throw new UsageError(
      `stack ${ctx.stack.name}`,
      `the price table has no "${d.price}" for region ${ctx.stack.region} (needed by ${address}); add it to review/cost/prices.json`,
    );
  }
  return {
    ...base,
    unit: d.unit ?? entry.unit,
    unitUsd: entry.usd,
    monthlyUsd: cents(d.quantity * entry.usd),
    assumption: d.assumption,
  };
}

export function estimateStack(stack: CostStack, table: PriceTable): EnvironmentEstimate {
  const prices = regionPrices(table, stack.region, stack.name);
  const { usage, note } = usageOf(stack);
  const shielded = new Set(
    stack
      .ofType("aws_shield_protection")
      .map((p) => stack.refOf(p.values.resource_arn)?.address)
      .filter((a): a is string => a !== undefined),
  );
  const ctx: PricingContext = { stack, hours: table.hoursPerMonth, usage, usageNote: note, prices, shielded };
  const lines: CostLine[] = [];
  for (const r of stack.resources) {
    const priced = PRICERS.get(r.type);
    if (priced) {
      for (const d of priced.pricer(r, ctx)) lines.push(toLine(r.address, priced.service, d, ctx));
    } else if (!FREE_TYPES.has(r.type)) {
      lines.push({
        address: r.address,
        service: "unpriced",
        item: r.type,
        quantity: 1,
        unit: "resource",
        unitUsd: null,
        monthlyUsd: null,
        assumption: `unpriced: ${r.type} is not in the price table (neither priced nor known to be free)`,
      });
    }
  }
  const total = cents(lines.reduce((sum, l) => sum + (l.monthlyUsd ?? 0), 0));
  return { name: stack.name, region: stack.region, monthlyUsd: total, lines };
}
