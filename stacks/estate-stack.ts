import { AwsProvider } from "@cdktf/provider-aws/lib/provider/index.js";
import type { TerraformElement } from "cdktf";
import { S3Backend, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct, Node } from "constructs";
import { COLORS, PROJECT, resourceName } from "../common/conventions.ts";
import type { GateDeclarations } from "../common/gate-metadata.ts";
import { AuditTrail, CIS_MONITORS } from "./audit-trail.ts";
import { AviatrixPlaceholders } from "./aviatrix.ts";
import { BlueGreenService } from "./blue-green-service.ts";
import { edgeSettings, RATE_LIMIT_CEILING } from "./config/edge.ts";
import type { EnvironmentConfig } from "./config/types.ts";
import { ConfigCompliance, managedRules } from "./config-compliance.ts";
import { declareForGate, suppress } from "./gate-annotations.ts";
import { GithubOidc, githubEnvironment, PIPELINE_ROLES, subjectFor } from "./github-oidc.ts";
import { EstateKeys } from "./keys.ts";
import { LoadBalancer } from "./load-balancer.ts";
import { Network } from "./network.ts";
import { SecureBucket } from "./secure-bucket.ts";
import { ServingAlarms } from "./serving-alarms.ts";
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
 * One environment of the estate. Terraform addresses read like the construct path
 * (`aws_lb.serving_alb`, `aws_ecs_service.compute_blue_service`) instead of carrying hash
 * suffixes, so a `cdktf diff` shows names an SRE recognises.
 */
export class EstateStack extends TerraformStack {
  readonly env: EnvironmentConfig;
  readonly keys: EstateKeys;
  readonly network: Network;
  readonly loadBalancer: LoadBalancer;
  readonly service: BlueGreenService;
  readonly servingAlarms: ServingAlarms;
  /** Account-regional detection and audit services; only where the environment owns the account. */
  readonly detection?: DetectionAndAudit;
  readonly waf: WebAcl;
  /** Only when the environment turns Shield Advanced on; otherwise Shield Standard applies. */
  readonly shield?: ShieldAdvanced;
  readonly systemsManager: SystemsManager;
  readonly aviatrix?: AviatrixPlaceholders;
  readonly githubOidc: GithubOidc;
  private readonly logicalIds = new Map<string, string>();

  constructor(scope: Construct, env: EnvironmentConfig) {
    super(scope, env.name);
    this.env = env;

    new AwsProvider(this, "aws", {
      region: env.region,
      allowedAccountIds: [env.accountId],
      defaultTags: [
        {
          tags: {
            Project: PROJECT,
            Environment: env.name,
            Owner: env.tags.Owner,
            CostCenter: env.tags.CostCenter,
            ManagedBy: "cdktf",
          },
        },
      ],
    });
    const backend = new S3Backend(this, {
      bucket: env.stateBucket,
      key: `${PROJECT}/${env.name}/terraform.tfstate`,
      region: env.region,
      encrypt: true,
    });
    // S3-native state locking (Terraform >= 1.10): no DynamoDB table to keep.
    backend.addOverride("use_lockfile", true);
    // Write-only arguments (the service secrets' value_wo) need Terraform >= 1.11.
    this.addOverride("terraform.required_version", ">= 1.11.0");

    const name = (...purpose: string[]) => resourceName(env.name, ...purpose);
    // The intent the gate judges the synthesized resources against (common/gate-metadata.ts).
    const edge = edgeSettings(env);
    const intent: GateDeclarations = {
      shieldAdvanced: env.features.shieldAdvanced,
      rateLimitCeiling: RATE_LIMIT_CEILING,
      drainSeconds: env.drainSeconds,
      opsCidrs: [...env.opsCidrs],
      sensitivePaths: [...edge.sensitivePaths],
      sensitivePathRateLimit: edge.sensitivePathRateLimit,
      ...(env.accountSettingsOwner
        ? {
            requiredConfigRules: managedRules(env).map((r) => r.identifier),
            cisMonitoring: CIS_MONITORS.map((m) => m.control),
          }
        : {}),
      ...(env.aviatrix ? { trustedAccounts: [env.aviatrix.controllerAccountId] } : {}),
    };
    declareForGate(this, intent);
    this.keys = new EstateKeys(this, "keys", env);
    this.network = new Network(this, "network", env, this.keys);
    const serverAccessLogs = SecureBucket.forServerAccessLogs(
      this,
      "s3_access_logs",
      name("s3-access-logs", env.accountId),
      env.accountId,
    );
    this.loadBalancer = new LoadBalancer(this, "serving", { env, network: this.network, serverAccessLogs });
    this.service = new BlueGreenService(this, "compute", {
      env,
      network: this.network,
      keys: this.keys,
      loadBalancer: this.loadBalancer,
    });
    this.servingAlarms = new ServingAlarms(this, "monitoring", {
      env,
      keys: this.keys,
      loadBalancer: this.loadBalancer,
      service: this.service,
    });

    const alertTopicArn = this.servingAlarms.topic.arn;
    // GuardDuty, Security Hub and the Config recorder exist once per account and region, so
    // only the environment that owns the account's settings creates them (and the trail).
    if (env.accountSettingsOwner) {
      this.detection = this.detectionAndAudit(env, serverAccessLogs, alertTopicArn);
    }

    // Edge and operations (issue 3): every ALB behind the WAF (and Shield when on), the
    // service's parameters and the block-ips runbook, the Aviatrix placeholders when on.
    const albs = [this.loadBalancer.alb];
    const keys = this.keys;
    this.waf = new WebAcl(this, "waf", { env, keys, loadBalancers: albs, alarmTopicArn: alertTopicArn });
    if (env.features.shieldAdvanced) {
      this.shield = new ShieldAdvanced(this, "shield", {
        env,
        loadBalancers: albs,
        webAcl: this.waf,
        alarmTopicArn: alertTopicArn,
      });
    }
    this.systemsManager = new SystemsManager(this, "ssm", {
      env,
      keys,
      service: this.service,
      blocklist: this.waf.blocklist,
    });
    if (env.features.aviatrixPlaceholders) {
      this.aviatrix = new AviatrixPlaceholders(this, "aviatrix", { env, network: this.network, keys });
    }

    this.githubOidc = new GithubOidc(this, "github", {
      env,
      loadBalancer: this.loadBalancer,
      service: this.service,
    });
    // Who may assume each pipeline role: the repository, the GitHub environments, and the one
    // subject each role is for (SC-FED-001 judges the trust policies against it).
    const github: GateDeclarations["github"] = {
      repository: env.github.repository,
      environments: [
        ...new Set(PIPELINE_ROLES.filter((r) => r !== "plan").map((r) => githubEnvironment(r, env.name))),
      ],
      subjects: Object.fromEntries(
        PIPELINE_ROLES.map((kind) => [
          this.githubOidc.roles[kind].nameInput ?? kind,
          [subjectFor(env.github.repository, kind, env.name)],
        ]),
      ),
    };
    const federation: GateDeclarations = { github };
    declareForGate(this, federation);
    // SC-IAM-005 flags write wildcards on "*": the apply job's PowerUserAccess is exactly that.
    const powerUser = this.githubOidc.node.tryFindChild("apply_power_user");
    if (powerUser) {
      suppress(powerUser, [
        {
          id: "SC-IAM-005",
          reason:
            "cdktf deploy creates and replaces every kind of resource of the estate; the role is assumable only from the approved GitHub environment, IAM stays scoped to securecloud-<env>-* roles",
        },
      ]);
    }
    for (const kind of PIPELINE_ROLES) {
      this.output(
        `github_${kind}_role_arn`,
        this.githubOidc.roles[kind].arn,
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
    env: EnvironmentConfig,
    serverAccessLogs: SecureBucket,
    alertTopicArn: string,
  ): DetectionAndAudit {
    const name = (...purpose: string[]) => resourceName(env.name, ...purpose);
    const threatDetection = new ThreatDetection(this, "threat_detection", { env, alertTopicArn });
    const configBucket = new SecureBucket(this, "config_bucket", {
      bucketName: name("config", env.accountId),
      kmsKeyArn: this.keys.s3.arn,
      expireAfterDays: 2557,
      accessLogs: { bucket: serverAccessLogs.name, prefix: "config/" },
    });
    const configCompliance = new ConfigCompliance(this, "config", {
      env,
      keys: this.keys,
      bucket: configBucket,
      alertTopicArn,
    });
    const trailBucket = new SecureBucket(this, "trail_bucket", {
      bucketName: name("cloudtrail", env.accountId),
      kmsKeyArn: this.keys.cloudtrail.arn,
      expireAfterDays: 2557,
      accessLogs: { bucket: serverAccessLogs.name, prefix: "cloudtrail/" },
    });
    const auditTrail = new AuditTrail(this, "audit", {
      env,
      keys: this.keys,
      bucket: trailBucket,
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

  protected override allocateLogicalId(element: TerraformElement | Node): string {
    const node = "node" in element ? element.node : element;
    const parts = node.scopes.slice(2).map((s) => s.node.id);
    const id = parts
      .join("_")
      .replace(/[^A-Za-z0-9_-]/g, "_")
      .replace(/^(\d)/, "_$1");
    const owner = this.logicalIds.get(id);
    if (owner !== undefined && owner !== node.path) {
      throw new Error(`logical id "${id}" is used by both ${owner} and ${node.path}`);
    }
    this.logicalIds.set(id, node.path);
    return id;
  }
}
