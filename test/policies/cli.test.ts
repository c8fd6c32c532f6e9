import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import test from "ava";
import { run } from "../../policies/cli.ts";
import type { CoreLike } from "../../policies/report/github.ts";
import { RULES } from "../../policies/rules/index.ts";
import { type Doc, ESTATE, FIXTURES, fixture, io, ROOT, tempDir, writeEstate } from "./helpers.ts";

/** prod with one high (WAF association), one medium (ELB.4) and one low (SC-S3-005) finding. */
function failing(): Doc {
  const d = fixture("prod");
  delete d.resource.aws_wafv2_web_acl_association;
  d.resource.aws_lb.alb.drop_invalid_header_fields = false;
  d.resource.aws_s3_bucket_server_side_encryption_configuration[
    "config-bucket-encryption"
  ].rule[0].apply_server_side_encryption_by_default = {
    sse_algorithm: "AES256",
  };
  return d;
}

test("the compliant fixture estate passes: exit 0 and a PASS line", async (t) => {
  const c = io();
  t.is(await run([ESTATE], c.io), 0);
  t.regex(
    c.stdout(),
    /^Compliance gate: 2 stack\(s\), \d+ resource\(s\), \d+ rule\(s\), failing at medium or above/,
  );
  t.regex(c.stdout(), /Result: PASS: 0 finding\(s\) at or above medium/);
  t.is(c.stderr(), "");
});

test("exit 1 when a finding is at or above --fail-on, 0 when all are below", async (t) => {
  const dir = writeEstate(tempDir(t), { prod: failing() });
  const expect = { low: 1, medium: 1, high: 1, critical: 0 } as const;
  for (const [level, code] of Object.entries(expect)) {
    const c = io();
    t.is(await run([dir, "--fail-on", level], c.io), code, `--fail-on ${level}`);
    t.is(c.stderr(), "");
  }
  const c = io();
  t.is(await run([dir], c.io), 1, "default --fail-on is medium");
  t.regex(c.stdout(), /FAIL HIGH {5}SC-WAF-001 {2}aws_lb\.alb \(.*stacks\/prod\/cdk\.tf\.json:\d+\)/);
  t.regex(c.stdout(), /warn LOW {6}SC-S3-005/);
});

test("the default path is cdktf.out in the working directory", async (t) => {
  const cwd = tempDir(t);
  writeEstate(join(cwd, "cdktf.out"), { prod: fixture("prod") });
  const c = io({ cwd });
  t.is(await run([], c.io), 0);
  t.regex(c.stdout(), /1 stack\(s\)/);
  const empty = tempDir(t);
  const e = io({ cwd: empty });
  t.is(await run([], e.io), 2);
  t.is(e.stderr(), "error: cdktf.out: no such file or directory\n");
});

test("every bad input: exit 2, one error line on stderr, nothing on stdout", async (t) => {
  const dir = tempDir(t);
  const good = writeEstate(join(dir, "good"), { prod: fixture("prod") });
  writeFileSync(join(dir, "broken.json"), '{"resource": {');
  writeFileSync(join(dir, "package.json"), '{"name": "securecloud-monitor"}');
  mkdirSync(join(dir, "no-stacks"));
  const cases: [string[], RegExp][] = [
    [[join(dir, "missing")], /^error: .*missing: no such file or directory$/],
    [
      [good, join(dir, "broken.json")],
      /^error: .*broken\.json: invalid JSON: unexpected end of input at line 1, column 15$/,
    ],
    [
      [join(dir, "package.json")],
      /^error: .*package\.json: not a Terraform JSON document: unexpected top-level key "name"$/,
    ],
    [[join(dir, "no-stacks")], /^error: .*no-stacks: no cdk\.tf\.json found/],
    [[good, "--bogus"], /^error: --bogus: unknown flag \(see securecloud gate --help\)$/],
    [[good, "-x"], /^error: -x: unknown flag/],
    [[good, "--fail-on", "severe"], /^error: --fail-on: "severe" is not one of low, medium, high, critical$/],
    [[good, "--fail-on"], /^error: --fail-on: needs a value$/],
    [[good, "--format", "xml"], /^error: --format: "xml" is not one of text, json, sarif, github$/],
    [[good, "--live=yes"], /^error: --live: does not take a value$/],
    [[good, "--evaluate"], /^error: --evaluate: only applies with --live$/],
    [["--live", good], /paths do not apply with --live/],
    [["--live", "--format", "sarif"], /^error: --format: sarif needs file locations/],
    [["--live", "--timeout", "soon"], /^error: --timeout: "soon" is not a number of seconds/],
    [["--live", "--timeout", "0"], /^error: --timeout/],
    [
      ["--live", "--insufficient-data", "ignore"],
      /^error: --insufficient-data: "ignore" is not one of block, report$/,
    ],
    [["--live", "--region", "mars"], /^error: --region: "mars" is not an AWS region name$/],
  ];
  for (const [argv, expected] of cases) {
    const c = io({ cwd: dir });
    t.is(await run(argv, c.io), 2, argv.join(" "));
    t.is(c.stdout(), "", `no report for ${argv.join(" ")}`);
    const lines = c.stderr().split("\n").filter(Boolean);
    t.is(lines.length, 1, argv.join(" "));
    t.regex(lines[0]!, expected);
  }
});

test("--help prints usage and exits 0", async (t) => {
  const c = io();
  t.is(await run(["--help"], c.io), 0);
  t.regex(
    c.stdout(),
    /^Usage: securecloud gate \[options\] \[PATH\.\.\.\]\n[\s\S]*--fail-on <SEVERITY>[\s\S]*-o, --output <FORMAT>[\s\S]*Examples:/,
  );
});

test("--format json has findings, suppressed and summary in the documented shape", async (t) => {
  const dir = writeEstate(tempDir(t), { prod: failing(), staging: fixture("staging") });
  const c = io();
  t.is(await run([dir, "--format", "json"], c.io), 1);
  const out = JSON.parse(c.stdout());
  t.deepEqual(Object.keys(out).sort(), ["findings", "summary", "suppressed", "suppressions"]);
  const waf = out.findings.find((f: { ruleId: string }) => f.ruleId === "SC-WAF-001");
  t.like(waf, {
    ruleId: "SC-WAF-001",
    severity: "high",
    stack: "prod",
    address: "aws_lb.alb",
    controls: ["FSBP ELB.16"],
  });
  t.is(typeof waf.message, "string");
  for (const f of out.findings)
    for (const k of ["ruleId", "severity", "stack", "address", "message", "controls"]) t.true(k in f, k);
  t.true(out.suppressed.every((f: { suppression: { reason: string } }) => f.suppression.reason.length >= 20));
  t.like(out.summary, { stacks: 2, failOn: "medium", passed: false, suppressionErrors: 0 });
  t.is(out.summary.findings, out.findings.length);
  t.is(
    out.summary.bySeverity.high + out.summary.bySeverity.medium + out.summary.bySeverity.critical,
    out.summary.blocking,
  );
});

function sarifValidator() {
  // CommonJS module: its class is both module.exports and .default
  const ajv = new AjvDraft04.default({ strict: false, allErrors: true });
  ajv.addFormat("uri", (s: string) => {
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  });
  ajv.addFormat("uri-reference", (s: string) => {
    try {
      new URL(s, "file:///base/");
      return !/\s/.test(s);
    } catch {
      return false;
    }
  });
  ajv.addFormat("date-time", (s: string) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)));
  return ajv.compile(JSON.parse(readFileSync(join(FIXTURES, "sarif-schema-2.1.0.json"), "utf8")));
}

test("--format sarif is valid SARIF 2.1.0 with rules, help text and results at the resource", async (t) => {
  const cwd = tempDir(t);
  const d = failing();
  writeEstate(join(cwd, "cdktf.out"), { prod: d, staging: fixture("staging") });
  const c = io({ cwd });
  t.is(await run(["--format", "sarif"], c.io), 1);
  const sarif = JSON.parse(c.stdout());
  const validate = sarifValidator();
  t.true(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5)));
  // the validator does reject what is not SARIF
  t.false(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] }));

  const runObj = sarif.runs[0];
  t.is(runObj.tool.driver.rules.length, RULES.length);
  for (const r of runObj.tool.driver.rules) {
    t.truthy(r.help.text.includes("Remediation:"), r.id);
    t.truthy(r.help.markdown, r.id);
    t.regex(r.properties["security-severity"], /^\d+\.\d$/);
  }
  const waf = runObj.results.find((r: { ruleId: string }) => r.ruleId === "SC-WAF-001");
  t.is(runObj.tool.driver.rules[waf.ruleIndex].id, "SC-WAF-001");
  const loc = waf.locations[0];
  t.deepEqual(loc.physicalLocation.artifactLocation, {
    uri: "cdktf.out/stacks/prod/cdk.tf.json",
    uriBaseId: "%SRCROOT%",
  });
  const lines = readFileSync(join(cwd, "cdktf.out/stacks/prod/cdk.tf.json"), "utf8").split("\n");
  t.regex(
    lines[loc.physicalLocation.region.startLine - 1] ?? "",
    /^\s{6}"alb": \{$/,
    "region starts at the resource's key",
  );
  t.like(loc.logicalLocations[0], {
    name: "aws_lb.alb",
    fullyQualifiedName: "prod/aws_lb.alb",
    kind: "resource",
  });
  t.is(waf.level, "error");
  const suppressed = runObj.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
  t.true(suppressed.length > 0);
  t.regex(suppressed[0].suppressions[0].justification, /.{20,}/);
});

test("SARIF carries broken suppressions as results of their own", async (t) => {
  const d = fixture("staging");
  d.resource.aws_lb.alb["//"].securecloud.suppressions = [
    { id: "SC-ELB-005", reason: "ALB is recreated freely in staging", expires: "2001-01-01" },
  ];
  const cwd = tempDir(t);
  writeEstate(join(cwd, "out"), { staging: d });
  const c = io({ cwd });
  t.is(await run(["out", "--format", "sarif"], c.io), 1);
  const sarif = JSON.parse(c.stdout());
  t.true(sarifValidator()(sarif));
  t.like(sarif.runs[0].properties.suppressions[0], {
    ruleId: "SC-ELB-005",
    status: "expired",
    address: "aws_lb.alb",
  });
  const broken = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "SC-GATE-SUPPRESSION");
  t.regex(broken.message.text, /SC-ELB-005 on staging aws_lb\.alb is expired: expired on 2001-01-01/);
});

test("--format github: annotations at the resource, blocking as errors, and a job summary", async (t) => {
  const dir = writeEstate(tempDir(t), { prod: failing() });
  const calls: [string, string, Record<string, unknown> | undefined][] = [];
  const written: string[] = [];
  const parts: string[] = [];
  const summary: CoreLike["summary"] = {
    addHeading(text) {
      parts.push(`# ${text}`);
      return summary;
    },
    addRaw(text) {
      parts.push(text);
      return summary;
    },
    addTable(rows) {
      parts.push(JSON.stringify(rows));
      return summary;
    },
    write: async () => written.push(parts.join("\n")),
  };
  const core: CoreLike = {
    error: (m, p) => calls.push(["error", m, p]),
    warning: (m, p) => calls.push(["warning", m, p]),
    notice: (m, p) => calls.push(["notice", m, p]),
    summary,
  };
  const c = io({ core, env: { GITHUB_STEP_SUMMARY: "/dev/null" } });
  t.is(await run([dir, "--format", "github"], c.io), 1);
  const waf = calls.find(([, m]) => m.includes("aws_lb.alb") && m.includes("web_acl"));
  t.is(waf?.[0], "error");
  t.like(waf?.[2], {
    title: "SC-WAF-001 (high): Every internet-facing application load balancer has a WAF web ACL",
  });
  t.regex(String(waf?.[2]?.file), /stacks\/prod\/cdk\.tf\.json$/);
  t.true(Number(waf?.[2]?.startLine) > 1);
  t.is(calls.find(([, m]) => m.includes("SC-S3-005") || m.includes("default encryption"))?.[0], "notice");
  t.is(written.length, 1);
  t.regex(written[0]!, /# Compliance gate: failed/);
  t.regex(written[0]!, /SC-WAF-001/);
  t.regex(c.stdout(), /Result: FAIL/);

  // no GITHUB_STEP_SUMMARY: annotations only
  written.length = 0;
  t.is(await run([dir, "--format", "github"], io({ core, env: {} }).io), 1);
  t.is(written.length, 0);
});

test("the process entry: real @actions/core annotations on stdout and a summary file, report not mixed into stderr", (t) => {
  const dir = writeEstate(tempDir(t), { prod: failing() });
  const summaryFile = join(tempDir(t), "summary.md");
  writeFileSync(summaryFile, "");
  const res = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "cli/securecloud.ts"), "gate", dir, "--format", "github"],
    {
      env: { ...process.env, GITHUB_STEP_SUMMARY: summaryFile },
      encoding: "utf8",
    },
  );
  t.is(res.status, 1);
  t.regex(
    res.stdout,
    /^::error title=SC-WAF-001 \(high\)%3A .*,file=.*stacks\/prod\/cdk\.tf\.json,line=\d+::prod aws_lb\.alb: /m,
  );
  t.regex(res.stdout, /^::notice /m);
  t.is(res.stderr.replace(/npm warn.*\n/g, ""), "");
  const md = readFileSync(summaryFile, "utf8");
  t.regex(md, /<h2>Compliance gate: failed<\/h2>/);
  t.regex(md, /<table>.*SC-WAF-001.*<\/table>/s);

  const bad = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "cli/securecloud.ts"), "gate", join(dir, "nope")],
    { encoding: "utf8" },
  );
  t.is(bad.status, 2);
  t.is(bad.stdout, "");
  t.regex(bad.stderr, /^error: .*nope: no such file or directory\n$/);
});
