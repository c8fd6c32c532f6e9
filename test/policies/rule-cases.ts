/**
 * Table-driven rule tests: for a rule id, the compliant fixture estate has no finding of it,
 * each `fail` case (a mutation of the fixture, or a hand-written document) has the expected
 * finding at the expected address, and each `pass` case has none.
 */
import test from "ava";
import { ruleById } from "../../policies/rules/index.ts";
import { type Doc, findings, fixture, report } from "./helpers.ts";

export interface RuleCase {
  kind: "fail" | "pass";
  name: string;
  build: () => Doc;
  address?: string;
  message?: RegExp;
}

type Source = ((d: Doc) => void) | { env: "prod" | "staging"; mutate: (d: Doc) => void } | (() => Doc);

function builder(src: Source): () => Doc {
  if (typeof src === "function") {
    if (src.length === 0) return src as () => Doc;
    return () => {
      const d = fixture("prod");
      (src as (d: Doc) => void)(d);
      return d;
    };
  }
  return () => {
    const d = fixture(src.env);
    src.mutate(d);
    return d;
  };
}

/** A case that must produce a finding of the rule at `address` whose message matches. */
export function fail(name: string, src: Source, address: string, message?: RegExp): RuleCase {
  return { kind: "fail", name, build: builder(src), address, message };
}

/** A case that must produce no finding of the rule. */
export function pass(name: string, src: Source): RuleCase {
  return { kind: "pass", name, build: builder(src) };
}

export function rule(id: string, cases: RuleCase[]): void {
  test(`${id}: the compliant fixture estate has no finding`, (t) => {
    t.truthy(ruleById(id), `rule ${id} is registered`);
    for (const env of ["prod", "staging"] as const) {
      const r = report(fixture(env));
      t.deepEqual(
        r.findings.filter((f) => f.ruleId === id).map((f) => `${f.address}: ${f.message}`),
        [],
        `${env} has no unsuppressed ${id} finding`,
      );
    }
  });
  for (const c of cases) {
    test(`${id}: ${c.kind} - ${c.name}`, (t) => {
      const found = findings(c.build(), id);
      if (c.kind === "pass") {
        t.deepEqual(
          found.map((f) => `${f.address}: ${f.message}`),
          [],
        );
        return;
      }
      const at = found.filter((f) => f.address === c.address);
      t.true(
        at.length > 0,
        `expected a ${id} finding at ${c.address}; got ${JSON.stringify(found.map((f) => `${f.address}: ${f.message}`))}`,
      );
      if (c.message) {
        t.true(
          at.some((f) => c.message!.test(f.message)),
          `expected a message matching ${c.message}; got ${JSON.stringify(at.map((f) => f.message))}`,
        );
      }
      const rule = ruleById(id)!;
      t.is(at[0]!.severity, rule.severity);
      t.deepEqual(at[0]!.controls, [
        ...rule.controls.fsbp.map((x) => `FSBP ${x}`),
        ...rule.controls.cis.map((x) => `CIS ${x}`),
      ]);
    });
  }
}
