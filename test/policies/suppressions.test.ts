import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Lb } from "@cdktf/provider-aws/lib/lb/index.js";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider/index.js";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket/index.js";
import test from "ava";
import { App, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { run } from "../../policies/cli.ts";
import { declareForGate, suppress, suppressionsOf } from "../../stacks/gate-annotations.ts";
import { synthWithMetadata } from "../helpers/synth.ts";
import { type Doc, fixture, io, report, tempDir, writeEstate } from "./helpers.ts";

const REASON = "staging ALB is recreated by the ephemeral-environment job";

function smallStack(app: App) {
  const stack = new TerraformStack(app, "unit");
  new AwsProvider(stack, "aws", { region: "eu-west-1" });
  const alb = new Lb(stack, "alb", { name: "unit-alb", internal: true, dropInvalidHeaderFields: true });
  return { stack, alb };
}

test("suppressions round-trip through app.synth() into the resource's and the stack's // metadata", (t) => {
  const outdir = tempDir(t);
  const app = new App({ outdir });
  const { stack, alb } = smallStack(app);
  suppress(alb, [{ id: "SC-ELB-005", reason: REASON, expires: "2099-01-31" }]);
  suppress(alb, [{ id: "SC-ELB-004", reason: "internal test ALB serves no traffic to log" }]);
  suppress(stack, [{ id: "SC-SH-001", reason: "Security Hub is enabled once per account, in prod" }]);
  declareForGate(stack, { shieldAdvanced: true });
  app.synth();
  const json = JSON.parse(readFileSync(join(outdir, "stacks", "unit", "cdk.tf.json"), "utf8")) as Doc;
  t.deepEqual(json.resource.aws_lb.alb["//"].securecloud.suppressions, [
    { id: "SC-ELB-005", reason: REASON, expires: "2099-01-31" },
    { id: "SC-ELB-004", reason: "internal test ALB serves no traffic to log" },
  ]);
  t.deepEqual(json.resource.aws_lb.alb["//"].metadata, { path: "unit/alb", uniqueId: "alb" });
  t.deepEqual(json["//"].securecloud, {
    suppressions: [{ id: "SC-SH-001", reason: "Security Hub is enabled once per account, in prod" }],
    features: { shieldAdvanced: true },
  });

  const r = report(json);
  t.deepEqual(r.suppressed.map((f) => [f.ruleId, f.address, f.suppression.scope]).sort(), [
    ["SC-ELB-004", "aws_lb.alb", "resource"],
    ["SC-ELB-005", "aws_lb.alb", "resource"],
    ["SC-SH-001", "unit", "stack"],
  ]);
  t.false(r.findings.some((f) => ["SC-ELB-004", "SC-ELB-005", "SC-SH-001"].includes(f.ruleId)));
  t.true(r.suppressions.every((s) => s.status === "applied"));
});

test("Testing.synth strips // metadata; synthWithMetadata keeps it", (t) => {
  const app = Testing.app();
  const { stack, alb } = smallStack(app);
  suppress(alb, [{ id: "SC-ELB-005", reason: REASON }]);
  t.false(Testing.synth(stack).includes("securecloud"));
  const json = synthWithMetadata(stack) as Doc;
  t.deepEqual(json.resource.aws_lb.alb["//"].securecloud.suppressions, [
    { id: "SC-ELB-005", reason: REASON },
  ]);
});

test("a suppression on a construct covers every resource under it; the same id replaces, others accumulate", (t) => {
  const app = Testing.app();
  const stack = new TerraformStack(app, "unit");
  const logs = new Construct(stack, "logs");
  const a = new S3Bucket(logs, "a", { bucket: "a" });
  const b = new S3Bucket(logs, "b", { bucket: "b" });
  const other = new S3Bucket(stack, "other", { bucket: "other" });
  suppress(logs, [{ id: "SC-S3-005", reason: "log delivery only supports SSE-S3 buckets" }]);
  suppress(a, [{ id: "SC-S3-005", reason: "replaced: this bucket is written by S3 access logging" }]);
  suppress(a, [{ id: "SC-S3-002", reason: "scratch bucket whose objects expire within a day" }]);
  t.deepEqual(
    suppressionsOf(a).map((s) => [s.id, s.reason]),
    [
      ["SC-S3-005", "replaced: this bucket is written by S3 access logging"],
      ["SC-S3-002", "scratch bucket whose objects expire within a day"],
    ],
  );
  t.deepEqual(
    suppressionsOf(b).map((s) => s.id),
    ["SC-S3-005"],
  );
  t.deepEqual(suppressionsOf(other), []);
  t.throws(
    () =>
      suppress(new Construct(stack, "empty"), [
        { id: "SC-S3-005", reason: "nothing here to suppress at all" },
      ]),
    {
      message: /suppress\(unit\/empty\): no Terraform resource/,
    },
  );
});

test("suppress() refuses a missing or short reason and a malformed expiry, naming the construct", (t) => {
  const app = Testing.app();
  const { alb } = smallStack(app);
  t.throws(() => suppress(alb, [{ id: "SC-ELB-005" } as never]), {
    message: "suppress(unit/alb): reason is missing",
  });
  t.throws(() => suppress(alb, [{ id: "SC-ELB-005", reason: "staging only" }]), {
    message: "suppress(unit/alb): reason must be at least 20 characters (got 12)",
  });
  t.throws(() => suppress(alb, [{ id: "SC-ELB-005", reason: REASON, expires: "2026-02-30" }]), {
    message: /expires must be a date YYYY-MM-DD/,
  });
  t.throws(() => suppress(alb, [{ id: "", reason: REASON }]), { message: /rule id is missing/ });
  t.throws(() => suppress(alb, []), { message: /at least one/ });
  t.deepEqual(suppressionsOf(alb), []);
});

/** The staging fixture with its ALB suppression replaced. */
function stagingWith(suppressions: object[]): Doc {
  const d = fixture("staging");
  d.resource.aws_lb.alb["//"].securecloud.suppressions = suppressions;
  return d;
}

async function gate(t: import("ava").ExecutionContext, d: Doc, args: string[] = []) {
  const dir = writeEstate(tempDir(t), { staging: d });
  const c = io();
  const code = await run([dir, "--format", "json", ...args], c.io);
  return { code, json: code === 2 ? undefined : JSON.parse(c.stdout()), stderr: c.stderr() };
}

test("a valid suppression passes the gate and is listed", async (t) => {
  const { code, json } = await gate(t, fixture("staging"));
  t.is(code, 0);
  const elb = json.suppressions.find((s: { ruleId: string }) => s.ruleId === "SC-ELB-005");
  t.like(elb, {
    status: "applied",
    matched: 1,
    address: "aws_lb.alb",
    scope: "resource",
    expires: "2099-12-31",
  });
  t.true(json.suppressed.some((f: { ruleId: string }) => f.ruleId === "SC-ELB-005"));
});

test("an expired suppression is not honoured and fails the gate even below --fail-on", async (t) => {
  const { code, json } = await gate(
    t,
    stagingWith([{ id: "SC-ELB-005", reason: REASON, expires: "2020-01-31" }]),
    ["--fail-on", "critical"],
  );
  t.is(code, 1);
  t.like(
    json.suppressions.find((s: { ruleId: string }) => s.ruleId === "SC-ELB-005"),
    {
      status: "expired",
      problem: "expired on 2020-01-31",
    },
  );
  const f = json.findings.find((x: { ruleId: string }) => x.ruleId === "SC-ELB-005");
  t.regex(f.message, /suppression expired on 2020-01-31/);
  t.is(json.summary.suppressionErrors, 1);
  t.false(json.summary.passed);
});

test("expiry is inclusive of its last day (UTC)", (t) => {
  const d = stagingWith([{ id: "SC-ELB-005", reason: REASON, expires: "2030-06-15" }]);
  const during = report(d, { now: Date.UTC(2030, 5, 15, 23, 59) });
  const after = report(d, { now: Date.UTC(2030, 5, 16, 0, 0) });
  t.is(during.suppressions.find((s) => s.ruleId === "SC-ELB-005")?.status, "applied");
  t.is(after.suppressions.find((s) => s.ruleId === "SC-ELB-005")?.status, "expired");
});

test("an unknown rule id fails the gate", async (t) => {
  const { code, json } = await gate(
    t,
    stagingWith([
      { id: "SC-ELB-005", reason: REASON },
      { id: "SC-NOPE-001", reason: REASON },
    ]),
  );
  t.is(code, 1);
  t.like(
    json.suppressions.find((s: { ruleId: string }) => s.ruleId === "SC-NOPE-001"),
    {
      status: "unknown-rule",
      problem: 'no rule has the id "SC-NOPE-001"',
    },
  );
});

test("a suppression without a reason (hand-edited JSON) is invalid, not honoured, and fails the gate", async (t) => {
  const { code, json } = await gate(t, stagingWith([{ id: "SC-ELB-005" }]));
  t.is(code, 1);
  t.like(
    json.suppressions.find((s: { ruleId: string }) => s.ruleId === "SC-ELB-005"),
    { status: "invalid", problem: "reason is missing" },
  );
  t.true(json.findings.some((f: { ruleId: string }) => f.ruleId === "SC-ELB-005"));
  const short = await gate(t, stagingWith([{ id: "SC-ELB-005", reason: "because" }]));
  t.is(short.code, 1);
  t.regex(
    short.json.suppressions.find((s: { ruleId: string }) => s.ruleId === "SC-ELB-005").problem,
    /at least 20 characters/,
  );
});

test("an unused suppression is listed but does not fail the gate", async (t) => {
  const d = fixture("prod");
  d.resource.aws_kms_key["data-key"]["//"].securecloud = {
    suppressions: [{ id: "SC-KMS-001", reason: "rotation handled by the key custodian team" }],
  };
  const dir = writeEstate(tempDir(t), { prod: d });
  const c = io();
  t.is(await run([dir], c.io), 0);
  t.regex(
    c.stdout(),
    /Unused suppressions \(1; nothing to suppress, consider removing\):\n {2}SC-KMS-001 on prod aws_kms_key\.data-key/,
  );
});

test("a stack-level suppression covers a missing service", (t) => {
  const d = fixture("prod");
  delete d.resource.aws_securityhub_account;
  delete d.resource.aws_securityhub_standards_subscription;
  t.true(report(d).findings.some((f) => f.ruleId === "SC-SH-001" && f.address === "prod"));
  d["//"].securecloud.suppressions = [
    { id: "SC-SH-001", reason: "Security Hub is administered from the audit account" },
  ];
  const r = report(d);
  t.false(r.findings.some((f) => f.ruleId === "SC-SH-001"));
  t.like(
    r.suppressed.find((f) => f.ruleId === "SC-SH-001"),
    {
      address: "prod",
      suppression: {
        scope: "stack",
        address: "prod",
        reason: "Security Hub is administered from the audit account",
      },
    },
  );
});
