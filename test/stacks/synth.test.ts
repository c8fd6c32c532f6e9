import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import test from "ava";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(dir, f))
    .sort();
}

async function synthInto(outdir: string) {
  return run(process.execPath, ["scripts/synth.mjs", "--summary"], {
    cwd: root,
    env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
  });
}

test("two synths of the same code are byte-identical, one stack per environment, with a summary", async (t) => {
  const base = mkdtempSync(join(tmpdir(), "sc-determinism-"));
  t.teardown(() => rmSync(base, { recursive: true, force: true }));
  const [a, b] = [join(base, "a"), join(base, "b")];
  const [first] = await Promise.all([synthInto(a), synthInto(b)]);

  t.deepEqual(readdirSync(join(a, "stacks")).sort(), ["prod", "staging"]);
  const files = filesUnder(a);
  t.deepEqual(files, filesUnder(b));
  t.true(files.includes(join("stacks", "prod", "cdk.tf.json")));
  for (const f of files) t.true(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f);

  // The summary names each stack, its resources by service, its outputs and where the JSON is.
  for (const stack of ["prod", "staging"]) {
    t.regex(first.stdout, new RegExp(`^${stack}: \\d+ resources .*${stack}/cdk\\.tf\\.json$`, "m"));
  }
  t.regex(
    first.stdout,
    /Elastic Load Balancing\s+8\s+\(lb 1, lb_listener 3, lb_listener_rule 2, lb_target_group 2\)/,
  );
  t.regex(first.stdout, /DynamoDB\s+\d+\s+\(dynamodb_table \d+\)/);
  t.regex(first.stdout, /outputs: .*production_listener_arn/);

  // Every resource type the estate synthesizes is summarised under a named AWS service.
  const { knownService } = await import("../../stacks/summary.ts");
  for (const stack of ["prod", "staging"]) {
    const doc = JSON.parse(readFileSync(join(a, "stacks", stack, "cdk.tf.json"), "utf8"));
    const unnamed = Object.keys(doc.resource).filter((type) => !knownService(type));
    t.deepEqual(unnamed, [], `${stack}: resource types with no service in stacks/summary.ts`);
  }
});
