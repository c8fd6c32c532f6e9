/**
 * The corpus of subtle misconfigurations (test/fixtures/corpus) through the gate and through
 * checkov, side by side: per class, how many each catches, and the false positives of each
 * on the clean estate of both environments. A mutation is caught by the gate when a finding
 * that blocks at medium appears that the clean stack does not have; by checkov when a failed
 * check (by check id and Terraform address) appears that the clean stack does not have.
 * checkov runs once over every mutated file (it is the slow one).
 *
 *   npm run bench -- corpus
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheckov } from "../../policies/checkov.ts";
import { MUTATIONS } from "../fixtures/corpus/mutations.ts";
import { blocking, gateFindings, mutated } from "../fixtures/corpus/run.ts";
import { synthEstate } from "../helpers/estate.ts";

export async function bench(): Promise<void> {
  const estate = synthEstate();
  const work = mkdtempSync(join(tmpdir(), "sc-corpus-"));
  try {
    const clean = {
      prod: JSON.parse(readFileSync(estate.files.prod!, "utf8")),
      staging: JSON.parse(readFileSync(estate.files.staging!, "utf8")),
    };
    const write = (name: string, doc: unknown): string => {
      const dir = join(work, name);
      mkdirSync(dir, { recursive: true });
      const f = join(dir, "cdk.tf.json");
      writeFileSync(f, JSON.stringify(doc, null, 2));
      return f;
    };
    const cleanFiles = {
      prod: write("clean-prod", clean.prod),
      staging: write("clean-staging", clean.staging),
    };
    const files = new Map(MUTATIONS.map((m) => [m.id, write(m.id, mutated(clean[m.env], m))]));

    const t0 = performance.now();
    const run = await runCheckov([cleanFiles.prod, cleanFiles.staging, ...files.values()]);
    const checkovMs = performance.now() - t0;
    const failedBy = new Map<string, Set<string>>();
    for (const r of run.failed) {
      const set = failedBy.get(r.file) ?? new Set<string>();
      set.add(`${r.checkId} ${r.address}`);
      failedBy.set(r.file, set);
    }
    const baseline = {
      prod: failedBy.get(cleanFiles.prod) ?? new Set(),
      staging: failedBy.get(cleanFiles.staging) ?? new Set(),
    };

    const rows = new Map<string, { n: number; gate: number; checkov: number; either: number }>();
    const checkovOnly: string[] = [];
    const gateMissed: string[] = [];
    for (const m of MUTATIONS) {
      const gate = gateFindings(clean[m.env], m).length > 0;
      const after = failedBy.get(files.get(m.id)!) ?? new Set<string>();
      const ck = [...after].some((x) => !baseline[m.env].has(x));
      const row = rows.get(m.class) ?? { n: 0, gate: 0, checkov: 0, either: 0 };
      row.n++;
      row.gate += gate ? 1 : 0;
      row.checkov += ck ? 1 : 0;
      row.either += gate || ck ? 1 : 0;
      rows.set(m.class, row);
      if (ck && !gate) checkovOnly.push(m.id);
      if (!gate) gateMissed.push(m.id);
    }
    const total = [...rows.values()].reduce(
      (a, r) => ({
        n: a.n + r.n,
        gate: a.gate + r.gate,
        checkov: a.checkov + r.checkov,
        either: a.either + r.either,
      }),
      { n: 0, gate: 0, checkov: 0, either: 0 },
    );
    const gateFp = blocking(clean.prod, "prod").length + blocking(clean.staging, "staging").length;
    const checkovFp = run.unexplained.filter(
      (r) => r.file === cleanFiles.prod || r.file === cleanFiles.staging,
    ).length;
    const pct = (k: number, n: number) => `${k}/${n} (${Math.round((100 * k) / n)}%)`;
    console.log(
      `corpus bench: ${MUTATIONS.length} mutations of the real synth, checkov over ${files.size + 2} files in ${Math.round(checkovMs / 1000)} s`,
    );
    console.log(
      `  ${"class".padEnd(16)}  ${"gate".padStart(12)}  ${"checkov".padStart(12)}  ${"either".padStart(12)}`,
    );
    for (const [c, r] of [...rows, ["all", total] as const])
      console.log(
        `  ${c.padEnd(16)}  ${pct(r.gate, r.n).padStart(12)}  ${pct(r.checkov, r.n).padStart(12)}  ${pct(r.either, r.n).padStart(12)}`,
      );
    console.log(
      `  false positives on the clean estate (prod + staging): gate ${gateFp}, checkov ${checkovFp} unexplained by the skip list`,
    );
    console.log(
      `  caught by checkov only: ${checkovOnly.join(", ") || "none"}; missed by the gate: ${gateMissed.join(", ") || "none"}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
    estate.cleanup();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await bench();
