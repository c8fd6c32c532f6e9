/**
 * The flood runbook's commands against the estate they act on: every document, parameter,
 * saved query, log group, web ACL, rule, role and dashboard a command names exists in the
 * synthesized stack of each environment, every runbook parameter the commands pass is one the
 * document declares and passes its allowedPattern, every step that changes something says how
 * to undo it, and the drill line is one `securecloud drill` accepts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { parseDrillArgs } from "../../drill/options.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import { FLOOD_QUERIES } from "../../stacks/flood-queries.ts";
import { synthEnvironment } from "../helpers/estate.ts";
import { type Block, resources, type TerraformDocument } from "../helpers/terraform.ts";

const RUNBOOK = readFileSync(
  join(import.meta.dirname, "..", "..", "docs", "runbooks", "ip-flood.md"),
  "utf8",
);
const docs: Record<string, TerraformDocument> = {
  staging: synthEnvironment(staging).doc,
  prod: synthEnvironment(prod).doc,
};

/** The shell lines of the runbook's ```sh blocks, with $ENV and $REGION put in. */
function commands(envName: string): string[] {
  const blocks = [...RUNBOOK.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split("\n"))
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.replaceAll("$ENV", envName).replaceAll("$REGION", "us-east-1"));
}

const values = (doc: TerraformDocument, type: string) => Object.values(resources(doc, type)) as Block[];

for (const envName of ["staging", "prod"] as const) {
  const doc = docs[envName]!;
  const lines = commands(envName);

  test(`${envName}: every runbook it starts exists, with the parameters the command passes, valid`, (t) => {
    const started = lines.filter((l) => l.includes("aws ssm start-automation-execution"));
    t.true(started.length >= 3);
    const documents = new Map(
      values(doc, "aws_ssm_document").map((d) => [String(d.name), JSON.parse(String(d.content))]),
    );
    for (const line of started) {
      const name = /--document-name "([^"]+)"/.exec(line)![1]!;
      const content = documents.get(name);
      t.truthy(content, `${name} is in the ${envName} stack`);
      const params = JSON.parse(/--parameters '([^']+)'/.exec(line)![1]!) as Record<string, string[]>;
      for (const [key, list] of Object.entries(params)) {
        const declared = content.parameters[key];
        t.truthy(declared, `${name} declares ${key}`);
        t.true(Array.isArray(list), `${key} is a list, as StartAutomationExecution takes it`);
        if (declared.allowedPattern) {
          for (const v of list) t.regex(v, new RegExp(declared.allowedPattern), `${name} ${key}=${v}`);
        }
      }
      const required = Object.entries(content.parameters as Record<string, { default?: unknown }>)
        .filter(([, p]) => p.default === undefined)
        .map(([k]) => k);
      for (const key of required) t.true(key in params, `${name} needs ${key}`);
    }
  });

  test(`${envName}: the parameters, queries, log groups, web ACL, rule and dashboard it names exist`, (t) => {
    const parameters = new Map(values(doc, "aws_ssm_parameter").map((p) => [String(p.name), p]));
    for (const line of lines.filter((l) => l.includes("aws ssm put-parameter"))) {
      const name = /--name "([^"]+)"/.exec(line)![1]!;
      const p = parameters.get(name);
      t.truthy(p, name);
      const value = /--value '?([^' ]+)'?/.exec(line)![1]!;
      if (p!.allowed_pattern) t.regex(value, new RegExp(String(p!.allowed_pattern)), `${name}=${value}`);
    }
    const queries = new Map(values(doc, "aws_cloudwatch_query_definition").map((q) => [String(q.name), q]));
    const prefixes = lines.flatMap((l) =>
      [...l.matchAll(/--query-definition-name-prefix "([^"]+)"/g)].map((m) => m[1]!),
    );
    t.true(prefixes.length >= 2);
    for (const prefix of prefixes) t.truthy(queries.get(prefix), prefix);
    // Each start-query reads the log group its saved query names.
    const logGroups = new Set(values(doc, "aws_cloudwatch_log_group").map((g) => String(g.name)));
    for (const line of lines.filter((l) => l.includes("aws logs start-query"))) {
      const group = /--log-group-names "([^"]+)"/.exec(line)![1]!;
      t.true(logGroups.has(group), `${group} exists`);
    }
    for (const id of FLOOD_QUERIES.map((q) => q.id))
      t.true(RUNBOOK.includes(`securecloud-$ENV-ip-flood-${id}`), id);
    const acl = values(doc, "aws_wafv2_web_acl")[0]!;
    t.true(lines.some((l) => l.includes(`--web-acl-name "${acl.name}"`)));
    t.true((acl.rule as Block[]).some((r) => r.name === "rate-limit-per-ip"));
    t.true(
      values(doc, "aws_cloudwatch_dashboard").some((d) =>
        RUNBOOK.includes(String(d.dashboard_name).replace(envName, "$ENV")),
      ),
    );
  });

  test(`${envName}: the drill line is one securecloud drill accepts`, (t) => {
    const drill = /`securecloud drill ([^`]+)`/.exec(RUNBOOK)![1]!.split(/\s+/);
    t.notThrows(() => parseDrillArgs(drill));
  });
}

test("prod: the Shield Response Team's role the runbook names exists", (t) => {
  const roles = values(docs.prod!, "aws_iam_role").map((r) => String(r.name));
  t.true(roles.includes("securecloud-prod-shield-response-team"));
});

test("every step that changes something says how to undo it", (t) => {
  const steps = RUNBOOK.split(/^## /m).slice(1);
  for (const step of steps) {
    const changes = /start-automation-execution|put-parameter|associate-drt-log-bucket|create-case/.test(
      step,
    );
    if (changes) t.regex(step, /\*\*Undo\.\*\*/, step.split("\n")[0]!);
  }
});
