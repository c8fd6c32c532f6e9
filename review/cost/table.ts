/**
 * The price table (prices.json beside this file): per region, every figure with its unit, the
 * AWS Price List file or page it came from, the date, and whether that source was verified.
 * A region the table does not know, or a figure a pricer needs that the region lacks, is bad
 * input (UsageError, exit 2): an estimate never prices something at zero because its price
 * is missing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../../common/conventions.ts";
import committed from "./prices.json" with { type: "json" };

/** How `refresh.ts` finds a figure in the region's Price List bulk file. */
export interface PriceListRule {
  readonly offer: string;
  /** Usage type without the region prefix (`USE1-`), matched with or without it. */
  readonly usagetype?: string;
  readonly productFamily?: string;
  /** WAF's offer keys its products by `group` (`WebACL`, `Rule`). */
  readonly group?: string;
  /** The tier (`beginRange`) to take; default the first. */
  readonly beginRange?: string;
}

export interface PriceEntry {
  readonly usd: number;
  readonly unit: string;
  /** The Price List file (with version and SKU) or page the figure came from. */
  readonly source: string;
  /** Publication date of the source, or the day it was read (YYYY-MM-DD). */
  readonly date: string;
  /** False when no AWS source reachable at the time stated the figure (see `source`). */
  readonly verified: boolean;
  readonly priceList?: PriceListRule;
}

export interface PriceTable {
  readonly currency: "USD";
  readonly date: string;
  readonly source: string;
  readonly hoursPerMonth: number;
  readonly regions: Readonly<Record<string, Readonly<Record<string, PriceEntry>>>>;
}

export const TABLE_PATH = join(import.meta.dirname, "prices.json");

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why a parsed table is malformed, or undefined. */
export function tableProblem(doc: unknown): string | undefined {
  const t = doc as Partial<PriceTable> | null;
  if (typeof t !== "object" || t === null) return "not an object";
  if (t.currency !== "USD") return 'currency must be "USD"';
  if (typeof t.date !== "string" || !DATE.test(t.date)) return "date must be YYYY-MM-DD";
  if (typeof t.hoursPerMonth !== "number" || !(t.hoursPerMonth > 0)) return "hoursPerMonth must be positive";
  if (typeof t.regions !== "object" || t.regions === null) return "regions must be an object";
  for (const [region, prices] of Object.entries(t.regions)) {
    for (const [key, e] of Object.entries(prices ?? {})) {
      const where = `${region} ${key}`;
      if (typeof e?.usd !== "number" || !Number.isFinite(e.usd) || e.usd < 0)
        return `${where}: usd must be >= 0`;
      if (typeof e.unit !== "string" || e.unit === "") return `${where}: unit is missing`;
      if (typeof e.source !== "string" || e.source === "") return `${where}: source is missing`;
      if (typeof e.date !== "string" || !DATE.test(e.date)) return `${where}: date must be YYYY-MM-DD`;
      if (typeof e.verified !== "boolean") return `${where}: verified must be true or false`;
    }
  }
  return undefined;
}

/**
 * Reads and checks a table; a broken table is bad input naming the file. Without a path, the
 * committed table (bundled with the code, so the shipped binary needs no file beside it).
 */
export function loadPriceTable(path?: string): PriceTable {
  if (path === undefined) {
    const problem = tableProblem(committed);
    if (problem) throw new UsageError(TABLE_PATH, `not a price table: ${problem}`);
    return committed as PriceTable;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(path, e.code ? `cannot read (${e.code})` : `invalid JSON (${e.message})`);
  }
  const problem = tableProblem(doc);
  if (problem) throw new UsageError(path, `not a price table: ${problem}`);
  return doc as PriceTable;
}

/** The prices of one region; throws UsageError when the table does not know the region. */
export function regionPrices(
  table: PriceTable,
  region: string,
  stack: string,
): Readonly<Record<string, PriceEntry>> {
  const prices = table.regions[region];
  if (!prices) {
    throw new UsageError(
      `stack ${stack}`,
      `no prices for region "${region}" in the price table (known: ${Object.keys(table.regions).join(", ")}); add it with review/cost/refresh.ts`,
    );
  }
  return prices;
}
