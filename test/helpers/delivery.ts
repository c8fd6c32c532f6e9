/**
 * Helpers for the delivery tests: run the `securecloud` delivery subcommands in-process with
 * captured output and counted AWS calls, and read the listener's weights and actions, and the
 * rollout record and lease from the rollout table, straight from the SDK.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Action } from "@aws-sdk/client-elastic-load-balancing-v2";
import {
  CreateListenerCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { otherColor } from "../../common/conventions.ts";
import type { AwsCall } from "../../delivery/aws/common.ts";
import { run } from "../../delivery/cli.ts";
import { type RolloutView, rolloutView } from "../../delivery/commands/status.ts";
import type { BuiltEstate, ClientConfig } from "../../delivery/rehearsal/estate.ts";
import type { HistoryEntry } from "../../delivery/rollout/history.ts";
import { DEFAULT_SCALE_DOWN_DELAY_SECONDS, planDigest, shorthandPlan } from "../../delivery/rollout/plan.ts";
import type { Rollout, RolloutDoc } from "../../delivery/rollout/record.ts";
import { emptyDoc, ROLLOUT_DEFAULTS, rolloutDefaults } from "../../delivery/rollout/record.ts";
import { type Lease, RolloutStore } from "../../delivery/rollout/store.ts";
import { allOn, type Weights, weightsFor } from "../../delivery/rollout/weights.ts";
import type { VirtualClock } from "./virtual-clock.ts";

/**
 * Plan files for a test file: `planFile(text)` writes one into a temporary folder removed after
 * the file's tests.
 */
export function planFiles(test: { after: { always(fn: () => void): void } }): (text: string) => string {
  const dir = mkdtempSync(join(tmpdir(), "plans-"));
  test.after.always(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return (text) => {
    const file = join(dir, `plan-${n++}.yaml`);
    writeFileSync(file, text);
    return file;
  };
}

/** Environment for the commands: fast polls and retries (production defaults stay untouched). */
export function fastEnv(endpoint: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: "us-east-1",
    AWS_ACCESS_KEY_ID: "testing",
    AWS_SECRET_ACCESS_KEY: "testing",
    AWS_EC2_METADATA_DISABLED: "true",
    SECURECLOUD_POLL_MS: "100",
    SECURECLOUD_RETRY_BASE_MS: "2",
    SECURECLOUD_HTTP_TIMEOUT_MS: "3000",
    ...extra,
  };
}

/** `securecloud traffic shift` of a rehearsal estate's listener to green, then `more` options. */
export function shiftToGreen(e: Pick<BuiltEstate, "listenerArn">, ...more: string[]): string[] {
  return ["traffic", "shift", "--listener", e.listenerArn, "--to", "green", ...more];
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  calls: AwsCall[];
  writes: string[];
}

/** The writes a run made to one listener (the production listener: traffic moved). */
export function writesTo(r: Pick<CliRun, "calls">, listenerArn: string): string[] {
  return r.calls.filter((c) => c.mutating && c.resource === listenerArn).map((c) => c.operation);
}

/**
 * Runs `securecloud <argv>` in-process; `onLine` sees each stdout line as it is printed, and a
 * `clock` (test/helpers/virtual-clock.ts) replaces the real time.
 */
export async function cli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  onLine?: ((line: string) => void | Promise<void>) | null,
  clock?: VirtualClock,
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const calls: AwsCall[] = [];
  const pending: Promise<void>[] = [];
  const code = await run(argv, {
    env,
    stdout: {
      write: (s: string) => {
        stdout += s;
        if (onLine)
          for (const line of s.split("\n").filter(Boolean)) pending.push(Promise.resolve(onLine(line)));
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
    onCall: (c) => calls.push(c),
    ...(clock ? { now: clock.now, sleep: clock.sleep } : {}),
  });
  await Promise.all(pending);
  return { code, stdout, stderr, calls, writes: calls.filter((c) => c.mutating).map((c) => c.operation) };
}

export interface ListenerState {
  weights: Weights;
  /** The listener's default actions as DescribeListeners returns them. */
  actions: Action[];
  /** The rollout in the record as status shows it (null: none). */
  record: RolloutView | null;
  doc: RolloutDoc;
  lease: Lease | null;
  epoch: number;
}

type EstateRef = Pick<BuiltEstate, "listenerArn" | "targetGroups" | "table">;

/** The listener's weights and actions, and its rollout record and lease in the rollout table. */
export async function listenerState(config: ClientConfig, e: EstateRef): Promise<ListenerState> {
  const elb = new ElasticLoadBalancingV2Client(config);
  const l = await elb.send(new DescribeListenersCommand({ ListenerArns: [e.listenerArn] }));
  const actions = l.Listeners?.[0]?.DefaultActions ?? [];
  const tuples = actions.find((a) => a.Type === "forward")?.ForwardConfig?.TargetGroups ?? [];
  const weights = {
    blue: tuples.find((t) => t.TargetGroupArn === e.targetGroups.blue)?.Weight ?? -1,
    green: tuples.find((t) => t.TargetGroupArn === e.targetGroups.green)?.Weight ?? -1,
  };
  const state = await store(config, e).read();
  return {
    weights,
    actions,
    record: rolloutView(state.doc.rollout),
    doc: state.doc,
    lease: state.lease,
    epoch: state.epoch,
  };
}

/** The rollout store of a listener, read as the commands read it. */
export function store(config: ClientConfig, e: Pick<BuiltEstate, "listenerArn" | "table">): RolloutStore {
  return new RolloutStore(new DynamoDBClient(config), e.table, e.listenerArn);
}

/** The listener's rollout history, newest first. */
export function historyOf(
  config: ClientConfig,
  e: Pick<BuiltEstate, "listenerArn" | "table">,
): Promise<HistoryEntry[]> {
  return store(config, e).history(100);
}

/** Another actor (a console user) setting the weights directly. */
export async function setWeights(
  config: ClientConfig,
  listenerArn: string,
  targetGroups: { blue: string; green: string },
  weights: Weights,
): Promise<void> {
  const elb = new ElasticLoadBalancingV2Client(config);
  await elb.send(
    new ModifyListenerCommand({
      ListenerArn: listenerArn,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: targetGroups.blue, Weight: weights.blue },
              { TargetGroupArn: targetGroups.green, Weight: weights.green },
            ],
          },
        },
      ],
    }),
  );
}

/**
 * Another production listener on the same ALB and target groups (blue live): lets tests that
 * only drive weights and the rollout record start clean without rebuilding the estate.
 */
export async function extraListener<
  E extends { loadBalancerArn: string; listenerArn: string; targetGroups: { blue: string; green: string } },
>(config: ClientConfig, estate: E, port: number): Promise<E> {
  const elb = new ElasticLoadBalancingV2Client(config);
  const out = await elb.send(
    new CreateListenerCommand({
      LoadBalancerArn: estate.loadBalancerArn,
      Protocol: "HTTP",
      Port: port,
      DefaultActions: [
        {
          Type: "forward",
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: estate.targetGroups.blue, Weight: 100 },
              { TargetGroupArn: estate.targetGroups.green, Weight: 0 },
            ],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        },
      ],
      Tags: [{ Key: "securecloud:role", Value: "production" }],
    }),
  );
  return { ...estate, listenerArn: out.Listeners![0]!.ListenerArn! };
}

/**
 * What a run killed mid-rollout leaves in the rollout table: a shifting rollout of `percents`
 * (bake `bake` s each) with `doneWeights` weight steps recorded done, and its lease held by
 * `runId`, already expired unless `live`.
 */
export async function seedRollout(
  config: ClientConfig,
  e: EstateRef,
  options: {
    percents: number[];
    doneWeights: number;
    runId?: string;
    bake?: number;
    /** How long the dead run's lease still lasts (ms); default: already expired. */
    leaseMs?: number;
    to?: "blue" | "green";
    /** What the record says: a run killed while shifting (default), or a paused rollout. */
    state?: "shifting" | "paused";
  },
): Promise<void> {
  const to = options.to ?? "green";
  const plan = shorthandPlan(options.percents, options.bake ?? 0, false);
  let done = 0;
  for (let w = 0; w < options.doneWeights; done++) if (plan[done]!.kind === "weight") w++;
  if (options.doneWeights > 0 && plan[done]?.kind === "bake") done++;
  const now = new Date().toISOString();
  const runId = options.runId ?? "killed-run";
  const weights =
    options.doneWeights === 0
      ? allOn(otherColor(to))
      : weightsFor(to, options.percents[options.doneWeights - 1]!);
  const held = await store(config, e).acquire(
    { id: runId, runId, actor: "ci", command: "shift", url: "" },
    options.leaseMs ?? -1,
  );
  await held.save({
    ...emptyDoc(),
    targetGroups: e.targetGroups,
    rollout: {
      ...ROLLOUT_DEFAULTS,
      digest: planDigest({ steps: plan, scaleDownDelaySeconds: DEFAULT_SCALE_DOWN_DELAY_SECONDS }),
      state: options.state ?? "shifting",
      ...(options.state === "paused" ? { pausedAt: now } : {}),
      from: otherColor(to),
      to,
      plan,
      done,
      weights,
      startedAt: now,
      updatedAt: now,
      reason: "",
      runId,
      actor: "ci",
      url: "",
      revision: null,
    },
  });
}

/** Which color the test listener and the idle-color rule forward to (null: none, e.g. a fixed 404). */
export async function testRoutes(
  config: ClientConfig,
  e: Pick<BuiltEstate, "testListenerArn" | "idleRuleArn" | "targetGroups">,
): Promise<{ testListener: string | null; idleRule: string | null }> {
  const elb = new ElasticLoadBalancingV2Client(config);
  const colorOf = (actions: Action[] | undefined) => {
    const forward = actions?.find((a) => a.Type === "forward");
    const arn = forward?.ForwardConfig?.TargetGroups?.[0]?.TargetGroupArn ?? forward?.TargetGroupArn;
    return arn === e.targetGroups.blue ? "blue" : arn === e.targetGroups.green ? "green" : null;
  };
  const [l, r] = await Promise.all([
    e.testListenerArn
      ? elb.send(new DescribeListenersCommand({ ListenerArns: [e.testListenerArn] }))
      : Promise.resolve(undefined),
    e.idleRuleArn
      ? elb.send(new DescribeRulesCommand({ RuleArns: [e.idleRuleArn] }))
      : Promise.resolve(undefined),
  ]);
  return {
    testListener: colorOf(l?.Listeners?.[0]?.DefaultActions),
    idleRule: colorOf(r?.Rules?.[0]?.Actions),
  };
}

/** A rollout record for tests of what reads one: blue → green by run 4242-1 of octocat, then `over`. */
export function rolloutRecord(over: Partial<Rollout> & Pick<Rollout, "plan">): Rollout {
  const at = new Date(0).toISOString();
  return {
    state: "shifting",
    from: "blue",
    to: "green",
    done: 0,
    weights: null,
    startedAt: at,
    updatedAt: at,
    reason: "",
    runId: "4242-1",
    actor: "octocat",
    url: "",
    revision: null,
    ...rolloutDefaults(),
    ...over,
  };
}
