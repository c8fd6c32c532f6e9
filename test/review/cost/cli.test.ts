// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
/** `securecloud cost` end to end through its `run`: formats, --env, and bad input (one line, exit 2). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { run } from "../../../review/cost/cli.ts";
import { TABLE_PATH } from "../../../review/cost/table.ts";
import { capture, stackJson, tempFiles, usage } from "./helpers.ts";

const nat = {
  aws_eip: { ip: { domain: "vpc" } },
  aws_nat_gateway: { nat: { allocation_id: "${aws_eip.ip.id}" } },
};

async function cost(files: Record<string, string>, args: (dir: string) => string[]) {
  const { dir, cleanup } = tempFiles(files);
  try {
    const c = capture();
    const code = await run(args(dir), c.io);
    return { code, out: c.out.join(""), err: c.err.join("") };
  } finally {
    cleanup();
  }
}

test("JSON: environments with their lines and the prices' date and source", async (t) => {
  const r = await cost(
    { "cdk.tf.json": stackJson(nat, { usage: usage({ natProcessedGbPerMonth: 100 }), name: "staging" }) },
    (d) => [d, "--format", "json"],
  );
  t.is(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  t.deepEqual(Object.keys(doc), ["environments", "prices"]);
  t.deepEqual(Object.keys(doc.prices), ["date", "source"]);
  const [env] = doc.environments;
  t.deepEqual(Object.keys(env), ["name", "region", "monthlyUsd", "lines"]);
  t.like(env, { name: "staging", region: "us-east-1", monthlyUsd: 41 });
  t.deepEqual(Object.keys(env.lines[0]), [
    "address",
    "service",
    "item",
    "quantity",
    "unit",
    "unitUsd",
    "monthlyUsd",
    "assumption",
  ]);
});

test("text and markdown name the total, the service subtotals and the lines", async (t) => {
  const files = {
    "cdk.tf.json": stackJson(nat, { usage: usage({ natProcessedGbPerMonth: 100 }), name: "prod" }),
  };
  const text = await cost(files, (d) => [d]);
  t.is(text.code, 0);
  t.regex(text.out, /^prod \(us-east-1\): \$41\.00 a month/);
  t.regex(text.out, /VPC\s+\$41\.00/);
  t.regex(text.out, /\$32\.85 {2}aws_nat_gateway\.nat {2}NAT gateway hours/);
  const md = await cost(files, (d) => [d, "--format", "markdown"]);
  t.regex(md.out, /\| `prod` \| `us-east-1` \| \$41\.00 \|/);
  t.regex(md.out, /\| `aws_nat_gateway\.nat` \| NAT gateway hours \|/);
});

test("--env picks one environment; an unknown one is bad input", async (t) => {
  const files = {
    "a.json": stackJson(nat, { usage: usage(), name: "staging" }),
    "b.json": stackJson(nat, { usage: usage(), name: "prod" }),
  };
  const one = await cost(files, (d) => [
    join(d, "a.json"),
    join(d, "b.json"),
    "--env",
    "prod",
    "--format",
    "json",
  ]);
  t.deepEqual(
    JSON.parse(one.out).environments.map((e: { name: string }) => e.name),
    ["prod"],
  );
  const none = await cost(files, (d) => [join(d, "a.json"), "--env", "qa"]);
  t.is(none.code, 2);
  t.regex(none.err, /^error: --env: no environment "qa"/);
});

function oneLine(
  t: import("ava").ExecutionContext,
  r: { code: number; out: string; err: string },
  pattern: RegExp,
) {
  t.is(r.code, 2);
  t.is(r.out, "");
  t.is(r.err.split("\n").filter(Boolean).length, 1, r.err);
  t.regex(r.err, pattern);
}

test("bad input: an unknown region", async (t) => {
  const r = await cost(
    { "cdk.tf.json": stackJson(nat, { usage: usage(), region: "eu-west-1", name: "eu" }) },
    (d) => [d],
  );
  oneLine(t, r, /^error: stack eu: no prices for region "eu-west-1" in the price table \(known: us-east-1\)/);
});

test("bad input: a missing price", async (t) => {
  const table = JSON.parse(readFileSync(TABLE_PATH, "utf8"));
  delete table.regions["us-east-1"]["vpc.natGb"];
  const r = await cost(
    { "cdk.tf.json": stackJson(nat, { usage: usage(), name: "s" }), "prices.json": JSON.stringify(table) },
    (d) => [d, "--prices", join(d, "prices.json")],
  );
  oneLine(t, r, /^error: stack s: the price table has no "vpc\.natGb" for region us-east-1/);
});

test("bad input: a negative usage assumption", async (t) => {
  const r = await cost(
    { "cdk.tf.json": stackJson(nat, { usage: usage({ natProcessedGbPerMonth: -5 }), name: "s" }) },
    (d) => [d],
  );
  oneLine(t, r, /^error: stack s: usage assumption natProcessedGbPerMonth: -5 is negative$/m);
  const logs = await cost(
    { "cdk.tf.json": stackJson(nat, { usage: usage({ logIngestGbPerMonth: { waf: -1 } }), name: "s" }) },
    (d) => [d],
  );
  oneLine(t, logs, /usage assumption logIngestGbPerMonth\.waf: -1 is negative/);
});

test("bad input: arguments, paths and a broken price table", async (t) => {
  oneLine(t, await cost({}, () => []), /^error: DIR: is required/);
  oneLine(
    t,
    await cost({}, (d) => [d, "--format", "yaml"]),
    /^error: --format: "yaml" is not one of text, json, markdown/,
  );
  oneLine(t, await cost({}, (d) => [d, "--bogus"]), /^error: --bogus: unknown flag/);
  oneLine(t, await cost({}, (d) => [join(d, "missing")]), /no such file or directory/);
  oneLine(t, await cost({ "x.json": "{" }, (d) => [join(d, "x.json")]), /invalid JSON/);
  const broken = await cost(
    { "cdk.tf.json": stackJson(nat, { usage: usage() }), "p.json": '{"currency":"EUR"}' },
    (d) => [d, "--prices", join(d, "p.json")],
  );
  oneLine(t, broken, /not a price table: currency must be "USD"/);
});
