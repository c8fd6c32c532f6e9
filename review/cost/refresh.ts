/**
 * Rebuilds the price table from AWS's public Price List bulk files, where they can be fetched:
 *
 *   npx tsx review/cost/refresh.ts [--region R ...] [--offers DIR] [--out FILE]
 *
 * For each region (default: those already in the table) and each figure that names a Price
 * List rule (`priceList` in prices.json), it reads
 * https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<offer>/current/<region>/index.json
 * (or `<DIR>/<offer>.<region>.json` with --offers), finds the one on-demand price dimension the
 * rule matches, and writes its price, the file's version URL, SKU and publication date. A rule
 * that matches no product or more than one fails loudly (exit 1) and nothing is written.
 * Figures without a rule keep their committed value and source; the script lists them.
 * The file is written whole (temporary file, then rename).
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { EXIT, errorLine, UsageError } from "../../common/conventions.ts";
import { loadPriceTable, type PriceEntry, type PriceListRule, type PriceTable, TABLE_PATH } from "./table.ts";

export const BULK_URL = "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws";

/** The parts of a Price List bulk offer file (JSON) this script reads. */
export interface OfferFile {
  readonly offerCode: string;
  readonly version: string;
  readonly publicationDate: string;
  readonly products: Record<
    string,
    { sku: string; productFamily?: string; attributes: Record<string, string> }
  >;
  readonly terms: {
    readonly OnDemand?: Record<
      string,
      Record<
        string,
        {
          effectiveDate?: string;
          priceDimensions: Record<
            string,
            {
              description: string;
              beginRange?: string;
              endRange?: string;
              unit: string;
              pricePerUnit: { USD?: string };
            }
          >;
        }
      >
    >;
  };
}

export interface Found {
  readonly usd: number;
  readonly sku: string;
  readonly usagetype: string | undefined;
  readonly description: string;
}

/** `Fargate-GB-Hours` matches `USE1-Fargate-GB-Hours` and `Fargate-GB-Hours` (us-east-1 often has no prefix). */
function usageTypeMatches(actual: string | undefined, wanted: string): boolean {
  if (actual === undefined) return false;
  return (
    actual === wanted ||
    (actual.endsWith(`-${wanted}`) && /^[A-Z]{2,4}\d?$/.test(actual.slice(0, -wanted.length - 1)))
  );
}

/** The on-demand price dimensions of `offer` in `region` that `rule` matches. */
export function matchRule(offer: OfferFile, rule: PriceListRule, region: string): Found[] {
  const found: Found[] = [];
  for (const [sku, product] of Object.entries(offer.products)) {
    const a = product.attributes ?? {};
    if (a.regionCode !== undefined && a.regionCode !== region) continue;
    if (rule.usagetype !== undefined && !usageTypeMatches(a.usagetype, rule.usagetype)) continue;
    if (rule.productFamily !== undefined && product.productFamily !== rule.productFamily) continue;
    if (rule.group !== undefined && a.group !== rule.group) continue;
    for (const term of Object.values(offer.terms.OnDemand?.[sku] ?? {})) {
      for (const dim of Object.values(term.priceDimensions)) {
        if ((dim.beginRange ?? "0") !== (rule.beginRange ?? "0")) continue;
        const usd = Number(dim.pricePerUnit.USD);
        if (!Number.isFinite(usd)) continue;
        found.push({ usd, sku, usagetype: a.usagetype, description: dim.description });
      }
    }
  }
  return found;
}

/** The refreshed entry, or throws naming the figure when the rule does not match exactly once. */
export function refreshEntry(
  key: string,
  entry: PriceEntry,
  offer: OfferFile,
  region: string,
  url: string,
): PriceEntry {
  const rule = entry.priceList!;
  const found = matchRule(offer, rule, region);
  if (found.length !== 1) {
    throw new Error(
      `${region} ${key}: ${found.length} price dimensions in ${offer.offerCode} match ${JSON.stringify(rule)} (expected exactly one)`,
    );
  }
  const f = found[0]!;
  return {
    ...entry,
    usd: f.usd,
    source: `AWS Price List bulk file ${url}, SKU ${f.sku} ("${f.description}")`,
    date: offer.publicationDate.slice(0, 10),
    verified: true,
  };
}

export type OfferSource = (offer: string, region: string) => Promise<{ file: OfferFile; url: string }>;

/** Rebuilds every figure with a rule; returns the new table and the keys left as they were. */
export async function refreshTable(
  table: PriceTable,
  regions: readonly string[],
  source: OfferSource,
  today: string,
): Promise<{ table: PriceTable; kept: string[] }> {
  const template = table.regions["us-east-1"] ?? Object.values(table.regions)[0] ?? {};
  const out: Record<string, Record<string, PriceEntry>> = { ...table.regions } as Record<
    string,
    Record<string, PriceEntry>
  >;
  const kept: string[] = [];
  for (const region of regions) {
    const current = table.regions[region] ?? {};
    const next: Record<string, PriceEntry> = {};
    const offers = new Map<string, { file: OfferFile; url: string }>();
    for (const [key, base] of Object.entries(template)) {
      const entry = current[key] ?? base;
      if (!entry.priceList) {
        if (current[key]) next[key] = current[key]!;
        kept.push(`${region} ${key}`);
        continue;
      }
      const name = entry.priceList.offer;
      if (!offers.has(name)) offers.set(name, await source(name, region));
      const { file, url } = offers.get(name)!;
      next[key] = refreshEntry(key, entry, file, region, url);
    }
    out[region] = next;
  }
  return { table: { ...table, date: today, regions: out }, kept };
}

async function fetchOffer(offer: string, region: string): Promise<{ file: OfferFile; url: string }> {
  const url = `${BULK_URL}/${offer}/current/${region}/index.json`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  const file = (await res.json()) as OfferFile;
  return { file, url: `${BULK_URL}/${offer}/${file.version}/${region}/index.json` };
}

function fromDirectory(dir: string): OfferSource {
  return async (offer, region) => {
    const path = `${dir}/${offer}.${region}.json`;
    const file = JSON.parse(readFileSync(path, "utf8")) as OfferFile;
    return { file, url: `${BULK_URL}/${offer}/${file.version}/${region}/index.json` };
  };
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        region: { type: "string", multiple: true },
        offers: { type: "string" },
        out: { type: "string" },
      },
      strict: true,
    });
    const table = loadPriceTable();
    const regions = values.region ?? Object.keys(table.regions);
    for (const r of regions)
      if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(r))
        throw new UsageError("--region", `"${r}" is not an AWS region name`);
    const source = values.offers ? fromDirectory(values.offers) : fetchOffer;
    const { table: next, kept } = await refreshTable(
      table,
      regions,
      source,
      new Date().toISOString().slice(0, 10),
    );
    const out = values.out ?? TABLE_PATH;
    writeFileSync(`${out}.tmp`, `${JSON.stringify(next, null, 2)}\n`);
    renameSync(`${out}.tmp`, out);
    process.stdout.write(
      `wrote ${out}; kept as committed (no Price List rule): ${kept.join(", ") || "none"}\n`,
    );
    return EXIT.ok;
  } catch (err) {
    process.stderr.write(`${errorLine(err)}\n`);
    return err instanceof UsageError ? EXIT.usage : EXIT.findings;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
