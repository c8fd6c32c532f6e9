/** Synthesizes estate stacks for tests: in memory per environment, or the whole app as `npm run synth` does. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Testing } from "cdktf";
import { resolveEnvironment } from "../../stacks/config/resolve.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { EstateStack } from "../../stacks/estate-stack.ts";
import { parse, type TerraformDocument } from "./terraform.ts";

export function synthEnvironment(env: EnvironmentConfig): { doc: TerraformDocument; stack: EstateStack } {
  const app = Testing.app();
  const stack = new EstateStack(app, resolveEnvironment(env));
  return { doc: parse(Testing.synth(stack)), stack };
}

/** A copy of `env` with some fields replaced (deeply for plain objects). */
export function withChanges<T>(base: T, changes: Record<string, unknown>): T {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split(".");
    let target = copy;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[keys.at(-1)!] = value;
  }
  return copy as T;
}

/**
 * Synthesizes the real estate the way `npm run synth` does (a child process running
 * scripts/synth.mjs) into a temporary directory: `{ outdir, stacks: { prod, staging }, cleanup }`.
 */
export function synthEstate(): { outdir: string; files: Record<string, string>; cleanup(): void } {
  const base = mkdtempSync(join(tmpdir(), "sc-estate-"));
  const outdir = join(base, "cdktf.out");
  const root = join(import.meta.dirname, "..", "..");
  execFileSync(process.execPath, [join(root, "scripts", "synth.mjs")], {
    cwd: root,
    env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const files = Object.fromEntries(
    ["prod", "staging"].map((stack) => [stack, join(outdir, "stacks", stack, "cdk.tf.json")]),
  );
  return { outdir, files, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}
