/**
 * The live gate against AWS Config's compliance APIs, which moto does not implement:
 * stubbed with aws-sdk-client-mock, responses shaped after the AWS Config API reference
 * (DescribeConfigRules, ListTagsForResource, StartConfigRulesEvaluation,
 * DescribeConfigRuleEvaluationStatus, DescribeComplianceByConfigRule,
 * GetComplianceDetailsByConfigRule), with NextToken pagination, throttling, and an
 * evaluation that never finishes. A fake clock drives the waits.
 */
import {
  ConfigServiceClient,
  ConfigServiceServiceException,
  DescribeComplianceByConfigRuleCommand,
  DescribeConfigRuleEvaluationStatusCommand,
  DescribeConfigRulesCommand,
  GetComplianceDetailsByConfigRuleCommand,
  ListTagsForResourceCommand,
  ResourceInUseException,
  StartConfigRulesEvaluationCommand,
} from "@aws-sdk/client-config-service";
import test from "ava";
import { mockClient } from "aws-sdk-client-mock";
import { run } from "../../policies/cli.ts";
import { type LiveOptions, runLiveGate } from "../../policies/live/gate.ts";
import { io } from "./helpers.ts";

const ARN = (name: string) => `arn:aws:config:eu-west-1:123456789012:config-rule/config-rule-${name}`;
const cfg = mockClient(ConfigServiceClient);

// AVA runs a file's tests concurrently; the mock is module-global, so run them in series.
const serial = test.serial;

test.beforeEach(() => cfg.reset());

function clock() {
  let t = 1_700_000_000_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

function throttle(op = "Rate exceeded"): Error {
  return new ConfigServiceServiceException({
    name: "ThrottlingException",
    $fault: "client",
    $metadata: { httpStatusCode: 400, requestId: "req-1" },
    message: op,
  });
}

/** Rules (name, severity tag or undefined), two pages of DescribeConfigRules, tags on each ARN. */
function rules(list: [string, string | undefined][], opts: { createdBy?: Record<string, string> } = {}) {
  const described = list.map(([name]) => ({
    ConfigRuleName: name,
    ConfigRuleArn: ARN(name),
    ConfigRuleId: `config-rule-${name}`,
    ConfigRuleState: "ACTIVE" as const,
    Source: { Owner: "AWS" as const, SourceIdentifier: name.toUpperCase().replace(/-/g, "_") },
    ...(opts.createdBy?.[name] ? { CreatedBy: opts.createdBy[name] } : {}),
  }));
  const half = Math.ceil(described.length / 2);
  cfg
    .on(DescribeConfigRulesCommand, { NextToken: undefined })
    .resolves({ ConfigRules: described.slice(0, half), NextToken: "page-2" });
  cfg
    .on(DescribeConfigRulesCommand, { NextToken: "page-2" })
    .resolves({ ConfigRules: described.slice(half) });
  for (const [name, severity] of list) {
    // tags come back over two pages: the severity tag is on the second
    cfg
      .on(ListTagsForResourceCommand, { ResourceArn: ARN(name), NextToken: undefined })
      .resolves({ Tags: [{ Key: "Project", Value: "securecloud" }], NextToken: "tags-2" });
    cfg
      .on(ListTagsForResourceCommand, { ResourceArn: ARN(name), NextToken: "tags-2" })
      .resolves({ Tags: severity === undefined ? [] : [{ Key: "securecloud:severity", Value: severity }] });
  }
}

function compliance(
  map: Record<string, "COMPLIANT" | "NON_COMPLIANT" | "NOT_APPLICABLE" | "INSUFFICIENT_DATA">,
) {
  cfg
    .on(DescribeComplianceByConfigRuleCommand)
    .callsFake((input: { ConfigRuleNames?: string[]; NextToken?: string }) => {
      const names = (input.ConfigRuleNames ?? []).filter((n) => n in map);
      // one rule per page, to exercise NextToken
      const index = input.NextToken ? Number(input.NextToken) : 0;
      const name = names[index];
      return {
        ComplianceByConfigRules: name
          ? [{ ConfigRuleName: name, Compliance: { ComplianceType: map[name] } }]
          : [],
        NextToken: index + 1 < names.length ? String(index + 1) : undefined,
      };
    });
}

function details(rule: string, resources: [string, string][]) {
  const result = (type: string, id: string) => ({
    EvaluationResultIdentifier: {
      EvaluationResultQualifier: { ConfigRuleName: rule, ResourceType: type, ResourceId: id },
      OrderingTimestamp: new Date("2026-01-01T00:00:00Z"),
    },
    ComplianceType: "NON_COMPLIANT" as const,
    ResultRecordedTime: new Date("2026-01-01T00:00:00Z"),
    ConfigRuleInvokedTime: new Date("2026-01-01T00:00:00Z"),
    Annotation: `${id} is not compliant`,
  });
  const [first, ...rest] = resources;
  cfg.on(GetComplianceDetailsByConfigRuleCommand, { ConfigRuleName: rule, NextToken: undefined }).resolves({
    EvaluationResults: first ? [result(...first)] : [],
    NextToken: rest.length ? "more" : undefined,
  });
  cfg
    .on(GetComplianceDetailsByConfigRuleCommand, { ConfigRuleName: rule, NextToken: "more" })
    .resolves({ EvaluationResults: rest.map(([t, i]) => result(t, i)) });
}

function opts(c: ReturnType<typeof clock>, extra: Partial<LiveOptions> = {}): LiveOptions {
  return {
    client: new ConfigServiceClient({ region: "eu-west-1" }),
    region: "eu-west-1",
    evaluate: false,
    timeoutMs: 60_000,
    failOn: "medium",
    insufficientData: "report",
    sleep: c.sleep,
    now: c.now,
    random: () => 0.5,
    ...extra,
  };
}

serial(
  "non-compliant rules at or above --fail-on block and list their resources (pagination everywhere)",
  async (t) => {
    rules(
      [
        ["alb-waf-enabled", "high"],
        ["sns-encrypted-kms", "low"],
        ["untagged-rule", undefined],
        ["securityhub-alb-http-drop-invalid-header-enabled-abc", undefined],
      ],
      { createdBy: { "securityhub-alb-http-drop-invalid-header-enabled-abc": "securityhub.amazonaws.com" } },
    );
    compliance({ "alb-waf-enabled": "NON_COMPLIANT", "sns-encrypted-kms": "NON_COMPLIANT" });
    details("alb-waf-enabled", [
      [
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/prod/1",
      ],
      [
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/prod/2",
      ],
    ]);
    details("sns-encrypted-kms", [["AWS::SNS::Topic", "arn:aws:sns:eu-west-1:123456789012:alarms"]]);

    const c = clock();
    const report = await runLiveGate(opts(c));
    t.deepEqual(
      report.rules.map((r) => [r.name, r.severity, r.compliance, r.blocking, r.resources.length]),
      [
        ["alb-waf-enabled", "high", "NON_COMPLIANT", true, 2],
        ["sns-encrypted-kms", "low", "NON_COMPLIANT", false, 1],
      ],
    );
    t.deepEqual(
      report.ignored.map((i) => `${i.name}: ${i.why}`),
      [
        "untagged-rule: no securecloud:severity tag",
        "securityhub-alb-http-drop-invalid-header-enabled-abc: created by securityhub.amazonaws.com",
      ],
    );
    t.like(report.summary, { rules: 2, nonCompliant: 2, blocking: 1, passed: false });
    t.is(cfg.commandCalls(DescribeConfigRulesCommand).length, 2);
    t.is(cfg.commandCalls(GetComplianceDetailsByConfigRuleCommand).length, 3);
    t.is(cfg.commandCalls(StartConfigRulesEvaluationCommand).length, 0, "no evaluation without --evaluate");
    t.deepEqual(cfg.commandCalls(GetComplianceDetailsByConfigRuleCommand)[0]!.args[0].input.ComplianceTypes, [
      "NON_COMPLIANT",
    ]);
  },
);

serial(
  "the CLI: exit 1 on a blocking rule, 0 when the threshold is above it; text lists offending resources",
  async (t) => {
    const setup = () => {
      rules([["restricted-ssh", "high"]]);
      compliance({ "restricted-ssh": "NON_COMPLIANT" });
      details("restricted-ssh", [["AWS::EC2::SecurityGroup", "sg-0123456789abcdef0"]]);
    };
    setup();
    const c = clock();
    const blocked = io({ live: { sleep: c.sleep, now: c.now } });
    t.is(await run(["--live", "--region", "eu-west-1"], blocked.io), 1);
    t.regex(
      blocked.stdout(),
      /FAIL HIGH {5}NON_COMPLIANT {5}restricted-ssh\n {7}- AWS::EC2::SecurityGroup sg-0123456789abcdef0: sg-0123456789abcdef0 is not compliant/,
    );
    t.regex(blocked.stdout(), /Result: FAIL: 1 blocking rule/);

    cfg.reset();
    setup();
    const passed = io({ live: { sleep: c.sleep, now: c.now } });
    t.is(
      await run(["--live", "--region", "eu-west-1", "--fail-on", "critical", "--format", "json"], passed.io),
      0,
    );
    const json = JSON.parse(passed.stdout());
    t.like(json.rules[0], { name: "restricted-ssh", compliance: "NON_COMPLIANT", blocking: false });
    t.like(json.summary, { passed: true, blocking: 0 });
  },
);

serial("throttling is retried with exponential backoff, then succeeds", async (t) => {
  rules([["cloudtrail-enabled", "high"]]);
  cfg
    .on(DescribeComplianceByConfigRuleCommand)
    .rejectsOnce(throttle())
    .rejectsOnce(throttle())
    .rejectsOnce(throttle())
    .resolves({
      ComplianceByConfigRules: [
        { ConfigRuleName: "cloudtrail-enabled", Compliance: { ComplianceType: "COMPLIANT" } },
      ],
    });
  const c = clock();
  const report = await runLiveGate(opts(c, { retry: { attempts: 5, baseMs: 100, maxMs: 10_000 } }));
  t.is(report.rules[0]!.compliance, "COMPLIANT");
  t.is(cfg.commandCalls(DescribeComplianceByConfigRuleCommand).length, 4);
  // full jitter with random() = 0.5: 0.5 * 100, 0.5 * 200, 0.5 * 400 (+1)
  t.deepEqual(c.sleeps, [51, 101, 201]);
});

serial("throttling that never stops fails with the operation and the AWS error code", async (t) => {
  rules([["cloudtrail-enabled", "high"]]);
  cfg.on(DescribeComplianceByConfigRuleCommand).rejects(throttle());
  const c = clock();
  const out = io({ live: { sleep: c.sleep, now: c.now, retry: { attempts: 3, baseMs: 10, maxMs: 100 } } });
  t.is(await run(["--live", "--region", "eu-west-1"], out.io), 1);
  t.is(out.stdout(), "");
  t.regex(
    out.stderr().trim().split("\n").at(-1)!,
    /^error: DescribeComplianceByConfigRule failed: ThrottlingException: still throttled after 3 attempts; no traffic was changed$/,
  );
});

serial("other AWS errors fail at once, naming the operation and code", async (t) => {
  cfg.on(DescribeConfigRulesCommand).rejects(
    new ConfigServiceServiceException({
      name: "AccessDeniedException",
      $fault: "client",
      $metadata: { httpStatusCode: 400 },
      message: "User is not authorized to perform: config:DescribeConfigRules",
    }),
  );
  const c = clock();
  await t.throwsAsync(runLiveGate(opts(c)), {
    message:
      "DescribeConfigRules failed: AccessDeniedException: User is not authorized to perform: config:DescribeConfigRules; no traffic was changed",
  });
  t.deepEqual(c.sleeps, []);
});

/** Evaluation status: before the start, and after `polls` polls the evaluation time moves on. */
function evaluation(names: string[], finishAfterPolls: number | undefined, opts: { failed?: string[] } = {}) {
  const before = new Date("2026-01-01T00:00:00Z");
  const after = new Date("2026-01-01T00:10:00Z");
  let calls = 0;
  cfg.on(DescribeConfigRuleEvaluationStatusCommand).callsFake((input: { ConfigRuleNames?: string[] }) => {
    calls++;
    // the first round of calls is the snapshot taken before StartConfigRulesEvaluation
    const chunkCount = Math.ceil(names.length / 25);
    const poll = Math.floor((calls - 1) / chunkCount); // 0 = snapshot, 1.. = polls
    const done = finishAfterPolls !== undefined && poll >= finishAfterPolls;
    return {
      ConfigRulesEvaluationStatus: (input.ConfigRuleNames ?? []).map((n) => {
        const failed = opts.failed?.includes(n);
        return {
          ConfigRuleName: n,
          ConfigRuleArn: ARN(n),
          FirstEvaluationStarted: true,
          LastSuccessfulInvocationTime: done ? after : before,
          LastSuccessfulEvaluationTime: done && !failed ? after : before,
          ...(done && failed
            ? {
                LastFailedEvaluationTime: after,
                LastErrorCode: "AccessDenied",
                LastErrorMessage: "role cannot read",
              }
            : {}),
        };
      }),
    };
  });
}

serial(
  "--evaluate starts evaluations 25 rules at a time and waits until every rule has a newer evaluation",
  async (t) => {
    const names = Array.from({ length: 30 }, (_, i) => `rule-${String(i).padStart(2, "0")}`);
    rules(names.map((n) => [n, "medium"]));
    cfg.on(StartConfigRulesEvaluationCommand).resolves({});
    evaluation(names, 3);
    compliance(Object.fromEntries(names.map((n) => [n, "COMPLIANT" as const])));
    const c = clock();
    const report = await runLiveGate(opts(c, { evaluate: true, pollMs: 5000 }));
    const starts = cfg
      .commandCalls(StartConfigRulesEvaluationCommand)
      .map((call) => call.args[0].input.ConfigRuleNames?.length);
    t.deepEqual(starts, [25, 5]);
    t.deepEqual(c.sleeps, [5000, 5000], "polled three times, slept between them");
    t.true(report.summary.passed);
    t.is(report.summary.compliant, 30);
  },
);

serial("an evaluation that never finishes is a timeout of its own, naming the pending rules", async (t) => {
  rules([
    ["alb-waf-enabled", "high"],
    ["restricted-ssh", "critical"],
  ]);
  cfg.on(StartConfigRulesEvaluationCommand).resolves({});
  evaluation(["alb-waf-enabled", "restricted-ssh"], undefined);
  const c = clock();
  const out = io({ live: { sleep: c.sleep, now: c.now, pollMs: 1000 } });
  t.is(await run(["--live", "--region", "eu-west-1", "--evaluate", "--timeout", "5"], out.io), 1);
  t.is(out.stdout(), "", "no report after a timeout");
  t.is(
    out.stderr().trim().split("\n").at(-1),
    "error: live gate: timed out after 5s waiting for AWS Config to finish evaluating 2 rule(s): alb-waf-enabled, restricted-ssh; no traffic was changed",
  );
  t.true(c.sleeps.reduce((a, b) => a + b, 0) <= 5000, "the wait stays within --timeout");
  t.is(cfg.commandCalls(DescribeComplianceByConfigRuleCommand).length, 0);
});

serial("a start that collides with a running evaluation is retried", async (t) => {
  rules([["alb-waf-enabled", "high"]]);
  cfg
    .on(StartConfigRulesEvaluationCommand)
    .rejectsOnce(new ResourceInUseException({ $metadata: {}, message: "An evaluation is in progress" }))
    .resolves({});
  evaluation(["alb-waf-enabled"], 1);
  compliance({ "alb-waf-enabled": "COMPLIANT" });
  const c = clock();
  const report = await runLiveGate(opts(c, { evaluate: true, pollMs: 1000 }));
  t.is(cfg.commandCalls(StartConfigRulesEvaluationCommand).length, 2);
  t.true(report.summary.passed);
});

serial("INSUFFICIENT_DATA is reported, and blocks only with --insufficient-data block", async (t) => {
  const setup = () => {
    rules([
      ["guardduty-enabled-centralized", "high"],
      ["cw-loggroup-retention-period-check", "medium"],
      ["sns-encrypted-kms", "low"],
    ]);
    // no compliance at all for the log-group rule: treated as INSUFFICIENT_DATA
    compliance({
      "guardduty-enabled-centralized": "INSUFFICIENT_DATA",
      "sns-encrypted-kms": "INSUFFICIENT_DATA",
    });
  };
  setup();
  const c = clock();
  const reported = io({ live: { sleep: c.sleep, now: c.now } });
  t.is(await run(["--live", "--region", "eu-west-1", "--format", "json"], reported.io), 0);
  const json = JSON.parse(reported.stdout());
  t.deepEqual(
    json.rules.map((r: { name: string; compliance: string; blocking: boolean }) => [
      r.name,
      r.compliance,
      r.blocking,
    ]),
    [
      ["guardduty-enabled-centralized", "INSUFFICIENT_DATA", false],
      ["cw-loggroup-retention-period-check", "INSUFFICIENT_DATA", false],
      ["sns-encrypted-kms", "INSUFFICIENT_DATA", false],
    ],
  );
  t.like(json.summary, { insufficientData: 3, passed: true });

  cfg.reset();
  setup();
  const blocked = io({ live: { sleep: c.sleep, now: c.now } });
  t.is(
    await run(
      ["--live", "--region", "eu-west-1", "--format", "json", "--insufficient-data", "block"],
      blocked.io,
    ),
    1,
  );
  const b = JSON.parse(blocked.stdout());
  t.deepEqual(
    b.rules.filter((r: { blocking: boolean }) => r.blocking).map((r: { name: string }) => r.name),
    ["guardduty-enabled-centralized", "cw-loggroup-retention-period-check"],
    "the low rule stays below --fail-on medium",
  );
});

serial("a failed evaluation is reported with AWS Config's error and handled like missing data", async (t) => {
  rules([["alb-waf-enabled", "high"]]);
  cfg.on(StartConfigRulesEvaluationCommand).resolves({});
  evaluation(["alb-waf-enabled"], 1, { failed: ["alb-waf-enabled"] });
  compliance({ "alb-waf-enabled": "COMPLIANT" });
  const c = clock();
  const report = await runLiveGate(opts(c, { evaluate: true, pollMs: 1000, insufficientData: "block" }));
  t.like(report.rules[0], {
    compliance: "EVALUATION_FAILED",
    blocking: true,
    note: "evaluation failed: AccessDenied: role cannot read",
  });
});

serial("a severity tag that is not a severity counts as critical, with a note", async (t) => {
  rules([["restricted-ssh", "urgent"]]);
  compliance({ "restricted-ssh": "NON_COMPLIANT" });
  details("restricted-ssh", []);
  const c = clock();
  const report = await runLiveGate(opts(c, { failOn: "critical" }));
  t.like(report.rules[0], { severity: "critical", blocking: true });
  t.regex(
    report.rules[0]!.severityProblem ?? "",
    /"urgent", not low\|medium\|high\|critical; treated as critical/,
  );
});

serial("--format github annotates non-compliant rules", async (t) => {
  rules([["restricted-ssh", "high"]]);
  compliance({ "restricted-ssh": "NON_COMPLIANT" });
  details("restricted-ssh", [["AWS::EC2::SecurityGroup", "sg-1"]]);
  const calls: [string, string][] = [];
  const core = {
    error: (m: string) => calls.push(["error", m]),
    warning: (m: string) => calls.push(["warning", m]),
    notice: (m: string) => calls.push(["notice", m]),
    summary: {} as never,
  };
  const c = clock();
  const out = io({ core, env: {}, live: { sleep: c.sleep, now: c.now } });
  t.is(await run(["--live", "--region", "eu-west-1", "--format", "github"], out.io), 1);
  t.deepEqual(calls, [["error", "restricted-ssh is NON_COMPLIANT: AWS::EC2::SecurityGroup sg-1"]]);
});

serial("no tagged rule at all fails closed", async (t) => {
  rules([["untagged", undefined]]);
  const c = clock();
  const out = io({ live: { sleep: c.sleep, now: c.now } });
  t.is(await run(["--live", "--region", "eu-west-1"], out.io), 1);
  t.regex(
    out.stderr(),
    /error: live gate: no active AWS Config rule carries the securecloud:severity tag \(1 ignored\); refusing to pass/,
  );
  t.is(out.stdout(), "");
});
