/**
 * The scale-idle workflow: scheduled and dispatchable, in the `<env>-rollback` environment, its
 * own concurrency group (the lease keeps it apart from deploys); and its "Anything to scale?"
 * step, run from the workflow's own `run:` with bash and jq, against records an `aws` stand-in
 * returns: only a complete rollout past its window with the old color not yet scaled down
 * lets the install and the command run.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { evaluate, findStep, load } from "./workflow.ts";

const workflow = load("scale-idle.yml");
const job = workflow.jobs["scale-idle"]!;

test("scheduled every 15 minutes and dispatchable; both environments; its own concurrency group", (t) => {
  const on = workflow.on as { schedule: { cron: string }[]; workflow_dispatch: unknown };
  t.deepEqual(
    on.schedule.map((s) => s.cron),
    ["7,22,37,52 * * * *"],
  );
  t.truthy(on.workflow_dispatch);
  const matrix = (job.strategy as { matrix: { environment: string[] } }).matrix.environment;
  t.deepEqual([...matrix].sort(), ["prod", "staging"]);
  t.is((job.environment as { name: string }).name, `${"$"}{{ matrix.environment }}-rollback`);
  const group = (job.concurrency as { group: string }).group;
  t.regex(
    group,
    /^securecloud-scale-idle-/,
    "not the deploy group: a queued run there would cancel a pending deploy",
  );
});

function runCheck(record: string | null) {
  const step = findStep(workflow, "scale-idle", "check");
  const dir = mkdtempSync(join(tmpdir(), "sc-scale-idle-"));
  try {
    const aws = join(dir, "aws");
    // What `aws dynamodb get-item --query Item.record.S --output text` prints: the string, or None.
    writeFileSync(join(dir, "record.json"), record ?? "None");
    writeFileSync(aws, `#!/bin/sh\necho "$@" > "${dir}/args"\ncat "${dir}/record.json"\n`);
    chmodSync(aws, 0o755);
    const output = join(dir, "out");
    writeFileSync(output, "");
    const env = step.env as Record<string, string>;
    const r = spawnSync("bash", ["-e", "-c", step.run!], {
      env: {
        PATH: `${dir}:${process.env.PATH}`,
        GITHUB_OUTPUT: output,
        TABLE: env.TABLE!.replace(`${"$"}{{ matrix.environment }}`, "prod"),
        LISTENER: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/securecloud-prod-alb/1/2",
      },
      encoding: "utf8",
    });
    return {
      code: r.status,
      stderr: r.stderr,
      out: readFileSync(output, "utf8"),
      args: readFileSync(join(dir, "args"), "utf8"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
const record = (rollout: Record<string, unknown> | null, colors: Record<string, unknown> = {}) =>
  JSON.stringify({ rollout, colors, targetGroups: null, fingerprint: null, routes: null });

test("the pre-check lets the command run only when a scale-down may be due", (t) => {
  const complete = (minutes: number, extra: Record<string, unknown> = {}) => ({
    state: "complete",
    from: "blue",
    to: "green",
    updatedAt: ago(minutes),
    completedAt: ago(minutes),
    scaleDownDelaySeconds: 1800,
    ...extra,
  });
  const cases: [string, string | null, string][] = [
    ["past the window, not scaled", record(complete(31), { blue: { served: true } }), "true"],
    ["the plan's shorter delay", record(complete(6, { scaleDownDelaySeconds: 300 })), "true"],
    ["inside the window", record(complete(10)), "false"],
    ["already scaled down", record(complete(90), { blue: { scaledDown: { at: ago(60) } } }), "false"],
    ["a rollout in progress", record({ ...complete(90), state: "shifting" }), "false"],
    ["paused", record({ ...complete(90), state: "paused" }), "false"],
    ["an old record (updatedAt, default delay)", record({ ...complete(31), completedAt: undefined }), "true"],
    ["no rollout", record(null), "false"],
    ["no record at all", null, "false"],
  ];
  for (const [what, rec, due] of cases) {
    const r = runCheck(rec);
    t.is(r.code, 0, `${what}: ${r.stderr}`);
    t.is(r.out, `due=${due}\n`, what);
  }
  const r = runCheck(record(complete(31)));
  t.regex(
    r.args,
    /dynamodb get-item --table-name securecloud-prod-rollouts --key \{"pk":\{"S":"arn:aws:elasticloadbalancing:[^"]+"\},"sk":\{"S":"state"\}\} --consistent-read/,
  );
});

test("the install and the command run only after the pre-check says so, or on dispatch", (t) => {
  const gated = (job.steps ?? []).filter(
    (s) =>
      s.uses?.includes("checkout") ||
      s.uses?.includes("setup-node") ||
      s.name === "Install" ||
      s.name === "Scale the idle color",
  );
  t.is(gated.length, 4);
  for (const s of gated) {
    const cond = String(s.if);
    t.is(
      evaluate(cond, { "steps.check.outputs.due": "false", "github.event_name": "schedule" }),
      false,
      s.name ?? s.uses,
    );
    t.truthy(evaluate(cond, { "steps.check.outputs.due": "true", "github.event_name": "schedule" }));
    t.truthy(
      evaluate(cond, { "steps.check.outputs.due": "false", "github.event_name": "workflow_dispatch" }),
    );
  }
});
