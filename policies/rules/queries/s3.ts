/**
 * S3 buckets and their companion resources (`aws_s3_bucket_*`), by reference or literal name;
 * resource tags.
 */
import type { StackModel, TfResource } from "../../engine/types.ts";
import { literal } from "../../engine/values.ts";
import { refTarget } from "./refs.ts";

export const BUCKET_TYPES = ["aws_s3_bucket"];

/** Companion resources (`aws_s3_bucket_*`) whose `bucket` references this bucket. */
export function bucketCompanions(stack: StackModel, bucket: TfResource, type: string): TfResource[] {
  return stack.ofType(type).filter((r) => {
    const ref = stack.refOf(r.values.bucket);
    if (ref) return ref.target === bucket;
    // a literal bucket name that equals this bucket's literal name
    const name = literal(bucket.values.bucket);
    return name !== undefined && literal(r.values.bucket) === name;
  });
}

/** The bucket a value (name or ARN attribute) points at, when it is a bucket of this stack. */
export function bucketOf(stack: StackModel, value: unknown): TfResource | undefined {
  const t = refTarget(stack, value, BUCKET_TYPES);
  if (t) return t;
  const name = literal(value);
  if (!name) return undefined;
  return stack.ofType(...BUCKET_TYPES).find((b) => literal(b.values.bucket) === name);
}
