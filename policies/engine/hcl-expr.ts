/**
 * Terraform's expression language, parsed: what a `${...}` interpolation in Terraform JSON
 * (and a `jsonencode(...)` body as cdktf writes it) means, as a syntax tree the reference
 * resolver evaluates (resolve.ts).
 *
 * Covers literals, heredocs, templates with interpolations (`$${` and `%%{` escapes),
 * tuples, objects (identifier, quoted and parenthesised keys, `=` or `:`), scope traversals
 * with attribute, index and splat steps, function calls (with `...` expansion), unary and
 * binary operators with HCL's precedence, and conditionals. `for` expressions and template
 * directives parse as `opaque` nodes: the resolver treats them as unknown, never as a value.
 *
 * hcl-syntax.ts converts a tree back to JSON syntax the way `@cdktf/hcl2json` does; the tests
 * hold the two equal.
 */

export type Node =
  | { t: "lit"; v: string | number | boolean | null; src: string }
  | { t: "tmpl"; parts: (string | Node)[]; src: string }
  | { t: "tuple"; items: Node[]; src: string }
  | { t: "object"; items: { key: Node; value: Node }[]; src: string }
  | { t: "trav"; root: string; steps: Step[]; src: string }
  | { t: "rel"; base: Node; steps: Step[]; src: string }
  | { t: "call"; name: string; args: Node[]; expand: boolean; src: string }
  | { t: "unary"; op: "-" | "!"; e: Node; src: string }
  | { t: "binary"; op: string; l: Node; r: Node; src: string }
  | { t: "cond"; c: Node; a: Node; b: Node; src: string }
  | { t: "paren"; e: Node; src: string }
  | { t: "opaque"; src: string };

export type Step = { k: "attr"; name: string } | { k: "index"; e: Node } | { k: "splat" };

export class HclSyntaxError extends Error {}

const BINARY: [string[], number][] = [
  [["||"], 1],
  [["&&"], 2],
  [["==", "!="], 3],
  [["<=", ">=", "<", ">"], 4],
  [["+", "-"], 5],
  [["*", "/", "%"], 6],
];

const IDENT = /[A-Za-z_][\w-]*/y;
const NUMBER = /\d+(\.\d+)?([eE][+-]?\d+)?/y;

class Parser {
  i = 0;
  readonly s: string;
  constructor(s: string) {
    this.s = s;
  }

  fail(what: string): never {
    throw new HclSyntaxError(`${what} at ${this.i}`);
  }

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === " " || c === "\t" || c === "\r" || c === "\n") this.i++;
      else if (c === "#" || (c === "/" && s[this.i + 1] === "/")) {
        while (this.i < s.length && s[this.i] !== "\n") this.i++;
      } else if (c === "/" && s[this.i + 1] === "*") {
        const end = s.indexOf("*/", this.i + 2);
        if (end === -1) this.fail("unterminated comment");
        this.i = end + 2;
      } else break;
    }
  }

  peek(t: string): boolean {
    return this.s.startsWith(t, this.i);
  }

  eat(t: string): boolean {
    this.ws();
    if (this.peek(t)) {
      this.i += t.length;
      return true;
    }
    return false;
  }

  expect(t: string): void {
    if (!this.eat(t)) this.fail(`expected ${t}`);
  }

  expr(): Node {
    const start = this.i;
    const c = this.binary(1);
    this.ws();
    if (this.s[this.i] === "?") {
      this.i++;
      const a = this.expr();
      this.expect(":");
      const b = this.expr();
      return { t: "cond", c, a, b, src: this.src(start) };
    }
    return c;
  }

  src(start: number): string {
    return this.s.slice(start, this.i).trim();
  }

  binary(level: number): Node {
    if (level > BINARY.length) return this.unary();
    const start = this.i;
    let l = this.binary(level + 1);
    const ops = BINARY[level - 1]![0];
    for (;;) {
      this.ws();
      const op = ops.find((o) => this.peek(o));
      if (!op || this.peek("<<")) return l;
      this.i += op.length;
      const r = this.binary(level + 1);
      l = { t: "binary", op, l, r, src: this.src(start) };
    }
  }

  unary(): Node {
    this.ws();
    const start = this.i;
    const c = this.s[this.i];
    if ((c === "-" || c === "!") && this.s[this.i + 1] !== "=") {
      this.i++;
      const e = this.unary();
      if (c === "-" && e.t === "lit" && typeof e.v === "number")
        return { t: "lit", v: -e.v, src: this.src(start) };
      return { t: "unary", op: c, e, src: this.src(start) };
    }
    return this.postfix();
  }

  postfix(): Node {
    const start = this.i;
    const base = this.primary();
    const steps: Step[] = [];
    for (;;) {
      const save = this.i;
      this.ws();
      if (this.s[this.i] === "." && this.s[this.i + 1] !== ".") {
        this.i++;
        if (this.s[this.i] === "*") {
          this.i++;
          steps.push({ k: "splat" });
          continue;
        }
        const num = /\d+/y;
        num.lastIndex = this.i;
        const n = num.exec(this.s);
        if (n) {
          this.i += n[0].length;
          steps.push({ k: "index", e: { t: "lit", v: Number(n[0]), src: n[0] } });
          continue;
        }
        const id = this.ident();
        if (!id) this.fail("expected an attribute name");
        steps.push({ k: "attr", name: id });
        continue;
      }
      if (this.s[this.i] === "[") {
        this.i++;
        this.ws();
        if (this.s[this.i] === "*") {
          this.i++;
          this.expect("]");
          steps.push({ k: "splat" });
          continue;
        }
        const e = this.expr();
        this.expect("]");
        steps.push({ k: "index", e });
        continue;
      }
      this.i = save;
      break;
    }
    if (steps.length === 0) return base;
    if (base.t === "trav")
      return { t: "trav", root: base.root, steps: [...base.steps, ...steps], src: this.src(start) };
    return { t: "rel", base, steps, src: this.src(start) };
  }

  ident(): string | undefined {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  primary(): Node {
    this.ws();
    const start = this.i;
    const c = this.s[this.i];
    if (c === undefined) this.fail("unexpected end of expression");
    if (c === '"') return this.template();
    if (c === "<" && this.peek("<<")) return this.heredoc();
    if (c === "(") {
      this.i++;
      const e = this.expr();
      this.expect(")");
      return { t: "paren", e, src: this.src(start) };
    }
    if (c === "[") {
      this.i++;
      this.ws();
      if (/^for\s/.test(this.s.slice(this.i, this.i + 4))) return this.opaqueGroup(start, "[", "]");
      const items: Node[] = [];
      while (!this.eat("]")) {
        items.push(this.expr());
        if (!this.eat(",")) {
          this.expect("]");
          break;
        }
      }
      return { t: "tuple", items, src: this.src(start) };
    }
    if (c === "{") {
      this.i++;
      this.ws();
      if (/^for\s/.test(this.s.slice(this.i, this.i + 4))) return this.opaqueGroup(start, "{", "}");
      const items: { key: Node; value: Node }[] = [];
      for (;;) {
        if (this.eat("}")) break;
        this.ws();
        const keyStart = this.i;
        let key: Node;
        const id = this.ident();
        this.ws();
        if (id !== undefined && (this.peek("=") || this.peek(":")) && !this.peek("==")) {
          key = { t: "lit", v: id, src: id };
        } else {
          this.i = keyStart;
          key = this.expr();
        }
        this.ws();
        if (!this.eat("=") && !this.eat(":")) this.fail("expected = in object");
        const value = this.expr();
        items.push({ key, value });
        this.ws();
        if (this.s[this.i] === "," || this.s[this.i] === "\n") this.i++;
      }
      return { t: "object", items, src: this.src(start) };
    }
    NUMBER.lastIndex = this.i;
    const num = NUMBER.exec(this.s);
    if (num) {
      this.i += num[0].length;
      return { t: "lit", v: Number(num[0]), src: num[0] };
    }
    const id = this.ident();
    if (id === undefined) this.fail(`unexpected ${JSON.stringify(c)}`);
    if (id === "true" || id === "false") return { t: "lit", v: id === "true", src: id };
    if (id === "null") return { t: "lit", v: null, src: id };
    this.ws();
    if (this.s[this.i] === "(" || (this.s[this.i] === ":" && this.s[this.i + 1] === ":")) {
      let name = id;
      while (this.s.startsWith("::", this.i)) {
        this.i += 2;
        name += `::${this.ident() ?? this.fail("expected a function name")}`;
      }
      this.expect("(");
      const args: Node[] = [];
      let expand = false;
      while (!this.eat(")")) {
        args.push(this.expr());
        if (this.eat("...")) expand = true;
        if (!this.eat(",")) {
          this.expect(")");
          break;
        }
      }
      return { t: "call", name, args, expand, src: this.src(start) };
    }
    return { t: "trav", root: id, steps: [], src: id };
  }

  /** A `for` expression: skipped to its closing bracket, kept as source. */
  opaqueGroup(start: number, open: string, close: string): Node {
    let depth = 1;
    while (this.i < this.s.length && depth > 0) {
      const c = this.s[this.i]!;
      if (c === '"') {
        this.template();
        continue;
      }
      if (c === open) depth++;
      else if (c === close) depth--;
      this.i++;
    }
    if (depth !== 0) this.fail(`unterminated ${open}`);
    return { t: "opaque", src: this.src(start) };
  }

  /** A quoted template: `"..."` with escapes, `${...}` interpolations and `%{...}` directives. */
  template(): Node {
    const start = this.i;
    this.i++; // opening quote
    const parts = this.templateParts('"');
    return templateNode(parts, this.src(start));
  }

  templateParts(end: '"' | undefined): (string | Node)[] {
    const s = this.s;
    const parts: (string | Node)[] = [];
    let text = "";
    const flush = () => {
      if (text !== "") parts.push(text);
      text = "";
    };
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (end !== undefined && c === end) {
        this.i++;
        flush();
        return parts;
      }
      if (end !== undefined && c === "\\") {
        const n = s[this.i + 1];
        const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" };
        if (n === "u" || n === "U") {
          const len = n === "u" ? 4 : 8;
          const hex = s.slice(this.i + 2, this.i + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.fail("bad unicode escape");
          text += String.fromCodePoint(Number.parseInt(hex, 16));
          this.i += 2 + len;
          continue;
        }
        if (n === undefined || map[n] === undefined) this.fail("bad escape");
        text += map[n];
        this.i += 2;
        continue;
      }
      if ((c === "$" || c === "%") && s[this.i + 1] === c && s[this.i + 2] === "{") {
        text += `${c}{`;
        this.i += 3;
        continue;
      }
      if (c === "$" && s[this.i + 1] === "{") {
        flush();
        this.i += 2;
        this.eat("~");
        const e = this.expr();
        this.eat("~");
        this.expect("}");
        parts.push(e);
        continue;
      }
      if (c === "%" && s[this.i + 1] === "{") {
        // a template directive (%{if}, %{for}): opaque
        const open = this.i;
        const close = s.indexOf("}", open);
        if (close === -1) this.fail("unterminated directive");
        flush();
        parts.push({ t: "opaque", src: s.slice(open, close + 1) });
        this.i = close + 1;
        continue;
      }
      if (end !== undefined && c === "\n") this.fail("newline in a quoted string");
      text += c;
      this.i++;
    }
    if (end !== undefined) this.fail("unterminated string");
    flush();
    return parts;
  }

  heredoc(): Node {
    const start = this.i;
    this.i += 2;
    const indent = this.s[this.i] === "-";
    if (indent) this.i++;
    const marker = this.ident() ?? this.fail("expected a heredoc marker");
    if (this.s[this.i] === "\r") this.i++;
    if (this.s[this.i] !== "\n") this.fail("expected a newline after the heredoc marker");
    this.i++;
    const bodyStart = this.i;
    const re = new RegExp(`^[ \\t]*${marker}[ \\t]*$`, "m");
    const rest = this.s.slice(bodyStart);
    const m = re.exec(rest);
    if (!m) this.fail("unterminated heredoc");
    let body = rest.slice(0, m.index);
    this.i = bodyStart + m.index + m[0].length;
    if (indent) {
      const lines = body.split("\n");
      const widths = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length);
      const cut = widths.length > 0 ? Math.min(...widths) : 0;
      body = lines.map((l) => l.slice(cut)).join("\n");
    }
    const inner = new Parser(body);
    const parts = inner.templateParts(undefined);
    return templateNode(parts, this.src(start));
  }
}

function templateNode(parts: (string | Node)[], src: string): Node {
  if (parts.length === 0) return { t: "lit", v: "", src };
  if (parts.length === 1 && typeof parts[0] === "string") return { t: "lit", v: parts[0], src };
  return { t: "tmpl", parts, src };
}

/** Parses one HCL expression (native syntax). Throws HclSyntaxError. */
export function parseExpression(source: string): Node {
  const p = new Parser(source);
  const e = p.expr();
  p.ws();
  if (p.i < source.length) p.fail(`unexpected ${JSON.stringify(source[p.i])}`);
  return e;
}

/**
 * Parses a string value of Terraform JSON syntax as the template it is: literal text with
 * `${...}` interpolations (`$${` and `%%{` escape them) and `%{...}` directives.
 */
export function parseTemplate(text: string): Node {
  const p = new Parser(text);
  return templateNode(p.templateParts(undefined), text);
}
