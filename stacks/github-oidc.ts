import { DataAwsIamOpenidConnectProvider } from "@cdktf/provider-aws/lib/data-aws-iam-openid-connect-provider/index.js";
import { IamOpenidConnectProvider } from "@cdktf/provider-aws/lib/iam-openid-connect-provider/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js";
import { Construct } from "constructs";
import { PROJECT, resourceName } from "../common/conventions.ts";
import type { BlueGreenService } from "./blue-green-service.ts";
import type { EnvironmentConfig } from "./config/types.ts";
import type { LoadBalancer } from "./load-balancer.ts";
import { policyDocument, type Statement } from "./policy.ts";

/** GitHub Actions' OIDC issuer, without the scheme (the form IAM condition keys use). */
export const GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";
export const GITHUB_OIDC_AUDIENCE = "sts.amazonaws.com";

/** The kinds of pipeline job that assume a role; each gets its own, with only what it needs. */
export const PIPELINE_ROLES = ["plan", "apply", "deploy", "rollback", "report"] as const;
export type PipelineRole = (typeof PIPELINE_ROLES)[number];

/** What the live gate reads of AWS Config (the deploy role may also start evaluations). */
const CONFIG_COMPLIANCE_READS = [
  "config:DescribeComplianceByConfigRule",
  "config:DescribeConfigRuleEvaluationStatus",
  "config:DescribeConfigRules",
  "config:GetComplianceDetailsByConfigRule",
  "config:ListTagsForResource",
] as const;

export interface GithubOidcProps {
  readonly env: EnvironmentConfig;
  readonly loadBalancer: LoadBalancer;
  readonly service: BlueGreenService;
}

/**
 * The GitHub environment a job kind runs in. Deploys run in the environment itself (prod
 * requires approval); the rollback dispatch runs in `<env>-rollback`, which has no required
 * reviewers, so at 3 a.m. nobody waits for an approval to put traffic back.
 */
export function githubEnvironment(role: Exclude<PipelineRole, "plan">, env: string): string {
  return role === "rollback" || role === "report" ? `${env}-${role}` : env;
}

/**
 * The `sub` claim a job presents (GitHub's default claim format): pull-request jobs carry
 * `repo:<owner>/<name>:pull_request`; jobs bound to a GitHub environment carry
 * `repo:<owner>/<name>:environment:<name>`, which only runs that pass that environment's
 * protection rules (deployment branches, required reviewers) can obtain.
 */
export function subjectFor(repository: string, role: PipelineRole, env: string): string {
  return role === "plan"
    ? `repo:${repository}:pull_request`
    : `repo:${repository}:environment:${githubEnvironment(role, env)}`;
}

/**
 * GitHub Actions federation for one environment: the account's OIDC provider (created here
 * or looked up, as the configuration says: it is global to the account) and one role per job
 * kind, each trusting only this repository and only the pull-request or environment `sub`:
 *
 * - plan: reads the estate and its Terraform state for `cdktf diff` on pull requests;
 * - apply: `cdktf deploy` of the estate, behind the environment's approval;
 * - deploy: pushes to this estate's ECR repository, updates its two ECS services, shifts its
 *   production listener, passes only its task roles to ECS, and runs the live gate;
 * - rollback: reads and modifies the production listener and its tags, nothing else;
 * - report: reads AWS Config compliance and Security Hub findings (the weekly report), nothing else.
 */
export class GithubOidc extends Construct {
  readonly providerArn: string;
  readonly roles: Record<PipelineRole, IamRole>;

  constructor(scope: Construct, id: string, { env, loadBalancer, service }: GithubOidcProps) {
    super(scope, id);
    const name = (...purpose: string[]) => resourceName(env.name, ...purpose);
    const arn = (svc: string, resource: string) =>
      `arn:aws:${svc}:${env.region}:${env.accountId}:${resource}`;

    if (env.github.oidcProvider === "create") {
      this.providerArn = new IamOpenidConnectProvider(this, "provider", {
        url: `https://${GITHUB_OIDC_HOST}`,
        clientIdList: [GITHUB_OIDC_AUDIENCE],
        tags: { Name: `${PROJECT}-github-actions` },
      }).arn;
    } else {
      this.providerArn = new DataAwsIamOpenidConnectProvider(this, "provider", {
        url: `https://${GITHUB_OIDC_HOST}`,
      }).arn;
    }

    const role = (kind: PipelineRole, description: string) =>
      new IamRole(this, `${kind}_role`, {
        name: name("github", kind),
        description,
        maxSessionDuration: 3600,
        assumeRolePolicy: policyDocument([
          {
            Sid: "GithubActionsOidc",
            Effect: "Allow",
            Principal: { Federated: this.providerArn },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: {
              StringEquals: {
                [`${GITHUB_OIDC_HOST}:aud`]: GITHUB_OIDC_AUDIENCE,
                [`${GITHUB_OIDC_HOST}:sub`]: subjectFor(env.github.repository, kind, env.name),
              },
            },
          },
        ]),
      });
    const inline = (kind: PipelineRole, policyName: string, statements: Statement[]) =>
      new IamRolePolicy(this, `${kind}_policy`, {
        name: policyName,
        role: this.roles[kind].id,
        policy: policyDocument(statements),
      });

    this.roles = {
      plan: role("plan", "GitHub pull requests: cdktf diff, read-only"),
      apply: role("apply", "GitHub deploy job: cdktf deploy of the estate, after environment approval"),
      deploy: role("deploy", "GitHub deploy job: image push, idle-color deploy, canary shift, live gate"),
      rollback: role("rollback", "GitHub rollback dispatch: production listener weights and rollout record"),
      report: role("report", "GitHub weekly compliance report: AWS Config and Security Hub reads"),
    };

    const stateKey = `arn:aws:s3:::${env.stateBucket}/${PROJECT}/${env.name}/*`;
    const listener = loadBalancer.productionListener.arn;

    // plan: describe what Terraform refreshes, read this stack's state, and never read secrets.
    inline("plan", "read-estate-and-state", [
      {
        Sid: "DescribeEstate",
        Effect: "Allow",
        Action: [
          "acm:DescribeCertificate",
          "application-autoscaling:Describe*",
          "cloudtrail:Describe*",
          "cloudtrail:GetEventSelectors",
          "cloudtrail:GetInsightSelectors",
          "cloudtrail:GetTrail*",
          "cloudtrail:ListTags",
          "cloudwatch:Describe*",
          "cloudwatch:GetDashboard",
          "cloudwatch:ListTagsForResource",
          "config:Describe*",
          "config:ListTagsForResource",
          "ec2:Describe*",
          "ecr:DescribeRepositories",
          "ecr:GetLifecyclePolicy",
          "ecr:GetRepositoryPolicy",
          "ecr:ListTagsForResource",
          "ecs:Describe*",
          "ecs:ListTagsForResource",
          "elasticloadbalancing:Describe*",
          "events:Describe*",
          "events:ListTagsForResource",
          "events:ListTargetsByRule",
          "guardduty:GetDetector",
          "guardduty:GetMalwareProtectionPlan",
          "guardduty:ListTagsForResource",
          "iam:GetOpenIDConnectProvider",
          "iam:GetPolicy",
          "iam:GetPolicyVersion",
          "iam:GetRole",
          "iam:GetRolePolicy",
          "iam:ListAttachedRolePolicies",
          "iam:ListOpenIDConnectProviders",
          "iam:ListRolePolicies",
          "kms:DescribeKey",
          "kms:GetKeyPolicy",
          "kms:GetKeyRotationStatus",
          "kms:ListAliases",
          "kms:ListResourceTags",
          "logs:DescribeLogGroups",
          "logs:DescribeMetricFilters",
          "logs:ListTagsForResource",
          "s3:GetAccelerateConfiguration",
          "s3:GetBucket*",
          "s3:GetEncryptionConfiguration",
          "s3:GetLifecycleConfiguration",
          "s3:GetReplicationConfiguration",
          "securityhub:DescribeHub",
          "securityhub:GetEnabledStandards",
          "securityhub:GetFindingAggregator",
          "shield:DescribeProtection",
          "shield:ListTagsForResource",
          "sns:GetSubscriptionAttributes",
          "sns:GetTopicAttributes",
          "sns:ListTagsForResource",
          "ssm:DescribeDocument",
          "ssm:GetDocument",
          "ssm:ListTagsForResource",
          "sts:GetCallerIdentity",
          "wafv2:GetLoggingConfiguration",
          "wafv2:GetWebACL",
          "wafv2:GetWebACLForResource",
          "wafv2:ListTagsForResource",
        ],
        Resource: "*",
      },
      {
        Sid: "ListStateBucket",
        Effect: "Allow",
        Action: "s3:ListBucket",
        Resource: `arn:aws:s3:::${env.stateBucket}`,
      },
      { Sid: "ReadOwnState", Effect: "Allow", Action: "s3:GetObject", Resource: stateKey },
      {
        Sid: "NeverReadSecrets",
        Effect: "Deny",
        Action: [
          "secretsmanager:GetSecretValue",
          "ssm:GetParameter",
          "ssm:GetParameters",
          "ssm:GetParametersByPath",
          "kms:Decrypt",
        ],
        Resource: "*",
      },
    ]);

    // apply: AWS's PowerUserAccess for the estate's services, plus IAM only on this
    // environment's own roles (and the account's GitHub provider where this stack owns it).
    new IamRolePolicyAttachment(this, "apply_power_user", {
      role: this.roles.apply.name,
      policyArn: "arn:aws:iam::aws:policy/PowerUserAccess",
    });
    const estateRoles = `arn:aws:iam::${env.accountId}:role/${PROJECT}-${env.name}-*`;
    inline("apply", "manage-estate-iam", [
      {
        Sid: "ManageEstateRoles",
        Effect: "Allow",
        Action: [
          "iam:AttachRolePolicy",
          "iam:CreateRole",
          "iam:DeleteRole",
          "iam:DeleteRolePolicy",
          "iam:DetachRolePolicy",
          "iam:GetRole",
          "iam:GetRolePolicy",
          "iam:ListAttachedRolePolicies",
          "iam:ListInstanceProfilesForRole",
          "iam:ListRolePolicies",
          "iam:PutRolePolicy",
          "iam:TagRole",
          "iam:UntagRole",
          "iam:UpdateAssumeRolePolicy",
          "iam:UpdateRole",
          "iam:UpdateRoleDescription",
        ],
        Resource: estateRoles,
      },
      {
        Sid: "PassEstateRolesToTheirServices",
        Effect: "Allow",
        Action: "iam:PassRole",
        Resource: estateRoles,
        Condition: {
          StringEquals: {
            "iam:PassedToService": [
              "config.amazonaws.com",
              "ecs-tasks.amazonaws.com",
              "logs.amazonaws.com",
              "ssm.amazonaws.com",
              "vpc-flow-logs.amazonaws.com",
              "cloudtrail.amazonaws.com",
            ],
          },
        },
      },
      {
        Sid: "ReadGithubProvider",
        Effect: "Allow",
        Action: ["iam:GetOpenIDConnectProvider", "iam:ListOpenIDConnectProviders"],
        Resource: `arn:aws:iam::${env.accountId}:oidc-provider/*`,
      },
      ...(env.github.oidcProvider === "create"
        ? [
            {
              Sid: "ManageGithubProvider",
              Effect: "Allow" as const,
              Action: [
                "iam:CreateOpenIDConnectProvider",
                "iam:DeleteOpenIDConnectProvider",
                "iam:TagOpenIDConnectProvider",
                "iam:UntagOpenIDConnectProvider",
                "iam:UpdateOpenIDConnectProviderThumbprint",
                "iam:AddClientIDToOpenIDConnectProvider",
                "iam:RemoveClientIDFromOpenIDConnectProvider",
              ],
              Resource: `arn:aws:iam::${env.accountId}:oidc-provider/${GITHUB_OIDC_HOST}`,
            },
          ]
        : []),
    ]);

    // deploy: this estate's repository, services, listener and task roles; the live gate.
    const services = Object.values(service.services).map((s) => s.id);
    inline("deploy", "release-to-idle-color", [
      // GetAuthorizationToken accepts no resource narrower than "*".
      { Sid: "EcrLogin", Effect: "Allow", Action: "ecr:GetAuthorizationToken", Resource: "*" },
      {
        Sid: "PushServiceImage",
        Effect: "Allow",
        Action: [
          "ecr:BatchCheckLayerAvailability",
          "ecr:BatchGetImage",
          "ecr:CompleteLayerUpload",
          "ecr:DescribeImages",
          "ecr:GetDownloadUrlForLayer",
          "ecr:InitiateLayerUpload",
          "ecr:PutImage",
          "ecr:UploadLayerPart",
        ],
        Resource: service.repository.arn,
      },
      {
        Sid: "UpdateColorServices",
        Effect: "Allow",
        Action: ["ecs:DescribeServices", "ecs:UpdateService"],
        Resource: services,
      },
      {
        Sid: "ListClusterServices",
        Effect: "Allow",
        Action: "ecs:ListServices",
        Resource: "*",
        Condition: { ArnEquals: { "ecs:cluster": service.cluster.arn } },
      },
      {
        // Task definition registration and reads accept no resource narrower than "*".
        Sid: "RegisterTaskDefinitions",
        Effect: "Allow",
        Action: ["ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition"],
        Resource: "*",
      },
      {
        Sid: "TagNewTaskDefinitions",
        Effect: "Allow",
        Action: "ecs:TagResource",
        Resource: arn("ecs", `task-definition/${PROJECT}-${env.name}-*:*`),
        Condition: { StringEquals: { "ecs:CreateAction": "RegisterTaskDefinition" } },
      },
      {
        Sid: "PassTaskRolesToEcsOnly",
        Effect: "Allow",
        Action: "iam:PassRole",
        Resource: [service.executionRole.arn, service.taskRole.arn],
        Condition: { StringEquals: { "iam:PassedToService": "ecs-tasks.amazonaws.com" } },
      },
      ...listenerStatements(listener),
      {
        Sid: "WatchRollbackAlarms",
        Effect: "Allow",
        Action: ["cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource"],
        Resource: arn("cloudwatch", `alarm:${PROJECT}-${env.name}-*`),
      },
      // GetMetricData (per-target-group 5xx during a bake) accepts only "*".
      { Sid: "ReadBakeMetrics", Effect: "Allow", Action: "cloudwatch:GetMetricData", Resource: "*" },
      {
        Sid: "LiveComplianceGate",
        Effect: "Allow",
        Action: [...CONFIG_COMPLIANCE_READS, "config:StartConfigRulesEvaluation"],
        Resource: arn("config", "config-rule/*"),
      },
    ]);

    // rollback: the production listener's weights and rollout-record tags, and nothing else.
    inline("rollback", "production-listener-only", listenerStatements(listener));

    // report: what the live gate and the Security Hub summary read, and nothing else.
    inline("report", "read-compliance", [
      {
        Sid: "ReadConfigCompliance",
        Effect: "Allow",
        Action: [...CONFIG_COMPLIANCE_READS],
        Resource: arn("config", "config-rule/*"),
      },
      {
        Sid: "ReadSecurityHubFindings",
        Effect: "Allow",
        Action: "securityhub:GetFindings",
        Resource: arn("securityhub", "hub/default"),
      },
    ]);
  }
}

/** Read the listener, its target groups' health and tags; write only the given listener. */
function listenerStatements(listenerArn: string): Statement[] {
  return [
    {
      // Elastic Load Balancing's Describe* actions accept no resource narrower than "*".
      Sid: "DescribeTraffic",
      Effect: "Allow",
      Action: [
        "elasticloadbalancing:DescribeListeners",
        "elasticloadbalancing:DescribeRules",
        "elasticloadbalancing:DescribeTags",
        "elasticloadbalancing:DescribeTargetGroups",
        "elasticloadbalancing:DescribeTargetHealth",
      ],
      Resource: "*",
    },
    {
      Sid: "ShiftProductionListener",
      Effect: "Allow",
      Action: [
        "elasticloadbalancing:AddTags",
        "elasticloadbalancing:ModifyListener",
        "elasticloadbalancing:RemoveTags",
      ],
      Resource: listenerArn,
    },
  ];
}
