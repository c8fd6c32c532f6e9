import { DataAwsIamOpenidConnectProvider } from "@cdktf/provider-aws/lib/data-aws-iam-openid-connect-provider/index.js";
import { IamOpenidConnectProvider } from "@cdktf/provider-aws/lib/iam-openid-connect-provider/index.js";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js";
import { Construct } from "constructs";
import { PROJECT } from "../common/conventions.ts";
import type { GithubConfig } from "./config/types.ts";
import { EstateContext } from "./estate-context.ts";
import { GrantableRole, ROLE_MANAGEMENT_ACTIONS } from "./grantable-role.ts";
import { policyDocument, type Statement } from "./policy.ts";

/** GitHub Actions' OIDC issuer, without the scheme (the form IAM condition keys use). */
export const GITHUB_OIDC_HOST = "token.actions.githubusercontent.com";
export const GITHUB_OIDC_AUDIENCE = "sts.amazonaws.com";

/** The kinds of pipeline job that assume a role; each gets its own, with only what it needs. */
export const PIPELINE_ROLES = ["plan", "apply", "deploy", "rollback", "report"] as const;
export type PipelineRole = (typeof PIPELINE_ROLES)[number];

export interface GithubOidcProps extends GithubConfig {
  /** The Terraform state bucket; the plan role reads this environment's state in it. */
  readonly stateBucket: string;
}

/**
 * The GitHub environment a job kind runs in. Deploys run in the environment itself (prod
 * requires approval); the deploy workflow's plan job runs in `<env>-plan`, so the approver of
 * `<env>` reads the saved plan before approving; the rollback dispatch runs in
 * `<env>-rollback`, which has no required reviewers, so at 3 a.m. nobody waits for an approval
 * to put traffic back; the weekly compliance report runs in `<env>-report`, read-only.
 */
export function githubEnvironment(role: PipelineRole, env: string): string {
  return role === "apply" || role === "deploy" ? env : `${env}-${role}`;
}

/**
 * The `sub` claims a job kind may present (GitHub's default claim format): jobs bound to a
 * GitHub environment carry `repo:<owner>/<name>:environment:<name>`, which only runs that pass
 * that environment's protection rules (deployment branches, required reviewers) can obtain;
 * the plan role also serves pull-request jobs, `repo:<owner>/<name>:pull_request`.
 */
export function subjectsFor(repository: string, role: PipelineRole, env: string): string[] {
  const environment = `repo:${repository}:environment:${githubEnvironment(role, env)}`;
  return role === "plan" ? [`repo:${repository}:pull_request`, environment] : [environment];
}

const oneOrMany = (values: string[]): string | string[] => (values.length === 1 ? values[0]! : values);

/**
 * GitHub Actions federation for one environment: the account's OIDC provider (created here
 * or looked up, as the configuration says: it is global to the account) and one role per job
 * kind, each trusting only this repository and only the pull-request or environment `sub`:
 *
 * - plan: reads the estate and its Terraform state for the saved plans of pull requests and of
 *   the deploy workflow's plan job;
 * - apply: applies the saved plan of the estate, behind the environment's approval;
 * - deploy and rollback: nothing of their own; the constructs they act on grant them what they
 *   need (`grantImagePush`, `grantDeploy`, `grantTrafficShift`, `grantRolloutWatch`, ...).
 */
export class GithubOidc extends Construct {
  readonly providerArn: string;
  /** One role per job kind; grant to them with the constructs' `grant*` methods. */
  readonly roles: Record<PipelineRole, GrantableRole>;

  constructor(scope: Construct, id: string, props: GithubOidcProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    const env = estate.environment;

    if (props.oidcProvider === "create") {
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

    const role = (kind: PipelineRole, description: string, policyName: string) =>
      new GrantableRole(this, {
        ids: { role: `${kind}_role`, policy: `${kind}_policy` },
        roleName: estate.name("github", kind),
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
                [`${GITHUB_OIDC_HOST}:sub`]: oneOrMany(subjectsFor(props.repository, kind, env)),
              },
            },
          },
        ]),
        policyName,
      });
    this.roles = {
      plan: role(
        "plan",
        "GitHub pull requests and deploy plan jobs: saved plans, read-only",
        "read-estate-and-state",
      ),
      apply: role(
        "apply",
        "GitHub deploy job: applies the saved plan of the estate, after environment approval",
        "manage-estate-iam",
      ),
      deploy: role(
        "deploy",
        "GitHub deploy job: image push, idle-color deploy, canary shift, live gate",
        "release-to-idle-color",
      ),
      rollback: role(
        "rollback",
        "GitHub rollback dispatch: production listener weights and rollout record",
        "production-listener-only",
      ),
      report: role(
        "report",
        "GitHub weekly compliance report: AWS Config and Security Hub reads",
        "read-compliance",
      ),
    };
    const inline = (kind: PipelineRole, statements: Statement[]) => {
      for (const statement of statements) this.roles[kind].addToPolicy(statement);
    };

    const stateKey = `arn:aws:s3:::${props.stateBucket}/${PROJECT}/${env}/*`;

    // plan: describe what Terraform refreshes, read this stack's state, and never read secrets.
    inline("plan", [
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
          "iam:GetInstanceProfile",
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
        Resource: `arn:aws:s3:::${props.stateBucket}`,
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
        // Except the state's key through S3 (the state bucket's key policy admits that, for
        // objects the role may get): the plan reads its state, and nothing else decrypts.
        Condition: { StringNotEquals: { "kms:ViaService": `s3.${estate.region}.amazonaws.com` } },
      },
    ]);

    // apply: AWS's PowerUserAccess for the estate's services, plus IAM only on this
    // environment's own roles (and the account's GitHub provider where this stack owns it).
    // Passing roles to services, and IAM outside `securecloud-<env>-*`, come from the
    // constructs that need them (`grantApply`).
    new IamRolePolicyAttachment(this, "apply_power_user", {
      role: this.roles.apply.role.name,
      policyArn: "arn:aws:iam::aws:policy/PowerUserAccess",
    });
    const estateRoles = estate.iamArn(`role/${estate.namePattern}`);
    inline("apply", [
      {
        Sid: "ManageEstateRoles",
        Effect: "Allow",
        Action: [...ROLE_MANAGEMENT_ACTIONS],
        Resource: estateRoles,
      },
      // Listing providers (how a provider is looked up by URL) accepts no resource narrower than "*".
      {
        Sid: "ListGithubProviders",
        Effect: "Allow",
        Action: "iam:ListOpenIDConnectProviders",
        Resource: "*",
      },
      {
        Sid: "ReadGithubProvider",
        Effect: "Allow",
        Action: "iam:GetOpenIDConnectProvider",
        Resource: estate.iamArn(`oidc-provider/${GITHUB_OIDC_HOST}`),
      },
      ...(props.oidcProvider === "create"
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
              Resource: estate.iamArn(`oidc-provider/${GITHUB_OIDC_HOST}`),
            },
          ]
        : []),
    ]);
  }
}
