/**
 * The committed fixture estate is exactly what estate.ts synthesizes with the real provider
 * constructs (so the rule tests run on realistic JSON), and it passes its own gate.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { writeFixtureEstate } from "../fixtures/policies/generate.ts";
import { ESTATE, report, tempDir } from "./helpers.ts";

test("the committed fixture JSON is current (regenerate: npx tsx test/fixtures/policies/generate.ts)", (t) => {
  const dir = tempDir(t);
  writeFixtureEstate(dir);
  for (const env of ["prod", "staging"]) {
    const fresh = readFileSync(join(dir, "stacks", env, "cdk.tf.json"), "utf8");
    const committed = readFileSync(join(ESTATE, "stacks", env, "cdk.tf.json"), "utf8");
    t.is(fresh, committed, `${env} differs from a fresh synth`);
  }
});

test("the fixture estate passes its own gate at every threshold, with suppressions that state reasons", (t) => {
  const dir = join(ESTATE, "stacks");
  const docs = ["prod", "staging"].map((e) => JSON.parse(readFileSync(join(dir, e, "cdk.tf.json"), "utf8")));
  const r = report(docs, { failOn: "low" });
  t.deepEqual(r.findings, []);
  t.true(r.summary.passed);
  t.true(r.suppressed.length > 0);
  t.true(r.suppressions.every((s) => s.status === "applied" && s.reason.length >= 20));
});
