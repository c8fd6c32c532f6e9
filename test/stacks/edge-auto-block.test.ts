/**
 * The automatic edge response's script (stacks/assets/edge_auto_block.py), run under the
 * project's Python against moto: WAFv2 IP sets, the DynamoDB state table, SNS (read back
 * through an SQS subscription) and EC2 managed prefix lists are moto's. The two APIs moto lacks,
 * WAFv2 GetRateBasedStatementManagedKeys and GuardDuty GetFindings, are stubbed alone with
 * botocore's Stubber, which validates each request and response against the service model
 * (shapes from the AWS API reference). Time is a parameter of the run, so expiry is exact.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import test from "ava";
import { type Moto, startMoto } from "../helpers/moto.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const SCRIPT = join(ROOT, "stacks", "assets", "edge_auto_block.py");
const HARNESS = join(ROOT, "test", "helpers", "edge_auto_block_harness.py");

interface Step {
  now: number;
  events?: Record<string, unknown>;
  managedKeys?: Record<string, { v4?: string[]; v6?: string[] }>;
  findings?: unknown[];
}
interface Record_ {
  result?: Record<string, string[] | string>;
  error?: string;
  IPv4Set: string[];
  IPv6Set: string[];
  table: Record<string, { kind: string; strikes: number; expiresAt: number }>;
  messages: string[];
}

async function scenario(
  moto: Moto,
  steps: Step[],
  setup: {
    existing?: Record<string, string[]>;
    prefixLists?: Record<string, string[]>;
    parameters?: Record<string, string>;
  } = {},
): Promise<Record_[]> {
  const python = join(ROOT, ".venv", "bin", "python");
  const child = spawn(python, [HARNESS], { env: moto.env(), stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  child.stdin.end(JSON.stringify({ script: SCRIPT, steps, ...setup }));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`harness exited ${code}: ${stderr}`);
  return JSON.parse(stdout) as Record_[];
}

/** A GuardDuty finding about the service's tasks, as GetFindings returns it (boto3 member names). */
function finding(id: string, addresses: { probe?: string; connection?: string }) {
  return {
    AccountId: "123456789012",
    Arn: `arn:aws:guardduty:us-east-1:123456789012:detector/d1/finding/${id}`,
    CreatedAt: "2026-06-01T10:00:00.000Z",
    UpdatedAt: "2026-06-01T10:05:00.000Z",
    Id: id,
    Partition: "aws",
    Region: "us-east-1",
    SchemaVersion: "2.0",
    Severity: 8,
    Title: "Unusual traffic to the service's tasks",
    Type: "Recon:EC2/PortProbeUnprotectedPort",
    Resource: {
      ResourceType: "ECSCluster",
      EcsClusterDetails: {
        Name: "securecloud-prod",
        Arn: "arn:aws:ecs:us-east-1:123456789012:cluster/securecloud-prod",
      },
    },
    Service: {
      ServiceName: "guardduty",
      DetectorId: "d1",
      Count: 12,
      Action: {
        ActionType: addresses.probe ? "PORT_PROBE" : "NETWORK_CONNECTION",
        ...(addresses.probe
          ? {
              PortProbeAction: {
                Blocked: false,
                PortProbeDetails: [
                  {
                    LocalPortDetails: { Port: 8080, PortName: "HTTP" },
                    RemoteIpDetails: {
                      IpAddressV4: addresses.probe,
                      Organization: { Asn: "64500", AsnOrg: "Example" },
                    },
                  },
                ],
              },
            }
          : {}),
        ...(addresses.connection
          ? {
              NetworkConnectionAction: {
                Blocked: false,
                ConnectionDirection: "INBOUND",
                Protocol: "TCP",
                RemoteIpDetails: { IpAddressV6: addresses.connection },
              },
            }
          : {}),
      },
    },
  };
}

const T = 1_780_000_000;
const OPS = "81.2.69.0/24";
const NAT = "52.20.1.1/32";
const CHECKER = "54.243.31.200/32";
const OFFENDER = "45.33.12.7/32";
const OFFENDER6 = "2a00:1450:4001::7/128";
const ATTACKER = "91.198.174.10/32";
const ATTACKER6 = "2a03:2880:f10c::9/128";
const MANUAL = "192.0.2.0/24";

test("repeat offenders are blocked after strikes in a row, GuardDuty's at once, never the protected; expiry lifts only the automation's", async (t) => {
  const moto = await startMoto();
  t.teardown(() => moto.stop());
  const keys = {
    "rate-limit-per-ip": { v4: [OFFENDER, "81.2.69.9/32", NAT, CHECKER, "10.50.1.9/32"], v6: [OFFENDER6] },
  };
  const protectedEvents = { Protected: [OPS, NAT] };
  const [watch, block, threat, expire] = await scenario(
    moto,
    [
      { now: T, managedKeys: keys, events: protectedEvents },
      { now: T + 300, managedKeys: keys, events: protectedEvents },
      {
        now: T + 600,
        managedKeys: { "rate-limit-per-ip": { v4: [OFFENDER] } },
        events: { ...protectedEvents, DetectorId: "d1", FindingIds: ["f1", "f2"] },
        findings: [
          finding("f1", { probe: ATTACKER.replace("/32", "") }),
          finding("f2", { connection: ATTACKER6.replace("/128", "") }),
        ],
      },
      { now: T + 600 + 3600, events: protectedEvents },
    ],
    {
      existing: { IPv4Set: [MANUAL] },
      prefixLists: { "com.amazonaws.us-east-1.route53-healthchecks": ["54.243.31.192/26"] },
    },
  );

  t.is(watch!.error, undefined);
  t.deepEqual(watch!.result!.Blocked, [], "one strike is not enough");
  t.deepEqual(watch!.IPv4Set, [MANUAL]);
  t.is(watch!.table[OFFENDER]!.strikes, 1);
  t.is(watch!.table["10.50.1.9/32"], undefined, "private addresses are never candidates");
  t.deepEqual(watch!.messages, []);

  t.deepEqual(block!.result!.Blocked, [OFFENDER, OFFENDER6]);
  t.deepEqual((block!.result!.Protected as string[]).sort(), [
    "52.20.1.1/32",
    "54.243.31.200/32",
    "81.2.69.9/32",
  ]);
  t.deepEqual(block!.IPv4Set, [MANUAL, OFFENDER].sort());
  t.deepEqual(block!.IPv6Set, [OFFENDER6]);
  t.like(block!.table[OFFENDER], { kind: "block", strikes: 2, expiresAt: T + 300 + 3600 });
  t.is(block!.messages.length, 1);
  t.regex(block!.messages[0]!, /^\[HIGH\] securecloud prod: automatic edge response/);
  t.regex(block!.messages[0]!, /Blocked for 60 minutes: 45\.33\.12\.7\/32, 2a00:1450:4001::7\/128/);
  t.regex(block!.messages[0]!, /Never blocked \(protected ranges\): /);
  t.regex(block!.messages[0]!, /What to do: docs\/runbooks\/ip-flood\.md/);

  t.deepEqual(threat!.result!.Blocked, [ATTACKER, ATTACKER6], "GuardDuty's addresses need no strikes");
  t.deepEqual(threat!.result!.Extended, [OFFENDER], "a repeat offender's block is extended");
  t.like(threat!.table[OFFENDER], { expiresAt: T + 600 + 3600 });
  t.deepEqual(threat!.IPv4Set, [MANUAL, OFFENDER, ATTACKER].sort());
  t.deepEqual(threat!.IPv6Set, [OFFENDER6, ATTACKER6].sort());

  t.deepEqual(
    (expire!.result!.Unblocked as string[]).sort(),
    [OFFENDER, ATTACKER, ATTACKER6, OFFENDER6].sort(),
  );
  t.deepEqual(expire!.IPv4Set, [MANUAL], "the runbook's entry is not the automation's to remove");
  t.deepEqual(expire!.IPv6Set, []);
  t.deepEqual(
    Object.values(expire!.table).filter((e) => e.kind === "block"),
    [],
  );
  t.regex(expire!.messages[0]!, /^\[INFO\] .*\n.*\nUnblocked: /);
});

test("guard rails and overrides: the cap, the never-block list, an operator's Unblock, dry-run and off", async (t) => {
  const moto = await startMoto();
  t.teardown(() => moto.stop());
  const gd = (ids: string[], addresses: string[]) => ({
    events: { DetectorId: "d1", FindingIds: ids },
    findings: addresses.map((a, i) => finding(ids[i]!, { probe: a })),
  });
  const [capped, dryRun, off, overridden] = await scenario(
    moto,
    [
      {
        now: T,
        events: { MaxBlocked: "1", ...gd(["a", "b"], ["91.198.174.10", "91.198.174.11"]).events },
        findings: gd(["a", "b"], ["91.198.174.10", "91.198.174.11"]).findings,
      },
      {
        now: T + 60,
        events: { Mode: "dry-run", ...gd(["c"], ["91.198.174.12"]).events },
        findings: gd(["c"], ["91.198.174.12"]).findings,
      },
      { now: T + 120, events: { Mode: "off", RateRules: [] } },
      { now: T + 180, events: { NeverBlock: ["91.198.174.0/24"], Unblock: [MANUAL] } },
    ],
    { existing: { IPv4Set: [MANUAL] } },
  );
  t.deepEqual(capped!.result!.Blocked, ["91.198.174.10/32"]);
  t.deepEqual(capped!.result!.Capped, ["91.198.174.11/32"]);
  t.deepEqual(capped!.IPv4Set, [MANUAL, "91.198.174.10/32"].sort());
  t.regex(
    capped!.messages[0]!,
    /NOT blocked, the automatic share of the blocklist is full \(1\): 91\.198\.174\.11\/32/,
  );

  t.deepEqual(dryRun!.result!.Blocked, ["91.198.174.12/32"]);
  t.deepEqual(dryRun!.IPv4Set, capped!.IPv4Set, "dry-run writes nothing");
  t.deepEqual(dryRun!.messages, []);

  t.deepEqual(off!.result, {
    Mode: "off",
    Blocked: [],
    Extended: [],
    Unblocked: [],
    Protected: [],
    Capped: [],
    Watching: [],
  });

  t.deepEqual((overridden!.result!.Unblocked as string[]).sort(), ["192.0.2.0/24", "91.198.174.10/32"]);
  t.deepEqual(
    overridden!.IPv4Set,
    [],
    "the override lifts the automation's block; Unblock lifts the runbook's",
  );
});

test("by default the mode and the never-block list are what the override parameters say at the time of the run", async (t) => {
  const moto = await startMoto();
  t.teardown(() => moto.stop());
  const keys = { "rate-limit-per-ip": { v4: [OFFENDER] } };
  const [off, neverBlocked] = await scenario(
    moto,
    [
      { now: T, managedKeys: keys, events: { Mode: "default", Strikes: "1" } },
      {
        now: T + 300,
        managedKeys: keys,
        events: { Mode: "enforce", NeverBlock: ["default"], Strikes: "1" },
      },
    ],
    {
      parameters: {
        "/securecloud/prod/edge/auto-block-mode": "off",
        "/securecloud/prod/edge/never-block": "45.33.12.0/24,2001:db8::/32",
      },
    },
  );
  t.is(off!.result!.Mode, "off");
  t.deepEqual(off!.IPv4Set, []);
  t.deepEqual(neverBlocked!.result!.Protected, [OFFENDER]);
  t.deepEqual(neverBlocked!.IPv4Set, []);
});

test("a bad mode is refused before anything is read or written", async (t) => {
  const moto = await startMoto();
  t.teardown(() => moto.stop());
  const [r] = await scenario(moto, [{ now: T, events: { Mode: "block-everything", RateRules: [] } }]);
  t.regex(r!.error!, /Mode 'block-everything' is not one of enforce, dry-run, off/);
});
