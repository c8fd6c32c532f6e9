/**
 * What reaches a person, and what the message says: EventBridge patterns with input
 * transformers that put the severity and what to do into every message on the alarm topic,
 * and the classification of every CloudWatch alarm that notifies it.
 *
 * Pure data and functions (no constructs), so the patterns are tested against events shaped
 * like AWS's documented ones, through EventBridge's own matching (moto's PutEvents, rule and
 * input transformer), and the construct (alerting.ts) only wires them.
 */
import { type Severity, severityRank } from "../common/conventions.ts";

/** The runbook every message points at for a flood. */
export const FLOOD_RUNBOOK = "docs/runbooks/ip-flood.md";

export interface AlertRoute {
  /** `securecloud-<env>-alert-<id>`. */
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly eventPattern: Record<string, unknown>;
  readonly inputPaths: Record<string, string>;
  /** A JSON string: the message SNS delivers. */
  readonly inputTemplate: string;
}

/**
 * The message, in AWS Chatbot's custom notification format so a chat channel renders it, and
 * plain enough JSON for email and a paging service: the title carries the severity
 * (`[HIGH] ...`), the description what happened, `nextSteps` what to do, and
 * `metadata.additionalContext` the severity and environment for routing rules downstream.
 * Every `<var>` sits inside a JSON string, which EventBridge escapes.
 */
export function message(
  envName: string,
  severity: Severity | "resolved",
  title: string,
  lines: string[],
  whatToDo: string,
): string {
  return JSON.stringify({
    version: "1.0",
    source: "custom",
    content: {
      textType: "client-markdown",
      title: `[${severity.toUpperCase()}] securecloud ${envName}: ${title}`,
      description: lines.join("\n"),
      nextSteps: [whatToDo],
    },
    metadata: { additionalContext: { severity, environment: envName } },
  });
}

/** GuardDuty's numeric severity bands: HIGH is 7.0-8.9, CRITICAL 9.0-10.0. */
export const GUARDDUTY_BANDS = [
  { severity: "high", numeric: [">=", 7, "<", 9] },
  { severity: "critical", numeric: [">=", 9] },
] as const;

/** Routes for one environment; `configRules` are its AWS Config rule names by severity. */
export function alertRoutes(
  envName: string,
  configRules: Readonly<Record<Severity, readonly string[]>>,
): AlertRoute[] {
  const routes: AlertRoute[] = [];
  for (const band of GUARDDUTY_BANDS) {
    routes.push({
      id: `guardduty-${band.severity}`,
      description: `GuardDuty findings of ${band.severity.toUpperCase()} severity`,
      severity: band.severity,
      eventPattern: {
        source: ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        detail: { severity: [{ numeric: [...band.numeric] }] },
      },
      inputPaths: {
        type: "$.detail.type",
        title: "$.detail.title",
        severity: "$.detail.severity",
        resource: "$.detail.resource.resourceType",
        account: "$.detail.accountId",
        region: "$.detail.region",
        id: "$.detail.id",
      },
      inputTemplate: message(
        envName,
        band.severity,
        "GuardDuty <type>",
        ["<title>", "Severity <severity> on <resource> in account <account>, <region>. Finding <id>."],
        `open the finding in GuardDuty; if it names addresses attacking the service, the edge auto-block adds them to the WAF blocklist on its own (see ${FLOOD_RUNBOOK}); otherwise follow the finding's remediation.`,
      ),
    });
  }
  routes.push({
    id: "securityhub-critical",
    description: "Security Hub: new, active, failed CRITICAL control findings",
    severity: "critical",
    eventPattern: {
      source: ["aws.securityhub"],
      "detail-type": ["Security Hub Findings - Imported"],
      detail: {
        findings: {
          Severity: { Label: ["CRITICAL"] },
          RecordState: ["ACTIVE"],
          Workflow: { Status: ["NEW"] },
          Compliance: { Status: ["FAILED"] },
        },
      },
    },
    inputPaths: {
      title: "$.detail.findings[0].Title",
      control: "$.detail.findings[0].Compliance.SecurityControlId",
      resource: "$.detail.findings[0].Resources[0].Id",
      remediation: "$.detail.findings[0].Remediation.Recommendation.Url",
    },
    inputTemplate: message(
      envName,
      "critical",
      "Security Hub <control> failed",
      ["<title>", "Resource: <resource>"],
      "fix the resource as the control's remediation says (<remediation>), or suppress the control with a reason and an expiry; the weekly compliance report lists it until then.",
    ),
  });
  for (const severity of ["critical", "high", "medium", "low"] as const) {
    const names = configRules[severity] ?? [];
    if (names.length === 0) continue;
    const pages = severityRank(severity) >= severityRank("high");
    routes.push({
      id: `config-${severity}`,
      description: `AWS Config: a ${severity} rule of the estate turns NON_COMPLIANT (drift)`,
      severity,
      eventPattern: {
        source: ["aws.config"],
        "detail-type": ["Config Rules Compliance Change"],
        detail: {
          configRuleName: [...names].sort(),
          newEvaluationResult: { complianceType: ["NON_COMPLIANT"] },
        },
      },
      inputPaths: {
        rule: "$.detail.configRuleName",
        resourceType: "$.detail.resourceType",
        resource: "$.detail.resourceId",
        annotation: "$.detail.newEvaluationResult.annotation",
      },
      inputTemplate: message(
        envName,
        severity,
        "AWS Config <rule> is NON_COMPLIANT",
        ["<resourceType> <resource> drifted: <annotation>"],
        pages
          ? "the running estate no longer matches the reviewed code: find who changed it (CloudTrail), restore it by applying the reviewed code (re-run the deploy workflow), or roll back the change; the next deploy's live gate blocks until it complies."
          : "the next deploy restores it; the weekly compliance report lists it until then.",
      ),
    });
  }
  const all = Object.values(configRules).flat();
  if (all.length > 0) {
    routes.push({
      id: "config-resolved",
      description: "AWS Config: a rule of the estate is COMPLIANT again",
      severity: "low",
      eventPattern: {
        source: ["aws.config"],
        "detail-type": ["Config Rules Compliance Change"],
        detail: {
          configRuleName: [...all].sort(),
          newEvaluationResult: { complianceType: ["COMPLIANT"] },
          oldEvaluationResult: { complianceType: ["NON_COMPLIANT"] },
        },
      },
      inputPaths: { rule: "$.detail.configRuleName", resource: "$.detail.resourceId" },
      inputTemplate: message(
        envName,
        "resolved",
        "AWS Config <rule> is COMPLIANT again",
        ["<resource>"],
        "nothing: the drift is gone.",
      ),
    });
  }
  return routes;
}

export interface AlarmClass {
  readonly match: RegExp;
  readonly severity: Severity;
  readonly whatToDo: string;
}

/**
 * Every alarm that notifies the topic, classified by its name (`securecloud-<env>-<purpose>`).
 * An alarm on the topic that matches none fails the synth: a new alarm must say how bad it is
 * and what to do before it can page anyone.
 */
export const ALARM_CLASSES: readonly AlarmClass[] = [
  {
    match: /-ddos-detected-/,
    severity: "critical",
    whatToDo: `Shield Advanced sees a DDoS attack: follow ${FLOOD_RUNBOOK} (see it, block, lower the limit, engage the Shield Response Team).`,
  },
  {
    match: /-waf-rate-limit-/,
    severity: "high",
    whatToDo: `an address is over a per-IP rate limit and gets 429s; the edge auto-block takes repeat offenders; if the service suffers, follow ${FLOOD_RUNBOOK}.`,
  },
  {
    match: /-waf-blocked-requests$/,
    severity: "high",
    whatToDo: `a spike of blocked requests: an attack, or a false positive after a release. Check the top client IPs and URIs (${FLOOD_RUNBOOK}).`,
  },
  {
    match: /-(alb-5xx-rate|target-p99-latency|(blue|green)-unhealthy-hosts)$/,
    severity: "high",
    whatToDo:
      "the service is failing its users: if a rollout is in progress it rolls back by itself; otherwise run the rollback workflow (securecloud traffic rollback) and check the 5xx-by-color query.",
  },
  {
    match: /-(blue|green)-(cpu|memory)$/,
    severity: "medium",
    whatToDo:
      "a color runs hot: check autoscaling reached its maximum and whether traffic is a flood; raise task.max if it is real load.",
  },
  {
    match: /-cis-/,
    severity: "medium",
    whatToDo:
      "a CIS monitoring filter matched an account-level change (IAM, CloudTrail, Config, network, keys): confirm in CloudTrail that it was a reviewed change; if not, treat it as an incident.",
  },
];

export function classifyAlarm(alarmName: string): AlarmClass | undefined {
  return ALARM_CLASSES.find((c) => c.match.test(alarmName));
}

/** The description an alarm notifies with: severity first, what to do last (at most 1024 characters). */
export function alarmDescription(cls: AlarmClass, description: string): string {
  const text = `[${cls.severity.toUpperCase()}] ${description} What to do: ${cls.whatToDo}`;
  return text.length <= 1024 ? text : `${text.slice(0, 1021)}...`;
}
