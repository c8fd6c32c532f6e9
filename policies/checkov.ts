/**
 * checkov as a second opinion on the synthesized JSON: runs the project's pinned checkov
 * (`.venv/bin/checkov`) once over all the given cdk.tf.json files
 * (`-f ... --framework terraform_json -o json`), names each result by stack and Terraform
 * address, and separates failures explained by the reviewed skip list
 * (policies/checkov-skips.json) from unexplained ones. Used by the test suite and the
 * benchmark; not part of the gate CLI.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { locateBlocks, nameFromPath, readStack } from "../common/terraform/index.ts";

export const ROOT = resolve(import.meta.dirname, "..");
export const CHECKOV = join(ROOT, ".venv", "bin", "checkov");
export const SKIPS_FILE = join(import.meta.dirname, "checkov-skips.json");

export interface CheckovResult {
  checkId: string;
  checkName: string;
  /** Absolute path of the scanned file. */
  file: string;
  stack: string;
  /** Terraform address (`aws_lb.alb`), recovered from checkov's resource name and line. */
  address: string;
  line: number | undefined;
  passed: boolean;
}

export interface Skip {
  reason: string;
  resources?: string[];
  reviewed?: string;
}

export interface CheckovRun {
  results: CheckovResult[];
  failed: CheckovResult[];
  /** Failures the skip list explains, with the skip that explains them. */
  skipped: { result: CheckovResult; skip: Skip }[];
  /** Failures nothing explains: the estate must have none. */
  unexplained: CheckovResult[];
  /** Skip entries that matched no failure (stale). */
  unusedSkips: string[];
  parsingErrors: string[];
  checkovVersion: string | undefined;
  wallMs: number;
}

export function loadSkips(file = SKIPS_FILE): Record<string, Skip> {
  const doc = JSON.parse(readFileSync(file, "utf8")) as { skips?: Record<string, Skip> };
  const skips = doc.skips ?? {};
  for (const [id, s] of Object.entries(skips)) {
    if (!/^CKV2?_[A-Z0-9]+_\d+$/.test(id))
      throw new Error(`checkov-skips.json: "${id}" is not a checkov check id`);
    if (typeof s.reason !== "string" || s.reason.trim().length < 20) {
      throw new Error(`checkov-skips.json: ${id} needs a reason of at least 20 characters`);
    }
  }
  return skips;
}

function stackNameOf(file: string): string {
  try {
    const stack = readStack(file);
    return stack.stackName ?? stack.name;
  } catch {
    return nameFromPath(file);
  }
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .split("*")
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
}

export function skipFor(result: CheckovResult, skips: Record<string, Skip>): Skip | undefined {
  const s = skips[result.checkId];
  if (!s) return undefined;
  if (!s.resources || s.resources.length === 0) return s;
  const key = `${result.stack}/${result.address}`;
  return s.resources.some((g) => globToRegExp(g).test(key)) ? s : undefined;
}

interface RawCheck {
  check_id: string;
  check_name: string;
  file_abs_path?: string;
  file_path: string;
  resource: string;
  file_line_range?: [number, number];
}

/** Runs checkov once over the files and classifies the failures. */
export async function runCheckov(
  files: string[],
  opts: { skips?: Record<string, Skip>; cwd?: string } = {},
): Promise<CheckovRun> {
  if (!existsSync(CHECKOV))
    throw new Error(`checkov not found at ${CHECKOV} (run: node scripts/test-tools.mjs)`);
  const abs = files.map((f) => resolve(opts.cwd ?? process.cwd(), f));
  // checkov 3.3's terraform_json parser throws on a scalar in the `terraform` block (such as
  // `required_version`) and then reports the whole file as a parsing error with no checks run.
  // It scans copies in which those scalars are `{}`, on the same lines, so results map back.
  const scanDir = mkdtempSync(join(tmpdir(), "securecloud-checkov-"));
  const scanned = new Map<string, string>();
  const scanPaths = abs.map((f, i) => {
    const copy = join(scanDir, String(i), stackNameOf(f), basename(f));
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, withoutTerraformScalars(readFileSync(f, "utf8")));
    scanned.set(copy, f);
    return copy;
  });
  const started = performance.now();
  const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number | null }>(
    (done, fail) => {
      const child = spawn(
        CHECKOV,
        ["-f", ...scanPaths, "--framework", "terraform_json", "-o", "json", "--compact", "--skip-download"],
        {
          cwd: opts.cwd ?? ROOT,
          // no network: checkov would otherwise try to fetch guideline mappings
          env: {
            ...process.env,
            BC_SKIP_MAPPING: "TRUE",
            CHECKOV_RUN_SCA_PACKAGE_SCAN_V2: "false",
            LOG_LEVEL: "ERROR",
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let out = "";
      let err = "";
      child.stdout.setEncoding("utf8").on("data", (d) => {
        out += d;
      });
      child.stderr.setEncoding("utf8").on("data", (d) => {
        err += d;
      });
      child.on("error", fail);
      child.on("close", (c) => done({ stdout: out, stderr: err, code: c }));
    },
  );
  const wallMs = performance.now() - started;
  rmSync(scanDir, { recursive: true, force: true });
  if (code !== 0 && code !== 1)
    throw new Error(`checkov exited ${code}: ${stderr.trim().split("\n").at(-1) ?? ""}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw new Error(
      `checkov printed no JSON report: ${stderr.trim().split("\n").at(-1) ?? stdout.slice(0, 200)}`,
    );
  }
  const reports = (Array.isArray(parsed) ? parsed : [parsed]) as {
    check_type?: string;
    summary?: { checkov_version?: string };
    results?: { passed_checks?: RawCheck[]; failed_checks?: RawCheck[]; parsing_errors?: string[] };
  }[];

  const byFile = new Map<string, { stack: string; lines: Map<number, string> }>();
  for (const f of abs) {
    const text = readFileSync(f, "utf8");
    const lines = new Map<number, string>();
    for (const [key, line] of locateBlocks(text)) {
      const [mode, type, name] = [key.split(".")[0], key.split(".")[1], key.split(".").slice(2).join(".")];
      lines.set(line, mode === "data" ? `data.${type}.${name}` : `${type}.${name}`);
    }
    byFile.set(f, { stack: stackNameOf(f), lines });
  }
  const findFile = (c: RawCheck): string => {
    const candidates = [c.file_abs_path, c.file_path].filter((x): x is string => !!x);
    for (const cand of candidates) {
      const hit = scanPaths.find((f) => f === cand || f.endsWith(cand.replace(/^\/+/, "")));
      if (hit) return scanned.get(hit)!;
    }
    return candidates[0] ?? "";
  };
  const toResult = (c: RawCheck, passed: boolean): CheckovResult => {
    const file = findFile(c);
    const info = byFile.get(file);
    const line = c.file_line_range?.[0];
    // checkov's terraform_json runner sometimes names a resource "resource.<name>": use the line
    let address = c.resource;
    if (address.startsWith("resource.") && info && line !== undefined)
      address = info.lines.get(line) ?? address;
    return {
      checkId: c.check_id,
      checkName: c.check_name,
      file,
      stack: info?.stack ?? "",
      address,
      line,
      passed,
    };
  };

  const results: CheckovResult[] = [];
  const parsingErrors: string[] = [];
  let checkovVersion: string | undefined;
  for (const r of reports) {
    checkovVersion ??= r.summary?.checkov_version;
    for (const c of r.results?.passed_checks ?? []) results.push(toResult(c, true));
    for (const c of r.results?.failed_checks ?? []) results.push(toResult(c, false));
    parsingErrors.push(...(r.results?.parsing_errors ?? []).map((e) => scanned.get(e) ?? e));
  }
  const skips = opts.skips ?? loadSkips();
  const failed = results.filter((r) => !r.passed);
  const skipped: { result: CheckovResult; skip: Skip }[] = [];
  const unexplained: CheckovResult[] = [];
  const used = new Set<string>();
  for (const f of failed) {
    const skip = skipFor(f, skips);
    if (skip) {
      skipped.push({ result: f, skip });
      used.add(f.checkId);
    } else unexplained.push(f);
  }
  return {
    results,
    failed,
    skipped,
    unexplained,
    unusedSkips: Object.keys(skips).filter((id) => !used.has(id)),
    parsingErrors,
    checkovVersion,
    wallMs,
  };
}

/** The file's text with every scalar directly in the top-level `terraform` block turned into `{}`. */
export function withoutTerraformScalars(text: string): string {
  const doc = JSON.parse(text) as { terraform?: Record<string, unknown> };
  const scalars = Object.entries(doc.terraform ?? {}).filter(([, v]) => v === null || typeof v !== "object");
  let out = text;
  for (const [key, value] of scalars) {
    const literal = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    if (out.split(literal).length !== 2)
      throw new Error(`checkov: cannot rewrite terraform.${key} unambiguously`);
    out = out.replace(literal, `${JSON.stringify(key)}: {}`);
  }
  return out;
}
