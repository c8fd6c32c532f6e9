import test from "ava";
import { TAG } from "../../common/conventions.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import { synthEnvironment } from "../helpers/estate.ts";
import { allResources, list, only, ref, resources, statements } from "../helpers/terraform.ts";

const docs = { staging: synthEnvironment(staging).doc, prod: synthEnvironment(prod).doc };
const envs = { staging, prod };

for (const envName of ["staging", "prod"] as const) {
  const doc = docs[envName];
  const env = envs[envName];

  test(`${envName}: provider default tags, account guard and an S3 backend with a lock file per stack`, (t) => {
    const provider = doc.provider.aws![0]!;
    t.deepEqual(provider.allowed_account_ids, [env.accountId]);
    const tags = (provider.default_tags as Array<{ tags: Record<string, string> }>)[0]!.tags;
    t.deepEqual(Object.keys(tags).sort(), ["CostCenter", "Environment", "ManagedBy", "Owner", "Project"]);
    t.is(tags.Environment, envName);
    const s3 = (doc.terraform.backend as { s3: Record<string, unknown> }).s3;
    t.is(s3.use_lockfile, true);
    t.is(s3.encrypt, true);
    t.is(s3.key, `securecloud/${envName}/terraform.tfstate`);
    t.false("dynamodb_table" in s3);
  });

  test(`${envName}: VPC over ${env.azCount} zones with three tiers, NAT per configuration, flow logs and endpoints`, (t) => {
    const subnets = Object.values(resources(doc, "aws_subnet"));
    for (const tier of ["public", "private", "isolated"]) {
      const ofTier = subnets.filter((s) => (s.tags as Record<string, string>)["securecloud:tier"] === tier);
      t.is(ofTier.length, env.azCount, tier);
    }
    t.true(subnets.every((s) => s.map_public_ip_on_launch === false));
    const cidrs = subnets.map((s) => String(s.cidr_block));
    t.is(new Set(cidrs).size, cidrs.length, "no two subnets share a CIDR");
    const prefix = env.vpcCidr.split(".").slice(0, 2).join(".");
    t.true(
      cidrs.every((c) => c.startsWith(`${prefix}.`)),
      "all inside the VPC",
    );
    t.is(
      Object.keys(resources(doc, "aws_nat_gateway")).length,
      env.features.natGatewayPerAz ? env.azCount : 1,
    );

    const flow = only(doc, "aws_flow_log", "network_flow_log");
    t.is(flow.traffic_type, "ALL");
    t.is(flow.vpc_id, ref("aws_vpc", "network_vpc", "id"));
    t.is(flow.log_destination, ref("aws_cloudwatch_log_group", "network_flow_log_group", "arn"));

    const endpoints = Object.values(resources(doc, "aws_vpc_endpoint"));
    const services = endpoints
      .map((e) => String(e.service_name).replace(`com.amazonaws.${env.region}.`, ""))
      .sort();
    t.deepEqual(services, ["ecr.api", "ecr.dkr", "logs", "s3", "ssm"]);
    t.is(endpoints.find((e) => String(e.service_name).endsWith(".s3"))!.vpc_endpoint_type, "Gateway");
    const closed = only(doc, "aws_default_security_group", "network_default_security_group");
    t.deepEqual([closed.ingress, closed.egress], [[], []]);
  });

  test(`${envName}: customer-managed keys rotate and admit no anonymous principal`, (t) => {
    const keys = Object.values(resources(doc, "aws_kms_key"));
    t.true(keys.length >= 3);
    for (const key of keys) {
      t.is(key.enable_key_rotation, true);
      for (const s of statements(key.policy)) {
        t.not(s.Principal, "*");
        t.notDeepEqual(s.Principal, { AWS: "*" });
      }
    }
    const logsKeyPolicy = statements(only(doc, "aws_kms_key", "keys_logs_key").policy);
    const logs = logsKeyPolicy.find((s) => JSON.stringify(s.Principal).includes("logs."))!;
    t.truthy(
      logs.Condition?.ArnLike?.["kms:EncryptionContext:aws:logs:arn"],
      "logs may use the key only for this account's log groups",
    );
  });

  test(`${envName}: every log group is encrypted with a CMK and keeps logs for the configured days`, (t) => {
    const groups = Object.values(resources(doc, "aws_cloudwatch_log_group"));
    t.true(groups.length >= 2);
    for (const g of groups) {
      t.regex(String(g.kms_key_id), /^\$\{aws_kms_key\.keys_logs_key\.arn\}$/);
      t.is(g.retention_in_days, env.logRetentionDays);
    }
  });

  test(`${envName}: internet-facing ALB drops invalid headers, logs, and is deletion-protected as configured`, (t) => {
    const alb = only(doc, "aws_lb", "serving_alb");
    t.is(alb.internal, false);
    t.is(alb.drop_invalid_header_fields, true);
    t.is(alb.enable_deletion_protection, env.features.deletionProtection);
    t.is(alb.name, `securecloud-${envName}-alb`);
    const logs = alb.access_logs as Record<string, unknown>;
    t.is(logs.enabled, true);
    t.is(logs.bucket, ref("aws_s3_bucket", "serving_access_logs_bucket", "bucket"));
    t.true(list(alb.subnets as string[]).every((s) => s.includes("network_public_subnet")));
  });

  test(`${envName}: HTTPS with a TLS 1.2+ policy, and port 80 only redirects to HTTPS`, (t) => {
    const listeners = Object.values(resources(doc, "aws_lb_listener"));
    for (const l of listeners) {
      if (l.protocol === "HTTPS") {
        t.regex(String(l.ssl_policy), /TLS13-1-2|TLS-1-2/);
        t.is(l.certificate_arn, env.certificateArn);
      } else {
        t.is(l.protocol, "HTTP");
        t.is(l.port, 80);
        const actions = l.default_action as Array<Record<string, unknown>>;
        t.is(actions.length, 1);
        t.is(actions[0]!.type, "redirect");
        t.like(actions[0]!.redirect as object, { protocol: "HTTPS", port: "443", status_code: "HTTP_301" });
      }
    }
    t.deepEqual(listeners.map((l) => l.port).sort(), [443, 80, 8443]);
  });

  test(`${envName}: the production listener weighs blue 100 / green 0 and leaves the weights to delivery`, (t) => {
    const l = only(doc, "aws_lb_listener", "serving_production_listener");
    t.is((l.tags as Record<string, string>)[TAG.role], "production");
    const action = (l.default_action as Array<Record<string, unknown>>)[0]!;
    t.is(action.type, "forward");
    const groups = (action.forward as { target_group: Array<{ arn: string; weight: number }> }).target_group;
    t.deepEqual(groups, [
      { arn: ref("aws_lb_target_group", "serving_blue_target_group", "arn"), weight: 100 },
      { arn: ref("aws_lb_target_group", "serving_green_target_group", "arn"), weight: 0 },
    ]);
    const ignored = (l.lifecycle as { ignore_changes: string[] }).ignore_changes;
    t.deepEqual(ignored, ["default_action"], "the rollout record lives in the rollout table, not in tags");
    t.deepEqual(Object.keys(l.tags as Record<string, string>).sort(), ["Name", TAG.role]);
    const test8443 = only(doc, "aws_lb_listener", "serving_test_listener");
    t.true((test8443.lifecycle as { ignore_changes: string[] }).ignore_changes.includes("default_action"));
    t.is(
      (test8443.default_action as Array<Record<string, unknown>>)[0]!.target_group_arn,
      ref("aws_lb_target_group", "serving_green_target_group", "arn"),
    );
  });

  test(`${envName}: /metrics answers 404 on the production listener, before any forward`, (t) => {
    const rule = only(doc, "aws_lb_listener_rule", "serving_metrics_not_public");
    t.is(rule.listener_arn, ref("aws_lb_listener", "serving_production_listener", "arn"));
    t.is(rule.priority, 1);
    t.deepEqual((rule.condition as Array<{ path_pattern: { values: string[] } }>)[0]!.path_pattern.values, [
      "/metrics",
      "/metrics/*",
    ]);
    const action = (rule.action as Array<Record<string, unknown>>)[0]!;
    t.is(action.type, "fixed-response");
    t.like(action.fixed_response as object, { status_code: "404" });
  });

  test(`${envName}: ALB security group admits 80/443 from anywhere and 8443 from operators only`, (t) => {
    const sg = ref("aws_security_group", "serving_security_group", "id");
    const rules = Object.values(resources(doc, "aws_vpc_security_group_ingress_rule")).filter(
      (r) => r.security_group_id === sg,
    );
    const open = rules.filter((r) => r.cidr_ipv4 === "0.0.0.0/0" || r.cidr_ipv6 === "::/0");
    t.deepEqual([...new Set(open.map((r) => r.from_port))].sort(), [443, 80]);
    t.true(open.every((r) => r.from_port === r.to_port && r.ip_protocol === "tcp"));
    const ops = rules.filter((r) => r.from_port === 8443);
    t.deepEqual(ops.map((r) => r.cidr_ipv4 ?? r.cidr_ipv6).sort(), [...env.opsCidrs].sort());
    t.is(rules.length, open.length + ops.length, "nothing else");
  });

  test(`${envName}: colored target groups check readiness and drain for drainSeconds`, (t) => {
    for (const color of ["blue", "green"]) {
      const tg = only(doc, "aws_lb_target_group", `serving_${color}_target_group`);
      t.is(tg.target_type, "ip");
      t.is((tg.tags as Record<string, string>)[TAG.color], color);
      t.is((tg.health_check as Record<string, unknown>).path, "/readyz");
      t.is(tg.deregistration_delay, String(env.drainSeconds));
      t.is(tg.name, `securecloud-${envName}-${color}`);
    }
  });

  test(`${envName}: ECS services are private, tagged by color, circuit-broken, and leave the pipeline's fields alone`, (t) => {
    const cluster = only(doc, "aws_ecs_cluster", "compute_cluster");
    t.deepEqual(cluster.setting, [{ name: "containerInsights", value: "enabled" }]);
    for (const color of ["blue", "green"]) {
      const svc = only(doc, "aws_ecs_service", `compute_${color}_service`);
      t.is((svc.tags as Record<string, string>)[TAG.color], color);
      const net = svc.network_configuration as Record<string, unknown>;
      t.is(net.assign_public_ip, false);
      t.true((net.subnets as string[]).every((s) => s.includes("network_private_subnet")));
      t.deepEqual(svc.deployment_circuit_breaker, { enable: true, rollback: true });
      t.deepEqual((svc.lifecycle as { ignore_changes: string[] }).ignore_changes.sort(), [
        "desired_count",
        "task_definition",
      ]);
      t.is(
        (svc.load_balancer as Array<Record<string, unknown>>)[0]!.target_group_arn,
        ref("aws_lb_target_group", `serving_${color}_target_group`, "arn"),
      );
      const scaling = only(doc, "aws_appautoscaling_target", `compute_${color}_scaling_target`);
      t.deepEqual([scaling.min_capacity, scaling.max_capacity], [env.task.min, env.task.max]);
    }
  });

  test(`${envName}: containers run as non-root on a read-only root filesystem, unprivileged, with no plaintext secrets`, (t) => {
    for (const color of ["blue", "green"]) {
      const td = only(doc, "aws_ecs_task_definition", `compute_${color}_task_definition`);
      const [c] = JSON.parse(String(td.container_definitions)) as Array<Record<string, unknown>>;
      t.truthy(c);
      t.regex(String(c!.user), /^[1-9]\d*(:\d+)?$/);
      t.is(c!.readonlyRootFilesystem, true);
      t.is(c!.privileged, false);
      t.deepEqual((c!.linuxParameters as { capabilities: { drop: string[] } }).capabilities.drop, ["ALL"]);
      const envVars = c!.environment as Array<{ name: string; value: string }>;
      t.false(envVars.some((v) => /secret|password|token|api_?key|credential/i.test(v.name)));
      t.deepEqual(
        envVars.find((v) => v.name === "SERVICE_COLOR"),
        { name: "SERVICE_COLOR", value: color },
      );
      t.is(c!.stopTimeout, env.drainSeconds + 10);
      const log = (c!.logConfiguration as { options: Record<string, string> }).options;
      t.is(log["awslogs-group"], ref("aws_cloudwatch_log_group", "compute_log_group", "name"));
    }
  });

  test(`${envName}: no IAM policy grants a wildcard action on a wildcard resource, and trusts are account-scoped`, (t) => {
    for (const [type, name, block] of allResources(doc)) {
      if (type === "aws_iam_role_policy" || type === "aws_iam_policy") {
        for (const s of statements(block.policy)) {
          const wildAction = list(s.Action).some((a) => a === "*" || a.endsWith(":*"));
          t.false(wildAction && list(s.Resource).includes("*"), `${type}.${name} ${s.Sid}`);
        }
      }
      if (type === "aws_iam_role") {
        for (const s of statements(block.assume_role_policy)) {
          const service = (s.Principal as { Service?: string }).Service;
          // AWS documents the Shield Response Team's trust without a source condition.
          if (service === "drt.shield.amazonaws.com") continue;
          if ((s.Principal as Record<string, unknown>)?.Federated) {
            // Web identity (GitHub OIDC): scoped by audience and subject instead of source account.
            const claims = Object.keys(s.Condition?.StringEquals ?? {});
            t.true(claims.some((k) => k.endsWith(":aud")) && claims.some((k) => k.endsWith(":sub")), name);
            continue;
          }
          t.truthy(s.Condition?.StringEquals?.["aws:SourceAccount"], `${name} trust is confused-deputy safe`);
        }
      }
    }
  });

  test(`${envName}: the access-log bucket blocks public access, is versioned, expires objects and refuses plain HTTP`, (t) => {
    const pab = only(doc, "aws_s3_bucket_public_access_block", "serving_access_logs_public_access_block");
    t.like(pab, {
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    t.like(
      only(doc, "aws_s3_bucket_versioning", "serving_access_logs_versioning")
        .versioning_configuration as object,
      { status: "Enabled" },
    );
    const rule = (
      only(doc, "aws_s3_bucket_lifecycle_configuration", "serving_access_logs_lifecycle").rule as Array<
        Record<string, unknown>
      >
    )[0]!;
    t.is(rule.status, "Enabled");
    t.true((rule.expiration as Array<{ days: number }>)[0]!.days > 0);
    const policy = statements(only(doc, "aws_s3_bucket_policy", "serving_access_logs_policy").policy);
    const deny = policy.find((s) => s.Effect === "Deny")!;
    t.deepEqual(deny.Condition, { Bool: { "aws:SecureTransport": "false" } });
  });

  test(`${envName}: alarms on 5xx rate, p99, unhealthy hosts, CPU and memory notify the encrypted topic`, (t) => {
    const topic = only(doc, "aws_sns_topic", "monitoring_topic");
    t.is(topic.kms_master_key_id, ref("aws_kms_key", "keys_sns_key", "arn"));
    const alarms = resources(doc, "aws_cloudwatch_metric_alarm");
    const topicArn = ref("aws_sns_topic", "monitoring_topic", "arn");
    for (const a of Object.values(alarms)) t.deepEqual(a.alarm_actions, [topicArn]);
    const rate = alarms.monitoring_alb_5xx_rate!;
    t.is(rate.threshold, env.alarms.error5xxRatePercent);
    const expression = (rate.metric_query as Array<{ expression?: string }>).find((q) => q.expression)!
      .expression!;
    t.regex(expression, /100 \* \(.*elb5xx.*target5xx.*\) \/ requests/);
    t.is((rate.tags as Record<string, string>)[TAG.rollbackAlarm], "true");
    t.is(alarms.monitoring_target_p99_latency!.extended_statistic, "p99");
    for (const color of ["blue", "green"]) {
      const unhealthy = alarms[`monitoring_${color}_unhealthy_hosts`]!;
      t.is(unhealthy.metric_name, "UnHealthyHostCount");
      t.like(unhealthy.tags as object, { [TAG.rollbackAlarm]: "true", [TAG.color]: color });
      t.is(alarms[`monitoring_${color}_cpu`]!.metric_name, "CPUUtilization");
      t.is(alarms[`monitoring_${color}_memory`]!.metric_name, "MemoryUtilization");
    }
    t.truthy(only(doc, "aws_cloudwatch_dashboard", "monitoring_dashboard").dashboard_body);
  });

  test(`${envName}: outputs give delivery everything it needs`, (t) => {
    const outputs = Object.keys(doc.output ?? {});
    for (const o of [
      "production_listener_arn",
      "test_listener_arn",
      "blue_target_group_arn",
      "green_target_group_arn",
      "cluster_name",
      "blue_service_name",
      "green_service_name",
      "rollback_alarm_names",
      "rollout_table_name",
      "idle_route_secret_parameter",
      "service_url",
    ]) {
      t.true(outputs.includes(o), o);
    }
    t.is(doc.output!.service_url!.value, `https://${env.domain}`);
    const names = doc.output!.rollback_alarm_names!.value as string[];
    t.is(names.length, 4);
  });

  test(`${envName}: names follow securecloud-<env>-<purpose>`, (t) => {
    for (const [type, , block] of allResources(doc)) {
      const raw = block.name ?? block.bucket ?? block.alarm_name ?? block.family;
      const name = typeof raw === "string" ? raw.replace(/^alias\//, "") : raw;
      // Session Manager's preferences have AWS's fixed name; WAF requires its log groups' prefix.
      if (name === "SSM-SessionManagerRunShell" && type === "aws_ssm_document") continue;
      if (typeof name === "string" && name.startsWith("aws-waf-logs-")) {
        t.regex(name, new RegExp(`^aws-waf-logs-securecloud-${envName}(-[a-z0-9-]+)?$`));
        continue;
      }
      if (typeof name !== "string" || name.includes("${") || name.startsWith("/")) continue;
      // Inline policy names and feature names are not AWS resource names.
      if (["aws_iam_role_policy", "aws_guardduty_detector_feature"].includes(type)) continue;
      t.regex(name, new RegExp(`^securecloud-${envName}-[a-z0-9-]+$`), `${type}: ${name}`);
    }
  });
}

test("prod keeps deletion protection and a NAT per zone; staging saves on both", (t) => {
  t.is(only(docs.prod, "aws_lb", "serving_alb").enable_deletion_protection, true);
  t.is(only(docs.staging, "aws_lb", "serving_alb").enable_deletion_protection, false);
  t.is(Object.keys(resources(docs.prod, "aws_nat_gateway")).length, 3);
  t.is(Object.keys(resources(docs.staging, "aws_nat_gateway")).length, 1);
});
