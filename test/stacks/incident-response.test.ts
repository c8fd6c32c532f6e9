/**
 * The incident response as the stacks synthesize it, per environment: subscribers on the alarm
 * topic (and the production environment refused without any), the EventBridge routes with
 * their transformers, every notifying alarm classified, the edge auto-block started by threat
 * signals, the custom Config rules with the Guard policies the tests evaluate, the saved flood
 * queries, the set-rate-limit runbook, the outputs the drill and the runbook read.
 */
import test from "ava";
import { ALARM_CLASSES } from "../../stacks/alert-routes.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { findProblems } from "../../stacks/config/validate.ts";
import { customRules } from "../../stacks/custom-config-rules.ts";
import { EDGE_AUTO_BLOCK_SCRIPT } from "../../stacks/edge-auto-response.ts";
import { FLOOD_QUERIES } from "../../stacks/flood-queries.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import { matches } from "../helpers/event-ruler.ts";
import { type Block, ref, resources, statements, type TerraformDocument } from "../helpers/terraform.ts";

const docs: Record<string, TerraformDocument> = {
  staging: synthEnvironment(staging).doc,
  prod: synthEnvironment(prod).doc,
};
const envs: Record<string, EnvironmentConfig> = { staging, prod };
const all = (doc: TerraformDocument, type: string) => Object.entries(resources(doc, type));

for (const envName of ["staging", "prod"] as const) {
  const doc = docs[envName]!;
  const env = envs[envName]!;

  test(`${envName}: the alarm topic has the configured subscribers`, (t) => {
    const subs = all(doc, "aws_sns_topic_subscription").map(([, s]) => s);
    const topic = ref("aws_sns_topic", "monitoring_topic", "arn");
    t.true(subs.length > 0);
    for (const s of subs) t.is(s.topic_arn, topic);
    t.deepEqual(
      subs.filter((s) => s.protocol === "email").map((s) => s.endpoint),
      [...(env.alerts?.email ?? [])],
    );
    const https = subs.filter((s) => s.protocol === "https");
    t.is(https.length, (env.alerts?.https?.length ?? 0) + (env.alerts?.httpsEndpointParameters?.length ?? 0));
    for (const s of https) t.is(s.endpoint_auto_confirms, true);
  });

  test(`${envName}: GuardDuty, Security Hub and Config drift reach the topic with severity and what to do`, (t) => {
    const rules = all(doc, "aws_cloudwatch_event_rule").filter(([, r]) => String(r.name).includes("-alert-"));
    const ids = rules.map(([, r]) => String(r.name).replace(`securecloud-${envName}-alert-`, "")).sort();
    t.true(
      ids.includes("guardduty-high") &&
        ids.includes("guardduty-critical") &&
        ids.includes("securityhub-critical"),
    );
    t.true(ids.includes("config-critical") && ids.includes("config-high") && ids.includes("config-resolved"));
    const targets = all(doc, "aws_cloudwatch_event_target").map(([, x]) => x);
    for (const [address, r] of rules) {
      const target = targets.find((x) => x.rule === ref("aws_cloudwatch_event_rule", address, "name"))!;
      t.is(target.arn, ref("aws_sns_topic", "monitoring_topic", "arn"), address);
      const template = JSON.parse(String((target.input_transformer as Block).input_template));
      t.regex(template.content.title, /^\[(LOW|MEDIUM|HIGH|CRITICAL|RESOLVED)\] /, address);
      t.true(template.content.nextSteps.length === 1, address);
      t.truthy(r.event_pattern);
    }
    // The Config routes name exactly the environment's rules at each severity, custom rules included.
    const configRules = all(doc, "aws_config_config_rule").map(([, r]) => r);
    const bySeverity = (s: string) =>
      configRules
        .filter((r) => (r.tags as Record<string, string>)["securecloud:severity"] === s)
        .map((r) => String(r.name))
        .sort();
    const critical = rules.find(([, r]) => String(r.name).endsWith("-alert-config-critical"))!;
    t.deepEqual(JSON.parse(String(critical[1].event_pattern)).detail.configRuleName, bySeverity("critical"));
    t.true(bySeverity("critical").includes(`securecloud-${envName}-test-listener-not-world-open`));
  });

  test(`${envName}: every alarm on the topic starts with its severity and ends with what to do`, (t) => {
    const topic = ref("aws_sns_topic", "monitoring_topic", "arn");
    const alarms = all(doc, "aws_cloudwatch_metric_alarm").filter(([, a]) =>
      [...((a.alarm_actions as string[]) ?? [])].includes(topic),
    );
    t.true(alarms.length > 10);
    for (const [address, a] of alarms) {
      t.regex(String(a.alarm_description), /^\[(LOW|MEDIUM|HIGH|CRITICAL)\] .* What to do: /, address);
      t.regex(
        String((a.tags as Record<string, string>)["securecloud:severity"]),
        /^(low|medium|high|critical)$/,
      );
    }
    t.true(ALARM_CLASSES.length > 0);
  });

  test(`${envName}: the edge auto-block runs on a schedule and on threat signals, as its own narrow role`, (t) => {
    const [[docAddress, document]] = all(doc, "aws_ssm_document").filter(([, d]) =>
      String(d.name).endsWith("-edge-auto-block"),
    ) as [[string, Block]];
    const content = JSON.parse(String(document.content));
    t.is(content.mainSteps[0].inputs.Script, EDGE_AUTO_BLOCK_SCRIPT);
    const payload = content.mainSteps[0].inputs.InputPayload;
    for (const cidr of env.opsCidrs) t.true(payload.Protected.includes(cidr), `ops ${cidr} protected`);
    t.true(
      payload.Protected.some((p: string) => /aws_eip\.network_nat_1_address\.public_ip/.test(p)),
      "NAT addresses protected",
    );
    t.is(content.parameters.Mode.default, "default");
    t.is(payload.ModeParameter, `/securecloud/${envName}/edge/auto-block-mode`);

    const schedule = all(doc, "aws_scheduler_schedule").map(([, s]) => s)[0]!;
    t.is(schedule.schedule_expression, "rate(5 minutes)");
    const target = schedule.target as Block;
    t.is(target.arn, "arn:aws:scheduler:::aws-sdk:ssm:startAutomationExecution");
    t.deepEqual(JSON.parse(String(target.input)), { DocumentName: `securecloud-${envName}-edge-auto-block` });

    const triggers = all(doc, "aws_cloudwatch_event_rule").filter(([, r]) =>
      String(r.name).includes("-edge-auto-block-"),
    );
    const patterns = Object.fromEntries(
      triggers.map(([, r]) => [String(r.name), JSON.parse(String(r.event_pattern))]),
    );
    const guardduty = patterns[`securecloud-${envName}-edge-auto-block-guardduty`];
    t.truthy(guardduty, "a GuardDuty finding starts it");
    const finding = {
      source: "aws.guardduty",
      "detail-type": "GuardDuty Finding",
      detail: {
        severity: 8,
        resource: {
          resourceType: "ECSCluster",
          ecsClusterDetails: { name: `securecloud-${envName}-cluster` },
        },
      },
    };
    const other = {
      ...finding,
      detail: { ...finding.detail, resource: { ecsClusterDetails: { name: "other" } } },
    };
    t.deepEqual(
      matches([
        { pattern: guardduty, event: finding },
        { pattern: guardduty, event: other },
      ]),
      [true, false],
    );
    t.truthy(patterns[`securecloud-${envName}-edge-auto-block-rate-alarm`], "a rate rule's alarm starts it");
    for (const [address] of triggers) {
      const x = all(doc, "aws_cloudwatch_event_target").find(
        ([, tg]) => tg.rule === ref("aws_cloudwatch_event_rule", address, "name"),
      )!;
      t.regex(
        String(x[1].arn),
        new RegExp(`:automation-definition/securecloud-${envName}-edge-auto-block:\\$DEFAULT$`),
      );
    }

    const role = all(doc, "aws_iam_role_policy").find(
      ([, p]) => p.role === ref("aws_iam_role", "edge_response_role", "id"),
    );
    t.truthy(role, "the automation's own role");
    const actions = statements(role![1].policy).flatMap((s) => [s.Action].flat());
    t.deepEqual(actions.filter((a) => String(a).startsWith("wafv2:")).sort(), [
      "wafv2:GetIPSet",
      "wafv2:GetRateBasedStatementManagedKeys",
      "wafv2:UpdateIPSet",
    ]);
    t.false(
      actions.some((a) => String(a).includes("*")),
      "no wildcard actions",
    );
    t.truthy(docAddress);
  });

  test(`${envName}: three custom Config rules with the Guard policies the tests evaluate`, (t) => {
    const custom = all(doc, "aws_config_config_rule").filter(
      ([, r]) => (r.source as Block).owner === "CUSTOM_POLICY",
    );
    const expected = customRules(envName, {
      alb: `securecloud-${envName}-alb`,
      albSecurityGroup: `securecloud-${envName}-alb`,
    });
    t.is(custom.length, expected.length);
    t.true(custom.length >= 3);
    for (const rule of expected) {
      const [, r] = custom.find(([, c]) => c.name === `securecloud-${envName}-${rule.id}`)!;
      const details = (r.source as Block).custom_policy_details as Block;
      t.is(details.policy_text, rule.policy, "the synthesized policy is the tested one");
      t.is(details.policy_runtime, "guard-2.x.x");
      t.deepEqual((r.scope as Block).compliance_resource_types, rule.resourceTypes);
      t.is((r.tags as Record<string, string>)["securecloud:severity"], rule.severity);
    }
  });

  test(`${envName}: the flood queries and the set-rate-limit runbook are in the estate`, (t) => {
    const queries = all(doc, "aws_cloudwatch_query_definition").map(([, q]) => q);
    t.deepEqual(
      queries.map((q) => q.name).sort(),
      FLOOD_QUERIES.map((q) => `securecloud-${envName}-ip-flood-${q.id}`).sort(),
    );
    for (const q of queries) t.is((q.log_group_names as string[]).length, 1);
    const setRate = all(doc, "aws_ssm_document").find(
      ([, d]) => d.name === `securecloud-${envName}-set-rate-limit`,
    );
    t.truthy(setRate);
    t.deepEqual(Object.keys(JSON.parse(String(setRate![1].content)).parameters).sort(), ["Limit", "Reason"]);
  });

  test(`${envName}: the service_endpoint output tells the drill which host is which environment`, (t) => {
    const output = doc.output?.service_endpoint as { value: unknown } | undefined;
    t.deepEqual(output?.value, { environment: envName, production: envName === "prod", host: env.domain });
  });
}

test("a production environment without a subscriber is refused with one line; bad subscribers too", (t) => {
  const problems = (env: EnvironmentConfig) => findProblems([env]).map((p) => `${p.field}: ${p.reason}`);
  t.deepEqual(problems(withChanges(prod, { alerts: { email: [] } })), [
    "alerts: a production environment needs at least one subscriber (alerts.email, alerts.https, alerts.httpsEndpointParameters or alerts.slack)",
  ]);
  t.deepEqual(problems(withChanges(prod, { alerts: undefined })).length, 1);
  t.deepEqual(
    problems(withChanges(staging, { alerts: undefined })),
    [],
    "a non-production environment may go without",
  );
  t.deepEqual(
    problems(
      withChanges(staging, {
        alerts: {
          email: ["not-an-address"],
          https: ["http://pager.example.com/x"],
          httpsEndpointParameters: ["no-slash"],
        },
      }),
    ),
    [
      'alerts.email[0]: "not-an-address" is not an email address',
      'alerts.https[0]: "http://pager.example.com/x" is not an https:// URL',
      'alerts.httpsEndpointParameters[0]: "no-slash" is not a Parameter Store name (/path/name)',
    ],
  );
});
