/**
 * Just enough HCL expression syntax to read what cdktf writes for `Fn.jsonencode(...)`:
 *
 *   "${jsonencode({\"Version\" = \"2012-10-17\", \"Statement\" = [{\"Resource\" = aws_lb.alb.arn}]})}"
 *
 * Literals (objects, tuples, strings, numbers, booleans, null) become JS values; anything
 * else (references, function calls, conditionals) becomes the string `${<expression>}`, so
 * rules treat it as unknown and the reference scanner still sees the references in it.
 */

/** Splits the `${...}` interpolations out of a string (nested braces and quotes respected). */
export function interpolations(s: string): string[] {
  const out: string[] = [];
  let i = s.indexOf("${");
  while (i !== -1) {
    const end = matchingBrace(s, i + 1);
    if (end === -1) break;
    out.push(s.slice(i + 2, end));
    i = s.indexOf("${", end + 1);
  }
  return out;
}

/** If the whole string is one interpolation, its inner expression. */
export function soleInterpolation(s: string): string | undefined {
  const t = s.trim();
  if (!t.startsWith("${")) return undefined;
  const end = matchingBrace(t, 1);
  return end === t.length - 1 ? t.slice(2, end).trim() : undefined;
}

/** Index of the brace closing the one at `open`, skipping quoted strings; -1 if unbalanced. */
function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      i = skipString(s, i);
      if (i === -1) return -1;
    } else if (c === "{") depth++;
    else if (c === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Index of the closing quote of the string opening at `i` (template braces allowed inside). */
function skipString(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j];
    if (c === "\\") j++;
    else if (c === '"') return j;
    else if (c === "$" && s[j + 1] === "{") {
      const end = matchingBrace(s, j + 1);
      if (end === -1) return -1;
      j = end;
    }
  }
  return -1;
}

/**
 * The value of `${jsonencode(<literal>)}` (or a bare `jsonencode(...)`), or undefined when
 * the string is something else or cannot be read.
 */
export function parseJsonencode(s: string): unknown {
  const inner = soleInterpolation(s) ?? s.trim();
  const m = /^jsonencode\s*\(/.exec(inner);
  if (!m || !inner.endsWith(")")) return undefined;
  const body = inner.slice(m[0].length, -1);
  try {
    const p = new Parser(body);
    const v = p.value();
    p.ws();
    return p.done() ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Parses one HCL literal expression; expressions become `${...}` strings. */
export function parseHclValue(s: string): unknown {
  try {
    const p = new Parser(s);
    const v = p.value();
    p.ws();
    return p.done() ? v : undefined;
  } catch {
    return undefined;
  }
}

class Parser {
  private i = 0;
  private readonly s: string;
  constructor(s: string) {
    this.s = s;
  }

  done(): boolean {
    return this.i >= this.s.length;
  }

  ws(newlines = true): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === " " || c === "\t" || c === "\r" || (newlines && c === "\n")) this.i++;
      else if (c === "#" || (c === "/" && s[this.i + 1] === "/")) {
        while (this.i < s.length && s[this.i] !== "\n") this.i++;
      } else if (c === "/" && s[this.i + 1] === "*") {
        const end = s.indexOf("*/", this.i + 2);
        this.i = end === -1 ? s.length : end + 2;
      } else break;
    }
  }

  value(): unknown {
    this.ws();
    const c = this.s[this.i];
    if (c === "{") return this.object();
    if (c === "[") {
      if (/^\[\s*for\s/.test(this.s.slice(this.i, this.i + 12))) return this.expression();
      return this.tuple();
    }
    if (c === '"') {
      const start = this.i;
      const str = this.string();
      this.ws(false);
      return this.atValueEnd() ? str : this.expressionFrom(start);
    }
    const start = this.i;
    const rest = this.s.slice(this.i);
    const numM = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    const kw = /^(true|false|null)\b/.exec(rest);
    if (numM || kw) {
      this.i += (numM ?? kw)![0].length;
      this.ws(false);
      if (this.atValueEnd()) {
        if (numM) return Number(numM[0]);
        return kw![1] === "true" ? true : kw![1] === "false" ? false : null;
      }
      return this.expressionFrom(start);
    }
    return this.expression();
  }

  private atValueEnd(): boolean {
    const c = this.s[this.i];
    return c === undefined || c === "," || c === "}" || c === "]" || c === "\n" || c === ")";
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++; // {
    for (;;) {
      this.ws();
      if (this.s[this.i] === "}") {
        this.i++;
        return out;
      }
      let key: string;
      const c = this.s[this.i];
      if (c === '"') key = this.string();
      else if (c === "(") key = `\${${this.balanced()}}`;
      else {
        const m = /^[A-Za-z_][\w-]*/.exec(this.s.slice(this.i));
        if (!m) throw new Error("bad object key");
        key = m[0];
        this.i += key.length;
      }
      this.ws();
      const sep = this.s[this.i];
      if (sep !== "=" && sep !== ":") throw new Error("expected = in object");
      this.i++;
      out[key] = this.value();
      this.ws(false);
      if (this.s[this.i] === "," || this.s[this.i] === "\n") this.i++;
    }
  }

  private tuple(): unknown[] {
    const out: unknown[] = [];
    this.i++; // [
    for (;;) {
      this.ws();
      if (this.s[this.i] === "]") {
        this.i++;
        return out;
      }
      out.push(this.value());
      this.ws();
      if (this.s[this.i] === ",") this.i++;
      else if (this.s[this.i] !== "]") throw new Error("expected , in tuple");
    }
  }

  private string(): string {
    const s = this.s;
    let out = "";
    this.i++; // opening quote
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === "\\") {
        const n = s[this.i + 1];
        const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\", "/": "/" };
        if (n === "u") {
          out += String.fromCharCode(Number.parseInt(s.slice(this.i + 2, this.i + 6), 16));
          this.i += 6;
          continue;
        }
        out += map[n ?? ""] ?? n ?? "";
        this.i += 2;
        continue;
      }
      if (c === "$" && s[this.i + 1] === "{") {
        const end = matchingBrace(s, this.i + 1);
        if (end === -1) throw new Error("unterminated template");
        out += s.slice(this.i, end + 1);
        this.i = end + 1;
        continue;
      }
      out += c;
      this.i++;
    }
    throw new Error("unterminated string");
  }

  /** Reads a parenthesised/bracketed group and returns its text without the outer pair. */
  private balanced(): string {
    const start = this.i;
    this.skipGroup();
    return this.s.slice(start + 1, this.i - 1);
  }

  private skipGroup(): void {
    const open = this.s[this.i]!;
    const close = open === "(" ? ")" : open === "[" ? "]" : "}";
    let depth = 0;
    for (; this.i < this.s.length; this.i++) {
      const c = this.s[this.i];
      if (c === '"') {
        const end = skipString(this.s, this.i);
        if (end === -1) throw new Error("unterminated string");
        this.i = end;
      } else if (c === open) depth++;
      else if (c === close) {
        depth--;
        if (depth === 0) {
          this.i++;
          return;
        }
      }
    }
    throw new Error("unbalanced group");
  }

  private expression(): string {
    return this.expressionFrom(this.i);
  }

  /** Any expression up to the next `,` `}` `]` `)` or newline at depth 0, as `${expr}`. */
  private expressionFrom(start: number): string {
    this.i = start;
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === "," || c === "}" || c === "]" || c === ")" || c === "\n") break;
      if (c === "(" || c === "[" || c === "{") {
        this.skipGroup();
        continue;
      }
      if (c === '"') {
        const end = skipString(s, this.i);
        if (end === -1) throw new Error("unterminated string");
        this.i = end + 1;
        continue;
      }
      this.i++;
    }
    const text = s.slice(start, this.i).trim();
    if (text === "") throw new Error("empty expression");
    return `\${${text}}`;
  }
}
