/**
 * `npm run checkov [-- PATH ...]`: checkov over the synthesized stacks (default cdktf.out)
 * through the project's harness, so results are named by stack and Terraform address and
 * failures are held against the reviewed skip list. Exit 1 on any failure the list does not
 * explain, on any file checkov could not parse (it would otherwise pass unseen), or on a stale
 * skip entry; 2 on bad input.
 */
import { errorLine } from "../common/conventions.ts";
import { runCheckov } from "./checkov.ts";
import { resolveInputs } from "./engine/load.ts";

async function main(argv: string[]): Promise<number> {
  let files: string[];
  try {
    files = resolveInputs(argv.length > 0 ? argv : ["cdktf.out"], process.cwd());
  } catch (err) {
    process.stderr.write(`${errorLine(err)}\n`);
    return 2;
  }
  const run = await runCheckov(files);
  const out: string[] = [
    `checkov ${run.checkovVersion ?? "?"}: ${files.length} file(s), ${run.results.length} check results, ` +
      `${run.failed.length} failed, ${run.skipped.length} explained by policies/checkov-skips.json`,
  ];
  for (const { result, skip } of run.skipped) {
    out.push(`  skip ${result.checkId} ${result.stack}/${result.address}: ${skip.reason}`);
  }
  for (const r of run.unexplained) out.push(`  FAIL ${r.checkId} ${r.stack}/${r.address}: ${r.checkName}`);
  for (const f of run.parsingErrors) out.push(`  FAIL checkov could not parse ${f}`);
  for (const id of run.unusedSkips) out.push(`  FAIL stale skip entry ${id}: no failure matches it any more`);
  process.stdout.write(`${out.join("\n")}\n`);
  return run.unexplained.length + run.parsingErrors.length + run.unusedSkips.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
