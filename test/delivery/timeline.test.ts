/**
 * The rollout timeline in the job summary (delivery/view/timeline.ts): the mermaid it emits is
 * parsed by mermaid itself (headless, test/helpers/mermaid.ts) and the gantt tasks are checked
 * where mermaid places them; any text in a decision still parses; past 50 decisions, or with
 * times a chart cannot place, the table carries the timeline alone; the rollback action's job
 * summary (against moto) carries the rollout it stopped as a timeline.
 */
import anyTest, { type TestFn } from "ava";
import fc from "fast-check";
import { rollbackAction } from "../../delivery/actions/rollback/spec.ts";
import { buildEstate } from "../../delivery/rehearsal/estate.ts";
import type { Step } from "../../delivery/rollout/plan.ts";
import type { Decision, Rollout } from "../../delivery/rollout/record.ts";
import {
  ganttText,
  MAX_CHART_DECISIONS,
  timelineChart,
  timelineMarkdown,
} from "../../delivery/view/timeline.ts";
import { inputsEnv, runActionSpec } from "../helpers/actions.ts";
import { fastEnv, listenerState, rolloutRecord, seedRollout, store } from "../helpers/delivery.ts";
import { mermaidBlocks, parseMermaid } from "../helpers/mermaid.ts";
import { motoForFile } from "../helpers/moto.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test);

const T0 = Date.parse("2026-12-02T03:00:00.000Z");
const at = (s: number) => new Date(T0 + s * 1000).toISOString();

const PLAN: Step[] = [
  { kind: "smoke" },
  { kind: "weight", percent: 10 },
  { kind: "bake", seconds: 300 },
  { kind: "pause" },
  { kind: "weight", percent: 100 },
];

const VERDICT = {
  metric: "5xx-rate" as const,
  result: "fail" as const,
  canary: { label: "green", value: 4.2, samples: 6, requests: 600 },
  baseline: { label: "blue", value: 0.1, samples: 6, requests: 5400 },
  limit: 1,
  increase: 4.1,
  p: 0.002,
  method: "exact" as const,
  failedFast: false,
  text: "5xx-rate fail: green 4.20% vs blue 0.10%, +4.10 points (limit +1.00 points), p = 0.002 (Mann-Whitney U, exact); n = 6 vs 6 periods",
};

function rollout(decisions: Decision[], over: Partial<Rollout> = {}): Rollout {
  return rolloutRecord({
    state: "rolled-back",
    plan: PLAN,
    done: 3,
    weights: { blue: 100, green: 0 },
    startedAt: at(0),
    updatedAt: at(900),
    decisions,
    ...over,
  });
}

const DECISIONS: Decision[] = [
  { at: at(12), step: 0, kind: "smoke", outcome: "pass", summary: "3 checks: /healthz, /version, /ready" },
  { at: at(12), step: 1, kind: "weight", outcome: "done", summary: "blue=90 green=10" },
  {
    at: at(312),
    step: 2,
    kind: "bake",
    outcome: "pass",
    summary: "5xx: green 0.40% vs blue 0.10%; n=60/540",
  },
  { at: at(320), step: 3, kind: "pause", outcome: "paused", summary: "waiting for promote #ops" },
  { at: at(600), step: -1, kind: "promote", outcome: "promoted", summary: "by alice", actor: "alice" },
  {
    at: at(900),
    step: 4,
    kind: "analysis",
    outcome: "fail",
    summary: "5xx-rate: 4.20% vs 0.10%",
    verdicts: [VERDICT],
  },
  { at: at(901), step: -1, kind: "rollback", outcome: "done", summary: "blue=100 green=0 %% in 0.4 s" },
];

test("the timeline's gantt parses, and mermaid puts each decision where and when it happened", async (t) => {
  const md = timelineMarkdown(rollout(DECISIONS));
  const [block, ...more] = mermaidBlocks(md);
  t.is(more.length, 0);
  const { type, tasks } = await parseMermaid(block!);
  t.is(type, "gantt");
  t.is(tasks.length, DECISIONS.length);
  // Each bar runs from the decision before (the rollout's start for the first) to this one.
  t.deepEqual(
    tasks.map((x) => [x.start - T0, x.end - T0]),
    [
      [0, 12_000],
      [12_000, 12_000],
      [12_000, 312_000],
      [312_000, 320_000],
      [320_000, 600_000],
      [600_000, 900_000],
      [900_000, 901_000],
    ],
  );
  t.true(tasks[1]!.milestone, "a decision taking no time is a milestone");
  t.deepEqual(
    tasks.map((x) => (x.crit ? "crit" : x.active ? "active" : x.done ? "done" : "")),
    ["done", "done", "done", "active", "done", "crit", "crit"],
  );
  t.deepEqual(
    tasks.map((x) => x.section),
    [
      "step 1 smoke",
      "step 2 weight 10%",
      "step 3 bake",
      "step 4 pause",
      "operator",
      "step 5 weight 100%",
      "operator",
    ],
  );
  // The numbers survive, with mermaid's separators swapped for look-alikes.
  t.is(tasks[2]!.task, "bake pass﹕ 5xx﹕ green 0.40% vs blue 0.10%; n=60/540");
  t.is(tasks[3]!.task, "pause paused﹕ waiting for promote ＃ops");
  // The table has every decision in full, the analysis with its verdict.
  t.regex(
    md,
    /\| 2026-12-02T03:15:00.000Z \| \+900s \| 5 \| analysis \| ❌ fail \| 5xx-rate: 4.20% vs 0.10%<br>5xx-rate fail: green 4.20% vs blue 0.10%, \+4.10 points \(limit \+1.00 points\), p = 0.002/,
  );
  t.regex(md, /\| 2026-12-02T03:10:00.000Z \| \+600s \| {2}\| promote \| promoted \| by alice \| alice \|/);
});

test("whatever a decision says, the chart still parses and keeps one task per decision", async (t) => {
  const nasty = fc.constantFrom(
    ":",
    ";",
    "#",
    "%%",
    "%",
    "\n",
    "\r",
    "|",
    "`",
    '"',
    "'",
    "\\",
    "<br>",
    "-->",
    "}",
    "{",
    "[",
    "]",
    "(",
    ")",
    "after",
    "section",
    "title",
    "excludes",
    "dateFormat",
    "→",
    "ü",
    "🚀",
    "\t",
    "\u0000",
    "&",
    "&amp;",
    "#59;",
    " ",
    ",",
  );
  const text = fc
    .array(fc.oneof(nasty, fc.string({ maxLength: 8 })), { maxLength: 12 })
    .map((a) => a.join(""));
  const kinds = ["smoke", "weight", "bake", "pause", "analysis", "promote", "abort", "rollback"] as const;
  const outcomes = ["done", "pass", "fail", "inconclusive", "paused", "promoted", "aborted"] as const;
  const decision = fc.record({
    offset: fc.integer({ min: 0, max: 7200 }),
    step: fc.integer({ min: -1, max: PLAN.length - 1 }),
    kind: fc.constantFrom(...kinds),
    outcome: fc.constantFrom(...outcomes),
    summary: text,
  });
  await fc.assert(
    fc.asyncProperty(fc.array(decision, { minLength: 1, maxLength: 12 }), text, async (ds, reason) => {
      let clock = 0;
      const decisions = ds.map(({ offset, ...d }) => {
        clock += offset;
        return { ...d, at: at(clock) };
      });
      const chart = timelineChart(rollout(decisions, { reason, state: "shifting" }));
      const { tasks } = await parseMermaid(mermaidBlocks(chart!)[0]!);
      if (tasks.length !== decisions.length) return false;
      return tasks.every(
        (x, i) =>
          x.end === Date.parse(decisions[i]!.at) &&
          x.task ===
            ganttText(`${decisions[i]!.kind} ${decisions[i]!.outcome}: ${decisions[i]!.summary}`).trim(),
      );
    }),
    { numRuns: 60 },
  );
  t.pass();
});

test("more than 50 decisions, or times a chart cannot place: the table alone", (t) => {
  const many = Array.from(
    { length: MAX_CHART_DECISIONS + 1 },
    (_, i): Decision => ({
      at: at(i * 10),
      step: 2,
      kind: "bake",
      outcome: "pass",
      summary: `round ${i}`,
    }),
  );
  const md = timelineMarkdown(rollout(many));
  t.deepEqual(mermaidBlocks(md), []);
  t.regex(md, /51 decisions: more than a chart shows \(50\)/);
  t.is(md.split("\n").filter((l) => /^\| 2026-/.test(l)).length, 51);
  t.is(mermaidBlocks(timelineMarkdown(rollout(many.slice(0, 50)))).length, 1, "50 still make a chart");

  const unplaceable = timelineMarkdown(rollout([{ ...DECISIONS[0]!, at: "soon" }]));
  t.deepEqual(mermaidBlocks(unplaceable), []);
  t.regex(unplaceable, /Times a chart cannot place/);
  t.regex(unplaceable, /\| soon \|/);

  t.is(timelineMarkdown(rollout([])), "", "nothing decided, no section");
});

test.serial("the rollback action's job summary shows the rollout it stopped as a timeline", async (t) => {
  await moto.reset();
  const e = await buildEstate(moto.clientConfig(), { ecs: false });
  await seedRollout(moto.clientConfig(), e, { percents: [10, 100], doneWeights: 1, bake: 300 });
  // The decisions the stopped shift had recorded.
  const held = await store(moto.clientConfig(), e).acquire(
    { id: "killed-run", runId: "killed-run", actor: "ci", command: "shift", url: "" },
    60_000,
  );
  const doc = held.state.doc;
  const started = doc.rollout!.startedAt;
  const after = (s: number) => new Date(Date.parse(started) + s * 1000).toISOString();
  await held.save({
    ...doc,
    rollout: {
      ...doc.rollout!,
      decisions: [
        { at: after(1), step: 0, kind: "weight", outcome: "done", summary: "blue=90 green=10" },
        {
          at: after(2),
          step: 1,
          kind: "analysis",
          outcome: "fail",
          summary: "5xx-rate: 4.20% vs 0.10%",
          verdicts: [VERDICT],
        },
      ],
    },
  });
  const r = await runActionSpec(
    rollbackAction,
    inputsEnv("delivery/actions/rollback/action.yml", {
      listener: e.listenerArn,
      reason: "5xx | after 1.4.2",
    }),
    fastEnv(moto.endpoint, { GITHUB_ACTOR: "oncall", SECURECLOUD_WRITE_WINDOW_MS: "100" }),
  );
  t.is(r.code, 0, r.failed.join("\n"));
  t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, { blue: 100, green: 0 });
  t.regex(r.summary, /### Rollout timeline: blue → green, rolled-back/);
  const blocks = mermaidBlocks(r.summary);
  const gantt = blocks.find((b) => b.startsWith("gantt"));
  t.truthy(gantt, r.summary);
  const { tasks } = await parseMermaid(gantt!);
  t.deepEqual(
    tasks.map((x) => [x.task, x.crit]),
    [
      ["weight done﹕ blue=90 green=10", false],
      ["analysis fail﹕ 5xx-rate﹕ 4.20% vs 0.10%", true],
      // The rollback is a decision of the rollout too, with its reason.
      ["rollback done﹕ 5xx | after 1.4.2﹕ all traffic on blue (blue=100 green=0)", true],
    ],
  );
  t.regex(r.summary, /5xx-rate fail: green 4\.20% vs blue 0\.10%, \+4\.10 points/);
  for (const b of blocks)
    await t.notThrowsAsync(parseMermaid(b), "every mermaid block in the summary parses");
});
