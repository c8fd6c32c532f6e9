// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform expressions in synthesized JSON are written ${...}
/**
 * Property tests on the real synthesized estate: for generated values of each class (any
 * subject that is not a role's intended one, any wide or foreign CIDR, any retention under a
 * year, any deregistration delay under the drain window, any health-check path but the
 * readiness path...), the mutated estate makes the rule fire; for generated compliant values
 * it stays quiet. The rule is written for the class, these check it holds for the class.
 */
import { readFileSync } from "node:fs";
import test from "ava";
import fc from "fast-check";
import { applyPatch, type Json, type Op } from "../fixtures/corpus/patch.ts";
import { blocking } from "../fixtures/corpus/run.ts";
import { synthEstate } from "../helpers/estate.ts";

const estate = synthEstate();
test.after.always(() => estate.cleanup());
const clean: Record<"prod" | "staging", Json> = {
  prod: JSON.parse(readFileSync(estate.files.prod!, "utf8")),
  staging: JSON.parse(readFileSync(estate.files.staging!, "utf8")),
};

const env = fc.constantFrom<"prod" | "staging">("prod", "staging");

function ruleIds(e: "prod" | "staging", ops: Op[]): string[] {
  return blocking(applyPatch(structuredClone(clean[e]), ops), `${e}/cdk.tf.json`).map((f) => f.ruleId);
}

const R = "/resource";
const RUNS = { numRuns: 25 };

test("SC-FED-001: any subject but a role's own, on any pipeline role, is a finding", (t) => {
  const role = fc.constantFrom("github_apply_role", "github_deploy_role", "github_rollback_role");
  const subject = fc.oneof(
    fc.constantFrom("repo:example-org/securecloud-monitor:*", "repo:example-org/*", "repo:*", "*"),
    fc.stringMatching(/^[a-z]{1,8}\/[a-z-]{1,12}$/).map((repo) => `repo:${repo}:environment:prod`),
    fc
      .stringMatching(/^[a-z0-9/-]{1,16}$/)
      .map((ref) => `repo:example-org/securecloud-monitor:ref:refs/heads/${ref}`),
    fc
      .constantFrom("pull_request", "environment:staging-x", "environment:prod ")
      .map((x) => `repo:example-org/securecloud-monitor:${x}`),
  );
  fc.assert(
    fc.property(env, role, subject, (e, r, sub) => {
      const ops: Op[] = [
        {
          op: "json",
          path: `${R}/aws_iam_role/${r}/assume_role_policy`,
          ops: [
            {
              op: "set",
              path: "/Statement/0/Condition/StringEquals/token.actions.githubusercontent.com:sub",
              value: sub,
            },
          ],
        },
      ];
      t.true(ruleIds(e, ops).includes("SC-FED-001"), `${e} ${r} ${sub}`);
    }),
    RUNS,
  );
});

test("SC-WAF-007: any wide or foreign network in the ops allowlist is a finding; a host inside it is not", (t) => {
  const wide = fc
    .tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 1, max: 15 }))
    .map(([a, bits]) => `${a}.0.0.0/${bits}`);
  const foreign = fc
    .tuple(
      fc.integer({ min: 1, max: 223 }),
      fc.integer({ min: 0, max: 255 }),
      fc.integer({ min: 16, max: 32 }),
    )
    .filter(([a]) => a !== 203)
    .map(([a, b, bits]) => `${a}.${b}.0.0/${bits}`);
  fc.assert(
    fc.property(env, fc.oneof(wide, foreign), (e, cidr) => {
      t.true(
        ruleIds(e, [
          { op: "push", path: `${R}/aws_wafv2_ip_set/waf_ops_allowlist_ipv4/addresses`, value: cidr },
        ]).includes("SC-WAF-007"),
        cidr,
      );
    }),
    RUNS,
  );
  fc.assert(
    fc.property(env, fc.integer({ min: 0, max: 255 }), (e, host) => {
      t.false(
        ruleIds(e, [
          {
            op: "push",
            path: `${R}/aws_wafv2_ip_set/waf_ops_allowlist_ipv4/addresses`,
            value: `203.0.113.${host}/32`,
          },
        ]).includes("SC-WAF-007"),
      );
    }),
    { numRuns: 10 },
  );
});

test("SC-SRV-002: any deregistration delay under the drain window is a finding, at or above it is not", (t) => {
  const tg = fc.constantFrom("serving_blue_target_group", "serving_green_target_group");
  fc.assert(
    fc.property(env, tg, fc.integer({ min: 0, max: 3600 }), (e, g, delay) => {
      const ids = ruleIds(e, [
        { op: "set", path: `${R}/aws_lb_target_group/${g}/deregistration_delay`, value: String(delay) },
      ]);
      t.is(ids.includes("SC-SRV-002"), delay < 30, `${delay}`);
    }),
    RUNS,
  );
});

test("SC-SRV-001: any health-check path but the readiness path is a finding", (t) => {
  const path = fc.stringMatching(/^\/[a-z/]{0,12}$/).filter((p) => p !== "/readyz");
  fc.assert(
    fc.property(env, path, (e, p) => {
      t.true(
        ruleIds(e, [
          {
            op: "set",
            path: `${R}/aws_lb_target_group/serving_blue_target_group/health_check/path`,
            value: p,
          },
        ]).includes("SC-SRV-001"),
        p,
      );
    }),
    RUNS,
  );
});

test("SC-AUD-001: any retention under a year on the trail's log group is a finding, a year or more is not", (t) => {
  const days = fc.constantFrom(
    1,
    3,
    5,
    7,
    14,
    30,
    60,
    90,
    120,
    150,
    180,
    365,
    400,
    545,
    731,
    1096,
    1827,
    2192,
    2557,
    2922,
    3288,
    3653,
  );
  fc.assert(
    fc.property(env, days, (e, d) => {
      const ids = ruleIds(e, [
        { op: "set", path: `${R}/aws_cloudwatch_log_group/audit_log_group/retention_in_days`, value: d },
      ]);
      t.is(ids.includes("SC-AUD-001"), d < 365, `${d}`);
    }),
    RUNS,
  );
});

test("SC-AUD-002: a severity threshold above 7.0 misses high findings; at or below it does not", (t) => {
  fc.assert(
    fc.property(
      env,
      fc.integer({ min: 10, max: 100 }).map((n) => n / 10),
      fc.constantFrom(">", ">="),
      (e, n, op) => {
        const ops: Op[] = [
          {
            op: "json",
            path: `${R}/aws_cloudwatch_event_rule/alerting_guardduty_high_rule/event_pattern`,
            ops: [{ op: "set", path: "/detail/severity", value: [{ numeric: [op, n] }] }],
          },
        ];
        const misses = op === ">" ? n >= 7 : n > 7;
        t.is(ruleIds(e, ops).includes("SC-AUD-002"), misses, `${op} ${n}`);
      },
    ),
    RUNS,
  );
});

test("SC-AUD-003: dropping any benchmark event from the IAM policy filter is a finding", (t) => {
  const filter = `${R}/aws_cloudwatch_log_metric_filter/audit_iam_policy_changes_filter/pattern`;
  fc.assert(
    fc.property(env, fc.integer({ min: 0, max: 15 }), (e, i) => {
      const pattern: string =
        clean[e].resource.aws_cloudwatch_log_metric_filter.audit_iam_policy_changes_filter.pattern;
      const terms = pattern.slice(2, -2).split(" || ");
      const kept = terms.filter((_, j) => j !== i);
      t.true(
        ruleIds(e, [{ op: "set", path: filter, value: `{ ${kept.join(" || ")} }` }]).includes("SC-AUD-003"),
        terms[i],
      );
    }),
    RUNS,
  );
});

test("SC-KMS-002: a grant to any other account on any estate key is a finding", (t) => {
  const key = fc.constantFrom("keys_logs_key", "keys_s3_key", "keys_sns_key", "keys_ssm_key", "keys_ecr_key");
  const account = fc
    .stringMatching(/^[1-9]\d{11}$/)
    .filter((a) => a !== "123456789012" && a !== "210987654321");
  fc.assert(
    fc.property(env, key, account, (e, k, a) => {
      const ops: Op[] = [
        {
          op: "json",
          path: `${R}/aws_kms_key/${k}/policy`,
          ops: [
            {
              op: "push",
              path: "/Statement",
              value: {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${a}:root` },
                Action: "kms:Decrypt",
                Resource: "*",
              },
            },
          ],
        },
      ];
      t.true(ruleIds(e, ops).includes("SC-KMS-002"), `${k} ${a}`);
    }),
    RUNS,
  );
});

test("SC-SRV-006: any minimum healthy percent under 100 is a finding", (t) => {
  fc.assert(
    fc.property(
      env,
      fc.constantFrom("compute_blue_service", "compute_green_service"),
      fc.integer({ min: 0, max: 200 }),
      (e, s, pct) => {
        const ids = ruleIds(e, [
          { op: "set", path: `${R}/aws_ecs_service/${s}/deployment_minimum_healthy_percent`, value: pct },
        ]);
        t.is(ids.includes("SC-SRV-006"), pct < 100, `${pct}`);
      },
    ),
    RUNS,
  );
});
