/**
 * ECS container definitions, read from a JSON string, a `jsonencode` expression or a list.
 */
import { parseJsonencode, soleInterpolation } from "../../engine/hcl.ts";
import type { TfResource } from "../../engine/types.ts";
import { isObj, list, type Obj, str } from "../../engine/values.ts";
import { memo } from "./memo.ts";

export type Container = Obj;

/** Container definitions of a task definition, or undefined when they cannot be read. */
export const containerDefinitions = memo((td: TfResource): Container[] | undefined => {
  const v = td.values.container_definitions;
  let parsed: unknown;
  if (Array.isArray(v)) parsed = v;
  else if (typeof v === "string") {
    const inner = soleInterpolation(v);
    if (inner !== undefined) parsed = /^jsonencode\s*\(/.test(inner) ? parseJsonencode(v) : undefined;
    else {
      try {
        parsed = JSON.parse(v);
      } catch {
        parsed = undefined;
      }
    }
  }
  if (parsed === undefined) return undefined;
  return list(parsed).filter(isObj);
});

/** Case-insensitive property of a container definition (ECS JSON is camelCase). */
export function prop(o: Obj, key: string): unknown {
  if (key in o) return o[key];
  const want = key.toLowerCase().replace(/_/g, "");
  for (const [k, v] of Object.entries(o)) if (k.toLowerCase().replace(/_/g, "") === want) return v;
  return undefined;
}

export function containerName(c: Container, i: number): string {
  return str(prop(c, "name")) ?? `#${i + 1}`;
}
