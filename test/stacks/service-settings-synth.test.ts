/**
 * One truth for the service's settings: whatever the service refuses at start (its own
 * validator, common/service-settings.ts) the synth refuses, with one line and exit 2, before
 * anything is written: so `LOG_LEVEL: "verbose"` fails the pull request, not the deploy.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import test from "ava";
import { prod, staging } from "../../stacks/config/environments.ts";
import { loadEnvironments } from "../../stacks/config/resolve.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { BAD } from "../helpers/service-settings.ts";

const root = join(import.meta.dirname, "..", "..");
/** Set by the estate itself; the configuration cannot carry them (refused for that reason). */
const ESTATE_OWNED = new Set(["SERVICE_COLOR", "PORT", "DRAIN_SECONDS"]);

function withSetting(env: EnvironmentConfig, name: string, value: string): EnvironmentConfig {
  const params = env.serviceParameters ?? { settings: {}, secrets: [] };
  return { ...env, serviceParameters: { ...params, settings: { ...params.settings, [name]: value } } };
}

test("the shipped environments pass the service's own validator", (t) => {
  t.notThrows(() => loadEnvironments([staging, prod]));
});

// Every refusal of the service whose variable an environment may set: the synth refuses it too.
const settable = BAD.filter(([env, variable]) => !ESTATE_OWNED.has(variable) && env[variable] !== undefined);

test("there are settable refusals to try (the table has not emptied)", (t) => {
  t.true(settable.length >= 8, String(settable.length));
});

for (const [env, variable, fragment] of settable) {
  test(`a setting the service refuses fails the synth: ${variable}=${JSON.stringify(env[variable]).slice(0, 40)}`, (t) => {
    const err = t.throws(() => loadEnvironments([staging, withSetting(prod, variable, env[variable]!)]));
    t.regex(err!.message, new RegExp(`environment "prod": serviceParameters\\.settings\\.${variable}: `));
    // Either the service's own reason, or the configuration's earlier refusal of a secret.
    t.true(err!.message.includes(fragment) || /looks like a secret/.test(err!.message), err!.message);
  });
}

test('LOG_LEVEL: "verbose" through the real synth entry: one line, exit 2, nothing written', async (t) => {
  const shipped = readFileSync(join(root, "stacks", "config", "environments.ts"), "utf8");
  const broken = shipped.replace('settings: { LOG_LEVEL: "info" }', 'settings: { LOG_LEVEL: "verbose" }');
  t.not(broken, shipped, "the prod LOG_LEVEL setting is where this test expects it");
  const dir = mkdtempSync(join(tmpdir(), "sc-settings-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "environments.ts"), broken);
  const outdir = join(dir, "out");
  const r = await promisify(execFile)(process.execPath, [join(root, "scripts", "synth.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      CDKTF_OUTDIR: outdir,
      SECURECLOUD_CONFIG: join(dir, "environments.ts"),
      CHECKPOINT_DISABLE: "1",
    },
  }).then(
    (ok) => ({ code: 0, stderr: ok.stderr }),
    (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
  );
  t.is(r.code, 2);
  t.is(
    r.stderr,
    'error: configuration: environment "prod": serviceParameters.settings.LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "verbose" (the service would refuse to start)\n',
  );
  t.false(existsSync(outdir));
});
