/**
 * The delivery commands as data: what `securecloud traffic ... --help` and `securecloud deploy
 * --help` print, and what the parser accepts. Cheap to import (no AWS SDK): the binary reads it
 * to list commands before it loads any of them.
 */
import type { CliCommand, CliOption } from "../common/cli.ts";
import {
  DEFAULT_BAKE_SECONDS,
  DEFAULT_CONTAINER,
  DEFAULT_DEPLOY_TIMEOUT_SECONDS,
  DEFAULT_MAX_ERROR_RATE_DELTA,
  DEFAULT_STEPS,
  DEFAULT_WATCH_INTERVAL_SECONDS,
} from "./options.ts";

const LISTENER_ARN =
  "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/securecloud-prod/0123456789abcdef/0123456789abcdef";

const listener: CliOption = {
  name: "listener",
  value: "ARN",
  description:
    "the production listener (the stack's production_listener_arn output); everything else is found from it",
  required: true,
};
const region: CliOption = {
  name: "region",
  value: "REGION",
  description: "AWS region; must match the listener's",
  default: "the listener's region",
};
const dryRun: CliOption = {
  name: "dry-run",
  description: "read and report what would change; write nothing",
};
const runId: CliOption = {
  name: "run-id",
  value: "ID",
  description:
    "identifies this run in the rollout record and holds the rollout lease (a rerun with the same id takes its lease back)",
  default: "GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT, else local-<time>-<pid>",
};
const actor: CliOption = {
  name: "actor",
  value: "NAME",
  description: "who runs it, for the rollout record",
  default: "GITHUB_ACTOR, else USER",
};

const smokeUrl: CliOption = {
  name: "smoke-url",
  value: "URL",
  description:
    "https:// base URL of the production host; the smoke checks reach the idle color through it with the idle-route header",
  default: "SECURECLOUD_SMOKE_URL, else no smoke checks",
};
const smokeChecks: CliOption = {
  name: "smoke-checks",
  value: "FILE",
  description: "the smoke checks (JSON: path, status, body/header patterns, passes in a row, latency bound)",
  default: "delivery/smoke-checks.json",
};

const cluster: CliOption = {
  name: "cluster",
  value: "NAME",
  description: "the ECS cluster (the stack's cluster_name output)",
  required: true,
};

const TEXT_JSON = ["text", "json"] as const;

/** Who runs a command that takes the rollout lease, where, and whether for real. */
const LEASE_TAKER = [runId, actor, region, dryRun];

const alarms: CliOption = {
  name: "alarms",
  value: "WHICH",
  description:
    "alarms that stop the shift: auto (those tagged securecloud:rollback-alarm on this ALB), none, or NAME,...",
  default: "auto",
};
const maxErrorRateDelta: CliOption = {
  name: "max-error-rate-delta",
  value: "PCT",
  description: "largest 5xx-rate lead of the new color over the old during bakes, percentage points",
  default: String(DEFAULT_MAX_ERROR_RATE_DELTA),
};

export const TRAFFIC_STATUS: CliCommand = {
  path: "traffic status",
  summary: "show the listener's weights, each color's health and revision, the rollout lease and record",
  description:
    "With --watch, a live view until Ctrl-C: weights as bars, each color's health, the plan step running and its countdown, a pause waiting for `securecloud traffic promote`, the latest analysis verdicts per color, and the lease holder. On a terminal it redraws in place; in a log or a pipe it prints one full frame per interval (-o json: one JSON document per line).",
  options: [
    listener,
    { name: "watch", description: "keep watching: redraw every --interval seconds until Ctrl-C" },
    {
      name: "interval",
      value: "SECONDS",
      description: "seconds between refreshes with --watch (1..3600)",
      default: String(DEFAULT_WATCH_INTERVAL_SECONDS),
    },
    region,
    dryRun,
  ],
  outputs: TEXT_JSON,
  examples: [
    `securecloud traffic status --listener ${LISTENER_ARN}`,
    "securecloud traffic status --listener ARN -o json",
    "securecloud traffic status --listener ARN --watch --interval 2",
  ],
};

export const TRAFFIC_SHIFT: CliCommand = {
  path: "traffic shift",
  summary: "move production traffic to a color in canary steps, watching alarms and health",
  description:
    "Runs a rollout plan: --plan FILE (YAML: smoke, setWeight with an optional bake, pause for a time or until promoted, analysis of the canary against the stable color; see delivery/plans/), or --steps/--bake as shorthand for smoke checks then a weight and a bake per step. Takes the rollout lease (one rollout at a time: a second run exits 1 naming the holder; a rollback preempts it). The smoke checks run against the new color through the idle-color route: a failure moves no traffic. Before each step the new color must have healthy targets; during each bake the rollback alarms and the new color's 5xx rate are watched. Any failure, or a cancelled run, puts traffic back on the previous color first. A pause until promoted records the rollout paused and exits 0 (traffic promote continues it). A rerun resumes at the recorded step, with the same plan (its digest is recorded). Only the forward action's weights change.",
  options: [
    listener,
    {
      name: "to",
      value: "COLOR",
      description: "the color to move traffic to",
      choices: ["blue", "green"],
      required: true,
    },
    {
      name: "plan",
      value: "FILE",
      description: "the rollout plan (YAML, e.g. delivery/plans/canary.yaml); not with --steps/--bake",
    },
    {
      name: "steps",
      value: "LIST",
      description: "shorthand plan: the new color's weight after each step, increasing, ending at 100",
      default: DEFAULT_STEPS.join(","),
    },
    {
      name: "bake",
      value: "SECONDS",
      description: "shorthand plan: how long to watch each step",
      default: String(DEFAULT_BAKE_SECONDS),
    },
    alarms,
    maxErrorRateDelta,
    smokeUrl,
    smokeChecks,
    ...LEASE_TAKER,
  ],
  outputs: TEXT_JSON,
  examples: [
    "securecloud traffic shift --listener ARN --to green --plan delivery/plans/canary.yaml --smoke-url https://app.example.com",
    "securecloud traffic shift --listener ARN --to green --smoke-url https://app.example.com",
    "securecloud traffic shift --listener ARN --to green --steps 5,25,50,100 --bake 600",
    "securecloud traffic shift --listener ARN --to blue --dry-run -o json",
  ],
};

export const TRAFFIC_ROLLBACK: CliCommand = {
  path: "traffic rollback",
  summary: "put all production traffic back on the color that last served production and passed",
  description:
    "Two reads and two writes before traffic is back (the rollout lease, which stops a rollout in progress, and ModifyListener with only the weights changed). Refuses, moving nothing, a destination without healthy targets or one whose revision never served production (a deploy put a new image there) unless --force. --revision last-good instead redeploys the last good revision to the idle color, waits for health, runs the smoke checks and then moves all traffic at once: minutes, not seconds.",
  options: [
    listener,
    {
      name: "to",
      value: "COLOR",
      description: "the color to send all traffic to",
      choices: ["blue", "green"],
      default: "the last rollout's stable color",
    },
    {
      name: "reason",
      value: "TEXT",
      description: "why, for the rollout record, its history and the job summary",
    },
    {
      name: "force",
      description: "move traffic even if the destination has no healthy targets or never served production",
    },
    {
      name: "revision",
      value: "WHICH",
      description: "last-good: redeploy the idle color's last good revision, then move all traffic (minutes)",
      choices: ["last-good"],
    },
    {
      name: "cluster",
      value: "NAME",
      description: "the ECS cluster, for --revision (the stack's cluster_name output)",
    },
    {
      name: "timeout",
      value: "SECONDS",
      description: "how long --revision waits for the redeployment",
      default: String(DEFAULT_DEPLOY_TIMEOUT_SECONDS),
    },
    smokeUrl,
    smokeChecks,
    ...LEASE_TAKER,
  ],
  outputs: TEXT_JSON,
  examples: [
    'securecloud traffic rollback --listener ARN --reason "5xx after release 1.4.2"',
    "securecloud traffic rollback --listener ARN --to blue --force",
    "securecloud traffic rollback --listener ARN --revision last-good --cluster securecloud-prod-cluster --smoke-url https://app.example.com",
  ],
};

export const TRAFFIC_HISTORY: CliCommand = {
  path: "traffic history",
  summary: "list the listener's finished rollouts, rollbacks and deploys, newest first",
  description:
    "Who, what, when, from and to, the outcome and the run's URL, from the environment's rollout table.",
  options: [
    listener,
    { name: "limit", value: "N", description: "how many runs to list", default: "20" },
    region,
  ],
  outputs: TEXT_JSON,
  examples: [
    "securecloud traffic history --listener ARN",
    "securecloud traffic history --listener ARN --limit 5 -o json",
  ],
};

export const DEPLOY: CliCommand = {
  path: "deploy",
  summary: "deploy a new image to the idle color's ECS service; production traffic is not touched",
  description:
    "Under the rollout lease: registers the idle color's task definition with only the image replaced, updates that service, points the test listener and the idle-color route at the idle color (rotating the route's secret) and waits (bounded) for the deployment to finish and its targets to be healthy. The new revision is recorded as not yet served production.",
  options: [
    cluster,
    listener,
    { name: "image", value: "URI", description: "the image to run, by tag or digest", required: true },
    {
      name: "container",
      value: "NAME",
      description: "the container whose image is replaced",
      default: DEFAULT_CONTAINER,
    },
    {
      name: "timeout",
      value: "SECONDS",
      description: "how long to wait for the deployment",
      default: String(DEFAULT_DEPLOY_TIMEOUT_SECONDS),
    },
    ...LEASE_TAKER,
  ],
  outputs: TEXT_JSON,
  examples: [
    "securecloud deploy --cluster securecloud-prod --listener ARN --image 123456789012.dkr.ecr.us-east-1.amazonaws.com/securecloud-prod-service:3f2a9c1",
  ],
};

export const TRAFFIC_SCALE_IDLE: CliCommand = {
  path: "traffic scale-idle",
  summary: "scale the old color to zero once the last rollout's rollback window has passed",
  description:
    "Run on a schedule. When the last rollout is complete, all traffic is on its new color and completedAt + scaleDownDelaySeconds (the plan's rollback window, default 1800 s) has passed, and no run holds the rollout lease, it sets the old color's autoscaling minimum and desired count to 0, recording both so deploy and rollback can restore them (a rollback after the window scales the color up and waits for healthy targets first). Anything else is a skip that changes nothing and exits 0.",
  options: [cluster, listener, ...LEASE_TAKER],
  outputs: TEXT_JSON,
  examples: [
    "securecloud traffic scale-idle --cluster securecloud-prod-cluster --listener ARN",
    "securecloud traffic scale-idle --cluster securecloud-prod-cluster --listener ARN --dry-run -o json",
  ],
};

export const TRAFFIC_PAUSE: CliCommand = {
  path: "traffic pause",
  summary: "hold a rollout at its current weight until promoted or aborted",
  description:
    "A running rollout is asked to pause and stops at its next check (a bake poll, or before its next weight), records paused and releases the lease; this command waits for that. A rollout no run holds (its run died) is recorded paused here. Nothing writes the listener.",
  options: [
    listener,
    {
      name: "wait",
      value: "SECONDS",
      description: "how long to wait for a running rollout to confirm the pause",
      default: "60",
    },
    ...LEASE_TAKER,
  ],
  outputs: TEXT_JSON,
  examples: ["securecloud traffic pause --listener ARN", "securecloud traffic pause --listener ARN -o json"],
};

export const TRAFFIC_PROMOTE: CliCommand = {
  path: "traffic promote",
  summary: "continue a paused rollout (or, with --full, go straight to 100%)",
  description:
    "Takes the rollout lease and runs the paused rollout's remaining steps itself, as the shift would have (same plan, same checks; a failure rolls back). --full skips the remaining steps and their checks and moves all traffic to the new color at once: it asks for confirmation on a terminal, and needs --yes otherwise.",
  options: [
    listener,
    { name: "full", description: "skip the remaining steps: all traffic to the new color now" },
    { name: "yes", description: "confirm --full without a prompt (needed when not on a terminal)" },
    alarms,
    maxErrorRateDelta,
    smokeUrl,
    smokeChecks,
    ...LEASE_TAKER,
  ],
  outputs: TEXT_JSON,
  examples: [
    "securecloud traffic promote --listener ARN",
    "securecloud traffic promote --listener ARN --full --yes",
  ],
};

export const TRAFFIC_ABORT: CliCommand = {
  path: "traffic abort",
  summary: "end a rollout in progress or paused: all traffic back on the stable color, recorded as aborted",
  description:
    "The rollback (two reads and two writes before traffic is back; it stops a running rollout) with a reason, recorded as aborted in the rollout record, its decisions and the history. Exits 1, changing nothing, when no rollout is in progress or paused.",
  options: [
    listener,
    {
      name: "reason",
      value: "TEXT",
      description: "why, for the rollout record, its history and the job summary",
      required: true,
    },
    {
      name: "force",
      description: "move traffic even if the stable color has no healthy targets",
    },
    ...LEASE_TAKER,
  ],
  outputs: TEXT_JSON,
  examples: ['securecloud traffic abort --listener ARN --reason "p99 doubled at 10%"'],
};

export const DELIVERY_COMMANDS: readonly CliCommand[] = [
  TRAFFIC_STATUS,
  TRAFFIC_SHIFT,
  TRAFFIC_PAUSE,
  TRAFFIC_PROMOTE,
  TRAFFIC_ABORT,
  TRAFFIC_ROLLBACK,
  TRAFFIC_HISTORY,
  TRAFFIC_SCALE_IDLE,
  DEPLOY,
];
