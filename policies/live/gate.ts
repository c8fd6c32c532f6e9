/**
 * The live gate: asks AWS Config whether the running estate complies.
 *
 *  1. DescribeConfigRules (paginated) and ListTagsForResource on each rule's ARN: the
 *     estate's rules are those tagged `securecloud:severity`; others are listed as ignored.
 *  2. With `evaluate`, StartConfigRulesEvaluation (25 rules per call) and a bounded wait on
 *     DescribeConfigRuleEvaluationStatus until every rule's last evaluation is newer than
 *     it was before the start (clock-skew free). Past the deadline: LiveTimeoutError.
 *  3. DescribeComplianceByConfigRule (25 rules per call, paginated) and, for NON_COMPLIANT
 *     rules, GetComplianceDetailsByConfigRule (paginated) for the offending resources.
 *  4. NON_COMPLIANT rules at or above `failOn` block; INSUFFICIENT_DATA (and failed or
 *     missing evaluations) block only with `insufficientData: "block"` and at or above
 *     `failOn`.
 *
 * Throttling (and Config's LimitExceeded/ResourceInUse for a start that collides with a
 * running evaluation) is retried with exponential backoff and full jitter, within the
 * deadline. This module is loaded only by `--live`: the static gate never pays for the SDK.
 */
import {
  type ComplianceType,
  type ConfigRuleEvaluationStatus,
  ConfigServiceClient,
  DescribeComplianceByConfigRuleCommand,
  DescribeConfigRuleEvaluationStatusCommand,
  DescribeConfigRulesCommand,
  GetComplianceDetailsByConfigRuleCommand,
  ListTagsForResourceCommand,
  StartConfigRulesEvaluationCommand,
} from "@aws-sdk/client-config-service";
import { isSeverity, type Severity, severityRank, TAG } from "../../common/conventions.ts";

export interface LiveOptions {
  client?: ConfigServiceClient;
  region?: string;
  evaluate: boolean;
  timeoutMs: number;
  failOn: Severity;
  insufficientData: "block" | "report";
  /** Poll interval while waiting for evaluations; default min(5 s, timeout / 20), at least 200 ms. */
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  retry?: { attempts: number; baseMs: number; maxMs: number };
  /** Progress lines (to stderr in the CLI). */
  log?: (line: string) => void;
}

export type LiveCompliance = ComplianceType | "EVALUATION_FAILED" | "NOT_EVALUATED";

export interface LiveResource {
  type: string;
  id: string;
  annotation: string | undefined;
}

export interface LiveRule {
  name: string;
  arn: string;
  severity: Severity;
  /** Set when the tag value was not a severity (the rule is then treated as critical). */
  severityProblem: string | undefined;
  compliance: LiveCompliance;
  resources: LiveResource[];
  /** Non-compliant resources beyond those listed (Config caps contributor counts). */
  blocking: boolean;
  note: string | undefined;
}

export interface LiveReport {
  region: string | undefined;
  evaluated: boolean;
  failOn: Severity;
  insufficientData: "block" | "report";
  rules: LiveRule[];
  /** Active rules without a securecloud:severity tag, or created by another service. */
  ignored: { name: string; why: string }[];
  summary: {
    rules: number;
    compliant: number;
    nonCompliant: number;
    insufficientData: number;
    blocking: number;
    passed: boolean;
  };
}

export class LiveTimeoutError extends Error {
  readonly pending: string[];
  constructor(seconds: number, pending: string[]) {
    super(
      `live gate: timed out after ${seconds}s waiting for AWS Config to finish evaluating ${pending.length} rule(s): ${pending.join(", ")}; no traffic was changed`,
    );
    this.name = "LiveTimeoutError";
    this.pending = pending;
  }
}

export class AwsCallError extends Error {
  readonly operation: string;
  readonly code: string;
  constructor(operation: string, code: string, message: string) {
    super(`${operation} failed: ${code}: ${message}; no traffic was changed`);
    this.name = "AwsCallError";
    this.operation = operation;
    this.code = code;
  }
}

const THROTTLING = new Set([
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "ProvisionedThroughputExceededException",
  "SlowDown",
]);

function errorCode(err: unknown): string {
  const e = err as { name?: string; Code?: string; code?: string };
  return e?.name && e.name !== "Error" ? e.name : (e?.Code ?? e?.code ?? "UnknownError");
}

function isThrottle(err: unknown): boolean {
  const e = err as { $retryable?: { throttling?: boolean }; $metadata?: { httpStatusCode?: number } };
  return (
    THROTTLING.has(errorCode(err)) ||
    e?.$retryable?.throttling === true ||
    e?.$metadata?.httpStatusCode === 429
  );
}

function chunks<T>(arr: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < arr.length; i += size) out.push(arr.slice(i, i + size));
  return out;
}

export async function runLiveGate(opts: LiveOptions): Promise<LiveReport> {
  const client = opts.client ?? new ConfigServiceClient(opts.region ? { region: opts.region } : {});
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const retry = opts.retry ?? { attempts: 8, baseMs: 200, maxMs: 10_000 };
  const log = opts.log ?? (() => {});
  const deadline = now() + opts.timeoutMs;
  const timeoutSeconds = Math.round(opts.timeoutMs / 1000);

  /** Sends with retries on throttling (and on the given extra error codes), within the deadline. */
  async function call<T>(
    operation: string,
    send: () => Promise<T>,
    retryAlso: string[] = [],
    pending?: () => string[],
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await send();
      } catch (err) {
        const code = errorCode(err);
        const retryable = isThrottle(err) || retryAlso.includes(code);
        if (!retryable) throw new AwsCallError(operation, code, (err as Error)?.message ?? String(err));
        const limit = retryAlso.includes(code) ? Number.POSITIVE_INFINITY : retry.attempts;
        if (attempt + 1 >= limit)
          throw new AwsCallError(operation, code, `still throttled after ${attempt + 1} attempts`);
        const wait = Math.floor(random() * Math.min(retry.maxMs, retry.baseMs * 2 ** attempt)) + 1;
        if (now() + wait > deadline) {
          if (pending) throw new LiveTimeoutError(timeoutSeconds, pending());
          throw new AwsCallError(
            operation,
            code,
            `still throttled when the ${timeoutSeconds}s timeout ran out`,
          );
        }
        log(`${operation}: ${code}, retrying in ${wait} ms`);
        await sleep(wait);
      }
    }
  }

  // 1. the estate's rules and their severities
  const all: { name: string; arn: string; createdBy: string | undefined }[] = [];
  const ignored: { name: string; why: string }[] = [];
  let token: string | undefined;
  do {
    const page = await call("DescribeConfigRules", () =>
      client.send(new DescribeConfigRulesCommand({ NextToken: token })),
    );
    for (const r of page.ConfigRules ?? []) {
      if (!r.ConfigRuleName || !r.ConfigRuleArn) continue;
      if (r.ConfigRuleState && r.ConfigRuleState !== "ACTIVE") {
        ignored.push({ name: r.ConfigRuleName, why: `state ${r.ConfigRuleState}` });
        continue;
      }
      all.push({ name: r.ConfigRuleName, arn: r.ConfigRuleArn, createdBy: r.CreatedBy });
    }
    token = page.NextToken;
  } while (token);

  const rules: LiveRule[] = [];
  for (const r of all) {
    if (r.createdBy) {
      ignored.push({ name: r.name, why: `created by ${r.createdBy}` });
      continue;
    }
    let value: string | undefined;
    let tagToken: string | undefined;
    do {
      const page = await call("ListTagsForResource", () =>
        client.send(new ListTagsForResourceCommand({ ResourceArn: r.arn, NextToken: tagToken })),
      );
      const hit = (page.Tags ?? []).find((t) => t.Key === TAG.severity);
      if (hit) value = hit.Value ?? "";
      tagToken = page.NextToken;
    } while (tagToken && value === undefined);
    if (value === undefined) {
      ignored.push({ name: r.name, why: `no ${TAG.severity} tag` });
      continue;
    }
    const severity = isSeverity(value) ? value : "critical";
    rules.push({
      name: r.name,
      arn: r.arn,
      severity,
      severityProblem: isSeverity(value)
        ? undefined
        : `${TAG.severity} is "${value}", not low|medium|high|critical; treated as critical`,
      compliance: "NOT_EVALUATED",
      resources: [],
      blocking: false,
      note: undefined,
    });
  }
  if (rules.length === 0) {
    throw new Error(
      `live gate: no active AWS Config rule carries the ${TAG.severity} tag (${ignored.length} ignored); refusing to pass with nothing checked`,
    );
  }
  const names = rules.map((r) => r.name);
  log(`AWS Config: ${rules.length} rule(s) tagged ${TAG.severity}, ${ignored.length} ignored`);

  // 2. fresh evaluation, bounded wait
  const statusOf = async (): Promise<Map<string, ConfigRuleEvaluationStatus>> => {
    const out = new Map<string, ConfigRuleEvaluationStatus>();
    for (const chunk of chunks(names, 25)) {
      let t: string | undefined;
      do {
        const page = await call(
          "DescribeConfigRuleEvaluationStatus",
          () =>
            client.send(
              new DescribeConfigRuleEvaluationStatusCommand({ ConfigRuleNames: chunk, NextToken: t }),
            ),
          [],
          () => names,
        );
        for (const s of page.ConfigRulesEvaluationStatus ?? [])
          if (s.ConfigRuleName) out.set(s.ConfigRuleName, s);
        t = page.NextToken;
      } while (t);
    }
    return out;
  };
  const failedEvaluation = new Map<string, string>();
  if (opts.evaluate && names.length > 0) {
    const before = await statusOf();
    const stamp = (d: Date | undefined): number => (d ? new Date(d).getTime() : 0);
    for (const chunk of chunks(names, 25)) {
      await call(
        "StartConfigRulesEvaluation",
        () => client.send(new StartConfigRulesEvaluationCommand({ ConfigRuleNames: chunk })),
        ["LimitExceededException", "ResourceInUseException"],
        () => names,
      );
    }
    log(`StartConfigRulesEvaluation: ${names.length} rule(s); waiting up to ${timeoutSeconds}s`);
    const poll = opts.pollMs ?? Math.max(200, Math.min(5000, Math.floor(opts.timeoutMs / 20)));
    let pending = [...names];
    for (;;) {
      const current = await statusOf();
      pending = pending.filter((n) => {
        const b = before.get(n);
        const c = current.get(n);
        if (!c) return true;
        if (stamp(c.LastSuccessfulEvaluationTime) > stamp(b?.LastSuccessfulEvaluationTime)) return false;
        if (stamp(c.LastFailedEvaluationTime) > stamp(b?.LastFailedEvaluationTime)) {
          failedEvaluation.set(
            n,
            `evaluation failed: ${c.LastErrorCode ?? "error"}: ${c.LastErrorMessage ?? ""}`.trim(),
          );
          return false;
        }
        return true;
      });
      if (pending.length === 0) break;
      if (now() + poll > deadline) throw new LiveTimeoutError(timeoutSeconds, pending);
      await sleep(poll);
    }
    log("AWS Config: evaluation complete");
  }

  // 3. compliance and offending resources
  const compliance = new Map<string, ComplianceType>();
  for (const chunk of chunks(names, 25)) {
    let t: string | undefined;
    do {
      const page = await call("DescribeComplianceByConfigRule", () =>
        client.send(new DescribeComplianceByConfigRuleCommand({ ConfigRuleNames: chunk, NextToken: t })),
      );
      for (const c of page.ComplianceByConfigRules ?? []) {
        if (c.ConfigRuleName && c.Compliance?.ComplianceType)
          compliance.set(c.ConfigRuleName, c.Compliance.ComplianceType);
      }
      t = page.NextToken;
    } while (t);
  }
  for (const rule of rules) {
    const failed = failedEvaluation.get(rule.name);
    rule.compliance = failed ? "EVALUATION_FAILED" : (compliance.get(rule.name) ?? "INSUFFICIENT_DATA");
    if (failed) rule.note = failed;
    else if (!compliance.has(rule.name)) rule.note = "AWS Config returned no compliance for this rule yet";
    if (rule.compliance !== "NON_COMPLIANT") continue;
    let t: string | undefined;
    do {
      const page = await call("GetComplianceDetailsByConfigRule", () =>
        client.send(
          new GetComplianceDetailsByConfigRuleCommand({
            ConfigRuleName: rule.name,
            ComplianceTypes: ["NON_COMPLIANT"],
            Limit: 100,
            NextToken: t,
          }),
        ),
      );
      for (const e of page.EvaluationResults ?? []) {
        const q = e.EvaluationResultIdentifier?.EvaluationResultQualifier;
        rule.resources.push({
          type: q?.ResourceType ?? "unknown",
          id: q?.ResourceId ?? "unknown",
          annotation: e.Annotation,
        });
      }
      t = page.NextToken;
    } while (t);
  }

  // 4. decide
  const atOrAbove = (s: Severity) => severityRank(s) >= severityRank(opts.failOn);
  for (const rule of rules) {
    if (rule.compliance === "NON_COMPLIANT") rule.blocking = atOrAbove(rule.severity);
    else if (["INSUFFICIENT_DATA", "EVALUATION_FAILED", "NOT_EVALUATED"].includes(rule.compliance)) {
      rule.blocking = opts.insufficientData === "block" && atOrAbove(rule.severity);
    }
  }
  rules.sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      a.name.localeCompare(b.name),
  );
  const blocking = rules.filter((r) => r.blocking).length;
  return {
    region: opts.region ?? (await client.config.region?.().catch(() => undefined)),
    evaluated: opts.evaluate,
    failOn: opts.failOn,
    insufficientData: opts.insufficientData,
    rules,
    ignored,
    summary: {
      rules: rules.length,
      compliant: rules.filter((r) => r.compliance === "COMPLIANT").length,
      nonCompliant: rules.filter((r) => r.compliance === "NON_COMPLIANT").length,
      insufficientData: rules.filter((r) =>
        ["INSUFFICIENT_DATA", "EVALUATION_FAILED", "NOT_EVALUATED"].includes(r.compliance),
      ).length,
      blocking,
      passed: blocking === 0,
    },
  };
}
