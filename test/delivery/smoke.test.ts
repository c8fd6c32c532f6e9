/**
 * Test before customers: the smoke checks declared in the repository (delivery/smoke-checks.json)
 * run against the new color through the idle-color route — the production host with the secret
 * header — before any production weight moves. The services are the real Koa service (blue and
 * green) on loopback; the route is the listener rule the deploy configured in moto, followed by
 * a loopback stand-in for the ALB's routing (test/helpers/alb.ts).
 */
import { readFileSync } from "node:fs";
import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import anyTest, { type TestFn } from "ava";
import { IDLE_ROUTE } from "../../common/conventions.ts";
import { shiftAction } from "../../delivery/actions/shift/spec.ts";
import { type BuiltEstate, buildEstate } from "../../delivery/rehearsal/estate.ts";
import { parseSmokeSpec } from "../../delivery/smoke/checks.ts";
import { inputsEnv, runActionSpec } from "../helpers/actions.ts";
import { type Alb, startAlb } from "../helpers/alb.ts";
import { cli, fastEnv, historyOf, listenerState, shiftToGreen, writesTo } from "../helpers/delivery.ts";
import { motoForFile } from "../helpers/moto.ts";
import { startApp, type TestApp } from "../service/helpers.ts";

const test = anyTest as TestFn;
const moto = motoForFile(test, { env: { MOTO_ECS_SERVICE_RUNNING: "2" } });
const apps: TestApp[] = [];
test.after.always(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

const env = () => fastEnv(moto.endpoint);
const CHECKS = "delivery/smoke-checks.json";

/** An estate with the real service as each color, the ALB stand-in in front, and green deployed. */
async function estateWithServices(options: { greenDraining?: boolean; deploy?: boolean } = {}) {
  await moto.reset();
  const e = await buildEstate(moto.clientConfig(), { env: "prod" });
  const blue = await startApp({ color: "blue", version: "1.0.0" });
  const green = await startApp({ color: "green", version: "2.0.0" });
  apps.push(blue, green);
  if (options.greenDraining) green.lifecycle.phase = "draining";
  const alb = await startAlb(moto.clientConfig(), e.listenerArn, {
    [e.targetGroups.blue]: blue.url,
    [e.targetGroups.green]: green.url,
  });
  if (options.deploy ?? true) {
    const d = await cli(
      ["deploy", "--cluster", e.cluster, "--listener", e.listenerArn, "--image", "repo/app:2"],
      env(),
    );
    if (d.code !== 0) throw new Error(d.stderr);
  }
  return { e, alb, blue, green };
}

const smokeShift = (e: BuiltEstate, alb: Alb, ...more: string[]) =>
  shiftToGreen(e, "--bake", "0", "--smoke-url", alb.url, "--smoke-checks", CHECKS, ...more);
/** `traffic rollback --revision last-good`, then `more` options. */
const undoArgs = (e: BuiltEstate, ...more: string[]) => [
  "traffic",
  "rollback",
  "--listener",
  e.listenerArn,
  "--revision",
  "last-good",
  "--cluster",
  e.cluster,
  ...more,
];

test.serial(
  "the smoke checks reach the idle color through the route, pass, and only then traffic moves",
  async (t) => {
    const { e, alb } = await estateWithServices();
    t.teardown(() => alb.close());
    const r = await cli(smokeShift(e, alb), env());
    t.is(r.code, 0, r.stderr);
    t.regex(
      r.stdout,
      /smoke checks against green through http:\/\/127\.0\.0\.1:\d+ with the x-securecloud-idle header/,
    );
    t.regex(r.stdout, /smoke ok: ready: 3 passes in a row/);
    t.regex(r.stdout, /smoke ok: the idle color answers: 3 passes in a row/);
    // Every smoke request reached green, and the first weight moved after the last of them.
    const smokeRequests = alb.routed.length;
    t.true(smokeRequests >= 9);
    t.true(alb.routed.every((tg) => tg === e.targetGroups.green));
    const firstWrite = r.calls.findIndex(
      (c) => c.operation === "ModifyListener" && c.resource === e.listenerArn,
    );
    const lastSecret = r.calls.map((c) => c.operation).lastIndexOf("GetParameter");
    t.true(
      lastSecret >= 0 && lastSecret < firstWrite,
      "the secret read and the checks came before the first weight",
    );
    t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, { blue: 0, green: 100 });
  },
);

test.serial(
  "a failing smoke check moves no production traffic and says why, also in the job summary",
  async (t) => {
    const { e, alb } = await estateWithServices({ greenDraining: true });
    t.teardown(() => alb.close());
    const r = await cli(smokeShift(e, alb), env());
    t.is(r.code, 1);
    t.regex(
      r.stderr,
      /^error: smoke check "ready" failed on green: GET \/readyz → 503 \(expected 200\) \(0\/3 passes in a row after 9 attempts\); no production traffic moved, traffic left at blue=100 green=0\n$/,
    );
    t.deepEqual(writesTo(r, e.listenerArn), []);
    const s = await listenerState(moto.clientConfig(), e);
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.like(s.record, { state: "aborted", to: "green" });
    t.is(s.lease, null);
    t.like((await historyOf(moto.clientConfig(), e))[0], { command: "shift", outcome: "aborted" });

    // The action: the reason is the failure and the first line of the summary, with the checks' table.
    const action = await runActionSpec(
      shiftAction,
      inputsEnv("delivery/actions/shift/action.yml", {
        listener: e.listenerArn,
        "to-color": "green",
        bake: "0",
        "smoke-url": alb.url,
      }),
      env(),
    );
    t.is(action.code, 1);
    t.regex(action.failed[0]!, /^smoke check "ready" failed on green: GET \/readyz → 503/);
    t.regex(action.summary, /## ❌ securecloud traffic shift\n\nsmoke check "ready" failed on green/);
    t.regex(
      action.summary,
      /### Smoke checks\n\n\| check \| result \|[^\n]*\n\|---[^\n]*\n\| ready \| ❌ failed \| 0 \| 9 \| GET \/readyz → 503/,
    );
    t.regex(action.summary, /### Rollout history of this listener/);
    t.is(action.outputs["rollout-state"], "aborted");
    t.deepEqual(JSON.parse(action.outputs.smoke!)[0], {
      name: "ready",
      ok: false,
      passes: 0,
      attempts: 9,
      detail: "GET /readyz → 503 (expected 200) (0/3 passes in a row after 9 attempts)",
    });
  },
);

test.serial("without the route's secret (no deploy yet) the smoke step refuses: nothing moves", async (t) => {
  const { e, alb } = await estateWithServices({ deploy: false });
  t.teardown(() => alb.close());
  const r = await cli(smokeShift(e, alb), env());
  t.is(r.code, 1);
  t.regex(
    r.stderr,
    /the idle-color route's secret \/securecloud\/prod\/idle-route-secret is not set: deploy sets it; no production traffic moved/,
  );
  t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, { blue: 100, green: 0 });
});

test.serial(
  "testers take the same route by hand: the secret from SSM reaches the idle color, nothing else does",
  async (t) => {
    const { alb } = await estateWithServices();
    t.teardown(() => alb.close());
    const secret = (
      await new SSMClient(moto.clientConfig()).send(
        new GetParameterCommand({ Name: IDLE_ROUTE.parameter("prod"), WithDecryption: true }),
      )
    ).Parameter!.Value!;
    t.regex(secret, /^[0-9a-f]{32}$/, "rotated by the deploy");
    const version = async (headers: Record<string, string>) =>
      (await (await fetch(`${alb.url}/version`, { headers })).json()) as { color: string };
    t.is((await version({ [IDLE_ROUTE.header]: secret })).color, "green", "with the header: the idle color");
    t.is((await version({})).color, "blue", "without it: production");
    t.is((await version({ [IDLE_ROUTE.header]: "unset" })).color, "blue", "the placeholder opens nothing");
    t.is((await version({ [IDLE_ROUTE.header]: `${secret}x` })).color, "blue");
  },
);

test("the declared smoke checks parse, and a bad check file is bad input naming the field", (t) => {
  const spec = parseSmokeSpec(readFileSync(CHECKS, "utf8"), CHECKS);
  t.deepEqual(
    spec.checks.map((c) => c.path),
    ["/readyz", "/healthz", "/version"],
  );
  const bad: [string, RegExp][] = [
    ["{", /^f: is not JSON/],
    ['{"checks": []}', /^f: checks: must list at least one check$/],
    [
      '{"checks": [{"name": "a", "path": "/", "status": 200, "bogus": 1}]}',
      /^f: checks\[0\]: unknown key "bogus"$/,
    ],
    [
      '{"checks": [{"name": "a", "path": "x", "status": 200}]}',
      /^f: checks\[0\]\.path: must be an absolute path$/,
    ],
    [
      '{"checks": [{"name": "a", "path": "/", "status": 99}]}',
      /^f: checks\[0\]\.status: must be a whole number within 100\.\.599$/,
    ],
    [
      '{"checks": [{"name": "a", "path": "/", "status": 200, "body": "("}]}',
      /^f: checks\[0\]\.body: is not a regular expression/,
    ],
    [
      '{"checks": [{"name": "a", "path": "/", "status": 200, "passes": 5, "attempts": 2}]}',
      /^f: checks\[0\]\.attempts: must be a whole number within 5\.\.1000$/,
    ],
    [
      '{"checks": [{"name": "a", "path": "/", "status": 200}, {"name": "a", "path": "/x", "status": 200}]}',
      /^f: checks\[1\]\.name: "a" is used twice$/,
    ],
  ];
  for (const [text, message] of bad) {
    const err = t.throws(() => parseSmokeSpec(text, "f"));
    t.regex(err!.message, message, text);
  }
});

test.serial("a bad smoke check file is refused before any AWS call (exit 2)", async (t) => {
  await moto.reset();
  const e = await buildEstate(moto.clientConfig(), { ecs: false });
  const r = await cli(
    shiftToGreen(e, "--smoke-url", "https://app.example.com", "--smoke-checks", "no/such/file.json"),
    env(),
  );
  t.is(r.code, 2);
  t.regex(r.stderr, /^error: --smoke-checks: cannot read no\/such\/file\.json: ENOENT\n$/);
  t.deepEqual(r.calls, []);
  const http = await cli(shiftToGreen(e, "--smoke-url", "http://app.example.com"), env());
  t.is(http.code, 2);
  t.regex(
    http.stderr,
    /^error: --smoke-url: "http:\/\/app\.example\.com" must be https:\/\/ \(http:\/\/ only on loopback\)\n$/,
  );
});

test.serial(
  "rollback --revision last-good: redeploys the idle color's last good revision, smoke-checks it, then moves all traffic",
  async (t) => {
    const { e, alb } = await estateWithServices();
    t.teardown(() => alb.close());
    t.is((await cli(smokeShift(e, alb), env())).code, 0);
    // A new image on the now idle blue: a plain rollback would send users to it, so it refuses.
    const d = await cli(
      ["deploy", "--cluster", e.cluster, "--listener", e.listenerArn, "--image", "repo/app:3"],
      env(),
    );
    t.is(d.code, 0, d.stderr);
    const refused = await cli(["traffic", "rollback", "--listener", e.listenerArn], env());
    t.is(refused.code, 1);
    t.regex(refused.stderr, /never served production.*--revision last-good/);

    const r = await cli(
      undoArgs(e, "--smoke-url", alb.url, "--smoke-checks", CHECKS, "--actor", "oncall"),
      env(),
    );
    t.is(r.code, 0, r.stderr);
    t.regex(r.stdout, /^revision rollback: this takes minutes, not seconds/);
    t.regex(r.stdout, /restoring securecloud-prod-blue:1 on idle blue \(now securecloud-prod-blue:2\)/);
    t.regex(r.stdout, /smoke ok: the idle color answers/);
    t.regex(
      r.stdout,
      /restored securecloud-prod-blue:1 on blue and moved all traffic to it \(blue=100 green=0\) in \d+ s/,
    );
    // One listener write: all traffic at once.
    t.deepEqual(writesTo(r, e.listenerArn), ["ModifyListener"]);
    const s = await listenerState(moto.clientConfig(), e);
    t.deepEqual(s.weights, { blue: 100, green: 0 });
    t.regex(s.doc.colors.blue!.revision!, /securecloud-prod-blue:1$/);
    t.true(s.doc.colors.blue!.served);
    t.like(s.record, { state: "complete", from: "green", to: "blue" });
    t.like((await historyOf(moto.clientConfig(), e))[0], {
      command: "undo",
      outcome: "complete",
      actor: "oncall",
    });

    // Nothing good recorded on the idle color: nothing to restore, nothing moves.
    await moto.reset();
    const bare = await buildEstate(moto.clientConfig(), { env: "prod" });
    const none = await cli(
      [
        "traffic",
        "rollback",
        "--listener",
        bare.listenerArn,
        "--revision",
        "last-good",
        "--cluster",
        bare.cluster,
      ],
      env(),
    );
    t.is(none.code, 1);
    t.regex(
      none.stderr,
      /no revision of green is recorded as having served production; nothing to restore there/,
    );
    t.deepEqual(writesTo(none, bare.listenerArn), []);
    const bad = await cli(
      ["traffic", "rollback", "--listener", bare.listenerArn, "--revision", "previous"],
      env(),
    );
    t.is(bad.code, 2);
    t.regex(bad.stderr, /^error: --revision: "previous" is not supported \(expected last-good\)\n$/);
  },
);

test.serial("rollback --revision last-good whose smoke checks fail moves no traffic", async (t) => {
  const { e, alb, blue } = await estateWithServices();
  t.teardown(() => alb.close());
  t.is((await cli(smokeShift(e, alb), env())).code, 0);
  blue.lifecycle.phase = "draining";
  const r = await cli(undoArgs(e, "--smoke-url", alb.url, "--smoke-checks", CHECKS), env());
  t.is(r.code, 1);
  t.regex(r.stderr, /smoke check "ready" failed on blue: GET \/readyz → 503/);
  t.deepEqual(writesTo(r, e.listenerArn), []);
  t.deepEqual((await listenerState(moto.clientConfig(), e)).weights, { blue: 0, green: 100 });
});
