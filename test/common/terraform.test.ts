// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
/**
 * The one Terraform JSON reader (common/terraform): Terraform's array form of blocks is read
 * as the object form, every section has an accessor, and the gate and the review diff accept
 * and refuse exactly the same documents because they read through it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import {
  dataSources,
  locals,
  modules,
  outputs,
  parseStack,
  readStacks,
  resources,
  shapeProblem,
  TerraformInputError,
  variables,
} from "../../common/terraform/index.ts";
import { stackFromText } from "../../policies/engine/load.ts";
import { loadSide } from "../../review/load.ts";
import { tempDir } from "../policies/helpers.ts";

test("array-form blocks, locals, variables, outputs and modules read as the object form", (t) => {
  const { doc } = parseStack(
    JSON.stringify({
      resource: [{ aws_s3_bucket: [{ a: [{ bucket: "a" }] }, { b: { bucket: "b", "//": { x: 1 } } }] }],
      data: { aws_region: [{ here: {} }] },
      locals: [{ one: 1 }, { two: "${local.one}" }],
      variable: [{ env: [{ default: "prod" }] }],
      output: { url: { value: "${aws_s3_bucket.a.bucket}" } },
      module: [{ vpc: { source: "./vpc" } }],
    }),
    "doc.tf.json",
  );
  t.deepEqual(
    resources(doc).map((b) => [b.address, b.values, b.meta]),
    [
      ["aws_s3_bucket.a", { bucket: "a" }, {}],
      ["aws_s3_bucket.b", { bucket: "b" }, { x: 1 }],
    ],
  );
  t.deepEqual(
    dataSources(doc).map((b) => b.address),
    ["data.aws_region.here"],
  );
  t.deepEqual(locals(doc), { one: 1, two: "${local.one}" });
  t.deepEqual(variables(doc), { env: { default: "prod" } });
  t.deepEqual(Object.keys(outputs(doc)), ["url"]);
  t.deepEqual(modules(doc), { vpc: { source: "./vpc" } });
});

const documents: Array<[string, unknown]> = [
  ["object form", { resource: { aws_s3_bucket: { a: { bucket: "a" } } } }],
  ["array form", { resource: [{ aws_s3_bucket: [{ a: { bucket: "a" } }] }] }],
  ["module only", { module: { vpc: { source: "./vpc" } } }],
  ["locals only", { locals: { a: 1 } }],
  ["a comment only", { "//": { metadata: {} } }],
  ["an unknown key", { resource: {}, name: "x" }],
  ["resource not blocks", { resource: { aws_lb: ["not", "blocks"] } }],
  ["variable not a block", { variable: { env: "prod" } }],
  ["an array", [1, 2]],
  ["null", null],
];

for (const [title, document] of documents) {
  test(`the gate and the review diff agree on a document: ${title}`, (t) => {
    const dir = tempDir(t);
    const file = join(dir, "stack.json");
    const text = JSON.stringify(document);
    writeFileSync(file, text);
    const gate = (() => {
      try {
        stackFromText(text, file);
        return "accepted";
      } catch (err) {
        t.true(err instanceof TerraformInputError);
        return "refused";
      }
    })();
    const diff = (() => {
      try {
        loadSide(file, "--head");
        return "accepted";
      } catch (err) {
        t.regex((err as Error).message, /^--head: .*not a Terraform JSON document/);
        return "refused";
      }
    })();
    t.is(diff, gate);
    t.is(gate, shapeProblem(document) === undefined ? "accepted" : "refused");
  });
}

test("a directory of stack directories (cdktf.out/stacks) is a set of stacks, for both commands", (t) => {
  const dir = tempDir(t);
  for (const name of ["b", "a"]) {
    mkdirSync(join(dir, "stacks", name), { recursive: true });
    writeFileSync(join(dir, "stacks", name, "cdk.tf.json"), JSON.stringify({ resource: {} }));
  }
  for (const path of [dir, join(dir, "stacks")]) {
    const { stacks, single } = readStacks([path], dir);
    t.deepEqual(
      stacks.map((s) => [s.name, s.file]),
      [
        ["a", "stacks/a/cdk.tf.json"],
        ["b", "stacks/b/cdk.tf.json"],
      ],
    );
    t.false(single);
    t.deepEqual(
      loadSide(path, "--base").stacks.map((s) => s.name),
      ["a", "b"],
    );
  }
  t.true(readStacks([join(dir, "stacks", "a")], dir).single);
});

test("a byte-order mark is skipped; the line and column of bad JSON are named", (t) => {
  t.is(parseStack('\ufeff{"resource": {}}', "bom.json").doc.resource !== undefined, true);
  const err = t.throws(() => parseStack('{\n  "resource": \n}', "bad.json"), {
    instanceOf: TerraformInputError,
  });
  t.is(err!.kind, "json");
  t.is(err!.detail, 'unexpected "}" at line 3, column 1');
});
