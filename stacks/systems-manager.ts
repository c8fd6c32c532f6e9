import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import type { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { SsmDocument } from "@cdktf/provider-aws/lib/ssm-document/index.js";
import { SsmParameter } from "@cdktf/provider-aws/lib/ssm-parameter/index.js";
import type { Wafv2IpSet } from "@cdktf/provider-aws/lib/wafv2-ip-set/index.js";
import { Construct } from "constructs";
import { PROJECT } from "../common/conventions.ts";
import { BLOCK_IPS_SCRIPT } from "./assets/block-ips.ts";
import { automationTrust } from "./automation-runbook.ts";
import type { BlueGreenService } from "./blue-green-service.ts";
import { EstateContext } from "./estate-context.ts";
import { GrantableRole, grantPassEstateRoles, type IGrantable } from "./grantable-role.ts";
import type { EstateKey } from "./keys.ts";
import type { WebAcl } from "./web-acl.ts";

export { BLOCK_IPS_SCRIPT } from "./assets/block-ips.ts";

/** Written once when a secret parameter is created; operators replace it, Terraform never reads it. */
export const SECRET_PLACEHOLDER = "unset: aws ssm put-parameter --overwrite --type SecureString";

/** The name AWS gives the account's default Session Manager preferences. */
export const SESSION_PREFERENCES_DOCUMENT = "SSM-SessionManagerRunShell";

/**
 * One address or network to block: an IPv4 or IPv6 CIDR with an explicit prefix length.
 * Automation checks every item against it before the runbook starts; the script then checks
 * for real (host bits, prefix width, overlap with the ops allowlist) before writing anything.
 */
export const CIDR_PATTERN =
  "^(?:(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(?:3[0-2]|[12]?[0-9])|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9]))$";

/** Most addresses one execution may add. */
export const MAX_ADDRESSES_PER_RUN = 50;

export interface SystemsManagerProps {
  /** Key of the SecureString parameters and of Session Manager's sessions. */
  readonly parameterKey: EstateKey;
  /** Receives the parameters as container secrets. */
  readonly service: BlueGreenService;
  /** The web ACL whose blocklist (one IP set per address family) the runbook writes to. */
  readonly webAcl: WebAcl;
  /**
   * Non-secret service settings, handed to the containers from Parameter Store.
   * @default none
   */
  readonly settings?: Readonly<Record<string, string>>;
  /**
   * Names of the service's secrets; Terraform writes a placeholder once, operators put the value.
   * @default none
   */
  readonly secrets?: readonly string[];
  /**
   * Networks the runbook refuses to block (the operators' own).
   * @default none
   */
  readonly protectedCidrs?: readonly string[];
  /**
   * Create the account's Session Manager preferences (once per account and region: only in
   * the environment that owns the account's settings), logging sessions to a group under
   * this key.
   * @default none: the preferences are managed elsewhere
   */
  readonly sessionPreferences?: { readonly logKey: EstateKey; readonly logRetentionDays?: number };
}

/**
 * Systems Manager for the estate:
 *
 * - the service's settings and secrets as SecureString parameters under the `ssm` key,
 *   handed to both colors' containers through `BlueGreenService.addSecret`. Settings carry
 *   their value from the configuration. Secrets are written once with a placeholder through
 *   the write-only `value_wo` (Terraform >= 1.11): the real value is put by an operator and
 *   never passes through Terraform, neither in the synthesized JSON nor in the state, where
 *   `value` plus `ignore_changes` would still store it on every refresh;
 * - the `block-ips` runbook: an Automation document that adds CIDRs to the WAF blocklist, run
 *   as a role that may read and update those two IP sets and nothing else;
 * - in the environment that owns the account's settings, the Session Manager preferences:
 *   sessions encrypted with the `ssm` key and streamed to an encrypted log group. Nothing in
 *   the estate opens SSH; sessions are how an operator would reach a host.
 */
export class SystemsManager extends Construct {
  readonly parameters: SsmParameter[] = [];
  readonly blockIpsDocument: SsmDocument;
  readonly blockIpsRole: IamRole;
  readonly sessionPreferences?: SsmDocument;
  readonly sessionLogGroup?: CloudwatchLogGroup;

  constructor(scope: Construct, id: string, props: SystemsManagerProps) {
    super(scope, id);
    const { parameterKey, service } = props;
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);
    const parameterName = (variable: string) => `/${PROJECT}/${estate.environment}/service/${variable}`;
    const blocklist = props.webAcl.blocklist;
    const parameter = (
      variable: string,
      value: { value: string } | { valueWo: string; valueWoVersion: number },
      description: string,
    ) => {
      const kind = "value" in value ? "setting" : "secret";
      const p = new SsmParameter(this, `${kind}_${variable.toLowerCase()}`, {
        name: parameterName(variable),
        description,
        type: "SecureString",
        tier: "Standard",
        keyId: parameterKey.arn,
        ...value,
        tags: { Name: parameterName(variable), "securecloud:parameter-kind": kind },
      });
      this.parameters.push(p);
      service.addSecret(variable, p.arn, parameterKey.arn);
    };
    for (const [variable, value] of Object.entries(props.settings ?? {})) {
      parameter(variable, { value }, `Service setting ${variable} (from the environment configuration)`);
    }
    for (const variable of props.secrets ?? []) {
      parameter(
        variable,
        { valueWo: SECRET_PLACEHOLDER, valueWoVersion: 1 },
        `Service secret ${variable}: set with put-parameter --overwrite; Terraform never reads it`,
      );
    }

    const runbookRole = new GrantableRole(this, {
      ids: { role: "block_ips_role", policy: "block_ips_role_policy" },
      roleName: name("block-ips-runbook"),
      description: "The block-ips runbook: read and update the WAF blocklist IP sets, nothing else",
      assumeRolePolicy: automationTrust(estate),
      policyName: "update-blocklist",
    });
    props.webAcl.grantBlocklistUpdate(runbookRole);
    this.blockIpsRole = runbookRole.role;

    const ipSetRef = (set: Wafv2IpSet) => ({ Name: set.name, Id: set.id, Scope: "REGIONAL" });
    this.blockIpsDocument = new SsmDocument(this, "block_ips", {
      name: name("block-ips"),
      documentType: "Automation",
      documentFormat: "JSON",
      content: JSON.stringify(
        {
          schemaVersion: "0.3",
          description: `Blocks IPv4/IPv6 CIDRs at the edge of securecloud ${estate.environment}: adds them to the WAF blocklist.`,
          // Fixed, not a parameter: the runbook only ever runs as its own narrow role.
          assumeRole: this.blockIpsRole.arn,
          parameters: {
            IpAddresses: {
              type: "StringList",
              description: `CIDRs to block, e.g. 198.51.100.7/32 or 2001:db8::7/128 (1..${MAX_ADDRESSES_PER_RUN}).`,
              minItems: 1,
              maxItems: MAX_ADDRESSES_PER_RUN,
              allowedPattern: CIDR_PATTERN,
            },
            Reason: {
              type: "String",
              description: "Why (alert, ticket): kept in the execution history.",
              allowedPattern: "^[\\w .,:;#()/@+-]{3,200}$",
            },
            DryRun: {
              type: "Boolean",
              description: "Validate and report what would be blocked, without writing.",
              default: false,
            },
          },
          mainSteps: [
            {
              name: "BlockAtTheEdge",
              action: "aws:executeScript",
              timeoutSeconds: 120,
              onFailure: "Abort",
              isEnd: true,
              inputs: {
                Runtime: "python3.11",
                Handler: "handler",
                Script: BLOCK_IPS_SCRIPT,
                InputPayload: {
                  Addresses: "{{ IpAddresses }}",
                  Reason: "{{ Reason }}",
                  DryRun: "{{ DryRun }}",
                  Protected: [...(props.protectedCidrs ?? [])],
                  IPv4Set: ipSetRef(blocklist.ipv4),
                  IPv6Set: ipSetRef(blocklist.ipv6),
                },
              },
              outputs: [
                { Name: "Blocked", Selector: "$.Payload.Blocked", Type: "StringList" },
                { Name: "AlreadyBlocked", Selector: "$.Payload.AlreadyBlocked", Type: "StringList" },
              ],
            },
          ],
          outputs: ["BlockAtTheEdge.Blocked", "BlockAtTheEdge.AlreadyBlocked"],
        },
        null,
        2,
      ),
      tags: { Name: name("block-ips") },
    });

    const session = props.sessionPreferences;
    if (!session) return;
    this.sessionLogGroup = new CloudwatchLogGroup(this, "session_log_group", {
      name: `/${PROJECT}/${estate.environment}/session-manager`,
      retentionInDays: session.logRetentionDays ?? 365,
      kmsKeyId: session.logKey.arn,
    });
    // Exists once per account and region; if the console already made one, import it first.
    this.sessionPreferences = new SsmDocument(this, "session_preferences", {
      name: SESSION_PREFERENCES_DOCUMENT,
      documentType: "Session",
      documentFormat: "JSON",
      content: JSON.stringify(
        {
          schemaVersion: "1.0",
          description: `Session Manager preferences (owned by securecloud ${estate.environment}): encrypted, logged sessions`,
          sessionType: "Standard_Stream",
          inputs: {
            s3BucketName: "",
            s3KeyPrefix: "",
            s3EncryptionEnabled: true,
            cloudWatchLogGroupName: this.sessionLogGroup.name,
            cloudWatchEncryptionEnabled: true,
            cloudWatchStreamingEnabled: true,
            kmsKeyId: parameterKey.key.keyId,
            runAsEnabled: false,
            runAsDefaultUser: "",
            idleSessionTimeout: "20",
            maxSessionDuration: "60",
            shellProfile: { windows: "", linux: "" },
          },
        },
        null,
        2,
      ),
      tags: { Name: SESSION_PREFERENCES_DOCUMENT },
    });
  }

  /** What applying this construct takes beyond the estate's role management: passing the runbook's role (its document names it) to ssm.amazonaws.com. */
  grantApply(grantee: IGrantable): void {
    grantPassEstateRoles(this, grantee, "ssm.amazonaws.com");
  }
}
