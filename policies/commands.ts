/**
 * `securecloud gate` as data: its options, defaults and examples, for the parser and --help.
 * Cheap to import: no engine, no rules, no AWS SDK.
 */
import type { CliCommand } from "../common/cli.ts";
import { SEVERITIES } from "../common/conventions.ts";

export const GATE_FORMATS = ["text", "json", "sarif", "github"] as const;

export const GATE: CliCommand = {
  path: "gate",
  summary: "compliance gate: rules over synthesized Terraform JSON, or live AWS Config (--live)",
  description:
    "Static: every rule over the cdk.tf.json files (a cdktf output directory is searched for stacks/*/cdk.tf.json), suppressions listed with their reasons. Live (--live): AWS Config's verdicts on the estate's rules, by their securecloud:severity tag.",
  positionals: {
    name: "PATH",
    description: "cdk.tf.json files or directories (default: cdktf.out)",
    variadic: true,
  },
  options: [
    {
      name: "fail-on",
      value: "SEVERITY",
      description: "exit 1 when a finding is at or above this severity",
      choices: SEVERITIES,
      default: "medium",
    },
    { name: "live", description: "judge the deployed estate through AWS Config instead of files" },
    { name: "region", value: "REGION", description: "with --live: the AWS region", default: "AWS_REGION" },
    { name: "evaluate", description: "with --live: start an evaluation of every rule and wait for it" },
    {
      name: "timeout",
      value: "SECONDS",
      description: "with --live: how long to wait for evaluations (1-3600)",
      default: "300",
    },
    {
      name: "insufficient-data",
      value: "MODE",
      description: "with --live: a rule without a verdict blocks or is only reported",
      choices: ["block", "report"],
      default: "report",
    },
    {
      name: "security-hub",
      description:
        "with --live: also read Security Hub's active FSBP/CIS findings (critical, high), after the suppressions in --suppressions",
    },
    {
      name: "suppressions",
      value: "PATH",
      description: "with --security-hub: the environment's synthesized stack (its suppressions apply)",
    },
  ],
  outputs: GATE_FORMATS,
  examples: [
    "securecloud gate",
    "securecloud gate cdktf.out --fail-on high -o sarif > gate.sarif",
    "securecloud gate --live --region us-east-1 --evaluate --timeout 600",
    "securecloud gate --live --security-hub --suppressions cdktf.out/stacks/prod --fail-on high",
  ],
  exitCodes:
    "0 nothing at or above --fail-on; 1 findings, a broken suppression, or a live-gate failure; 2 bad input (one error line)",
};
