/**
 * What a synthesized estate needs from the roles that plan and apply it, derived from the
 * Terraform JSON alone: the IAM calls its IAM resources take (with the ARNs they will have)
 * and every role it hands to an AWS service (iam:PassRole, with the service the role's trust
 * policy names). And the permissions a role of the estate holds, as synthesized: its inline
 * policies and its attached managed policies.
 */
import type { IamRequest } from "./iam-policy.ts";
import { type Block, list, type PolicyStatement, statements, type TerraformDocument } from "./terraform.ts";

/**
 * AWS managed policies the estate attaches to its pipeline roles, as AWS publishes them
 * (AWS Managed Policy Reference, PowerUserAccess v12). A role with an attachment not listed
 * here cannot be evaluated, and says so.
 */
export const MANAGED_POLICIES: Readonly<Record<string, readonly PolicyStatement[]>> = {
  "arn:aws:iam::aws:policy/PowerUserAccess": [
    { Effect: "Allow", NotAction: ["iam:*", "organizations:*", "account:*"], Resource: "*" },
    {
      Effect: "Allow",
      Action: [
        "account:GetAccountInformation",
        "account:GetGovCloudAccountInformation",
        "account:GetPrimaryEmail",
        "account:ListRegions",
        "iam:CreateServiceLinkedRole",
        "iam:DeleteServiceLinkedRole",
        "iam:ListRoles",
        "organizations:DescribeEffectivePolicy",
        "organizations:DescribeOrganization",
      ],
      Resource: "*",
    },
  ],
};

/** One IAM call Terraform makes for a resource of the estate. */
export interface IamNeed extends IamRequest {
  /** `read` calls are made by plan (refresh) and apply; `write` calls by apply only. */
  readonly phase: "read" | "write";
  /** The Terraform address that needs it. */
  readonly address: string;
}

const REF = /\$\{(aws_iam_role)\.([A-Za-z0-9_-]+)\.(arn|name|id|unique_id)\}/g;

export class EstateIam {
  readonly doc: TerraformDocument;
  readonly account: string;
  private readonly roles: Record<string, Block>;

  constructor(doc: TerraformDocument) {
    this.doc = doc;
    const provider = doc.provider.aws?.[0] as { allowed_account_ids?: string[] } | undefined;
    const account = provider?.allowed_account_ids?.[0];
    if (!account) throw new Error("estate-iam: the aws provider names no allowed account");
    this.account = account;
    this.roles = doc.resource.aws_iam_role ?? {};
  }

  private iamArn(kind: string, block: Block, address: string): string {
    const name = block.name;
    if (typeof name !== "string" || name.includes("${")) {
      throw new Error(`${address}: the name is not a literal, so no policy can be scoped to it`);
    }
    return `arn:aws:iam::${this.account}:${kind}${typeof block.path === "string" ? block.path : "/"}${name}`;
  }

  /** The ARN a role of the estate will have, by its Terraform name. */
  roleArn(tfName: string): string {
    const role = this.roles[tfName];
    if (!role) throw new Error(`estate-iam: no aws_iam_role.${tfName}`);
    return this.iamArn("role", role, `aws_iam_role.${tfName}`);
  }

  /** Replaces references to the estate's roles by the ARN or name they will have. */
  resolve(value: string): string {
    return value.replace(REF, (_, _type, tfName: string, attr: string) =>
      attr === "arn" ? this.roleArn(tfName) : String(this.roles[tfName]?.name),
    );
  }

  /** The role a `role` attribute designates (a reference to an estate role, or a literal name). */
  private roleOf(value: unknown, address: string): string {
    const text = String(value);
    const ref = [...text.matchAll(REF)][0];
    if (ref) return this.roleArn(ref[2]!);
    if (/^[\w+=,.@-]+$/.test(text)) return `arn:aws:iam::${this.account}:role/${text}`;
    throw new Error(`${address}: cannot tell which role "${text}" is`);
  }

  /** Service principals a role's trust policy admits: where passing the role sends it. */
  trustedServices(tfName: string): string[] {
    const trust = statements(this.roles[tfName]?.assume_role_policy);
    return trust.flatMap((s) => list((s.Principal as { Service?: string | string[] } | undefined)?.Service));
  }

  /** Every IAM call the estate's IAM resources and data sources take, with the ARN it acts on. */
  needs(): IamNeed[] {
    const out: IamNeed[] = [];
    const add = (
      address: string,
      phase: IamNeed["phase"],
      resource: string,
      actions: string[],
      context?: Record<string, string>,
    ) => {
      for (const action of actions)
        out.push({ address, phase, action: `iam:${action}`, resource, ...(context ? { context } : {}) });
    };
    for (const [type, byName] of Object.entries(this.doc.resource)) {
      if (!type.startsWith("aws_iam_")) continue;
      for (const [tfName, block] of Object.entries(byName)) {
        const address = `${type}.${tfName}`;
        switch (type) {
          case "aws_iam_role": {
            const arn = this.iamArn("role", block, address);
            add(address, "read", arn, ["GetRole", "ListRolePolicies", "ListAttachedRolePolicies"]);
            add(address, "write", arn, [
              "CreateRole",
              "DeleteRole",
              "TagRole",
              "UntagRole",
              "UpdateRole",
              "UpdateAssumeRolePolicy",
              "ListInstanceProfilesForRole",
            ]);
            break;
          }
          case "aws_iam_role_policy": {
            const arn = this.roleOf(block.role, address);
            add(address, "read", arn, ["GetRolePolicy"]);
            add(address, "write", arn, ["PutRolePolicy", "DeleteRolePolicy"]);
            break;
          }
          case "aws_iam_role_policy_attachment": {
            const arn = this.roleOf(block.role, address);
            add(address, "read", arn, ["ListAttachedRolePolicies"]);
            add(address, "write", arn, ["AttachRolePolicy", "DetachRolePolicy"], {
              "iam:PolicyARN": String(block.policy_arn),
            });
            break;
          }
          case "aws_iam_instance_profile": {
            const arn = this.iamArn("instance-profile", block, address);
            add(address, "read", arn, ["GetInstanceProfile"]);
            add(address, "write", arn, [
              "CreateInstanceProfile",
              "DeleteInstanceProfile",
              "AddRoleToInstanceProfile",
              "RemoveRoleFromInstanceProfile",
              "TagInstanceProfile",
              "UntagInstanceProfile",
            ]);
            break;
          }
          case "aws_iam_policy": {
            const arn = this.iamArn("policy", block, address);
            add(address, "read", arn, ["GetPolicy", "GetPolicyVersion", "ListPolicyVersions"]);
            add(address, "write", arn, [
              "CreatePolicy",
              "CreatePolicyVersion",
              "DeletePolicyVersion",
              "DeletePolicy",
              "TagPolicy",
              "UntagPolicy",
            ]);
            break;
          }
          case "aws_iam_openid_connect_provider": {
            const arn = `arn:aws:iam::${this.account}:oidc-provider/${String(block.url).replace(/^https:\/\//, "")}`;
            add(address, "read", arn, ["GetOpenIDConnectProvider"]);
            add(address, "write", arn, [
              "CreateOpenIDConnectProvider",
              "DeleteOpenIDConnectProvider",
              "TagOpenIDConnectProvider",
              "UntagOpenIDConnectProvider",
              "AddClientIDToOpenIDConnectProvider",
              "RemoveClientIDFromOpenIDConnectProvider",
              "UpdateOpenIDConnectProviderThumbprint",
            ]);
            break;
          }
          default:
            throw new Error(
              `${address}: the IAM calls of ${type} are not known here; add them to EstateIam.needs`,
            );
        }
      }
    }
    for (const [type, byName] of Object.entries(this.doc.data ?? {})) {
      if (!type.startsWith("aws_iam_")) continue;
      for (const [tfName, block] of Object.entries(byName)) {
        const address = `data.${type}.${tfName}`;
        if (type === "aws_iam_openid_connect_provider") {
          // Looking a provider up by URL lists them all (an action that takes no resource).
          add(address, "read", "*", ["ListOpenIDConnectProviders"]);
          const host = String(block.url).replace(/^https:\/\//, "");
          add(address, "read", `arn:aws:iam::${this.account}:oidc-provider/${host}`, [
            "GetOpenIDConnectProvider",
          ]);
        } else if (type !== "aws_iam_policy_document") {
          throw new Error(`${address}: the IAM calls of data source ${type} are not known here`);
        }
      }
    }
    return out;
  }

  /**
   * Every role the estate hands to an AWS service: any reference to a role outside IAM
   * documents and outside the role's own policies and attachments, wherever it sits (an
   * attribute, a JSON document's field, an instance profile's role), passed to the services
   * the role's trust policy admits.
   */
  passes(): Array<{ address: string; role: string; roleArn: string; services: string[] }> {
    const out: Array<{ address: string; role: string; roleArn: string; services: string[] }> = [];
    const own = new Set(["aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment"]);
    for (const [type, byName] of Object.entries(this.doc.resource)) {
      if (own.has(type)) continue;
      for (const [tfName, block] of Object.entries(byName)) {
        const found = new Set<string>();
        collectRoleRefs(block, found);
        for (const role of found) {
          out.push({
            address: `${type}.${tfName}`,
            role,
            roleArn: this.roleArn(role),
            services: this.trustedServices(role),
          });
        }
      }
    }
    return out;
  }

  /** The statements a role holds: its inline policies and attached managed policies. */
  policiesOf(tfName: string): PolicyStatement[] {
    const refs = new Set([
      `\${aws_iam_role.${tfName}.id}`,
      `\${aws_iam_role.${tfName}.name}`,
      this.roles[tfName]?.name,
    ]);
    const inline = Object.values(this.doc.resource.aws_iam_role_policy ?? {})
      .filter((p) => refs.has(String(p.role)))
      .flatMap((p) => statements(this.resolve(String(p.policy))));
    const managed = Object.values(this.doc.resource.aws_iam_role_policy_attachment ?? {})
      .filter((a) => refs.has(String(a.role)))
      .flatMap((a) => {
        const policy = MANAGED_POLICIES[String(a.policy_arn)];
        if (!policy)
          throw new Error(`aws_iam_role.${tfName}: attached ${a.policy_arn} is not in MANAGED_POLICIES`);
        return policy;
      });
    return [...inline, ...managed];
  }

  /** The Terraform name of the role an output's value references (`github_apply_role_arn`). */
  roleOfOutput(output: string): string {
    const value = String(this.doc.output?.[output]?.value);
    const ref = [...value.matchAll(REF)][0];
    if (!ref) throw new Error(`output ${output} references no role`);
    return ref[2]!;
  }
}

/** Policy documents grant or trust; they never hand a role to a service. */
const DOCUMENT_KEYS = /(^|_)policy$|^policy_document$/;

function collectRoleRefs(value: unknown, found: Set<string>, key = ""): void {
  if (DOCUMENT_KEYS.test(key) || key === "//") return;
  if (typeof value === "string") {
    for (const m of value.matchAll(REF)) found.add(m[2]!);
  } else if (Array.isArray(value)) {
    for (const v of value) collectRoleRefs(v, found);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) collectRoleRefs(v, found, k);
  }
}
