#!/usr/bin/env node
/**
 * `securecloud`: one binary over every folder's commands. Each command's module is loaded only
 * when that command runs, so `securecloud gate` never pays for the AWS SDK clients of
 * `traffic`, and a rollback never loads the policy engine.
 *
 *   securecloud traffic status|shift|rollback ...   delivery/ (ALB weights, rollout record)
 *   securecloud deploy ...                          delivery/ (the idle color's ECS service)
 *   securecloud gate [PATH ...] | --live ...        policies/ (static and live compliance gates)
 *   securecloud diff --base DIR --head DIR ...      review/ (review diff of two synths)
 */
import { EXIT, errorLine, UsageError } from "../common/conventions.ts";

type Run = (argv: string[]) => Promise<number>;

/** Command → loader of a `run` that takes the argv after the binary's name. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Run> }> = {
  traffic: {
    summary: "traffic status|shift|rollback: ALB weights between blue and green",
    load: async () => (await import("../delivery/cli.ts")).run,
  },
  deploy: {
    summary: "deploy the idle color's ECS service with a new image",
    load: async () => (await import("../delivery/cli.ts")).run,
  },
  gate: {
    summary: "compliance gate: rules over synthesized Terraform JSON, or live AWS Config (--live)",
    load: async () => {
      const { run } = await import("../policies/cli.ts");
      return (argv) => run(argv.slice(1));
    },
  },
  diff: {
    summary: "review diff of two synth outputs, security-relevant changes first",
    load: async () => {
      const { run } = await import("../review/index.ts");
      return (argv) => run(argv.slice(1));
    },
  },
};

export const USAGE = `usage: securecloud <command> [options]   (securecloud <command> --help for its options)
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join("\n")}
exit codes: 0 ok, 1 a check failed, 2 bad input (nothing changed)
`;

export async function main(argv: string[]): Promise<number> {
  const [name] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(
      `${errorLine(new UsageError("command", `unknown command "${name}" (expected ${Object.keys(COMMANDS).join(", ")})`))}\n`,
    );
    return EXIT.usage;
  }
  const run = await command.load();
  return run(argv);
}

process.exitCode = await main(process.argv.slice(2));
