/**
 * The alert routes against events shaped like AWS's documented ones (GuardDuty Finding,
 * Security Hub Findings - Imported, Config Rules Compliance Change), matched by AWS's own
 * event-pattern engine (software.amazon.event.ruler), and the messages their input transformers
 * make, rendered as EventBridge documents it: each InputPathsMap path read from the event, each
 * `<var>` replaced, inside a JSON string escaped as a string.
 */
import test from "ava";
import {
  ALARM_CLASSES,
  type AlertRoute,
  alarmDescription,
  alertRoutes,
  classifyAlarm,
} from "../../stacks/alert-routes.ts";
import { matches } from "../helpers/event-ruler.ts";

/** EventBridge's input transformation: JSONPath `$.a.b[0].c` lookups, placeholders replaced. */
function transform(paths: Record<string, string>, template: string, event: unknown): string {
  const values: Record<string, unknown> = {};
  for (const [name, path] of Object.entries(paths)) {
    let node: unknown = event;
    for (const part of path.replace(/^\$\.?/, "").split(/\.|(?=\[)/)) {
      if (node === undefined || node === null) break;
      const index = /^\[(\d+)\]$/.exec(part);
      node = index ? (node as unknown[])[Number(index[1])] : (node as Record<string, unknown>)[part];
    }
    values[name] = node;
  }
  let inString = false;
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '"' && template[i - 1] !== "\\") inString = !inString;
    const m = c === "<" ? /^<([A-Za-z0-9_.-]+)>/.exec(template.slice(i)) : null;
    if (m && m[1]! in values) {
      const v = values[m[1]!];
      const text = v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
      out += inString ? JSON.stringify(text).slice(1, -1) : v === undefined ? "null" : JSON.stringify(v);
      i += m[0].length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

test("the transformer renders AWS's documented example", (t) => {
  const event = { detail: { "instance-id": "i-0123456789", state: "RUNNING" } };
  const paths = { instance: "$.detail.instance-id", state: "$.detail.state" };
  t.is(
    transform(paths, '"instance <instance> is in <state>"', event),
    '"instance i-0123456789 is in RUNNING"',
  );
  t.is(transform(paths, '{"instance": <instance>}', event), '{"instance": "i-0123456789"}');
});

// --- sample events, shaped after the AWS documentation --------------------------------------

const ACCOUNT = "123456789012";
function guardDutyEvent(severity: number) {
  return {
    version: "0",
    id: "c8c4daa7-a20c-2f03-0070-b7393dd542ad",
    "detail-type": "GuardDuty Finding",
    source: "aws.guardduty",
    account: ACCOUNT,
    time: "2026-06-01T10:00:00Z",
    region: "us-east-1",
    resources: [],
    detail: {
      schemaVersion: "2.0",
      accountId: ACCOUNT,
      region: "us-east-1",
      partition: "aws",
      id: "16afba5c5c43e07c9e3e5e2e544e95df",
      arn: `arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/123456/finding/16afba5c5c43e07c9e3e5e2e544e95df`,
      type: "Recon:EC2/PortProbeUnprotectedPort",
      resource: { resourceType: "ECSCluster", ecsClusterDetails: { name: "securecloud-prod" } },
      service: { serviceName: "guardduty", detectorId: "123456", count: 4 },
      severity,
      createdAt: "2026-06-01T09:55:00.000Z",
      updatedAt: "2026-06-01T10:00:00.000Z",
      title: 'Unprotected port on ECS task is being probed by "198.51.100.7"',
      description: "The port is being probed.",
    },
  };
}

function securityHubEvent(findings: Record<string, unknown>[]) {
  return {
    version: "0",
    id: "8e5622f9-d81c-4d81-612a-9319e7ee2506",
    "detail-type": "Security Hub Findings - Imported",
    source: "aws.securityhub",
    account: ACCOUNT,
    time: "2026-06-01T10:00:00Z",
    region: "us-east-1",
    resources: findings.map((f) => f.Id as string),
    detail: { findings },
  };
}
function hubFinding(label: string, over: Record<string, unknown> = {}) {
  return {
    SchemaVersion: "2018-10-08",
    Id: `arn:aws:securityhub:us-east-1:${ACCOUNT}:security-control/S3.2/finding/${label}`,
    ProductArn: "arn:aws:securityhub:us-east-1::product/aws/securityhub",
    ProductName: "Security Hub",
    GeneratorId: "security-control/S3.2",
    AwsAccountId: ACCOUNT,
    Title: "S3 general purpose buckets should block public read access",
    Severity: { Label: label, Normalized: 90, Original: label },
    Resources: [{ Type: "AwsS3Bucket", Id: "arn:aws:s3:::securecloud-prod-logs" }],
    Compliance: { Status: "FAILED", SecurityControlId: "S3.2" },
    Remediation: {
      Recommendation: {
        Text: "See the control",
        Url: "https://docs.aws.amazon.com/console/securityhub/S3.2/remediation",
      },
    },
    RecordState: "ACTIVE",
    Workflow: { Status: "NEW" },
    ...over,
  };
}

function configEvent(rule: string, to: string, from: string | undefined) {
  return {
    version: "0",
    id: "01234567-0123-0123-0123-012345678901",
    "detail-type": "Config Rules Compliance Change",
    source: "aws.config",
    account: ACCOUNT,
    time: "2026-06-01T10:00:00Z",
    region: "us-east-1",
    resources: [],
    detail: {
      resourceId: "sg-0a1b2c3d4e5f67890",
      awsRegion: "us-east-1",
      awsAccountId: ACCOUNT,
      configRuleName: rule,
      recordVersion: "1.0",
      configRuleARN: `arn:aws:config:us-east-1:${ACCOUNT}:config-rule/config-rule-abcdef`,
      messageType: "ComplianceChangeNotification",
      newEvaluationResult: {
        evaluationResultIdentifier: {
          evaluationResultQualifier: {
            configRuleName: rule,
            resourceType: "AWS::EC2::SecurityGroup",
            resourceId: "sg-0a1b2c3d4e5f67890",
          },
          orderingTimestamp: "2026-06-01T09:59:00.000Z",
        },
        complianceType: to,
        resultRecordedTime: "2026-06-01T10:00:00.000Z",
        configRuleInvokedTime: "2026-06-01T09:59:30.000Z",
        annotation: "port 8443 (the test listener) is open to the internet",
      },
      ...(from ? { oldEvaluationResult: { complianceType: from } } : {}),
      notificationCreationTime: "2026-06-01T10:00:01.000Z",
      resourceType: "AWS::EC2::SecurityGroup",
    },
  };
}

const RULES = {
  critical: ["securecloud-prod-test-listener-not-world-open", "securecloud-prod-s3-public-read-prohibited"],
  high: ["securecloud-prod-alb-waf-enabled", "securecloud-prod-waf-per-ip-rate-rule"],
  medium: ["securecloud-prod-elb-logging-enabled"],
  low: ["securecloud-prod-ecs-container-insights"],
};
const routes = alertRoutes("prod", RULES);
const route = (id: string): AlertRoute => routes.find((r) => r.id === id)!;

/** Every sample event the tests route, matched against every route in one run of AWS's engine. */
const SAMPLES = [
  ...[5.0, 6.9, 7.0, 8.9, 9.0, 10].map(guardDutyEvent),
  securityHubEvent([hubFinding("CRITICAL")]),
  securityHubEvent([hubFinding("LOW"), hubFinding("CRITICAL")]),
  securityHubEvent([hubFinding("HIGH")]),
  securityHubEvent([hubFinding("CRITICAL", { RecordState: "ARCHIVED" })]),
  securityHubEvent([hubFinding("CRITICAL", { Workflow: { Status: "SUPPRESSED" } })]),
  securityHubEvent([hubFinding("CRITICAL", { Compliance: { Status: "PASSED" } })]),
  configEvent(RULES.critical[0]!, "NON_COMPLIANT", "COMPLIANT"),
  configEvent(RULES.high[1]!, "NON_COMPLIANT", undefined),
  configEvent(RULES.medium[0]!, "NON_COMPLIANT", "COMPLIANT"),
  configEvent(RULES.low[0]!, "NON_COMPLIANT", "COMPLIANT"),
  configEvent(RULES.high[0]!, "COMPLIANT", "NON_COMPLIANT"),
  configEvent(RULES.high[0]!, "COMPLIANT", undefined),
  configEvent("securecloud-staging-alb-waf-enabled", "NON_COMPLIANT", "COMPLIANT"),
  configEvent("someone-elses-rule", "NON_COMPLIANT", "COMPLIANT"),
];
let matched: Map<string, string[]> | undefined;

/** Which routes match an event, by AWS's engine. */
function routed(event: unknown): string[] {
  if (!matched) {
    const cases = SAMPLES.flatMap((e) => routes.map((r) => ({ pattern: r.eventPattern, event: e })));
    const hits = matches(cases);
    matched = new Map(
      SAMPLES.map((e, i) => [
        JSON.stringify(e),
        routes.filter((_, j) => hits[i * routes.length + j]).map((r) => r.id),
      ]),
    );
  }
  const hit = matched.get(JSON.stringify(event));
  if (!hit) throw new Error("add the event to SAMPLES");
  return hit;
}

test("GuardDuty: 7 and above reach the topic, in the right band; below 7 does not", (t) => {
  t.deepEqual(routed(guardDutyEvent(5.0)), []);
  t.deepEqual(routed(guardDutyEvent(6.9)), []);
  t.deepEqual(routed(guardDutyEvent(7.0)), ["guardduty-high"]);
  t.deepEqual(routed(guardDutyEvent(8.9)), ["guardduty-high"]);
  t.deepEqual(routed(guardDutyEvent(9.0)), ["guardduty-critical"]);
  t.deepEqual(routed(guardDutyEvent(10)), ["guardduty-critical"]);
});

test("Security Hub: a new, active, failed CRITICAL finding in the batch pages; others do not", (t) => {
  t.deepEqual(routed(securityHubEvent([hubFinding("CRITICAL")])), ["securityhub-critical"]);
  t.deepEqual(
    routed(securityHubEvent([hubFinding("LOW"), hubFinding("CRITICAL")])),
    ["securityhub-critical"],
    "anywhere in the array",
  );
  t.deepEqual(routed(securityHubEvent([hubFinding("HIGH")])), []);
  t.deepEqual(routed(securityHubEvent([hubFinding("CRITICAL", { RecordState: "ARCHIVED" })])), []);
  t.deepEqual(routed(securityHubEvent([hubFinding("CRITICAL", { Workflow: { Status: "SUPPRESSED" } })])), []);
  t.deepEqual(routed(securityHubEvent([hubFinding("CRITICAL", { Compliance: { Status: "PASSED" } })])), []);
});

test("Config: a rule turning NON_COMPLIANT notifies at its own severity; back to COMPLIANT is resolved; other rules are not ours", (t) => {
  t.deepEqual(routed(configEvent(RULES.critical[0]!, "NON_COMPLIANT", "COMPLIANT")), ["config-critical"]);
  t.deepEqual(routed(configEvent(RULES.high[1]!, "NON_COMPLIANT", undefined)), ["config-high"]);
  t.deepEqual(routed(configEvent(RULES.medium[0]!, "NON_COMPLIANT", "COMPLIANT")), ["config-medium"]);
  t.deepEqual(routed(configEvent(RULES.low[0]!, "NON_COMPLIANT", "COMPLIANT")), ["config-low"]);
  t.deepEqual(routed(configEvent(RULES.high[0]!, "COMPLIANT", "NON_COMPLIANT")), ["config-resolved"]);
  t.deepEqual(
    routed(configEvent(RULES.high[0]!, "COMPLIANT", undefined)),
    [],
    "first evaluation: nothing to say",
  );
  t.deepEqual(routed(configEvent("securecloud-staging-alb-waf-enabled", "NON_COMPLIANT", "COMPLIANT")), []);
  t.deepEqual(routed(configEvent("someone-elses-rule", "NON_COMPLIANT", "COMPLIANT")), []);
});

test("every message is JSON in Chatbot's custom format with the severity in its title and what to do", (t) => {
  const cases: [string, unknown, RegExp][] = [
    [
      "guardduty-high",
      guardDutyEvent(8),
      /^\[HIGH\] securecloud prod: GuardDuty Recon:EC2\/PortProbeUnprotectedPort$/,
    ],
    ["guardduty-critical", guardDutyEvent(9.5), /^\[CRITICAL\] /],
    [
      "securityhub-critical",
      securityHubEvent([hubFinding("CRITICAL")]),
      /^\[CRITICAL\] securecloud prod: Security Hub S3\.2 failed$/,
    ],
    [
      "config-critical",
      configEvent(RULES.critical[0]!, "NON_COMPLIANT", "COMPLIANT"),
      /^\[CRITICAL\] securecloud prod: AWS Config securecloud-prod-test-listener-not-world-open is NON_COMPLIANT$/,
    ],
    ["config-resolved", configEvent(RULES.high[0]!, "COMPLIANT", "NON_COMPLIANT"), /^\[RESOLVED\] /],
  ];
  for (const [id, event, title] of cases) {
    const r = route(id);
    const text = transform(r.inputPaths, r.inputTemplate, event);
    const msg = JSON.parse(text) as {
      version: string;
      source: string;
      content: { title: string; description: string; nextSteps: string[] };
      metadata: { additionalContext: { severity: string } };
    };
    t.is(msg.version, "1.0", id);
    t.is(msg.source, "custom");
    t.regex(msg.content.title, title, id);
    t.true(msg.content.nextSteps[0]!.length > 10, id);
    t.is(msg.metadata.additionalContext.severity, id === "config-resolved" ? "resolved" : r.severity);
    t.notRegex(text, /<[a-zA-Z]+>/, `${id}: every placeholder filled`);
  }
  // Quotes in a finding's title are escaped, not breaking the JSON.
  const gd = transform(
    route("guardduty-high").inputPaths,
    route("guardduty-high").inputTemplate,
    guardDutyEvent(8),
  );
  t.regex(JSON.parse(gd).content.description, /probed by "198\.51\.100\.7"/);
  t.regex(
    JSON.parse(
      transform(
        route("config-high").inputPaths,
        route("config-high").inputTemplate,
        configEvent(RULES.high[0]!, "NON_COMPLIANT", "COMPLIANT"),
      ),
    ).content.description,
    /AWS::EC2::SecurityGroup sg-0a1b2c3d4e5f67890 drifted: port 8443/,
  );
});

test("patterns and templates fit EventBridge's limits", (t) => {
  for (const r of routes) {
    t.true(JSON.stringify(r.eventPattern).length <= 4096, `${r.id} pattern`);
    t.true(r.inputTemplate.length <= 8192, `${r.id} template`);
    t.true(Object.keys(r.inputPaths).length <= 100, `${r.id} paths`);
  }
});

test("every alarm the estate creates is classified; an unknown one is not", (t) => {
  for (const name of [
    "securecloud-prod-ddos-detected-serving-alb",
    "securecloud-prod-waf-rate-limit-per-ip",
    "securecloud-prod-waf-rate-limit-sensitive-paths",
    "securecloud-prod-waf-blocked-requests",
    "securecloud-prod-alb-5xx-rate",
    "securecloud-prod-target-p99-latency",
    "securecloud-prod-blue-unhealthy-hosts",
    "securecloud-prod-green-cpu",
    "securecloud-prod-cis-root-usage",
  ]) {
    t.truthy(classifyAlarm(name), name);
  }
  t.is(classifyAlarm("securecloud-prod-something-new"), undefined);
  t.is(classifyAlarm("securecloud-prod-ddos-detected-serving-alb")!.severity, "critical");
  const d = alarmDescription(ALARM_CLASSES[0]!, "Shield Advanced detects a DDoS attack on serving-alb.");
  t.regex(d, /^\[CRITICAL\] Shield Advanced detects .* What to do: .*docs\/runbooks\/ip-flood\.md/);
  t.true(alarmDescription(ALARM_CLASSES[0]!, "x".repeat(2000)).length <= 1024);
});
