/** Small synthesized stacks for the cost tests, read through the same reader as the CLI. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseStack } from "../../../common/terraform/index.ts";
import { NO_USAGE, type UsageAssumptions } from "../../../common/usage-assumptions.ts";
import { estimateStack } from "../../../review/cost/estimate.ts";
import type { CostLine, EnvironmentEstimate } from "../../../review/cost/model.ts";
import { costStack } from "../../../review/cost/read.ts";
import { loadPriceTable, type PriceTable } from "../../../review/cost/table.ts";

/** Every assumption at zero (one request per connection), with the given ones set. */
export function usage(
  over: Partial<Omit<UsageAssumptions, "logIngestGbPerMonth">> & {
    logIngestGbPerMonth?: Partial<UsageAssumptions["logIngestGbPerMonth"]>;
  } = {},
): UsageAssumptions {
  return {
    ...NO_USAGE,
    ...over,
    logIngestGbPerMonth: { ...NO_USAGE.logIngestGbPerMonth, ...over.logIngestGbPerMonth },
  };
}

/** Terraform JSON of one stack as cdktf writes it: provider region, `//` metadata, resources. */
export function stackJson(
  resources: Record<string, Record<string, Record<string, unknown>>>,
  opts: { region?: string; usage?: unknown; name?: string } = {},
): string {
  const meta: Record<string, unknown> = { metadata: { stackName: opts.name ?? "test" } };
  if (opts.usage !== undefined) meta.securecloud = { features: { usage: opts.usage } };
  return JSON.stringify({
    "//": meta,
    provider: { aws: [{ region: opts.region ?? "us-east-1" }] },
    resource: resources,
  });
}

export function estimateJson(json: string, table: PriceTable = loadPriceTable()): EnvironmentEstimate {
  const { name, file, doc } = parseStack(json, "test.json");
  return estimateStack(costStack(name, file, doc), table);
}

/** The one line of `address` whose item starts with `item`. */
export function lineOf(e: EnvironmentEstimate, address: string, item: string): CostLine {
  const found = e.lines.filter((l) => l.address === address && l.item.startsWith(item));
  if (found.length !== 1)
    throw new Error(
      `${found.length} lines for ${address} "${item}": ${JSON.stringify(e.lines.map((l) => `${l.address} ${l.item}`))}`,
    );
  return found[0]!;
}

/** A temporary directory with the given files; removed by `cleanup`. */
export function tempFiles(files: Record<string, string>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "sc-cost-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A capture of what a command writes. */
export function capture(): {
  out: string[];
  err: string[];
  io: { stdout(t: string): void; stderr(t: string): void };
} {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) } };
}
