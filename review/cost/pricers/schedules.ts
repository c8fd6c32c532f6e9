/**
 * EventBridge Scheduler schedules and the work they start on every run: a schedule that starts
 * a Systems Manager Automation runbook every few minutes pays for each run's steps and script
 * seconds all month, whether or not the run finds anything to do.
 */
import type { CostResource, LineDraft, PricingContext, ServicePricers } from "../model.ts";
import { blocks, fmt, isObj, plural, refTo, unpriced } from "./util.ts";

const START_AUTOMATION = "arn:aws:scheduler:::aws-sdk:ssm:startAutomationExecution";
const UNIT_HOURS: Readonly<Record<string, number>> = { minute: 1 / 60, hour: 1, day: 24 };

/** Runs a month of `rate(N unit)`; undefined for a cron or one-time (`at`) expression. */
export function runsPerMonth(expression: unknown, hours: number): number | undefined {
  const m = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(String(expression ?? "").trim());
  if (!m) return undefined;
  return hours / (Number(m[1]) * UNIT_HOURS[m[2]!]!);
}

/** The Automation document a schedule's input names (by literal name or by reference). */
function automationDocument(ctx: PricingContext, input: unknown): CostResource | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(input));
  } catch {
    return undefined;
  }
  const name = isObj(parsed) ? parsed.DocumentName : undefined;
  return (
    refTo(ctx, name, "aws_ssm_document") ??
    ctx.stack.ofType("aws_ssm_document").find((d) => d.values.name === name)
  );
}

/** The steps of an Automation document written as JSON: all of them, and the script ones. */
function automationSteps(doc: CostResource): { steps: number; scripts: number } | undefined {
  if (String(doc.values.document_format ?? "JSON") !== "JSON") return undefined;
  let content: unknown;
  try {
    content = JSON.parse(String(doc.values.content));
  } catch {
    return undefined;
  }
  const steps = isObj(content) && Array.isArray(content.mainSteps) ? content.mainSteps.filter(isObj) : [];
  if (steps.length === 0) return undefined;
  return { steps: steps.length, scripts: steps.filter((s) => s.action === "aws:executeScript").length };
}

function automationLines(ctx: PricingContext, runs: number, doc: CostResource | undefined): LineDraft[] {
  const found = doc ? automationSteps(doc) : undefined;
  if (!doc || !found) {
    return [
      unpriced(
        "Automation runs",
        `the runbook it starts is not a JSON Automation document of this stack (${doc?.address ?? "not found"})`,
      ),
    ];
  }
  const seconds = ctx.usage.automationScriptSecondsPerStep;
  const lines: LineDraft[] = [
    {
      item: "Automation steps",
      service: "Systems Manager",
      quantity: runs * found.steps,
      price: "ssm.automationStep",
      assumption: `${fmt(runs)} runs × ${plural(found.steps, "step")} of ${doc.address}; the free steps of the AWS Free Tier are not deducted; runs started by events are not counted`,
    },
  ];
  if (found.scripts > 0) {
    lines.push({
      item: "Automation script duration",
      service: "Systems Manager",
      quantity: runs * found.scripts * seconds,
      price: "ssm.automationScriptSecond",
      assumption: `${fmt(runs)} runs × ${plural(found.scripts, "aws:executeScript step")} × ${fmt(seconds)} s (usage assumption automationScriptSecondsPerStep); free seconds not deducted${ctx.usageNote}`,
    });
  }
  return lines;
}

function schedule(r: CostResource, ctx: PricingContext): LineDraft[] {
  if (r.values.state === "DISABLED") {
    return [
      {
        item: "schedule (disabled)",
        quantity: 0,
        price: undefined,
        covered: true,
        assumption: "a disabled schedule invokes nothing",
      },
    ];
  }
  const runs = runsPerMonth(r.values.schedule_expression, ctx.hours);
  if (runs === undefined) {
    return [
      unpriced(
        "scheduled invocations",
        `runs a month of "${String(r.values.schedule_expression)}" are not worked out (only rate() expressions are)`,
      ),
    ];
  }
  const target = blocks(r.values.target)[0] ?? {};
  const lines: LineDraft[] = [
    {
      item: "scheduled invocations",
      quantity: runs / 1e6,
      unit: "million invocations",
      price: "scheduler.invocationsPerMillion",
      assumption: `${fmt(runs)} invocations (${String(r.values.schedule_expression)} over ${ctx.hours} h); the 14 million free invocations are not deducted`,
    },
  ];
  if (target.arn === START_AUTOMATION) {
    lines.push(...automationLines(ctx, runs, automationDocument(ctx, target.input)));
  } else {
    lines.push(unpriced("what the target runs", `target ${String(target.arn)} is not in the table`));
  }
  return lines;
}

export const SCHEDULES: readonly ServicePricers[] = [
  { service: "EventBridge Scheduler", pricers: { aws_scheduler_schedule: schedule } },
];
