/**
 * The live gate's second source: Security Hub's active control findings.
 *
 * GetFindings (paginated, 100 a page) asks for what is still wrong in the running estate:
 * RecordState ACTIVE, workflow NEW or NOTIFIED, compliance FAILED, severity CRITICAL or HIGH
 * (by default), from the FSBP and CIS AWS Foundations standards. Every finding is checked
 * against the same conditions again here, so a filter the service ignores can never widen
 * what blocks.
 *
 * Each finding is then matched against the static gate's suppressions (suppressions.ts): a
 * covered finding is listed with its suppression's reason and expiry and does not block; a
 * finding covered only by an expired suppression blocks and says so; expired suppressions and
 * ones naming an unknown rule fail the run, exactly as in the static gate.
 */
import {
  type AwsSecurityFinding,
  type AwsSecurityFindingFilters,
  GetFindingsCommand,
  type GetFindingsCommandOutput,
  SecurityHubClient,
} from "@aws-sdk/client-securityhub";
import { type Severity, severityRank } from "../../common/conventions.ts";
import { coveringSuppression, type LiveSuppression } from "./suppressions.ts";

/** Standards whose control findings the gate reads (ARN prefixes without version). */
export const STANDARDS = {
  fsbp: "standards/aws-foundational-security-best-practices",
  cis: "standards/cis-aws-foundations-benchmark",
} as const;

export const SECURITY_HUB_LABELS = ["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type SecurityHubLabel = (typeof SECURITY_HUB_LABELS)[number];

/** Security Hub's label on the estate's severity scale. */
export function severityOfLabel(label: string | undefined): Severity {
  switch (label) {
    case "CRITICAL":
      return "critical";
    case "HIGH":
      return "high";
    case "MEDIUM":
      return "medium";
    default:
      return "low";
  }
}

export interface HubFinding {
  id: string;
  /** `ELB.6`: the consolidated security control id. */
  control: string;
  title: string;
  severity: Severity;
  label: string;
  /** `fsbp`, `cis` or both. */
  standards: string[];
  resources: { type: string; id: string }[];
  firstObservedAt: string | undefined;
  updatedAt: string | undefined;
  remediation: string | undefined;
  suppression: { reason: string; expires: string | undefined; address: string; stack: string } | undefined;
  /** Set when only an expired suppression covered it. */
  expiredSuppression: string | undefined;
  blocking: boolean;
}

export interface HubReport {
  findings: HubFinding[];
  suppressions: LiveSuppression[];
  summary: {
    findings: number;
    suppressed: number;
    blocking: number;
    suppressionErrors: number;
    bySeverity: Record<Severity, number>;
    passed: boolean;
  };
}

export interface HubOptions {
  client?: SecurityHubClient;
  region?: string;
  failOn: Severity;
  /** Lowest Security Hub label read (default HIGH: critical and high). */
  minimumLabel?: SecurityHubLabel;
  suppressions: LiveSuppression[];
}

/** The GetFindings filter the gate sends. */
export function findingFilters(minimumLabel: SecurityHubLabel = "HIGH"): AwsSecurityFindingFilters {
  const labels = SECURITY_HUB_LABELS.slice(SECURITY_HUB_LABELS.indexOf(minimumLabel));
  return {
    RecordState: [{ Value: "ACTIVE", Comparison: "EQUALS" }],
    WorkflowStatus: [
      { Value: "NEW", Comparison: "EQUALS" },
      { Value: "NOTIFIED", Comparison: "EQUALS" },
    ],
    ComplianceStatus: [{ Value: "FAILED", Comparison: "EQUALS" }],
    SeverityLabel: labels.map((Value) => ({ Value, Comparison: "EQUALS" as const })),
    ComplianceAssociatedStandardsId: Object.values(STANDARDS).map((Value) => ({
      Value,
      Comparison: "PREFIX" as const,
    })),
  };
}

function standardsOf(f: AwsSecurityFinding): string[] {
  const ids = [
    ...(f.Compliance?.AssociatedStandards ?? []).map((s) => s.StandardsId ?? ""),
    f.ProductFields?.StandardsArn ?? "",
    f.GeneratorId ?? "",
  ];
  return (Object.keys(STANDARDS) as (keyof typeof STANDARDS)[]).filter((k) =>
    ids.some((id) => id.includes(STANDARDS[k])),
  );
}

/** CIS requirements a finding relates to, as `cis v3.0.0 5.2`. */
function cisKeys(f: AwsSecurityFinding): string[] {
  const out: string[] = [];
  for (const r of f.Compliance?.RelatedRequirements ?? []) {
    const m = /^CIS AWS Foundations(?: Benchmark)? (v[\d.]+)\/([\d.]+)$/.exec(r.trim());
    if (m) out.push(`cis ${m[1]} ${m[2]}`);
  }
  return out;
}

function isActiveFailure(f: AwsSecurityFinding, labels: readonly string[]): boolean {
  return (
    f.RecordState === "ACTIVE" &&
    (f.Workflow?.Status ?? f.WorkflowState ?? "NEW") !== "SUPPRESSED" &&
    f.Workflow?.Status !== "RESOLVED" &&
    f.Compliance?.Status === "FAILED" &&
    labels.includes(f.Severity?.Label ?? "") &&
    standardsOf(f).length > 0
  );
}

export async function readSecurityHub(opts: HubOptions): Promise<HubReport> {
  const client = opts.client ?? new SecurityHubClient(opts.region ? { region: opts.region } : {});
  const minimum = opts.minimumLabel ?? "HIGH";
  const labels = SECURITY_HUB_LABELS.slice(SECURITY_HUB_LABELS.indexOf(minimum));
  const raw: AwsSecurityFinding[] = [];
  let token: string | undefined;
  do {
    let page: GetFindingsCommandOutput;
    try {
      page = await client.send(
        new GetFindingsCommand({ Filters: findingFilters(minimum), MaxResults: 100, NextToken: token }),
      );
    } catch (err) {
      const e = err as { name?: string; message?: string };
      throw new Error(
        `GetFindings failed: ${e.name ?? "Error"}: ${e.message ?? String(err)}; no traffic was changed`,
      );
    }
    raw.push(...(page.Findings ?? []));
    token = page.NextToken;
  } while (token);

  const suppressions = opts.suppressions.map((s) => ({ ...s, matched: 0 }));
  const findings: HubFinding[] = [];
  for (const f of raw) {
    if (!f.Id || !isActiveFailure(f, labels)) continue;
    const control = f.Compliance?.SecurityControlId ?? f.ProductFields?.ControlId ?? "unknown";
    const resources = (f.Resources ?? []).map((r) => ({ type: r.Type ?? "unknown", id: r.Id ?? "unknown" }));
    const covering = coveringSuppression(
      suppressions,
      [control, ...cisKeys(f)],
      resources.map((r) => r.id),
    );
    if (covering) covering.matched++;
    const active = covering?.status === "active" ? covering : undefined;
    const severity = severityOfLabel(f.Severity?.Label);
    findings.push({
      id: f.Id,
      control,
      title: f.Title ?? control,
      severity,
      label: f.Severity?.Label ?? "",
      standards: standardsOf(f),
      resources,
      firstObservedAt: f.FirstObservedAt ?? f.CreatedAt,
      updatedAt: f.UpdatedAt,
      remediation: f.Remediation?.Recommendation?.Url ?? f.Remediation?.Recommendation?.Text,
      suppression: active
        ? { reason: active.reason, expires: active.expires, address: active.address, stack: active.stack }
        : undefined,
      expiredSuppression:
        covering?.status === "expired" ? `its suppression expired on ${covering.expires}` : undefined,
      blocking: !active && severityRank(severity) >= severityRank(opts.failOn),
    });
  }
  findings.sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      a.control.localeCompare(b.control, "en", { numeric: true }) ||
      a.id.localeCompare(b.id),
  );
  const open = findings.filter((f) => !f.suppression);
  const bySeverity = { low: 0, medium: 0, high: 0, critical: 0 } as Record<Severity, number>;
  for (const f of open) bySeverity[f.severity]++;
  const suppressionErrors = suppressions.filter((s) => s.status !== "active").length;
  const blocking = findings.filter((f) => f.blocking).length;
  return {
    findings,
    suppressions,
    summary: {
      findings: open.length,
      suppressed: findings.length - open.length,
      blocking,
      suppressionErrors,
      bySeverity,
      passed: blocking === 0 && suppressionErrors === 0,
    },
  };
}
