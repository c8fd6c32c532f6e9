/**
 * `securecloud posture` as data: its options, defaults and examples, for the parser and --help.
 * Cheap to import: no AWS SDK.
 */
import type { CliCommand } from "../../common/cli.ts";
import { SEVERITIES } from "../../common/conventions.ts";

export const POSTURE: CliCommand = {
  path: "posture",
  summary: "weekly posture of one environment: AWS Config and Security Hub findings, Markdown and SARIF",
  description:
    "The live gate over AWS Config and Security Hub's active FSBP/CIS findings (critical, high), after the suppressions recorded in the environment's synthesized stack: findings by severity and control, new in the last days, Config rules not compliant, suppressions about to expire.",
  options: [
    { name: "environment", value: "NAME", description: "the environment reported on", required: true },
    { name: "region", value: "REGION", description: "the AWS region", default: "AWS_REGION" },
    {
      name: "suppressions",
      value: "PATH",
      description: "the environment's synthesized stack",
      default: "cdktf.out/stacks/<environment>",
    },
    {
      name: "fail-on",
      value: "SEVERITY",
      description: "exit 1 when an unsuppressed finding is at or above this severity",
      choices: SEVERITIES,
      default: "high",
    },
    { name: "markdown", value: "FILE", description: "also write the Markdown report here" },
    { name: "sarif", value: "FILE", description: "write SARIF 2.1.0 here" },
    {
      name: "summary-file",
      value: "FILE",
      description: "append the Markdown report (e.g. $GITHUB_STEP_SUMMARY)",
    },
    {
      name: "new-days",
      value: "DAYS",
      description: "a finding first seen within this many days is new",
      default: "7",
    },
    {
      name: "expiring-days",
      value: "DAYS",
      description: "list suppressions expiring within this many days",
      default: "14",
    },
    { name: "skip-config", description: "Security Hub only (no AWS Config live gate)" },
  ],
  outputs: ["markdown", "json"],
  examples: [
    "securecloud posture --environment prod --region us-east-1 --markdown posture.md --sarif posture.sarif",
    "securecloud posture --environment staging --suppressions cdktf.out/stacks/staging -o json",
  ],
  exitCodes:
    "0 nothing blocks; 1 a blocking finding, an expired or broken suppression, or AWS could not be asked; 2 bad input (one error line)",
};
