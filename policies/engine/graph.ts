/**
 * The resource graph of one synthesized stack. Every `${...}` interpolation in a resource's
 * arguments (plain references, references inside strings, lists, nested blocks, jsonencode
 * bodies and function calls, `data.` references) becomes an edge to the resource it names,
 * so rules can ask "which web ACL association points at this ALB?" or "which key does this
 * trail use?".
 */
import { METADATA_KEY } from "../../common/gate-metadata.ts";
import {
  dataSources,
  documentMeta,
  type LineIndex,
  resources as managedBlocks,
  type TerraformDocument,
} from "../../common/terraform/index.ts";
import { interpolations, soleInterpolation } from "./hcl.ts";
import { resolveJson } from "./resolve.ts";
import { stackScope } from "./scope.ts";
import type { ConstructMeta, RawSuppression, Ref, StackFeatures, StackModel, TfResource } from "./types.ts";
import { isObj, type Obj } from "./values.ts";

// `type.name[...].attr...` or `data.type.name[...].attr...`; the name may contain hyphens.
const REF = /(?<![\w.:/-])(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?(?:\.([A-Za-z_]\w*))?/g;

interface Edge {
  ref: Ref;
  /** Top-level attribute of the referrer where the reference appears. */
  via: string;
}

export function buildStack(args: {
  name: string;
  file: string;
  doc: TerraformDocument;
  lines: LineIndex;
}): StackModel {
  const { name, file, doc, lines } = args;
  const resources: TfResource[] = [];
  const byAddress = new Map<string, TfResource>();
  const byType = new Map<string, TfResource[]>();
  const dataByType = new Map<string, TfResource[]>();

  const rootMeta = documentMeta(doc);
  const own = isObj(rootMeta[METADATA_KEY]) ? (rootMeta[METADATA_KEY] as Obj) : {};
  const stackSuppressions = rawSuppressions(own.suppressions);
  const features: StackFeatures = isObj(own.features) ? (own.features as StackFeatures) : {};

  const model: StackModel = {
    name,
    file,
    resources,
    suppressions: stackSuppressions,
    features,
    doc,
    ofType: (...types) => types.flatMap((t) => byType.get(t) ?? []),
    dataOfType: (...types) => types.flatMap((t) => dataByType.get(t) ?? []),
    get: (address) => byAddress.get(address),
    refsIn: (value) => refsIn(value),
    refOf: (value) => refOf(value),
    referrers: (target, opts) => referrers(target, opts),
  };

  // Values reach the rules resolved: locals, variable defaults and known data sources are
  // substituted (a sole reference to a policy document stays, readPolicy follows it).
  const scope = stackScope(doc);
  const keepPolicyDocumentRef = (n: { t: string; root?: string; steps?: { k: string; name?: string }[] }) =>
    n.t === "trav" && n.root === "data" && n.steps?.[0]?.name === "aws_iam_policy_document";
  for (const block of [...managedBlocks(doc), ...dataSources(doc)]) {
    const cdktfMeta = isObj(block.meta.metadata) ? (block.meta.metadata as Obj) : {};
    const ownMeta = isObj(block.meta[METADATA_KEY]) ? (block.meta[METADATA_KEY] as Obj) : {};
    const meta: ConstructMeta = {
      path: typeof cdktfMeta.path === "string" ? cdktfMeta.path : undefined,
      uniqueId: typeof cdktfMeta.uniqueId === "string" ? cdktfMeta.uniqueId : undefined,
    };
    const managed = block.mode === "managed";
    const res: TfResource = {
      stack: model,
      mode: block.mode,
      type: block.type,
      name: block.name,
      address: block.address,
      values: resolveJson(block.values, scope, keepPolicyDocumentRef) as Obj,
      meta,
      line: lines.get(`${managed ? "resource" : "data"}.${block.type}.${block.name}`),
      suppressions: rawSuppressions(ownMeta.suppressions),
    };
    resources.push(res);
    byAddress.set(block.address, res);
    const index = managed ? byType : dataByType;
    const arr = index.get(block.type) ?? [];
    arr.push(res);
    index.set(block.type, arr);
  }

  function refsInExpression(expr: string): Ref[] {
    const out: Ref[] = [];
    for (const m of expr.matchAll(REF)) {
      const address = m[1] ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`;
      const target = byAddress.get(address);
      if (target) out.push({ target, attr: m[4] });
    }
    return out;
  }

  function refsIn(value: unknown): Ref[] {
    const out: Ref[] = [];
    const visit = (v: unknown): void => {
      if (typeof v === "string") {
        if (v.includes("${")) for (const e of interpolations(v)) out.push(...refsInExpression(e));
      } else if (Array.isArray(v)) {
        for (const x of v) visit(x);
      } else if (isObj(v)) {
        for (const x of Object.values(v)) visit(x);
      }
    };
    visit(value);
    return out;
  }

  function refOf(value: unknown): Ref | undefined {
    if (typeof value !== "string") return undefined;
    const inner = soleInterpolation(value);
    if (inner === undefined) return undefined;
    const m =
      /^(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?(?:\.([A-Za-z_]\w*))?(?:\[[^\]]*\])?$/.exec(
        inner,
      );
    if (!m) return undefined;
    const target = byAddress.get(m[1] ? `data.${m[2]}.${m[3]}` : `${m[2]}.${m[3]}`);
    return target ? { target, attr: m[4] } : undefined;
  }

  let reverse: Map<TfResource, { from: TfResource; via: string }[]> | undefined;
  function referrers(target: TfResource, opts?: { types?: string[]; via?: string[] }): TfResource[] {
    if (!reverse) {
      reverse = new Map();
      for (const r of resources) {
        for (const edge of edgesOf(r)) {
          const arr = reverse.get(edge.ref.target) ?? [];
          arr.push({ from: r, via: edge.via });
          reverse.set(edge.ref.target, arr);
        }
      }
    }
    const seen = new Set<TfResource>();
    for (const e of reverse.get(target) ?? []) {
      if (opts?.types && !opts.types.includes(e.from.type)) continue;
      if (opts?.via && !opts.via.includes(e.via)) continue;
      seen.add(e.from);
    }
    return [...seen];
  }

  function edgesOf(r: TfResource): Edge[] {
    const out: Edge[] = [];
    for (const [attr, v] of Object.entries(r.values)) {
      for (const ref of refsIn(v)) out.push({ ref, via: attr });
    }
    return out;
  }

  return model;
}

function rawSuppressions(v: unknown): RawSuppression[] {
  if (v === undefined || v === null) return [];
  const arr = Array.isArray(v) ? v : [v];
  return arr.map((s) => (isObj(s) ? (s as RawSuppression) : { id: undefined, reason: undefined }));
}
