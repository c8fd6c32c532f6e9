/**
 * The operator's view: `traffic status --watch` against moto through the same `run()` the
 * binary calls, with a fake terminal (or a plain log stream) and an injected clock; the frame
 * itself (delivery/view/frame.ts) on records; and `traffic status -o json` with the new fields.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import anyTest, { type TestFn } from "ava";
import { makeCloudWatch } from "../../delivery/aws/cloudwatch.ts";
import { makeDynamo } from "../../delivery/aws/dynamodb.ts";
import { makeElb } from "../../delivery/aws/elb.ts";
import { run } from "../../delivery/cli.ts";
import { type StatusReport, watchStatus } from "../../delivery/commands/status.ts";
import { Aborted } from "../../delivery/context.ts";
import { parseStatus } from "../../delivery/inputs.ts";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import type { Step } from "../../delivery/rollout/plan.ts";
import { type Decision, emptyDoc, type Rollout, rolloutDefaults } from "../../delivery/rollout/record.ts";
import { frame } from "../../delivery/view/frame.ts";
import { bar, columns } from "../../delivery/view/text.ts";
import { fastEnv, rolloutRecord, setWeights, store } from "../helpers/delivery.ts";
import { motoForFile } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const ROOT = join(import.meta.dirname, "..", "..");
const moto = motoForFile(test);
const env = () => fastEnv(moto.endpoint);

// biome-ignore lint/suspicious/noControlCharactersInRegex: escape codes are what these look for
const ESC = /\u001b/;
const HIDE = "\u001b[?25l";
const SHOW = "\u001b[?25h";

const PLAN: Step[] = [
  { kind: "smoke" },
  { kind: "weight", percent: 10 },
  {
    kind: "analysis",
    analysis: {
      windowSeconds: 300,
      minSamples: 5,
      minRequests: 10,
      alpha: 0.05,
      inconclusive: "pause",
      checks: [{ metric: "5xx-rate", maxIncrease: 1 }],
    },
  },
  { kind: "pause" },
  { kind: "weight", percent: 50 },
  { kind: "bake", seconds: 300 },
  { kind: "weight", percent: 100 },
];

const T0 = Date.parse("2026-12-02T03:00:00.000Z");
const iso = (s: number) => new Date(T0 + s * 1000).toISOString();

const ANALYSIS: Decision = {
  at: iso(400),
  step: 2,
  kind: "analysis",
  outcome: "pass",
  summary: "5xx-rate: green 0.40% vs blue 0.10%, limit +1.00 pt, n=6/6, p=0.21 → pass",
  verdicts: [
    {
      metric: "5xx-rate",
      result: "pass",
      canary: { label: "green", value: 0.4, samples: 6, requests: 600 },
      baseline: { label: "blue", value: 0.1, samples: 6, requests: 5400 },
      limit: 1,
      increase: 0.3,
      p: 0.21,
      method: "exact",
      failedFast: false,
      text: "5xx-rate pass: green 0.40% vs blue 0.10%",
    },
  ],
};

function rollout(over: Partial<Rollout> = {}): Rollout {
  return rolloutRecord({
    plan: PLAN,
    done: 5,
    weights: { blue: 50, green: 50 },
    startedAt: iso(0),
    updatedAt: iso(500),
    digest: "sha256:0123",
    decisions: [
      { at: iso(10), step: 0, kind: "smoke", outcome: "pass", summary: "3 checks passed" },
      { at: iso(20), step: 1, kind: "weight", outcome: "done", summary: "blue=90 green=10" },
      ANALYSIS,
      { at: iso(500), step: 4, kind: "weight", outcome: "done", summary: "blue=50 green=50" },
    ],
    watchUntil: iso(800),
    ...over,
  });
}

function report(over: Partial<StatusReport> = {}): StatusReport {
  return {
    listenerArn:
      "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/securecloud-prod-alb/0123456789abcdef/0123456789abcdef",
    live: "split",
    weights: { blue: 50, green: 50 },
    targetGroups: { blue: "arn:tg/blue", green: "arn:tg/green" },
    health: {
      blue: { healthy: 3, total: 3, unhealthy: 0, states: { healthy: 3 } },
      green: { healthy: 1, total: 3, unhealthy: 2, states: { healthy: 1, unhealthy: 2 } },
    },
    rollout: null,
    lease: {
      holder: "github-run-4242",
      runId: "4242-1",
      actor: "octocat",
      command: "shift",
      url: "",
      since: iso(0),
      expires: T0 + 900_000,
      expired: false,
    },
    colors: {},
    alarms: [],
    ...over,
  };
}

test("weight bars: a cell per 10 %, never hiding a small or partial weight", (t) => {
  t.is(bar(80), "████████░░");
  t.is(bar(0), "░░░░░░░░░░");
  t.is(bar(100), "██████████");
  t.is(bar(1), "█░░░░░░░░░", "1 % is not drawn as nothing");
  t.is(bar(99), "█████████░", "99 % is not drawn as all");
});

test("a frame: bars, health, step n of m described, countdown, verdicts per color, lease", async (t) => {
  const { rolloutView } = await import("../../delivery/commands/status.ts");
  const now = new Date(T0 + 632_000);
  const lines = frame(report({ rollout: rolloutView(rollout(), now) }), { now, intervalSeconds: 5 });
  const text = lines.join("\n");
  t.regex(text, /weights {3}blue {2}█████░░░░░ {2}50% {3}green █████░░░░░ {2}50%/);
  t.regex(text, /health {4}blue {2}3\/3 healthy\s+green 1\/3 healthy \(2 not healthy\)/);
  t.regex(text, /step {6}6 of 7: bake 300 s \(green at 50%, weight step 2 of 3\)/);
  t.regex(text, /bake {6}2m 48s left, until 03:13:20/);
  t.regex(text, /analysis {2}pass at 03:06:40 \(step 3\)/);
  t.regex(text, /\n {2}PASS 5xx-rate +blue 0\.10% +green 0\.40% +limit \+1\.00% {2}n 6\/6 {2}p 0\.210\n/);
  t.regex(
    text,
    /lease {5}shift run 4242-1 by octocat\n {10}since 03:00:00 \(10m 32s ago\), expires in 4m 28s/,
  );
  t.notRegex(text, /PAUSED/);
  for (const l of lines) t.true(columns(l) <= 80, l);
});

test("a paused rollout says since when, at what weight, and how to continue", async (t) => {
  const { rolloutView } = await import("../../delivery/commands/status.ts");
  const now = new Date(T0 + 700_000);
  const paused = rollout({
    state: "paused" as Rollout["state"],
    done: 3,
    weights: { blue: 90, green: 10 },
    pausedAt: iso(400),
    watchUntil: null,
    decisions: [
      ANALYSIS,
      { at: iso(400), step: 3, kind: "pause", outcome: "paused", summary: "waiting for promote" },
    ],
  });
  const view = rolloutView(paused, now)!;
  t.deepEqual(view.paused, {
    since: iso(400),
    seconds: 300,
    hint: "securecloud traffic promote to continue, securecloud traffic abort to roll back",
  });
  t.like(view.position, { step: 4, of: 7, description: "pause until promoted", percent: 10 });
  t.is(view.countdown, null);
  const text = frame(report({ weights: { blue: 90, green: 10 }, rollout: view, lease: null }), {
    now,
    intervalSeconds: 5,
  }).join("\n");
  t.regex(text, /step {6}4 of 7: pause until promoted/);
  t.regex(text, /PAUSED {4}since 03:06:40 \(5m 00s\) at green 10%/);
  t.regex(text, /securecloud traffic promote/);
  t.regex(text, /lease {5}free/);
  t.regex(text, /last {6}03:06:40 pause paused: waiting for promote/);
});

test("the frame holds to the width, 80 columns at most, and keeps control characters out", async (t) => {
  const { rolloutView } = await import("../../delivery/commands/status.ts");
  const now = new Date(T0 + 632_000);
  const long = rollout({
    state: "rolled-back",
    actor: "a-very-long-actor-name-".repeat(5),
    reason: `rollback alarm in ALARM \u001b[2J\u001b[31mred${" and more".repeat(20)}`,
  });
  const r = report({ rollout: rolloutView(long, now) });
  for (const width of [80, 200, 60, 40]) {
    const lines = frame(r, { now, width, intervalSeconds: 5 });
    for (const l of lines) t.true(columns(l) <= Math.min(80, width), `${width}: ${l}`);
    t.false(lines.some((l) => ESC.test(l)));
  }
  t.regex(
    frame(r, { now, intervalSeconds: 5 }).join("\n"),
    /reason {4}rollback alarm in ALARM +\[2J \[31mred/,
  );
});

async function fresh(): Promise<BuiltEstate> {
  await moto.reset();
  return buildEstate(moto.clientConfig(), { ecs: false, targets: { blue: 3, green: 2 } });
}

/** A rollout in the table as a running shift leaves it, its lease held for 15 minutes. */
async function seed(e: BuiltEstate, r: Rollout): Promise<void> {
  const held = await store(moto.clientConfig(), e).acquire(
    { id: "github-run-4242", runId: "4242-1", actor: "octocat", command: "shift", url: "" },
    900_000,
  );
  await held.save({ ...emptyDoc(), targetGroups: e.targetGroups, rollout: r });
  if (r.weights) await setWeights(moto.clientConfig(), e.listenerArn, e.targetGroups, r.weights);
}

interface Screen {
  out: string;
  write(s: string): boolean;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

function screen(tty: { columns: number; rows: number } | null): Screen {
  const s: Screen = {
    out: "",
    write(chunk: string) {
      s.out += chunk;
      return true;
    },
  };
  if (tty) Object.assign(s, { isTTY: true, ...tty });
  return s;
}

/**
 * A clock that only moves when the watch sleeps; after `frames` sleeps it sends the process a
 * SIGINT (what Ctrl-C does), as the terminal would.
 */
function clock(start: number, frames: number) {
  let now = start;
  let sleeps = 0;
  return {
    now: () => new Date(now),
    sleeps: () => sleeps,
    sleep: async (ms: number, signal?: AbortSignal) => {
      now += ms;
      if (++sleeps === frames) process.emit("SIGINT");
      if (signal?.aborted) throw new Aborted(String(signal.reason));
    },
  };
}

const watchArgs = (e: BuiltEstate, ...more: string[]) => [
  "traffic",
  "status",
  "--listener",
  e.listenerArn,
  "--watch",
  ...more,
];

test.serial(
  "--watch on a terminal redraws in place, counts down, and Ctrl-C exits 0 with the cursor back",
  async (t) => {
    const e = await fresh();
    const start = Date.now();
    await seed(e, rollout({ watchUntil: new Date(start + 170_000).toISOString() }));
    const term = screen({ columns: 120, rows: 40 });
    const c = clock(start, 3);
    const err = screen(null);
    const code = await run(watchArgs(e, "--interval", "5"), {
      env: env(),
      stdout: term,
      stderr: err,
      now: c.now,
      sleep: c.sleep,
    });
    t.is(code, 0, err.out);
    t.is(err.out, "");
    t.is(c.sleeps(), 3, "three frames, then Ctrl-C");
    t.true(term.out.startsWith(HIDE), "the cursor is hidden while it draws");
    t.true(term.out.endsWith(SHOW), "and shown again after Ctrl-C");
    // Each frame after the first erases the one before: as many lines up as it drew.
    const frames = term.out
      .slice(HIDE.length, -SHOW.length)
      .split("\u001b[G")
      .map((f) => f.split("\u001b[2K")[0]!);
    t.is(frames.length, 3);
    const firstHeight = frames[0]!.split("\n").length - 1;
    t.is(
      term.out.split("\u001b[1A").length - 1,
      2 * firstHeight,
      "each redraw goes back over the whole frame",
    );
    t.regex(frames[0]!, /bake {6}2m 50s left/);
    t.regex(frames[1]!, /bake {6}2m 45s left/);
    t.regex(frames[2]!, /bake {6}2m 40s left/);
    for (const f of frames) {
      t.regex(f, /weights {3}blue {2}█████░░░░░ {2}50%/);
      t.regex(f, /health {4}blue {2}3\/3 healthy\s+green 2\/2 healthy/);
      t.regex(f, /lease {5}shift run 4242-1 by octocat/);
      t.regex(f, /5xx-rate +blue 0\.10% +green 0\.40%/);
      for (const l of f.split("\n")) t.true(columns(l) <= 80, `capped at 80 on a 120-column terminal: ${l}`);
    }

    const narrow = screen({ columns: 50, rows: 40 });
    const c2 = clock(start, 1);
    t.is(await run(watchArgs(e), { env: env(), stdout: narrow, stderr: screen(null), ...c2 }), 0);
    const lines = narrow.out.slice(HIDE.length, -SHOW.length).split("\n");
    t.true(lines.length > 10);
    for (const l of lines) t.true(columns(l) <= 50, `cut to a 50-column terminal: ${l}`);

    const short = screen({ columns: 80, rows: 8 });
    t.is(
      await run(watchArgs(e), {
        env: env(),
        stdout: short,
        stderr: screen(null),
        ...clock(start, 1),
      }),
      0,
    );
    t.is(short.out.slice(HIDE.length, -SHOW.length).split("\n").length - 1, 7, "no taller than the terminal");
  },
);

test.serial(
  "--watch off a terminal prints one full plain frame per interval; -o json one document per line",
  async (t) => {
    const e = await fresh();
    const start = Date.now();
    await seed(e, rollout({ watchUntil: new Date(start + 170_000).toISOString() }));
    const log = screen(null);
    const c = clock(start, 2);
    const code = await run(watchArgs(e, "--interval", "30"), {
      env: env(),
      stdout: log,
      stderr: screen(null),
      ...c,
    });
    t.is(code, 0);
    t.false(ESC.test(log.out), "no escape codes in a log");
    const frames = log.out.trimEnd().split("\n\n");
    t.is(frames.length, 2);
    t.regex(frames[0]!, /^listener {2}app\/securecloud-rehearsal-alb\//);
    t.regex(frames[0]!, /bake {6}2m 50s left/);
    t.regex(frames[1]!, /bake {6}2m 20s left/);
    for (const f of frames) for (const l of f.split("\n")) t.true(columns(l) <= 80, l);

    const json = screen({ columns: 80, rows: 40 });
    t.is(
      await run(watchArgs(e, "-o", "json"), {
        env: env(),
        stdout: json,
        stderr: screen(null),
        ...clock(start, 2),
      }),
      0,
    );
    t.false(ESC.test(json.out), "JSON lines, even on a terminal");
    const docs = json.out
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    t.is(docs.length, 2);
    t.is(docs[1].at, new Date(start + 5000).toISOString());
    t.like(docs[0].status.rollout, {
      state: "shifting",
      position: { step: 6, of: 7 },
      countdown: { kind: "bake", remainingSeconds: 170 },
    });
  },
);

test.serial("status -o json gains the view's fields; an old record without them loads", async (t) => {
  const e = await fresh();
  await seed(
    e,
    rollout({
      state: "paused" as Rollout["state"],
      done: 3,
      pausedAt: new Date().toISOString(),
      watchUntil: null,
    }),
  );
  let json = screen(null);
  const code = await run(["traffic", "status", "--listener", e.listenerArn, "-o", "json"], {
    env: env(),
    stdout: json,
    stderr: screen(null),
  });
  t.is(code, 0);
  const s = JSON.parse(json.out);
  t.like(s.rollout, {
    state: "paused",
    digest: "sha256:0123",
    position: {
      step: 4,
      of: 7,
      description: "pause until promoted",
      weightStep: 1,
      weightSteps: [10, 50, 100],
    },
    countdown: null,
    paused: { hint: "securecloud traffic promote to continue, securecloud traffic abort to roll back" },
    analysis: { outcome: "pass", step: 3 },
  });
  t.deepEqual(s.rollout.analysis.verdicts[0].values, { blue: 0.1, green: 0.4 });
  t.is(s.rollout.decisions.length, 2 + 2);
  t.deepEqual(s.health.green, { healthy: 2, total: 2, unhealthy: 0, states: { healthy: 2 } });
  const text = screen(null);
  t.is(
    await run(["traffic", "status", "--listener", e.listenerArn], {
      env: env(),
      stdout: text,
      stderr: screen(null),
    }),
    0,
  );
  t.regex(text.out, /paused +since .*: securecloud traffic promote to continue/);

  // A record written before decisions, digests and countdowns existed.
  const old = rollout();
  for (const k of Object.keys(rolloutDefaults())) delete (old as unknown as Record<string, unknown>)[k];
  await seed(e, old);
  json = screen(null);
  t.is(
    await run(["traffic", "status", "--listener", e.listenerArn, "-o", "json"], {
      env: env(),
      stdout: json,
      stderr: screen(null),
    }),
    0,
  );
  t.like(JSON.parse(json.out).rollout, {
    digest: "",
    decisions: [],
    watchUntil: null,
    pausedAt: null,
    countdown: null,
    analysis: null,
    lastDecision: null,
  });
});

test.serial("bad --watch input: one line, exit 2, nothing read", async (t) => {
  const e = await fresh();
  for (const [args, line] of [
    [["--interval", "5"], "error: --interval: only applies with --watch"],
    [["--watch", "--interval", "0"], "error: --interval: must be at least 1 (got 0)"],
    [["--watch", "--interval", "soon"], 'error: --interval: "soon" is not a number of seconds'],
  ] as const) {
    const err = screen(null);
    const calls: string[] = [];
    const code = await run(["traffic", "status", "--listener", e.listenerArn, ...args], {
      env: env(),
      stdout: screen(null),
      stderr: err,
      onCall: (c) => calls.push(c.operation),
    });
    t.is(code, 2);
    t.is(err.out, `${line}\n`);
    t.deepEqual(calls, []);
  }
});

/**
 * moto reports every registered IP target healthy, so DescribeTargetHealth alone answers here
 * as AWS does for targets failing their checks (State unhealthy, Reason
 * Target.FailedHealthChecks); every other call goes to moto.
 */
function failingChecks(elb: ElasticLoadBalancingV2Client, targetGroupArn: string): void {
  elb.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TargetGroupArn?: string };
      if (context.commandName !== "DescribeTargetHealthCommand" || input.TargetGroupArn !== targetGroupArn)
        return next(args);
      const target = (id: string, state: string, reason?: string) => ({
        Target: { Id: id, Port: 8080 },
        HealthCheckPort: "8080",
        TargetHealth: {
          State: state,
          ...(reason ? { Reason: reason, Description: "Health checks failed" } : {}),
        },
      });
      return {
        response: {},
        output: {
          $metadata: {},
          TargetHealthDescriptions: [
            target("10.20.20.1", "healthy"),
            target("10.20.20.2", "unhealthy", "Target.FailedHealthChecks"),
            target("10.20.20.3", "unhealthy", "Target.FailedHealthChecks"),
          ],
        },
      } as never;
    },
    { step: "initialize", name: "failingChecks" },
  );
}

test.serial("a color whose targets fail their health checks shows it in the watch and in JSON", async (t) => {
  const e = await fresh();
  await seed(e, rollout({ watchUntil: new Date(Date.now() + 60_000).toISOString() }));
  const aws = {
    region: "us-east-1",
    endpoint: moto.endpoint,
    credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
  };
  const elb = makeElb(aws);
  failingChecks(elb, e.targetGroups.green);
  const term = screen({ columns: 80, rows: 40 });
  const controller = new AbortController();
  let sleeps = 0;
  const code = await watchStatus(
    term,
    { elb, cw: makeCloudWatch(aws), ddb: makeDynamo(aws) },
    parseStatus({ listener: e.listenerArn, watch: true }, env()),
    {
      signal: controller.signal,
      now: () => new Date(),
      sleep: async () => {
        if (++sleeps === 1) controller.abort("SIGINT");
        throw new Aborted("SIGINT");
      },
    },
  );
  t.is(code, 0);
  t.regex(term.out, /health {4}blue {2}3\/3 healthy +green 1\/3 healthy \(2 not healthy\)/);
  t.true(term.out.endsWith(SHOW));

  const json = screen(null);
  await watchStatus(
    json,
    { elb, cw: makeCloudWatch(aws), ddb: makeDynamo(aws) },
    parseStatus({ listener: e.listenerArn, watch: true, format: "json" }, env()),
    {
      signal: new AbortController().signal,
      now: () => new Date(),
      sleep: async () => {
        throw new Aborted("SIGINT");
      },
    },
  );
  t.deepEqual(JSON.parse(json.out).status.health.green, {
    healthy: 1,
    total: 3,
    unhealthy: 2,
    states: { healthy: 1, unhealthy: 2 },
  });
});

test.serial("in a real terminal, Ctrl-C ends the watch with exit 0 and the cursor shown", async (t) => {
  // util-linux `script` gives the binary a pseudo-terminal; ^C typed into it reaches the
  // process as the terminal's SIGINT, as when a person presses Ctrl-C.
  const e = await fresh();
  const cmd = `stty cols 120 rows 40; exec node bin/securecloud.mjs traffic status --listener ${e.listenerArn} --watch --interval 1`;
  const child = spawn("script", ["-qec", cmd, "/dev/null"], {
    cwd: ROOT,
    env: fastEnv(moto.endpoint),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const drawn = (n: number) => out.split("lease     free").length - 1 >= n;
  for (let i = 0; i < 600 && !drawn(2); i++) await new Promise((r) => setTimeout(r, 100));
  t.true(drawn(2), `two frames drawn: ${out}`);
  child.stdin.write("\u0003");
  t.is(await exited, 0);
  t.true(out.includes(HIDE));
  t.true(out.endsWith(SHOW), JSON.stringify(out.slice(-40)));
  const text = stripVTControlCharacters(out);
  for (const l of text.split(/\r?\n/)) t.true(columns(l) <= 80, l);
});

test("a refresh that fails keeps the watch going: the last good frame, the error on top", async (t) => {
  const { rolloutView } = await import("../../delivery/commands/status.ts");
  const { watch } = await import("../../delivery/view/watch.ts");
  const now = new Date(T0 + 632_000);
  const good = report({ rollout: rolloutView(rollout(), now) });
  const reads = [
    async () => ({ report: good }),
    async () => {
      throw Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
    },
    async () => ({ report: null, error: "DescribeListeners: ServiceUnavailable" }),
  ];
  const log = screen(null);
  const controller = new AbortController();
  let n = 0;
  const code = await watch(log, () => reads[n]!(), {
    intervalSeconds: 5,
    json: false,
    now: () => now,
    signal: controller.signal,
    sleep: async () => {
      if (++n === reads.length) controller.abort("SIGINT");
    },
  });
  t.is(code, 0);
  const frames = log.out.trimEnd().split("\n\n");
  t.is(frames.length, 3);
  t.notRegex(frames[0]!, /FAILED/);
  t.regex(
    frames[1]!,
    /^listener .*\nat .*\n! FAILED {2}the last refresh \(showing the one before\): .*Rate exceeded/,
  );
  t.regex(frames[2]!, /! FAILED {2}the last refresh \(showing the one before\): DescribeListeners: Service/);
  for (const f of frames.slice(1)) t.regex(f, /weights {3}blue {2}█████░░░░░ {2}50%/, "the last good read");
});
