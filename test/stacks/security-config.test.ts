import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import test from "ava";
import { edgeSettings, RATE_LIMIT_CEILING } from "../../stacks/config/edge.ts";
import { prod, staging } from "../../stacks/config/environments.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { ConfigError, findProblems, validateEnvironments } from "../../stacks/config/validate.ts";
import { synthAll } from "../../stacks/main.ts";
import { withChanges } from "../helpers/estate.ts";

const controller = {
  controllerAccountId: "210987654321",
  controllerCidr: "198.51.100.10/32",
  controllerEndpoint: "controller.example.net",
};
const avx = { "features.aviatrixPlaceholders": true, aviatrix: controller };

/**
 * Each bad change to prod (validated next to staging) and the field and words its one-line
 * error must carry.
 */
const BAD: Array<[string, Record<string, unknown>, string, RegExp]> = [
  [
    "rate limit above the ceiling",
    { "edge.rateLimit": RATE_LIMIT_CEILING + 1 },
    "edge.rateLimit",
    /10001 is above the ceiling of 10000 requests per 5 minutes per IP/,
  ],
  [
    "rate limit far above the ceiling",
    { "edge.rateLimit": 2_000_000_000 },
    "edge.rateLimit",
    /above the ceiling/,
  ],
  [
    "rate limit below AWS's minimum",
    { "edge.rateLimit": 9 },
    "edge.rateLimit",
    /below AWS WAF's minimum of 10/,
  ],
  ["fractional rate limit", { "edge.rateLimit": 150.5 }, "edge.rateLimit", /not a whole number/],
  [
    "sensitive-path limit looser than the global one",
    { "edge.sensitivePathRateLimit": 3_000 },
    "edge.sensitivePathRateLimit",
    /looser than edge.rateLimit 2000/,
  ],
  [
    "sensitive path without a slash",
    { "edge.sensitivePaths": ["login"] },
    "edge.sensitivePaths[0]",
    /not a URL path/,
  ],
  [
    "sensitive path listed twice",
    { "edge.sensitivePaths": ["/login", "/LOGIN"] },
    "edge.sensitivePaths[1]",
    /listed twice/,
  ],
  [
    "more sensitive paths than the web ACL's capacity allows",
    { "edge.sensitivePaths": Array.from({ length: 9 }, (_, i) => `/auth${i}`) },
    "edge.sensitivePaths",
    /at most 8 path prefixes/,
  ],
  [
    "bad country code",
    { "edge.geoBlockCountries": ["North Korea"] },
    "edge.geoBlockCountries[0]",
    /ISO 3166-1/,
  ],
  [
    "blocked-requests alarm threshold of 0",
    { "edge.blockedRequestsAlarmThreshold": 0 },
    "edge.blockedRequestsAlarmThreshold",
    />= 1/,
  ],
  ["Shield on without Shield settings", { shield: undefined }, "shield", /missing: Shield Advanced is on/],
  [
    "Shield on without emergency contacts",
    { "shield.emergencyContacts": [], "shield.proactiveEngagement": false },
    "shield.emergencyContacts",
    /needs at least one contact with an email address/,
  ],
  [
    "proactive engagement without a phone number",
    { "shield.emergencyContacts": [{ email: "oncall@example.com" }] },
    "shield.proactiveEngagement",
    /at least one emergency contact with a phone number/,
  ],
  [
    "contact without a valid email",
    { "shield.emergencyContacts": [{ email: "on call", phone: "+15555550100" }] },
    "shield.emergencyContacts[0].email",
    /not an email address/,
  ],
  [
    "phone number not in E.164",
    { "shield.emergencyContacts": [{ email: "oncall@example.com", phone: "555-0100" }] },
    "shield.emergencyContacts[0].phone",
    /E\.164/,
  ],
  [
    "unknown mitigation action",
    { "shield.automaticResponse": "ignore" },
    "shield.automaticResponse",
    /"block" or "count"/,
  ],
  [
    "Aviatrix on without a controller",
    { "features.aviatrixPlaceholders": true },
    "aviatrix",
    /missing: the Aviatrix placeholders need aviatrix.controllerAccountId/,
  ],
  [
    "Aviatrix on without a controller account",
    { ...avx, "aviatrix.controllerAccountId": "" },
    "aviatrix.controllerAccountId",
    /missing: the controller's account is the only one trusted/,
  ],
  [
    "Aviatrix controller account that is not one",
    { ...avx, "aviatrix.controllerAccountId": "2109876" },
    "aviatrix.controllerAccountId",
    /not a 12-digit account id/,
  ],
  [
    "Aviatrix controller CIDR that is the internet",
    { ...avx, "aviatrix.controllerCidr": "0.0.0.0/0" },
    "aviatrix.controllerCidr",
    /\/16 or narrower/,
  ],
  [
    "Aviatrix controller endpoint with a scheme",
    { ...avx, "aviatrix.controllerEndpoint": "https://controller.example.net" },
    "aviatrix.controllerEndpoint",
    /not a host name or IPv4 address/,
  ],
  [
    "a setting that is a secret",
    { "serviceParameters.settings": { DB_PASSWORD: "hunter2" } },
    "serviceParameters.settings.DB_PASSWORD",
    /looks like a secret/,
  ],
  [
    "a parameter the estate sets itself",
    { "serviceParameters.secrets": ["SERVICE_COLOR"] },
    "serviceParameters.secrets[0]",
    /set by the estate itself/,
  ],
  [
    "a name that is both setting and secret",
    { "serviceParameters.secrets": ["LOG_LEVEL"] },
    "serviceParameters.secrets[0]",
    /both a setting and a secret/,
  ],
  [
    "account-settings owner that is not a boolean",
    { accountSettingsOwner: "yes" },
    "accountSettingsOwner",
    /true or false/,
  ],
];

for (const [title, changes, field, reason] of BAD) {
  test(`bad configuration is refused: ${title}`, (t) => {
    const bad = withChanges(prod, changes);
    const err = t.throws(() => validateEnvironments([staging, bad]), { instanceOf: ConfigError });
    const line = err!.message;
    t.false(line.includes("\n"), "one line");
    t.true(line.includes(`environment "prod": ${field}: `), line);
    t.regex(line, reason);
  });
}

/** Staging moved into prod's account and region: the case the ownership checks exist for. */
function stagingInProdAccount(changes: Record<string, unknown> = {}): EnvironmentConfig {
  return withChanges(staging, {
    accountId: prod.accountId,
    certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
    stateBucket: prod.stateBucket,
    accountSettingsOwner: false,
    ...changes,
  });
}

test("two environments may not both own one account's settings in a region", (t) => {
  const err = t.throws(
    () => validateEnvironments([stagingInProdAccount({ accountSettingsOwner: true }), prod]),
    {
      instanceOf: ConfigError,
    },
  );
  t.regex(
    err!.message,
    /environment "prod": accountSettingsOwner: environment "staging" already owns the settings of account 123456789012 in us-east-1/,
  );
});

test("owners of the same account in two regions may not both set Shield's account-wide contacts", (t) => {
  const other = stagingInProdAccount({
    name: "dr",
    region: "us-west-2",
    vpcCidr: "10.60.0.0/16",
    certificateArn: "arn:aws:acm:us-west-2:123456789012:certificate/0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
    accountSettingsOwner: true,
    "features.shieldAdvanced": true,
    shield: prod.shield,
  });
  const err = t.throws(() => validateEnvironments([prod, other]), { instanceOf: ConfigError });
  t.regex(
    err!.message,
    /environment "dr": accountSettingsOwner: .*Shield Advanced's contacts and SRT access/,
  );
});

test("two environments of one account may not both create the Aviatrix roles", (t) => {
  const err = t.throws(
    () =>
      validateEnvironments([
        stagingInProdAccount({ ...avx, accountSettingsOwner: false }),
        withChanges(prod, avx),
      ]),
    {
      instanceOf: ConfigError,
    },
  );
  t.regex(err!.message, /environment "prod": features.aviatrixPlaceholders: .*aviatrix-role-ec2/);
});

test("the limits themselves are accepted: the ceiling, AWS's minimum, an equal sensitive limit, Shield off without contacts", (t) => {
  const edgeCases: EnvironmentConfig[] = [
    withChanges(prod, { "edge.rateLimit": RATE_LIMIT_CEILING }),
    withChanges(prod, { "edge.rateLimit": 10, "edge.sensitivePathRateLimit": 10 }),
    withChanges(prod, { "edge.sensitivePathRateLimit": 2_000 }),
    withChanges(prod, { "features.shieldAdvanced": false, shield: undefined }),
    withChanges(prod, {
      "shield.proactiveEngagement": false,
      "shield.emergencyContacts": [{ email: "a@example.com" }],
    }),
    withChanges(staging, { edge: undefined, serviceParameters: undefined }),
  ];
  for (const env of edgeCases) t.deepEqual(findProblems([env]), [], JSON.stringify(env.edge));
  t.is(edgeSettings(withChanges(staging, { edge: undefined })).rateLimit, 2_000);
});

test("a rate limit above the ceiling writes no stack at all", (t) => {
  const outdir = join(mkdtempSync(join(tmpdir(), "sc-edge-")), "out");
  t.teardown(() => rmSync(outdir, { recursive: true, force: true }));
  t.throws(() => synthAll([staging, withChanges(prod, { "edge.rateLimit": 50_000 })], { outdir }), {
    instanceOf: ConfigError,
  });
  t.false(existsSync(outdir));
});

test("the synth command prints the configuration error as one line and exits 2", async (t) => {
  const root = join(import.meta.dirname, "..", "..");
  // The real entry (scripts/synth.mjs, as `npm run synth` and `cdktf synth` run it) against a
  // copy of the shipped environments file with one changed value.
  const outdir = mkdtempSync(join(tmpdir(), "sc-edge-cli-"));
  t.teardown(() => rmSync(outdir, { recursive: true, force: true }));
  const config = join(outdir, "environments.ts");
  writeFileSync(
    config,
    `${readFileSync(join(root, "stacks", "config", "environments.ts"), "utf8")}\nObject.assign(prod, { edge: { ...prod.edge, rateLimit: 1e6 } });\n`,
  );
  const err = await t.throwsAsync(
    promisify(execFile)(process.execPath, [join(root, "scripts", "synth.mjs")], {
      cwd: root,
      env: { ...process.env, CDKTF_OUTDIR: join(outdir, "out"), SECURECLOUD_CONFIG: config },
    }),
  );
  const { code, stderr } = err as unknown as { code: number; stderr: string };
  t.is(code, 2);
  t.is(
    stderr,
    `error: configuration: environment "prod": edge.rateLimit: 1000000 is above the ceiling of ${RATE_LIMIT_CEILING} requests per 5 minutes per IP (stacks/config/edge.ts says why)\n`,
  );
  t.false(existsSync(join(outdir, "out")));
});
