/**
 * Reading the workflows in tests, and running an action step "the way GitHub runs it":
 * `stepInputsEnv()` turns a step's `with:` (expressions evaluated against a context you give)
 * plus the action's declared defaults into the `INPUT_*` environment the runner would set.
 *
 *   const step = findStep(load("rollback.yml"), "rollback", "rollback");
 *   const env = stepInputsEnv(step, { "inputs.reason": "5xx spike", "vars.AWS_REGION": "us-east-1" },
 *                             "delivery/actions/rollback/action.yml");
 *   spawn(process.execPath, ["delivery/actions/rollback/dist/index.js"], { env: { ...moto.env(), ...env } });
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const ROOT = join(import.meta.dirname, "..", "..");
export const WORKFLOWS = join(ROOT, ".github", "workflows");

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  "timeout-minutes"?: number;
  "continue-on-error"?: boolean;
  "working-directory"?: string;
}

export interface Job {
  name?: string;
  "runs-on"?: string;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string> | string;
  environment?: string | { name: string; url?: string };
  concurrency?: { group: string; "cancel-in-progress"?: boolean | string } | string;
  "timeout-minutes"?: number;
  strategy?: { matrix?: Record<string, unknown> };
  env?: Record<string, unknown>;
  steps?: Step[];
  uses?: string;
}

export interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  concurrency?: unknown;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

export function workflowFiles(): string[] {
  return readdirSync(WORKFLOWS)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

export function source(file: string): string {
  return readFileSync(join(WORKFLOWS, file), "utf8");
}

/** Parses strictly: duplicate keys and YAML errors throw. */
export function load(file: string): Workflow {
  return parse(source(file), { uniqueKeys: true, strict: true }) as Workflow;
}

export function findStep(workflow: Workflow, jobId: string, stepId: string): Step {
  const job = workflow.jobs[jobId];
  if (!job) throw new Error(`no job ${jobId}`);
  const step = job.steps?.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId} in job ${jobId}`);
  return step;
}

// --- a small evaluator for the expressions the workflows use -----------------------------

type Value = string | boolean | undefined;
type Token = { kind: "id" | "str" | "op" | "paren"; text: string };

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\|\||&&|==|!=|!)|([()])|'((?:[^']|'')*)'|(true|false)\b|([A-Za-z_][A-Za-z0-9_.-]*))/y;
  let at = 0;
  while (at < expr.length) {
    if (/^\s*$/.test(expr.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(expr);
    if (!m) throw new Error(`cannot evaluate expression "${expr}" at ${at}`);
    at = re.lastIndex;
    if (m[1]) tokens.push({ kind: "op", text: m[1] });
    else if (m[2]) tokens.push({ kind: "paren", text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: "str", text: m[3].replace(/''/g, "'") });
    else if (m[4]) tokens.push({ kind: "str", text: m[4] === "true" ? "\u0000true" : "\u0000false" });
    else tokens.push({ kind: "id", text: m[5]! });
  }
  return tokens;
}

const truthy = (v: Value) => v !== undefined && v !== "" && v !== false;

/**
 * Evaluates `a.b`, `'literal'`, `true`/`false`, `!x`, `==`, `!=`, `&&`, `||` and parentheses
 * with GitHub's semantics (`&&`/`||` return an operand; missing context is empty).
 */
export function evaluate(expr: string, context: Record<string, Value>): Value {
  const tokens = tokenize(expr);
  let i = 0;
  const peek = () => tokens[i];
  const primary = (): Value => {
    const t = tokens[i++];
    if (!t) throw new Error(`unexpected end of "${expr}"`);
    if (t.kind === "op" && t.text === "!") return !truthy(primary());
    if (t.kind === "paren" && t.text === "(") {
      const v = or();
      i++;
      return v;
    }
    if (t.kind === "str") return t.text === "\u0000true" ? true : t.text === "\u0000false" ? false : t.text;
    if (t.kind === "id") return context[t.text];
    throw new Error(`unexpected "${t.text}" in "${expr}"`);
  };
  const equality = (): Value => {
    let left = primary();
    while (peek()?.kind === "op" && (peek()!.text === "==" || peek()!.text === "!=")) {
      const op = tokens[i++]!.text;
      const right = primary();
      const same = String(left ?? "").toLowerCase() === String(right ?? "").toLowerCase();
      left = op === "==" ? same : !same;
    }
    return left;
  };
  const and = (): Value => {
    let left = equality();
    while (peek()?.text === "&&") {
      i++;
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (peek()?.text === "||") {
      i++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (i !== tokens.length) throw new Error(`trailing tokens in "${expr}"`);
  return value;
}

/** Replaces every `${{ expr }}` in a string; a whole-string expression keeps its value. */
export function interpolate(text: string, context: Record<string, Value>): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => {
    const v = evaluate(expr, context);
    return v === undefined ? "" : String(v);
  });
}

interface ActionInput {
  required?: boolean;
  default?: string;
}

/** The `INPUT_*` environment GitHub gives an action for this step. */
export function stepInputsEnv(
  step: Step,
  context: Record<string, Value>,
  actionYml?: string,
): Record<string, string> {
  const env: Record<string, string> = {};
  const key = (name: string) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
  if (actionYml && existsSync(join(ROOT, actionYml))) {
    const action = parse(readFileSync(join(ROOT, actionYml), "utf8")) as {
      inputs?: Record<string, ActionInput>;
    };
    for (const [name, input] of Object.entries(action.inputs ?? {})) {
      if (input.default !== undefined) env[key(name)] = String(input.default);
    }
  }
  for (const [name, raw] of Object.entries(step.with ?? {})) {
    env[key(name)] = interpolate(String(raw), context);
  }
  return env;
}
