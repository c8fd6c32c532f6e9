/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with its help text, controls as tags and
 * a security-severity; every result located at the resource (the cdk.tf.json file and the
 * line of the resource's key) with the Terraform address as the logical location.
 * Suppressed findings are kept as results carrying an in-source suppression and its reason.
 */
import { createHash } from "node:crypto";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Severity } from "../../common/conventions.ts";
import { controlIds } from "../engine/evaluate.ts";
import type { Finding, Report, Rule, SuppressedFinding } from "../engine/types.ts";

export const TOOL_NAME = "securecloud-gate";
export const SUPPRESSION_RULE_ID = "SC-GATE-SUPPRESSION";

const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
};
const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
};

function helpText(rule: Rule): { text: string; markdown: string } {
  const controls = controlIds(rule);
  const config = rule.awsConfigRules.length > 0 ? rule.awsConfigRules.join(", ") : "none";
  const text = [
    rule.rationale,
    `Remediation: ${rule.remediation}`,
    `Controls: ${controls.length > 0 ? controls.join(", ") : "none (estate convention)"}`,
    `AWS Config rules: ${config}`,
    `Suppress (with a reason of 20+ characters): suppress(construct, [{ id: "${rule.id}", reason: "..." }])`,
  ].join("\n\n");
  const markdown = [
    `**${rule.title}** (${rule.severity})`,
    rule.rationale,
    `**Remediation:** ${rule.remediation}`,
    `**Controls:** ${controls.length > 0 ? controls.map((c) => `\`${c}\``).join(", ") : "none (estate convention)"}`,
    `**AWS Config rules:** ${rule.awsConfigRules.map((c) => `\`${c}\``).join(", ") || "none"}`,
    `Suppress with \`suppress(construct, [{ id: "${rule.id}", reason: "..." }])\` from \`stacks/gate-annotations.ts\`.`,
  ].join("\n\n");
  return { text, markdown };
}

function ruleName(title: string): string {
  return title
    .replace(/[^A-Za-z0-9 ]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split("\\").join("/"), uriBaseId: "%SRCROOT%" };
}

function fingerprint(f: Finding): string {
  return createHash("sha256")
    .update(`${f.ruleId}\u0000${f.stack}\u0000${f.address}\u0000${f.message}`)
    .digest("hex");
}

export function renderSarif(
  report: Report,
  rules: readonly Rule[],
  opts: { version?: string; cwd?: string } = {},
): string {
  const hasSuppressionErrors = report.suppressions.some(
    (s) => s.status === "expired" || s.status === "unknown-rule" || s.status === "invalid",
  );
  const descriptors = rules.map((r) => ({
    id: r.id,
    name: ruleName(r.title),
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    help: helpText(r),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ["security", "compliance", r.category, ...controlIds(r)],
      "security-severity": SECURITY_SEVERITY[r.severity],
      precision: "high",
    },
  }));
  if (hasSuppressionErrors) {
    descriptors.push({
      id: SUPPRESSION_RULE_ID,
      name: "SuppressionsAreValid",
      shortDescription: { text: "Suppressions name a known rule, give a reason and have not expired" },
      fullDescription: {
        text: "A suppression that is expired, names a rule that does not exist, or lacks a real reason is not honoured and fails the gate.",
      },
      help: {
        text: "Renew the suppression with a new expiry and reason, fix its rule id, or remove it and fix the finding.",
        markdown:
          "Renew the suppression with a new expiry and reason, fix its rule id, or remove it and fix the finding.",
      },
      defaultConfiguration: { level: "error" },
      properties: { tags: ["security", "compliance"], "security-severity": "7.0", precision: "high" },
    });
  }
  const index = new Map(descriptors.map((d, i) => [d.id, i]));

  const location = (file: string, line: number | undefined, stack: string, address: string) => ({
    physicalLocation: {
      artifactLocation: artifact(file),
      region: { startLine: line ?? 1 },
    },
    logicalLocations: [
      {
        name: address,
        fullyQualifiedName: address === stack ? stack : `${stack}/${address}`,
        kind: address === stack ? "module" : "resource",
      },
    ],
  });

  const toResult = (f: Finding | SuppressedFinding) => {
    const base = {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: {
        text: `${f.message}${f.controls.length > 0 ? ` [${f.controls.join(", ")}]` : ""} (${f.stack} ${f.address})`,
      },
      locations: [location(f.file, f.line ?? undefined, f.stack, f.address)],
      partialFingerprints: { "securecloudFinding/v1": fingerprint(f) },
      properties: {
        stack: f.stack,
        address: f.address,
        severity: f.severity,
        constructPath: f.constructPath ?? null,
      },
    };
    if ("suppression" in f) {
      return {
        ...base,
        suppressions: [{ kind: "inSource", status: "accepted", justification: f.suppression.reason }],
      };
    }
    return base;
  };

  const results = [...report.findings.map(toResult), ...report.suppressed.map(toResult)];
  for (const s of report.suppressions) {
    if (s.status !== "expired" && s.status !== "unknown-rule" && s.status !== "invalid") continue;
    results.push({
      ruleId: SUPPRESSION_RULE_ID,
      ruleIndex: index.get(SUPPRESSION_RULE_ID) ?? -1,
      level: "error",
      message: {
        text: `suppression of ${s.ruleId || "(no id)"} on ${s.stack} ${s.address} is ${s.status}: ${s.problem}`,
      },
      locations: [location(s.file, s.line, s.stack, s.address)],
      partialFingerprints: {
        "securecloudFinding/v1": createHash("sha256")
          .update(`suppression\u0000${s.stack}\u0000${s.address}\u0000${s.ruleId}`)
          .digest("hex"),
      },
      properties: { stack: s.stack, address: s.address, severity: "high", constructPath: null },
    });
  }

  const run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        semanticVersion: opts.version ?? "0.1.0",
        rules: descriptors,
      },
    },
    originalUriBaseIds: {
      "%SRCROOT%": { uri: pathToFileURL(`${opts.cwd ?? process.cwd()}/`).href },
    },
    results,
    properties: { summary: report.summary, suppressions: report.suppressions },
  };
  return `${JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] }, null, 2)}\n`;
}
