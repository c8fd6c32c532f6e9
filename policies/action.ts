/**
 * The `compliance-gate` action as a library function: reads the action's inputs through
 * @actions/core, runs the same code as `securecloud gate` (static or live), annotates and
 * summarises through @actions/core, optionally writes SARIF, sets outputs, and fails the
 * step when the gate fails. Returns the exit code the CLI would return.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { EXIT, errorLine, UsageError } from "../common/conventions.ts";
import { gateStatic, liveGateOptions, parseGateArgs } from "./cli.ts";
import type { LiveOptions } from "./live/gate.ts";
import type { HubOptions } from "./live/securityhub.ts";
import { type CoreLike, emitGithub } from "./report/github.ts";
import { renderSarif } from "./report/sarif.ts";
import { renderText } from "./report/text.ts";
import { RULES } from "./rules/index.ts";

export interface ActionCore extends CoreLike {
  getInput(name: string, options?: { required?: boolean; trimWhitespace?: boolean }): string;
  setOutput(name: string, value: unknown): void;
  setFailed(message: string): void;
  info(message: string): void;
}

/** Builds the CLI argv from the action inputs, so both validate inputs identically. */
export function argvFromInputs(core: Pick<ActionCore, "getInput">): string[] {
  const input = (name: string) => core.getInput(name).trim();
  const mode = input("mode") || "static";
  if (mode !== "static" && mode !== "live")
    throw new UsageError("mode", `"${mode}" is not one of static, live`);
  const argv = ["--format", "github", "--fail-on", input("fail-on") || "medium"];
  if (mode === "static") {
    const paths = input("paths")
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return [...(paths.length > 0 ? paths : ["cdktf.out"]), ...argv];
  }
  argv.push("--live");
  if (input("region")) argv.push("--region", input("region"));
  const evaluate = input("evaluate").toLowerCase();
  if (!["", "true", "false"].includes(evaluate))
    throw new UsageError("evaluate", `"${evaluate}" is not true or false`);
  if (evaluate === "true") argv.push("--evaluate");
  if (input("timeout")) argv.push("--timeout", input("timeout"));
  if (input("insufficient-data")) argv.push("--insufficient-data", input("insufficient-data"));
  const hub = input("security-hub").toLowerCase();
  if (!["", "true", "false"].includes(hub))
    throw new UsageError("security-hub", `"${hub}" is not true or false`);
  if (hub === "true") argv.push("--security-hub");
  if (input("suppressions")) argv.push("--suppressions", input("suppressions"));
  return argv;
}

/** Clients and clock the tests inject; the action itself passes nothing. */
export interface ActionInject {
  live?: Partial<LiveOptions>;
  hub?: Partial<HubOptions>;
  now?: number;
}

export async function runGateAction(
  core: ActionCore,
  env: NodeJS.ProcessEnv = process.env,
  inject: ActionInject = {},
): Promise<number> {
  try {
    const args = parseGateArgs(argvFromInputs(core));
    if (args.live) {
      const { runLiveGate } = await import("./live/gate.ts");
      const { emitLiveGithub, renderLiveText } = await import("./live/report.ts");
      const hub = args.securityHub ? await import("./live/hub-gate.ts") : undefined;
      // Suppressions are read before AWS is asked: a missing synth is bad input, nothing sent.
      const suppressions = hub?.suppressionsFor(args, undefined, inject.now);
      const report = await runLiveGate({
        ...liveGateOptions(args, (line) => core.info(line)),
        ...inject.live,
      });
      const hubReport = hub && suppressions ? await hub.readHub(args, suppressions, inject.hub) : undefined;
      await emitLiveGithub(report, core, env);
      core.info(renderLiveText(report));
      if (hub && hubReport) {
        await hub.emitHubGithub(hubReport, core, env);
        core.info(hub.renderHubText(hubReport));
      }
      const hubBlocking = hubReport ? hubReport.summary.blocking + hubReport.summary.suppressionErrors : 0;
      const passed = report.summary.passed && (hubReport?.summary.passed ?? true);
      core.setOutput("passed", String(passed));
      core.setOutput("blocking", String(report.summary.blocking + hubBlocking));
      core.setOutput("findings", String(report.summary.nonCompliant + (hubReport?.summary.findings ?? 0)));
      if (!passed) {
        const parts = [`${report.summary.blocking} AWS Config rule(s)`];
        if (hubReport) parts.push(`${hubBlocking} Security Hub finding(s) or broken suppression(s)`);
        core.setFailed(
          `live compliance gate failed: ${parts.join(" and ")} block at ${args.failOn} or above`,
        );
        return EXIT.findings;
      }
      return EXIT.ok;
    }
    const report = gateStatic(args.paths, { failOn: args.failOn });
    await emitGithub(report, RULES, core, env);
    core.info(renderText(report));
    const sarifFile = core.getInput("sarif-file").trim();
    if (sarifFile) {
      writeFileSync(resolve(sarifFile), renderSarif(report, RULES));
      core.setOutput("sarif-file", sarifFile);
    }
    const s = report.summary;
    core.setOutput("passed", String(s.passed));
    core.setOutput("blocking", String(s.blocking));
    core.setOutput("findings", String(s.findings));
    if (!s.passed) {
      core.setFailed(
        `compliance gate failed: ${s.blocking} finding(s) at or above ${s.failOn}${s.suppressionErrors ? `, ${s.suppressionErrors} broken suppression(s)` : ""}`,
      );
      return EXIT.findings;
    }
    return EXIT.ok;
  } catch (e) {
    core.setFailed(errorLine(e));
    return e instanceof UsageError ? EXIT.usage : EXIT.findings;
  }
}
