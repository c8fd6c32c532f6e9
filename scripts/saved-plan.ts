/**
 * Saved Terraform plans for the pipelines: the plan that was shown is the plan that is applied.
 *
 *   tsx scripts/saved-plan.ts lock   --stack S            committed provider lock → the stack's directory
 *   tsx scripts/saved-plan.ts record --stack S --dir D    after `terraform plan -out=D/tfplan`: D/meta.json,
 *                                                        D/plan.txt, D/summary.md
 *   tsx scripts/saved-plan.ts verify --stack S --dir D    before `terraform apply D/tfplan`: refuses a plan made
 *                                                        for another commit, another synth, another provider
 *                                                        lock, or a plan file that changed since it was shown
 *
 * Terraform itself refuses a saved plan whose state changed since it was made ("Saved plan is
 * stale"), so together they cover both ways a plan goes stale. The provider lock of each stack
 * is committed under stacks/locks/ and used with `terraform init -lockfile=readonly`: provider
 * hashes change only through a reviewed commit.
 *
 * Bad input: one line `error: ...`, exit 2. A plan that must not be applied: one line, exit 1.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

export const ROOT = join(import.meta.dirname, "..");
export const LOCKS_DIR = "stacks/locks";
/** The platforms the team and the runners use; every one gets hashes in the committed lock. */
export const LOCK_PLATFORMS = ["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64", "windows_amd64"];
const STACK = /^[a-z][a-z0-9-]{0,62}$/;

export class PlanError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

export interface PlanMeta {
  stack: string;
  commit: string;
  tree: string;
  synthSha256: string;
  lockSha256: string;
  planSha256: string;
  /** Digest of what the plan changes (address, actions, values), for comparing two plans. */
  changesSha256: string;
  changes: { add: number; change: number; destroy: number; replace: number };
  terraformVersion: string;
  createdAt: string;
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

function sh(cmd: string, args: string[], cwd = ROOT): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new PlanError(`${cmd}: ${r.error.message}`, 1);
  if (r.status !== 0)
    throw new PlanError(`${cmd} ${args[0]} exited ${r.status}: ${r.stderr.trim().split("\n")[0]}`, 1);
  return r.stdout;
}

export const stackDir = (stack: string, root = ROOT) => join(root, "cdktf.out", "stacks", stack);
export const lockFile = (stack: string, root = ROOT) => join(root, LOCKS_DIR, `${stack}.terraform.lock.hcl`);

function fileSha(path: string, what: string): string {
  if (!existsSync(path)) throw new PlanError(`${what}: ${path} does not exist`, 2);
  return sha256(readFileSync(path));
}

/** Copies the committed provider lock into the synthesized stack, or explains how to create it. */
export function installLock(stack: string, root = ROOT): string {
  const committed = lockFile(stack, root);
  if (!existsSync(committed)) {
    throw new PlanError(
      `provider lock: ${LOCKS_DIR}/${stack}.terraform.lock.hcl is not committed; run \`terraform -chdir=cdktf.out/stacks/${stack} providers lock ${LOCK_PLATFORMS.map((p) => `-platform=${p}`).join(" ")}\` (the pull-request pipeline does it and uploads the file), review it and commit it`,
      1,
    );
  }
  const dir = stackDir(stack, root);
  if (!existsSync(join(dir, "cdk.tf.json")))
    throw new PlanError(`stack: ${dir}/cdk.tf.json does not exist (synthesize first)`, 2);
  copyFileSync(committed, join(dir, ".terraform.lock.hcl"));
  return committed;
}

interface ResourceChange {
  address: string;
  change: { actions: string[]; before?: unknown; after?: unknown };
}

function summarizeChanges(planJson: string): Pick<PlanMeta, "changes" | "changesSha256"> {
  const plan = JSON.parse(planJson) as { resource_changes?: ResourceChange[] };
  const changes = { add: 0, change: 0, destroy: 0, replace: 0 };
  const material: string[] = [];
  for (const rc of plan.resource_changes ?? []) {
    const a = rc.change.actions.join(",");
    if (a === "no-op" || a === "read") continue;
    if (a === "create") changes.add++;
    else if (a === "update") changes.change++;
    else if (a === "delete") changes.destroy++;
    else changes.replace++;
    material.push(
      `${rc.address}\t${a}\t${sha256(JSON.stringify([rc.change.before ?? null, rc.change.after ?? null]))}`,
    );
  }
  return { changes, changesSha256: sha256(material.sort().join("\n")) };
}

/** Reads the commit and tree of the checkout (GITHUB_SHA when set, for the commit). */
function revision(root: string, env: NodeJS.ProcessEnv): { commit: string; tree: string } {
  const commit = env.GITHUB_SHA ?? sh("git", ["rev-parse", "HEAD"], root).trim();
  const tree = sh("git", ["rev-parse", "HEAD^{tree}"], root).trim();
  return { commit, tree };
}

/** After `terraform plan -out=<dir>/tfplan`: the plan's text, metadata and summary. */
export function record(stack: string, dir: string, root = ROOT, env = process.env): PlanMeta {
  const plan = join(dir, "tfplan");
  const planSha256 = fileSha(plan, "plan");
  const tf = stackDir(stack, root);
  const text = sh("terraform", [`-chdir=${tf}`, "show", "-no-color", plan], root);
  const json = sh("terraform", [`-chdir=${tf}`, "show", "-json", plan], root);
  const version = (JSON.parse(sh("terraform", ["version", "-json"], root)) as { terraform_version: string })
    .terraform_version;
  const meta: PlanMeta = {
    stack,
    ...revision(root, env),
    synthSha256: fileSha(join(tf, "cdk.tf.json"), "synth"),
    lockSha256: fileSha(lockFile(stack, root), "provider lock"),
    planSha256,
    ...summarizeChanges(json),
    terraformVersion: version,
    createdAt: new Date().toISOString(),
  };
  writeFileSync(join(dir, "plan.txt"), text);
  writeFileSync(join(dir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
  writeFileSync(join(dir, "summary.md"), summaryMarkdown(meta, text));
  return meta;
}

export function summaryMarkdown(meta: PlanMeta, text: string): string {
  const c = meta.changes;
  // Backticks in plan output could end the code block; show them as quotes instead.
  const body = text.length > 50_000 ? `…\n${text.slice(-50_000)}` : text;
  return [
    `#### Saved plan: ${meta.stack}`,
    "",
    `${c.add} to add, ${c.change} to change, ${c.replace} to replace, ${c.destroy} to destroy · commit \`${meta.commit.slice(0, 12)}\` · changes digest \`${meta.changesSha256.slice(0, 16)}\` · plan file sha256 \`${meta.planSha256.slice(0, 16)}\``,
    "",
    "<details><summary>plan output</summary>",
    "",
    "```text",
    body.replaceAll("`", "'"),
    "```",
    "",
    "</details>",
    "",
  ].join("\n");
}

/** Before `terraform apply <dir>/tfplan`: is this the plan that was shown, for this code? */
export function verify(stack: string, dir: string, root = ROOT, env = process.env): PlanMeta {
  const metaPath = join(dir, "meta.json");
  if (!existsSync(metaPath))
    throw new PlanError(`plan: ${metaPath} does not exist (no saved plan to apply)`, 2);
  const meta = JSON.parse(readFileSync(metaPath, "utf8")) as PlanMeta;
  const now = revision(root, env);
  const refuse = (why: string) => {
    throw new PlanError(`plan for ${stack} is stale: ${why}; plan again and review the new plan`, 1);
  };
  if (meta.stack !== stack) refuse(`it was made for stack ${meta.stack}`);
  if (meta.commit !== now.commit)
    refuse(`it was made for commit ${meta.commit.slice(0, 12)}, this is ${now.commit.slice(0, 12)}`);
  if (meta.tree !== now.tree)
    refuse(`it was made for tree ${meta.tree.slice(0, 12)}, this is ${now.tree.slice(0, 12)}`);
  if (fileSha(join(stackDir(stack, root), "cdk.tf.json"), "synth") !== meta.synthSha256)
    refuse("the synthesized configuration differs from the one planned");
  if (fileSha(lockFile(stack, root), "provider lock") !== meta.lockSha256)
    refuse("the provider lock changed");
  if (fileSha(join(dir, "tfplan"), "plan") !== meta.planSha256)
    refuse("the plan file is not the one that was shown");
  return meta;
}

/** The CLI runs from the checkout's root, as the workflow steps do. */
export function main(argv: string[], env = process.env, root = process.cwd()): number {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { stack: { type: "string" }, dir: { type: "string" } },
    });
    const [command] = positionals;
    const stack = values.stack ?? "";
    if (!STACK.test(stack)) throw new PlanError(`--stack: "${stack}" is not a stack name`, 2);
    if (command === "lock") {
      process.stdout.write(`provider lock: ${installLock(stack, root)}\n`);
      return 0;
    }
    if (command !== "record" && command !== "verify") {
      throw new PlanError(`command: expected lock, record or verify, got "${command ?? ""}"`, 2);
    }
    if (!values.dir) throw new PlanError("--dir: is required", 2);
    const meta =
      command === "record" ? record(stack, values.dir, root, env) : verify(stack, values.dir, root, env);
    const c = meta.changes;
    process.stdout.write(
      `${command === "record" ? "recorded" : "verified"} plan for ${stack}: ${c.add} to add, ${c.change} to change, ${c.replace} to replace, ${c.destroy} to destroy (changes ${meta.changesSha256.slice(0, 16)})\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof PlanError) {
      process.stderr.write(`error: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(`error: ${(e as Error).message.split("\n")[0]}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
