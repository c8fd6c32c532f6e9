import { readFileSync } from "node:fs";
import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule/index.js";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target/index.js";
import { DynamodbTable } from "@cdktf/provider-aws/lib/dynamodb-table/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { SchedulerSchedule } from "@cdktf/provider-aws/lib/scheduler-schedule/index.js";
import type { SsmDocument } from "@cdktf/provider-aws/lib/ssm-document/index.js";
import { SsmParameter } from "@cdktf/provider-aws/lib/ssm-parameter/index.js";
import { Construct } from "constructs";
import { PROJECT } from "../common/conventions.ts";
import { FLOOD_RUNBOOK } from "./alert-routes.ts";
import { automationTrust, scriptRunbook } from "./automation-runbook.ts";
import { EstateContext } from "./estate-context.ts";
import { grantPassEstateRoles, type IGrantable } from "./grantable-role.ts";
import { policyDocument } from "./policy.ts";

/** The automation's script (aws:executeScript, Python 3.11), tested against moto. */
export const EDGE_AUTO_BLOCK_SCRIPT = readFileSync(
  new URL("./assets/edge_auto_block.py", import.meta.url),
  "utf8",
);

/** Route 53 health checkers' addresses, as AWS publishes them in managed prefix lists. */
export const HEALTH_CHECK_PREFIX_LISTS = (region: string) => [
  `com.amazonaws.${region}.route53-healthchecks`,
  `com.amazonaws.${region}.ipv6.route53-healthchecks`,
];

interface IpSetRef {
  readonly name: string;
  readonly id: string;
  readonly arn: string;
}

export interface EdgeAutoResponseProps {
  /** The web ACL whose rate rules the automation reads. */
  readonly webAcl: { readonly name: string; readonly id: string; readonly arn: string };
  /** Its per-IP rate-based rules (names). */
  readonly rateRuleNames: readonly string[];
  /** The blocklist it writes, one IP set per address family. */
  readonly blocklist: { readonly ipv4: IpSetRef; readonly ipv6: IpSetRef };
  /** Where every block and unblock is reported, and the key that topic is encrypted with. */
  readonly alarmTopicArn: string;
  readonly topicKeyArn: string;
  /** The key the state table, the override parameters and the schedule's input are encrypted with. */
  readonly stateKeyArn: string;
  /** Never blocked: operator networks and the NAT gateways' addresses (the estate's own egress). */
  readonly protectedCidrs: readonly string[];
  /** GuardDuty findings about these ECS clusters start the automation with their addresses. */
  readonly clusterNames: readonly string[];
  /** Alarms whose ALARM state starts a run at once (the rate rules' alarms). */
  readonly triggerAlarmArns: readonly string[];
  /**
   * Minutes between scheduled runs; a strike is one run in which an address is over a limit.
   * @default 5
   */
  readonly intervalMinutes?: number;
  /**
   * Runs in a row an address must be over a rate limit before it is blocked.
   * @default 3 (about 15 minutes of sustained flood)
   */
  readonly strikes?: number;
  /**
   * How long an automatic block lasts; a repeat offender's is extended.
   * @default 60
   */
  readonly blockMinutes?: number;
  /**
   * Most addresses the automation keeps on the blocklist at once (the runbook's are not counted).
   * @default 500
   */
  readonly maxBlocked?: number;
  /**
   * Lowest GuardDuty severity whose findings about the tasks block the addresses they name.
   * @default 4 (MEDIUM and above)
   */
  readonly findingMinSeverity?: number;
}

/**
 * The automatic edge response, after AWS WAF Security Automations' log-driven blocking with
 * expiry, as an SSM Automation runbook (nothing to package): every few minutes (EventBridge
 * Scheduler), when a rate rule's alarm fires, and on GuardDuty findings about the tasks, it
 * blocks repeat offenders of the rate rules and the addresses findings name, for a bounded
 * time, never the protected ranges, within a cap; later runs lift what expired. Every change
 * goes to the alarm topic, and its UpdateIPSet calls to CloudTrail.
 *
 * The manual override lives in Parameter Store (SecureString): `/<project>/<env>/edge/auto-block-mode`
 * (`enforce`, `dry-run`, `off`) and `/<project>/<env>/edge/never-block` (comma-separated CIDRs
 * never blocked, lifted on the next run), read by each run when it starts; `Unblock` lifts
 * addresses at once.
 */
export class EdgeAutoResponse extends Construct {
  readonly document: SsmDocument;
  readonly role: IamRole;
  readonly table: DynamodbTable;
  readonly modeParameter: SsmParameter;
  readonly neverBlockParameter: SsmParameter;
  readonly schedule: SchedulerSchedule;
  readonly triggers: CloudwatchEventRule[] = [];
  /** The document's automation definitions (what StartAutomationExecution authorizes). */
  readonly definitionArns: string[];

  constructor(scope: Construct, id: string, props: EdgeAutoResponseProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const interval = props.intervalMinutes ?? 5;
    const strikes = props.strikes ?? 3;
    const blockMinutes = props.blockMinutes ?? 60;
    const maxBlocked = props.maxBlocked ?? 500;
    const parameterPath = (leaf: string) => `/${PROJECT}/${estate.environment}/edge/${leaf}`;

    this.table = new DynamodbTable(this, "state", {
      name: name("edge-blocks"),
      billingMode: "PAY_PER_REQUEST",
      hashKey: "address",
      attribute: [{ name: "address", type: "S" }],
      pointInTimeRecovery: { enabled: true },
      serverSideEncryption: { enabled: true, kmsKeyArn: props.stateKeyArn },
      deletionProtectionEnabled: true,
      tags: { Name: name("edge-blocks") },
    });
    this.modeParameter = new SsmParameter(this, "mode", {
      name: parameterPath("auto-block-mode"),
      description: "Edge auto-block: enforce, dry-run (report only) or off. Read by every run.",
      type: "SecureString",
      keyId: props.stateKeyArn,
      value: "enforce",
      allowedPattern: "^(enforce|dry-run|off)$",
      // Operators flip it during an incident; an apply must not flip it back.
      lifecycle: { ignoreChanges: ["value"] },
      tags: { Name: parameterPath("auto-block-mode") },
    });
    this.neverBlockParameter = new SsmParameter(this, "never_block", {
      name: parameterPath("never-block"),
      description:
        "Edge auto-block: comma-separated CIDRs never blocked, lifted on the next run (none: empty)",
      type: "SecureString",
      keyId: props.stateKeyArn,
      value: "none",
      lifecycle: { ignoreChanges: ["value"] },
      tags: { Name: parameterPath("never-block") },
    });

    this.role = new IamRole(this, "role", {
      name: name("edge-auto-block"),
      description:
        "Edge auto-block runbook: read the rate rules and findings, write the blocklist and its state, report",
      assumeRolePolicy: automationTrust(estate),
    });
    const sets = [props.blocklist.ipv4.arn, props.blocklist.ipv6.arn];
    new IamRolePolicy(this, "role_policy", {
      name: "edge-auto-block",
      role: this.role.id,
      policy: policyDocument([
        {
          Sid: "UpdateTheBlocklist",
          Effect: "Allow",
          Action: ["wafv2:GetIPSet", "wafv2:UpdateIPSet"],
          Resource: sets,
        },
        {
          Sid: "ReadRateRuleKeys",
          Effect: "Allow",
          Action: "wafv2:GetRateBasedStatementManagedKeys",
          Resource: props.webAcl.arn,
        },
        {
          Sid: "ReadFindings",
          Effect: "Allow",
          Action: "guardduty:GetFindings",
          Resource: estate.arn("guardduty", "detector/*"),
        },
        {
          Sid: "KeepState",
          Effect: "Allow",
          Action: ["dynamodb:Scan", "dynamodb:PutItem", "dynamodb:DeleteItem"],
          Resource: this.table.arn,
        },
        { Sid: "Report", Effect: "Allow", Action: "sns:Publish", Resource: props.alarmTopicArn },
        {
          Sid: "ReadOverrides",
          Effect: "Allow",
          Action: "ssm:GetParameter",
          Resource: [this.modeParameter.arn, this.neverBlockParameter.arn],
        },
        {
          Sid: "UseKeys",
          Effect: "Allow",
          Action: ["kms:GenerateDataKey", "kms:Decrypt"],
          Resource: [props.topicKeyArn, props.stateKeyArn],
        },
        {
          // Describe calls accept no resource-level scoping.
          Sid: "ReadHealthCheckerRanges",
          Effect: "Allow",
          Action: ["ec2:DescribeManagedPrefixLists", "ec2:GetManagedPrefixListEntries"],
          Resource: "*",
        },
      ]),
    });

    const ref = (set: IpSetRef) => ({ Name: set.name, Id: set.id, Scope: "REGIONAL" });
    const documentName = name("edge-auto-block");
    this.document = scriptRunbook(this, "document", {
      name: documentName,
      description: `Edge auto-block of securecloud ${estate.environment}: rate-rule repeat offenders and GuardDuty-named addresses onto the WAF blocklist for ${blockMinutes} minutes; expired ones lifted. See ${FLOOD_RUNBOOK}.`,
      role: this.role,
      parameters: {
        Mode: {
          type: "String",
          description: `enforce, dry-run or off; default: what ${parameterPath("auto-block-mode")} says when the run starts`,
          allowedPattern: "^(default|enforce|dry-run|off)$",
          default: "default",
        },
        NeverBlock: {
          type: "StringList",
          description: `CIDRs never blocked; default: what ${parameterPath("never-block")} says when the run starts`,
          default: ["default"],
        },
        Unblock: {
          type: "StringList",
          description: "CIDRs to lift now, whoever blocked them",
          default: ["none"],
        },
        FindingIds: { type: "StringList", description: "GuardDuty findings to act on", default: ["none"] },
        DetectorId: { type: "String", description: "Their detector", default: "none" },
      },
      step: "Respond",
      timeoutSeconds: 240,
      script: EDGE_AUTO_BLOCK_SCRIPT,
      payload: {
        Environment: estate.environment,
        Mode: "{{ Mode }}",
        ModeParameter: parameterPath("auto-block-mode"),
        NeverBlockParameter: parameterPath("never-block"),
        NeverBlock: "{{ NeverBlock }}",
        Unblock: "{{ Unblock }}",
        FindingIds: "{{ FindingIds }}",
        DetectorId: "{{ DetectorId }}",
        BlockMinutes: String(blockMinutes),
        Strikes: String(strikes),
        IntervalMinutes: String(interval),
        MaxBlocked: String(maxBlocked),
        Table: this.table.name,
        AlarmTopicArn: props.alarmTopicArn,
        Runbook: FLOOD_RUNBOOK,
        WebAcl: { Name: props.webAcl.name, Id: props.webAcl.id, Scope: "REGIONAL" },
        RateRules: [...props.rateRuleNames],
        Protected: [...props.protectedCidrs],
        HealthCheckPrefixLists: HEALTH_CHECK_PREFIX_LISTS(estate.region),
        IPv4Set: ref(props.blocklist.ipv4),
        IPv6Set: ref(props.blocklist.ipv6),
      },
      outputs: { Blocked: ["Blocked", "StringList"], Unblocked: ["Unblocked", "StringList"] },
    });

    // Who starts it: the scheduler and EventBridge, through a role that may start this
    // document and pass its role, nothing else.
    const starter = new IamRole(this, "starter_role", {
      name: name("edge-auto-block-start"),
      description: "EventBridge and its scheduler: start the edge auto-block runbook",
      assumeRolePolicy: policyDocument([
        {
          Effect: "Allow",
          Principal: { Service: ["scheduler.amazonaws.com", "events.amazonaws.com"] },
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "aws:SourceAccount": estate.accountId } },
        },
      ]),
    });
    const definition = estate.arn("ssm", `automation-definition/${documentName}:$DEFAULT`);
    this.definitionArns = [definition, estate.arn("ssm", `automation-definition/${documentName}:*`)];
    new IamRolePolicy(this, "starter_role_policy", {
      name: "start-edge-auto-block",
      role: starter.id,
      policy: policyDocument([
        {
          Sid: "StartTheRunbook",
          Effect: "Allow",
          Action: "ssm:StartAutomationExecution",
          Resource: this.definitionArns,
        },
        { Sid: "PassItsRole", Effect: "Allow", Action: "iam:PassRole", Resource: this.role.arn },
        { Sid: "ReadTheScheduleInput", Effect: "Allow", Action: "kms:Decrypt", Resource: props.stateKeyArn },
      ]),
    });
    this.schedule = new SchedulerSchedule(this, "schedule", {
      name: name("edge-auto-block"),
      description: `Edge auto-block every ${interval} minutes`,
      scheduleExpression: `rate(${interval} minutes)`,
      flexibleTimeWindow: { mode: "OFF" },
      kmsKeyArn: props.stateKeyArn,
      target: {
        arn: "arn:aws:scheduler:::aws-sdk:ssm:startAutomationExecution",
        roleArn: starter.arn,
        input: JSON.stringify({ DocumentName: documentName }),
        retryPolicy: { maximumRetryAttempts: 0 },
      },
    });

    const trigger = (
      ruleId: string,
      description: string,
      pattern: unknown,
      target: Partial<CloudwatchEventTargetInput>,
    ) => {
      const rule = new CloudwatchEventRule(this, `${ruleId}_rule`, {
        name: name("edge-auto-block", ruleId.replaceAll("_", "-")),
        description,
        eventPattern: JSON.stringify(pattern),
      });
      this.triggers.push(rule);
      new CloudwatchEventTarget(this, `${ruleId}_target`, {
        rule: rule.name,
        targetId: "edge-auto-block",
        arn: definition,
        roleArn: starter.arn,
        ...target,
      });
    };
    if (props.clusterNames.length > 0) {
      trigger(
        "guardduty",
        "GuardDuty findings about the service's tasks start the edge auto-block with their addresses",
        {
          source: ["aws.guardduty"],
          "detail-type": ["GuardDuty Finding"],
          detail: {
            severity: [{ numeric: [">=", props.findingMinSeverity ?? 4] }],
            resource: { ecsClusterDetails: { name: [...props.clusterNames] } },
          },
        },
        {
          inputTransformer: {
            inputPaths: { id: "$.detail.id", detector: "$.detail.service.detectorId" },
            inputTemplate: '{"FindingIds": ["<id>"], "DetectorId": ["<detector>"]}',
          },
        },
      );
    }
    if (props.triggerAlarmArns.length > 0) {
      trigger(
        "rate_alarm",
        "A rate rule's alarm going off starts the edge auto-block at once",
        {
          source: ["aws.cloudwatch"],
          "detail-type": ["CloudWatch Alarm State Change"],
          resources: [...props.triggerAlarmArns],
          detail: { state: { value: ["ALARM"] } },
        },
        { input: "{}" },
      );
    }
  }

  /** What applying it takes: passing the starter role to the scheduler and EventBridge. */
  grantApply(grantee: IGrantable): void {
    grantPassEstateRoles(this, grantee, "scheduler.amazonaws.com");
    grantPassEstateRoles(this, grantee, "events.amazonaws.com");
  }

  /** Lets the role start the runbook (an operator's, for Unblock or a run now) and pass its role. */
  grantStart(role: IamRole): void {
    new IamRolePolicy(this, `start_grant_${role.node.id}`, {
      name: "start-edge-auto-block",
      role: role.id,
      policy: policyDocument([
        {
          Sid: "StartEdgeAutoBlock",
          Effect: "Allow",
          Action: "ssm:StartAutomationExecution",
          Resource: this.definitionArns,
        },
        { Sid: "PassEdgeAutoBlockRole", Effect: "Allow", Action: "iam:PassRole", Resource: this.role.arn },
      ]),
    });
  }
}

type CloudwatchEventTargetInput = ConstructorParameters<typeof CloudwatchEventTarget>[2];
