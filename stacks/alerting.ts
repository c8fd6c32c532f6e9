import { ChatbotSlackChannelConfiguration } from "@cdktf/provider-aws/lib/chatbot-slack-channel-configuration/index.js";
import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule/index.js";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target/index.js";
import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import { DataAwsSsmParameter } from "@cdktf/provider-aws/lib/data-aws-ssm-parameter/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { SnsTopicSubscription } from "@cdktf/provider-aws/lib/sns-topic-subscription/index.js";
import { Aspects, type IAspect, TerraformStack } from "cdktf";
import { Construct, type IConstruct } from "constructs";
import { type Severity, TAG } from "../common/conventions.ts";
import { type AlertRoute, alarmDescription, alertRoutes, classifyAlarm } from "./alert-routes.ts";
import type { AlertSubscribers } from "./config/types.ts";
import { EstateContext } from "./estate-context.ts";
import { grantPassEstateRoles, type IGrantable } from "./grantable-role.ts";
import { policyDocument } from "./policy.ts";

export interface AlertingProps {
  /** ARN of the alarm topic every alert goes to. */
  readonly topicArn: string;
  /** Who gets the alerts: at least one in production (the configuration refuses less). */
  readonly subscribers: AlertSubscribers;
  /**
   * Route GuardDuty, Security Hub and AWS Config events to the topic: only where the
   * environment owns the account's detectors, which emit them.
   * @default true
   */
  readonly detectionEvents?: boolean;
  /**
   * The environment's AWS Config rule names by severity: each one's drift notifies at its
   * severity, and its return to compliance says so.
   * @default none (no Config routes)
   */
  readonly configRules?: Readonly<Record<Severity, readonly string[]>>;
}

/**
 * Alerts reach a person. The alarm topic gets its subscribers (email, HTTPS paging endpoints
 * given directly or read from SecureString parameters at apply time, AWS Chatbot in a Slack
 * channel), and EventBridge routes GuardDuty findings at severity 7 and above, Security Hub's
 * critical failed findings and AWS Config drift to it, each message carrying its severity and
 * what to do (alert-routes.ts). Every CloudWatch alarm that notifies the topic gets the same:
 * its description starts with the severity and ends with what to do, and an alarm nobody
 * classified fails the synth.
 */
export class Alerting extends Construct {
  readonly subscriptions: SnsTopicSubscription[] = [];
  readonly rules: Record<string, CloudwatchEventRule> = {};
  readonly routes: AlertRoute[];
  readonly chatbot?: ChatbotSlackChannelConfiguration;
  private readonly classifier: ClassifyAlarms;

  constructor(scope: Construct, id: string, props: AlertingProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const { topicArn, subscribers } = props;

    const subscribe = (subId: string, protocol: "email" | "https", endpoint: string): void => {
      this.subscriptions.push(
        new SnsTopicSubscription(this, subId, {
          topicArn,
          protocol,
          endpoint,
          // Paging services (PagerDuty, Opsgenie) confirm their HTTPS subscription themselves.
          ...(protocol === "https" ? { endpointAutoConfirms: true } : {}),
        }),
      );
    };
    (subscribers.email ?? []).forEach((address, i) => {
      subscribe(`email_${i + 1}`, "email", address);
    });
    (subscribers.https ?? []).forEach((url, i) => {
      subscribe(`https_${i + 1}`, "https", url);
    });
    // An integration key in a URL is a secret: read it from Parameter Store when applying,
    // so it is in neither the code nor the synthesized JSON.
    (subscribers.httpsEndpointParameters ?? []).forEach((parameter, i) => {
      const endpoint = new DataAwsSsmParameter(this, `https_endpoint_parameter_${i + 1}`, {
        name: parameter,
        withDecryption: true,
      });
      subscribe(`https_from_parameter_${i + 1}`, "https", endpoint.value);
    });
    if (subscribers.slack) {
      const role = new IamRole(this, "chatbot_role", {
        name: name("chatbot"),
        description: "AWS Chatbot: post the alarm topic to Slack; read alarms, nothing else",
        assumeRolePolicy: policyDocument([
          {
            Effect: "Allow",
            Principal: { Service: "chatbot.amazonaws.com" },
            Action: "sts:AssumeRole",
          },
        ]),
      });
      new IamRolePolicy(this, "chatbot_role_policy", {
        name: "read-alarms",
        role: role.id,
        policy: policyDocument([
          {
            Sid: "ReadAlarms",
            Effect: "Allow",
            Action: ["cloudwatch:DescribeAlarms", "cloudwatch:GetMetricData"],
            Resource: "*",
          },
        ]),
      });
      this.chatbot = new ChatbotSlackChannelConfiguration(this, "slack", {
        configurationName: name("alerts"),
        iamRoleArn: role.arn,
        slackTeamId: subscribers.slack.workspaceId,
        slackChannelId: subscribers.slack.channelId,
        snsTopicArns: [topicArn],
        // Whatever the channel's users may do, Chatbot itself only reads.
        guardrailPolicyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
        loggingLevel: "ERROR",
      });
    }

    this.routes =
      props.detectionEvents === false
        ? []
        : alertRoutes(
            estate.environment,
            props.configRules ?? { low: [], medium: [], high: [], critical: [] },
          );
    for (const route of this.routes) {
      const key = route.id.replaceAll("-", "_");
      const rule = new CloudwatchEventRule(this, `${key}_rule`, {
        name: name("alert", route.id),
        description: `${route.description} (severity ${route.severity})`,
        eventPattern: JSON.stringify(route.eventPattern),
        tags: { [TAG.severity]: route.severity },
      });
      this.rules[route.id] = rule;
      new CloudwatchEventTarget(this, `${key}_to_topic`, {
        rule: rule.name,
        targetId: "alarm-topic",
        arn: topicArn,
        inputTransformer: { inputPaths: route.inputPaths, inputTemplate: route.inputTemplate },
      });
    }

    this.classifier = new ClassifyAlarms();
    // Alarms added after this construct are classified when the app synthesizes.
    Aspects.of(TerraformStack.of(this)).add(this.classifier);
  }

  /** What applying it takes beyond the apply role's own: passing the Chatbot role to Chatbot. */
  grantApply(grantee: IGrantable): void {
    if (this.chatbot) grantPassEstateRoles(this, grantee, "chatbot.amazonaws.com");
  }

  /**
   * Classifies every alarm under `scope` that notifies the topic now (what the aspect does at
   * synth, for alarms created before it runs); throws on one that no class matches.
   */
  classifyAlarms(scope: IConstruct): void {
    for (const node of scope.node.findAll()) this.classifier.visit(node);
  }
}

/**
 * Gives every alarm with an action (in this estate they all notify the alarm topic) its severity and what to do (ALARM_CLASSES), in
 * its description (what the notification shows) and its `securecloud:severity` tag. An alarm
 * on the topic that no class matches stops the synth.
 */
class ClassifyAlarms implements IAspect {
  private readonly done = new WeakSet<IConstruct>();

  visit(node: IConstruct): void {
    if (!(node instanceof CloudwatchMetricAlarm) || this.done.has(node)) return;
    // Every alarm with an action notifies someone: in this estate, the one alarm topic.
    if ((node.alarmActionsInput ?? []).length === 0) return;
    this.done.add(node);
    const alarmName = node.alarmNameInput ?? "";
    const cls = classifyAlarm(alarmName);
    if (!cls) {
      throw new Error(
        `${node.node.path}: alarm ${alarmName} notifies the alarm topic but has no severity; add its class to ALARM_CLASSES (stacks/alert-routes.ts)`,
      );
    }
    node.alarmDescription = alarmDescription(cls, node.alarmDescriptionInput ?? alarmName);
    node.tags = { ...(node.tagsInput ?? {}), [TAG.severity]: cls.severity };
  }
}
