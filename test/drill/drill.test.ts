/**
 * The drill against a server on loopback that behaves like the edge: it answers 200 until a
 * client has sent `threshold` requests, then 429 to everything from it (the health probe
 * included), as a per-IP rate rule does. Real HTTP, real timers; assertions are on counts the
 * server and the drill must agree on, not on timing, except for a generous mitigation window.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { run } from "../../drill/cli.ts";
import { DRILL_LIMITS } from "../../drill/command.ts";
import type { DrillReport } from "../../drill/report.ts";
import { decideTarget, SERVICE_ENDPOINT_OUTPUT, type ServiceEndpoint } from "../../drill/target.ts";
import { buildCliBundle } from "../helpers/cli-bundle.ts";

interface Edge {
  url: string;
  counts: { flood: number; probes: number };
  close(): Promise<void>;
}

async function edge(opts: { threshold?: number; readyz?: number; floodStatus?: number } = {}): Promise<Edge> {
  const counts = { flood: 0, probes: 0 };
  let total = 0;
  const server = http.createServer((req, res) => {
    const probe = req.url === "/readyz";
    if (probe) counts.probes++;
    else counts.flood++;
    total++;
    if (opts.threshold !== undefined && total > opts.threshold) {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "300" });
      res.end('{"error":"too_many_requests"}');
      return;
    }
    res.writeHead(probe ? (opts.readyz ?? 200) : (opts.floodStatus ?? 200));
    res.end("ok");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    counts,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A JSON drill against the server: exit code and report. */
async function drillJson(server: Edge, rate: number, duration: number) {
  const { code, stdout } = await drill([
    "--url",
    server.url,
    "--rate",
    String(rate),
    "--duration",
    String(duration),
    "-o",
    "json",
  ]);
  return { code, report: JSON.parse(stdout) as DrillReport };
}

async function drill(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

test("a flood that the edge starts answering 429: time to mitigate, counts that match the server, healthy, exit 0", async (t) => {
  const server = await edge({ threshold: 120 });
  t.teardown(() => server.close());
  const { code, stdout, stderr } = await drill([
    "--url",
    server.url,
    "--rate",
    "80",
    "--duration",
    "3",
    "--format",
    "json",
  ]);
  const report = JSON.parse(stdout) as DrillReport;
  t.is(code, 0, stderr);
  t.is(report.seconds.length, 3);
  t.is(report.totals.sent + report.totals.notSent, 240, "rate x duration, no more");
  t.is(report.totals.sent, server.counts.flood, "every request sent reached the server once");
  t.is(report.health.probes, server.counts.probes);
  t.is(report.totals.failed, 0);
  // The server counts probes and flood together against its threshold, as the WAF counts an IP.
  t.is(report.totals.ok + report.health.ok, 120);
  t.is(report.totals.tooMany, report.totals.sent - report.totals.ok);
  t.true(report.mitigated);
  t.true(
    report.timeToMitigateSeconds! > 0.5 && report.timeToMitigateSeconds! < 2.9,
    `${report.timeToMitigateSeconds}`,
  );
  t.is(
    report.blockedFromSecond,
    report.seconds.findIndex((s) => s.tooMany * 2 >= s.ok + s.tooMany),
  );
  t.true(report.healthy);
  t.is(report.target.environment, "loopback");
  // Progress: a header and one line per second on stderr.
  t.is(stderr.split("\n").filter((l) => /^\s+\d+\s+\d+/.test(l)).length, 3);
});

test("the text report names the moment of mitigation; markdown carries a mermaid xychart", async (t) => {
  const server = await edge({ threshold: 30 });
  t.teardown(() => server.close());
  const dir = mkdtempSync(join(tmpdir(), "drill-summary-"));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const summary = join(dir, "summary.md");
  writeFileSync(summary, "");
  const { code, stdout } = await drill([
    "--url",
    server.url,
    "--rate",
    "40",
    "--duration",
    "2",
    "--summary-file",
    summary,
  ]);
  t.is(code, 0);
  t.regex(stdout, /Time to mitigate: \d+\.\d s/);
  t.regex(stdout, /Result: PASS: the WAF started answering 429 after \d+\.\d s/);
  const md = readFileSync(summary, "utf8");
  t.regex(md, /^## Edge drill: passed/m);
  t.regex(md, /```mermaid\nxychart-beta\n/);
  t.regex(md, /x-axis "second" \[0, 1\]/);
  const [bar, ...lines] = [...md.matchAll(/^ {2}(bar|line) \[([\d, ]+)\]$/gm)].map((m) =>
    m[2]!.split(", ").map(Number),
  );
  t.is(lines.length, 2);
  t.is(
    bar!.reduce((a, b) => a + b, 0) + lines[0]!.reduce((a, b) => a + b, 0),
    80 - 0,
    "2xx + 429 = every answer",
  );
});

test("an estate whose health probe fails during the drill is reported unhealthy: exit 1", async (t) => {
  const server = await edge({ threshold: 1_000, readyz: 503 });
  t.teardown(() => server.close());
  const { code, report } = await drillJson(server, 20, 2);
  t.is(code, 1);
  t.false(report.healthy);
  t.regex(report.problems.join("\n"), /health probe answered 2 time\(s\) with an error \(0s: 503, 1s: 503\)/);
});

test("a flood nobody mitigates fails the drill, and 5xx answers mark the estate unhealthy", async (t) => {
  const server = await edge({ floodStatus: 502 });
  t.teardown(() => server.close());
  const { code, report } = await drillJson(server, 20, 1);
  t.is(code, 1);
  t.false(report.mitigated);
  t.false(report.healthy);
  t.true(report.problems.some((p) => /20 of 20 answers were 5xx/.test(p)));
  t.true(report.problems.some((p) => /nothing mitigated the flood/.test(p)));
});

function synthDir(endpoints: ServiceEndpoint[]): string {
  const dir = mkdtempSync(join(tmpdir(), "drill-synth-"));
  for (const e of endpoints) {
    mkdirSync(join(dir, "stacks", e.environment), { recursive: true });
    writeFileSync(
      join(dir, "stacks", e.environment, "cdk.tf.json"),
      JSON.stringify({ output: { [SERVICE_ENDPOINT_OUTPUT]: { value: e } } }),
    );
  }
  return dir;
}

const ENDPOINTS: ServiceEndpoint[] = [
  { environment: "prod", production: true, host: "app.example.com" },
  { environment: "staging", production: false, host: "staging.app.example.com" },
];

test("production is refused unless --allow-production; the most specific synthesized host decides", (t) => {
  const endpoints = ENDPOINTS;
  const decide = (url: string, environment?: string, allowProduction = false) =>
    decideTarget(new URL(url), { environment, allowProduction, endpoints });
  t.throws(() => decide("https://app.example.com/"), { message: /prod environment, which is production/ });
  t.throws(() => decide("https://api.app.example.com/"), { message: /production/ }, "subdomains of prod too");
  t.like(decide("https://app.example.com/", undefined, true), { environment: "prod", production: true });
  t.like(decide("https://staging.app.example.com/"), { environment: "staging", production: false });
  t.throws(() => decide("https://staging.app.example.com/", "prod"), { message: /does not match/ });
  t.throws(() => decide("https://elsewhere.example.net/"), { message: /name it with --environment/ });
  t.throws(() => decide("https://elsewhere.example.net/", "prod"), { message: /production/ });
  t.like(decide("https://elsewhere.example.net/", "staging"), { environment: "staging", production: false });
  const noSynth = (url: string, environment?: string) =>
    decideTarget(new URL(url), { environment, allowProduction: false, endpoints: [] });
  t.throws(() => noSynth("https://x.example.net/", "production"), { message: /production/ });
  t.throws(() => noSynth("https://x.example.net/"), { message: /no synth found/ });
  t.like(decide("http://localhost:8080/"), { environment: "loopback" });
  t.like(decide("http://[::1]:8080/"), { environment: "loopback" });
});

test("bad input and refusals exit 2 with one line and send nothing", async (t) => {
  const server = await edge();
  t.teardown(() => server.close());
  const dir = synthDir(ENDPOINTS);
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const cases: [string[], RegExp][] = [
    [[], /^error: --url: is required \(see securecloud drill --help\)/],
    [
      ["--url", server.url, "--rate", String(DRILL_LIMITS.maxRate + 1)],
      /^error: --rate: "301" is not a whole number between 1 and 300/,
    ],
    [
      ["--url", server.url, "--duration", String(DRILL_LIMITS.maxDurationSeconds + 1)],
      /^error: --duration: /,
    ],
    [["--url", server.url, "--rate", "1.5"], /^error: --rate: /],
    [["--url", "ftp://127.0.0.1/"], /^error: --url: .* not an http or https URL/],
    [["--url", server.url, "--bogus"], /^error: --bogus: unknown flag \(see securecloud drill --help\)$/m],
    [
      ["--url", "https://app.example.com/", "--synth", dir],
      /^error: --url: app\.example\.com is the prod environment/,
    ],
    [["--url", server.url, "--summary-file", "/nonexistent-dir/summary.md"], /^error: --summary-file: /],
  ];
  for (const [argv, message] of cases) {
    const { code, stdout, stderr } = await drill(argv);
    t.is(code, 2, argv.join(" "));
    t.is(stdout, "");
    t.regex(stderr, message);
    t.is(stderr.trim().split("\n").length, 1);
  }
  t.deepEqual(server.counts, { flood: 0, probes: 0 }, "nothing reached the server");
});

test("securecloud drill --help works from the built binary", async (t) => {
  const cli = await buildCliBundle();
  t.teardown(() => cli.cleanup());
  const r = spawnSync(process.execPath, [cli.path, "drill", "--help"], { encoding: "utf8" });
  t.is(r.status, 0, r.stderr);
  t.regex(r.stdout, /^Usage: securecloud drill \[options\]/);
  for (const flag of [
    "--url",
    "--rate",
    "--duration",
    "--health-url",
    "--environment",
    "--allow-production",
  ]) {
    t.true(r.stdout.includes(flag), flag);
  }
  const top = spawnSync(process.execPath, [cli.path, "--help"], { encoding: "utf8" });
  t.regex(top.stdout, /^ {2}drill /m);
});
