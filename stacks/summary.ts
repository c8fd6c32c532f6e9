/**
 * A per-stack summary of synthesized output: resources by AWS service, outputs, and where
 * the JSON is. Reads only the files cdktf wrote, so it describes exactly what was synthesized.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { outputs, readStack, resources } from "../common/terraform/index.ts";

/** Resource-type prefixes → the AWS service they belong to; longest prefix wins. */
const SERVICES: ReadonlyArray<readonly [string, string]> = [
  ["aws_vpc_endpoint", "VPC endpoints"],
  ["aws_vpc_security_group", "EC2 security groups"],
  ["aws_security_group", "EC2 security groups"],
  ["aws_default_security_group", "EC2 security groups"],
  ["aws_vpc", "VPC"],
  ["aws_subnet", "VPC"],
  ["aws_route", "VPC"],
  ["aws_internet_gateway", "VPC"],
  ["aws_nat_gateway", "VPC"],
  ["aws_eip", "VPC"],
  ["aws_flow_log", "VPC"],
  ["aws_network_acl", "VPC"],
  ["aws_default_network_acl", "VPC"],
  ["aws_lb", "Elastic Load Balancing"],
  ["aws_alb", "Elastic Load Balancing"],
  ["aws_ecs", "ECS"],
  ["aws_ecr", "ECR"],
  ["aws_appautoscaling", "Application Auto Scaling"],
  ["aws_cloudwatch_log", "CloudWatch Logs"],
  ["aws_cloudwatch_event", "EventBridge"],
  ["aws_cloudwatch", "CloudWatch"],
  ["aws_kms", "KMS"],
  ["aws_s3", "S3"],
  ["aws_sns", "SNS"],
  ["aws_iam", "IAM"],
  ["aws_wafv2", "WAF"],
  ["aws_shield", "Shield"],
  ["aws_route53", "Route 53"],
  ["aws_guardduty", "GuardDuty"],
  ["aws_securityhub", "Security Hub"],
  ["aws_config", "Config"],
  ["aws_cloudtrail", "CloudTrail"],
  ["aws_ssm", "Systems Manager"],
  ["aws_dynamodb", "DynamoDB"],
  ["aws_scheduler", "EventBridge Scheduler"],
  ["aws_lambda", "Lambda"],
  ["aws_sqs", "SQS"],
  ["aws_secretsmanager", "Secrets Manager"],
  ["aws_chatbot", "Chatbot"],
];

/** True when a type maps to a named service rather than the fallback (its second word). */
export function knownService(type: string): boolean {
  return SERVICES.some(([prefix]) => type === prefix || type.startsWith(`${prefix}_`));
}

export function serviceOf(type: string): string {
  let best: readonly [string, string] | undefined;
  for (const entry of SERVICES) {
    if ((type === entry[0] || type.startsWith(`${entry[0]}_`)) && entry[0].length > (best?.[0].length ?? 0)) {
      best = entry;
    }
  }
  return best?.[1] ?? type.split("_")[1] ?? type;
}

export interface StackSummary {
  readonly stack: string;
  readonly file: string;
  readonly resources: number;
  readonly byService: ReadonlyArray<{ service: string; count: number; types: Record<string, number> }>;
  readonly outputs: readonly string[];
}

export function summarize(outdir: string): StackSummary[] {
  const stacksDir = join(outdir, "stacks");
  return readdirSync(stacksDir)
    .sort()
    .map((stack) => {
      const file = join(stacksDir, stack, "cdk.tf.json");
      const { doc } = readStack(file);
      const services = new Map<string, Record<string, number>>();
      const blocks = resources(doc);
      for (const block of blocks) {
        const service = serviceOf(block.type);
        const types = services.get(service) ?? {};
        types[block.type] = (types[block.type] ?? 0) + 1;
        services.set(service, types);
      }
      const byService = [...services.entries()]
        .map(([service, types]) => ({
          service,
          types,
          count: Object.values(types).reduce((a, b) => a + b, 0),
        }))
        .sort((a, b) => b.count - a.count || a.service.localeCompare(b.service));
      return { stack, file, resources: blocks.length, byService, outputs: Object.keys(outputs(doc)).sort() };
    });
}

export function renderSummary(summaries: readonly StackSummary[], cwd = process.cwd()): string {
  const lines: string[] = [];
  for (const s of summaries) {
    lines.push(`${s.stack}: ${s.resources} resources  →  ${relative(cwd, s.file)}`);
    const width = Math.max(...s.byService.map((b) => b.service.length));
    for (const b of s.byService) {
      const detail = Object.entries(b.types)
        .map(([type, n]) => `${type.replace(/^aws_/, "")} ${n}`)
        .join(", ");
      lines.push(`  ${b.service.padEnd(width)}  ${String(b.count).padStart(3)}  (${detail})`);
    }
    lines.push(`  outputs: ${s.outputs.join(", ")}`);
    lines.push("");
  }
  return lines.join("\n");
}
