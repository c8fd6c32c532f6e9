/**
 * An SSM Automation runbook of one Python step (aws:executeScript, Python 3.11): the document
 * and the role it runs as, trusted only by Systems Manager automation executions of this
 * account. What the estate's runbooks share; each gives its script, inputs and outputs, and
 * grants its role what the script calls.
 */
import type { IamRole } from "@cdktf/provider-aws/lib/iam-role/index.js";
import { SsmDocument } from "@cdktf/provider-aws/lib/ssm-document/index.js";
import type { Construct } from "constructs";
import type { EstateContext } from "./estate-context.ts";
import { policyDocument } from "./policy.ts";

/** The trust of a role only this account's automation executions assume. */
export function automationTrust(estate: EstateContext): string {
  return policyDocument([
    {
      Effect: "Allow",
      Principal: { Service: "ssm.amazonaws.com" },
      Action: "sts:AssumeRole",
      Condition: {
        StringEquals: { "aws:SourceAccount": estate.accountId },
        ArnLike: { "aws:SourceArn": estate.arn("ssm", "automation-execution/*") },
      },
    },
  ]);
}

export interface ScriptRunbookProps {
  readonly name: string;
  readonly description: string;
  readonly role: IamRole;
  /** The document's parameters (SSM Automation parameter definitions). */
  readonly parameters: Record<string, unknown>;
  readonly step: string;
  readonly script: string;
  readonly payload: Record<string, unknown>;
  /** Step outputs: name → [selector under $.Payload, type]. */
  readonly outputs: Record<string, readonly [string, "String" | "StringList" | "Integer"]>;
  /** @default 120 */
  readonly timeoutSeconds?: number;
}

/** The Automation document running `script` as `role`. */
export function scriptRunbook(scope: Construct, id: string, props: ScriptRunbookProps): SsmDocument {
  return new SsmDocument(scope, id, {
    name: props.name,
    documentType: "Automation",
    documentFormat: "JSON",
    content: JSON.stringify(
      {
        schemaVersion: "0.3",
        description: props.description,
        // Fixed, not a parameter: the runbook only ever runs as its own narrow role.
        assumeRole: props.role.arn,
        parameters: props.parameters,
        mainSteps: [
          {
            name: props.step,
            action: "aws:executeScript",
            timeoutSeconds: props.timeoutSeconds ?? 120,
            onFailure: "Abort",
            isEnd: true,
            inputs: {
              Runtime: "python3.11",
              Handler: "handler",
              Script: props.script,
              InputPayload: props.payload,
            },
            outputs: Object.entries(props.outputs).map(([Name, [selector, Type]]) => ({
              Name,
              Selector: `$.Payload.${selector}`,
              Type,
            })),
          },
        ],
        outputs: Object.keys(props.outputs).map((o) => `${props.step}.${o}`),
      },
      null,
      2,
    ),
    tags: { Name: props.name },
  });
}
