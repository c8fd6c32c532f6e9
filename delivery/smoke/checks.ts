/**
 * Smoke checks: HTTP checks declared in the repository (delivery/smoke-checks.json), run
 * against the new color before any production weight moves. Each check is a GET of a path
 * that must answer the expected status, optionally with a body and headers matching regular
 * expressions (`{color}` stands for the color under test), within a latency bound, a number of
 * times in a row; it may take a few more attempts than that (the route to the idle color can
 * take seconds to settle) but never more than `attempts`.
 */
import { readFileSync } from "node:fs";
import { type Color, UsageError } from "../../common/conventions.ts";

export interface SmokeCheck {
  name: string;
  path: string;
  /** Expected HTTP status. */
  status: number;
  /** Regular expression the body must match. */
  body?: string;
  /** Header name → regular expression its value must match. */
  headers?: Record<string, string>;
  /** Consecutive passes needed. */
  passes: number;
  /** Most attempts before the check fails. */
  attempts: number;
  /** Each answer must arrive within this many milliseconds. */
  maxLatencyMs: number;
}

export interface SmokeSpec {
  checks: SmokeCheck[];
  /** Pause between attempts, in milliseconds. */
  intervalMs: number;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  passes: number;
  attempts: number;
  /** The last failure, or the last answer when it passed. */
  detail: string;
}

const CHECK_KEYS = ["name", "path", "status", "body", "headers", "passes", "attempts", "maxLatencyMs"];

function fail(what: string, why: string): never {
  throw new UsageError(what, why);
}

function regex(value: unknown, what: string): string {
  if (typeof value !== "string" || value === "") fail(what, "must be a non-empty regular expression");
  try {
    new RegExp(value.replaceAll("{color}", "blue"));
  } catch (err) {
    fail(what, `is not a regular expression: ${(err as Error).message}`);
  }
  return value;
}

function whole(value: unknown, what: string, min: number, max: number, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    fail(what, `must be a whole number within ${min}..${max}`);
  return value;
}

/** Validates a smoke-check file's JSON; bad input names the field. */
export function parseSmokeSpec(text: string, source = "smoke checks"): SmokeSpec {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    fail(source, `is not JSON: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) fail(source, "must be an object with `checks`");
  const doc = raw as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (!["$comment", "checks", "intervalMs"].includes(key)) fail(source, `unknown key "${key}"`);
  }
  if (!Array.isArray(doc.checks) || doc.checks.length === 0)
    fail(`${source}: checks`, "must list at least one check");
  const names = new Set<string>();
  const checks = doc.checks.map((c: unknown, i: number): SmokeCheck => {
    const at = `${source}: checks[${i}]`;
    if (!c || typeof c !== "object" || Array.isArray(c)) fail(at, "must be an object");
    const check = c as Record<string, unknown>;
    for (const key of Object.keys(check)) if (!CHECK_KEYS.includes(key)) fail(at, `unknown key "${key}"`);
    const name = check.name;
    if (typeof name !== "string" || name.trim() === "") fail(`${at}.name`, "is required");
    if (names.has(name)) fail(`${at}.name`, `"${name}" is used twice`);
    names.add(name);
    const path = check.path;
    if (typeof path !== "string" || !/^\/[\x21-\x7e]*$/.test(path))
      fail(`${at}.path`, "must be an absolute path");
    const passes = whole(check.passes, `${at}.passes`, 1, 100, 3);
    const headers = check.headers;
    if (headers !== undefined && (typeof headers !== "object" || headers === null || Array.isArray(headers)))
      fail(`${at}.headers`, "must map header names to regular expressions");
    return {
      name,
      path,
      status: whole(check.status, `${at}.status`, 100, 599),
      ...(check.body !== undefined ? { body: regex(check.body, `${at}.body`) } : {}),
      ...(headers
        ? {
            headers: Object.fromEntries(
              Object.entries(headers as Record<string, unknown>).map(([k, v]) => [
                k.toLowerCase(),
                regex(v, `${at}.headers.${k}`),
              ]),
            ),
          }
        : {}),
      passes,
      attempts: whole(check.attempts, `${at}.attempts`, passes, 1000, passes * 3),
      maxLatencyMs: whole(check.maxLatencyMs, `${at}.maxLatencyMs`, 1, 60_000, 2000),
    };
  });
  return { checks, intervalMs: whole(doc.intervalMs, `${source}: intervalMs`, 0, 60_000, 1000) };
}

export function loadSmokeSpec(file: string): SmokeSpec {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new UsageError(
      "--smoke-checks",
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`,
    );
  }
  return parseSmokeSpec(text, file);
}

export interface SmokeTarget {
  /** `https://app.example.com`: the production hostname, whose ALB routes the header to the idle color. */
  baseUrl: string;
  /** The route's header and its secret value; absent when the base URL reaches the color directly. */
  header?: { name: string; value: string };
  color: Color;
}

export interface SmokeIo {
  sleep(ms: number): Promise<void>;
  log(line: string): void;
  signal?: AbortSignal;
}

/** One attempt: null when it passed, else why not. */
async function attempt(
  check: SmokeCheck,
  target: SmokeTarget,
  io: SmokeIo,
): Promise<{ failure: string | null; seen: string }> {
  const url = new URL(check.path, target.baseUrl).toString();
  const started = performance.now();
  const timeout = AbortSignal.timeout(Math.max(check.maxLatencyMs * 2, 1000));
  let res: Response;
  let body: string;
  try {
    res = await fetch(url, {
      headers: target.header ? { [target.header.name]: target.header.value } : {},
      redirect: "manual",
      signal: io.signal ? AbortSignal.any([io.signal, timeout]) : timeout,
    });
    body = await res.text();
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { failure: `GET ${check.path} failed: ${cause ?? (err as Error).message}`, seen: "no answer" };
  }
  const ms = Math.round(performance.now() - started);
  const seen = `${res.status} in ${ms} ms`;
  if (res.status !== check.status)
    return { failure: `GET ${check.path} → ${res.status} (expected ${check.status})`, seen };
  if (ms > check.maxLatencyMs)
    return { failure: `GET ${check.path} took ${ms} ms (limit ${check.maxLatencyMs} ms)`, seen };
  const fill = (re: string) => new RegExp(re.replaceAll("{color}", target.color));
  if (check.body && !fill(check.body).test(body))
    return {
      failure: `GET ${check.path}: body does not match /${check.body.replaceAll("{color}", target.color)}/`,
      seen,
    };
  for (const [name, re] of Object.entries(check.headers ?? {})) {
    const value = res.headers.get(name);
    if (value === null || !fill(re).test(value))
      return {
        failure: `GET ${check.path}: header ${name} ${value === null ? "missing" : `"${value}"`} does not match /${re}/`,
        seen,
      };
  }
  return { failure: null, seen };
}

/** Runs every check in order; stops at the first that fails. */
export async function runSmoke(spec: SmokeSpec, target: SmokeTarget, io: SmokeIo): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of spec.checks) {
    let passes = 0;
    let attempts = 0;
    let last = "";
    while (passes < check.passes && attempts < check.attempts) {
      if (attempts > 0) await io.sleep(spec.intervalMs);
      attempts++;
      const a = await attempt(check, target, io);
      if (a.failure) {
        passes = 0;
        last = a.failure;
      } else {
        passes++;
        last = a.seen;
      }
    }
    const ok = passes >= check.passes;
    const detail = ok
      ? `${passes} passes in a row, last ${last}`
      : `${last} (${passes}/${check.passes} passes in a row after ${attempts} attempts)`;
    io.log(`smoke ${ok ? "ok" : "FAILED"}: ${check.name}: ${detail}`);
    results.push({ name: check.name, ok, passes, attempts, detail });
    if (!ok) break;
  }
  return results;
}
