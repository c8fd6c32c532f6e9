/**
 * Synthesized stacks as the cost estimate sees them, read through the one Terraform JSON reader
 * (common/terraform): the AWS provider's region, the usage assumptions the stacks declared
 * (`//.securecloud.features.usage`, common/gate-metadata.ts) and the managed resources, with
 * the few reference lookups the pricers need. Bad input (a missing path, invalid JSON, not a
 * Terraform document, a stack without an AWS region) is a UsageError.
 *
 * Values are read as written: the estate's synth has no locals or variables in what is priced
 * (counts, sizes, capacities), and references are followed by address only.
 */
import { UsageError } from "../../common/conventions.ts";
import { METADATA_KEY } from "../../common/gate-metadata.ts";
import {
  type Block,
  documentMeta,
  isObj,
  readStacks,
  resources,
  type StackFile,
  type TerraformDocument,
} from "../../common/terraform/index.ts";
import type { CostResource, CostStack } from "./model.ts";

/** The AWS provider's region: the default (unaliased) `aws` provider block. */
function providerRegion(doc: TerraformDocument): string | undefined {
  const provider = isObj(doc.provider) ? doc.provider.aws : undefined;
  const blocks = (Array.isArray(provider) ? provider : [provider]).filter(isObj);
  const main = blocks.find((b) => b.alias === undefined) ?? blocks[0];
  return typeof main?.region === "string" ? main.region : undefined;
}

/** What the stack declared under `usage` (not yet validated), or undefined. */
function declaredUsage(doc: TerraformDocument): unknown {
  const own = documentMeta(doc)[METADATA_KEY];
  const features = isObj(own) ? own.features : undefined;
  return isObj(features) ? features.usage : undefined;
}

/**
 * The bodies of the `${...}` interpolations in a string (`$${` is a literal `${`). Braces of
 * nested expressions and quoted strings inside an interpolation are skipped over.
 */
export function interpolations(text: string): string[] {
  const out: string[] = [];
  let i = text.indexOf("${");
  while (i >= 0) {
    if (i > 0 && text[i - 1] === "$") {
      i = text.indexOf("${", i + 2);
      continue;
    }
    let depth = 1;
    let j = i + 2;
    let quoted = false;
    for (; j < text.length && depth > 0; j++) {
      const c = text[j];
      if (quoted) {
        if (c === "\\") j++;
        else if (c === '"') quoted = false;
      } else if (c === '"') quoted = true;
      else if (c === "{") depth++;
      else if (c === "}") depth--;
    }
    if (depth > 0) break;
    out.push(text.slice(i + 2, j - 1));
    i = text.indexOf("${", j);
  }
  return out;
}

/** `type.name` references inside an expression (data sources excluded: they cost nothing). */
const REF = /(?<![\w.:/-])(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)/g;
/** An expression that is one reference: `type.name`, an index, an attribute, an index. */
const SOLE_REF =
  /^\s*([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?(?:\.[A-Za-z_]\w*)?(?:\[[^\]]*\])?\s*$/;

function addressesIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === "string") {
    if (value.includes("${")) {
      for (const expr of interpolations(value)) {
        for (const m of expr.matchAll(REF)) if (!m[1]) out.add(`${m[2]}.${m[3]}`);
      }
    }
  } else if (Array.isArray(value)) {
    for (const v of value) addressesIn(v, out);
  } else if (isObj(value)) {
    for (const v of Object.values(value)) addressesIn(v, out);
  }
  return out;
}

/** The cost view of one parsed stack document. */
export function costStack(
  name: string,
  file: string,
  doc: TerraformDocument,
  region = providerRegion(doc) ?? "",
): CostStack {
  const managed: CostResource[] = resources(doc).map((b: Block) => ({
    type: b.type,
    address: b.address,
    values: b.values,
  }));
  const byAddress = new Map(managed.map((r) => [r.address, r]));
  const byType = new Map<string, CostResource[]>();
  for (const r of managed) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  // The addresses each resource refers to, worked out only for the resources asked about.
  const refs = new Map<CostResource, Set<string>>();
  const refsOf = (r: CostResource): Set<string> => {
    let found = refs.get(r);
    if (!found) {
      found = addressesIn(r.values, new Set());
      refs.set(r, found);
    }
    return found;
  };
  return {
    name,
    file,
    region,
    usage: declaredUsage(doc),
    resources: managed,
    ofType: (...types) => types.flatMap((t) => byType.get(t) ?? []),
    refOf: (value) => {
      if (typeof value !== "string") return undefined;
      const exprs = interpolations(value);
      if (exprs.length !== 1 || value.trim() !== `\${${exprs[0]}}`) return undefined;
      const m = SOLE_REF.exec(exprs[0]!);
      return m ? byAddress.get(`${m[1]}.${m[2]}`) : undefined;
    },
    referrers: (target, types) =>
      managed.filter((r) => r !== target && types.includes(r.type) && refsOf(r).has(target.address)),
  };
}

function fromFile(f: StackFile): CostStack {
  const stack = costStack(f.stackName ?? f.name, f.file, f.doc);
  if (stack.region === "") throw new UsageError(f.file, 'no AWS provider with a "region": cannot price it');
  return stack;
}

/**
 * Every stack under the given paths (a cdktf output directory, stack directories or files),
 * named as cdktf recorded it (else from the path); all are read and checked before any is priced.
 */
export function readCostStacks(paths: readonly string[], cwd = process.cwd()): CostStack[] {
  return readStacks(paths, cwd).stacks.map(fromFile);
}
