/**
 * `securecloud diff` as data: its options and examples, for the parser and --help.
 */
import type { CliCommand } from "../common/cli.ts";

export const DIFF_FORMATS = ["markdown", "json", "text"] as const;

export const DIFF: CliCommand = {
  path: "diff",
  summary: "review diff of two synth outputs, security-relevant changes first",
  description:
    "Resources added, removed and changed, attribute by attribute, with security-relevant changes flagged and explained. Needs no cloud credentials. DIR is a cdktf output directory (stacks/<name>/cdk.tf.json), one stack directory, or one cdk.tf.json file.",
  options: [
    { name: "base", value: "DIR", description: "the synth before the change", required: true },
    { name: "head", value: "DIR", description: "the synth after the change", required: true },
    { name: "fail-on-security", description: "exit 1 when anything security-relevant changed" },
  ],
  outputs: DIFF_FORMATS,
  examples: [
    "securecloud diff --base ../main/cdktf.out --head cdktf.out",
    "securecloud diff --base base/cdktf.out --head cdktf.out -o json --fail-on-security",
  ],
  exitCodes:
    "0 compared (a diff is information); 1 with --fail-on-security, something security-relevant changed; 2 bad input (one error line)",
};
