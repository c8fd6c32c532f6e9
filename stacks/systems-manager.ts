import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import { SsmDocument } from "@cdktf/provider-aws/lib/ssm-document/index.js";
import { SsmParameter } from "@cdktf/provider-aws/lib/ssm-parameter/index.js";
import type { Wafv2IpSet } from "@cdktf/provider-aws/lib/wafv2-ip-set/index.js";
import { Construct } from "constructs";
import { PROJECT, resourceName } from "../common/conventions.ts";
import type { BlueGreenService } from "./blue-green-service.ts";
import type { EnvironmentConfig } from "./config/types.ts";
import type { EstateKeys } from "./keys.ts";
import { policyDocument } from "./policy.ts";

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

/**
 * The runbook's script (aws:executeScript, Python 3.11, boto3): validates every address
 * before writing anything, merges the new ones (those no listed range already covers) into
 * the blocklist IP set of their family under WAF's lock token (retrying when someone else wrote in between), keeps the set's
 * description, and reports what it blocked and what already was.
 */
export const BLOCK_IPS_SCRIPT = `import ipaddress
import time

import boto3
from botocore.exceptions import ClientError

# Ranges wider than these are a reviewed change to the web ACL, not a runbook at 3 a.m.
WIDEST_PREFIX = {4: 16, 6: 32}
IP_SET_LIMIT = 10000
ATTEMPTS = 5


def parse(values, protected):
    allowlist = [ipaddress.ip_network(p) for p in protected]
    problems, networks = [], []
    for raw in values:
        text = str(raw).strip()
        shown = repr(text[:60])
        try:
            if "/" not in text:
                raise ValueError("a prefix length is required, /32 or /128 for one address")
            network = ipaddress.ip_network(text, strict=True)
        except ValueError as err:
            problems.append(f"{shown} is not an IPv4 or IPv6 CIDR ({err})")
            continue
        if network.prefixlen < WIDEST_PREFIX[network.version]:
            problems.append(f"{shown} is wider than /{WIDEST_PREFIX[network.version]}")
            continue
        clash = [str(a) for a in allowlist if a.version == network.version and a.overlaps(network)]
        if clash:
            problems.append(f"{shown} overlaps the ops allowlist ({', '.join(clash)})")
            continue
        if network not in networks:
            networks.append(network)
    if problems:
        raise ValueError("nothing blocked: " + "; ".join(problems))
    return networks


def merge(waf, ip_set, networks, dry_run):
    for attempt in range(ATTEMPTS):
        got = waf.get_ip_set(Name=ip_set["Name"], Scope=ip_set["Scope"], Id=ip_set["Id"])
        current = got["IPSet"]["Addresses"]
        present = [ipaddress.ip_network(a, strict=False) for a in current]
        new = [n for n in networks if not any(n.version == p.version and n.subnet_of(p) for p in present)]
        if not new or dry_run:
            return [str(n) for n in new]
        if len(current) + len(new) > IP_SET_LIMIT:
            raise ValueError(f"{ip_set['Name']} would hold more than {IP_SET_LIMIT} addresses")
        update = {
            "Name": ip_set["Name"],
            "Scope": ip_set["Scope"],
            "Id": ip_set["Id"],
            "Addresses": current + [str(n) for n in new],
            "LockToken": got["LockToken"],
        }
        if got["IPSet"].get("Description"):
            update["Description"] = got["IPSet"]["Description"]
        try:
            waf.update_ip_set(**update)
            return [str(n) for n in new]
        except ClientError as err:
            if err.response["Error"]["Code"] != "WAFOptimisticLockException" or attempt == ATTEMPTS - 1:
                raise
            time.sleep(0.5 * (attempt + 1))


def handler(events, context):
    networks = parse(events["Addresses"], events.get("Protected", []))
    dry_run = str(events.get("DryRun", False)).lower() == "true"
    waf = boto3.client("wafv2")
    blocked, already = [], []
    for version, key in ((4, "IPv4Set"), (6, "IPv6Set")):
        mine = [n for n in networks if n.version == version]
        if not mine:
            continue
        added = merge(waf, events[key], mine, dry_run)
        blocked += added
        already += [str(n) for n in mine if str(n) not in added]
    return {"Blocked": blocked, "AlreadyBlocked": already, "DryRun": dry_run}
`;

export interface SystemsManagerProps {
  readonly env: EnvironmentConfig;
  readonly keys: EstateKeys;
  /** Receives the parameters as container secrets. */
  readonly service: BlueGreenService;
  /** The WAF blocklist the runbook writes to, one IP set per address family. */
  readonly blocklist: { readonly ipv4: Wafv2IpSet; readonly ipv6: Wafv2IpSet };
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
    const { env, keys, service, blocklist } = props;
    const name = (...purpose: string[]) => resourceName(env.name, ...purpose);
    const parameterName = (variable: string) => `/${PROJECT}/${env.name}/service/${variable}`;

    const params = env.serviceParameters ?? { settings: {}, secrets: [] };
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
        keyId: keys.ssm.arn,
        ...value,
        tags: { Name: parameterName(variable), "securecloud:parameter-kind": kind },
      });
      this.parameters.push(p);
      service.addSecret(variable, p.arn, keys.ssm.arn);
    };
    for (const [variable, value] of Object.entries(params.settings)) {
      parameter(variable, { value }, `Service setting ${variable} (from the environment configuration)`);
    }
    for (const variable of params.secrets) {
      parameter(
        variable,
        { valueWo: SECRET_PLACEHOLDER, valueWoVersion: 1 },
        `Service secret ${variable}: set with put-parameter --overwrite; Terraform never reads it`,
      );
    }

    this.blockIpsRole = new IamRole(this, "block_ips_role", {
      name: name("block-ips-runbook"),
      description: "The block-ips runbook: read and update the WAF blocklist IP sets, nothing else",
      assumeRolePolicy: policyDocument([
        {
          Effect: "Allow",
          Principal: { Service: "ssm.amazonaws.com" },
          Action: "sts:AssumeRole",
          Condition: {
            StringEquals: { "aws:SourceAccount": env.accountId },
            ArnLike: { "aws:SourceArn": `arn:aws:ssm:${env.region}:${env.accountId}:automation-execution/*` },
          },
        },
      ]),
    });
    new IamRolePolicy(this, "block_ips_role_policy", {
      name: "update-blocklist",
      role: this.blockIpsRole.id,
      policy: policyDocument([
        {
          Sid: "UpdateTheBlocklistOnly",
          Effect: "Allow",
          Action: ["wafv2:GetIPSet", "wafv2:UpdateIPSet"],
          Resource: [blocklist.ipv4.arn, blocklist.ipv6.arn],
        },
      ]),
    });

    const ipSetRef = (set: Wafv2IpSet) => ({ Name: set.name, Id: set.id, Scope: "REGIONAL" });
    this.blockIpsDocument = new SsmDocument(this, "block_ips", {
      name: name("block-ips"),
      documentType: "Automation",
      documentFormat: "JSON",
      content: JSON.stringify(
        {
          schemaVersion: "0.3",
          description: `Blocks IPv4/IPv6 CIDRs at the edge of securecloud ${env.name}: adds them to the WAF blocklist.`,
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
                  Protected: [...env.opsCidrs],
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

    if (!env.accountSettingsOwner) return;
    this.sessionLogGroup = new CloudwatchLogGroup(this, "session_log_group", {
      name: `/${PROJECT}/${env.name}/session-manager`,
      retentionInDays: env.logRetentionDays,
      kmsKeyId: keys.logs.arn,
    });
    // Exists once per account and region; if the console already made one, import it first.
    this.sessionPreferences = new SsmDocument(this, "session_preferences", {
      name: SESSION_PREFERENCES_DOCUMENT,
      documentType: "Session",
      documentFormat: "JSON",
      content: JSON.stringify(
        {
          schemaVersion: "1.0",
          description: `Session Manager preferences (owned by securecloud ${env.name}): encrypted, logged sessions`,
          sessionType: "Standard_Stream",
          inputs: {
            s3BucketName: "",
            s3KeyPrefix: "",
            s3EncryptionEnabled: true,
            cloudWatchLogGroupName: this.sessionLogGroup.name,
            cloudWatchEncryptionEnabled: true,
            cloudWatchStreamingEnabled: true,
            kmsKeyId: keys.ssm.key.keyId,
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
}
