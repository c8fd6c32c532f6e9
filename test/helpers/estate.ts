/** Synthesizes estate stacks in memory for construct tests (one synth per environment per file). */
import { Testing } from "cdktf";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { EstateStack } from "../../stacks/estate-stack.ts";
import { parse, type TerraformDocument } from "./terraform.ts";

export function synthEnvironment(env: EnvironmentConfig): { doc: TerraformDocument; stack: EstateStack } {
  const app = Testing.app();
  const stack = new EstateStack(app, env);
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
