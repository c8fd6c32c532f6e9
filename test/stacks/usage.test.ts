/** Usage assumptions in the environment config: defaults, validation at synth, recorded in the synth. */
import test from "ava";
import { Testing } from "cdktf";
import { USAGE_FIELDS, usageProblems } from "../../common/usage-assumptions.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import { resolveEnvironment } from "../../stacks/config/resolve.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { resolveUsage, USAGE_DEFAULTS } from "../../stacks/config/usage.ts";
import { ConfigError, findProblems, validateEnvironments } from "../../stacks/config/validate.ts";
import { EstateStack } from "../../stacks/estate-stack.ts";
import { withChanges } from "../helpers/estate.ts";
import { synthWithMetadata } from "../helpers/synth.ts";

test("every assumption has a default (servingTasks: the task minimum) and a documented way to measure it", (t) => {
  const s = resolveUsage(staging);
  t.deepEqual(usageProblems(s), []);
  t.is(s.servingTasks, staging.task.min);
  t.is(s.requestsPerMonth, USAGE_DEFAULTS.requestsPerMonth);
  for (const field of Object.keys(USAGE_FIELDS)) t.true(field in s, field);
  // prod sets its own figures; the ones it leaves out fall back to the defaults
  const p = resolveUsage(prod);
  t.is(p.requestsPerMonth, 51_840_000);
  t.is(p.logIngestGbPerMonth.other, USAGE_DEFAULTS.logIngestGbPerMonth.other);
  t.is(p.ecrStorageGb, USAGE_DEFAULTS.ecrStorageGb);
});

const bad: Array<[string, Record<string, unknown>, RegExp]> = [
  ["a negative volume", { usage: { requestsPerMonth: -1 } }, /usage\.requestsPerMonth: -1 is negative/],
  [
    "a negative log volume",
    { usage: { logIngestGbPerMonth: { waf: -2 } } },
    /usage\.logIngestGbPerMonth\.waf: -2 is negative/,
  ],
  [
    "not a number",
    { usage: { natProcessedGbPerMonth: "10" } },
    /usage\.natProcessedGbPerMonth: "10" is not a number/,
  ],
  [
    "no requests per connection",
    { usage: { requestsPerConnection: 0 } },
    /usage\.requestsPerConnection: 0 is below 1/,
  ],
  ["a typo", { usage: { requestPerMonth: 5 } }, /usage\.requestPerMonth: is not a usage assumption/],
  [
    "an unknown log role",
    { usage: { logIngestGbPerMonth: { nginx: 1 } } },
    /usage\.logIngestGbPerMonth\.nginx: is not one of/,
  ],
  [
    "serving tasks above the maximum",
    { usage: { servingTasks: 5 } },
    /usage\.servingTasks: 5 is outside the serving color's autoscaling range 2\.\.4/,
  ],
];

for (const [what, changes, reason] of bad) {
  test(`refused at synth: ${what}`, (t) => {
    const env = withChanges(staging, changes) as EnvironmentConfig;
    t.regex(
      findProblems([env])
        .map((p) => `${p.field}: ${p.reason}`)
        .join("\n"),
      reason,
    );
    const err = t.throws(() => validateEnvironments([env]), { instanceOf: ConfigError });
    t.regex(err.message, /^environment "staging": usage\./);
  });
}

test("the resolved assumptions are declared in the synthesized JSON for the cost estimate", (t) => {
  const resolved = resolveEnvironment(prod);
  t.deepEqual(resolved.usage, resolveUsage(prod));
  const doc = synthWithMetadata(new EstateStack(Testing.app(), resolved)) as {
    "//": { securecloud: { features: { usage: unknown } } };
  };
  t.deepEqual(doc["//"].securecloud.features.usage, JSON.parse(JSON.stringify(resolveUsage(prod))));
});

test("a bad task minimum is named once: the default servingTasks follows it without a second problem", (t) => {
  const env = withChanges(staging, { "task.min": 5 }) as EnvironmentConfig;
  const fields = findProblems([env]).map((p) => p.field);
  t.true(fields.includes("task.min"), fields.join(", "));
  t.false(
    fields.some((f) => f.startsWith("usage")),
    fields.join(", "),
  );
});
