/**
 * The live gate's Security Hub half and the weekly posture report, against moto's Security
 * Hub (BatchImportFindings, GetFindings with pagination) through the real SDK client.
 * Findings are shaped like Security Hub's consolidated control findings (ASFF: Compliance
 * .SecurityControlId, AssociatedStandards, RelatedRequirements, Workflow, RecordState).
 * moto ignores GetFindings filters, so the findings that must not count (passed, archived,
 * suppressed in Security Hub, medium, from another product) are imported too: the gate's own
 * checks must drop them. Suppressions come from a synthesized stack written by the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ConfigServiceClient,
  DescribeComplianceByConfigRuleCommand,
  DescribeConfigRulesCommand,
  ListTagsForResourceCommand,
} from "@aws-sdk/client-config-service";
import {
  type AwsSecurityFinding,
  BatchImportFindingsCommand,
  GetFindingsCommand,
  SecurityHubClient,
} from "@aws-sdk/client-securityhub";
import test from "ava";
import { mockClient } from "aws-sdk-client-mock";
import { parse } from "yaml";
import { runGateAction } from "../../policies/action.ts";
import { run as gate } from "../../policies/cli.ts";
import { runPosture } from "../../policies/live/posture-cli.ts";
import { findingFilters, readSecurityHub } from "../../policies/live/securityhub.ts";
import { loadSuppressions } from "../../policies/live/suppressions.ts";
import { RULES } from "../../policies/rules/index.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";
import { interpolate } from "../pipelines/workflow.ts";
import { fakeCore, ROOT } from "./helpers.ts";

const ACCOUNT = "123456789012";
const REGION = "us-east-1";
const NOW = Date.parse("2026-06-10T12:00:00Z");
const FSBP = "standards/aws-foundational-security-best-practices/v/1.0.0";
const CIS = "standards/cis-aws-foundations-benchmark/v/3.0.0";
const ALB_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/securecloud-staging-alb/50dc6c495c0c9188`;

function finding(
  id: string,
  over: Partial<AwsSecurityFinding> & {
    control: string;
    label?: string;
    resource?: string;
    firstSeen?: string;
  },
): AwsSecurityFinding {
  const { control, label, resource, firstSeen, ...rest } = over;
  return {
    SchemaVersion: "2018-10-08",
    Id: `arn:aws:securityhub:${REGION}:${ACCOUNT}:security-control/${control}/finding/${id}`,
    ProductArn: `arn:aws:securityhub:${REGION}::product/aws/securityhub`,
    GeneratorId: `security-control/${control}`,
    AwsAccountId: ACCOUNT,
    Types: ["Software and Configuration Checks/Industry and Regulatory Standards"],
    FirstObservedAt: firstSeen ?? "2026-01-05T08:00:00.000Z",
    CreatedAt: firstSeen ?? "2026-01-05T08:00:00.000Z",
    UpdatedAt: "2026-06-09T08:00:00.000Z",
    Severity: { Label: (label ?? "HIGH") as "HIGH", Original: label ?? "HIGH" },
    Title: `${control} control`,
    Description: `Checks ${control}`,
    Remediation: {
      Recommendation: {
        Text: "See the control",
        Url: `https://docs.aws.amazon.com/console/securityhub/${control}/remediation`,
      },
    },
    ProductFields: { StandardsArn: `arn:aws:securityhub:::${FSBP}`, ControlId: control },
    Resources: [{ Type: "AwsElbv2LoadBalancer", Id: resource ?? ALB_ARN, Partition: "aws", Region: REGION }],
    Compliance: {
      Status: "FAILED",
      SecurityControlId: control,
      AssociatedStandards: [{ StandardsId: FSBP }],
    },
    RecordState: "ACTIVE",
    Workflow: { Status: "NEW" },
    ...rest,
  } as AwsSecurityFinding;
}

/** A synthesized stack with suppressions: on the ALB (SC-ELB-005 → ELB.6), on the stack, an expired one. */
function synth(extra: { expired?: boolean; unknown?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "hub-synth-"));
  const stackDir = join(dir, "stacks", "staging");
  mkdirSync(stackDir, { recursive: true });
  const doc = {
    "//": {
      securecloud: {
        suppressions: [
          {
            id: "SC-SNS-001",
            reason: "the staging topic carries no customer data, reviewed 2026",
            expires: "2026-06-20",
          },
          ...(extra.unknown
            ? [{ id: "SC-NOPE-999", reason: "a rule that does not exist anywhere at all" }]
            : []),
        ],
      },
    },
    provider: { aws: [{ region: REGION }] },
    terraform: { required_providers: { aws: { source: "aws", version: "6.25.0" } } },
    resource: {
      aws_lb: {
        serving_alb: {
          name: "securecloud-staging-alb",
          internal: false,
          load_balancer_type: "application",
          "//": {
            securecloud: {
              suppressions: [
                {
                  id: "SC-ELB-005",
                  reason: "staging ALB is recreated freely; prod keeps deletion protection",
                  expires: "2099-12-31",
                },
              ],
            },
          },
        },
      },
      aws_s3_bucket: {
        logs: {
          bucket: "securecloud-staging-logs",
          "//": {
            securecloud: {
              suppressions: [
                {
                  id: "SC-S3-003",
                  reason: "log delivery cannot use TLS-only policies here, temporary",
                  expires: extra.expired ? "2026-06-01" : "2099-01-01",
                },
              ],
            },
          },
        },
      },
    },
  };
  writeFileSync(join(stackDir, "cdk.tf.json"), JSON.stringify(doc, null, 2));
  return stackDir;
}

const BUCKET_ARN = "arn:aws:s3:::securecloud-staging-logs";

async function seed(moto: Moto): Promise<SecurityHubClient> {
  const client = new SecurityHubClient(moto.clientConfig());
  const findings = [
    finding("elb6", { control: "ELB.6", label: "HIGH" }),
    finding("elb6-other", {
      control: "ELB.6",
      label: "HIGH",
      resource: ALB_ARN.replace("securecloud-staging-alb", "someone-else-alb"),
    }),
    finding("s3-5", {
      control: "S3.5",
      label: "HIGH",
      resource: BUCKET_ARN,
      firstSeen: "2026-06-08T00:00:00.000Z",
    }),
    finding("sns1", {
      control: "SNS.1",
      label: "CRITICAL",
      resource: `arn:aws:sns:${REGION}:${ACCOUNT}:securecloud-staging-alarms`,
    }),
    finding("iam-cis", {
      control: "IAM.1",
      label: "CRITICAL",
      resource: `arn:aws:iam::${ACCOUNT}:policy/too-wide`,
      Compliance: {
        Status: "FAILED",
        SecurityControlId: "IAM.1",
        AssociatedStandards: [{ StandardsId: CIS }],
        RelatedRequirements: ["CIS AWS Foundations Benchmark v3.0.0/1.16"],
      },
      ProductFields: {},
      firstSeen: "2026-06-09T00:00:00.000Z",
    }),
    // None of these may count:
    finding("passed", {
      control: "ELB.1",
      Compliance: {
        Status: "PASSED",
        SecurityControlId: "ELB.1",
        AssociatedStandards: [{ StandardsId: FSBP }],
      },
    }),
    finding("archived", { control: "ELB.4", RecordState: "ARCHIVED" }),
    finding("suppressed-in-hub", { control: "ELB.5", Workflow: { Status: "SUPPRESSED" } }),
    finding("resolved", { control: "ELB.12", Workflow: { Status: "RESOLVED" } }),
    finding("medium", { control: "EC2.6", label: "MEDIUM" }),
    finding("other-standard", {
      control: "PCI.X",
      Compliance: {
        Status: "FAILED",
        SecurityControlId: "PCI.X",
        AssociatedStandards: [{ StandardsId: "standards/pci-dss/v/3.2.1" }],
      },
      ProductFields: {},
      GeneratorId: "pci-dss/v/3.2.1/PCI.X",
    }),
  ];
  // Enough extra findings for GetFindings to page (100 a page).
  for (let i = 0; i < 105; i++) findings.push(finding(`bulk-${i}`, { control: "ELB.4", label: "LOW" }));
  for (let i = 0; i < findings.length; i += 100) {
    const r = await client.send(new BatchImportFindingsCommand({ Findings: findings.slice(i, i + 100) }));
    if (r.FailedCount) throw new Error(JSON.stringify(r.FailedFindings));
  }
  return client;
}

test("critical and high FSBP/CIS failures block; the static gate's suppressions cover their controls by resource and by stack", async (t) => {
  const moto = await startMoto({ region: REGION });
  t.teardown(() => moto.stop());
  const client = await seed(moto);
  const dir = synth();
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const all = await client.send(new GetFindingsCommand({ MaxResults: 100 }));
  t.truthy(all.NextToken, "the seed pages, so the reader must follow NextToken");

  const report = await readSecurityHub({
    client,
    failOn: "high",
    suppressions: loadSuppressions([dir], RULES, NOW),
  });
  const byId = Object.fromEntries(report.findings.map((f) => [f.id.split("/").at(-1)!, f]));
  t.deepEqual(Object.keys(byId).sort(), ["elb6", "elb6-other", "iam-cis", "s3-5", "sns1"]);
  t.like(byId.elb6, {
    blocking: false,
    suppression: { address: "aws_lb.serving_alb", expires: "2099-12-31" },
  });
  t.like(
    byId["elb6-other"],
    { blocking: true, suppression: undefined },
    "another ALB is not the suppressed one",
  );
  t.like(
    byId.sns1,
    { blocking: false, suppression: { address: "staging" } },
    "a stack-level suppression covers the control",
  );
  t.like(byId["s3-5"], { blocking: false });
  t.like(byId["iam-cis"], { blocking: true, control: "IAM.1", standards: ["cis"] });
  t.deepEqual(report.summary, {
    findings: 2,
    suppressed: 3,
    blocking: 2,
    suppressionErrors: 0,
    bySeverity: { low: 0, medium: 0, high: 1, critical: 1 },
    passed: false,
  });
});

test("an expired suppression stops covering and fails the run; an unknown rule id fails it too", async (t) => {
  const moto = await startMoto({ region: REGION });
  t.teardown(() => moto.stop());
  const client = await seed(moto);
  const dir = synth({ expired: true, unknown: true });
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const report = await readSecurityHub({
    client,
    failOn: "critical",
    suppressions: loadSuppressions([dir], RULES, NOW),
  });
  const s3 = report.findings.find((f) => f.control === "S3.5")!;
  t.is(s3.suppression, undefined);
  t.is(s3.expiredSuppression, "its suppression expired on 2026-06-01");
  t.false(s3.blocking, "high is below --fail-on critical");
  t.deepEqual(
    report.suppressions.filter((s) => s.status !== "active").map((s) => [s.ruleId, s.status]),
    [
      ["SC-NOPE-999", "unknown-rule"],
      ["SC-S3-003", "expired"],
    ],
  );
  t.is(report.summary.suppressionErrors, 2);
  t.false(report.summary.passed);
});

test("the filter sent to GetFindings asks for active, failed, new or notified FSBP/CIS findings, high and above", (t) => {
  const f = findingFilters();
  t.deepEqual(
    f.SeverityLabel?.map((x) => x.Value),
    ["HIGH", "CRITICAL"],
  );
  t.deepEqual(f.RecordState, [{ Value: "ACTIVE", Comparison: "EQUALS" }]);
  t.deepEqual(f.ComplianceStatus, [{ Value: "FAILED", Comparison: "EQUALS" }]);
  t.deepEqual(
    f.WorkflowStatus?.map((x) => x.Value),
    ["NEW", "NOTIFIED"],
  );
  t.deepEqual(f.ComplianceAssociatedStandardsId, [
    { Value: "standards/aws-foundational-security-best-practices", Comparison: "PREFIX" },
    { Value: "standards/cis-aws-foundations-benchmark", Comparison: "PREFIX" },
  ]);
});

test("gate --live --security-hub: exit 1 on a blocking finding, exit 2 without --suppressions or with a missing synth", async (t) => {
  const moto = await startMoto({ region: REGION });
  t.teardown(() => moto.stop());
  const client = await seed(moto);
  const dir = synth();
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  let out = "";
  let err = "";
  const io = {
    stdout: (s: string) => (out += s),
    stderr: (s: string) => (err += s),
    now: NOW,
    hub: { client },
    live: { client: configPassing() },
  };
  t.is(await gate(["--live", "--security-hub", "--suppressions", dir, "--fail-on", "high"], io), 1, err);
  t.regex(out, /FAIL CRITICAL IAM\.1/);
  t.regex(out, /supp HIGH {5}ELB\.6/);
  t.regex(out, /Security Hub result: FAIL: 2 blocking finding\(s\)/);

  for (const [argv, message] of [
    [["--live", "--security-hub"], /^error: --security-hub: needs --suppressions PATH/],
    [
      ["--live", "--security-hub", "--suppressions", join(dir, "missing")],
      /^error: .*missing: no such file or directory/,
    ],
    [["--suppressions", dir], /^error: --suppressions: only applies with --live/],
  ] as const) {
    err = "";
    out = "";
    t.is(await gate([...argv], io), 2, argv.join(" "));
    t.regex(err, message);
    t.is(out, "");
  }
});

/**
 * The Config half passing: one tagged, compliant rule. moto has no Config compliance APIs, so
 * they are stubbed alone with aws-sdk-client-mock, shaped from the AWS Config API reference.
 */
function configPassing(): ConfigServiceClient {
  const client = new ConfigServiceClient({
    region: REGION,
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
  });
  const name = "securecloud-staging-alb-waf-enabled";
  const arn = `arn:aws:config:${REGION}:${ACCOUNT}:config-rule/config-rule-abc`;
  const mock = mockClient(client);
  mock.on(DescribeConfigRulesCommand).resolves({
    ConfigRules: [
      {
        ConfigRuleName: name,
        ConfigRuleArn: arn,
        ConfigRuleState: "ACTIVE",
        Source: { Owner: "AWS", SourceIdentifier: "ALB_WAF_ENABLED" },
      },
    ],
  });
  mock.on(ListTagsForResourceCommand).resolves({ Tags: [{ Key: "securecloud:severity", Value: "high" }] });
  mock.on(DescribeComplianceByConfigRuleCommand).resolves({
    ComplianceByConfigRules: [{ ConfigRuleName: name, Compliance: { ComplianceType: "COMPLIANT" } }],
  });
  return client;
}

test("posture: Markdown by severity and control, new this week, expiring suppressions; SARIF with suppressions as justifications", async (t) => {
  const moto = await startMoto({ region: REGION });
  t.teardown(() => moto.stop());
  const client = await seed(moto);
  const dir = synth();
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const files = mkdtempSync(join(tmpdir(), "posture-"));
  t.teardown(() => rmSync(files, { recursive: true, force: true }));
  let out = "";
  let err = "";
  const summary = join(files, "summary.md");
  writeFileSync(summary, "# earlier step\n");
  const code = await runPosture(
    [
      "--environment",
      "staging",
      "--suppressions",
      dir,
      "--markdown",
      join(files, "posture.md"),
      "--sarif",
      join(files, "posture.sarif"),
      "--summary-file",
      summary,
    ],
    {
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
      now: NOW,
      hub: { client },
      live: { client: configPassing() },
    },
  );
  t.is(code, 1, err);
  const md = readFileSync(join(files, "posture.md"), "utf8");
  t.is(md, out);
  t.is(readFileSync(summary, "utf8"), `# earlier step\n${md}`);
  t.regex(md, /^## Compliance posture: staging: failed/m);
  t.regex(md, /\| critical \| 1 \|\n\| high \| 1 \|/);
  t.regex(
    md,
    /\| critical \| IAM\.1 \| IAM\.1 control \| 1 \| `arn:aws:iam::123456789012:policy\/too-wide` \|/,
  );
  t.regex(md, /\| high \| ELB\.6 \| ELB\.6 control \| 1 \| `[^`]*someone-else-alb[^`]*` \|/);
  // New this week: first seen within 7 days and not suppressed (S3.5 is suppressed, IAM.1 is new).
  const newSection = md.split("### New in the last 7 days")[1]!.split("###")[0]!;
  t.regex(newSection, /\| 2026-06-09 \| critical \| IAM\.1 \|/);
  t.notRegex(newSection, /S3\.5|ELB\.6/);
  // Expiring within 14 days: the stack-level SNS one (10 days left); not the 2099 ones.
  const expiring = md.split("### Suppressions expiring within 14 days")[1]!;
  t.regex(expiring, /\| SC-SNS-001 \| staging \(stack\) \| 2026-06-20 \| 10 \|/);
  t.notRegex(expiring, /SC-ELB-005/);
  t.regex(md, /None of 1 rule\(s\)\./);

  const sarif = JSON.parse(readFileSync(join(files, "posture.sarif"), "utf8"));
  t.is(sarif.version, "2.1.0");
  const results = sarif.runs[0].results as {
    ruleId: string;
    level: string;
    suppressions?: { justification: string }[];
  }[];
  t.is(results.length, 5);
  const elb6 = results.filter((r) => r.ruleId === "securityhub/ELB.6");
  t.is(elb6.length, 2);
  t.is(elb6.filter((r) => r.suppressions).length, 1);
  t.regex(elb6.find((r) => r.suppressions)!.suppressions![0]!.justification, /until 2099-12-31/);
  t.true(
    sarif.runs[0].tool.driver.rules.every(
      (r: { properties: Record<string, string> }) => r.properties["security-severity"],
    ),
  );
});

test("the compliance-gate action with security-hub: the deploy's before-gate fails on a blocking finding, with the CLI's checks", async (t) => {
  const moto = await startMoto({ region: REGION });
  t.teardown(() => moto.stop());
  const client = await seed(moto);
  const dir = synth();
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const deploy = parse(readFileSync(join(ROOT, ".github", "workflows", "deploy.yml"), "utf8")) as {
    jobs: Record<
      string,
      { env?: Record<string, string>; steps: { name?: string; with?: Record<string, string> }[] }
    >;
  };
  const before = deploy.jobs.staging!.steps.find((s) => s.name === "Live compliance gate (before)")!;
  // The workflow's own inputs, with the synthesized stack where the job's synth puts it.
  const inputs: Record<string, string> = {
    ...Object.fromEntries(Object.entries(before.with!).map(([k, v]) => [k, String(v)])),
    region: REGION,
    // Waiting for a fresh Config evaluation is live.test.ts's subject; here Config's half passes.
    evaluate: "false",
    // The stack directory the job's synth writes; this test's synthesized stack stands in for it.
    suppressions: dir,
  };
  t.is(before.with!["security-hub"], "true");
  t.is(
    interpolate(String(before.with!.suppressions), {
      "env.ENVIRONMENT": deploy.jobs.staging!.env!.ENVIRONMENT!,
    }),
    "cdktf.out/stacks/staging",
  );
  const core = fakeCore(inputs);
  const code = await runGateAction(
    core,
    {},
    { now: NOW, hub: { client }, live: { client: configPassing() } },
  );
  t.is(code, 1, core.failed.join("\n"));
  t.deepEqual(core.failed, [
    "live compliance gate failed: 0 AWS Config rule(s) and 2 Security Hub finding(s) or broken suppression(s) block at high or above",
  ]);
  t.is(core.outputs.passed, "false");
  t.true(core.annotations.some((a) => a.startsWith("error IAM.1")));
  // ELB.6 on this estate's ALB is suppressed in the stack; on another account's ALB it blocks.
  t.deepEqual(
    core.annotations.filter((a) => a.includes("ELB.6")).map((a) => a.includes("someone-else-alb")),
    [true],
  );
  t.false(
    core.annotations.some((a) => a.includes(ALB_ARN)),
    "the suppressed finding is not annotated",
  );

  const bad = fakeCore({ ...inputs, "security-hub": "yes" });
  t.is(await runGateAction(bad, {}, { hub: { client } }), 2);
  t.deepEqual(bad.failed, ['error: security-hub: "yes" is not true or false']);
  const missing = fakeCore({ ...inputs, suppressions: "" });
  t.is(await runGateAction(missing, {}, { hub: { client } }), 2);
  t.regex(missing.failed[0]!, /^error: --security-hub: needs --suppressions PATH/);
});
