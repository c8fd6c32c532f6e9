/**
 * The weekly posture report of one environment: AWS Config (the live gate) and Security Hub
 * (active FSBP/CIS control findings, critical and high), after the static gate's suppressions.
 *
 * Markdown (the job summary and an artifact): the verdict; open findings by severity and
 * control; findings new since the last report (first observed within `newSinceDays`); the
 * Config rules that are not compliant; suppressions that expire within `expiringDays` or
 * already have. SARIF 2.1.0 (an artifact): one rule per control or Config rule, one result per
 * finding located at the resource's ARN, suppressed ones carrying their justification.
 */
import { SEVERITIES, type Severity, severityRank } from "../../common/conventions.ts";
import { expiryEnd } from "../../common/gate-metadata.ts";
import type { LiveReport } from "./gate.ts";
import type { HubFinding, HubReport } from "./securityhub.ts";
import type { LiveSuppression } from "./suppressions.ts";

const DAY = 24 * 60 * 60 * 1000;

export interface PostureReport {
  environment: string;
  generatedAt: string;
  failOn: Severity;
  config: LiveReport | undefined;
  securityHub: HubReport;
  newSinceDays: number;
  expiringDays: number;
  newFindings: HubFinding[];
  expiring: (LiveSuppression & { daysLeft: number })[];
  passed: boolean;
}

export function buildPosture(opts: {
  environment: string;
  now: number;
  failOn: Severity;
  config: LiveReport | undefined;
  securityHub: HubReport;
  newSinceDays?: number;
  expiringDays?: number;
}): PostureReport {
  const newSinceDays = opts.newSinceDays ?? 7;
  const expiringDays = opts.expiringDays ?? 14;
  const since = opts.now - newSinceDays * DAY;
  const newFindings = opts.securityHub.findings.filter(
    (f) => !f.suppression && f.firstObservedAt !== undefined && Date.parse(f.firstObservedAt) >= since,
  );
  const expiring = opts.securityHub.suppressions
    .filter((s) => s.expires !== undefined && (s.status === "active" || s.status === "expired"))
    .map((s) => ({ ...s, daysLeft: Math.floor(((expiryEnd(s.expires!) ?? opts.now) - opts.now) / DAY) }))
    .filter((s) => s.daysLeft < expiringDays)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.ruleId.localeCompare(b.ruleId));
  return {
    environment: opts.environment,
    generatedAt: new Date(opts.now).toISOString(),
    failOn: opts.failOn,
    config: opts.config,
    securityHub: opts.securityHub,
    newSinceDays,
    expiringDays,
    newFindings,
    expiring,
    passed: opts.securityHub.summary.passed && (opts.config?.summary.passed ?? true),
  };
}

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

/** Open findings grouped by severity and control: [severity, control, title, count, resources]. */
export function byControl(findings: readonly HubFinding[]): [Severity, string, string, number, string[]][] {
  const groups = new Map<string, [Severity, string, string, number, string[]]>();
  for (const f of findings) {
    if (f.suppression) continue;
    const key = `${f.severity} ${f.control}`;
    const g = groups.get(key) ?? [f.severity, f.control, f.title, 0, []];
    g[3]++;
    g[4].push(...f.resources.map((r) => r.id));
    groups.set(key, g);
  }
  return [...groups.values()].sort(
    (a, b) => severityRank(b[0]) - severityRank(a[0]) || a[1].localeCompare(b[1], "en", { numeric: true }),
  );
}

export function renderPostureMarkdown(p: PostureReport): string {
  const hub = p.securityHub;
  const lines = [
    `## Compliance posture: ${p.environment}: ${p.passed ? "passed" : "failed"}`,
    "",
    `Generated ${p.generatedAt}; blocking at **${p.failOn}** or above. Security Hub: ${hub.summary.findings} open finding(s), ${hub.summary.suppressed} suppressed, ${hub.summary.blocking} blocking${hub.summary.suppressionErrors > 0 ? `, **${hub.summary.suppressionErrors} broken suppression(s)**` : ""}.${p.config ? ` AWS Config: ${p.config.summary.nonCompliant} non-compliant rule(s), ${p.config.summary.blocking} blocking.` : ""}`,
    "",
    "| Severity | Open findings |",
    "| --- | ---: |",
    ...[...SEVERITIES].reverse().map((s) => `| ${s} | ${hub.summary.bySeverity[s]} |`),
    "",
    "### Open findings by control",
    "",
  ];
  const groups = byControl(hub.findings);
  if (groups.length === 0) lines.push("None.");
  else {
    lines.push("| Severity | Control | Title | Findings | Resources |", "| --- | --- | --- | ---: | --- |");
    for (const [severity, control, title, count, resources] of groups) {
      const shown = [...new Set(resources)].slice(0, 5);
      const more = new Set(resources).size - shown.length;
      lines.push(
        `| ${severity} | ${control} | ${cell(title)} | ${count} | ${shown.map((r) => `\`${cell(r)}\``).join("<br>")}${more > 0 ? `<br>and ${more} more` : ""} |`,
      );
    }
  }
  lines.push("", `### New in the last ${p.newSinceDays} days`, "");
  if (p.newFindings.length === 0) lines.push("None.");
  else {
    lines.push("| First seen | Severity | Control | Resource |", "| --- | --- | --- | --- |");
    for (const f of p.newFindings) {
      lines.push(
        `| ${f.firstObservedAt?.slice(0, 10)} | ${f.severity} | ${f.control} | ${f.resources.map((r) => `\`${cell(r.id)}\``).join("<br>")} |`,
      );
    }
  }
  if (p.config) {
    const bad = p.config.rules.filter(
      (r) => r.compliance !== "COMPLIANT" && r.compliance !== "NOT_APPLICABLE",
    );
    lines.push("", "### AWS Config rules not compliant", "");
    if (bad.length === 0) lines.push(`None of ${p.config.summary.rules} rule(s).`);
    else {
      lines.push("| Rule | Severity | Compliance | Blocks | Resources |", "| --- | --- | --- | --- | --- |");
      for (const r of bad) {
        lines.push(
          `| ${r.name} | ${r.severity} | ${r.compliance} | ${r.blocking ? "yes" : "no"} | ${r.resources.map((x) => `\`${cell(x.id)}\``).join("<br>")} |`,
        );
      }
    }
  }
  lines.push("", `### Suppressions expiring within ${p.expiringDays} days`, "");
  if (p.expiring.length === 0) lines.push("None.");
  else {
    lines.push("| Rule | Where | Expires | Days left | Reason |", "| --- | --- | --- | ---: | --- |");
    for (const s of p.expiring) {
      lines.push(
        `| ${s.ruleId} | ${s.stack} ${s.address === s.stack ? "(stack)" : `\`${s.address}\``} | ${s.expires} | ${s.daysLeft < 0 ? "**expired**" : s.daysLeft} | ${cell(s.reason)} |`,
      );
    }
  }
  const broken = hub.suppressions.filter((s) => s.status === "unknown-rule" || s.status === "invalid");
  if (broken.length > 0) {
    lines.push("", "### Broken suppressions", "");
    for (const s of broken)
      lines.push(`- ${s.stack} \`${s.address}\` ${s.ruleId || "(no id)"}: ${s.problem}`);
  }
  return `${lines.join("\n")}\n`;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
};
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
};

export const POSTURE_TOOL = "securecloud-posture";

/** SARIF 2.1.0: Security Hub controls and Config rules as rules, findings as results at the resource ARN. */
export function renderPostureSarif(p: PostureReport): string {
  const rules = new Map<string, { id: string; name: string; severity: Severity; help: string }>();
  const results: unknown[] = [];
  for (const f of p.securityHub.findings) {
    const id = `securityhub/${f.control}`;
    const known = rules.get(id);
    if (!known || severityRank(f.severity) > severityRank(known.severity)) {
      rules.set(id, {
        id,
        name: f.title,
        severity: f.severity,
        help: f.remediation ?? `Security Hub control ${f.control}`,
      });
    }
    results.push({
      ruleId: id,
      level: LEVEL[f.severity],
      message: {
        text: `${f.control} ${f.title}: ${f.resources.map((r) => `${r.type} ${r.id}`).join(", ")}${f.expiredSuppression ? ` (${f.expiredSuppression})` : ""}`,
      },
      locations: f.resources.map((r) => ({
        logicalLocations: [
          { name: r.id, kind: "resource", fullyQualifiedName: `${p.environment}/${r.type}/${r.id}` },
        ],
      })),
      partialFingerprints: { securityHubFindingId: f.id },
      properties: { environment: p.environment, standards: f.standards, firstObservedAt: f.firstObservedAt },
      ...(f.suppression
        ? {
            suppressions: [
              {
                kind: "external",
                justification: `${f.suppression.reason}${f.suppression.expires ? ` (until ${f.suppression.expires})` : ""}`,
              },
            ],
          }
        : {}),
    });
  }
  for (const r of p.config?.rules ?? []) {
    if (r.compliance === "COMPLIANT" || r.compliance === "NOT_APPLICABLE") continue;
    const id = `config/${r.name}`;
    rules.set(id, { id, name: r.name, severity: r.severity, help: `AWS Config rule ${r.name}` });
    const resources =
      r.resources.length > 0
        ? r.resources
        : [{ type: "AWS::Config::ConfigRule", id: r.arn, annotation: undefined }];
    results.push({
      ruleId: id,
      level: r.blocking ? "error" : LEVEL[r.severity],
      message: { text: `${r.name} is ${r.compliance}${r.note ? ` (${r.note})` : ""}` },
      locations: resources.map((x) => ({
        logicalLocations: [
          { name: x.id, kind: "resource", fullyQualifiedName: `${p.environment}/${x.type}/${x.id}` },
        ],
      })),
      partialFingerprints: { configRule: `${r.name}/${resources.map((x) => x.id).join(",")}` },
      properties: { environment: p.environment },
    });
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: POSTURE_TOOL,
            informationUri:
              "https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html",
            rules: [...rules.values()]
              .sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }))
              .map((r) => ({
                id: r.id,
                name: r.name,
                shortDescription: { text: r.name },
                help: { text: r.help },
                defaultConfiguration: { level: LEVEL[r.severity] },
                properties: {
                  "security-severity": SECURITY_SEVERITY[r.severity],
                  tags: ["security", p.environment],
                },
              })),
          },
        },
        automationDetails: { id: `${POSTURE_TOOL}/${p.environment}/` },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
