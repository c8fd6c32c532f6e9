/**
 * The rollout plan file's JSON Schema (draft-07, checked with ajv). A plan file is YAML:
 *
 *   scaleDownDelaySeconds: 30m        # optional; the rollback window after promotion
 *   steps:
 *     - smoke: {}                     # the declared smoke checks, before any weight moves
 *     - setWeight: 10                 # the new color's weight, percent
 *       bake: 2m                      # optional: watch that long after setting it
 *     - analysis: { window: 5m, checks: [{ metric: 5xx-rate, maxIncrease: 1 }] }
 *     - pause: {}                     # until `securecloud traffic promote`
 *     - pause: { duration: 10m }      # or that long
 *     - bake: 60                      # a bake on its own
 *
 * Durations are whole seconds or a string such as 90s, 10m, 1h. What the schema cannot say
 * (exactly one kind per step, weights increasing to 100, an analysis after a weight) is
 * checked in plan-file.ts, with the same line-and-field messages.
 */
import { INCONCLUSIVE, METRICS } from "../analysis/spec.ts";

const duration = {
  type: ["integer", "string"],
  minimum: 0,
  maximum: 86_400,
  pattern: "^[0-9]+(s|m|h)$",
};

const check = {
  type: "object",
  additionalProperties: false,
  required: ["metric", "maxIncrease"],
  properties: {
    metric: { enum: [...METRICS] },
    maxIncrease: { type: "number", minimum: 0 },
    failFast: { type: "number", exclusiveMinimum: 0 },
  },
};

const analysis = {
  type: "object",
  additionalProperties: false,
  required: ["window", "checks"],
  properties: {
    window: duration,
    minSamples: { type: "integer", minimum: 2, maximum: 1440 },
    minRequests: { type: "integer", minimum: 1 },
    alpha: { type: "number", exclusiveMinimum: 0, maximum: 0.5 },
    inconclusive: { enum: [...INCONCLUSIVE] },
    checks: { type: "array", minItems: 1, maxItems: 8, items: check },
  },
};

const step = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    smoke: { type: "object", additionalProperties: false, maxProperties: 0 },
    setWeight: { type: "integer", minimum: 1, maximum: 100 },
    bake: duration,
    pause: {
      type: "object",
      additionalProperties: false,
      properties: { duration },
    },
    analysis,
  },
};

export const PLAN_SCHEMA = {
  $id: "https://securecloud.example/rollout-plan.schema.json",
  title: "securecloud rollout plan",
  type: "object",
  additionalProperties: false,
  required: ["steps"],
  properties: {
    scaleDownDelaySeconds: duration,
    steps: { type: "array", minItems: 1, maxItems: 200, items: step },
  },
} as const;
