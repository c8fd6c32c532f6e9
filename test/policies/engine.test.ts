// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { UsageError } from "../../common/conventions.ts";
import { locateBlocks } from "../../common/terraform/index.ts";
import { interpolations, parseJsonencode } from "../../policies/engine/hcl.ts";
import { isAdminStatement, readPolicy } from "../../policies/engine/iam.ts";
import { loadEstate, resolveInputs } from "../../policies/engine/load.ts";
import { doc, fixture, fixturePath, stackOf, tempDir, writeEstate } from "./helpers.ts";

test("resource lines point at the resource's key in the file", (t) => {
  const text = JSON.stringify(fixture("prod"), null, 2);
  const lines = text.split("\n");
  const index = locateBlocks(text);
  for (const key of [
    "resource.aws_lb.alb",
    "resource.aws_security_group.alb-sg",
    "data.aws_iam_policy_document.execution-policy-document",
  ]) {
    const line = index.get(key);
    t.truthy(line, key);
    const name = key.split(".").at(-1)!;
    t.regex(lines[line! - 1]!, new RegExp(`^\\s*"${name}": \\{`), key);
  }
  // exactly the resources and data sources are indexed, nothing deeper in the tree
  const d = fixture("prod");
  const count = (section: Record<string, Record<string, unknown>>) =>
    Object.values(section).reduce((a, byName) => a + Object.keys(byName).length, 0);
  t.is(index.size, count(d.resource) + count(d.data));
});

test("keys with escapes and compact JSON are located", (t) => {
  const compact =
    '{"resource":{"aws_s3_bucket":{"a\\u0062":{"bucket":"x"}}},\n"data":{"aws_region":{"r":{}}}}';
  const index = locateBlocks(compact);
  t.is(index.get("resource.aws_s3_bucket.ab"), 1);
  t.is(index.get("data.aws_region.r"), 2);
});

test("references are found in strings, lists, nested blocks, functions, jsonencode and data sources", (t) => {
  const s = stackOf(
    doc(
      {
        aws_s3_bucket: { b: { bucket: "b" } },
        aws_subnet: { a: { cidr_block: "10.0.0.0/24" }, "b-2": { cidr_block: "10.0.1.0/24" } },
        aws_kms_key: { k: {} },
        aws_lb: {
          alb: {
            subnets: ["${aws_subnet.a.id}", "${aws_subnet.b-2.id}"],
            access_logs: { bucket: "prefix-${aws_s3_bucket.b.id}-suffix", enabled: true },
            name: '${join("-", [aws_kms_key.k.key_id, var.env])}',
          },
        },
        aws_iam_policy: {
          p: { policy: '${jsonencode({"Statement" = [{"Resource" = aws_s3_bucket.b.arn}]})}' },
          q: { policy: "${data.aws_iam_policy_document.d.json}" },
        },
        aws_instance: {
          i: { subnet_id: "${aws_subnet.a[0].id}", ami: "${var.ami}", user_data: "${local.x}" },
        },
      },
      {
        aws_iam_policy_document: {
          d: { statement: [{ actions: ["s3:GetObject"], resources: ["${aws_s3_bucket.b.arn}/*"] }] },
        },
      },
    ),
  );
  const alb = s.get("aws_lb.alb")!;
  const targets = (r: string) => s.refsIn(s.get(r)!.values).map((x) => `${x.target.address}.${x.attr}`);
  t.deepEqual(targets("aws_lb.alb").sort(), [
    "aws_kms_key.k.key_id",
    "aws_s3_bucket.b.id",
    "aws_subnet.a.id",
    "aws_subnet.b-2.id",
  ]);
  t.deepEqual(targets("aws_iam_policy.p"), ["aws_s3_bucket.b.arn"]);
  t.deepEqual(targets("aws_iam_policy.q"), ["data.aws_iam_policy_document.d.json"]);
  t.deepEqual(targets("data.aws_iam_policy_document.d"), ["aws_s3_bucket.b.arn"]);
  t.deepEqual(targets("aws_instance.i"), ["aws_subnet.a.id"]);
  // exact references
  t.is(s.refOf("${aws_subnet.a.id}")?.target.address, "aws_subnet.a");
  t.is(s.refOf("x-${aws_subnet.a.id}"), undefined);
  t.is(s.refOf("${aws_subnet.missing.id}"), undefined);
  // reverse edges, filtered by attribute
  const bucket = s.get("aws_s3_bucket.b")!;
  t.deepEqual(
    s
      .referrers(bucket)
      .map((r) => r.address)
      .sort(),
    ["aws_iam_policy.p", "aws_lb.alb", "data.aws_iam_policy_document.d"],
  );
  t.deepEqual(
    s.referrers(bucket, { via: ["access_logs"] }).map((r) => r.address),
    ["aws_lb.alb"],
  );
  t.is(alb.line !== undefined, true);
});

test("jsonencode bodies parse to values; expressions stay expressions", (t) => {
  const v = parseJsonencode(
    '${jsonencode({"a" = 1, "b" = [true, false, null, -2.5], "c" = {"d" = "x\\"y"}, e = aws_s3_bucket.b.arn, "f" = "${var.x}/*", "g" = join(",", ["p", "q"]), "h" = var.n * 2})}',
  );
  t.deepEqual(v, {
    a: 1,
    b: [true, false, null, -2.5],
    c: { d: 'x"y' },
    e: "${aws_s3_bucket.b.arn}",
    f: "${var.x}/*",
    g: '${join(",", ["p", "q"])}',
    h: "${var.n * 2}",
  });
  t.is(parseJsonencode("${aws_s3_bucket.b.arn}"), undefined);
  t.is(parseJsonencode('${jsonencode({"a" = })}'), undefined);
  t.deepEqual(interpolations('a ${x.y} b ${f({"k" = "}"})} c'), ["x.y", 'f({"k" = "}"})']);
});

test("policies are read from JSON strings, jsonencode, data documents (with source and override documents)", (t) => {
  const s = stackOf(
    doc(
      { aws_iam_policy: { p: { policy: "${data.aws_iam_policy_document.main.json}" } } },
      {
        aws_iam_policy_document: {
          base: { statement: [{ sid: "Base", actions: ["s3:GetObject"], resources: ["*"] }] },
          main: {
            source_policy_documents: ["${data.aws_iam_policy_document.base.json}"],
            statement: [
              { sid: "Own", effect: "Deny", not_actions: ["s3:*"], not_resources: ["arn:aws:s3:::b"] },
            ],
            override_policy_documents: [
              JSON.stringify({ Statement: [{ Sid: "Base", Effect: "Allow", Action: "*", Resource: "*" }] }),
            ],
          },
        },
      },
    ),
  );
  const policy = readPolicy(s, s.get("aws_iam_policy.p")!.values.policy)!;
  t.deepEqual(
    policy.statements.map((x) => [x.sid, x.effect, x.actions, x.notActions]),
    [
      ["Base", "Allow", ["*"], undefined],
      ["Own", "Deny", undefined, ["s3:*"]],
    ],
  );
  t.true(isAdminStatement(policy.statements[0]!));
  t.is(readPolicy(s, "${var.policy}"), undefined);
  t.is(readPolicy(s, "not json"), undefined);
});

test("inputs: a cdktf.out directory, a stack directory, a file, duplicates once", (t) => {
  const dir = tempDir(t);
  writeEstate(dir, { a: doc({}), b: doc({}) });
  const files = resolveInputs([dir, join(dir, "stacks", "a"), join(dir, "stacks", "a", "cdk.tf.json")]);
  t.deepEqual(
    files.map((f) => f.slice(dir.length)),
    ["/stacks/a/cdk.tf.json", "/stacks/b/cdk.tf.json"],
  );
  const stacks = loadEstate([dir], dir);
  t.deepEqual(
    stacks.map((s) => [s.name, s.file]),
    [
      ["unit", "stacks/a/cdk.tf.json"],
      ["unit", "stacks/b/cdk.tf.json"],
    ],
  );
});

test("a stack is named by cdktf metadata, else by its directory or file name", (t) => {
  const dir = tempDir(t);
  const bare = { resource: { aws_s3_bucket: { b: { bucket: "b" } } } };
  writeEstate(dir, { staging: bare });
  writeFileSync(join(dir, "edge.tf.json"), JSON.stringify(bare));
  t.deepEqual(
    loadEstate([join(dir, "edge.tf.json")], dir).map((s) => s.name),
    ["edge"],
  );
  t.deepEqual(
    loadEstate([dir], dir).map((s) => s.name),
    ["staging"],
  );
  t.is(loadEstate([fixturePath("staging")])[0]!.name, "staging");
});

function usage(t: import("ava").ExecutionContext, fn: () => unknown, what: RegExp, why: RegExp): void {
  const err = t.throws(fn, { instanceOf: UsageError });
  t.regex(err!.what, what);
  t.regex(err!.why, why);
}

test("bad inputs are UsageErrors that name the path and the reason", (t) => {
  const dir = tempDir(t);
  usage(t, () => loadEstate(["nope/cdktf.out"], dir), /nope\/cdktf\.out/, /no such file or directory/);
  usage(t, () => loadEstate([], dir), /^cdktf\.out$/, /no such file/);
  usage(t, () => loadEstate([dir], dir), /gate-test-/, /no cdk\.tf\.json found/);
  const f = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  usage(
    t,
    () => loadEstate([f("broken.json", '{\n  "resource": {\n    "a": \n}')], dir),
    /broken\.json/,
    /invalid JSON: unexpected "}" at line 4, column 1/,
  );
  usage(
    t,
    () => loadEstate([f("array.json", "[1, 2]")], dir),
    /array\.json/,
    /not a Terraform JSON document: expected a JSON object.*array/,
  );
  usage(
    t,
    () => loadEstate([f("package.json", '{"name": "x", "version": "1.0.0"}')], dir),
    /package\.json/,
    /unexpected top-level key "name"/,
  );
  usage(t, () => loadEstate([f("empty.json", "{}")], dir), /empty\.json/, /no Terraform blocks/);
  usage(
    t,
    () => loadEstate([f("flat.json", '{"resource": {"aws_s3_bucket": ["b"]}}')], dir),
    /flat\.json/,
    /resource\.aws_s3_bucket/,
  );
  usage(t, () => loadEstate([f("empty-file.json", "")], dir), /empty-file\.json/, /invalid JSON/);
});

test("Terraform's array form of blocks is read like the object form", (t) => {
  const s = stackOf({
    resource: [
      { aws_s3_bucket: [{ a: [{ bucket: "a" }] }, { b: { bucket: "b" } }] },
      { aws_kms_key: { k: {} } },
    ],
  });
  t.deepEqual(
    s.resources.map((r) => r.address),
    ["aws_s3_bucket.a", "aws_s3_bucket.b", "aws_kms_key.k"],
  );
  const dir = tempDir(t);
  writeFileSync(join(dir, "null.json"), "null");
  usage(t, () => loadEstate([join(dir, "null.json")], dir), /null\.json/, /got null$/);
});
