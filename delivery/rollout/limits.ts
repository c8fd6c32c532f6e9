/**
 * What the rollout table can hold: a DynamoDB item is at most 400 KB, counted as the UTF-8
 * bytes of every attribute name and value (AWS: "Item sizes and formats"). The record is
 * checked at input time against the largest item the plan can produce, so a plan that would
 * not fit is bad input (exit 2) before anything is written, never a failure half-way.
 */
import { UsageError } from "../../common/conventions.ts";
import type { Verdict } from "../analysis/verdict.ts";
import type { Step } from "./plan.ts";
import {
  type Decision,
  emptyDoc,
  MAX_DECISIONS,
  MAX_SUMMARY,
  ROLLOUT_DEFAULTS,
  type RolloutDoc,
  VERDICTS_KEPT,
} from "./record.ts";
import type { Holder } from "./store.ts";

export const MAX_ITEM_BYTES = 400 * 1024;

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

/** Bytes of an item of string and number attributes, as DynamoDB counts them. */
export function itemBytes(item: Record<string, string | number>): number {
  let total = 0;
  for (const [name, value] of Object.entries(item)) {
    total += utf8(name);
    // A number takes about one byte per two significant digits, plus one.
    total +=
      typeof value === "number"
        ? Math.ceil(String(Math.abs(value)).replace(/^0+|\./g, "").length / 2) + 1
        : utf8(value);
  }
  return total;
}

const ARN = `arn:aws:elasticloadbalancing:xx-xxxxxxxxx-1:000000000000:listener/app/${"x".repeat(32)}/${"0".repeat(16)}/${"0".repeat(16)}`;
const TD = `arn:aws:ecs:xx-xxxxxxxxx-1:000000000000:task-definition/${"x".repeat(255)}:999999`;
const TEXT = "x".repeat(1024);

/** The most verdicts one analysis step gives (the plan schema's maxItems of checks). */
const MAX_CHECKS = 8;

/** The largest decisions list: MAX_DECISIONS at the longest summary, the newest with full verdicts. */
function largestDecisions(): Decision[] {
  const side = { label: "during", value: Number.MAX_VALUE, samples: 1440, requests: Number.MAX_SAFE_INTEGER };
  const verdict: Verdict = {
    metric: "elb-5xx-rate",
    result: "inconclusive",
    canary: side,
    baseline: side,
    limit: Number.MAX_VALUE,
    increase: Number.MAX_VALUE,
    p: Number.MIN_VALUE,
    method: "exact",
    failedFast: false,
    text: "x".repeat(MAX_SUMMARY),
  };
  return Array.from({ length: MAX_DECISIONS }, (_, i) => ({
    at: new Date(0).toISOString(),
    step: 199,
    kind: "analysis",
    outcome: "inconclusive",
    summary: "x".repeat(MAX_SUMMARY),
    actor: TEXT.slice(0, 128),
    ...(i >= MAX_DECISIONS - VERDICTS_KEPT ? { verdicts: Array(MAX_CHECKS).fill(verdict) } : {}),
  }));
}

/** The largest state item a rollout with this plan can write: every free-text field at its limit. */
export function largestStateItem(plan: readonly Step[], holder: Holder): Record<string, string | number> {
  const colors = {
    revision: TD,
    served: true,
    lastGood: TD,
    lastGoodAt: new Date(0).toISOString(),
    deployedAt: new Date(0).toISOString(),
    deployedBy: TEXT,
  };
  const doc: RolloutDoc = {
    ...emptyDoc(),
    rollout: {
      ...ROLLOUT_DEFAULTS,
      state: "rolled-back",
      from: "blue",
      to: "green",
      plan: [...plan],
      done: plan.length,
      weights: { blue: 100, green: 100 },
      startedAt: new Date(0).toISOString(),
      updatedAt: new Date(0).toISOString(),
      reason: TEXT,
      runId: holder.runId,
      actor: holder.actor,
      url: holder.url || TEXT,
      revision: TD,
      digest: `sha256:${"0".repeat(64)}`,
      decisions: largestDecisions(),
      watchUntil: new Date(0).toISOString(),
      pausedAt: new Date(0).toISOString(),
      completedAt: new Date(0).toISOString(),
    },
    targetGroups: { blue: ARN, green: ARN },
    fingerprint: "0".repeat(16),
    colors: { blue: colors, green: colors },
    routes: { testListener: ARN, idleRule: ARN },
  };
  return {
    pk: ARN,
    sk: "state",
    epoch: Number.MAX_SAFE_INTEGER,
    holder: holder.id,
    holderRun: holder.runId,
    holderActor: holder.actor,
    holderCommand: holder.command,
    holderUrl: holder.url || TEXT,
    holderSince: new Date(0).toISOString(),
    expires: Number.MAX_SAFE_INTEGER,
    intent: JSON.stringify({ weights: { blue: 100, green: 100 }, at: Number.MAX_SAFE_INTEGER }),
    pauseRequest: JSON.stringify({
      actor: TEXT.slice(0, 128),
      runId: TEXT.slice(0, 128),
      at: new Date(0).toISOString(),
    }),
    record: JSON.stringify(doc),
    updatedAt: new Date(0).toISOString(),
  };
}

/** Bad input when the plan's record could outgrow a DynamoDB item. */
export function assertRecordFits(plan: readonly Step[], holder: Holder, what: string): void {
  const bytes = itemBytes(largestStateItem(plan, holder));
  if (bytes > MAX_ITEM_BYTES) {
    throw new UsageError(
      what,
      `a plan of ${plan.length} steps needs a rollout record of up to ${Math.ceil(bytes / 1024)} KB; the rollout table's items hold at most ${MAX_ITEM_BYTES / 1024} KB`,
    );
  }
}
