/**
 * `gate --live --security-hub`: the Security Hub half of the live gate, as the CLI and the
 * action run it, and its text and GitHub renderings. Loaded only with `--security-hub`.
 */
import type { Severity } from "../../common/conventions.ts";
import type { CoreLike } from "../report/github.ts";
import { RULES } from "../rules/index.ts";
import { type HubOptions, type HubReport, readSecurityHub } from "./securityhub.ts";
import { type LiveSuppression, loadSuppressions } from "./suppressions.ts";

interface HubArgs {
  region: string | undefined;
  failOn: Severity;
  suppressions: string | undefined;
}

export function suppressionsFor(args: HubArgs, cwd?: string, now?: number): LiveSuppression[] {
  const path = args.suppressions!;
  const resolved = cwd && !path.startsWith("/") ? `${cwd}/${path}` : path;
  return loadSuppressions([resolved], RULES, now ?? Date.now());
}

export function readHub(
  args: HubArgs,
  suppressions: LiveSuppression[],
  inject: Partial<HubOptions> = {},
): Promise<HubReport> {
  return readSecurityHub({ region: args.region, failOn: args.failOn, suppressions, ...inject });
}

export function renderHubText(r: HubReport): string {
  const lines = [
    "",
    `Security Hub (FSBP, CIS; active, failed, critical and high): ${r.summary.findings} open, ${r.summary.suppressed} suppressed`,
    "",
  ];
  for (const f of r.findings) {
    const mark = f.blocking ? "FAIL" : f.suppression ? "supp" : "warn";
    lines.push(`  ${mark} ${f.severity.toUpperCase().padEnd(8)} ${f.control.padEnd(14)} ${f.title}`);
    for (const res of f.resources) lines.push(`       - ${res.type} ${res.id}`);
    if (f.suppression) {
      lines.push(
        `       suppressed (${f.suppression.stack} ${f.suppression.address}${f.suppression.expires ? `, until ${f.suppression.expires}` : ""}): ${f.suppression.reason}`,
      );
    }
    if (f.expiredSuppression) lines.push(`       ${f.expiredSuppression}`);
  }
  const broken = r.suppressions.filter((s) => s.status !== "active");
  if (broken.length > 0) {
    lines.push("", `Broken suppressions (${broken.length}):`);
    for (const s of broken) lines.push(`  ${s.stack} ${s.address} ${s.ruleId || "(no id)"}: ${s.problem}`);
  }
  lines.push(
    "",
    `Security Hub result: ${r.summary.passed ? "PASS" : "FAIL"}: ${r.summary.blocking} blocking finding(s), ${r.summary.suppressionErrors} broken suppression(s)`,
  );
  return `${lines.join("\n")}\n`;
}

export async function emitHubGithub(
  r: HubReport,
  core: CoreLike,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  for (const f of r.findings) {
    if (f.suppression) continue;
    const text = `${f.control} ${f.title}: ${f.resources.map((x) => x.id).join(", ")}${f.expiredSuppression ? ` (${f.expiredSuppression})` : ""}`;
    const props = { title: `Security Hub ${f.control} (${f.severity})` };
    if (f.blocking) core.error(text, props);
    else core.warning(text, props);
  }
  if (!env.GITHUB_STEP_SUMMARY) return;
  await core.summary
    .addHeading(`Security Hub: ${r.summary.passed ? "passed" : "failed"}`, 2)
    .addTable([
      ["Control", "Severity", "Blocks", "Resources", "Suppression"].map((data) => ({ data, header: true })),
      ...r.findings.map((f) => [
        f.control,
        f.severity,
        f.blocking ? "yes" : "no",
        f.resources.map((x) => x.id).join("<br>"),
        f.suppression
          ? `${f.suppression.reason}${f.suppression.expires ? ` (until ${f.suppression.expires})` : ""}`
          : "",
      ]),
    ])
    .write();
}
