/**
 * Output of `securecloud cost`: text (a terminal), markdown (a job summary or PR comment) and
 * JSON, `{ environments: [{ name, region, monthlyUsd, lines: [...] }], prices: { date, source } }`.
 * Every value taken from the synthesized JSON goes into markdown inside a code span.
 */
import type { CostLine, EnvironmentEstimate } from "./model.ts";
import { decimal, fmt } from "./pricers/util.ts";
import type { PriceTable } from "./table.ts";

export interface CostReport {
  readonly environments: readonly EnvironmentEstimate[];
  readonly prices: { readonly date: string; readonly source: string };
}

export function report(environments: readonly EnvironmentEstimate[], table: PriceTable): CostReport {
  return { environments, prices: { date: table.date, source: table.source } };
}

export function usd(n: number | null): string {
  if (n === null) return "unpriced";
  const sign = n < 0 ? "-" : "";
  return `${sign}$${decimal(Math.abs(n), 2, 2)}`;
}

/** `+$12.34` / `-$5.00` / `$0.00`. */
export function signedUsd(n: number): string {
  return n > 0 ? `+${usd(n)}` : usd(n);
}

function unitPrice(l: CostLine): string {
  if (l.unitUsd === null) return "unpriced";
  return `$${decimal(l.unitUsd, 9)}/${l.unit}`;
}

/** Subtotals by AWS service, largest first; unpriced lines counted apart. */
export function byService(
  lines: readonly CostLine[],
): Array<{ service: string; monthlyUsd: number; unpriced: number }> {
  const map = new Map<string, { monthlyUsd: number; unpriced: number }>();
  for (const l of lines) {
    const s = map.get(l.service) ?? { monthlyUsd: 0, unpriced: 0 };
    if (l.monthlyUsd === null) s.unpriced += 1;
    else s.monthlyUsd += l.monthlyUsd;
    map.set(l.service, s);
  }
  return [...map.entries()]
    .map(([service, s]) => ({
      service,
      monthlyUsd: Math.round(s.monthlyUsd * 100) / 100,
      unpriced: s.unpriced,
    }))
    .sort((a, b) => b.monthlyUsd - a.monthlyUsd || a.service.localeCompare(b.service));
}

/** Unpriced lines first (they need a look), then by monthly amount, largest first; stable. */
export function costliestFirst(lines: readonly CostLine[]): CostLine[] {
  const rank = (l: CostLine) => (l.monthlyUsd === null ? Number.POSITIVE_INFINITY : l.monthlyUsd);
  return [...lines].sort((a, b) => rank(b) - rank(a));
}

export function renderJson(r: CostReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

export function renderText(r: CostReport): string {
  const out: string[] = [];
  for (const env of r.environments) {
    out.push(`${env.name} (${env.region}): ${usd(env.monthlyUsd)} a month`);
    for (const s of byService(env.lines)) {
      out.push(
        `  ${s.service.padEnd(24)} ${usd(s.monthlyUsd).padStart(12)}${s.unpriced ? `  (+${s.unpriced} unpriced)` : ""}`,
      );
    }
    out.push("");
    for (const l of costliestFirst(env.lines)) {
      out.push(
        `  ${usd(l.monthlyUsd).padStart(12)}  ${l.address}  ${l.item}: ${l.quantity} × ${unitPrice(l)}`,
        `                ${l.assumption}`,
      );
    }
    const unpriced = env.lines.filter((l) => l.monthlyUsd === null).length;
    if (unpriced > 0) out.push(`  ${unpriced} unpriced item${unpriced === 1 ? "" : "s"}: not in the total`);
    out.push("");
  }
  out.push(`prices: ${r.prices.date}; ${r.prices.source}`, "");
  return out.join("\n");
}

/** A code span that survives GitHub's table parser. */
export function code(raw: string): string {
  const s = raw.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${s.startsWith("`") || s.endsWith("`") ? ` ${s} ` : s}${fence}`;
}

/** Prose we wrote ourselves, kept inert in a table cell. */
export function prose(s: string): string {
  return s.replace(/[\\`*_[\]<>|@#]/g, (c) => `\\${c}`);
}

export function lineRow(l: CostLine): string {
  return `| ${code(l.address)} | ${prose(l.item)} | ${fmt(l.quantity)} | ${prose(unitPrice(l))} | ${usd(l.monthlyUsd)} | ${prose(l.assumption)} |`;
}

export const LINE_HEADER = [
  "| Resource | Item | Quantity | Unit price | Monthly | Assumption |",
  "| --- | --- | --- | --- | --- | --- |",
];

export function renderMarkdown(r: CostReport): string {
  const out: string[] = ["### Monthly cost", ""];
  out.push("| Environment | Region | Monthly |", "| --- | --- | --- |");
  for (const env of r.environments)
    out.push(`| ${code(env.name)} | ${code(env.region)} | ${usd(env.monthlyUsd)} |`);
  out.push("");
  for (const env of r.environments) {
    out.push("<details>", `<summary><b>${prose(env.name)}</b>: ${usd(env.monthlyUsd)} a month</summary>`, "");
    out.push("| Service | Monthly |", "| --- | --- |");
    for (const s of byService(env.lines))
      out.push(
        `| ${prose(s.service)} | ${usd(s.monthlyUsd)}${s.unpriced ? ` (+${s.unpriced} unpriced)` : ""} |`,
      );
    out.push("", ...LINE_HEADER, ...costliestFirst(env.lines).map(lineRow), "", "</details>", "");
  }
  out.push(`<sub>Prices of ${prose(r.prices.date)}: ${prose(r.prices.source)}</sub>`, "");
  return out.join("\n");
}
