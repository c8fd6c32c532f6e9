/**
 * CloudWatch Logs JSON filter patterns (`{ ($.eventName = CreateTrail) || ... }`), evaluated
 * on a JSON log event as CloudWatch Logs does: selectors `$.a.b` and `$.a[0]`, `=` and `!=`
 * with `*` wildcards in strings, numeric comparisons, `EXISTS` / `NOT EXISTS`, `IS NULL`,
 * `IS TRUE` / `IS FALSE`, `&&`, `||` and parentheses. Anything else (space-delimited or text
 * patterns) is `undefined`: unknown, never a guess.
 */
import { isObj } from "../../engine/values.ts";

type Expr =
  | { k: "and" | "or"; l: Expr; r: Expr }
  | { k: "cmp"; path: (string | number)[]; op: string; value: string | number }
  | { k: "test"; path: (string | number)[]; test: "exists" | "not-exists" | "null" | "true" | "false" };

const NAME = /[A-Za-z0-9_@:-]+/y;
const INDEX = /\[(\d+)\]/y;
const BARE = /[^\s)&|]+/y;

class Parser {
  i = 0;
  readonly s: string;
  constructor(s: string) {
    this.s = s;
  }
  ws(): void {
    for (;;) {
      const c = this.s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.i++;
      else return;
    }
  }

  /** Matches a sticky regex at the cursor and moves past it. */
  match(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.i;
    const m = re.exec(this.s);
    if (m) this.i += m[0].length;
    return m;
  }
  eat(t: string): boolean {
    this.ws();
    if (this.s.startsWith(t, this.i)) {
      this.i += t.length;
      return true;
    }
    return false;
  }
  fail(): never {
    throw new Error(`bad filter pattern at ${this.i}`);
  }
  or(): Expr {
    let l = this.and();
    while (this.eat("||")) l = { k: "or", l, r: this.and() };
    return l;
  }
  and(): Expr {
    let l = this.unary();
    while (this.eat("&&")) l = { k: "and", l, r: this.unary() };
    return l;
  }
  unary(): Expr {
    if (this.eat("(")) {
      const e = this.or();
      if (!this.eat(")")) this.fail();
      return e;
    }
    return this.comparison();
  }
  comparison(): Expr {
    this.ws();
    if (this.s[this.i] !== "$") this.fail();
    this.i++;
    const path: (string | number)[] = [];
    for (;;) {
      if (this.s[this.i] === ".") {
        this.i++;
        const m = this.match(NAME);
        if (!m) this.fail();
        path.push(m[0]);
      } else if (this.s[this.i] === "[") {
        const m = this.match(INDEX);
        if (!m) this.fail();
        path.push(Number(m[1]));
      } else break;
    }
    for (const [word, test] of [
      ["NOT EXISTS", "not-exists"],
      ["EXISTS", "exists"],
      ["IS NULL", "null"],
      ["IS TRUE", "true"],
      ["IS FALSE", "false"],
    ] as const) {
      if (this.eat(word)) return { k: "test", path, test };
    }
    this.ws();
    const op = ["!=", "<=", ">=", "=", "<", ">"].find((o) => this.s.startsWith(o, this.i));
    if (!op) this.fail();
    this.i += op.length;
    this.ws();
    let value: string | number;
    if (this.s[this.i] === '"') {
      const end = this.s.indexOf('"', this.i + 1);
      if (end === -1) this.fail();
      value = this.s.slice(this.i + 1, end);
      this.i = end + 1;
    } else {
      const m = this.match(BARE);
      if (!m) this.fail();
      value = /^-?\d+(\.\d+)?$/.test(m[0]) ? Number(m[0]) : m[0];
    }
    return { k: "cmp", path, op, value };
  }
}

const parsed = new Map<string, Expr | undefined>();

/** Parses a JSON filter pattern (once per text); undefined when it is not one this reader knows. */
export function parseFilterPattern(pattern: string): Expr | undefined {
  if (!parsed.has(pattern)) parsed.set(pattern, parse(pattern));
  return parsed.get(pattern);
}

function parse(pattern: string): Expr | undefined {
  const t = pattern.trim();
  if (!t.startsWith("{") || !t.endsWith("}")) return undefined;
  try {
    const p = new Parser(t.slice(1, -1));
    const e = p.or();
    p.ws();
    return p.i === p.s.length ? e : undefined;
  } catch {
    return undefined;
  }
}

function lookup(event: unknown, path: (string | number)[]): unknown {
  let cur = event;
  for (const step of path) {
    if (typeof step === "number") cur = Array.isArray(cur) ? cur[step] : undefined;
    else cur = isObj(cur) ? cur[step] : undefined;
  }
  return cur;
}

const wildcards = new Map<string, RegExp>();

function stringMatches(pattern: string, value: string): boolean {
  if (!pattern.includes("*")) return pattern === value;
  const cached = wildcards.get(pattern);
  if (cached) return cached.test(value);
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  wildcards.set(pattern, re);
  return re.test(value);
}

function evaluate(e: Expr, event: unknown): boolean {
  switch (e.k) {
    case "and":
      return evaluate(e.l, event) && evaluate(e.r, event);
    case "or":
      return evaluate(e.l, event) || evaluate(e.r, event);
    case "test": {
      const v = lookup(event, e.path);
      if (e.test === "exists") return v !== undefined;
      if (e.test === "not-exists") return v === undefined;
      if (e.test === "null") return v === null;
      return v === (e.test === "true");
    }
    case "cmp": {
      const v = lookup(event, e.path);
      if (v === undefined || v === null) return false;
      if (typeof e.value === "number" && typeof v === "number") {
        const n = e.value;
        return e.op === "="
          ? v === n
          : e.op === "!="
            ? v !== n
            : e.op === "<"
              ? v < n
              : e.op === ">"
                ? v > n
                : e.op === "<="
                  ? v <= n
                  : v >= n;
      }
      const eq = stringMatches(String(e.value), String(v));
      if (e.op === "=") return eq;
      if (e.op === "!=") return !eq;
      return false;
    }
  }
}

/** Does the JSON filter pattern match the event? undefined when the pattern cannot be read. */
export function filterMatches(pattern: string, event: unknown): boolean | undefined {
  const e = parseFilterPattern(pattern);
  return e ? evaluate(e, event) : undefined;
}
