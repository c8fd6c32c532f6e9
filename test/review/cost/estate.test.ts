/**
 * The real estate, synthesized as `npm run synth` does, priced: every resource type is priced
 * or known to be free, Shield Advanced in prod and not in staging, the idle color's cost shown;
 * and a planted change in a head synth (Shield on in staging, one more NAT gateway) shows the
 * exact delta in the cost diff.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { Testing } from "cdktf";
import { estimatePaths } from "../../../review/cost/cli.ts";
import { costDiff } from "../../../review/cost/diff.ts";
import { PRICED_TYPES } from "../../../review/cost/estimate.ts";
import { FREE_TYPES } from "../../../review/cost/free.ts";
import type { EnvironmentEstimate } from "../../../review/cost/model.ts";
import { run as runDiff } from "../../../review/index.ts";
import { staging } from "../../../stacks/config/environments.ts";
import { loadEnvironments } from "../../../stacks/config/resolve.ts";
import type { EnvironmentConfig } from "../../../stacks/config/types.ts";
import { EstateStack } from "../../../stacks/estate-stack.ts";
import { synthEstate, withChanges } from "../../helpers/estate.ts";
import { synthWithMetadata } from "../../helpers/synth.ts";
import { capture, tempFiles } from "./helpers.ts";

const estate = synthEstate();
test.after.always(() => estate.cleanup());
const priced = estimatePaths([estate.outdir]);
const env = (name: string): EnvironmentEstimate => priced.environments.find((e) => e.name === name)!;
const resourceTypes = (name: string): string[] =>
  Object.keys((JSON.parse(readFileSync(estate.files[name]!, "utf8")) as { resource: object }).resource);

test("every resource type of both environments is priced or known to be free; nothing is unpriced", (t) => {
  for (const name of ["staging", "prod"]) {
    for (const type of resourceTypes(name)) {
      t.true(
        PRICED_TYPES.includes(type) || FREE_TYPES.has(type),
        `${name}: ${type} is neither priced nor free`,
      );
    }
    const unpricedTypes = env(name).lines.filter((l) => l.service === "unpriced");
    t.deepEqual(unpricedTypes, [], `${name}: no resource type outside the table`);
  }
});

test("every resource type the stacks can create is priced or known to be free", (t) => {
  // Every provider resource class the stacks import, whatever the configuration turns on
  // (Chatbot, the Aviatrix placeholders, Shield's account settings...), by its Terraform type.
  const stacksDir = join(import.meta.dirname, "..", "..", "..", "stacks");
  const types = new Set<string>();
  for (const file of readdirSync(stacksDir, { recursive: true }) as string[]) {
    if (!file.endsWith(".ts")) continue;
    const source = readFileSync(join(stacksDir, file), "utf8");
    for (const m of source.matchAll(/@cdktf\/provider-aws\/lib\/([a-z0-9-]+)\/index\.js/g)) {
      if (m[1] === "provider" || m[1]!.startsWith("data-aws-")) continue;
      types.add(`aws_${m[1]!.replaceAll("-", "_")}`);
    }
  }
  t.true(types.size > 40, `found ${types.size} resource types`);
  for (const type of types) {
    t.true(PRICED_TYPES.includes(type) || FREE_TYPES.has(type), `${type} is neither priced nor free`);
  }
});

test("every priced type the estate creates has priced lines", (t) => {
  for (const name of ["staging", "prod"]) {
    const e = env(name);
    for (const type of resourceTypes(name).filter((ty) => PRICED_TYPES.includes(ty))) {
      const lines = e.lines.filter((l) => l.address.startsWith(`${type}.`));
      t.true(lines.length > 0, `${name}: ${type} has no line`);
    }
    t.true(e.monthlyUsd > 0);
    t.is(e.region, "us-east-1");
    // the total is the sum of the lines, to the cent
    const sum = e.lines.reduce((s, l) => s + (l.monthlyUsd ?? 0), 0);
    t.is(e.monthlyUsd, Math.round(sum * 100) / 100);
  }
});

test("Shield Advanced in prod, none in staging", (t) => {
  const shield = (name: string) => env(name).lines.filter((l) => l.item === "Shield Advanced subscription");
  t.is(shield("prod").length, 1);
  t.is(shield("prod")[0]!.monthlyUsd, 3000);
  t.regex(shield("prod")[0]!.assumption, /one-year commitment/);
  t.deepEqual(shield("staging"), []);
  t.true(env("prod").monthlyUsd > 3000 && env("staging").monthlyUsd < 3000);
});

test("the serving color is priced at its minimum all month; the other only for the hours it is not scaled to zero", (t) => {
  for (const name of ["staging", "prod"]) {
    const estimate = env(name);
    const hours = (color: string) =>
      estimate.lines
        .filter(
          (l) =>
            l.address === `aws_ecs_service.compute_${color}_service` && l.item.startsWith("Fargate vCPU"),
        )
        .map((l) => /× ([\d.,]+) h/.exec(l.assumption)?.[1]);
    t.deepEqual(hours("blue"), ["730"], `${name}: the serving color runs all month`);
    t.deepEqual(hours("green"), ["25"], `${name}: the idle color runs the default idleColorHoursPerMonth`);
    const idle = estimate.lines.filter((l) => l.address === "aws_ecs_service.compute_green_service");
    t.is(idle.length, 2);
    for (const l of idle) t.regex(l.assumption, /scale-idle holds it at zero/);
  }
});

const shieldOnStaging: Record<string, unknown> = {
  "features.shieldAdvanced": true,
  "features.natGatewayPerAz": true,
  shield: {
    emergencyContacts: [{ email: "sre-oncall@example.com", phone: "+15555550100" }],
    proactiveEngagement: true,
    drtAccess: true,
  },
};

function writeStack(dir: string, config: EnvironmentConfig): void {
  const stack = new EstateStack(Testing.app(), loadEnvironments([config])[0]!);
  mkdirSync(join(dir, "stacks", config.name), { recursive: true });
  writeFileSync(join(dir, "stacks", config.name, "cdk.tf.json"), JSON.stringify(synthWithMetadata(stack)));
}

const planted = tempFiles({});
test.after.always(() => planted.cleanup());
writeStack(join(planted.dir, "base"), staging);
writeStack(join(planted.dir, "head"), withChanges(staging, shieldOnStaging));

test("a planted change (Shield on in staging, one more NAT gateway) shows its exact delta", (t) => {
  const dir = planted.dir;
  const diff = costDiff(
    estimatePaths([join(dir, "base")]).environments,
    estimatePaths([join(dir, "head")]).environments,
  );
  t.is(diff.environments.length, 1);
  const e = diff.environments[0]!;
  t.is(e.name, "staging");
  const line = (address: string, item: string) =>
    e.lines.find((l) => l.address === address && l.item.startsWith(item));
  // the new lines, worked by hand from the table
  t.like(line("aws_shield_protection.shield_serving_alb_protection", "Shield Advanced subscription"), {
    change: "added",
    deltaUsd: 3000,
  });
  t.like(line("aws_nat_gateway.network_nat_2", "NAT gateway hours"), { change: "added", deltaUsd: 32.85 }); // 730 h × $0.045
  t.like(line("aws_eip.network_nat_2_address", "public IPv4"), { change: "added", deltaUsd: 3.65 }); // 730 h × $0.005
  // the web ACL's fees are now covered by Shield Advanced: $5 + 9 rules × $1 = $14 saved
  t.like(line("aws_wafv2_web_acl.waf_web_acl", "web ACL"), {
    change: "changed",
    baseMonthlyUsd: 5,
    headMonthlyUsd: 0,
  });
  t.like(line("aws_wafv2_web_acl.waf_web_acl", "rules"), {
    change: "changed",
    baseMonthlyUsd: 9,
    headMonthlyUsd: 0,
  });
  // the delta is exactly the totals' difference and exactly the sum of the changed lines
  t.is(e.deltaUsd, Math.round((e.headMonthlyUsd - e.baseMonthlyUsd) * 100) / 100);
  t.is(e.deltaUsd, Math.round(e.lines.reduce((s, l) => s + l.deltaUsd, 0) * 100) / 100);
  t.true(e.deltaUsd > 3000);
});

test("the review diff carries the cost change: under `cost` in JSON, after the security changes in markdown", async (t) => {
  const args = ["--base", join(planted.dir, "base"), "--head", join(planted.dir, "head")];
  const json = capture();
  t.is(await runDiff([...args, "--format", "json"], json.io), 0, json.err.join(""));
  const cost = JSON.parse(json.out.join("")).cost;
  t.deepEqual(Object.keys(cost), ["environments"]);
  const [env] = cost.environments;
  t.deepEqual(Object.keys(env), ["name", "baseMonthlyUsd", "headMonthlyUsd", "deltaUsd", "lines"]);
  t.is(env.name, "staging");
  t.is(env.deltaUsd, Math.round((env.headMonthlyUsd - env.baseMonthlyUsd) * 100) / 100);
  t.true(
    env.lines.some(
      (l: { item: string; deltaUsd: number }) =>
        l.item === "Shield Advanced subscription" && l.deltaUsd === 3000,
    ),
  );
  const md = capture();
  t.is(await runDiff([...args, "--format", "markdown"], md.io), 0);
  const text = md.out.join("");
  const security = text.indexOf("Security-relevant changes");
  const costAt = text.indexOf("Cost change (monthly, USD)");
  t.true(security >= 0 && costAt > security, "the cost section follows the security-relevant changes");
  t.regex(text, new RegExp(`\\| \`staging\` \\| \\$${env.baseMonthlyUsd.toFixed(2).replace(".", "\\.")}`));
  t.regex(
    text,
    /\| `aws_shield_protection\.shield_serving_alb_protection` \| Shield Advanced subscription \| — \| \$3,000\.00 \| \+\$3,000\.00 \|/,
  );
});
