import { S3Backend, TerraformOutput } from "cdktf";
import type { Construct } from "constructs";
import { COLORS, PROJECT } from "../common/conventions.ts";
import type { GateDeclarations } from "../common/gate-metadata.ts";
import { AuditTrail, CIS_MONITORS } from "./audit-trail.ts";
import { AviatrixPlaceholders } from "./aviatrix.ts";
import { estateProvider } from "./aws-provider.ts";
import { BlueGreenService } from "./blue-green-service.ts";
import { STATE_KEY_ALIAS } from "./bootstrap-stack.ts";
import { RATE_LIMIT_CEILING } from "./config/edge.ts";
import type { ResolvedEnvironment } from "./config/resolve.ts";
import { ConfigCompliance, grantLiveComplianceGate, managedRules } from "./config-compliance.ts";
import { EstateContext } from "./estate-context.ts";
import { declareForGate, suppress } from "./gate-annotations.ts";
import { GithubOidc, githubEnvironment, PIPELINE_ROLES, subjectsFor } from "./github-oidc.ts";
import { IdleRoute } from "./idle-route.ts";
import { addIncidentResponse, grantComplianceReport, type IncidentResponse } from "./incident-response.ts";
import { EstateKeys } from "./keys.ts";
import { LoadBalancer } from "./load-balancer.ts";
import { Network } from "./network.ts";
import { ReadableStack } from "./readable-stack.ts";
import { RolloutTable } from "./rollout-table.ts";
import { SecureBucket } from "./secure-bucket.ts";
import { ServingAlarms } from "./serving-alarms.ts";
import { ServingDashboard } from "./serving-dashboard.ts";
import { ShieldAdvanced } from "./shield.ts";
import { SystemsManager } from "./systems-manager.ts";
import { ThreatDetection } from "./threat-detection.ts";
import { WebAcl } from "./web-acl.ts";

export interface DetectionAndAudit {
  readonly threatDetection: ThreatDetection;
  readonly configCompliance: ConfigCompliance;
  readonly auditTrail: AuditTrail;
}

/**
 * One environment of the estate, and the one place that reads the environment's (resolved)
 * configuration: it hands each construct the few values it needs and wires access between
 * constructs through their `grant*` methods.
 */
export class EstateStack extends ReadableStack {
  readonly env: ResolvedEnvironment;
  readonly keys: EstateKeys;
  readonly network: Network;
  readonly loadBalancer: LoadBalancer;
  readonly service: BlueGreenService;
  readonly servingAlarms: ServingAlarms;
  /** Blue and green side by side, the WAF's rules, Shield's DDoS metrics where it is on. */
  readonly dashboard: ServingDashboard;
  /** Account-regional detection and audit services; only where the environment owns the account. */
  readonly detection?: DetectionAndAudit;
  readonly waf: WebAcl;
  /** Only when the environment turns Shield Advanced on; otherwise Shield Standard applies. */
  readonly shield?: ShieldAdvanced;
  readonly systemsManager: SystemsManager;
  readonly aviatrix?: AviatrixPlaceholders;
  readonly githubOidc: GithubOidc;
  /** The rollout lease, record and history of the delivery code. */
  readonly rolloutTable: RolloutTable;
  /** The route to the idle color for smoke checks and testers. */
  readonly idleRoute: IdleRoute;
  /** Alerts to people, the automatic edge response, custom Config rules, the flood runbook's tools. */
  readonly incidentResponse: IncidentResponse;

  constructor(scope: Construct, env: ResolvedEnvironment) {
    super(scope, env.name);
    this.env = env;
    const estate = EstateContext.set(this, {
      environment: env.name,
      accountId: env.accountId,
      region: env.region,
    });

    estateProvider(this, {
      region: env.region,
      accountId: env.accountId,
      environment: env.name,
      tags: env.tags,
    });
    const backend = new S3Backend(this, {
      bucket: env.stateBucket,
      key: `${PROJECT}/${env.name}/terraform.tfstate`,
      region: env.region,
      encrypt: true,
      // The bootstrap stack's key (stacks/bootstrap-stack.ts); without it `encrypt` means SSE-S3.
      kmsKeyId: `arn:aws:kms:${env.region}:${env.accountId}:${STATE_KEY_ALIAS}`,
    });
    // S3-native state locking (Terraform >= 1.10): no DynamoDB table to keep.
    backend.addOverride("use_lockfile", true);
    // Write-only arguments (the service secrets' value_wo) need Terraform >= 1.11.
    this.addOverride("terraform.required_version", ">= 1.11.0");

    // The intent the gate judges the synthesized resources against (common/gate-metadata.ts).
    const intent: GateDeclarations = {
      shieldAdvanced: env.features.shieldAdvanced,
      rateLimitCeiling: RATE_LIMIT_CEILING,
      drainSeconds: env.drainSeconds,
      opsCidrs: [...env.opsCidrs],
      sensitivePaths: [...env.edge.sensitivePaths],
      sensitivePathRateLimit: env.edge.sensitivePathRateLimit,
      ...(env.accountSettingsOwner
        ? {
            requiredConfigRules: managedRules({
              deletionProtection: env.features.deletionProtection,
              shieldAdvanced: env.features.shieldAdvanced,
            }).map((r) => r.identifier),
            cisMonitoring: CIS_MONITORS.map((m) => m.control),
          }
        : {}),
      ...(env.aviatrix ? { trustedAccounts: [env.aviatrix.controllerAccountId] } : {}),
      // Not judged by the gate: what the cost estimate prices usage with (review/cost).
      usage: env.usage,
    };
    declareForGate(this, intent);
    this.keys = new EstateKeys(this, "keys");
    const keys = this.keys;
    const logs = { logKey: keys.logs, logRetentionDays: env.logRetentionDays };
    this.network = new Network(this, "network", {
      cidr: env.vpcCidr,
      azCount: env.azCount,
      natGatewayPerAz: env.features.natGatewayPerAz,
      ...logs,
    });
    const serverAccessLogs = SecureBucket.forServerAccessLogs(
      this,
      "s3_access_logs",
      estate.name("s3-access-logs", env.accountId),
    );
    this.loadBalancer = new LoadBalancer(this, "serving", {
      network: this.network,
      serverAccessLogs,
      accessLogDeliveryAccount: env.elbLogAccount,
      certificateArn: env.certificateArn,
      opsCidrs: env.opsCidrs,
      drainSeconds: env.drainSeconds,
      deletionProtection: env.features.deletionProtection,
    });
    this.service = new BlueGreenService(this, "compute", {
      network: this.network,
      loadBalancer: this.loadBalancer,
      imageKey: keys.ecr,
      logKey: keys.logs,
      logRetentionDays: env.logRetentionDays,
      task: env.task,
      drainSeconds: env.drainSeconds,
      environment: env.service.environment,
    });
    this.rolloutTable = new RolloutTable(this, "rollouts", {
      encryptionKey: keys.dynamodb,
      deletionProtection: env.features.deletionProtection,
    });
    this.idleRoute = new IdleRoute(this, "idle_route", {
      loadBalancer: this.loadBalancer,
      secretKey: keys.ssm,
    });
    this.servingAlarms = new ServingAlarms(this, "monitoring", {
      topicKey: keys.sns,
      loadBalancer: this.loadBalancer,
      service: this.service,
      thresholds: env.alarms,
    });

    const alertTopicArn = this.servingAlarms.topic.arn;
    // GuardDuty, Security Hub and the Config recorder exist once per account and region, so
    // only the environment that owns the account's settings creates them (and the trail).
    if (env.accountSettingsOwner) {
      this.detection = this.detectionAndAudit(env, serverAccessLogs, alertTopicArn);
    }

    // Edge and operations: every ALB behind the WAF (and Shield when on), the service's
    // parameters and the block-ips runbook, the Aviatrix placeholders when on.
    const albs = [this.loadBalancer.alb];
    this.waf = new WebAcl(this, "waf", {
      loadBalancers: albs,
      alarmTopicArn: alertTopicArn,
      edge: env.edge,
      opsCidrs: env.opsCidrs,
      ...logs,
    });
    if (env.shield) {
      this.shield = new ShieldAdvanced(this, "shield", {
        loadBalancers: albs,
        webAcl: this.waf,
        alarmTopicArn: alertTopicArn,
        healthCheckDomain: env.domain,
        automaticResponse: env.shield.automaticResponse,
        ...(env.shield.accountSettings ? { accountSettings: env.shield.accountSettings } : {}),
      });
    }
    this.dashboard = new ServingDashboard(this, "dashboard", {
      loadBalancer: this.loadBalancer,
      service: this.service,
      webAcl: this.waf,
      ...(this.shield ? { shield: this.shield } : {}),
      thresholds: env.alarms,
    });
    // The dashboard used to be part of the serving alarms: it keeps that Terraform address, so
    // an apply updates it in place. A new address would create one and delete the other, both
    // under the same dashboard name, in no set order (possibly leaving none); a `moved` block
    // would do, but checkov's Terraform JSON parser cannot read one and the review diff would
    // show a removal and an addition.
    this.dashboard.dashboard.overrideLogicalId("monitoring_dashboard");
    this.systemsManager = new SystemsManager(this, "ssm", {
      parameterKey: keys.ssm,
      service: this.service,
      webAcl: this.waf,
      settings: env.service.settings,
      secrets: env.service.secrets,
      protectedCidrs: env.opsCidrs,
      ...(env.accountSettingsOwner ? { sessionPreferences: logs } : {}),
    });
    this.incidentResponse = addIncidentResponse(this);
    if (env.aviatrix) {
      this.aviatrix = new AviatrixPlaceholders(this, "aviatrix", {
        network: this.network,
        controller: env.aviatrix,
        parameterKey: keys.ssm,
      });
    }

    this.githubOidc = new GithubOidc(this, "github", { ...env.github, stateBucket: env.stateBucket });
    // Who may assume each pipeline role: the repository, the GitHub environments, and the one
    // subject each role is for (SC-FED-001 judges the trust policies against it).
    const federation: GateDeclarations = {
      github: {
        repository: env.github.repository,
        environments: [...new Set(PIPELINE_ROLES.map((r) => githubEnvironment(r, env.name)))],
        subjects: Object.fromEntries(
          PIPELINE_ROLES.map((kind) => [
            this.githubOidc.roles[kind].role.nameInput ?? kind,
            subjectsFor(env.github.repository, kind, env.name),
          ]),
        ),
      },
    };
    declareForGate(this, federation);
    // SC-IAM-005 flags write wildcards on "*": the apply job's PowerUserAccess is exactly that.
    const powerUser = this.githubOidc.node.tryFindChild("apply_power_user");
    if (powerUser) {
      suppress(powerUser, [
        {
          id: "SC-IAM-005",
          reason:
            "applying the estate's saved plan creates and replaces every kind of resource it has; the role is assumable only from the approved GitHub environment, IAM stays scoped to securecloud-<env>-* roles",
        },
      ]);
    }
    const { apply, deploy, rollback } = this.githubOidc.roles;
    for (const construct of [
      this.network,
      this.service,
      this.detection?.configCompliance,
      this.detection?.auditTrail,
      this.shield,
      this.systemsManager,
      this.aviatrix,
    ]) {
      construct?.grantApply(apply);
    }
    this.service.grantImagePush(deploy);
    this.service.grantDeploy(deploy);
    this.service.grantIdleScaling(deploy);
    this.loadBalancer.grantTrafficShift(deploy);
    this.servingAlarms.grantRolloutWatch(deploy);
    this.rolloutTable.grantLease(deploy);
    this.idleRoute.grantFollowIdle(deploy);
    this.idleRoute.grantSecretRotation(deploy);
    grantLiveComplianceGate(this, deploy);
    this.loadBalancer.grantTrafficShift(rollback);
    this.service.grantIdleScaling(rollback);
    this.rolloutTable.grantLease(rollback);
    this.idleRoute.grantFollowIdle(rollback);
    grantComplianceReport(this, this.githubOidc.roles.report);
    for (const construct of [
      this.incidentResponse.alerting,
      this.incidentResponse.edgeAutoResponse,
      this.incidentResponse.floodResponse,
    ]) {
      construct.grantApply(apply);
    }
    for (const kind of PIPELINE_ROLES) {
      this.output(
        `github_${kind}_role_arn`,
        this.githubOidc.roles[kind].roleArn,
        `Role the ${kind} pipeline jobs assume through GitHub OIDC`,
      );
    }

    const lb = this.loadBalancer;
    this.output(
      "production_listener_arn",
      lb.productionListener.arn,
      "Listener whose weights the delivery code shifts",
    );
    this.output("test_listener_arn", lb.testListener.arn, "Operators' listener on the idle color");
    this.output(
      "rollout_table_name",
      this.rolloutTable.name,
      "The delivery code's rollout lease, record and history",
    );
    this.output(
      "idle_route_secret_parameter",
      this.idleRoute.secret.name,
      "SecureString holding the header value that reaches the idle color (rotated by every deploy)",
    );
    this.output(
      "service_url",
      `https://${env.domain}`,
      "The service's URL; the smoke checks reach the idle color through it",
    );
    for (const color of COLORS) {
      this.output(
        `${color}_target_group_arn`,
        lb.targetGroups[color].arn,
        `Target group of the ${color} service`,
      );
      this.output(
        `${color}_service_name`,
        this.service.services[color].name,
        `ECS service of the ${color} color`,
      );
    }
    this.output("cluster_name", this.service.cluster.name, "ECS cluster of both colors");
    this.output("alb_dns_name", lb.alb.dnsName, "Point the service's DNS name here");
    this.output(
      "ecr_repository_url",
      this.service.repository.repositoryUrl,
      "Where the pipeline pushes images",
    );
    this.output("alarm_topic_arn", this.servingAlarms.topic.arn, "SNS topic every alarm notifies");
    this.output(
      "rollback_alarm_names",
      this.servingAlarms.rollbackAlarmNames,
      "Alarms that roll a canary back",
    );
    this.output("web_acl_arn", this.waf.webAcl.arn, "WAF web ACL associated with every ALB");
    this.output(
      "waf_blocklist_ipv4_arn",
      this.waf.blocklist.ipv4.arn,
      "IP set the block-ips runbook writes (IPv4)",
    );
    this.output(
      "waf_blocklist_ipv6_arn",
      this.waf.blocklist.ipv6.arn,
      "IP set the block-ips runbook writes (IPv6)",
    );
    this.output("waf_log_group_name", this.waf.logGroup.name, "Full WAF request log (auth headers redacted)");
    this.output(
      "block_ips_automation_document",
      this.systemsManager.blockIpsDocument.name,
      "Runbook: aws ssm start-automation-execution --document-name <this> --parameters IpAddresses=<cidr>,Reason=<why>",
    );
    if (this.aviatrix) {
      this.output(
        "aviatrix_placeholders",
        this.aviatrix.workspaceInputs,
        "What an Aviatrix provider workspace consumes",
      );
    }
  }

  private detectionAndAudit(
    env: ResolvedEnvironment,
    serverAccessLogs: SecureBucket,
    alertTopicArn: string,
  ): DetectionAndAudit {
    const name = (...purpose: string[]) => EstateContext.of(this).name(...purpose);
    const threatDetection = new ThreatDetection(this, "threat_detection");
    const configBucket = new SecureBucket(this, "config_bucket", {
      bucketName: name("config", env.accountId),
      kmsKeyArn: this.keys.s3.arn,
      expireAfterDays: 2557,
      accessLogs: { bucket: serverAccessLogs.name, prefix: "config/" },
    });
    const configCompliance = new ConfigCompliance(this, "config", {
      bucket: configBucket,
      deliveryKey: this.keys.s3,
      alertTopicArn,
      deletionProtection: env.features.deletionProtection,
      shieldAdvanced: env.features.shieldAdvanced,
    });
    const trailBucket = new SecureBucket(this, "trail_bucket", {
      bucketName: name("cloudtrail", env.accountId),
      kmsKeyArn: this.keys.cloudtrail.arn,
      expireAfterDays: 2557,
      accessLogs: { bucket: serverAccessLogs.name, prefix: "cloudtrail/" },
    });
    const auditTrail = new AuditTrail(this, "audit", {
      bucket: trailBucket,
      trailKey: this.keys.cloudtrail,
      logKey: this.keys.logs,
      logRetentionDays: env.logRetentionDays,
      dataEventBuckets: [this.loadBalancer.accessLogs, configBucket, serverAccessLogs],
      alertTopicArn,
    });

    this.output("guardduty_detector_id", threatDetection.detector.id, "GuardDuty detector of the region");
    this.output("cloudtrail_arn", auditTrail.trail.arn, "The estate's multi-region trail");
    this.output(
      "config_rule_names",
      Object.values(configCompliance.rules).map((r) => r.name),
      "Config rules the live gate reads",
    );
    return { threatDetection, configCompliance, auditTrail };
  }

  private output(id: string, value: unknown, description: string): void {
    new TerraformOutput(this, id, { value, description });
  }
}
