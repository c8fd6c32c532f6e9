/**
 * The rule catalog: every rule is complete data, its control ids are well-formed and the
 * documented mappings hold, and every rule has a failing and a compliant case in the tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { customRules } from "../../stacks/custom-config-rules.ts";

const CUSTOM_RULE_IDS = customRules("prod", { alb: "alb", albSecurityGroup: "sg" }).map((r) => r.id);

import { SEVERITIES } from "../../common/conventions.ts";
import { RULES } from "../../policies/rules/index.ts";

test("every rule is complete data with a stable, unique id", (t) => {
  const ids = RULES.map((r) => r.id);
  t.is(new Set(ids).size, ids.length);
  for (const r of RULES) {
    t.regex(r.id, /^SC-[A-Z0-9]+-\d{3}$/);
    t.true(r.title.length > 10, r.id);
    t.true((SEVERITIES as readonly string[]).includes(r.severity), r.id);
    t.true(r.rationale.length >= 40, `${r.id} rationale`);
    t.true(r.remediation.length >= 20, `${r.id} remediation`);
    t.true(r.resourceTypes.length > 0 && r.resourceTypes.every((x) => /^aws_[a-z0-9_]+$/.test(x)), r.id);
    for (const c of r.controls.fsbp) t.regex(c, /^[A-Za-z0-9]+\.\d+$/, `${r.id} FSBP ${c}`);
    for (const c of r.controls.cis) t.regex(c, /^v\d+\.\d+\.\d+ \d+(\.\d+)*$/, `${r.id} CIS ${c}`);
    for (const c of r.awsConfigRules) {
      // A managed rule's identifier, or one of the estate's own custom policy rules.
      const custom = /^securecloud-<env>-([a-z0-9-]+) \(custom\)$/.exec(c);
      if (custom)
        t.true(
          CUSTOM_RULE_IDS.includes(custom[1]!),
          `${r.id} Config ${c} is a custom rule the stacks create`,
        );
      else t.regex(c, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${r.id} Config ${c}`);
    }
    t.true(Object.isFrozen(r), `${r.id} is frozen`);
  }
});

test("the documented control mappings hold", (t) => {
  // Security Hub FSBP and CIS AWS Foundations v3.0.0 ids, from the Security Hub control reference
  const expected: Record<string, { fsbp?: string[]; cis?: string[] }> = {
    "SC-ELB-001": { fsbp: ["ELB.1"] },
    "SC-ELB-002": { fsbp: ["ELB.17"] },
    "SC-ELB-003": { fsbp: ["ELB.4"] },
    "SC-ELB-004": { fsbp: ["ELB.5"] },
    "SC-ELB-005": { fsbp: ["ELB.6"] },
    "SC-ELB-006": { fsbp: ["ELB.12"] },
    "SC-WAF-001": { fsbp: ["ELB.16"] },
    "SC-WAF-005": { fsbp: ["WAF.11"] },
    "SC-NET-001": { fsbp: ["EC2.13", "EC2.14", "EC2.53", "EC2.54"], cis: ["v3.0.0 5.2", "v3.0.0 5.3"] },
    "SC-NET-002": { fsbp: ["EC2.18", "EC2.19"] },
    "SC-NET-003": { fsbp: ["EC2.2"], cis: ["v3.0.0 5.4"] },
    "SC-NET-004": { fsbp: ["EC2.6"], cis: ["v3.0.0 3.7"] },
    "SC-CT-001": { fsbp: ["CloudTrail.1", "CloudTrail.3"], cis: ["v3.0.0 3.1"] },
    "SC-CT-002": { fsbp: ["CloudTrail.4"], cis: ["v3.0.0 3.2"] },
    "SC-CT-003": { fsbp: ["CloudTrail.2"], cis: ["v3.0.0 3.5"] },
    "SC-CT-004": { fsbp: ["CloudTrail.5"], cis: ["v1.4.0 3.4"] },
    "SC-CT-005": { fsbp: ["CloudTrail.7"], cis: ["v3.0.0 3.4"] },
    "SC-CFG-001": { fsbp: ["Config.1"], cis: ["v3.0.0 3.3"] },
    "SC-GD-001": { fsbp: ["GuardDuty.1"] },
    "SC-GD-002": { fsbp: ["GuardDuty.12"] },
    "SC-KMS-001": { fsbp: ["KMS.4"], cis: ["v3.0.0 3.6"] },
    "SC-S3-001": { fsbp: ["S3.8", "S3.1"], cis: ["v3.0.0 2.1.4"] },
    "SC-S3-003": { fsbp: ["S3.5"], cis: ["v3.0.0 2.1.1"] },
    "SC-S3-004": { fsbp: ["S3.2", "S3.3"] },
    "SC-SNS-001": { fsbp: ["SNS.1"] },
    "SC-ECS-001": { fsbp: ["ECS.2", "ECS.16"] },
    "SC-ECS-002": { fsbp: ["ECS.4"] },
    "SC-ECS-004": { fsbp: ["ECS.5"] },
    "SC-ECS-005": { fsbp: ["ECS.8"] },
    "SC-ECS-006": { fsbp: ["ECS.12"] },
    "SC-IAM-001": { fsbp: ["IAM.1"], cis: ["v3.0.0 1.16"] },
    "SC-LOG-001": { fsbp: ["CloudWatch.16"] },
  };
  for (const [id, want] of Object.entries(expected)) {
    const rule = RULES.find((r) => r.id === id);
    t.truthy(rule, id);
    t.deepEqual(rule?.controls.fsbp, want.fsbp ?? [], `${id} FSBP`);
    t.deepEqual(rule?.controls.cis, want.cis ?? [], `${id} CIS`);
  }
});

test("every rule has a failing and a compliant case in the rule tests", (t) => {
  const dir = import.meta.dirname;
  const sources = readdirSync(dir)
    .filter((f) => /^rules-.*\.test\.ts$/.test(f))
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("\n");
  for (const r of RULES) {
    const start = sources.indexOf(`rule("${r.id}", [`);
    t.true(start >= 0, `${r.id} has a rule(...) table (which also checks the compliant fixture)`);
    const block = sources.slice(start, sources.indexOf("\n]);", start));
    t.true(/\bfail\(/.test(block), `${r.id} has a failing case`);
  }
});
