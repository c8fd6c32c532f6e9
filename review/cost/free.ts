/**
 * Resource types that cost nothing of their own, each with the reason. A type that is neither
 * here nor priced by a pricer is listed as "unpriced" in the estimate, never taken as free.
 */
const NO_CHARGE = "no charge of its own";

const groups: ReadonlyArray<[reason: string, types: string[]]> = [
  [
    "IAM has no charge",
    [
      "aws_iam_role",
      "aws_iam_role_policy",
      "aws_iam_role_policy_attachment",
      "aws_iam_policy",
      "aws_iam_openid_connect_provider",
      "aws_iam_service_linked_role",
      "aws_iam_instance_profile",
    ],
  ],
  [
    "VPC building blocks have no charge",
    [
      "aws_vpc",
      "aws_subnet",
      "aws_route",
      "aws_route_table",
      "aws_route_table_association",
      "aws_internet_gateway",
      "aws_egress_only_internet_gateway",
      "aws_network_acl",
      "aws_default_network_acl",
    ],
  ],
  [
    "security groups have no charge",
    [
      "aws_security_group",
      "aws_default_security_group",
      "aws_vpc_security_group_ingress_rule",
      "aws_vpc_security_group_egress_rule",
    ],
  ],
  ["Application Auto Scaling has no charge", ["aws_appautoscaling_target", "aws_appautoscaling_policy"]],
  ["task definitions have no charge; the tasks are priced at their ECS service", ["aws_ecs_task_definition"]],
  [
    "listeners, rules and target groups have no charge; capacity is priced at the load balancer (LCU)",
    [
      "aws_lb_listener",
      "aws_lb_listener_rule",
      "aws_lb_target_group",
      "aws_alb_listener",
      "aws_alb_target_group",
    ],
  ],
  [
    "storage and requests are priced at the bucket; bucket settings have no charge",
    [
      "aws_s3_bucket_lifecycle_configuration",
      "aws_s3_bucket_logging",
      "aws_s3_bucket_ownership_controls",
      "aws_s3_bucket_policy",
      "aws_s3_bucket_public_access_block",
      "aws_s3_bucket_server_side_encryption_configuration",
      "aws_s3_bucket_versioning",
    ],
  ],
  [`aliases have ${NO_CHARGE}; keys are priced`, ["aws_kms_alias"]],
  ["the flow log's records are priced as log ingestion at its log group", ["aws_flow_log"]],
  [
    `${NO_CHARGE}; logs are priced at the log group`,
    ["aws_cloudwatch_log_resource_policy", "aws_wafv2_web_acl_logging_configuration"],
  ],
  [
    "events from AWS services on the default event bus have no charge; what a target starts on an event (an Automation run on a finding or an alarm) happens on events and is not estimated",
    ["aws_cloudwatch_event_rule", "aws_cloudwatch_event_target"],
  ],
  [
    "a saved Logs Insights query has no charge; running it is charged per GB scanned, on demand during an incident, not estimated",
    ["aws_cloudwatch_query_definition"],
  ],
  [
    "AWS Chatbot has no charge of its own; the alarm topic it reads is priced with SNS",
    ["aws_chatbot_slack_channel_configuration", "aws_chatbot_teams_channel_configuration"],
  ],
  [
    "SNS topics have no charge; alarm notifications are assumed within SNS's free tier",
    ["aws_sns_topic", "aws_sns_topic_policy", "aws_sns_topic_subscription"],
  ],
  [
    `${NO_CHARGE}; recording and evaluations are priced at the recorder and the rules`,
    ["aws_config_configuration_recorder_status", "aws_config_delivery_channel"],
  ],
  [
    `${NO_CHARGE}; Automation runs are priced at the schedule that starts them, runs started by hand or by a remediation are not estimated`,
    ["aws_config_remediation_configuration", "aws_ssm_document"],
  ],
  ["security checks are priced at the Security Hub account", ["aws_securityhub_standards_subscription"]],
  [
    "included in the Shield Advanced subscription",
    [
      "aws_shield_protection_group",
      "aws_shield_application_layer_automatic_response",
      "aws_shield_drt_access_role_arn_association",
      "aws_shield_drt_access_log_bucket_association",
      "aws_shield_proactive_engagement",
      "aws_shield_protection_health_check_association",
    ],
  ],
  [
    `IP sets and associations have ${NO_CHARGE}; the web ACL is priced`,
    ["aws_wafv2_ip_set", "aws_wafv2_web_acl_association", "aws_wafv2_regex_pattern_set"],
  ],
];

export const FREE_TYPES: ReadonlyMap<string, string> = new Map(
  groups.flatMap(([reason, types]) => types.map((t): [string, string] => [t, reason])),
);
