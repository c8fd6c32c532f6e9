/**
 * The reference resolver: values that reach a resource through `local.*`, a variable's
 * default or a data source are judged as if written literally.
 *
 * A string of Terraform JSON syntax is a template (hcl-expr.ts). It is evaluated against the
 * stack's scope: locals (themselves templates, evaluated lazily, cycles unknown), variable
 * defaults (literal values), and the data sources whose value the synthesized JSON
 * determines: `aws_iam_policy_document` (rendered to its JSON policy, source and override
 * documents merged by Sid), `aws_caller_identity.account_id` (the provider's only allowed
 * account), `aws_region` and `aws_partition` (the provider's region). Functions of known
 * arguments are computed (jsonencode, merge, format, join...). Everything else (a resource's
 * attribute, a data source read at plan time) stays unknown and is written back as its
 * expression, so a partly known `jsonencode(...)` stays a `jsonencode(...)` with the known
 * parts filled in: the rules and the reference graph read it as before.
 */
import { isObj, type Obj } from "../../common/terraform/index.ts";
import { type Node, parseExpression, parseTemplate, type Step } from "./hcl-expr.ts";
import { escapeTemplate } from "./hcl-syntax.ts";

/** A value the synthesized JSON does not determine. */
export class Unknown {
  /** Native-syntax source (`aws_lb.alb.arn`, `jsonencode({...})`, `"a-${x.y}"`). */
  readonly hcl: string;
  /** The value written back into JSON syntax (`${aws_lb.alb.arn}`, `a-${x.y}`). */
  readonly json: string;
  /** For a partly known `jsonencode(v)`: v, with unknown leaves. */
  readonly encoded?: unknown;
  constructor(hcl: string, json: string, encoded?: unknown) {
    this.hcl = hcl;
    this.json = json;
    this.encoded = encoded;
  }

  static of(hcl: string, encoded?: unknown): Unknown {
    return new Unknown(hcl, `\${${hcl}}`, encoded);
  }
}

export interface Scope {
  local(name: string): unknown;
  variable(name: string): unknown;
  data(type: string, name: string, attr: string): unknown;
}

export const EMPTY_SCOPE: Scope = {
  local: (n) => Unknown.of(`local.${n}`),
  variable: (n) => Unknown.of(`var.${n}`),
  data: (t, n, a) => Unknown.of(`data.${t}.${n}.${a}`),
};

/** True when a value (deeply) holds no unknown part. */
export function isKnown(v: unknown): boolean {
  if (v instanceof Unknown) return false;
  if (Array.isArray(v)) return v.every(isKnown);
  if (isObj(v)) return Object.values(v).every(isKnown);
  return true;
}

/** HCL native source for a value (unknown parts as their expressions). */
export function render(v: unknown): string {
  if (v instanceof Unknown) return v.hcl;
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return quote(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(render).join(", ")}]`;
  if (isObj(v))
    return `{${Object.entries(v)
      .map(([k, x]) => `${quote(k)} = ${render(x)}`)
      .join(", ")}}`;
  return "null";
}

function quote(s: string): string {
  const body = escapeTemplate(s).replace(/[\\"\n\r\t]/g, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\${c}`,
  );
  return `"${body}"`;
}

/** A value as Terraform JSON syntax again: unknown parts become `${...}` strings. */
export function toJsonValue(v: unknown): unknown {
  if (v instanceof Unknown) return v.json;
  if (Array.isArray(v)) return v.map(toJsonValue);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJsonValue(x)]));
  return v;
}

/** Terraform's jsonencode: object keys in lexical order. */
export function jsonencode(v: unknown): string {
  const sorted = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sorted);
    if (isObj(x))
      return Object.fromEntries(
        Object.keys(x)
          .sort()
          .map((k) => [k, sorted(x[k])]),
      );
    return x;
  };
  return JSON.stringify(sorted(v));
}

function str(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

type Fn = (args: unknown[]) => unknown;

const FUNCTIONS: Record<string, Fn> = {
  jsonencode: ([v]) => jsonencode(v),
  jsondecode: ([s]) => JSON.parse(String(s)) as unknown,
  join: ([sep, ...lists]) => lists.flat().map(str).join(String(sep)),
  concat: (lists) => (lists as unknown[][]).flat(),
  merge: (maps) => Object.assign({}, ...(maps.filter(isObj) as Obj[])),
  lookup: ([m, k, d]) => (isObj(m) && String(k) in m ? m[String(k)] : d),
  element: ([l, i]) => (l as unknown[])[Number(i) % (l as unknown[]).length],
  lower: ([s]) => String(s).toLowerCase(),
  upper: ([s]) => String(s).toUpperCase(),
  tostring: ([v]) => str(v) ?? v,
  tonumber: ([v]) => Number(v),
  tobool: ([v]) => v === true || v === "true",
  tolist: ([v]) => v,
  toset: ([v]) => [...new Set(v as unknown[])],
  tomap: ([v]) => v,
  coalesce: (args) => args.find((a) => a !== null && a !== ""),
  compact: ([l]) => (l as unknown[]).filter((x) => x !== null && x !== ""),
  distinct: ([l]) => [...new Set(l as unknown[])],
  flatten: ([l]) => (l as unknown[]).flat(Number.POSITIVE_INFINITY),
  keys: ([m]) => Object.keys(m as Obj).sort(),
  values: ([m]) =>
    Object.keys(m as Obj)
      .sort()
      .map((k) => (m as Obj)[k]),
  length: ([v]) =>
    typeof v === "string" ? [...v].length : Array.isArray(v) ? v.length : Object.keys(v as Obj).length,
  contains: ([l, v]) => (l as unknown[]).some((x) => jsonencode(x) === jsonencode(v)),
  split: ([sep, s]) => String(s).split(String(sep)),
  replace: ([s, a, b]) => String(s).split(String(a)).join(String(b)),
  trimspace: ([s]) => String(s).trim(),
  trimprefix: ([s, p]) => (String(s).startsWith(String(p)) ? String(s).slice(String(p).length) : s),
  trimsuffix: ([s, p]) => (String(s).endsWith(String(p)) ? String(s).slice(0, -String(p).length) : s),
  startswith: ([s, p]) => String(s).startsWith(String(p)),
  endswith: ([s, p]) => String(s).endsWith(String(p)),
  format: ([f, ...args]) => {
    let i = 0;
    return String(f).replace(/%(%|[sdvq])/g, (_, c: string) => {
      if (c === "%") return "%";
      const a = args[i++];
      return c === "q"
        ? JSON.stringify(str(a))
        : c === "d"
          ? String(Math.trunc(Number(a)))
          : (str(a) ?? jsonencode(a));
    });
  },
  max: (args) => Math.max(...(args.flat() as number[])),
  min: (args) => Math.min(...(args.flat() as number[])),
  abs: ([n]) => Math.abs(Number(n)),
};

/** Evaluates an expression tree; parts the scope cannot determine come back as Unknown. */
export function evaluate(n: Node, scope: Scope): unknown {
  switch (n.t) {
    case "lit":
      return n.v;
    case "opaque":
      return Unknown.of(n.src);
    case "paren":
      return evaluate(n.e, scope);
    case "tuple":
      return n.items.map((x) => evaluate(x, scope));
    case "object": {
      const out: Obj = {};
      for (const { key, value } of n.items) {
        const k = evaluate(key.t === "paren" ? key.e : key, scope);
        const ks = str(k);
        if (ks === undefined) return Unknown.of(n.src);
        out[ks] = evaluate(value, scope);
      }
      return out;
    }
    case "tmpl": {
      // `"${x}"` wraps x and keeps its type
      if (n.parts.length === 1 && typeof n.parts[0] !== "string") return evaluate(n.parts[0]!, scope);
      const parts = n.parts.map((p) => (typeof p === "string" ? p : evaluate(p, scope)));
      if (parts.every((p) => str(p) !== undefined)) return parts.map((p) => str(p)).join("");
      const hcl = `"${parts.map((p) => (str(p) !== undefined ? quote(str(p)!).slice(1, -1) : `\${${render(p)}}`)).join("")}"`;
      const json = parts
        .map((p) => (str(p) !== undefined ? escapeTemplate(str(p)!) : `\${${render(p)}}`))
        .join("");
      return new Unknown(hcl, json);
    }
    case "trav":
      return traverse(n, scope);
    case "rel":
      return applySteps(evaluate(n.base, scope), n.steps, scope, n.src);
    case "call": {
      const args = n.args.map((a) => evaluate(a, scope));
      const fn = FUNCTIONS[n.name];
      if (fn && args.every(isKnown)) {
        try {
          const spread =
            n.expand && Array.isArray(args.at(-1))
              ? [...args.slice(0, -1), ...(args.at(-1) as unknown[])]
              : args;
          const v = fn(spread);
          if (v !== undefined && !(typeof v === "number" && Number.isNaN(v))) return v;
        } catch {
          // a function error: unknown
        }
      }
      const hcl = `${n.name}(${args.map(render).join(", ")}${n.expand ? "..." : ""})`;
      return Unknown.of(hcl, n.name === "jsonencode" && args.length === 1 ? args[0] : undefined);
    }
    case "unary": {
      const v = evaluate(n.e, scope);
      if (n.op === "!" && typeof v === "boolean") return !v;
      if (n.op === "-" && typeof v === "number") return -v;
      return Unknown.of(`${n.op}${render(v)}`);
    }
    case "binary": {
      const l = evaluate(n.l, scope);
      const r = evaluate(n.r, scope);
      if (isKnown(l) && isKnown(r)) {
        const v = binary(n.op, l, r);
        if (v !== undefined) return v;
      }
      return Unknown.of(`(${render(l)} ${n.op} ${render(r)})`);
    }
    case "cond": {
      const c = evaluate(n.c, scope);
      if (c === true || c === "true") return evaluate(n.a, scope);
      if (c === false || c === "false") return evaluate(n.b, scope);
      return Unknown.of(`(${render(c)} ? ${render(evaluate(n.a, scope))} : ${render(evaluate(n.b, scope))})`);
    }
  }
}

function binary(op: string, l: unknown, r: unknown): unknown {
  switch (op) {
    case "==":
      return jsonencode(l) === jsonencode(r);
    case "!=":
      return jsonencode(l) !== jsonencode(r);
    case "&&":
      return l === true && r === true;
    case "||":
      return l === true || r === true;
  }
  const a = Number(l);
  const b = Number(r);
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? undefined : a / b;
    case "%":
      return b === 0 ? undefined : a % b;
    case "<":
      return a < b;
    case ">":
      return a > b;
    case "<=":
      return a <= b;
    case ">=":
      return a >= b;
  }
  return undefined;
}

function traverse(n: Extract<Node, { t: "trav" }>, scope: Scope): unknown {
  const [first, second, third, ...rest] = n.steps;
  const name = (s: Step | undefined) => (s?.k === "attr" ? s.name : undefined);
  if (n.root === "local" && name(first))
    return applySteps(scope.local(name(first)!), n.steps.slice(1), scope, n.src);
  if (n.root === "var" && name(first))
    return applySteps(scope.variable(name(first)!), n.steps.slice(1), scope, n.src);
  if (n.root === "data" && name(first) && name(second)) {
    // data.<type>.<name>[<count index>].<attr>...
    let steps = [third, ...rest].filter((s): s is Step => s !== undefined);
    if (steps[0]?.k === "index") steps = steps.slice(1);
    const attr = name(steps[0]);
    if (!attr) return Unknown.of(n.src);
    return applySteps(scope.data(name(first)!, name(second)!, attr), steps.slice(1), scope, n.src);
  }
  return Unknown.of(n.src);
}

function applySteps(v: unknown, steps: Step[], scope: Scope, src: string): unknown {
  let cur = v;
  for (let i = 0; i < steps.length; i++) {
    if (cur instanceof Unknown) return Unknown.of(`${wrap(cur.hcl)}${renderSteps(steps.slice(i), scope)}`);
    const s = steps[i]!;
    if (s.k === "splat") {
      if (!Array.isArray(cur)) return Unknown.of(src);
      const tail = steps.slice(i + 1);
      return cur.map((x) => applySteps(x, tail, scope, src));
    }
    const key = s.k === "attr" ? s.name : evaluate(s.e, scope);
    if (Array.isArray(cur) && typeof key === "number") cur = cur[key];
    else if (isObj(cur) && str(key) !== undefined) cur = cur[str(key)!];
    else return Unknown.of(src);
    if (cur === undefined) return Unknown.of(src);
  }
  return cur;
}

function wrap(hcl: string): string {
  return /^[\w.-]+$/.test(hcl) ? hcl : `(${hcl})`;
}

function renderSteps(steps: Step[], scope: Scope): string {
  return steps
    .map((s) =>
      s.k === "attr" ? `.${s.name}` : s.k === "splat" ? "[*]" : `[${render(evaluate(s.e, scope))}]`,
    )
    .join("");
}

/** Does a JSON-syntax string mention something the resolver can follow? */
const FOLLOWABLE = /\b(local|var|data)\./;

/** Resolves one Terraform JSON value (strings are templates) against a scope. */
export function resolveJson(v: unknown, scope: Scope, keep?: (n: Node) => boolean): unknown {
  if (typeof v === "string") {
    if (!(v.includes("${") || v.includes("%{")) || !FOLLOWABLE.test(v)) return v;
    let tree: Node;
    try {
      tree = parseTemplate(v);
    } catch {
      return v;
    }
    if (tree.t === "tmpl" && tree.parts.length === 1 && typeof tree.parts[0] !== "string") {
      const sole = tree.parts[0]!;
      if (keep?.(sole)) return v;
      return toJsonValue(evaluate(sole, scope));
    }
    return toJsonValue(evaluate(tree, scope));
  }
  // copy on write: a value with nothing to resolve is returned as it is
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const r = resolveJson(v[i], scope, keep);
      if (r !== v[i]) {
        out ??= v.slice();
        out[i] = r;
      }
    }
    return out ?? v;
  }
  if (isObj(v)) {
    let out: Record<string, unknown> | undefined;
    for (const k in v) {
      const r = resolveJson(v[k], scope, keep);
      if (r !== v[k]) {
        out ??= { ...v };
        out[k] = r;
      }
    }
    return out ?? v;
  }
  return v;
}

/** A JSON-syntax value evaluated fully (strings as templates), for the scope's own use. */
export function evaluateJson(v: unknown, scope: Scope): unknown {
  if (typeof v === "string") {
    if (!(v.includes("${") || v.includes("%{"))) return v;
    try {
      const tree = parseTemplate(v);
      if (tree.t === "tmpl" && tree.parts.length === 1 && typeof tree.parts[0] !== "string")
        return evaluate(tree.parts[0]!, scope);
      return evaluate(tree, scope);
    } catch {
      return Unknown.of(JSON.stringify(v));
    }
  }
  if (Array.isArray(v)) return v.map((x) => evaluateJson(x, scope));
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, evaluateJson(x, scope)]));
  return v;
}

/** Parses one expression and evaluates it (tests and rules holding HCL source). */
export function evaluateSource(source: string, scope: Scope = EMPTY_SCOPE): unknown {
  return evaluate(parseExpression(source), scope);
}
