import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { prod, staging } from "../../stacks/config/environments.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import {
  BLOCK_IPS_SCRIPT,
  CIDR_PATTERN,
  SECRET_PLACEHOLDER,
  SESSION_PREFERENCES_DOCUMENT,
} from "../../stacks/systems-manager.ts";
import { synthEnvironment, withChanges } from "../helpers/estate.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";
import {
  allResources,
  type Block,
  list,
  only,
  ref,
  resources,
  statements,
  type TerraformDocument,
} from "../helpers/terraform.ts";

const aviatrixOn: EnvironmentConfig = withChanges(staging, {
  "features.aviatrixPlaceholders": true,
  aviatrix: {
    controllerAccountId: "210987654321",
    controllerCidr: "198.51.100.10/32",
    controllerEndpoint: "controller.example.net",
  },
});
const docs: Record<string, TerraformDocument> = {
  staging: synthEnvironment(staging).doc,
  prod: synthEnvironment(prod).doc,
  "staging with Aviatrix": synthEnvironment(aviatrixOn).doc,
};
const envs = { staging, prod };

for (const envName of ["staging", "prod"] as const) {
  const doc = docs[envName]!;
  const env = envs[envName];
  const params = env.serviceParameters!;

  test(`${envName}: service settings and secrets are SecureStrings under the ssm key; no secret value is in the JSON`, (t) => {
    const all = resources(doc, "aws_ssm_parameter");
    const service = Object.values(all).filter((p) =>
      String(p.name).startsWith(`/securecloud/${envName}/service/`),
    );
    t.is(service.length, Object.keys(params.settings).length + params.secrets.length);
    for (const p of service) {
      t.is(p.type, "SecureString");
      t.is(p.key_id, ref("aws_kms_key", "keys_ssm_key", "arn"));
    }
    for (const [variable, value] of Object.entries(params.settings)) {
      const p = service.find((x) => x.name === `/securecloud/${envName}/service/${variable}`)!;
      t.is(p.value, value);
    }
    for (const variable of params.secrets) {
      const p = service.find((x) => x.name === `/securecloud/${envName}/service/${variable}`)!;
      t.is(p.value_wo, SECRET_PLACEHOLDER, "written once, never read back into state");
      t.is(p.value_wo_version, 1);
      t.false("value" in p || "insecure_value" in p, `${variable} has no stored value`);
    }
    const [major, minor] = String(doc.terraform.required_version)
      .replace(/^>=\s*/, "")
      .split(".")
      .map(Number);
    t.true(major! > 1 || (major === 1 && minor! >= 11), "write-only arguments need Terraform >= 1.11");
  });

  test(`${envName}: both colors read every parameter as a container secret, through a role scoped to them`, (t) => {
    const arns = Object.entries(resources(doc, "aws_ssm_parameter"))
      .filter(([, p]) => String(p.name).includes("/service/"))
      .map(([name]) => ref("aws_ssm_parameter", name, "arn"))
      .sort();
    for (const color of ["blue", "green"]) {
      const td = only(doc, "aws_ecs_task_definition", `compute_${color}_task_definition`);
      const [c] = JSON.parse(String(td.container_definitions)) as Array<{
        secrets: Array<{ name: string; valueFrom: string }>;
        environment: Array<{ name: string }>;
      }>;
      t.deepEqual(c!.secrets.map((s) => s.valueFrom).sort(), arns);
      const names = c!.secrets.map((s) => s.name);
      t.deepEqual(names.sort(), [...Object.keys(params.settings), ...params.secrets].sort());
      t.false(
        c!.environment.some((e) => names.includes(e.name)),
        "no variable is both plain and from Parameter Store",
      );
    }
    const policy = statements(only(doc, "aws_iam_role_policy", "compute_execution_role_policy").policy);
    const read = policy.filter((s) => list(s.Action).includes("ssm:GetParameters"));
    t.deepEqual(read.flatMap((s) => list(s.Resource)).sort(), arns);
    const decrypt = policy.filter((s) => list(s.Action).includes("kms:Decrypt"));
    t.deepEqual(
      decrypt.flatMap((s) => list(s.Resource)),
      [ref("aws_kms_key", "keys_ssm_key", "arn")],
    );
  });

  test(`${envName}: the ssm key rotates and its policy admits no service and no blanket use`, (t) => {
    const key = only(doc, "aws_kms_key", "keys_ssm_key");
    t.is(key.enable_key_rotation, true);
    const policy = statements(key.policy);
    t.is(policy.length, 1);
    t.deepEqual(policy[0]!.Principal, { AWS: `arn:aws:iam::${env.accountId}:root` });
  });

  test(`${envName}: the block-ips runbook is an Automation document that validates CIDRs and writes only the blocklist`, (t) => {
    const document = only(doc, "aws_ssm_document", "ssm_block_ips");
    t.is(document.document_type, "Automation");
    t.is(document.name, `securecloud-${envName}-block-ips`);
    const content = JSON.parse(String(document.content));
    t.is(content.schemaVersion, "0.3");
    t.is(content.assumeRole, ref("aws_iam_role", "ssm_block_ips_role", "arn"));
    const input = content.parameters.IpAddresses;
    t.is(input.type, "StringList");
    t.is(input.allowedPattern, CIDR_PATTERN);
    t.true(input.minItems >= 1 && input.maxItems <= 100);
    const [step] = content.mainSteps;
    t.is(step.action, "aws:executeScript");
    t.is(step.inputs.Script, BLOCK_IPS_SCRIPT);
    t.deepEqual(step.inputs.InputPayload.Protected, env.opsCidrs);
    for (const [key, set] of [
      ["IPv4Set", "waf_blocklist_ipv4"],
      ["IPv6Set", "waf_blocklist_ipv6"],
    ] as const) {
      t.deepEqual(step.inputs.InputPayload[key], {
        Name: ref("aws_wafv2_ip_set", set, "name"),
        Id: ref("aws_wafv2_ip_set", set, "id"),
        Scope: "REGIONAL",
      });
    }
  });

  test(`${envName}: the runbook's role can touch its two IP sets and nothing else`, (t) => {
    const role = "ssm_block_ips_role";
    const [trust, ...more] = statements(only(doc, "aws_iam_role", role).assume_role_policy);
    t.is(more.length, 0);
    t.deepEqual(trust!.Principal, { Service: "ssm.amazonaws.com" });
    t.is(trust!.Condition?.StringEquals?.["aws:SourceAccount"], env.accountId);
    t.is(
      trust!.Condition?.ArnLike?.["aws:SourceArn"],
      `arn:aws:ssm:${env.region}:${env.accountId}:automation-execution/*`,
    );
    const mine = (b: Block) =>
      [ref("aws_iam_role", role, "id"), ref("aws_iam_role", role, "name")].includes(String(b.role));
    t.deepEqual(Object.values(resources(doc, "aws_iam_role_policy_attachment")).filter(mine), []);
    const granted = Object.values(resources(doc, "aws_iam_role_policy"))
      .filter(mine)
      .flatMap((p) => statements(p.policy));
    t.true(granted.length > 0);
    for (const s of granted) {
      t.is(s.Effect, "Allow");
      t.deepEqual(list(s.Action).sort(), ["wafv2:GetIPSet", "wafv2:UpdateIPSet"]);
      t.deepEqual(list(s.Resource).sort(), [
        ref("aws_wafv2_ip_set", "waf_blocklist_ipv4", "arn"),
        ref("aws_wafv2_ip_set", "waf_blocklist_ipv6", "arn"),
      ]);
    }
  });
}

test("an owner of the account's settings sets encrypted and logged Session Manager preferences; a non-owner does not", (t) => {
  const doc = docs.prod!;
  const sessions = Object.entries(resources(doc, "aws_ssm_document")).filter(
    ([, d]) => d.document_type === "Session",
  );
  t.is(sessions.length, 1);
  const [, document] = sessions[0]!;
  t.is(document.name, SESSION_PREFERENCES_DOCUMENT);
  const { inputs } = JSON.parse(String(document.content));
  t.like(inputs, {
    s3EncryptionEnabled: true,
    cloudWatchEncryptionEnabled: true,
    cloudWatchStreamingEnabled: true,
    kmsKeyId: ref("aws_kms_key", "keys_ssm_key", "key_id"),
    runAsEnabled: false,
  });
  const groupName = /^\$\{aws_cloudwatch_log_group\.([\w-]+)\.name\}$/.exec(
    inputs.cloudWatchLogGroupName,
  )![1]!;
  const group = only(doc, "aws_cloudwatch_log_group", groupName);
  t.is(group.kms_key_id, ref("aws_kms_key", "keys_logs_key", "arn"));
  t.is(group.retention_in_days, prod.logRetentionDays);
  const nonOwner = synthEnvironment(withChanges(staging, { accountSettingsOwner: false })).doc;
  t.false(Object.values(resources(nonOwner, "aws_ssm_document")).some((d) => d.document_type === "Session"));
});

for (const [label, doc] of Object.entries(docs)) {
  test(`${label}: every log group has a retention CloudWatch accepts and a KMS key`, (t) => {
    const groups = Object.entries(resources(doc, "aws_cloudwatch_log_group"));
    t.true(groups.length >= 3);
    for (const [name, g] of groups) {
      t.true(Number.isInteger(g.retention_in_days) && (g.retention_in_days as number) > 0, name);
      t.regex(String(g.kms_key_id), /^\$\{aws_kms_key\.[\w-]+\.arn\}$/, name);
    }
  });

  test(`${label}: no security group rule opens SSH (22), or all ports, to anyone`, (t) => {
    const opens22 = (protocol: unknown, from: unknown, to: unknown) => {
      const p = String(protocol).toLowerCase();
      if (p === "-1" || p === "all") return true;
      return (p === "tcp" || p === "6") && Number(from) <= 22 && 22 <= Number(to);
    };
    let rules = 0;
    for (const [type, name, block] of allResources(doc)) {
      if (
        type === "aws_vpc_security_group_ingress_rule" ||
        (type === "aws_security_group_rule" && block.type === "ingress")
      ) {
        rules++;
        t.false(
          opens22(block.ip_protocol ?? block.protocol, block.from_port, block.to_port),
          `${type}.${name}`,
        );
      }
      if (type === "aws_security_group" || type === "aws_default_security_group") {
        for (const rule of list(block.ingress as Block[] | undefined)) {
          rules++;
          t.false(opens22(rule.protocol, rule.from_port, rule.to_port), `${type}.${name} inline`);
        }
      }
    }
    t.true(rules > 0);
  });
}

test("the runbook's allowedPattern admits IPv4/IPv6 CIDRs and nothing else", (t) => {
  const pattern = new RegExp(CIDR_PATTERN);
  for (const ok of [
    "198.51.100.7/32",
    "10.0.0.0/8",
    "2001:db8::7/128",
    "2001:DB8:1::/48",
    "::/0",
    "fe80::1:2:3:4/64",
  ]) {
    t.true(pattern.test(ok), ok);
  }
  for (const bad of [
    "198.51.100.7",
    "2001:db8::7",
    "256.1.1.1/32",
    "1.2.3.4/33",
    "2001:db8::/129",
    "1.2.3.4/32 ; curl evil",
    "1.2.3.4/32\n5.6.7.8/32",
    "example.com/32",
    "",
    "/32",
  ]) {
    t.false(pattern.test(bad), JSON.stringify(bad));
  }
});

/**
 * Runs the runbook's own script under the project's Python with boto3 against moto's WAFv2,
 * once per case, each on fresh IP sets, and reports the handler's result (or error) and the
 * sets' contents afterwards.
 */
const HARNESS = `
import json, sys
import boto3
spec = json.load(sys.stdin)
ns = {}
exec(compile(spec["script"], "block_ips.py", "exec"), ns)
waf = boto3.client("wafv2")
out = []
for i, case in enumerate(spec["cases"]):
    sets = {}
    for key, version in (("IPv4Set", "IPV4"), ("IPv6Set", "IPV6")):
        summary = waf.create_ip_set(Name=f"case{i}-{version.lower()}", Scope="REGIONAL", IPAddressVersion=version,
                                    Addresses=case["existing"].get(key, []), Description="Blocked by the runbook")["Summary"]
        sets[key] = {"Name": summary["Name"], "Id": summary["Id"], "Scope": "REGIONAL"}
    payload = {"Addresses": case["addresses"], "Protected": case["protected"], "DryRun": case.get("dryRun", False), **sets}
    result = {}
    try:
        result["output"] = ns["handler"](payload, None)
    except Exception as err:
        result["error"] = str(err)
    for key, s in sets.items():
        got = waf.get_ip_set(Name=s["Name"], Scope="REGIONAL", Id=s["Id"])["IPSet"]
        result[key] = {"addresses": sorted(got["Addresses"]), "description": got.get("Description")}
    out.append(result)
print(json.dumps(out))
`;

interface CaseResult {
  output?: { Blocked: string[]; AlreadyBlocked: string[]; DryRun: boolean };
  error?: string;
  IPv4Set: { addresses: string[]; description: string };
  IPv6Set: { addresses: string[]; description: string };
}

async function runScript(moto: Moto, cases: unknown[]): Promise<CaseResult[]> {
  const python = join(import.meta.dirname, "..", "..", ".venv", "bin", "python");
  const child = spawn(python, ["-c", HARNESS], { env: moto.env(), stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  child.stdin.end(JSON.stringify({ script: BLOCK_IPS_SCRIPT, cases }));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`harness exited ${code}: ${stderr}`);
  return JSON.parse(stdout) as CaseResult[];
}

test("the runbook's script, run against moto's WAF: blocks new CIDRs per family, refuses bad input whole, dry-runs", async (t) => {
  const moto = await startMoto();
  t.teardown(() => moto.stop());
  const protectedCidrs = ["203.0.113.0/24", "2001:db8:40::/48"];
  const [merged, refused, dryRun] = await runScript(moto, [
    {
      existing: { IPv4Set: ["192.0.2.0/24"] },
      addresses: [
        "198.51.100.7/32",
        "192.0.2.9/32",
        "2001:DB8:1::/48",
        "198.51.100.7/32",
        " 198.51.100.8/32 ",
      ],
      protected: protectedCidrs,
    },
    {
      existing: {},
      addresses: [
        "198.51.100.9/32",
        "10.0.0.1/8",
        "0.0.0.0/0",
        "203.0.113.5/32",
        "198.51.100.10",
        "2001::/16",
        "2001:db8:40:1::/64",
        "not-an-ip/32",
      ],
      protected: protectedCidrs,
    },
    { existing: {}, addresses: ["198.51.100.11/32"], protected: protectedCidrs, dryRun: true },
  ]);

  t.is(merged!.error, undefined);
  t.deepEqual(merged!.output!.Blocked.sort(), ["198.51.100.7/32", "198.51.100.8/32", "2001:db8:1::/48"]);
  t.deepEqual(merged!.output!.AlreadyBlocked, ["192.0.2.9/32"], "covered by a listed range");
  t.deepEqual(merged!.IPv4Set.addresses, ["192.0.2.0/24", "198.51.100.7/32", "198.51.100.8/32"]);
  t.deepEqual(merged!.IPv6Set.addresses, ["2001:db8:1::/48"]);
  t.is(merged!.IPv4Set.description, "Blocked by the runbook", "the set's description survives the update");

  t.is(refused!.output, undefined);
  const error = refused!.error!;
  t.regex(error, /^nothing blocked: /);
  t.regex(error, /'10\.0\.0\.1\/8' is not an IPv4 or IPv6 CIDR \(.*host bits/);
  t.regex(error, /'0\.0\.0\.0\/0' is wider than \/16/);
  t.regex(error, /'203\.0\.113\.5\/32' overlaps the ops allowlist \(203\.0\.113\.0\/24\)/);
  t.regex(error, /'198\.51\.100\.10' is not .*prefix length is required/);
  t.regex(error, /'2001::\/16' is wider than \/32/);
  t.regex(error, /'2001:db8:40:1::\/64' overlaps the ops allowlist/);
  t.regex(error, /'not-an-ip\/32' is not an IPv4 or IPv6 CIDR/);
  t.deepEqual(refused!.IPv4Set.addresses, [], "the one valid address was not written either");
  t.deepEqual(refused!.IPv6Set.addresses, []);

  t.deepEqual(dryRun!.output, { Blocked: ["198.51.100.11/32"], AlreadyBlocked: [], DryRun: true });
  t.deepEqual(dryRun!.IPv4Set.addresses, []);
});

/** Compiles a Python file as the runbook's runtime would load it, with every warning an error. */
async function lintPython(path: string): Promise<{ ok: boolean; stderr: string }> {
  const python = join(import.meta.dirname, "..", "..", ".venv", "bin", "python");
  const check = "import sys; compile(open(sys.argv[1]).read(), sys.argv[1], 'exec')";
  const child = spawn(python, ["-W", "error", "-c", check, path], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { ok: code === 0, stderr };
}

test("the runbook's script is stacks/assets/block_ips.py as written, and it compiles as Python without warnings", async (t) => {
  const file = join(import.meta.dirname, "..", "..", "stacks", "assets", "block_ips.py");
  t.is(readFileSync(file, "utf8"), BLOCK_IPS_SCRIPT);
  const document = only(docs.staging!, "aws_ssm_document", "ssm_block_ips");
  t.is(JSON.parse(String(document.content)).mainSteps[0].inputs.Script, readFileSync(file, "utf8"));
  const lint = await lintPython(file);
  t.true(lint.ok, lint.stderr);

  // The check itself fails on a script that would not load (a syntax error, an invalid escape).
  const dir = mkdtempSync(join(tmpdir(), "sc-runbook-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const broken of [`${BLOCK_IPS_SCRIPT}\ndef handler(:\n`, `${BLOCK_IPS_SCRIPT}\nPATTERN = "\\d+"\n`]) {
    writeFileSync(join(dir, "broken.py"), broken);
    t.false((await lintPython(join(dir, "broken.py"))).ok);
  }
});
