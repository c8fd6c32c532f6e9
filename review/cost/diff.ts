/**
 * The cost side of the review diff: each environment priced on both sides, the lines whose
 * monthly amount changed, the old and new totals and the delta. JSON (under `cost` in
 * `securecloud diff --format json`):
 *
 *   { "environments": [ { "name", "baseMonthlyUsd", "headMonthlyUsd", "deltaUsd",
 *                         "lines": [ { "address", "service", "item", "change": "added|removed|changed",
 *                                      "baseMonthlyUsd", "headMonthlyUsd", "deltaUsd", "assumption" } ] } ] }
 *
 * A line is matched by address and item; an unpriced line has a null amount on its side.
 */
import { UsageError } from "../../common/conventions.ts";
import { cents, estimateStack } from "./estimate.ts";
import type { CostLine, EnvironmentEstimate } from "./model.ts";
import { costStack } from "./read.ts";
import { code, prose, signedUsd, usd } from "./render.ts";
import { loadPriceTable, type PriceTable } from "./table.ts";

export interface CostDiffLine {
  readonly address: string;
  readonly service: string;
  readonly item: string;
  readonly change: "added" | "removed" | "changed";
  readonly baseMonthlyUsd: number | null;
  readonly headMonthlyUsd: number | null;
  readonly deltaUsd: number;
  readonly assumption: string;
}

export interface EnvironmentCostDiff {
  readonly name: string;
  readonly baseMonthlyUsd: number;
  readonly headMonthlyUsd: number;
  readonly deltaUsd: number;
  readonly lines: readonly CostDiffLine[];
}

export interface CostDiff {
  readonly environments: readonly EnvironmentCostDiff[];
}

const key = (l: CostLine) => `${l.address}\u0000${l.item}`;

function diffLines(base: readonly CostLine[], head: readonly CostLine[]): CostDiffLine[] {
  const before = new Map(base.map((l) => [key(l), l]));
  const after = new Map(head.map((l) => [key(l), l]));
  const out: CostDiffLine[] = [];
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(k);
    const a = after.get(k);
    const line = (a ?? b)!;
    const change = !b ? "added" : !a ? "removed" : "changed";
    const baseUsd = b ? b.monthlyUsd : null;
    const headUsd = a ? a.monthlyUsd : null;
    if (change === "changed" && baseUsd === headUsd) continue;
    out.push({
      address: line.address,
      service: line.service,
      item: line.item,
      change,
      baseMonthlyUsd: baseUsd,
      headMonthlyUsd: headUsd,
      deltaUsd: cents((headUsd ?? 0) - (baseUsd ?? 0)),
      assumption: line.assumption,
    });
  }
  return out.sort((x, y) => Math.abs(y.deltaUsd) - Math.abs(x.deltaUsd) || (x.address < y.address ? -1 : 1));
}

/** Pairs environments by name; one missing on a side counts as zero there. */
export function costDiff(
  base: readonly EnvironmentEstimate[],
  head: readonly EnvironmentEstimate[],
): CostDiff {
  const names = [...new Set([...base.map((e) => e.name), ...head.map((e) => e.name)])].sort();
  return {
    environments: names.map((name) => {
      const b = base.find((e) => e.name === name);
      const h = head.find((e) => e.name === name);
      const baseMonthlyUsd = b?.monthlyUsd ?? 0;
      const headMonthlyUsd = h?.monthlyUsd ?? 0;
      return {
        name,
        baseMonthlyUsd,
        headMonthlyUsd,
        deltaUsd: cents(headMonthlyUsd - baseMonthlyUsd),
        lines: diffLines(b?.lines ?? [], h?.lines ?? []),
      };
    }),
  };
}

/** Rows of changed lines shown per environment before the rest are counted. */
export const MARKDOWN_COST_ROWS = 25;

/** The markdown section of the review diff: one table of totals, the changed lines per environment. */
export function renderCostMarkdown(diff: CostDiff): string {
  const out: string[] = ["#### 💰 Cost change (monthly, USD)", ""];
  out.push("| Environment | Before | After | Change |", "| --- | --- | --- | --- |");
  for (const e of diff.environments) {
    out.push(
      `| ${code(e.name)} | ${usd(e.baseMonthlyUsd)} | ${usd(e.headMonthlyUsd)} | **${signedUsd(e.deltaUsd)}** |`,
    );
  }
  out.push("");
  for (const e of diff.environments) {
    if (e.lines.length === 0) continue;
    out.push(
      "<details>",
      `<summary><b>${prose(e.name)}</b>: ${signedUsd(e.deltaUsd)} a month, ${e.lines.length} line${e.lines.length === 1 ? "" : "s"} changed</summary>`,
      "",
      "| Resource | Item | Before | After | Change | Assumption |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const l of e.lines.slice(0, MARKDOWN_COST_ROWS)) {
      const before = l.change === "added" ? "—" : usd(l.baseMonthlyUsd);
      const after = l.change === "removed" ? "—" : usd(l.headMonthlyUsd);
      out.push(
        `| ${code(l.address)} | ${prose(l.item)} | ${before} | ${after} | ${signedUsd(l.deltaUsd)} | ${prose(l.assumption)} |`,
      );
    }
    if (e.lines.length > MARKDOWN_COST_ROWS)
      out.push(`| … ${e.lines.length - MARKDOWN_COST_ROWS} more | | | | | |`);
    out.push("", "</details>", "");
  }
  return out.join("\n");
}

/** A stack as the review diff loaded it. */
export interface StackDocument {
  readonly name: string;
  readonly file: string;
  readonly doc: Record<string, unknown>;
  /** The file's text, when known: a stack whose text did not change is priced once. */
  readonly text?: string;
}

/**
 * The cost diff of the two sides the review diff loaded. Stacks without an AWS provider region,
 * or in a region the price table lacks, are not priced; with `single`, the two stacks are
 * compared with each other whatever their names, as the rest of the review diff does. Bad input
 * (an unknown region, a missing price, a bad usage assumption) is a UsageError naming the side.
 */
export function costDiffDocuments(
  base: readonly StackDocument[],
  head: readonly StackDocument[],
  opts: { single?: boolean; table?: PriceTable } = {},
): CostDiff {
  const table = opts.table ?? loadPriceTable();
  // An unchanged stack (the same name and text on both sides, as for a pull request that
  // changes only code or only one environment) is priced once.
  const priced = new Map<string, EnvironmentEstimate | undefined>();
  const estimate = (s: StackDocument): EnvironmentEstimate | undefined => {
    const key = s.text === undefined ? undefined : `${s.name}\u0000${s.text}`;
    if (key !== undefined && priced.has(key)) return priced.get(key);
    const stack = costStack(s.name, s.file, s.doc);
    // not an environment of the estate (no AWS region), or a region the table lacks: the
    // security diff still runs; `securecloud cost` refuses such a stack outright
    const found =
      stack.region !== "" && table.regions[stack.region] !== undefined
        ? estimateStack(stack, table)
        : undefined;
    if (key !== undefined) priced.set(key, found);
    return found;
  };
  const side = (stacks: readonly StackDocument[], what: string): EnvironmentEstimate[] => {
    try {
      return stacks.map(estimate).filter((e): e is EnvironmentEstimate => e !== undefined);
    } catch (err) {
      if (err instanceof UsageError) throw new UsageError(what, `${err.what}: ${err.why}`);
      throw err;
    }
  };
  const before = side(base, "--base");
  const after = side(head, "--head");
  if (opts.single && before.length === 1 && after.length === 1) {
    return costDiff([{ ...before[0]!, name: after[0]!.name }], after);
  }
  return costDiff(before, after);
}
