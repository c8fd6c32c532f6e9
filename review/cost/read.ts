/**
 * Reads synthesized stacks for the cost estimate through the one Terraform JSON reader, and
 * adapts them to the narrow `CostStack` the pricers see. Bad input (a missing path, invalid
 * JSON, not a Terraform document, a stack without an AWS region) is a UsageError.
 */
import { readFileSync } from "node:fs";
import { UsageError } from "../../common/conventions.ts";
import { METADATA_KEY } from "../../common/gate-metadata.ts";
import { buildStack } from "../../policies/engine/graph.ts";
import { displayPath, normalizeBlocks, resolveInputs, stackFromText } from "../../policies/engine/load.ts";
import type { StackModel, TfResource } from "../../policies/engine/types.ts";
import type { CostResource, CostStack } from "./model.ts";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The AWS provider's region: the default (unaliased) `aws` provider block. */
function providerRegion(doc: Obj): string | undefined {
  const provider = isObj(doc.provider) ? doc.provider.aws : undefined;
  const blocks = (Array.isArray(provider) ? provider : [provider]).filter(isObj);
  const main = blocks.find((b) => b.alias === undefined) ?? blocks[0];
  return typeof main?.region === "string" ? main.region : undefined;
}

function usageOf(doc: Obj): unknown {
  const meta = isObj(doc["//"]) ? doc["//"][METADATA_KEY] : undefined;
  return isObj(meta) ? meta.usage : undefined;
}

export function adapt(model: StackModel, region: string, usage: unknown): CostStack {
  const managed = model.resources.filter((r) => r.mode === "managed");
  return {
    name: model.name,
    file: model.file,
    region,
    usage,
    resources: managed,
    ofType: (...types) => model.ofType(...types),
    refOf: (value) => {
      const target = model.refOf(value)?.target;
      return target?.mode === "managed" ? target : undefined;
    },
    referrers: (target, types) => model.referrers(target as TfResource, { types: [...types] }),
  };
}

/** Reads one stack file; a stack without an AWS provider region is bad input. */
export function readCostStack(abs: string, cwd = process.cwd()): CostStack {
  const shown = displayPath(abs, cwd);
  let text: string;
  try {
    text = readFileSync(abs, "utf8");
  } catch (err) {
    throw new UsageError(shown, `cannot read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const model = stackFromText(text, shown, abs);
  const doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Obj;
  const region = providerRegion(doc);
  if (region === undefined) throw new UsageError(shown, 'no AWS provider with a "region": cannot price it');
  return adapt(model, region, usageOf(doc));
}

/** Every stack under the given paths (a cdktf output directory, stack directories or files). */
export function readCostStacks(paths: readonly string[], cwd = process.cwd()): CostStack[] {
  return resolveInputs([...paths], cwd).map((f) => readCostStack(f, cwd));
}

/**
 * A stack the review diff already parsed (`name`, `file`, the JSON document). A stack without
 * an AWS provider region gets region "": the diff leaves it unpriced.
 */
export function costStackOf(name: string, file: string, doc: Record<string, unknown>): CostStack {
  const model = buildStack({ name, file, doc: normalizeBlocks(doc), lines: new Map() });
  return adapt(model, providerRegion(doc) ?? "", usageOf(doc));
}

export type { CostResource };
