/**
 * The weekly compliance report and the edge drill workflows, run from their own `run:` and
 * `env:` (expressions evaluated against a context, as the runner would):
 *
 * - compliance-report.yml: bash runs the posture step's script with `node` shimmed to record
 *   the argv the script builds; that argv then runs in-process against moto's Security Hub
 *   (Config's compliance APIs, which moto lacks, stubbed alone). The files land where the
 *   upload step's `path:` says, and the job summary gets the report.
 * - drill.yml: bash runs the drill step's script for real, with the committed bundle, against
 *   a loopback server that starts answering 429; the job summary gets the chart.
 */
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ConfigServiceClient,
  DescribeComplianceByConfigRuleCommand,
  DescribeConfigRulesCommand,
  ListTagsForResourceCommand,
} from "@aws-sdk/client-config-service";
import { BatchImportFindingsCommand, SecurityHubClient } from "@aws-sdk/client-securityhub";
import test from "ava";
import { mockClient } from "aws-sdk-client-mock";
import { runPosture } from "../../policies/live/posture-cli.ts";
import { ENVIRONMENTS } from "../../stacks/config/environments.ts";
import { startMoto } from "../helpers/moto.ts";
import { findStep, interpolate, load, ROOT, type Step } from "./workflow.ts";

const report = load("compliance-report.yml");
const drill = load("drill.yml");

/** Runs a step's script with bash, its env interpolated from the context, `node` optionally shimmed. */
async function runScript(
  step: Step,
  context: Record<string, string>,
  extra: Record<string, string>,
  opts: { shimNode?: string } = {},
): Promise<{ code: number | null; stderr: string }> {
  const env = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), context)]),
  );
  let path = process.env.PATH ?? "";
  if (opts.shimNode) {
    const bin = mkdtempSync(join(tmpdir(), "shim-"));
    writeFileSync(
      join(bin, "node"),
      `#!/bin/sh\nfor a in "$@"; do printf '%s\\0' "$a"; done > "${opts.shimNode}"\n`,
    );
    chmodSync(join(bin, "node"), 0o755);
    path = `${bin}:${path}`;
  }
  const child = spawn("bash", ["-e", "-c", step.run!], {
    cwd: ROOT,
    env: { PATH: path, ...extra, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { code, stderr };
}

test("compliance report: weekly, and on dispatch; one job per environment the stacks define", (t) => {
  const on = report.on as { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
  t.is(on.schedule?.length, 1);
  const [minute, hour, dom, month, dow] = on.schedule![0]!.cron.split(" ");
  t.true(/^\d+$/.test(minute!) && /^\d+$/.test(hour!), "a fixed time");
  t.deepEqual([dom, month], ["*", "*"]);
  t.regex(dow!, /^[0-6]$/, "one day a week");
  t.true("workflow_dispatch" in on);
  const job = report.jobs.report!;
  t.deepEqual(
    [...((job.strategy?.matrix?.environment ?? []) as string[])].sort(),
    ENVIRONMENTS.map((e) => e.name).sort(),
  );
  t.deepEqual(job.permissions, { contents: "read", "id-token": "write" });
  t.deepEqual(job.environment, { name: ["$", "{{ matrix.environment }}-report"].join("") });
});

test("compliance report: the posture step writes the summary, Markdown and SARIF where the upload step picks them up", async (t) => {
  const moto = await startMoto({ region: "us-east-1" });
  t.teardown(() => moto.stop());
  const hub = new SecurityHubClient(moto.clientConfig());
  await hub.send(
    new BatchImportFindingsCommand({
      Findings: [
        {
          SchemaVersion: "2018-10-08",
          Id: "arn:aws:securityhub:us-east-1:210987654321:security-control/ELB.6/finding/abc",
          ProductArn: "arn:aws:securityhub:us-east-1::product/aws/securityhub",
          GeneratorId: "security-control/ELB.6",
          AwsAccountId: "210987654321",
          Types: ["Software and Configuration Checks/Industry and Regulatory Standards"],
          CreatedAt: "2026-01-01T00:00:00Z",
          UpdatedAt: "2026-01-02T00:00:00Z",
          FirstObservedAt: "2026-01-01T00:00:00Z",
          Severity: { Label: "HIGH" },
          Title: "Application, Gateway, and Network Load Balancers should have deletion protection enabled",
          Description: "ELB.6",
          Resources: [
            {
              Type: "AwsElbv2LoadBalancer",
              Id: "arn:aws:elasticloadbalancing:us-east-1:210987654321:loadbalancer/app/securecloud-staging-alb/0123456789abcdef",
            },
          ],
          Compliance: {
            Status: "FAILED",
            SecurityControlId: "ELB.6",
            AssociatedStandards: [
              { StandardsId: "standards/aws-foundational-security-best-practices/v/1.0.0" },
            ],
          },
          RecordState: "ACTIVE",
          Workflow: { Status: "NEW" },
        },
      ],
    }),
  );
  const config = new ConfigServiceClient({
    region: "us-east-1",
    credentials: { accessKeyId: "x", secretAccessKey: "x" },
  });
  const cfg = mockClient(config);
  const rule = "securecloud-staging-alb-waf-enabled";
  cfg.on(DescribeConfigRulesCommand).resolves({
    ConfigRules: [
      {
        ConfigRuleName: rule,
        ConfigRuleArn: `arn:aws:config:us-east-1:210987654321:config-rule/${rule}`,
        ConfigRuleState: "ACTIVE",
        Source: { Owner: "AWS", SourceIdentifier: "ALB_WAF_ENABLED" },
      },
    ],
  });
  cfg.on(ListTagsForResourceCommand).resolves({ Tags: [{ Key: "securecloud:severity", Value: "high" }] });
  cfg.on(DescribeComplianceByConfigRuleCommand).resolves({
    ComplianceByConfigRules: [{ ConfigRuleName: rule, Compliance: { ComplianceType: "COMPLIANT" } }],
  });

  // The synth the workflow's earlier step makes: staging, with its real suppressions.
  const work = mkdtempSync(join(tmpdir(), "report-"));
  t.teardown(() => rmSync(work, { recursive: true, force: true }));
  const runnerTemp = join(work, "runner-temp");
  mkdirSync(runnerTemp);
  const summary = join(work, "summary.md");
  writeFileSync(summary, "");
  const argvFile = join(work, "argv");
  const context = {
    "matrix.environment": "staging",
    "vars.AWS_REGION": "us-east-1",
    "runner.temp": runnerTemp,
  };
  const step = findStep(report, "report", "posture");
  const shell = await runScript(
    step,
    context,
    { RUNNER_TEMP: runnerTemp, GITHUB_STEP_SUMMARY: summary },
    { shimNode: argvFile },
  );
  t.is(shell.code, 0, shell.stderr);
  const argv = readFileSync(argvFile, "utf8").split("\0").slice(0, -1);
  t.deepEqual(argv.slice(0, 2), ["bin/securecloud.mjs", "posture"]);

  const { synthEstate } = await import("../helpers/estate.ts");
  const estate = synthEstate();
  t.teardown(() => estate.cleanup());
  const args = argv
    .slice(2)
    .map((a) => (a.startsWith("cdktf.out/") ? join(estate.outdir, a.slice("cdktf.out/".length)) : a));
  let out = "";
  let err = "";
  const code = await runPosture(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    hub: { client: hub },
    live: { client: config },
  });
  t.is(code, 0, `${err}\n${out}`);
  // Staging's ALB deletion protection is suppressed in the stacks (SC-ELB-005 → ELB.6).
  t.regex(out, /1 suppressed, 0 blocking/);
  const upload = report.jobs.report!.steps!.find((s) => s.uses?.startsWith("actions/upload-artifact"))!;
  const uploaded = interpolate(String(upload.with!.path), context);
  t.is(readFileSync(join(uploaded, "posture-staging.md"), "utf8"), out);
  t.is(JSON.parse(readFileSync(join(uploaded, "posture-staging.sarif"), "utf8")).version, "2.1.0");
  t.is(readFileSync(summary, "utf8"), out);
  t.is(interpolate(String(upload.with!.name), context), "posture-staging");
});

// Serial: the server under flood lives in this worker, and the other tests here synthesize the
// estate synchronously; run beside them, its answers stall past the drill's 2 s health probe.
test.serial(
  "drill: the dispatch floods the configured URL with bin/securecloud.mjs (from sources) and charts it in the summary",
  async (t) => {
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests++;
      res.writeHead(requests > 40 ? 429 : 200);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    t.teardown(() => new Promise<void>((r) => server.close(() => r())));
    const work = mkdtempSync(join(tmpdir(), "drill-wf-"));
    t.teardown(() => rmSync(work, { recursive: true, force: true }));
    const summary = join(work, "summary.md");
    writeFileSync(summary, "");
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const context = { "vars.DRILL_URL": url, "inputs.rate": "30", "inputs.duration": "2" };
    const step = findStep(drill, "drill", "drill");
    const run = await runScript(step, context, { GITHUB_STEP_SUMMARY: summary });
    t.is(run.code, 0, run.stderr);
    const md = readFileSync(summary, "utf8");
    t.regex(md, /^## Edge drill: passed/m);
    t.regex(md, /```mermaid\nxychart-beta/);
    t.true(requests >= 60);
    // The workflow never lets the drill near production.
    t.false(step.run!.includes("--allow-production"));
    t.regex(step.run!, /--environment staging/);
    t.deepEqual(drill.jobs.drill!.permissions, { contents: "read" });
  },
);
