/**
 * Which changes a security reviewer must look at, and why. Rules are data keyed on
 * Terraform resource types and attribute names (any provider resource that has an
 * `ingress` block or a `kms_key_id` attribute is covered, not just this estate's), plus a
 * few checks on values (an internet CIDR, a `*` principal or action, encryption or logging
 * turned off, a public flag turned on).
 */
import { leaves, METADATA_ATTRIBUTE } from "./compare.ts";
import { isObject, type Json } from "./load.ts";

export type SecurityCategory =
  | "network"
  | "identity"
  | "waf"
  | "tls"
  | "encryption"
  | "logging"
  | "public-access"
  | "deletion-protection"
  | "container"
  | "security-service"
  | "suppression";

export interface SecurityFlag {
  readonly category: SecurityCategory;
  readonly reason: string;
}

/** Attribute names are compared in snake_case lower-case (`readonlyRootFilesystem` too). */
export function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toLowerCase();
}

/** Resource types of services whose only job is security; removing one is always flagged. */
export const SECURITY_SERVICE_TYPES =
  /^aws_(guardduty_|cloudtrail|config_|wafv2_|waf_|wafregional_|shield_|securityhub_|inspector2?_|macie2?_|accessanalyzer_|detective_|fms_|networkfirewall_|flow_log$|ebs_encryption_by_default$|s3_account_public_access_block$|iam_account_password_policy$)/;

interface TypeRule {
  readonly category: SecurityCategory;
  readonly types: RegExp;
  readonly what: string;
}

/** Resource types by the security concern they carry. First match wins. */
const TYPE_RULES: readonly TypeRule[] = [
  {
    category: "waf",
    types: /^aws_(wafv2_|waf_|wafregional_|shield_)/,
    what: "WAF / Shield protection",
  },
  {
    category: "logging",
    types:
      /^aws_(cloudtrail|flow_log$|cloudwatch_log_group$|s3_bucket_logging$|config_configuration_recorder|config_delivery_channel$|lb_.*log|cloudwatch_log_subscription_filter$)/,
    what: "audit logging",
  },
  { category: "security-service", types: SECURITY_SERVICE_TYPES, what: "security service" },
  {
    category: "network",
    types:
      /^aws_(security_group|vpc_security_group_(ingress|egress)_rule|default_security_group|network_acl|default_network_acl)/,
    what: "network access rules",
  },
  {
    category: "identity",
    types:
      /^aws_(iam_|.*_policy$|lambda_permission$|kms_grant$|ecr_repository_policy$|s3_bucket_policy$|sns_topic_policy$|sqs_queue_policy$|cloudwatch_log_resource_policy$)/,
    what: "IAM / resource policy",
  },
  {
    category: "public-access",
    types: /^aws_(s3_bucket_public_access_block|s3_bucket_acl|s3_bucket_ownership_controls)$/,
    what: "public access control",
  },
  {
    category: "tls",
    types:
      /^aws_(lb_listener|alb_listener|lb_listener_rule|lb_listener_certificate|acm_certificate.*|cloudfront_distribution)$/,
    what: "listener / TLS",
  },
  {
    category: "encryption",
    types: /^aws_(kms_|s3_bucket_server_side_encryption_configuration$)/,
    what: "encryption",
  },
];

export function typeCategory(type: string): TypeRule | undefined {
  return TYPE_RULES.find((r) => r.types.test(type));
}

interface AttributeRule {
  readonly category: SecurityCategory;
  /** Tested against each attribute name of the path (snake_case). */
  readonly name: RegExp;
  /** When set, the rule applies only to these resource types. */
  readonly types?: RegExp;
  readonly reason: string;
}

/** Attribute names by concern. Order matters: the first matching rule names the reason. */
const ATTRIBUTE_RULES: readonly AttributeRule[] = [
  {
    category: "waf",
    name: /^rate_based_statement$|^rate_limit$|^limit$|^aggregate_key_type$|^evaluation_window_sec$/,
    types: /^aws_(wafv2_|waf_|wafregional_)/,
    reason: "WAF rate limit changed",
  },
  {
    category: "waf",
    name: /^(override_action|default_action|action|rule_action_override|managed_rule_group_statement|rule|visibility_config)$/,
    types: /^aws_(wafv2_|waf_|wafregional_)/,
    reason: "WAF rule or action changed",
  },
  {
    category: "waf",
    name: /^web_acl(_arn|_id)?$|^protection$|^resource_arn$/,
    types: /^aws_(wafv2_web_acl_association|shield_|waf)/,
    reason: "WAF / Shield attachment changed",
  },
  {
    category: "tls",
    name: /^(ssl_policy|certificate_arn|certificate|minimum_protocol_version|viewer_protocol_policy|tls_policy|alpn_policy|mutual_authentication|drop_invalid_header_fields|desync_mitigation_mode)$|^viewer_certificate$/,
    reason: "TLS / listener security setting changed",
  },
  {
    category: "tls",
    name: /^(protocol|port|redirect|default_action)$/,
    types: /^aws_(lb_listener|alb_listener|lb_listener_rule)$/,
    reason: "listener protocol, port or action changed",
  },
  {
    category: "network",
    name: /^(ingress|egress|cidr_blocks|ipv6_cidr_blocks|cidr_ipv4|cidr_ipv6|prefix_list_ids?|referenced_security_group_id|source_security_group_id|security_groups|self|from_port|to_port|ip_protocol|protocol|rule_action|cidr_block|ipv6_cidr_block)$/,
    types:
      /^aws_(security_group|vpc_security_group_(ingress|egress)_rule|default_security_group|network_acl|default_network_acl)/,
    reason: "security group / network ACL rule changed",
  },
  {
    category: "network",
    name: /^(ingress|egress)$|^(vpc_)?security_group(s|_ids?)$/,
    reason: "network access (security groups) changed",
  },
  {
    category: "public-access",
    name: /public|^internal$|^acl$|^grant$|object_ownership|publicly_accessible|^scheme$/,
    reason: "public access setting changed",
  },
  {
    category: "identity",
    name: /^assume_role_policy$/,
    reason: "IAM trust policy changed",
  },
  {
    category: "identity",
    name: /^statement$|^(inline_policy|managed_policy_arns|policy_arn|permissions_boundary|policy_document)$|^(?!(lifecycle|scaling|retention|target_tracking|alpn|ssl|tls)_)(\w+_)?policy$/,
    reason: "IAM / resource policy changed",
  },
  {
    category: "identity",
    name: /^(task_role_arn|execution_role_arn|role|role_arn|iam_role_arn|service_role|instance_profile|iam_instance_profile)$/,
    reason: "IAM role attached to a resource changed",
  },
  {
    category: "encryption",
    name: /encrypt|kms|^sse|_sse_|sse_algorithm|key_rotation|rotation_period|at_rest|in_transit|customer_master_key|^cmk|bucket_key_enabled/,
    reason: "encryption setting changed",
  },
  {
    category: "logging",
    name: /(^|_)(log|logs|logging|awslogs)(_|$)|retention_in_days|log_file_validation|is_multi_region_trail|include_global_service_events|event_selector|insight_selector|recording_group|container_insights|^trail/,
    reason: "logging / audit setting changed",
  },
  {
    category: "deletion-protection",
    name: /deletion_protection|prevent_destroy|force_destroy|force_delete|deletion_window|skip_final_snapshot|termination_protection|recovery_window/,
    reason: "deletion protection changed",
  },
  {
    category: "container",
    name: /^(privileged|readonly_root_filesystem|user|capabilities|linux_parameters|secrets|pid_mode|ipc_mode|enable_execute_command|network_mode|assign_public_ip)$/,
    reason: "container hardening changed",
  },
  {
    category: "security-service",
    name: /^(enable|enabled|is_enabled|status|auto_enable|finding_publishing_frequency|detector_id|datasources|features?)$/,
    types: SECURITY_SERVICE_TYPES,
    reason: "security service setting changed",
  },
];

const INTERNET = new Set(["0.0.0.0/0", "::/0"]);

function names(segments: readonly (string | number)[]): string[] {
  return segments.filter((s): s is string => typeof s === "string").map(snake);
}

/** The rule an attribute path falls under, or undefined. */
export function attributeRule(
  type: string,
  segments: readonly (string | number)[],
): AttributeRule | undefined {
  const attrs = names(segments);
  return ATTRIBUTE_RULES.find(
    (rule) => (rule.types === undefined || rule.types.test(type)) && attrs.some((a) => rule.name.test(a)),
  );
}

/** Value checks that make a change worse than "changed": what it turns on or off. */
export function valueWarning(
  segments: readonly (string | number)[],
  value: Json | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const attrs = names(segments);
  const last = attrs.at(-1) ?? "";
  for (const leaf of leaves(value, segments)) {
    const leafNames = names(leaf.segments);
    const leafName = leafNames.at(-1) ?? last;
    const v = leaf.value;
    if (typeof v === "string" && INTERNET.has(v) && leafNames.some((n) => /cidr/.test(n))) {
      return `opens to the internet (${v})`;
    }
    if (
      (leafName === "principal" || leafNames.includes("principal")) &&
      (v === "*" || v === "arn:aws:iam::*:root")
    ) {
      return "allows any principal (*)";
    }
    if ((leafName === "action" || leafName === "not_action") && v === "*") {
      return "allows every action (*)";
    }
    if (
      v === false &&
      /^(enable_key_rotation|encrypted|encrypt|enable_log_file_validation|is_multi_region_trail|enable_deletion_protection|deletion_protection|drop_invalid_header_fields|enable|enabled|is_enabled|block_public_acls|block_public_policy|ignore_public_acls|restrict_public_buckets|read_only_root_filesystem|readonly_root_filesystem|scan_on_push|internal)$/.test(
        leafName,
      )
    ) {
      return leafName === "internal"
        ? "makes the resource internet-facing (internal = false)"
        : `turns ${leafName} off`;
    }
    if (
      v === true &&
      /^(privileged|publicly_accessible|assign_public_ip|map_public_ip_on_launch|associate_public_ip_address|force_destroy|enable_execute_command)$/.test(
        leafName,
      )
    ) {
      return `turns ${leafName} on`;
    }
    if (typeof v === "string" && /^(public-read|public-read-write|authenticated-read)$/.test(v)) {
      return `grants ${v}`;
    }
  }
  return undefined;
}

/** Reason for one attribute change of a resource of `type`, or undefined when not security-relevant. */
export function classifyChange(
  type: string,
  segments: readonly (string | number)[],
  before: Json | undefined,
  after: Json | undefined,
): string | undefined {
  if (segments.includes(METADATA_ATTRIBUTE)) return "compliance suppression or gate metadata changed";
  const warning = valueWarning(segments, after);
  // A change inside a whole added/removed block: look at the leaves it carries.
  const rule =
    attributeRule(type, segments) ??
    [...leaves(after, segments), ...leaves(before, segments)]
      .map((l) => attributeRule(type, l.segments))
      .find((r) => r !== undefined);
  if (rule && warning) return `${rule.reason}: ${warning}`;
  if (rule) return rule.reason;
  if (warning) return warning;
  const category = typeCategory(type);
  if (category && ["security-service", "waf", "logging"].includes(category.category)) {
    return `${category.what} configuration changed`;
  }
  if (category?.category === "identity" && /^aws_iam_/.test(type)) return "IAM configuration changed";
  return undefined;
}

/** Whether a JSON value reads like an IAM policy document. */
function isPolicyDocument(value: Json | undefined): boolean {
  return isObject(value) && ("Statement" in value || "statement" in value);
}

/** Reasons for a whole resource appearing. Access-granting additions are flagged, the rest only on risky values. */
export function classifyAdded(type: string, body: Json): string[] {
  const reasons = new Set<string>();
  const category = typeCategory(type);
  if (category && ["network", "identity", "public-access", "tls"].includes(category.category)) {
    reasons.add(`new ${category.what}`);
  }
  const warning = valueWarning([], body);
  if (warning) reasons.add(warning);
  if (!category && isObject(body)) {
    for (const [key, value] of Object.entries(body)) {
      if (isPolicyDocument(value)) reasons.add(`new resource policy (${key})`);
    }
  }
  return [...reasons].sort();
}

/** Reasons for a whole resource disappearing: protections and security services going away. */
export function classifyRemoved(type: string, body: Json): string[] {
  const category = typeCategory(type);
  const reasons: string[] = [];
  if (SECURITY_SERVICE_TYPES.test(type)) reasons.push(`security service resource removed (${type})`);
  else if (category && category.category !== "network" && category.category !== "identity") {
    reasons.push(`${category.what} removed`);
  }
  if (isObject(body) && body["//securecloud"] !== undefined)
    reasons.push("compliance suppression removed with it");
  return reasons;
}
