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
  description: "identifies this run in the rollout record",
  default: "GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT, else local-<time>-<pid>",
};
const actor: CliOption = {
  name: "actor",
  value: "NAME",
  description: "who runs it, for the rollout record",
  default: "GITHUB_ACTOR, else USER",
};

const TEXT_JSON = ["text", "json"] as const;

export const TRAFFIC_STATUS: CliCommand = {
  path: "traffic status",
  summary: "show the listener's weights, each color's health and the rollout record",
  options: [listener, region, dryRun],
  outputs: TEXT_JSON,
  examples: [
    `securecloud traffic status --listener ${LISTENER_ARN}`,
    "securecloud traffic status --listener ARN -o json",
  ],
};

export const TRAFFIC_SHIFT: CliCommand = {
  path: "traffic shift",
  summary: "move production traffic to a color in canary steps, watching alarms and health",
  description:
    "Before each step the new color must have healthy targets; during each bake the rollback alarms and the new color's 5xx rate are watched. Any failure, or a cancelled run, puts traffic back on the previous color first. A rerun resumes at the recorded step.",
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
      name: "steps",
      value: "LIST",
      description: "the new color's weight after each step, increasing, ending at 100",
      default: DEFAULT_STEPS.join(","),
    },
    {
      name: "bake",
      value: "SECONDS",
      description: "how long to watch each step",
      default: String(DEFAULT_BAKE_SECONDS),
    },
    {
      name: "alarms",
      value: "WHICH",
      description:
        "alarms that stop the shift: auto (those tagged securecloud:rollback-alarm on this ALB), none, or NAME,...",
      default: "auto",
    },
    {
      name: "max-error-rate-delta",
      value: "PCT",
      description: "largest 5xx-rate lead of the new color over the old, percentage points",
      default: String(DEFAULT_MAX_ERROR_RATE_DELTA),
    },
    runId,
    actor,
    region,
    dryRun,
  ],
  outputs: TEXT_JSON,
  examples: [
    "securecloud traffic shift --listener ARN --to green",
    "securecloud traffic shift --listener ARN --to green --steps 5,25,50,100 --bake 600",
    "securecloud traffic shift --listener ARN --to blue --dry-run -o json",
  ],
};

export const TRAFFIC_ROLLBACK: CliCommand = {
  path: "traffic rollback",
  summary: "put all production traffic back on the previous color now",
  description:
    "Two reads and one ModifyListener. Refuses a destination without healthy targets unless --force. Idempotent: a second rollback changes nothing.",
  options: [
    listener,
    {
      name: "to",
      value: "COLOR",
      description: "the color to send all traffic to",
      choices: ["blue", "green"],
      default: "the rollout record's previous color",
    },
    { name: "reason", value: "TEXT", description: "why, for the rollout record and the job summary" },
    { name: "force", description: "move traffic even if the destination has no healthy targets" },
    runId,
    actor,
    region,
    dryRun,
  ],
  outputs: TEXT_JSON,
  examples: [
    'securecloud traffic rollback --listener ARN --reason "5xx after release 1.4.2"',
    "securecloud traffic rollback --listener ARN --to blue --force",
  ],
};

export const DEPLOY: CliCommand = {
  path: "deploy",
  summary: "deploy a new image to the idle color's ECS service; production traffic is not touched",
  description:
    "Registers the idle color's task definition with only the image replaced, updates that service and waits (bounded) for the deployment to finish and its targets to be healthy.",
  options: [
    {
      name: "cluster",
      value: "NAME",
      description: "the ECS cluster (the stack's cluster_name output)",
      required: true,
    },
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
    region,
    dryRun,
  ],
  outputs: TEXT_JSON,
  examples: [
    "securecloud deploy --cluster securecloud-prod --listener ARN --image 123456789012.dkr.ecr.us-east-1.amazonaws.com/securecloud-prod-service:3f2a9c1",
  ],
};

export const DELIVERY_COMMANDS: readonly CliCommand[] = [
  TRAFFIC_STATUS,
  TRAFFIC_SHIFT,
  TRAFFIC_ROLLBACK,
  DEPLOY,
];
