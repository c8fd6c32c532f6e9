/**
 * The gate on the corpus of subtle misconfigurations (test/fixtures/corpus): the real estate,
 * synthesized as `npm run synth` does, passes in both environments (no false positive), and
 * every mutation makes the gate report a new finding that blocks at the default threshold.
 * test/bench/corpus.bench.ts measures checkov on the same cases.
 */
import { readFileSync } from "node:fs";
import test from "ava";
import { MUTATIONS, type MutationClass } from "../fixtures/corpus/mutations.ts";
import { blocking, gateFindings, mutated } from "../fixtures/corpus/run.ts";
import { synthEstate } from "../helpers/estate.ts";

const estate = synthEstate();
test.after.always(() => estate.cleanup());
const clean = {
  prod: JSON.parse(readFileSync(estate.files.prod!, "utf8")),
  staging: JSON.parse(readFileSync(estate.files.staging!, "utf8")),
};

test("the clean estate has no blocking finding in either environment (no false positive)", (t) => {
  for (const env of ["prod", "staging"] as const)
    t.deepEqual(blocking(clean[env], `${env}/cdk.tf.json`), [], env);
});

test("the corpus is large and covers every class, each case a real change of the synth", (t) => {
  t.true(MUTATIONS.length >= 60);
  t.is(new Set(MUTATIONS.map((m) => m.id)).size, MUTATIONS.length);
  const classes: MutationClass[] = [
    "federation",
    "resource-policy",
    "role-separation",
    "waf",
    "serving",
    "network",
    "detection",
    "indirection",
  ];
  for (const c of classes) t.true(MUTATIONS.filter((m) => m.class === c).length >= 4, c);
  for (const m of MUTATIONS) t.notDeepEqual(mutated(clean[m.env], m), clean[m.env], m.id);
});

test("the gate catches every mutation with a finding that blocks at medium", (t) => {
  const missed: string[] = [];
  const byClass = new Map<string, [number, number]>();
  for (const m of MUTATIONS) {
    const found = gateFindings(clean[m.env], m);
    const [caught, all] = byClass.get(m.class) ?? [0, 0];
    byClass.set(m.class, [caught + (found.length > 0 ? 1 : 0), all + 1]);
    if (found.length === 0) missed.push(`${m.id}: ${m.title}`);
  }
  t.log([...byClass].map(([c, [k, n]]) => `${c} ${k}/${n}`).join(", "));
  t.deepEqual(missed, []);
});
