import test from "ava";
import fc from "fast-check";
import { ROLLOUT_STATES, UsageError } from "../../common/conventions.ts";
import { parseShift } from "../../delivery/inputs.ts";
import {
  parseAlarms,
  parseColor,
  parseImage,
  parseListenerArn,
  parseSeconds,
  parseSteps,
  targetGroupDimension,
} from "../../delivery/options.ts";
import {
  assertRecordFits,
  itemBytes,
  largestStateItem,
  MAX_ITEM_BYTES,
} from "../../delivery/rollout/limits.ts";
import { type Step, shorthandPlan, validatePlan } from "../../delivery/rollout/plan.ts";
import {
  emptyDoc,
  parseDoc,
  ROLLOUT_DEFAULTS,
  type RolloutDoc,
  rolloutDefaults,
} from "../../delivery/rollout/record.ts";
import { weightsFor } from "../../delivery/rollout/weights.ts";
import { summaryMarkdown } from "../../delivery/summary.ts";

const ARN =
  "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/securecloud-prod-alb/50dc6c495c0c9188/f2f7dc8efc522ab2";

test("a listener ARN yields its region, load balancer and CloudWatch dimension", (t) => {
  const l = parseListenerArn(ARN);
  t.is(l.region, "eu-west-1");
  t.is(l.account, "123456789012");
  t.is(l.loadBalancerDimension, "app/securecloud-prod-alb/50dc6c495c0c9188");
  t.is(
    l.loadBalancerArn,
    "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/securecloud-prod-alb/50dc6c495c0c9188",
  );
  t.is(
    targetGroupDimension(
      "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/securecloud-prod-blue/73e2d6bc24d8a067",
    ),
    "targetgroup/securecloud-prod-blue/73e2d6bc24d8a067",
  );
});

test("malformed listener ARNs are usage errors that name the flag", (t) => {
  for (const bad of [
    "",
    "listener",
    ARN.replace("listener/app", "loadbalancer/app"),
    ARN.replace("/app/", "/net/"),
    ARN.replace("123456789012", "12345"),
    `${ARN}/extra`,
    ARN.replace("f2f7dc8efc522ab2", "F2F7DC8EFC522AB2"),
    "arn:aws:ecs:eu-west-1:123456789012:cluster/x",
  ]) {
    const err = t.throws(() => parseListenerArn(bad), { instanceOf: UsageError }, bad);
    t.is(err?.what, "--listener");
  }
});

test("colors are blue or green, case-insensitive; anything else is a usage error", (t) => {
  t.is(parseColor("Green", "--to"), "green");
  t.is(parseColor(" blue ", "--to"), "blue");
  for (const bad of ["red", "", "blu", "greenish"])
    t.throws(() => parseColor(bad, "--to"), { instanceOf: UsageError });
});

test("steps: strictly increasing within 1..100 parse, ending at 100", (t) => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }), (xs) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const parsed = parseSteps(sorted.join(","));
      const expected = sorted[sorted.length - 1] === 100 ? sorted : [...sorted, 100];
      t.deepEqual(parsed, expected);
    }),
  );
  t.deepEqual(parseSteps(undefined), [10, 50, 100]);
  t.deepEqual(parseSteps("25 75"), [25, 75, 100]);
});

test("steps that do not increase, leave 1..100 or are not whole numbers are refused", (t) => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -5, max: 120 }), { minLength: 2, maxLength: 6 }).filter((xs) => {
        const ok = xs.every((x, i) => x >= 1 && x <= 100 && (i === 0 || x > xs[i - 1]!));
        return !ok;
      }),
      (xs) => {
        t.throws(() => parseSteps(xs.join(",")), { instanceOf: UsageError });
      },
    ),
  );
  for (const bad of ["10,10", "50,10", "0,50", "10,101", "ten", "10.5", "10,,x"]) {
    t.throws(() => parseSteps(bad), { instanceOf: UsageError }, bad);
  }
});

test("bake seconds must be a non-negative number", (t) => {
  t.is(parseSeconds("0", "--bake", 300), 0);
  t.is(parseSeconds("2.5", "--bake", 300), 2.5);
  t.is(parseSeconds(undefined, "--bake", 300), 300);
  for (const bad of ["-1", "-0.5", "5s", "abc", "1e3"]) {
    const err = t.throws(() => parseSeconds(bad, "--bake", 300), { instanceOf: UsageError });
    t.is(err?.what, "--bake");
  }
});

test("alarm selections: auto, none, or a list of distinct names", (t) => {
  t.deepEqual(parseAlarms(undefined), { mode: "auto" });
  t.deepEqual(parseAlarms("none"), { mode: "none" });
  t.deepEqual(parseAlarms("a, b"), { mode: "named", names: ["a", "b"] });
  t.throws(() => parseAlarms("a,a"), { instanceOf: UsageError });
  t.throws(() => parseAlarms("auto,b"), { instanceOf: UsageError });
});

test("image references are checked before anything is registered", (t) => {
  t.is(
    parseImage("123456789012.dkr.ecr.eu-west-1.amazonaws.com/securecloud/service:1.2.3"),
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com/securecloud/service:1.2.3",
  );
  t.is(parseImage(`repo/app@sha256:${"a".repeat(64)}`), `repo/app@sha256:${"a".repeat(64)}`);
  for (const bad of ["", "repo/app:tag with space", "Repo/App", "repo/app:", "a".repeat(300)]) {
    t.throws(() => parseImage(bad), { instanceOf: UsageError }, bad);
  }
});

test("--region must agree with the listener's region", (t) => {
  t.is(parseShift({ listener: ARN, to: "green" }, {}).region, "eu-west-1");
  const err = t.throws(() => parseShift({ listener: ARN, to: "green", region: "us-east-1" }, {}), {
    instanceOf: UsageError,
  });
  t.is(err?.what, "--region");
});

test("the rollout record survives a round trip through the rollout table's JSON", (t) => {
  const color = fc.constantFrom("blue" as const, "green" as const);
  fc.assert(
    fc.property(
      color,
      fc.constantFrom(...ROLLOUT_STATES),
      fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 4 }),
      fc.integer({ min: 0, max: 100 }),
      fc.string({ maxLength: 300 }),
      (to, state, steps, pct, reason) => {
        const plan = shorthandPlan([...steps.sort((a, b) => a - b), 100], 30, true);
        const doc: RolloutDoc = {
          ...emptyDoc(),
          rollout: {
            ...ROLLOUT_DEFAULTS,
            state,
            from: to === "blue" ? "green" : "blue",
            to,
            plan,
            done: plan.length - 1,
            weights: weightsFor(to, pct),
            startedAt: "2026-01-01T00:00:00.000Z",
            updatedAt: "2026-01-01T00:01:00.000Z",
            reason,
            runId: "123-1",
            actor: "octocat",
            url: "https://github.com/o/r/actions/runs/123/attempts/1",
            revision: null,
            ...rolloutDefaults(),
          },
          targetGroups: { blue: "arn:blue", green: "arn:green" },
        };
        t.deepEqual(parseDoc(JSON.stringify(doc)), doc);
      },
    ),
  );
  t.deepEqual(parseDoc(undefined), emptyDoc());
  t.deepEqual(parseDoc("{not json"), emptyDoc());
});

test("plans: weights increase within 1..100 and end at 100, smoke checks come first, bakes are bounded", (t) => {
  t.deepEqual(shorthandPlan([10, 100], 5, true), [
    { kind: "smoke" },
    { kind: "weight", percent: 10 },
    { kind: "bake", seconds: 5 },
    { kind: "weight", percent: 100 },
    { kind: "bake", seconds: 5 },
  ]);
  t.notThrows(() => validatePlan(shorthandPlan([10, 50, 100], 0, true)));
  const bad: [Step[], RegExp][] = [
    [[{ kind: "weight", percent: 50 }], /the last weight must be 100/],
    [[{ kind: "weight", percent: 100 }, { kind: "smoke" }], /smoke checks must come before any weight moves/],
    [
      [
        { kind: "weight", percent: 60 },
        { kind: "weight", percent: 60 },
        { kind: "weight", percent: 100 },
      ],
      /steps must increase/,
    ],
    [
      [
        { kind: "weight", percent: 0 },
        { kind: "weight", percent: 100 },
      ],
      /outside 1\.\.100/,
    ],
    [
      [
        { kind: "bake", seconds: -1 },
        { kind: "weight", percent: 100 },
      ],
      /bake -1 s/,
    ],
    [[{ kind: "smoke" }], /at least one weight step/],
    [[{ kind: "teleport" } as unknown as Step, { kind: "weight", percent: 100 }], /unknown kind "teleport"/],
    [
      [
        { kind: "pause", seconds: 0 },
        { kind: "weight", percent: 100 },
      ],
      /pause 0 s is outside 1\.\.86400/,
    ],
  ];
  for (const [plan, message] of bad) {
    const err = t.throws(() => validatePlan(plan), { instanceOf: UsageError });
    t.regex(err!.message, message);
  }
});

test("a plan whose record could outgrow a DynamoDB item (400 KB) is bad input before any AWS call", (t) => {
  const holder = { id: "r", runId: "r", actor: "a", command: "shift", url: "" };
  // The longest plan the flags allow (100 weight steps, each baked) fits with room to spare,
  // with the decisions list at its longest (100, the newest 10 with their verdicts).
  const longest = shorthandPlan(
    Array.from({ length: 100 }, (_, i) => i + 1),
    86_400,
    true,
  );
  t.notThrows(() => assertRecordFits(longest, holder, "--steps"));
  t.true(itemBytes(largestStateItem(longest, holder)) < MAX_ITEM_BYTES / 2);
  // A plan of data steps can be longer than the flags allow: the limit is checked, not assumed.
  const huge = Array.from({ length: 20_000 }, (): Step => ({ kind: "bake", seconds: 1 }));
  const err = t.throws(() => assertRecordFits(huge, holder, "--steps"), { instanceOf: UsageError });
  t.regex(
    err!.message,
    /^--steps: a plan of 20000 steps needs a rollout record of up to \d+ KB; the rollout table's items hold at most 400 KB$/,
  );
  // Sizes are counted as DynamoDB counts them: UTF-8 bytes of names and values.
  t.is(itemBytes({ ab: "é" }), 2 + 2);
  t.is(itemBytes({ n: 12345 }), 1 + 4);
});

test("the job summary draws both colors' weights over the run in a mermaid chart", (t) => {
  const md = summaryMarkdown({
    title: "shift",
    exitCode: 1,
    message: "rolled back | to blue",
    facts: [["rollout", "blue → green"]],
    events: [
      { at: "2026-01-01T00:00:00.000Z", kind: "start", message: "start", weights: { blue: 100, green: 0 } },
      {
        at: "2026-01-01T00:00:05.000Z",
        kind: "weights",
        message: "step 1",
        weights: { blue: 90, green: 10 },
      },
      { at: "2026-01-01T00:01:05.000Z", kind: "failure", message: "alarm", ok: false },
      { at: "2026-01-01T00:01:06.000Z", kind: "rollback", message: "back", weights: { blue: 100, green: 0 } },
    ],
  });
  t.regex(md, /```mermaid\n[\s\S]*xychart-beta[\s\S]*line \[100, 90, 100\]\n {2}line \[0, 10, 0\]/);
  t.regex(md, /\| \+65s \| failure: alarm \| {2}\| {2}\| ❌ \|/);
  t.true(md.includes("rolled back \\| to blue"));
  t.true(md.startsWith("## ❌ shift"));
});
