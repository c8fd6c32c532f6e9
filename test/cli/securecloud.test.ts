/**
 * The binary's conventions, run as a user runs it (a child process): --version, help for the
 * binary, for each command group and for every command (every option, its default, examples),
 * one error style with exit 2, -o/--output on every command that prints, and quiet output into a
 * closed pipe.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import test from "ava";
import { ENTRIES } from "../../cli/main.ts";

const root = join(import.meta.dirname, "..", "..");
const entry = join(root, "cli/securecloud.ts");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

function securecloud(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", entry, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
}

test("--version and -V print the package version and exit 0", (t) => {
  for (const flag of ["--version", "-V"]) {
    const r = securecloud(flag);
    t.is(r.status, 0);
    t.is(r.stdout, `securecloud ${version}\n`);
  }
});

test("--help lists every command; no command at all is a usage error on stderr", (t) => {
  const r = securecloud("--help");
  t.is(r.status, 0);
  for (const e of ENTRIES) t.true(r.stdout.includes(`  ${e.command.path} `), e.command.path);
  const none = securecloud();
  t.is(none.status, 2);
  t.is(none.stdout, "");
  t.regex(none.stderr, /^usage: securecloud <command>/);
});

for (const { command } of ENTRIES) {
  test(`${command.path} --help: every option with its default, examples, exit codes`, (t) => {
    const r = securecloud(...command.path.split(" "), "--help");
    t.is(r.status, 0, r.stderr);
    t.is(r.stderr, "");
    t.true(r.stdout.startsWith(`Usage: securecloud ${command.path} [options]`), r.stdout.split("\n")[0]);
    const options = [...command.options.filter((o) => !o.hidden)];
    for (const o of options) {
      t.regex(r.stdout, new RegExp(`--${o.name}${o.value ? ` <${o.value}>` : ""}`), `--${o.name}`);
      const flat = r.stdout.replace(/\s+/g, " ");
      if (o.default !== undefined) t.true(flat.includes(`default: ${o.default}`), `--${o.name} default`);
    }
    if (command.outputs) t.regex(r.stdout, /-o, --output <FORMAT>/);
    t.regex(r.stdout, new RegExp(`Examples:\\n  \\$ securecloud ${command.path}`));
    t.regex(r.stdout, /Exit codes: 0 /);
    // `securecloud help <command>` is the same text.
    t.is(securecloud("help", ...command.path.split(" ")).stdout, r.stdout);
  });

  test(`${command.path}: an unknown flag is one error line naming it, exit 2, nothing on stdout`, (t) => {
    const r = securecloud(...command.path.split(" "), "--no-such-flag");
    t.is(r.status, 2);
    t.is(r.stdout, "");
    t.is(r.stderr, `error: --no-such-flag: unknown flag (see securecloud ${command.path} --help)\n`);
  });
}

test("every command prints through -o/--output, and text and json are accepted everywhere", (t) => {
  for (const { command } of ENTRIES) {
    t.truthy(command.outputs, command.path);
    t.true(command.outputs!.includes("json"), `${command.path} -o json`);
  }
  // -o and --format are the same option; given both with different values, it refuses.
  const r = securecloud("gate", "-o", "json", "--format", "text");
  t.is(r.status, 2);
  t.is(r.stderr, 'error: --output: "json" conflicts with --format "text"\n');
});

test("a command group: --help lists its subcommands; a missing or unknown one is one error line", (t) => {
  const help = securecloud("traffic", "--help");
  t.is(help.status, 0);
  for (const sub of ["status", "shift", "rollback"]) t.regex(help.stdout, new RegExp(`traffic ${sub} `));
  const missing = securecloud("traffic");
  t.is(missing.status, 2);
  t.regex(missing.stderr, /^error: traffic: missing subcommand \(expected status, shift, rollback.*\)\n$/);
  const unknown = securecloud("traffic", "teleport");
  t.is(unknown.status, 2);
  t.regex(unknown.stderr, /^error: traffic: unknown subcommand "teleport"/);
  const command = securecloud("teleport");
  t.is(command.status, 2);
  t.regex(
    command.stderr,
    /^error: command: unknown command "teleport" \(expected traffic, deploy, gate, diff/,
  );
});

for (const args of [
  ["gate", "--help"],
  ["--help"],
  [
    "diff",
    "--base",
    "test/fixtures/policies/estate/stacks/staging",
    "--head",
    "test/fixtures/policies/estate/stacks/prod",
    "-o",
    "json",
  ],
]) {
  test(`output into a closed pipe ends quietly: securecloud ${args.join(" ")}`, async (t) => {
    // The reader is gone before the first write, as with \`| head\` once head has its lines.
    const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
      cwd: root,
      env: { ...process.env, NODE_NO_WARNINGS: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    t.is(stderr, "");
    t.is(code, 0);
  });
}
