import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { ENVIRONMENTS, prod, staging } from "../../stacks/config/environments.ts";
import type { EnvironmentConfig } from "../../stacks/config/types.ts";
import { ConfigError, findProblems, validateEnvironments } from "../../stacks/config/validate.ts";
import { synthAll } from "../../stacks/main.ts";
import { withChanges } from "../helpers/estate.ts";

test("the shipped environments are valid", (t) => {
  t.deepEqual(findProblems(ENVIRONMENTS), []);
  t.is(validateEnvironments(ENVIRONMENTS), ENVIRONMENTS);
});

test("Shield Advanced is on in prod and off in staging; Aviatrix placeholders are off", (t) => {
  t.true(prod.features.shieldAdvanced);
  t.false(staging.features.shieldAdvanced);
  t.false(prod.features.aviatrixPlaceholders);
  t.false(staging.features.aviatrixPlaceholders);
});

/** Each bad change and the field and words the one-line error must carry. */
const BAD: Array<[string, Record<string, unknown>, string, RegExp]> = [
  ["malformed VPC CIDR", { vpcCidr: "10.50.0.0/33" }, "vpcCidr", /not a CIDR/],
  ["VPC CIDR without a prefix", { vpcCidr: "10.50.0.0" }, "vpcCidr", /not a CIDR/],
  ["VPC CIDR with host bits", { vpcCidr: "10.50.1.0/16" }, "vpcCidr", /host bits/],
  ["VPC CIDR too small", { vpcCidr: "10.50.0.0/24" }, "vpcCidr", /outside \/16\.\.\/20/],
  ["public VPC CIDR", { vpcCidr: "8.8.0.0/16" }, "vpcCidr", /private/],
  ["IPv6 VPC CIDR", { vpcCidr: "fd00::/56" }, "vpcCidr", /IPv4/],
  ["VPC overlapping staging", { vpcCidr: "10.40.128.0/17" }, "vpcCidr", /overlaps environment "staging"/],
  ["malformed ops CIDR", { opsCidrs: ["203.0.113.0/24", "300.1.1.0/24"] }, "opsCidrs[1]", /not a CIDR/],
  ["ops CIDR that is the internet", { opsCidrs: ["::/0"] }, "opsCidrs[0]", /whole internet/],
  [
    "overlapping ops CIDRs",
    { opsCidrs: ["203.0.113.0/24", "203.0.113.128/25"] },
    "opsCidrs[1]",
    /overlaps opsCidrs\[0\]/,
  ],
  ["min > max", { "task.min": 13, "task.desired": 13 }, "task.min", /greater than task.max 12/],
  ["desired outside min..max", { "task.desired": 20 }, "task.desired", /outside task.min..task.max/],
  ["zero tasks", { "task.min": 0 }, "task.min", /1\.\.1000/],
  ["unknown region", { region: "mars-east-1" }, "region", /unknown region "mars-east-1"/],
  ["one AZ", { azCount: 1 }, "azCount", /outside 2\.\./],
  ["seven AZs", { azCount: 7 }, "azCount", /outside 2\.\.6/],
  ["more AZs than the region has", { region: "us-west-1", azCount: 3 }, "azCount", /us-west-1 has 2/],
  ["missing certificate", { certificateArn: "" }, "certificateArn", /missing/],
  [
    "certificate that is not ACM",
    { certificateArn: "arn:aws:iam::123456789012:server-certificate/x" },
    "certificateArn",
    /not an ACM/,
  ],
  [
    "certificate in another region",
    { certificateArn: "arn:aws:acm:eu-west-1:123456789012:certificate/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d" },
    "certificateArn",
    /eu-west-1/,
  ],
  ["5xx threshold of 0", { "alarms.error5xxRatePercent": 0 }, "alarms.error5xxRatePercent", /outside/],
  ["5xx threshold above 100", { "alarms.error5xxRatePercent": 150 }, "alarms.error5xxRatePercent", /outside/],
  ["negative latency threshold", { "alarms.p99LatencySeconds": -1 }, "alarms.p99LatencySeconds", /outside/],
  ["CPU alarm above 100%", { "alarms.cpuPercent": 101 }, "alarms.cpuPercent", /outside/],
  ["evaluation periods of 0", { "alarms.evaluationPeriods": 0 }, "alarms.evaluationPeriods", /outside/],
  ["unhealthy hosts threshold 0", { "alarms.unhealthyHosts": 0 }, "alarms.unhealthyHosts", />= 1/],
  ["drain longer than ECS waits", { drainSeconds: 115 }, "drainSeconds", /outside 5\.\.110/],
  [
    "Fargate memory that does not pair with CPU",
    { "task.memory": 1024 },
    "task.memory",
    /not valid with 1024 CPU/,
  ],
  ["CPU that is not a Fargate size", { "task.cpu": 300 }, "task.cpu", /not a Fargate CPU size/],
  [
    "log retention CloudWatch refuses",
    { logRetentionDays: 100 },
    "logRetentionDays",
    /not a CloudWatch Logs retention/,
  ],
  ["account id", { accountId: "12345" }, "accountId", /12-digit/],
  ["environment name", { name: "Prod_1" }, "name", /lower-case/],
  ["empty owner tag", { "tags.Owner": "" }, "tags.Owner", /not a valid tag value/],
];

for (const [title, changes, field, reason] of BAD) {
  test(`bad configuration is refused: ${title}`, (t) => {
    const bad = withChanges(prod, changes);
    const err = t.throws(() => validateEnvironments([staging, bad]), { instanceOf: ConfigError });
    const line = err!.message;
    t.false(line.includes("\n"), "one line");
    t.true(line.includes(`environment "${bad.name}": ${field}: `), line);
    t.regex(line, reason);
  });
}

test("several problems are named in the same single line", (t) => {
  const bad = withChanges(staging, { azCount: 9, "task.min": 5 });
  const err = t.throws(() => validateEnvironments([bad]), { instanceOf: ConfigError });
  t.is(err!.problems.length, 2);
  t.regex(err!.message, /azCount: .*; environment "staging": task.min: /);
});

test("two environments with the same name are refused", (t) => {
  const twin = withChanges(staging, { vpcCidr: "10.60.0.0/16" });
  const err = t.throws(() => validateEnvironments([staging, twin]), { instanceOf: ConfigError });
  t.regex(err!.message, /name: two environments share this name/);
});

test("bad configuration writes no stack at all, not even the valid environment's", (t) => {
  const outdir = join(mkdtempSync(join(tmpdir(), "sc-synth-")), "out");
  t.teardown(() => rmSync(outdir, { recursive: true, force: true }));
  const bad: EnvironmentConfig = withChanges(prod, { "task.min": 20, "task.desired": 20 });
  t.throws(() => synthAll([staging, bad], { outdir }), { instanceOf: ConfigError });
  t.false(existsSync(outdir));
});
