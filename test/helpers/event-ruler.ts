/**
 * EventBridge pattern matching with AWS's own engine (software.amazon.event.ruler, what
 * EventBridge's matching is built on; moto's TestEventPattern answers nothing and its own
 * matcher does not look into arrays of objects). One JVM per call: batch the cases.
 *
 *   matches([{ pattern, event }, ...])  // → [true, false, ...]
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { eventRulerClasspath } from "../../scripts/eventruler.mjs";

export function matches(cases: readonly { pattern: unknown; event: unknown }[]): boolean[] {
  const program = join(import.meta.dirname, "EventRulerMatch.java");
  const r = spawnSync("java", ["-cp", eventRulerClasspath(), program], {
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`event-ruler exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as boolean[];
}
