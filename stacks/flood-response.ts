import { readFileSync } from "node:fs";
import { CloudwatchQueryDefinition } from "@cdktf/provider-aws/lib/cloudwatch-query-definition/index.js";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import type { SsmDocument } from "@cdktf/provider-aws/lib/ssm-document/index.js";
import { Construct } from "constructs";
import { RATE_LIMIT_CEILING, RATE_LIMIT_MINIMUM } from "../common/edge-limits.ts";
import { FLOOD_RUNBOOK } from "./alert-routes.ts";
import { automationTrust, scriptRunbook } from "./automation-runbook.ts";
import { EstateContext } from "./estate-context.ts";
import { FLOOD_QUERIES, floodQueryName } from "./flood-queries.ts";
import { grantPassEstateRoles, type IGrantable } from "./grantable-role.ts";
import { policyDocument } from "./policy.ts";

/** The set-rate-limit runbook's script (aws:executeScript, Python 3.11), tested against moto. */
export const SET_RATE_LIMIT_SCRIPT = readFileSync(
  new URL("./assets/set_rate_limit.py", import.meta.url),
  "utf8",
);

export interface FloodResponseProps {
  /** The WAF's full request log, which the who/what queries read. */
  readonly wafLogGroupName: string;
  /** The service's log (both colors), which the 5xx-by-color query reads. */
  readonly serviceLogGroupName: string;
  /** The web ACL whose per-IP limit the set-rate-limit runbook changes. */
  readonly webAcl: { readonly name: string; readonly id: string; readonly arn: string };
  /**
   * The per-IP rate rule's name.
   * @default "rate-limit-per-ip"
   */
  readonly rateRuleName?: string;
}

/**
 * What the on-call engineer reaches for during a flood (docs/runbooks/ip-flood.md): the Logs
 * Insights queries saved in the account (top client IPs, top URIs, blocked by rule, 5xx by
 * color), and the `set-rate-limit` runbook that lowers the per-IP limit in place, within the
 * estate's bounds, without a release. Terraform still owns the limit: the next deploy puts the
 * configured one back.
 */
export class FloodResponse extends Construct {
  readonly queries: CloudwatchQueryDefinition[] = [];
  readonly setRateLimitDocument: SsmDocument;
  readonly setRateLimitRole: IamRole;

  constructor(scope: Construct, id: string, props: FloodResponseProps) {
    super(scope, id);
    const estate = EstateContext.of(this);
    const name = (...purpose: string[]) => estate.name(...purpose);

    for (const q of FLOOD_QUERIES) {
      this.queries.push(
        new CloudwatchQueryDefinition(this, `query_${q.id.replaceAll("-", "_")}`, {
          name: floodQueryName(estate.environment, q.id),
          logGroupNames: [q.log === "waf" ? props.wafLogGroupName : props.serviceLogGroupName],
          queryString: q.query,
        }),
      );
    }

    this.setRateLimitRole = new IamRole(this, "set_rate_limit_role", {
      name: name("set-rate-limit"),
      description: "The set-rate-limit runbook: read and update the edge web ACL, nothing else",
      assumeRolePolicy: automationTrust(estate),
    });
    new IamRolePolicy(this, "set_rate_limit_role_policy", {
      name: "update-web-acl",
      role: this.setRateLimitRole.id,
      policy: policyDocument([
        {
          Sid: "UpdateTheWebAcl",
          Effect: "Allow",
          Action: ["wafv2:GetWebACL", "wafv2:UpdateWebACL"],
          Resource: props.webAcl.arn,
        },
        {
          // UpdateWebACL also authorizes every IP set, regex set and rule group the ACL references.
          Sid: "ReferencedByTheWebAcl",
          Effect: "Allow",
          Action: [
            "wafv2:GetIPSet",
            "wafv2:GetRegexPatternSet",
            "wafv2:GetRuleGroup",
            "wafv2:GetManagedRuleSet",
          ],
          Resource: [
            estate.arn("wafv2", "regional/ipset/*"),
            estate.arn("wafv2", "regional/regexpatternset/*"),
            estate.arn("wafv2", "regional/rulegroup/*"),
            estate.arn("wafv2", "regional/managedruleset/*"),
          ],
        },
      ]),
    });
    const documentName = name("set-rate-limit");
    this.setRateLimitDocument = scriptRunbook(this, "set_rate_limit", {
      name: documentName,
      description: `Sets the per-IP rate limit of securecloud ${estate.environment}'s web ACL now (${RATE_LIMIT_MINIMUM}..${RATE_LIMIT_CEILING} requests per 5 minutes); the next deploy restores the configured one. See ${FLOOD_RUNBOOK}.`,
      role: this.setRateLimitRole,
      parameters: {
        Limit: {
          type: "String",
          description: `Requests per 5 minutes per address, ${RATE_LIMIT_MINIMUM}..${RATE_LIMIT_CEILING}`,
          allowedPattern: "^[1-9][0-9]{1,4}$",
        },
        Reason: {
          type: "String",
          description: "Why (incident, ticket): kept in the execution history.",
          allowedPattern: "^[\\w .,:;#()/@+-]{3,200}$",
        },
      },
      step: "SetRateLimit",
      script: SET_RATE_LIMIT_SCRIPT,
      payload: {
        Limit: "{{ Limit }}",
        Reason: "{{ Reason }}",
        RuleName: props.rateRuleName ?? "rate-limit-per-ip",
        Minimum: RATE_LIMIT_MINIMUM,
        Maximum: RATE_LIMIT_CEILING,
        WebAcl: { Name: props.webAcl.name, Id: props.webAcl.id, Scope: "REGIONAL" },
      },
      outputs: { Previous: ["Previous", "Integer"], Limit: ["Limit", "Integer"] },
    });
  }

  /** What applying it takes: the set-rate-limit role is Systems Manager's to assume. */
  grantApply(grantee: IGrantable): void {
    grantPassEstateRoles(this, grantee, "ssm.amazonaws.com");
  }
}
