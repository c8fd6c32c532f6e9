/**
 * checkov's second opinion on the same JSON the gate reads: the real estate, synthesized for
 * this file, plus a deliberately misconfigured document. checkov is slow (seconds to start),
 * so it runs once for this file, over every file at the same time.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import test from "ava";
import { type CheckovRun, loadSkips, runCheckov } from "../../policies/checkov.ts";
import { synthEstate } from "../helpers/estate.ts";
import { doc, report, tempDir } from "./helpers.ts";

const misconfigured = doc({
  aws_security_group: {
    open: {
      name: "open",
      description: "deliberately wrong",
      ingress: [
        {
          description: "ssh from anywhere",
          from_port: 22,
          to_port: 22,
          protocol: "tcp",
          cidr_blocks: ["0.0.0.0/0"],
          ipv6_cidr_blocks: null,
          prefix_list_ids: null,
          security_groups: null,
          self: null,
        },
      ],
    },
  },
  aws_s3_bucket: { public: { bucket: "public-bucket", acl: "public-read" } },
  aws_ecs_task_definition: {
    td: {
      family: "app",
      container_definitions: JSON.stringify([
        {
          name: "app",
          image: "app:1",
          privileged: true,
          user: "root",
          readonlyRootFilesystem: false,
          environment: [{ name: "DB_PASSWORD", value: "hunter2hunter2" }],
        },
      ]),
    },
  },
});

let run: CheckovRun;
let badFile: string;
let estate: string[] = [];

let cleanup: () => void = () => {};
test.before(async () => {
  const synth = synthEstate();
  estate = [synth.files.prod!, synth.files.staging!];
  const dir = mkdtempSync(join(tmpdir(), "checkov-test-"));
  cleanup = () => {
    rmSync(dir, { recursive: true, force: true });
    synth.cleanup();
  };
  badFile = join(dir, "misconfigured.tf.json");
  writeFileSync(badFile, JSON.stringify(misconfigured, null, 2));
  run = await runCheckov([...estate, badFile]);
});
test.after.always(() => cleanup());

test("checkov parses every file and names results by stack and Terraform address", (t) => {
  t.deepEqual(run.parsingErrors, []);
  t.regex(run.checkovVersion ?? "", /^3\.3\.30$/);
  const estateResults = run.results.filter((r) => estate.includes(r.file));
  t.true(estateResults.length > 300, `${estateResults.length} results`);
  t.deepEqual([...new Set(estateResults.map((r) => r.stack))].sort(), ["prod", "staging"]);
  const unnamed = estateResults.filter(
    (r) => !/^(data\.)?[a-z0-9_]+\.[\w-]+$/.test(r.address) && r.address !== "aws.default",
  );
  t.deepEqual(unnamed.map((r) => `${r.checkId} ${r.address}`).slice(0, 5), []);
});

test("the estate has no checkov failure the reviewed skip list does not explain", (t) => {
  t.deepEqual(run.parsingErrors, [], "a file checkov cannot parse would pass every check unseen");
  for (const file of estate) t.true(run.results.filter((r) => r.file === file).length > 300, file);
  const unexplained = run.unexplained.filter((r) => estate.includes(r.file));
  t.deepEqual(
    unexplained.map((r) => `${r.checkId} ${r.stack}/${r.address} (${r.checkName})`),
    [],
  );
  const used = new Set(
    run.skipped.filter((s) => estate.includes(s.result.file)).map((s) => s.result.checkId),
  );
  t.deepEqual(
    Object.keys(loadSkips()).filter((id) => !used.has(id)),
    [],
    "every skip entry still matches a failure (no stale skips)",
  );
  // scoped skips stay scoped: prod's ALB is not excused from deletion protection
  t.false(run.skipped.some((s) => s.result.checkId === "CKV_AWS_150" && s.result.stack === "prod"));
});

test("the harness does not excuse a misconfigured stack; the gate sees what checkov misses in cdktf's JSON", (t) => {
  const bad = run.results.filter((r) => r.file === badFile);
  const unexplained = run.unexplained
    .filter((r) => r.file === badFile)
    .map((r) => `${r.checkId} ${r.address}`);
  t.true(unexplained.includes("CKV_AWS_20 aws_s3_bucket.public"), unexplained.join(", "));
  const ours = report(misconfigured).findings.map((f) => `${f.ruleId} ${f.address}`);
  t.true(ours.includes("SC-S3-004 aws_s3_bucket.public"));
  t.true(ours.includes("SC-NET-001 aws_security_group.open"));
  // cdktf writes unset block attributes as null; checkov 3.3.30's CKV_AWS_24 then passes a
  // world-open SSH rule. Pinned version: if this starts failing, checkov improved; update
  // the README table in policies/.
  const ssh = bad.find((r) => r.checkId === "CKV_AWS_24");
  t.is(ssh?.address, "aws_security_group.open");
  t.true(ssh?.passed, "checkov 3.3.30 misses SSH open to the world in cdktf-synthesized ingress blocks");
  // nor does its terraform_json runner read container definitions
  t.deepEqual(
    bad.filter((r) => r.address === "aws_ecs_task_definition.td" && !r.passed).map((r) => r.checkId),
    [],
  );
  for (const id of ["SC-ECS-002", "SC-ECS-003", "SC-ECS-004", "SC-ECS-005"]) {
    t.true(ours.includes(`${id} aws_ecs_task_definition.td`), id);
  }
});

test("the skip list requires a checkov id and a real reason", (t) => {
  const dir = tempDir(t);
  const write = (skips: object) => {
    const f = join(dir, `skips-${Math.random()}.json`);
    writeFileSync(f, JSON.stringify({ skips }));
    return f;
  };
  t.throws(() => loadSkips(write({ CKV_AWS_1: { reason: "because" } })), {
    message: /at least 20 characters/,
  });
  t.throws(() => loadSkips(write({ "SC-ELB-005": { reason: "a long enough reason for the test" } })), {
    message: /not a checkov check id/,
  });
  for (const [id, s] of Object.entries(loadSkips())) t.true(s.reason.length >= 20, id);
});
