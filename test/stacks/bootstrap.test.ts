/**
 * The state bootstrap: `node scripts/synth.mjs --bootstrap` (what the README's
 * `cdktf deploy --app ...` runs) writes one `bootstrap-<account>` stack per account of
 * the environments, apart from the environment stacks, creating exactly the bucket their S3
 * backend names, locked down; it passes the estate's gate and checkov, and Terraform validates it.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import test from "ava";
import { runCheckov } from "../../policies/checkov.ts";
import { ENVIRONMENTS } from "../../stacks/config/environments.ts";
import { synthEnvironment } from "../helpers/estate.ts";
import { evaluate } from "../helpers/iam-policy.ts";
import {
  type Block,
  list,
  only,
  parse,
  ref,
  resources,
  statements,
  type TerraformDocument,
} from "../helpers/terraform.ts";

const root = join(import.meta.dirname, "..", "..");
const run = promisify(execFile);
const base = mkdtempSync(join(tmpdir(), "sc-bootstrap-"));
const outdir = join(base, "out");
const synth = run(process.execPath, [join(root, "scripts", "synth.mjs"), "--bootstrap", "--summary"], {
  cwd: root,
  env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
});
test.after.always(() => rmSync(base, { recursive: true, force: true }));

const accounts = [...new Set(ENVIRONMENTS.map((e) => e.accountId))].sort();
const fileOf = (account: string) => join(outdir, "stacks", `bootstrap-${account}`, "cdk.tf.json");
const docOf = (account: string): TerraformDocument => parse(readFileSync(fileOf(account), "utf8"));

test("one bootstrap stack per account of the environments, and nothing of the environments in it", async (t) => {
  const { stdout } = await synth;
  t.deepEqual(
    readdirSync(join(outdir, "stacks")).sort(),
    accounts.map((a) => `bootstrap-${a}`),
  );
  t.regex(stdout, /^bootstrap-\d{12}: \d+ resources/m);
  for (const account of accounts) {
    const doc = docOf(account);
    const types = Object.keys(doc.resource);
    t.true(
      types.every((type) => /^aws_(s3|kms)_/.test(type)),
      types.join(", "),
    );
    const provider = doc.provider.aws![0] as { allowed_account_ids: string[] };
    t.deepEqual(provider.allowed_account_ids, [account]);
    // Deterministic on every machine: no absolute path of this one in the JSON.
    const text = readFileSync(fileOf(account), "utf8");
    t.false(text.includes(root) || text.includes(base));
    t.deepEqual((doc.terraform as { backend: unknown }).backend, {
      local: { path: `../../../terraform.bootstrap-${account}.tfstate` },
    });
  }
});

test("it creates the bucket each environment's S3 backend names, encrypted with the key the backend names", async (t) => {
  await synth;
  for (const env of ENVIRONMENTS) {
    const backend = (synthEnvironment(env).doc.terraform as { backend: { s3: Record<string, unknown> } })
      .backend.s3;
    const doc = docOf(env.accountId);
    const bucket = Object.entries(resources(doc, "aws_s3_bucket")).find(
      ([, b]) => b.bucket === backend.bucket,
    );
    t.truthy(bucket, `${env.name}: ${backend.bucket}`);
    const alias = Object.values(resources(doc, "aws_kms_alias"))[0]!;
    t.is(backend.kms_key_id, `arn:aws:kms:${env.region}:${env.accountId}:${alias.name}`);
    t.is(backend.encrypt, true);
  }
});

test("the state bucket: versioned, SSE-KMS under its own rotating key, public access blocked, TLS only, logged, old versions expire, never the current", async (t) => {
  await synth;
  for (const account of accounts) {
    const doc = docOf(account);
    const bucketName = `securecloud-terraform-state-${account}`;
    const [name] = Object.entries(resources(doc, "aws_s3_bucket")).find(([, b]) => b.bucket === bucketName)!;
    const id = ref("aws_s3_bucket", name, "id");
    const of = (type: string): Block => Object.values(resources(doc, type)).find((r) => r.bucket === id)!;
    t.deepEqual((only(doc, "aws_s3_bucket", name).lifecycle as Block).prevent_destroy, true);
    t.is((of("aws_s3_bucket_versioning").versioning_configuration as Block).status, "Enabled");
    const sse = (of("aws_s3_bucket_server_side_encryption_configuration").rule as Block[])[0]!;
    const byDefault = (sse.apply_server_side_encryption_by_default as Block) ?? {};
    t.is(byDefault.sse_algorithm, "aws:kms");
    const [keyName, key] = Object.entries(resources(doc, "aws_kms_key"))[0]!;
    t.is(byDefault.kms_master_key_id, ref("aws_kms_key", keyName, "arn"));
    t.is(key.enable_key_rotation, true);
    const block = of("aws_s3_bucket_public_access_block");
    for (const flag of [
      "block_public_acls",
      "block_public_policy",
      "ignore_public_acls",
      "restrict_public_buckets",
    ]) {
      t.is(block[flag], true, flag);
    }
    const tls = statements(of("aws_s3_bucket_policy").policy).find((s) => s.Effect === "Deny")!;
    t.deepEqual(tls.Condition, { Bool: { "aws:SecureTransport": "false" } });
    t.is(tls.Principal, "*");
    const logging = of("aws_s3_bucket_logging");
    const logBucket = /^\$\{aws_s3_bucket\.([\w-]+)\.bucket\}$/.exec(String(logging.target_bucket))?.[1];
    t.truthy(logBucket, "server access logs go to a bucket of this stack");
    t.not(only(doc, "aws_s3_bucket", logBucket!).bucket, bucketName);
    const rule = (of("aws_s3_bucket_lifecycle_configuration").rule as Block[])[0]!;
    t.is(rule.expiration, undefined, "current state never expires");
    t.deepEqual(rule.noncurrent_version_expiration, [{ noncurrent_days: 90 }]);
  }
});

test("the plan role decrypts its state through S3 only: the key admits the account through S3, the role denies every other decrypt", async (t) => {
  await synth;
  for (const env of ENVIRONMENTS) {
    const key = Object.values(resources(docOf(env.accountId), "aws_kms_key"))[0]!;
    // The account-root statement only delegates to IAM, and the plan role's IAM grants no
    // kms:Decrypt: what the key admits by itself is the rest.
    const root = { AWS: `arn:aws:iam::${env.accountId}:root` };
    const keyPolicy = statements(key.policy).filter(
      (s) => JSON.stringify(s.Principal) !== JSON.stringify(root),
    );
    t.is(keyPolicy.length, statements(key.policy).length - 1);
    const keyArn = `arn:aws:kms:${env.region}:${env.accountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const viaS3 = {
      "kms:ViaService": `s3.${env.region}.amazonaws.com`,
      "kms:CallerAccount": env.accountId,
      "kms:EncryptionContext:aws:s3:arn": `arn:aws:s3:::${env.stateBucket}`,
    };
    t.is(evaluate(keyPolicy, { action: "kms:Decrypt", resource: keyArn, context: viaS3 }), "allowed");
    t.is(
      evaluate(keyPolicy, {
        action: "kms:Decrypt",
        resource: keyArn,
        context: { ...viaS3, "kms:EncryptionContext:aws:s3:arn": "arn:aws:s3:::another-bucket" },
      }),
      "implicit",
    );
    t.is(
      evaluate(keyPolicy, {
        action: "kms:Decrypt",
        resource: keyArn,
        context: { ...viaS3, "kms:CallerAccount": "999999999999" },
      }),
      "implicit",
    );

    const { doc } = synthEnvironment(env);
    const plan = statements(only(doc, "aws_iam_role_policy", "github_plan_policy").policy);
    t.not(evaluate(plan, { action: "kms:Decrypt", resource: keyArn, context: viaS3 }), "denied");
    t.is(evaluate(plan, { action: "kms:Decrypt", resource: keyArn }), "denied");
    t.is(
      evaluate(plan, {
        action: "kms:Decrypt",
        resource: keyArn,
        context: { "kms:ViaService": `ssm.${env.region}.amazonaws.com` },
      }),
      "denied",
    );
    t.is(evaluate(plan, { action: "ssm:GetParameters", resource: "*" }), "denied");
  }
});

test("the estate's gate passes the bootstrap stacks, as `npm run securecloud -- gate <dir>` runs it", async (t) => {
  await synth;
  const { stdout } = await run(process.execPath, [join(root, "bin", "securecloud.mjs"), "gate", outdir], {
    cwd: root,
  });
  t.regex(stdout, /Result: PASS/);
  t.regex(stdout, /bootstrap-\d{12}/);
});

test("checkov finds nothing the reviewed skip list does not explain", async (t) => {
  await synth;
  const checkov = await runCheckov(accounts.map(fileOf));
  t.deepEqual(checkov.parsingErrors, []);
  t.true(checkov.results.length > 20);
  t.deepEqual(
    checkov.unexplained.map((r) => `${r.checkId} ${r.stack}/${r.address}`),
    [],
  );
});

/**
 * The folder holding registry.terraform.io/hashicorp/aws (TF_PLUGIN_DIR, or where this machine
 * keeps it), for machines without the registry; elsewhere (a CI runner) terraform init fetches
 * the provider the stack pins.
 */
function pluginDir(): string | undefined {
  for (const dir of [process.env.TF_PLUGIN_DIR, "/opt/tf-plugins"]) {
    if (dir && existsSync(join(dir, "registry.terraform.io", "hashicorp", "aws"))) return dir;
  }
  return undefined;
}

test("terraform validate accepts each bootstrap stack with the local aws provider plugin", async (t) => {
  await synth;
  const plugins = pluginDir();
  for (const account of accounts) {
    const dir = mkdtempSync(join(base, "validate-"));
    const doc = JSON.parse(readFileSync(fileOf(account), "utf8"));
    if (plugins) {
      // Validate against the plugin on disk (the estate pins a newer 6.x the registry serves).
      const version = readdirSync(join(plugins, "registry.terraform.io", "hashicorp", "aws"))[0]!;
      doc.terraform.required_providers.aws = { source: "hashicorp/aws", version };
    }
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(doc));
    const env = { ...process.env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" };
    const from = plugins ? [`-plugin-dir=${plugins}`] : [];
    execFileSync("terraform", ["init", "-backend=false", ...from, "-no-color"], {
      cwd: dir,
      env,
      stdio: "pipe",
    });
    const out = execFileSync("terraform", ["validate", "-json", "-no-color"], {
      cwd: dir,
      env,
      encoding: "utf8",
    });
    const result = JSON.parse(out) as { valid: boolean; diagnostics: Array<{ summary: string }> };
    t.true(result.valid, JSON.stringify(result.diagnostics));
    t.deepEqual(
      list(result.diagnostics).filter((d) => (d as { severity?: string }).severity === "error"),
      [],
    );
  }
});
