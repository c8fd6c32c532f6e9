import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type TerraformStack, Testing } from "cdktf";

/**
 * The stack's Terraform JSON with its metadata (suppressions, construct paths) kept, as
 * `cdktf synth` writes it; `Testing.synth()` would strip it. Uses `Testing.fullSynth()`
 * (aspects and validations run) and removes the temporary output directory.
 */
export function synthWithMetadata(stack: TerraformStack): Record<string, unknown> {
  const outdir = Testing.fullSynth(stack);
  try {
    const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as {
      stacks: Record<string, { synthesizedStackPath: string }>;
    };
    const entry = manifest.stacks[stack.node.id];
    if (!entry) throw new Error(`synthWithMetadata: stack ${stack.node.id} missing from the cdktf manifest`);
    return JSON.parse(readFileSync(join(outdir, entry.synthesizedStackPath), "utf8")) as Record<
      string,
      unknown
    >;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
