/**
 * Reads a rollout plan file (YAML; schema in plan-schema.ts) into a Plan. Every problem is bad
 * input naming the file, the line and the field, in one line:
 *
 *   --plan: delivery/plans/x.yaml:14: steps[2].analysis.window: must be <= 86400
 *
 * YAML rather than JSON because a plan is read and changed by people: comments say why a step
 * is there, and anchors (`&analysis` / `*analysis`) reuse one analysis for several weights.
 * Nothing runs before the whole file is valid.
 */
import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject } from "ajv";
import { isAlias, isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { UsageError } from "../../common/conventions.ts";
import { ANALYSIS_DEFAULTS, type AnalysisSpec, type MetricCheck } from "../analysis/spec.ts";
import {
  DEFAULT_SCALE_DOWN_DELAY_SECONDS,
  MAX_STEP_SECONDS,
  type Plan,
  type Step,
  validatePlan,
} from "./plan.ts";
import { PLAN_SCHEMA } from "./plan-schema.ts";

type Path = (string | number)[];

/** `steps[2].analysis.window` */
export function fieldName(path: Path): string {
  return path.reduce<string>(
    (s, p) => (typeof p === "number" ? `${s}[${p}]` : s === "" ? p : `${s}.${p}`),
    "",
  );
}

/** Seconds from `90`, `90s`, `10m`, `1h`. */
export function seconds(value: number | string): number {
  if (typeof value === "number") return value;
  const n = Number(value.slice(0, -1));
  return value.endsWith("h") ? n * 3600 : value.endsWith("m") ? n * 60 : n;
}

interface Located {
  text: string;
  lines: LineCounter;
  doc: ReturnType<typeof parseDocument>;
}

/** The 1-based line of the node at `path` (or of the nearest ancestor that exists). */
function lineOf(src: Located, path: Path, key?: string): number {
  let node: unknown = src.doc.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const part of [...path, ...(key === undefined ? [] : [key])]) {
    if (isAlias(node)) node = node.resolve(src.doc);
    let next: unknown;
    if (isMap(node) && typeof part === "string") {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === part);
      if (pair && part === key) {
        offset = (pair.key as Node).range?.[0] ?? offset;
        break;
      }
      next = pair?.value;
    } else if (isSeq(node) && typeof part === "number") {
      next = node.items[part];
    }
    if (!next) break;
    node = next;
    offset = (next as Node).range?.[0] ?? offset;
  }
  return src.lines.linePos(offset).line;
}

function message(e: ErrorObject): { path: Path; key?: string; text: string } {
  const path: Path = e.instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      return { path, key, text: `${fieldName([...path, key])}: unknown field` };
    }
    case "required":
      return {
        path,
        text: `${fieldName([...path, String(params.missingProperty)])}: missing (required)`,
      };
    case "enum":
      return {
        path,
        text: `${fieldName(path)}: must be one of ${(params.allowedValues as unknown[]).join(", ")}`,
      };
    case "pattern":
      return { path, text: `${fieldName(path)}: must be whole seconds or a duration such as 90s, 10m, 1h` };
    case "minProperties":
      return {
        path,
        text: `${fieldName(path)}: an empty step (expected smoke, setWeight, bake, pause or analysis)`,
      };
    case "maxProperties":
      return { path, text: `${fieldName(path)}: takes no settings (write smoke: {})` };
    default:
      return { path, text: `${fieldName(path) || "the plan"}: ${e.message ?? e.keyword}` };
  }
}

let compiled: ReturnType<Ajv["compile"]> | undefined;
function validator() {
  compiled ??= new Ajv({ allErrors: true, allowUnionTypes: true }).compile(PLAN_SCHEMA);
  return compiled;
}

/** The most specific schema error: the deepest path, then the first reported. */
function pick(errors: ErrorObject[]): ErrorObject {
  return errors.reduce((best, e) =>
    e.instancePath.split("/").length > best.instancePath.split("/").length ? e : best,
  );
}

interface RawStep {
  smoke?: Record<string, never>;
  setWeight?: number;
  bake?: number | string;
  pause?: { duration?: number | string };
  analysis?: {
    window: number | string;
    minSamples?: number;
    minRequests?: number;
    alpha?: number;
    inconclusive?: AnalysisSpec["inconclusive"];
    checks: MetricCheck[];
  };
}

const KINDS = ["smoke", "setWeight", "pause", "analysis"] as const;

/** Parses and checks plan text; `file` is how the messages name it. Throws UsageError. */
export function parsePlan(text: string, file: string, what = "--plan"): Plan {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const bad = (line: number, why: string): never => {
    throw new UsageError(what, `${file}:${line}: ${why}`);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    bad(lines.linePos(e.pos[0]).line, `not valid YAML: ${e.message.split("\n")[0]}`);
  }
  const src: Located = { text, lines, doc };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    bad(1, `not valid YAML: ${(err as Error).message}`);
  }
  const validate = validator();
  if (!validate(data)) {
    const m = message(pick(validate.errors ?? []));
    bad(lineOf(src, m.path, m.key), m.text);
  }
  const raw = data as { scaleDownDelaySeconds?: number | string; steps: RawStep[] };
  const steps: Step[] = [];
  const origin: number[] = [];
  for (const [i, s] of raw.steps.entries()) {
    const at = (field?: string) => lineOf(src, ["steps", i], field);
    const kinds = KINDS.filter((k) => s[k] !== undefined);
    if (kinds.length > 1)
      bad(at(kinds[1]), `steps[${i}]: one kind per step (has ${kinds.join(" and ")}); split it into steps`);
    if (s.bake !== undefined && kinds.length === 1 && kinds[0] !== "setWeight")
      bad(at("bake"), `steps[${i}].bake: only a setWeight step takes a bake (or a bake step on its own)`);
    const push = (step: Step) => {
      steps.push(step);
      origin.push(i);
    };
    if (s.smoke !== undefined) push({ kind: "smoke" });
    if (s.setWeight !== undefined) push({ kind: "weight", percent: s.setWeight });
    if (s.bake !== undefined) push({ kind: "bake", seconds: seconds(s.bake) });
    if (s.pause !== undefined)
      push(
        s.pause.duration === undefined
          ? { kind: "pause" }
          : { kind: "pause", seconds: seconds(s.pause.duration) },
      );
    if (s.analysis !== undefined) {
      const a = s.analysis;
      const spec: AnalysisSpec = {
        windowSeconds: seconds(a.window),
        minSamples: a.minSamples ?? ANALYSIS_DEFAULTS.minSamples,
        minRequests: a.minRequests ?? ANALYSIS_DEFAULTS.minRequests,
        alpha: a.alpha ?? ANALYSIS_DEFAULTS.alpha,
        inconclusive: a.inconclusive ?? ANALYSIS_DEFAULTS.inconclusive,
        checks: a.checks.map((c) => ({
          metric: c.metric,
          maxIncrease: c.maxIncrease,
          ...(c.failFast !== undefined ? { failFast: c.failFast } : {}),
        })),
      };
      if (spec.windowSeconds > MAX_STEP_SECONDS)
        bad(
          lineOf(src, ["steps", i, "analysis"], "window"),
          `steps[${i}].analysis.window: must be <= ${MAX_STEP_SECONDS} (a day)`,
        );
      const minutes = Math.floor(spec.windowSeconds / 60);
      if (minutes < spec.minSamples)
        bad(
          lineOf(src, ["steps", i, "analysis"], "window"),
          `steps[${i}].analysis.window: ${spec.windowSeconds} s gives at most ${minutes} per-minute sample(s), fewer than minSamples ${spec.minSamples}`,
        );
      const seen = new Set<string>();
      for (const [j, c] of spec.checks.entries()) {
        if (seen.has(c.metric))
          bad(
            lineOf(src, ["steps", i, "analysis", "checks", j]),
            `steps[${i}].analysis.checks[${j}].metric: ${c.metric} is checked twice`,
          );
        seen.add(c.metric);
        if (c.failFast !== undefined && c.failFast <= c.maxIncrease)
          bad(
            lineOf(src, ["steps", i, "analysis", "checks", j], "failFast"),
            `steps[${i}].analysis.checks[${j}].failFast: ${c.failFast} must be above maxIncrease ${c.maxIncrease}`,
          );
      }
      push({ kind: "analysis", analysis: spec });
    }
  }
  validatePlan(steps, what, (k) => {
    const i = origin[k]!;
    const field = steps[k]!.kind === "weight" ? "setWeight" : undefined;
    return `${file}:${lineOf(src, ["steps", i], field)}: steps[${i}]`;
  });
  const delay =
    raw.scaleDownDelaySeconds === undefined
      ? DEFAULT_SCALE_DOWN_DELAY_SECONDS
      : seconds(raw.scaleDownDelaySeconds);
  if (delay > 86_400)
    bad(lineOf(src, [], "scaleDownDelaySeconds"), "scaleDownDelaySeconds: must be at most a day (86400)");
  return { steps, scaleDownDelaySeconds: delay, source: file };
}

/** Reads a plan file; a missing or unreadable file is bad input too. */
export function loadPlan(path: string, what = "--plan"): Plan {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      what,
      code === "ENOENT"
        ? `${path}: no such file`
        : `${path}: cannot be read (${code ?? (err as Error).message})`,
    );
  }
  return parsePlan(text, path, what);
}
