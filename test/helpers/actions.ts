/**
 * Running GitHub Actions in tests, two ways:
 *  - in process: `runActionSpec(spec, inputs, env)` hands the action's spec a fake
 *    @actions/core that reads `INPUT_*` the way the real one does and records outputs, the
 *    failure message, log lines and the job summary;
 *  - as the runner does: `runActionScript(script, env)` spawns `node <script>` with the
 *    `INPUT_*` environment and fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and parses them.
 * `inputsEnv(actionYml, inputs)` builds that `INPUT_*` environment: every declared input, the
 * action.yml defaults filled in, exactly as the runner passes them.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { parse } from "yaml";
import { type ActionCore, type ActionSpec, runAction } from "../../delivery/actions/kit.ts";
import type { Common } from "../../delivery/inputs.ts";

const ROOT = join(import.meta.dirname, "..", "..");

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The message passed to setFailed (in process), or the `::error::` lines (a script). */
  failed: string[];
}

const inputKey = (name: string) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;

/** The inputs an action.yml declares, with their defaults. */
export function declaredInputs(actionYml: string): Record<string, { required?: boolean; default?: string }> {
  const path = isAbsolute(actionYml) ? actionYml : join(ROOT, actionYml);
  return (
    (parse(readFileSync(path, "utf8")) as { inputs?: Record<string, { default?: string }> }).inputs ?? {}
  );
}

/** `INPUT_*` for every declared input (defaults filled in); an undeclared input throws. */
export function inputsEnv(actionYml: string, inputs: Record<string, string>): Record<string, string> {
  const declared = declaredInputs(actionYml);
  const env: Record<string, string> = {};
  for (const name of Object.keys(inputs)) {
    if (!(name in declared)) throw new Error(`${actionYml} declares no input "${name}"`);
  }
  for (const [name, spec] of Object.entries(declared)) {
    const value = inputs[name] ?? spec.default;
    if (value !== undefined) env[inputKey(name)] = String(value);
  }
  return env;
}

/** GitHub's GITHUB_OUTPUT file format: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2]!, i + 1);
      out[block[1]!] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
  }
  return out;
}

/**
 * Runs the committed bundle of action `name` (delivery/actions/<name>/dist) copied alone into a
 * temporary folder, where no node_modules exists: as its workflow runs it, with no install step.
 */
export async function runBundleAlone(name: string, env: NodeJS.ProcessEnv): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `${name}-bundle-`));
  try {
    cpSync(join(ROOT, "delivery", "actions", name, "dist"), dir, { recursive: true });
    return await runActionScript(join(dir, "index.js"), { PATH: process.env.PATH, ...env }, { cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spawns `node script` as the runner does; `env` carries the `INPUT_*` and everything else. */
export async function runActionScript(
  script: string,
  env: NodeJS.ProcessEnv,
  options: { cwd?: string } = {},
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "securecloud-action-"));
  try {
    const output = join(dir, "output");
    const summary = join(dir, "summary");
    writeFileSync(output, "");
    writeFileSync(summary, "");
    const child = spawn(process.execPath, [script], {
      env: { NODE_NO_WARNINGS: "1", ...env, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary },
      cwd: options.cwd ?? dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c;
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c;
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(output, "utf8")),
      summary: readFileSync(summary, "utf8"),
      failed: stdout
        .split("\n")
        .filter((l) => l.startsWith("::error::"))
        .map((l) => l.slice("::error::".length)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fake @actions/core over an `INPUT_*` map, recording what the action reports. */
export function fakeCore(inputEnv: Record<string, string>) {
  const outputs: Record<string, string> = {};
  const failed: string[] = [];
  const log: string[] = [];
  let summary = "";
  const core: ActionCore = {
    getInput: (name) => (inputEnv[inputKey(name)] ?? "").trim(),
    setOutput: (name, value) => {
      outputs[name] = String(value);
    },
    setFailed: (message) => {
      failed.push(message);
    },
    info: (line) => {
      log.push(line);
    },
    warning: (line) => {
      log.push(`warning: ${line}`);
    },
    summary: {
      addRaw: (text, addEOL) => ({
        write: async () => {
          summary += addEOL ? `${text}\n` : text;
        },
      }),
    },
  };
  return { core, outputs, failed, log, summary: () => summary };
}

/**
 * Runs an action's spec in process, the inputs given as the workflow would (`INPUT_*` from
 * `inputsEnv`), the rest of the environment (AWS endpoint, GITHUB_*) from `env`.
 */
export async function runActionSpec<O extends Common, R>(
  spec: ActionSpec<O, R>,
  inputEnv: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Promise<ActionRun> {
  const fake = fakeCore(inputEnv);
  const code = await runAction(fake.core, spec, { GITHUB_STEP_SUMMARY: "(in process)", ...env });
  return {
    code,
    stdout: fake.log.join("\n"),
    stderr: "",
    outputs: fake.outputs,
    summary: fake.summary(),
    failed: fake.failed,
  };
}
