/**
 * `securecloud cost` as data: its options and examples, for the parser and --help.
 * Cheap to import: no reader, no price table.
 */
import type { CliCommand } from "../../common/cli.ts";

export const COST_FORMATS = ["text", "json", "markdown"] as const;

export const COST: CliCommand = {
  path: "cost",
  summary: "monthly cost of each synthesized environment, line by line (offline price table)",
  description:
    "Prices every resource of each synthesized stack from the committed price table (review/cost/prices.json) and the usage assumptions the stacks recorded: quantity, unit price and assumption per line, subtotals by AWS service, a total per environment. No AWS account or pricing API.",
  positionals: {
    name: "DIR",
    description: "a cdktf output directory, stack directories or cdk.tf.json files",
    variadic: true,
  },
  options: [
    { name: "env", value: "NAME", description: "only this environment (stack name)" },
    {
      name: "prices",
      value: "FILE",
      description: "another price table (refresh.ts output)",
      default: "review/cost/prices.json",
    },
  ],
  outputs: COST_FORMATS,
  examples: ["securecloud cost cdktf.out", "securecloud cost cdktf.out --env prod -o json"],
  exitCodes:
    "0 estimated; 2 bad input (one error line: a region or price the table lacks, a bad usage assumption, a bad path or flag)",
};
