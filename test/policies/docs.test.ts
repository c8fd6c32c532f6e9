import { readFileSync } from "node:fs";
import test from "ava";
import { README, rulesTable, rulesTableIsCurrent } from "../../policies/docs.ts";
import { RULES } from "../../policies/rules/index.ts";

test("the README's rules table is the registry (regenerate: npx tsx policies/docs.ts)", (t) => {
  const readme = readFileSync(README, "utf8");
  t.true(rulesTableIsCurrent(readme));
  t.false(rulesTableIsCurrent(readme.replace("| `SC-NET-001`", "| `SC-NET-009`")));
  for (const r of RULES) t.true(rulesTable().includes(`| \`${r.id}\` | ${r.severity} |`), r.id);
});
