// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
/**
 * Reference cases worked by hand from the committed us-east-1 prices (review/cost/prices.json),
 * matched to the cent. A month is 730 hours; each line is rounded half-up to the cent and the
 * environment's total is the sum of its lines.
 */
import test from "ava";
import { estimateJson, lineOf, stackJson, usage } from "./helpers.ts";

test("one Fargate task of 1 vCPU / 2 GiB for a month", (t) => {
  const e = estimateJson(
    stackJson(
      {
        aws_ecs_cluster: { c: { name: "c" } },
        aws_ecs_task_definition: {
          td: { family: "x", cpu: "1024", memory: "2048", requires_compatibilities: ["FARGATE"] },
        },
        aws_ecs_service: {
          s: {
            launch_type: "FARGATE",
            desired_count: 1,
            cluster: "${aws_ecs_cluster.c.id}",
            task_definition: "${aws_ecs_task_definition.td.arn}",
          },
        },
      },
      { usage: usage() },
    ),
  );
  // vCPU:   1 task × 1 vCPU × 730 h = 730 vCPU-h × $0.04048 = $29.5504 → $29.55
  const cpu = lineOf(e, "aws_ecs_service.s", "Fargate vCPU");
  t.is(cpu.quantity, 730);
  t.is(cpu.unitUsd, 0.04048);
  t.is(cpu.monthlyUsd, 29.55);
  // memory: 1 task × 2 GB × 730 h = 1,460 GB-h × $0.004445 = $6.4897 → $6.49
  const mem = lineOf(e, "aws_ecs_service.s", "Fargate memory");
  t.is(mem.quantity, 1460);
  t.is(mem.monthlyUsd, 6.49);
  // total: $29.55 + $6.49 = $36.04 (the cluster itself costs nothing)
  t.is(e.monthlyUsd, 36.04);
});

const alb = {
  aws_lb: { alb: { load_balancer_type: "application", internal: false, subnets: ["subnet-a", "subnet-b"] } },
};

test("one ALB at 2 LCUs from processed bytes, with two zones' addresses and 100 GB out", (t) => {
  // 1,460 GB processed in 730 h = 2 GB/h → 2 LCUs (1 GB/h each); 1 M requests on as many
  // connections = 0.38 new connections/s → 0.015 LCU, below the bytes.
  const e = estimateJson(
    stackJson(alb, {
      usage: usage({
        albProcessedGbPerMonth: 1460,
        requestsPerMonth: 1_000_000,
        internetEgressGbPerMonth: 100,
      }),
    }),
  );
  // hours: 730 × $0.0225 = $16.425 → $16.43
  t.is(lineOf(e, "aws_lb.alb", "ALB hours").monthlyUsd, 16.43);
  // LCUs: 2 LCU × 730 h = 1,460 LCU-h × $0.008 = $11.68
  const lcu = lineOf(e, "aws_lb.alb", "ALB capacity units");
  t.is(lcu.quantity, 1460);
  t.is(lcu.monthlyUsd, 11.68);
  // public IPv4: 2 zones × 730 h = 1,460 IP-h × $0.005 = $7.30
  t.is(lineOf(e, "aws_lb.alb", "public IPv4").monthlyUsd, 7.3);
  // data out: 100 GB × $0.09 = $9.00
  t.is(lineOf(e, "aws_lb.alb", "data transfer out").monthlyUsd, 9);
  // total: 16.43 + 11.68 + 7.30 + 9.00 = $44.41
  t.is(e.monthlyUsd, 44.41);
});

test("one ALB at 2 LCUs from new connections", (t) => {
  // 131.4 M requests, one per connection, over 730 h × 3,600 s = 2,628,000 s → 50 new
  // connections/s ÷ 25 per LCU = 2 LCUs; no bytes processed.
  const e = estimateJson(
    stackJson(alb, { usage: usage({ requestsPerMonth: 131_400_000, requestsPerConnection: 1 }) }),
  );
  // 2 LCU × 730 h = 1,460 LCU-h × $0.008 = $11.68
  t.is(lineOf(e, "aws_lb.alb", "ALB capacity units").monthlyUsd, 11.68);
  // With 10 requests per connection it is a tenth: 0.2 LCU × 730 h = 146 LCU-h × $0.008 = $1.168 → $1.17
  const reused = estimateJson(
    stackJson(alb, { usage: usage({ requestsPerMonth: 131_400_000, requestsPerConnection: 10 }) }),
  );
  t.is(lineOf(reused, "aws_lb.alb", "ALB capacity units").monthlyUsd, 1.17);
});

test("one NAT gateway with 100 GB, and its Elastic IP", (t) => {
  const resources = {
    aws_eip: { ip: { domain: "vpc" } },
    aws_nat_gateway: { nat: { allocation_id: "${aws_eip.ip.id}", subnet_id: "subnet-a" } },
  };
  const e = estimateJson(stackJson(resources, { usage: usage({ natProcessedGbPerMonth: 100 }) }));
  // hours: 730 × $0.045 = $32.85; data: 100 GB × $0.045 = $4.50; address: 730 × $0.005 = $3.65
  t.is(lineOf(e, "aws_nat_gateway.nat", "NAT gateway hours").monthlyUsd, 32.85);
  t.is(lineOf(e, "aws_nat_gateway.nat", "NAT gateway data").monthlyUsd, 4.5);
  t.is(lineOf(e, "aws_eip.ip", "public IPv4").monthlyUsd, 3.65);
  // total: 32.85 + 4.50 + 3.65 = $41.00
  t.is(e.monthlyUsd, 41);
});

const waf = {
  ...alb,
  aws_wafv2_web_acl: {
    acl: {
      scope: "REGIONAL",
      rule: [
        { name: "a", statement: { managed_rule_group_statement: { name: "AWSManagedRulesCommonRuleSet" } } },
        { name: "b", statement: { rate_based_statement: { limit: 2000 } } },
        {
          name: "c",
          statement: { managed_rule_group_statement: { name: "AWSManagedRulesBotControlRuleSet" } },
        },
      ],
    },
  },
  aws_wafv2_web_acl_association: {
    assoc: { resource_arn: "${aws_lb.alb.arn}", web_acl_arn: "${aws_wafv2_web_acl.acl.arn}" },
  },
};

test("a web ACL of 3 rules on 10 M requests; a paid rule group is listed as unpriced", (t) => {
  const e = estimateJson(stackJson(waf, { usage: usage({ requestsPerMonth: 10_000_000 }) }));
  // $5.00 + 3 rules × $1.00 + 10 M requests × $0.60 per million = 5 + 3 + 6 = $14.00
  t.is(lineOf(e, "aws_wafv2_web_acl.acl", "web ACL").monthlyUsd, 5);
  t.is(lineOf(e, "aws_wafv2_web_acl.acl", "rules").monthlyUsd, 3);
  t.is(lineOf(e, "aws_wafv2_web_acl.acl", "requests").monthlyUsd, 6);
  const bot = lineOf(e, "aws_wafv2_web_acl.acl", "managed rule group AWSManagedRulesBotControlRuleSet");
  t.is(bot.monthlyUsd, null);
  t.regex(bot.assumption, /^unpriced:/);
});

test("Shield Advanced on the ALB: the subscription, its data transfer fee, and the WAF fees it covers", (t) => {
  const e = estimateJson(
    stackJson(
      { ...waf, aws_shield_protection: { p: { name: "p", resource_arn: "${aws_lb.alb.arn}" } } },
      { usage: usage({ requestsPerMonth: 10_000_000, internetEgressGbPerMonth: 100 }) },
    ),
  );
  const sub = lineOf(e, "aws_shield_protection.p", "Shield Advanced subscription");
  t.is(sub.monthlyUsd, 3000);
  t.regex(sub.assumption, /per AWS Organization/);
  t.regex(sub.assumption, /one-year commitment/);
  // 100 GB out through the protected ALB × $0.05 = $5.00
  t.is(lineOf(e, "aws_shield_protection.p", "Shield Advanced data transfer out").monthlyUsd, 5);
  for (const item of ["web ACL", "rules", "requests"]) {
    const l = lineOf(e, "aws_wafv2_web_acl.acl", item);
    t.is(l.monthlyUsd, 0, item);
    t.regex(l.assumption, /covered by the Shield Advanced subscription/);
  }
  // LCU: 10 M requests on as many connections ÷ 2,628,000 s = 3.805 new connections/s ÷ 25
  // = 0.1522 LCU × 730 h = 111.11 LCU-h × $0.008 = $0.8889 → $0.89
  t.is(lineOf(e, "aws_lb.alb", "ALB capacity units").monthlyUsd, 0.89);
  // ALB 16.43 + LCU 0.89 + IPv4 7.30 + out 9.00 + Shield 3,000 + 5.00 = $3,038.62 (the paid
  // rule group stays unpriced, outside the total)
  t.is(e.monthlyUsd, 3038.62);
});

test("log groups: the WAF's vended logs kept 30 days; a metric math alarm per metric it reads", (t) => {
  const e = estimateJson(
    stackJson(
      {
        aws_cloudwatch_log_group: { w: { name: "aws-waf-logs-x", retention_in_days: 30 } },
        aws_cloudwatch_metric_alarm: {
          rate: {
            metric_query: [
              { id: "a", metric: { metric_name: "RequestCount", period: 60 } },
              { id: "b", metric: { metric_name: "HTTPCode_ELB_5XX_Count", period: 60 } },
              { id: "c", metric: { metric_name: "HTTPCode_Target_5XX_Count", period: 60 } },
              { id: "r", expression: "100 * (b + c) / a", return_data: true },
            ],
          },
          fast: { metric_name: "CPUUtilization", period: 10 },
        },
      },
      { usage: usage({ logIngestGbPerMonth: { waf: 10 } }) },
    ),
  );
  // ingestion: 10 GB × $0.50 (vended) = $5.00
  t.is(lineOf(e, "aws_cloudwatch_log_group.w", "log ingestion (vended").monthlyUsd, 5);
  // storage: 10 GB/month × 30 days ÷ (365/12 days) = 9.863 GB × $0.03 = $0.2959 → $0.30
  t.is(lineOf(e, "aws_cloudwatch_log_group.w", "log storage").monthlyUsd, 0.3);
  // 3 metrics × $0.10 = $0.30; a 10-second alarm: 1 × $0.30 = $0.30
  t.is(lineOf(e, "aws_cloudwatch_metric_alarm.rate", "alarm metrics").monthlyUsd, 0.3);
  t.is(lineOf(e, "aws_cloudwatch_metric_alarm.fast", "high-resolution").monthlyUsd, 0.3);
});

test("a resource type the table does not know is listed as unpriced, never as zero", (t) => {
  const e = estimateJson(stackJson({ aws_route53_zone: { z: { name: "example.com" } } }, { usage: usage() }));
  const l = lineOf(e, "aws_route53_zone.z", "aws_route53_zone");
  t.is(l.service, "unpriced");
  t.is(l.monthlyUsd, null);
  t.is(l.unitUsd, null);
  t.is(e.monthlyUsd, 0);
});

test("a synth without recorded usage prices the fixed charges and says the rest was not estimated", (t) => {
  const e = estimateJson(stackJson(alb));
  t.is(lineOf(e, "aws_lb.alb", "ALB hours").monthlyUsd, 16.43);
  const lcu = lineOf(e, "aws_lb.alb", "ALB capacity units");
  t.is(lcu.monthlyUsd, 0);
  t.regex(lcu.assumption, /no usage assumptions recorded in this synth/);
});

test("a synth recorded before an assumption existed takes it as zero and says so; a bad one is refused", (t) => {
  const old = { ...usage({ albProcessedGbPerMonth: 730 }) } as Record<string, unknown>;
  delete old.automationScriptSecondsPerStep;
  const e = estimateJson(stackJson(alb, { usage: old }));
  const lcu = lineOf(e, "aws_lb.alb", "ALB capacity units");
  t.is(lcu.monthlyUsd, 5.84); // 730 GB in 730 h = 1 LCU × 730 h × $0.008
  t.regex(lcu.assumption, /not recorded in this synth, taken as 0: automationScriptSecondsPerStep/);
  t.throws(() => estimateJson(stackJson(alb, { usage: { ...old, kmsRequestsPerMonth: -1 } })), {
    message: /usage assumption kmsRequestsPerMonth: -1 is negative/,
  });
});

const automation = {
  aws_ssm_document: {
    runbook: {
      name: "edge-auto-block",
      document_type: "Automation",
      document_format: "JSON",
      content: JSON.stringify({
        schemaVersion: "0.3",
        mainSteps: [
          { name: "check", action: "aws:executeScript", inputs: {} },
          { name: "wait", action: "aws:sleep", inputs: { Duration: "PT1S" } },
        ],
      }),
    },
  },
};

test("a schedule that starts an Automation runbook every 5 minutes: invocations, steps and script seconds", (t) => {
  const e = estimateJson(
    stackJson(
      {
        ...automation,
        aws_scheduler_schedule: {
          every5: {
            schedule_expression: "rate(5 minutes)",
            flexible_time_window: { mode: "OFF" },
            target: {
              arn: "arn:aws:scheduler:::aws-sdk:ssm:startAutomationExecution",
              input: JSON.stringify({ DocumentName: "edge-auto-block" }),
              role_arn: "arn:aws:iam::123456789012:role/starter",
            },
          },
        },
      },
      { usage: usage({ automationScriptSecondsPerStep: 4 }) },
    ),
  );
  // runs: 730 h × 12 an hour = 8,760; invocations: 0.00876 M × $1 = $0.00876 → $0.01
  const runs = lineOf(e, "aws_scheduler_schedule.every5", "scheduled invocations");
  t.is(runs.quantity, 0.00876);
  t.is(runs.monthlyUsd, 0.01);
  // steps: 8,760 runs × 2 steps = 17,520 × $0.002 = $35.04
  const steps = lineOf(e, "aws_scheduler_schedule.every5", "Automation steps");
  t.is(steps.quantity, 17_520);
  t.is(steps.monthlyUsd, 35.04);
  t.is(steps.service, "Systems Manager");
  // script: 8,760 runs × 1 script step × 4 s = 35,040 s × $0.00003 = $1.0512 → $1.05
  const script = lineOf(e, "aws_scheduler_schedule.every5", "Automation script duration");
  t.is(script.quantity, 35_040);
  t.is(script.monthlyUsd, 1.05);
  t.is(e.monthlyUsd, 36.1); // the document itself costs nothing
});

test("a schedule whose runs cannot be counted, or whose target is not in the table, is listed as unpriced", (t) => {
  const target = { arn: "arn:aws:lambda:us-east-1:123456789012:function:f", role_arn: "r" };
  const e = estimateJson(
    stackJson(
      {
        aws_scheduler_schedule: {
          cron: { schedule_expression: "cron(0 3 * * ? *)", target },
          hourly: { schedule_expression: "rate(1 hour)", target },
          off: { schedule_expression: "rate(1 minute)", state: "DISABLED", target },
        },
      },
      { usage: usage() },
    ),
  );
  t.is(lineOf(e, "aws_scheduler_schedule.cron", "scheduled invocations").monthlyUsd, null);
  t.is(lineOf(e, "aws_scheduler_schedule.hourly", "scheduled invocations").quantity, 0.00073);
  t.is(lineOf(e, "aws_scheduler_schedule.hourly", "what the target runs").monthlyUsd, null);
  t.is(lineOf(e, "aws_scheduler_schedule.off", "schedule (disabled)").monthlyUsd, 0);
});
