/**
 * What the on-call engineer uses during a flood, tested where it can be without AWS:
 * - the saved Logs Insights queries parse (test/helpers/logs-insights.ts, after the language
 *   reference) and read only fields the WAF log and the service's access log have;
 * - the set-rate-limit runbook's script changes the per-IP limit of a web ACL in moto's WAFv2
 *   and keeps every other rule and setting, refuses a limit outside the bounds and a missing
 *   rule without writing.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import test from "ava";
import { RATE_LIMIT_CEILING, RATE_LIMIT_MINIMUM } from "../../common/edge-limits.ts";
import { FLOOD_QUERIES } from "../../stacks/flood-queries.ts";
import { checkQuery } from "../helpers/logs-insights.ts";
import { type Moto, startMoto } from "../helpers/moto.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** The WAF log's fields (AWS WAF developer guide, "Log fields"), as Logs Insights flattens them. */
const WAF_LOG_FIELDS = [
  "@timestamp",
  "@message",
  "timestamp",
  "action",
  "terminatingRuleId",
  "terminatingRuleType",
  "webaclId",
  "httpSourceName",
  "httpRequest.clientIp",
  "httpRequest.country",
  "httpRequest.uri",
  "httpRequest.args",
  "httpRequest.httpMethod",
  "httpRequest.requestId",
  "responseCodeSent",
];
/** The service's access-log line (service/middleware.ts, pino with base service/color/version). */
const SERVICE_LOG_FIELDS = [
  "@timestamp",
  "@message",
  "msg",
  "status",
  "color",
  "version",
  "route",
  "method",
  "requestId",
];

test("the saved flood queries parse and read only fields their log has", (t) => {
  for (const q of FLOOD_QUERIES) {
    const schema = q.log === "waf" ? WAF_LOG_FIELDS : SERVICE_LOG_FIELDS;
    t.deepEqual(checkQuery(q.query, schema), [], q.id);
  }
  t.deepEqual(
    FLOOD_QUERIES.map((q) => q.id),
    ["top-client-ips", "top-uris", "blocked-by-rule", "5xx-by-color"],
  );
});

test("the query checker finds what Logs Insights would refuse", (t) => {
  const broken: [string, RegExp][] = [
    ["fields httpRequest.clientIP | limit 5", /unknown field httpRequest\.clientIP/],
    ["stats count(*) as n by httpRequest.clientIp | sort n desc | limit 0", /limit: "0"/],
    ["stats requests by uri", /not an aggregate/],
    ['filter (action = "BLOCK" | limit 5', /unbalanced/],
    ["fields action | head 5", /unknown command "head"/],
    ["stats count(*) as n by bin(5x)", /bad bin\(5x\)/],
    ["filter action", /no condition/],
  ];
  for (const [query, problem] of broken)
    t.regex(checkQuery(query, WAF_LOG_FIELDS).join("; "), problem, query);
});

const HARNESS = `
import importlib.util, json, sys
import boto3
spec = importlib.util.spec_from_file_location("set_rate_limit", sys.argv[1])
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
waf = boto3.client("wafv2", region_name="us-east-1")
vis = lambda n: {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True, "MetricName": n}
rules = [
  {"Name": "blocklist", "Priority": 0, "Action": {"Block": {}}, "VisibilityConfig": vis("blocklist"),
   "Statement": {"GeoMatchStatement": {"CountryCodes": ["AQ"]}}},
  {"Name": "rate-limit-per-ip", "Priority": 90, "VisibilityConfig": vis("rate"),
   "Action": {"Block": {"CustomResponse": {"ResponseCode": 429, "CustomResponseBodyKey": "rate-limited"}}},
   "Statement": {"RateBasedStatement": {"Limit": 2000, "AggregateKeyType": "IP", "EvaluationWindowSec": 300}}},
]
acl = waf.create_web_acl(Name="securecloud-prod-edge", Scope="REGIONAL", DefaultAction={"Allow": {}}, Rules=rules,
  VisibilityConfig=vis("edge"), Description="Edge protection",
  CustomResponseBodies={"rate-limited": {"ContentType": "APPLICATION_JSON", "Content": "{}"}})["Summary"]
ref = {"Name": acl["Name"], "Id": acl["Id"], "Scope": "REGIONAL"}
out = []
for limit, rule in json.loads(sys.stdin.read()):
    try:
        r = m.run(waf, {"WebAcl": ref, "RuleName": rule, "Limit": limit, "Minimum": ${RATE_LIMIT_MINIMUM}, "Maximum": ${RATE_LIMIT_CEILING}})
    except Exception as err:
        r = {"error": str(err)}
    now = waf.get_web_acl(Name=ref["Name"], Scope="REGIONAL", Id=ref["Id"])["WebACL"]
    out.append({"result": r, "acl": now})
print(json.dumps(out, default=str))
`;

async function setLimits(moto: Moto, calls: [string, string][]) {
  const child = spawn(
    join(ROOT, ".venv", "bin", "python"),
    ["-c", HARNESS, join(ROOT, "stacks", "assets", "set_rate_limit.py")],
    {
      env: moto.env(),
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  child.stdin.end(JSON.stringify(calls));
  const code = await new Promise<number | null>((r) => child.on("close", r));
  if (code !== 0) throw new Error(`harness exited ${code}: ${stderr}`);
  return JSON.parse(stdout) as {
    result: Record<string, unknown>;
    acl: Record<string, unknown> & { Rules: Record<string, unknown>[] };
  }[];
}

test("set-rate-limit: lowers the per-IP limit in place, keeps every other rule and setting; refuses out of bounds or a missing rule", async (t) => {
  const moto = await startMoto();
  t.teardown(() => moto.stop());
  const [lowered, tooLow, tooHigh, missing, restored] = await setLimits(moto, [
    ["500", "rate-limit-per-ip"],
    [String(RATE_LIMIT_MINIMUM - 1), "rate-limit-per-ip"],
    [String(RATE_LIMIT_CEILING + 1), "rate-limit-per-ip"],
    ["500", "no-such-rule"],
    ["2000", "rate-limit-per-ip"],
  ]);
  t.deepEqual(lowered!.result, { Previous: 2000, Limit: 500, Rule: "rate-limit-per-ip" });
  const rate = lowered!.acl.Rules.find((r) => r.Name === "rate-limit-per-ip")!;
  t.like(rate, {
    Priority: 90,
    Statement: { RateBasedStatement: { Limit: 500, AggregateKeyType: "IP", EvaluationWindowSec: 300 } },
  });
  t.like(rate, { Action: { Block: { CustomResponse: { ResponseCode: 429 } } } });
  t.like(
    lowered!.acl.Rules.find((r) => r.Name === "blocklist"),
    { Priority: 0, Statement: { GeoMatchStatement: { CountryCodes: ["AQ"] } } },
  );
  t.is(lowered!.acl.Description, "Edge protection");
  for (const refused of [tooLow, tooHigh, missing]) {
    t.regex(String(refused!.result.error), /^nothing changed: /);
    t.like(
      refused!.acl.Rules.find((r) => r.Name === "rate-limit-per-ip"),
      { Statement: { RateBasedStatement: { Limit: 500 } } },
    );
  }
  t.deepEqual(
    restored!.result,
    { Previous: 500, Limit: 2000, Rule: "rate-limit-per-ip" },
    "the undo is the same command",
  );
});
