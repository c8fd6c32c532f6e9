/**
 * The smoke step of a rollout (and of the revision undo): point the idle-color route at the
 * color under test, with the header's current secret, then run the declared checks through it.
 */
import type { ElasticLoadBalancingV2Client } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { SSMClient } from "@aws-sdk/client-ssm";
import { type Color, IDLE_ROUTE } from "../../common/conventions.ts";
import type { Ctx } from "../context.ts";
import { pointIdleRule, readSecret } from "../listener/routes.ts";
import type { Routes } from "../rollout/record.ts";
import { type CheckResult, runSmoke, type SmokeSpec } from "./checks.ts";

/** What a rollout or revision undo says when it has no smoke URL and moves traffic untested. */
export const NO_SMOKE_URL =
  "warning: no smoke URL (--smoke-url, SECURECLOUD_SMOKE_URL): no smoke checks before traffic moves";

export interface SmokeRun {
  spec: SmokeSpec;
  baseUrl: string;
  parameter: string | null;
}

export interface SmokeOutcome {
  ok: boolean;
  results: CheckResult[];
  /** Why the step failed, in one line. */
  reason: string;
}

export async function smokeStep(
  ctx: Ctx,
  clients: { elb: ElasticLoadBalancingV2Client; ssm: SSMClient },
  run: SmokeRun,
  routes: Routes | null,
  color: Color,
  targetGroupArn: string,
): Promise<SmokeOutcome> {
  if (!routes?.idleRule || !run.parameter) {
    return {
      ok: false,
      results: [],
      reason: `no idle-color route: the production listener has no rule tagged securecloud:role=idle-route (or no secret parameter), so the smoke checks cannot reach ${color}`,
    };
  }
  const secret = await readSecret(clients.ssm, run.parameter);
  if (secret.length < 16) {
    return {
      ok: false,
      results: [],
      reason: `the idle-color route's secret ${run.parameter} is not set: deploy sets it`,
    };
  }
  if (await pointIdleRule(clients.elb, routes.idleRule, targetGroupArn, secret)) {
    ctx.log(`idle-color route → ${color}`);
  }
  ctx.log(`smoke checks against ${color} through ${run.baseUrl} with the ${IDLE_ROUTE.header} header`);
  const results = await runSmoke(
    run.spec,
    { baseUrl: run.baseUrl, header: { name: IDLE_ROUTE.header, value: secret }, color },
    {
      sleep: (ms) => ctx.sleep(ms),
      log: (line) => ctx.log(line),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    },
  );
  const failed = results.find((r) => !r.ok);
  for (const r of results) {
    ctx.timeline.add("smoke", `${r.name}: ${r.detail}`, { ok: r.ok });
  }
  return {
    ok: !failed,
    results,
    reason: failed ? `smoke check "${failed.name}" failed on ${color}: ${failed.detail}` : "",
  };
}
