/**
 * The incident response of one environment, wired from the constructs the stack already has:
 * alerts to people (Alerting), the automatic edge response (EdgeAutoResponse), the estate's
 * custom Config rules (CustomConfigRules), the flood runbook's queries and set-rate-limit
 * (FloodResponse), and the outputs the drill and the runbook read.
 */
import { Eip } from "@cdktf/provider-aws/lib/eip/index.js";
import type { TerraformStack } from "cdktf";
import { TerraformOutput } from "cdktf";
import type { IConstruct } from "constructs";
import { SEVERITIES, type Severity } from "../common/conventions.ts";
import { Alerting } from "./alerting.ts";
import type { ResolvedEnvironment } from "./config/resolve.ts";
import { CONFIG_COMPLIANCE_READS, managedRules } from "./config-compliance.ts";
import { CustomConfigRules, customRules } from "./custom-config-rules.ts";
import { EdgeAutoResponse } from "./edge-auto-response.ts";
import { EstateContext } from "./estate-context.ts";
import type { EstateStack } from "./estate-stack.ts";
import { FloodResponse } from "./flood-response.ts";
import type { IGrantable } from "./grantable-role.ts";

export interface IncidentResponse {
  readonly alerting: Alerting;
  readonly edgeAutoResponse: EdgeAutoResponse;
  readonly floodResponse: FloodResponse;
  readonly customConfigRules?: CustomConfigRules;
}

/** The environment's Config rule names by severity, managed and custom (what the drift alerts route). */
export function configRulesBySeverity(env: ResolvedEnvironment): Record<Severity, string[]> {
  const out = Object.fromEntries(SEVERITIES.map((s) => [s, [] as string[]])) as Record<Severity, string[]>;
  const name = (id: string) => `securecloud-${env.name}-${id}`;
  const options = {
    deletionProtection: env.features.deletionProtection,
    shieldAdvanced: env.features.shieldAdvanced,
  };
  for (const r of managedRules(options)) out[r.severity].push(name(r.id));
  for (const r of customRules(env.name, { alb: "", albSecurityGroup: "" })) out[r.severity].push(name(r.id));
  return out;
}

/** The weekly compliance report's reads: AWS Config compliance and Security Hub findings, nothing else. */
export function grantComplianceReport(scope: IConstruct, grantee: IGrantable): void {
  const estate = EstateContext.of(scope);
  grantee.addToPolicy({
    Sid: "ReadConfigCompliance",
    Effect: "Allow",
    Action: [...CONFIG_COMPLIANCE_READS],
    Resource: estate.arn("config", "config-rule/*"),
  });
  grantee.addToPolicy({
    Sid: "ReadSecurityHubFindings",
    Effect: "Allow",
    Action: "securityhub:GetFindings",
    Resource: estate.arn("securityhub", "hub/default"),
  });
}

export function addIncidentResponse(stack: EstateStack): IncidentResponse {
  const env = stack.env;
  const topicArn = stack.servingAlarms.topic.arn;
  const owner = env.accountSettingsOwner;

  let customConfigRules: CustomConfigRules | undefined;
  if (stack.detection) {
    const recorderStatus = stack.detection.configCompliance.node.findChild("recorder_status");
    customConfigRules = new CustomConfigRules(stack, "config_custom", {
      // Names as written (not Terraform references): the policies match them in ARNs and items.
      albName: stack.loadBalancer.alb.nameInput!,
      albSecurityGroupName: stack.loadBalancer.securityGroup.nameInput!,
      dependsOn: [recorderStatus as unknown as import("cdktf").ITerraformDependable],
    });
  }
  const alerting = new Alerting(stack, "alerting", {
    topicArn,
    subscribers: env.alerts ?? {},
    detectionEvents: owner,
    configRules: owner ? configRulesBySeverity(env) : undefined,
  });

  // The NAT gateways' addresses: the estate's own egress is never blocked.
  const natAddresses = stack.network.node
    .findAll()
    .filter((c): c is Eip => c instanceof Eip && c.node.id.startsWith("nat_"))
    .map((eip) => `${eip.publicIp}/32`);
  const waf = stack.waf;
  const edgeAutoResponse = new EdgeAutoResponse(stack, "edge_response", {
    webAcl: { name: waf.webAcl.name, id: waf.webAcl.id, arn: waf.webAcl.arn },
    rateRuleNames: waf.rateRuleNames,
    blocklist: {
      ipv4: { name: waf.blocklist.ipv4.name, id: waf.blocklist.ipv4.id, arn: waf.blocklist.ipv4.arn },
      ipv6: { name: waf.blocklist.ipv6.name, id: waf.blocklist.ipv6.id, arn: waf.blocklist.ipv6.arn },
    },
    alarmTopicArn: topicArn,
    topicKeyArn: stack.keys.sns.arn,
    // Operational state and overrides, no secret: they share the key of the estate's parameters.
    stateKeyArn: stack.keys.ssm.arn,
    protectedCidrs: [...env.opsCidrs, ...natAddresses],
    // The name as written: the event pattern matches it in findings.
    clusterNames: [stack.service.cluster.nameInput!],
    triggerAlarmArns: waf.alarms
      .filter((a) => a.alarmNameInput?.includes("-waf-rate-limit-"))
      .map((a) => a.arn),
  });
  const floodResponse = new FloodResponse(stack, "flood_response", {
    wafLogGroupName: waf.logGroup.name,
    serviceLogGroupName: stack.service.logGroup.name,
    webAcl: { name: waf.webAcl.name, id: waf.webAcl.id, arn: waf.webAcl.arn },
  });

  const output = (id: string, value: unknown, description: string) =>
    new TerraformOutput(stack as TerraformStack, id, { value, description });
  output(
    "service_endpoint",
    { environment: env.name, production: env.production === true, host: env.domain },
    "Which host is which environment (securecloud drill reads it)",
  );
  output(
    "edge_auto_block_document",
    edgeAutoResponse.document.name,
    "Runbook: automatic edge response; start it with Unblock=<cidr> to lift a block now",
  );
  output(
    "set_rate_limit_document",
    floodResponse.setRateLimitDocument.name,
    "Runbook: aws ssm start-automation-execution --document-name <this> --parameters Limit=<n>,Reason=<why>",
  );
  output(
    "flood_query_names",
    floodResponse.queries.map((q) => q.name),
    "Saved Logs Insights queries for a flood (docs/runbooks/ip-flood.md)",
  );
  // Every alarm on the topic exists by now: give each its severity and what to do.
  alerting.classifyAlarms(stack);
  return { alerting, edgeAutoResponse, floodResponse, customConfigRules };
}
