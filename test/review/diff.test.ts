import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import test from "ava";
import { diffPaths, type Io, run } from "../../review/index.ts";
import type { DiffReport, ResourceReport } from "../../review/report.ts";
import { prod } from "../../stacks/config/environments.ts";
import { synthEnvironment } from "../helpers/estate.ts";

const root = join(import.meta.dirname, "..", "..");
const fixtures = join(root, "test", "fixtures", "diff");
const pair = (name: string) =>
  [join(fixtures, name, "base.json"), join(fixtures, name, "head.json")] as const;

function diffCase(name: string): DiffReport {
  const [base, head] = pair(name);
  return diffPaths(base, head);
}

function resource(report: DiffReport, address: string): ResourceReport {
  const found = report.resources.find((r) => r.address === address);
  if (!found) throw new Error(`no ${address} in ${report.resources.map((r) => r.address).join(", ")}`);
  return found;
}

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
  };
  const code = await run(argv, io);
  return { code, out, err };
}

function flagged(report: DiffReport): Record<string, string> {
  return Object.fromEntries(
    report.resources.filter((r) => r.security.length > 0).map((r) => [r.address, r.security.join("; ")]),
  );
}

test("network: a rule resource and an inline block opened to the internet, IPv4 and IPv6", (t) => {
  const report = diffCase("network");
  const f = flagged(report);
  t.regex(f["aws_vpc_security_group_ingress_rule.admin"]!, /security group.*internet \(0\.0\.0\.0\/0\)/);
  t.regex(f["aws_security_group.app"]!, /internet \(::\/0\)/);
  // Appending one rule reports one added element, not a cascade of changed ones.
  const sg = resource(report, "aws_security_group.app");
  t.deepEqual(
    sg.changes.map((c) => [c.action, c.path]),
    [["added", "ingress[1]"]],
  );
});

test("identity: policies compared as parsed JSON, so key order is no change; * principal and * action named", (t) => {
  const report = diffCase("identity");
  t.false(
    report.resources.some((r) => r.address === "aws_iam_role.stable"),
    "same trust policy with keys reordered and reindented",
  );
  const trust = resource(report, "aws_iam_role.app");
  t.deepEqual(trust.security, ["IAM trust policy changed: allows any principal (*)"]);
  t.true(
    trust.changes.some((c) => c.path === "assume_role_policy.Statement[0].Principal.AWS" && c.after === "*"),
  );
  const policy = resource(report, "aws_iam_role_policy.app");
  t.deepEqual(policy.security, ["IAM / resource policy changed: allows every action (*)"]);
  // The statement with the same Sid is matched by identity; the new one is one addition.
  t.deepEqual(
    policy.changes.map((c) => [c.action, c.path]),
    [
      ["added", "policy.Statement[0].Action[1]"],
      ["added", "policy.Statement[1]"],
    ],
  );
});

test("WAF: rate limit and a managed rule group switched to count", (t) => {
  const acl = resource(diffCase("waf"), "aws_wafv2_web_acl.edge");
  const limit = acl.changes.find((c) => c.path.endsWith("rate_based_statement.limit"))!;
  t.deepEqual([limit.before, limit.after, limit.security], [1000, 20000, "WAF rate limit changed"]);
  t.true(acl.changes.some((c) => c.path === "rule[1].override_action.count" && c.action === "added"));
  t.true(acl.security.includes("WAF rule or action changed"));
});

test("encryption: SSE algorithm, a dropped KMS key and key rotation turned off", (t) => {
  const f = flagged(diffCase("encryption"));
  t.regex(f["aws_s3_bucket_server_side_encryption_configuration.data"]!, /encryption/);
  t.regex(f["aws_cloudwatch_log_group.app"]!, /encryption/);
  t.regex(f["aws_kms_key.k"]!, /enable_key_rotation off/);
});

test("logging: trail validation, ALB access logs and flow log scope", (t) => {
  const f = flagged(diffCase("logging"));
  t.regex(f["aws_cloudtrail.trail"]!, /enable_log_file_validation off/);
  t.regex(f["aws_lb.alb"]!, /logging.*turns enabled off/);
  t.regex(f["aws_flow_log.vpc"]!, /logging/);
});

test("public access: bucket block relaxed, internet-facing load balancer, public task IP", (t) => {
  const f = flagged(diffCase("public-access"));
  t.regex(f["aws_s3_bucket_public_access_block.data"]!, /public access.*block_public_policy off/);
  t.regex(f["aws_lb.internal_api"]!, /internet-facing/);
  t.regex(f["aws_ecs_service.svc"]!, /assign_public_ip on/);
});

test("listeners and TLS: TLS policy, certificate, and a new plain listener", (t) => {
  const report = diffCase("listener-tls");
  const https = resource(report, "aws_lb_listener.https");
  t.deepEqual(https.changes.map((c) => c.path).sort(), ["certificate_arn", "ssl_policy"]);
  t.true(https.changes.every((c) => /TLS/.test(c.security ?? "")));
  const plain = resource(report, "aws_lb_listener.plain");
  t.is(plain.action, "added");
  t.deepEqual(plain.security, ["new listener / TLS"]);
});

test("deletion protection off and force_destroy on", (t) => {
  const f = flagged(diffCase("deletion-protection"));
  t.regex(f["aws_lb.alb"]!, /deletion protection.*enable_deletion_protection off/);
  t.regex(f["aws_s3_bucket.logs"]!, /force_destroy on/);
});

test("every removed security service is flagged, the removed topic is not", (t) => {
  const report = diffCase("security-service-removed");
  t.deepEqual(Object.keys(flagged(report)).sort(), [
    "aws_cloudtrail.trail",
    "aws_config_configuration_recorder.rec",
    "aws_guardduty_detector.main",
    "aws_securityhub_account.hub",
    "aws_shield_protection.alb",
    "aws_wafv2_web_acl_association.alb",
  ]);
  t.true(report.resources.every((r) => r.action === "removed"));
});

test("benign changes are listed but not flagged; JSON bodies compare by content", (t) => {
  const report = diffCase("benign");
  t.is(report.summary.security, 0);
  t.deepEqual(
    report.resources.map((r) => [r.action, r.address]),
    [
      ["changed", "aws_cloudwatch_dashboard.main"],
      ["changed", "aws_ecs_service.svc"],
      ["added", "aws_sns_topic.new"],
      ["removed", "aws_ssm_parameter.old"],
    ],
  );
  const dash = resource(report, "aws_cloudwatch_dashboard.main");
  t.deepEqual(
    dash.changes.map((c) => [c.path, c.before, c.after]),
    [["dashboard_body.widgets[0].properties.markdown", "hi", "hello"]],
  );
});

test("a suppression added to gate metadata is flagged; cdktf's own metadata is ignored", (t) => {
  const alb = resource(diffCase("suppression"), "aws_lb.alb");
  t.deepEqual(
    alb.changes.map((c) => c.path),
    ["//securecloud"],
  );
  t.deepEqual(alb.security, ["compliance suppression or gate metadata changed"]);
});

test("container hardening inside a JSON container definition; image and env changes stay unflagged", (t) => {
  const td = resource(diffCase("container"), "aws_ecs_task_definition.app");
  const byPath = Object.fromEntries(td.changes.map((c) => [c.path, c.security]));
  t.regex(byPath["container_definitions[0].privileged"]!, /privileged on/);
  t.regex(byPath["container_definitions[0].readonlyRootFilesystem"]!, /readonly_root_filesystem off/);
  t.regex(byPath.task_role_arn!, /IAM role/);
  t.is(byPath["container_definitions[0].image"], undefined);
  t.is(byPath["container_definitions[0].environment[0].value"], undefined);
});

test("cdktf.out directories: stacks paired by name, added and removed stacks, other files ignored", (t) => {
  const report = diffPaths(join(fixtures, "estate", "base"), join(fixtures, "estate", "head"));
  t.deepEqual(
    report.stacks.map((s) => [s.stack, s.status]),
    [
      ["alpha", "changed"],
      ["beta", "removed"],
      ["gamma", "added"],
    ],
  );
  t.regex(flagged(report)["aws_guardduty_detector.main"]!, /security service resource removed/);
  t.deepEqual(resource(report, "aws_iam_role.r").security, ["new IAM / resource policy"]);
  // The stacks directory itself and one stack directory are accepted too.
  const viaStacks = diffPaths(
    join(fixtures, "estate", "base", "stacks"),
    join(fixtures, "estate", "head", "stacks"),
  );
  t.deepEqual(viaStacks.resources, report.resources);
  const oneStack = diffPaths(
    join(fixtures, "estate", "base", "stacks", "alpha"),
    join(fixtures, "estate", "head", "stacks", "alpha", "cdk.tf.json"),
  );
  t.deepEqual(
    oneStack.resources.map((r) => r.address),
    ["aws_sns_topic.t"],
  );
});

/** Rewrites every object of a JSON document with its keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((k) => [k, reverseKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

test("deterministic: two runs are byte-identical, and key order in the input changes nothing", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "diff-det-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of readdirSync(fixtures).filter((n) => n !== "bad" && n !== "estate")) {
    const [base, head] = pair(name);
    for (const format of ["markdown", "json"]) {
      const first = await cli(["--base", base, "--head", head, "--format", format]);
      const second = await cli(["--base", base, "--head", head, "--format", format]);
      t.is(first.code, 0);
      t.is(first.out, second.out, `${name} ${format}`);
      const shuffled = join(dir, name, "head.json");
      mkdirSync(dirname(shuffled), { recursive: true });
      writeFileSync(shuffled, JSON.stringify(reverseKeys(JSON.parse(readFileSync(head, "utf8")))));
      const reordered = await cli(["--base", base, "--head", shuffled, "--format", format]);
      t.is(reordered.out.replace(shuffled, head), first.out, `${name} ${format} with reversed keys`);
    }
  }
});

test("markdown: counts, the security table before the per-stack details, values inert", async (t) => {
  const [base, head] = pair("identity");
  const { code, out } = await cli(["--base", base, "--head", head]);
  t.is(code, 0);
  t.regex(out, /\*\*0\*\* added · \*\*0\*\* removed · \*\*2\*\* changed · \*\*2\*\* security-relevant/);
  const security = out.indexOf("Security-relevant changes (2)");
  const details = out.indexOf("<details>");
  t.true(security > 0 && details > security);
  t.regex(out, /<summary><b>head<\/b>: 0 added · 0 removed · 2 changed · ⚠️ 2 security-relevant<\/summary>/);
  t.is(out.match(/<details>/g)?.length, out.match(/<\/details>/g)?.length);
});

test("markdown: hostile values stay inside code spans and long values are truncated", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "diff-md-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const doc = (name: string) => ({ resource: { aws_sns_topic: { t: { name } } } });
  const hostile = "x | y `z` </details> @octocat <img src=x>";
  writeFileSync(join(dir, "base.json"), JSON.stringify(doc("a")));
  writeFileSync(join(dir, "head.json"), JSON.stringify(doc(hostile)));
  writeFileSync(join(dir, "long.json"), JSON.stringify(doc("L".repeat(5000))));
  const { out } = await cli(["--base", join(dir, "base.json"), "--head", join(dir, "head.json")]);
  const row = out.split("\n").find((l) => l.startsWith("| ``name``") || l.startsWith("| `name`"))!;
  t.truthy(row, out);
  t.true(row.includes("``x \\| y `z` </details> @octocat <img src=x>``"), row);
  t.is(
    out.split("\n").filter((l) => l.includes("</details>") && !l.includes("``")).length,
    1,
    "only the section's own closing tag is outside a code span",
  );
  const long = await cli(["--base", join(dir, "base.json"), "--head", join(dir, "long.json")]);
  t.regex(long.out, /L{120}… \(5000 chars\)/);
  const json = await cli([
    "--base",
    join(dir, "base.json"),
    "--head",
    join(dir, "long.json"),
    "--format",
    "json",
  ]);
  const after = JSON.parse(json.out).resources[0].changes[0].after as string;
  t.regex(after, /… \(5002 chars\)$/);
});

test("JSON output: documented shape", async (t) => {
  const [base, head] = pair("listener-tls");
  const { out } = await cli(["--base", base, "--head", head, "--format", "json"]);
  const doc = JSON.parse(out);
  t.deepEqual(Object.keys(doc), ["version", "base", "head", "summary", "stacks", "resources"]);
  t.is(doc.version, 1);
  t.deepEqual(doc.summary, { stacks: 1, added: 1, removed: 0, changed: 1, security: 2 });
  t.deepEqual(Object.keys(doc.resources[0]), [
    "stack",
    "address",
    "type",
    "kind",
    "action",
    "security",
    "changes",
  ]);
  t.deepEqual(doc.resources[0].changes[0], {
    path: "certificate_arn",
    action: "changed",
    before: "arn:aws:acm:us-east-1:123456789012:certificate/a",
    after: "arn:aws:acm:us-east-1:123456789012:certificate/b",
    security: "TLS / listener security setting changed",
  });
});

test("--fail-on-security exits 1 only when something security-relevant changed", async (t) => {
  const [b1, h1] = pair("network");
  const [b2, h2] = pair("benign");
  t.is((await cli(["--base", b1, "--head", h1])).code, 0, "a diff is information by default");
  t.is((await cli(["--base", b1, "--head", h1, "--fail-on-security"])).code, 1);
  t.is((await cli(["--base", b2, "--head", h2, "--fail-on-security"])).code, 0);
});

const bad = (name: string) => join(fixtures, "bad", name);
const good = join(fixtures, "benign", "base.json");
const badInputs: Array<[string, string[], RegExp]> = [
  ["missing --base", ["--head", good], /^error: --base: is required$/],
  ["missing --head", ["--base", good], /^error: --head: is required$/],
  [
    "unknown flag",
    ["--base", good, "--head", good, "--colour"],
    /^error: --colour: unknown flag \(see securecloud diff --help\)$/,
  ],
  [
    "stray argument",
    ["--base", good, "--head", good, "extra"],
    /^error: "extra": unexpected argument \(see securecloud diff --help\)$/,
  ],
  ["flag without value", ["--base", good, "--head"], /^error: --head: needs a value$/],
  ["unknown format", ["--base", good, "--head", good, "--format", "html"], /^error: --format: "html"/],
  ["missing path", ["--base", bad("nowhere"), "--head", good], /^error: --base: .*nowhere does not exist$/],
  ["invalid JSON", ["--base", good, "--head", bad("not-json.json")], /^error: --head: .*not valid JSON/],
  ["not Terraform", ["--base", bad("not-terraform.json"), "--head", good], /not a Terraform JSON document/],
  ["JSON array", ["--base", good, "--head", bad("array.json")], /not a Terraform JSON document/],
  [
    "resource not blocks",
    ["--base", good, "--head", bad("bad-resource.json")],
    /"resource\.aws_lb" must map/,
  ],
  ["directory without stacks", ["--base", bad("empty-dir"), "--head", good], /holds no cdk\.tf\.json/],
];

for (const [title, argv, message] of badInputs) {
  test(`bad input exits 2 with one line and no output: ${title}`, async (t) => {
    const { code, out, err } = await cli(argv);
    t.is(code, 2);
    t.is(out, "");
    t.is(err.split("\n").filter(Boolean).length, 1);
    t.regex(err.trim(), message);
  });
}

test("the command as a process: exit codes and streams", (t) => {
  const [base, head] = pair("waf");
  const node = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", join(root, "cli", "securecloud.ts"), "diff", ...args], {
      encoding: "utf8",
    });
  const ok = node(["--base", base, "--head", head, "--format", "json"]);
  t.is(ok.status, 0, ok.stderr);
  t.is(JSON.parse(ok.stdout).summary.security, 1);
  const wrong = node(["--base", base]);
  t.is(wrong.status, 2);
  t.is(wrong.stdout, "");
  t.is(wrong.stderr, "error: --head: is required\n");
});

test("the real estate: an unchanged synth is no change; opening a port and dropping GuardDuty are flagged", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "diff-estate-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const { doc } = synthEnvironment(prod);
  const base = join(dir, "base", "stacks", "prod", "cdk.tf.json");
  const head = join(dir, "head", "stacks", "prod", "cdk.tf.json");
  for (const file of [base, head]) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(doc));
  }
  const same = await cli(["--base", join(dir, "base"), "--head", join(dir, "head")]);
  t.regex(same.out, /\*\*0\*\* added · \*\*0\*\* removed · \*\*0\*\* changed/);

  const changed = JSON.parse(JSON.stringify(doc)) as {
    resource: Record<string, Record<string, Record<string, unknown>>>;
  };
  const ingress = changed.resource.aws_vpc_security_group_ingress_rule!;
  const testListenerRule = Object.entries(ingress).find(([, r]) => r.from_port === 8443)!;
  testListenerRule[1].cidr_ipv4 = "0.0.0.0/0";
  delete testListenerRule[1].cidr_ipv6;
  delete changed.resource.aws_guardduty_detector;
  writeFileSync(head, JSON.stringify(changed));
  const report = diffPaths(join(dir, "base"), join(dir, "head"));
  const f = flagged(report);
  t.regex(f[`aws_vpc_security_group_ingress_rule.${testListenerRule[0]}`]!, /internet \(0\.0\.0\.0\/0\)/);
  const detectors = Object.keys(doc.resource.aws_guardduty_detector ?? {});
  t.true(detectors.length > 0);
  for (const name of detectors)
    t.regex(f[`aws_guardduty_detector.${name}`]!, /security service resource removed/);
});

test("the module stays light: only node built-ins, the shared conventions and CLI, the one reader and its own files", (t) => {
  const allowed: Record<string, (spec: string) => boolean> = {
    review: (spec) =>
      spec === "../common/conventions.ts" ||
      spec === "../common/cli.ts" ||
      spec === "../common/terraform/index.ts",
    [join("common", "terraform")]: (spec) => spec === "../conventions.ts",
  };
  for (const [folder, ok] of Object.entries(allowed)) {
    const dir = join(root, folder);
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    t.true(files.length > 0, folder);
    for (const file of files) {
      const source = readFileSync(join(dir, file), "utf8");
      for (const m of source.matchAll(/^(?:import|export)[^;]*?from\s+"([^"]+)"/gms)) {
        const spec = m[1]!;
        t.true(
          spec.startsWith("node:") || spec.startsWith("./") || ok(spec),
          `${folder}/${file} imports ${spec}`,
        );
      }
    }
  }
});
