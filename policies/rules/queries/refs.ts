/** Generic queries over the resource graph: the resource an attribute references, a tag. */
import type { StackModel, TfResource } from "../../engine/types.ts";
import { isObj } from "../../engine/values.ts";

/** Resource referenced by an ARN-valued attribute, when it is one of `types`. */
export function refTarget(stack: StackModel, value: unknown, types: string[]): TfResource | undefined {
  const ref = stack.refOf(value);
  return ref && types.includes(ref.target.type) ? ref.target : undefined;
}

export function tagValue(res: TfResource, key: string): string | undefined {
  const t = res.values.tags;
  return isObj(t) && typeof t[key] === "string" ? (t[key] as string) : undefined;
}
