/**
 * Syntax trees of hcl-expr.ts seen from outside: as Terraform JSON syntax (what
 * `@cdktf/hcl2json` writes for the same expression: literals as values, anything else its
 * `${...}` source), and the scope traversals they hold.
 */
import type { Node } from "./hcl-expr.ts";

/**
 * What `@cdktf/hcl2json` writes for an HCL expression: literals (and templates of literal
 * parts only) as JSON values, tuples and objects item by item, anything else as `${source}`.
 */
export function toJsonSyntax(n: Node): unknown {
  switch (n.t) {
    case "lit":
      return typeof n.v === "string" ? escapeTemplate(n.v) : n.v;
    case "tuple":
      return n.items.map(toJsonSyntax);
    case "object": {
      const out: Record<string, unknown> = {};
      for (const { key, value } of n.items) {
        const k = key.t === "lit" && typeof key.v === "string" ? escapeTemplate(key.v) : `\${${key.src}}`;
        out[k] = toJsonSyntax(value);
      }
      return out;
    }
    case "tmpl":
      // `"${x}"` wraps x and keeps its type
      if (n.parts.length === 1 && typeof n.parts[0] !== "string") return toJsonSyntax(n.parts[0]!);
      return n.parts
        .map((p) =>
          typeof p === "string"
            ? escapeTemplate(p)
            : p.t === "lit" && p.v !== null
              ? escapeTemplate(String(p.v))
              : p.t === "opaque"
                ? p.src
                : `\${${p.src}}`,
        )
        .join("");
    default:
      return `\${${n.src}}`;
  }
}

/** Literal text as template text of JSON syntax: `${` and `%{` are escaped. */
export function escapeTemplate(s: string): string {
  return s.replace(/([$%])\{/g, (_, c: string) => `${c}${c}{`);
}

/** Every scope traversal (`aws_x.y.attr`, `local.z`, `var.v`, `data.t.n.a`) in a tree. */
export function traversals(
  n: Node,
  out: Extract<Node, { t: "trav" }>[] = [],
): Extract<Node, { t: "trav" }>[] {
  const visit = (x: Node | string): void => {
    if (typeof x === "string") return;
    switch (x.t) {
      case "trav":
        out.push(x);
        for (const s of x.steps) if (s.k === "index") visit(s.e);
        return;
      case "rel":
        visit(x.base);
        for (const s of x.steps) if (s.k === "index") visit(s.e);
        return;
      case "tmpl":
        x.parts.forEach(visit);
        return;
      case "tuple":
        x.items.forEach(visit);
        return;
      case "object":
        for (const it of x.items) {
          visit(it.key);
          visit(it.value);
        }
        return;
      case "call":
        x.args.forEach(visit);
        return;
      case "unary":
      case "paren":
        visit(x.e);
        return;
      case "binary":
        visit(x.l);
        visit(x.r);
        return;
      case "cond":
        visit(x.c);
        visit(x.a);
        visit(x.b);
        return;
      default:
        return;
    }
  };
  visit(n);
  return out;
}
