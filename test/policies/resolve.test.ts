// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions are written ${...}
/**
 * The reference resolver against HashiCorp's own HCL parser (`@cdktf/hcl2json`, the Go
 * hclsyntax package compiled to WebAssembly), on generated expressions:
 *
 * 1. parsing: for any expression, our syntax tree converted to JSON syntax is exactly what
 *    hcl2json converts it to (literals, escapes, unicode, heredocs, templates, nested tuples
 *    and objects, traversals, calls, operators);
 * 2. substitution: evaluating with locals, variable defaults and data sources in scope equals
 *    evaluating the expression with those references replaced by their literal values, and
 *    that equals hcl2json's reading of the substituted text;
 * 3. jsonencode of a literal is the JSON of hcl2json's value.
 * Then the resolver inside the gate: values through locals, variables and data sources are
 * judged as if written literally.
 */
import { parse } from "@cdktf/hcl2json";
import test from "ava";
import fc from "fast-check";
import { parseExpression } from "../../policies/engine/hcl-expr.ts";
import { escapeTemplate, toJsonSyntax } from "../../policies/engine/hcl-syntax.ts";
import { readPolicy } from "../../policies/engine/iam.ts";
import {
  EMPTY_SCOPE,
  evaluate,
  isKnown,
  render,
  type Scope,
  toJsonValue,
  Unknown,
} from "../../policies/engine/resolve.ts";
import { doc, stackOf } from "./helpers.ts";

async function hcl2json(expr: string): Promise<unknown> {
  const parsed = (await parse("gen.tf", `locals {\n  v = ${expr}\n}\n`)) as { locals: [{ v: unknown }] };
  return parsed.locals[0].v;
}

/** Known strings as JSON syntax writes them (`${` escaped), unknown parts as `${...}`. */
function asJsonSyntax(v: unknown): unknown {
  if (v instanceof Unknown) return v.json;
  if (typeof v === "string") return escapeTemplate(v);
  if (Array.isArray(v)) return v.map(asJsonSyntax);
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [escapeTemplate(k), asJsonSyntax(x)]));
  return v;
}

const chars = fc.constantFrom(
  "a",
  "Z",
  "0",
  " ",
  "-",
  "_",
  ".",
  "/",
  ":",
  "*",
  '"',
  "\\",
  "\n",
  "\t",
  "é",
  "☃",
  "$",
  "{",
  "}",
  "%",
);
const text = fc.string({ unit: chars, maxLength: 8 });
const ident = fc
  .stringMatching(/^[a-z][a-z0-9_]{0,6}$/)
  .filter((s) => !["true", "false", "null", "for", "in", "if"].includes(s));
const number = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: 9999 }).map((n) => n / 100),
);

/** HCL source of a string literal, with a mix of escape styles. */
const quoted = text.map((s) => render(s));
const unicodeEscaped = fc.constantFrom('"\\u00e9t\\u00E9"', '"caf\\u00e9"', '"\\U0001F600"');
const heredoc = fc.constantFrom(
  "<<EOT\nline one\n  two\nEOT\n",
  "<<-EOT\n    indented\n      more\n    EOT\n",
);

const reference = fc
  .tuple(
    fc.constantFrom("local", "var", "aws_s3_bucket", "aws_iam_role", "data.aws_region"),
    ident,
    fc.array(
      fc.oneof(
        ident.map((a) => `.${a}`),
        fc.nat(3).map((i) => `[${i}]`),
        fc.constant('["k"]'),
      ),
      { maxLength: 2 },
    ),
  )
  .map(([root, name, steps]) => `${root}.${name}${steps.join("")}`);

const expression: fc.Arbitrary<string> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    number.map(String),
    fc.constantFrom("true", "false", "null"),
    quoted,
    unicodeEscaped,
    heredoc,
    reference,
    tie("template"),
    tie("tuple"),
    tie("object"),
    tie("call"),
  ),
  template: fc
    .array(
      fc.oneof(
        // a text part ending in $ or % would turn the next ${ into an escape
        text.filter((s) => !/[$%]$/.test(s)).map((s) => render(s).slice(1, -1)),
        reference.map((r) => `\${${r}}`),
        number.map((n) => `\${${n}}`),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    )
    .map((parts) => `"${parts.join("")}"`),
  tuple: fc.array(tie("value"), { maxLength: 4 }).map((xs) => `[${xs.join(", ")}]`),
  object: fc
    .uniqueArray(
      fc.tuple(
        fc.oneof(
          ident,
          text.map((s) => render(s)),
        ),
        tie("value"),
      ),
      { maxLength: 4, selector: ([k]) => k },
    )
    // items on lines of their own: a heredoc's closing marker ends its line
    .map((items) => `{\n${items.map(([k, v]) => `${k} = ${v}\n`).join("")}}`),
  call: fc.oneof(
    tie("value").map((v) => `jsonencode(${v})`),
    fc.tuple(tie("value"), tie("value")).map(([a, b]) => `merge(${a}, ${b})`),
    fc.tuple(reference, number).map(([r, n]) => `(${r} + ${n})`),
  ),
})).value as fc.Arbitrary<string>;

test("parsing: our tree in JSON syntax equals hcl2json's conversion of the same expression", async (t) => {
  await fc.assert(
    fc.asyncProperty(expression, async (src) => {
      const ours = toJsonSyntax(parseExpression(src));
      const theirs = await hcl2json(src);
      t.deepEqual(ours, theirs, src);
    }),
    { numRuns: 300 },
  );
});

/** Literal-only values: what locals, variable defaults and data sources resolve to. */
const literal: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    number,
    fc.boolean(),
    fc.string({ unit: fc.constantFrom("a", "B", "1", " ", "-", "/", ":", '"', "é"), maxLength: 8 }),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(ident, tie("v"), { maxKeys: 3 }),
  ),
})).v;

test("substitution: evaluating through the scope equals evaluating the literal text, which equals hcl2json", async (t) => {
  await fc.assert(
    fc.asyncProperty(
      fc.dictionary(ident, literal, { minKeys: 1, maxKeys: 4 }),
      fc.dictionary(ident, literal, { minKeys: 1, maxKeys: 3 }),
      fc.integer({ min: 0, max: 1000 }),
      async (locals, vars, seed) => {
        const localNames = Object.keys(locals);
        const varNames = Object.keys(vars);
        const pick = (names: string[], i: number) => names[(seed + i) % names.length]!;
        const l0 = pick(localNames, 0);
        const l1 = pick(localNames, 1);
        const v0 = pick(varNames, 0);
        const src = `{a = local.${l0}, b = [var.${v0}, "x-\${jsonencode(local.${l1})}"], c = aws_s3_bucket.b.arn, d = data.aws_region.here.name}`;
        const literalSrc = `{a = ${render(locals[l0])}, b = [${render(vars[v0])}, "x-\${jsonencode(${render(locals[l1])})}"], c = aws_s3_bucket.b.arn, d = "eu-west-1"}`;
        const scope: Scope = {
          local: (n) => (n in locals ? locals[n] : Unknown.of(`local.${n}`)),
          variable: (n) => (n in vars ? vars[n] : Unknown.of(`var.${n}`)),
          data: (type, name, attr) =>
            type === "aws_region" && attr === "name"
              ? "eu-west-1"
              : Unknown.of(`data.${type}.${name}.${attr}`),
        };
        const viaScope = evaluate(parseExpression(src), scope);
        const viaText = evaluate(parseExpression(literalSrc), EMPTY_SCOPE);
        t.deepEqual(toJsonValue(viaScope), toJsonValue(viaText));
        // hcl2json does not evaluate calls: compare the call-free members with its reading.
        const theirs = (await hcl2json(literalSrc)) as Record<string, unknown>;
        const ours = asJsonSyntax(viaText) as Record<string, unknown>;
        t.deepEqual(ours.a, theirs.a);
        t.deepEqual((ours.b as unknown[])[0], (theirs.b as unknown[])[0]);
        t.is(ours.c, theirs.c);
        t.is(ours.d, theirs.d);
      },
    ),
    { numRuns: 150 },
  );
});

test("jsonencode of a literal is the JSON of hcl2json's value, keys in lexical order", async (t) => {
  await fc.assert(
    fc.asyncProperty(literal, async (value) => {
      const src = render(value);
      const encoded = evaluate(parseExpression(`jsonencode(${src})`), EMPTY_SCOPE);
      t.true(typeof encoded === "string");
      t.deepEqual(JSON.parse(encoded as string), await hcl2json(src));
      const keys = [...(encoded as string).matchAll(/"([a-z0-9_]+)":/g)].map((m) => m[1]);
      t.true(keys.length === 0 || isKnown(encoded));
    }),
    { numRuns: 150 },
  );
});

test("the gate judges values through locals, variable defaults and data sources as if literal", (t) => {
  const stack = stackOf({
    ...doc(
      {
        aws_iam_role: {
          r: { name: "r", assume_role_policy: "${local.trust}" },
        },
        aws_iam_role_policy: {
          p: { role: "${aws_iam_role.r.id}", policy: "${jsonencode(local.admin)}" },
          q: { role: "${aws_iam_role.r.id}", policy: "${data.aws_iam_policy_document.wrapped.json}" },
        },
        aws_s3_bucket: { b: { bucket: "${var.prefix}-${data.aws_caller_identity.me.account_id}-logs" } },
      },
      {
        aws_caller_identity: { me: {} },
        aws_iam_policy_document: {
          inner: { statement: [{ actions: ["${local.action}"], resources: ["${aws_s3_bucket.b.arn}/*"] }] },
          wrapped: { source_policy_documents: ["${data.aws_iam_policy_document.inner.json}"] },
        },
      },
    ),
    provider: { aws: [{ region: "eu-west-1", allowed_account_ids: ["111122223333"] }] },
    locals: {
      action: "s3:*",
      admin: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] },
      trust:
        '${jsonencode({Statement = [{Effect = "Allow", Principal = {AWS = "*"}, Action = "sts:AssumeRole"}]})}',
    },
    variable: { prefix: { default: "acme" } },
  });
  t.is(stack.get("aws_s3_bucket.b")!.values.bucket, "acme-111122223333-logs");
  const trust = readPolicy(stack, stack.get("aws_iam_role.r")!.values.assume_role_policy)!;
  t.deepEqual(trust.statements[0]!.principals, ["*"]);
  const admin = readPolicy(stack, stack.get("aws_iam_role_policy.p")!.values.policy)!;
  t.deepEqual(admin.statements[0]!.actions, ["*"]);
  const wrapped = readPolicy(stack, stack.get("aws_iam_role_policy.q")!.values.policy)!;
  t.deepEqual(wrapped.statements[0]!.actions, ["s3:*"]);
  t.deepEqual(wrapped.statements[0]!.resources, ["${aws_s3_bucket.b.arn}/*"]);
  // the reference graph still sees the resource behind the resolved policy document
  t.deepEqual(
    stack.refsIn(stack.get("data.aws_iam_policy_document.inner")!.values).map((r) => r.target.address),
    ["aws_s3_bucket.b"],
  );
});

test("cycles, unknown variables and plan-time data stay unknown rather than guessed", (t) => {
  const stack = stackOf({
    ...doc(
      {
        aws_s3_bucket: {
          b: {
            bucket: "${local.a}",
            acl: "${var.acl}",
            tags: { az: "${data.aws_availability_zones.z.names[0]}" },
          },
        },
      },
      {
        aws_availability_zones: { z: {} },
      },
    ),
    locals: { a: "${local.b}", b: "${local.a}" },
    variable: { acl: { type: "string" } },
  });
  const values = stack.get("aws_s3_bucket.b")!.values;
  t.regex(String(values.bucket), /^\$\{local\.[ab]\}$/);
  t.is(values.acl, "${var.acl}");
  t.deepEqual(values.tags, { az: "${data.aws_availability_zones.z.names[0]}" });
});
