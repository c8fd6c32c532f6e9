/**
 * Test helpers for the gate: the committed fixture estate (synthesized from real provider
 * constructs by test/fixtures/policies/estate.ts), deep-cloned per test, mutated into
 * failing cases, and evaluated in-process.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ActionCore } from "../../policies/action.ts";
import { evaluate } from "../../policies/engine/evaluate.ts";
import { stackFromText } from "../../policies/engine/load.ts";
import type { Finding, Report, StackModel } from "../../policies/engine/types.ts";
import { RULES } from "../../policies/rules/index.ts";

export const ROOT = join(import.meta.dirname, "..", "..");
export const FIXTURES = join(ROOT, "test", "fixtures", "policies");
export const ESTATE = join(FIXTURES, "estate");

// biome-ignore lint/suspicious/noExplicitAny: Terraform JSON is untyped by nature
export type Doc = Record<string, any>;

const cache = new Map<string, string>();

/** A fresh, mutable copy of a fixture stack (`prod` or `staging`). */
export function fixture(env: "prod" | "staging" = "prod"): Doc {
  const path = join(ESTATE, "stacks", env, "cdk.tf.json");
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(path, "utf8");
    cache.set(path, text);
  }
  return JSON.parse(text) as Doc;
}

export function fixturePath(env: "prod" | "staging" = "prod"): string {
  return join(ESTATE, "stacks", env, "cdk.tf.json");
}

export function stackOf(doc: Doc, file = "cdk.tf.json"): StackModel {
  return stackFromText(JSON.stringify(doc, null, 2), file, file);
}

export function report(
  docs: Doc | Doc[],
  opts: { failOn?: "low" | "medium" | "high" | "critical"; now?: number } = {},
): Report {
  const list = Array.isArray(docs) ? docs : [docs];
  return evaluate(
    list.map((d, i) => stackOf(d, `stack-${i}/cdk.tf.json`)),
    RULES,
    { failOn: opts.failOn ?? "low", now: opts.now },
  );
}

/** Unsuppressed findings of one rule. */
export function findings(doc: Doc, ruleId: string): Finding[] {
  return report(doc).findings.filter((f) => f.ruleId === ruleId);
}

/** A minimal Terraform document holding just the given resources (and data sources). */
export function doc(resource: Doc, data?: Doc): Doc {
  return {
    "//": { metadata: { stackName: "unit", version: "0.21.0", backend: "local" } },
    provider: { aws: [{ region: "eu-west-1" }] },
    resource,
    ...(data ? { data } : {}),
    terraform: { required_providers: { aws: { source: "aws", version: "6.25.0" } } },
  };
}

export function tempDir(t: { teardown(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), "gate-test-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes documents as a cdktf.out layout (`<dir>/stacks/<name>/cdk.tf.json`); returns the dir. */
export function writeEstate(dir: string, stacks: Record<string, Doc | string>): string {
  for (const [name, d] of Object.entries(stacks)) {
    mkdirSync(join(dir, "stacks", name), { recursive: true });
    writeFileSync(
      join(dir, "stacks", name, "cdk.tf.json"),
      typeof d === "string" ? d : JSON.stringify(d, null, 2),
    );
  }
  return dir;
}

/** Captures run()'s stdout/stderr. */
export function io(extra: Record<string, unknown> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), ...extra },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

/** An @actions/core stand-in that records outputs, failures and annotations. */
export interface Fake extends ActionCore {
  outputs: Record<string, string>;
  failed: string[];
  annotations: string[];
}

export function fakeCore(inputs: Record<string, string>): Fake {
  const outputs: Record<string, string> = {};
  const failed: string[] = [];
  const annotations: string[] = [];
  const summary: ActionCore["summary"] = {
    addHeading: () => summary,
    addRaw: () => summary,
    addTable: () => summary,
    write: async () => undefined,
  };
  return {
    outputs,
    failed,
    annotations,
    getInput: (name) => inputs[name] ?? "",
    setOutput: (name, value) => {
      outputs[name] = String(value);
    },
    setFailed: (m) => failed.push(m),
    info: () => {},
    error: (m) => annotations.push(`error ${m}`),
    warning: (m) => annotations.push(`warning ${m}`),
    notice: (m) => annotations.push(`notice ${m}`),
    summary,
  };
}
