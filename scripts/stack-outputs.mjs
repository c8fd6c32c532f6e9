#!/usr/bin/env node
// Reads `terraform output -json` and prints the outputs the deploy steps use as `key=value`
// lines for $GITHUB_OUTPUT. A missing or malformed output stops the deploy before anything
// reaches AWS with it: one line on stderr, exit 1.
//
//   node scripts/stack-outputs.mjs outputs.json >> "$GITHUB_OUTPUT"
import { readFileSync } from "node:fs";

/** Step output name → Terraform output name. */
export const OUTPUTS = {
  listener: "production_listener_arn",
  cluster: "cluster_name",
  repository: "ecr_repository_url",
  "service-url": "service_url",
};

const SAFE = /^[A-Za-z0-9:/._-]+$/;

/** `key=value` lines, or throws naming the first output that is missing or malformed. */
export function outputLines(outputs) {
  return Object.entries(OUTPUTS).map(([key, name]) => {
    const value = outputs?.[name]?.value;
    if (typeof value !== "string" || !SAFE.test(value))
      throw new Error(`output ${name} is missing or malformed`);
    return `${key}=${value}`;
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  try {
    const [file] = process.argv.slice(2);
    if (!file) throw new Error("usage: node scripts/stack-outputs.mjs OUTPUTS_JSON");
    process.stdout.write(`${outputLines(JSON.parse(readFileSync(file, "utf8"))).join("\n")}\n`);
  } catch (e) {
    process.stderr.write(`error: stack outputs: ${e.message.split("\n")[0]}\n`);
    process.exitCode = 1;
  }
}
