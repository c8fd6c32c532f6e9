/**
 * Who the alarm topic reaches, validated with the rest of the environment: a production
 * environment (`production: true`) needs at least one subscriber, or nobody hears an alarm.
 */
import type { EnvironmentConfig } from "./types.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PARAMETER = /^\/[A-Za-z0-9_.\-/]{1,1010}$/;
const SLACK_WORKSPACE = /^[0-9A-Z]{1,255}$/;
const SLACK_CHANNEL = /^[A-Za-z0-9]{1,255}$/;

/** How many subscribers the configuration gives the alarm topic. */
export function subscriberCount(env: EnvironmentConfig): number {
  const a = env.alerts;
  if (!a) return 0;
  return (
    (a.email?.length ?? 0) +
    (a.https?.length ?? 0) +
    (a.httpsEndpointParameters?.length ?? 0) +
    (a.slack ? 1 : 0)
  );
}

export function checkAlerts(env: EnvironmentConfig, problem: (field: string, reason: string) => void): void {
  if (env.production !== undefined && typeof env.production !== "boolean") {
    problem("production", `${JSON.stringify(env.production)} must be true or false`);
  }
  const a = env.alerts;
  a?.email?.forEach((address, i) => {
    if (typeof address !== "string" || !EMAIL.test(address))
      problem(`alerts.email[${i}]`, `${JSON.stringify(address)} is not an email address`);
  });
  a?.https?.forEach((url, i) => {
    let ok = false;
    try {
      ok = new URL(url).protocol === "https:";
    } catch {}
    if (!ok) problem(`alerts.https[${i}]`, `${JSON.stringify(url)} is not an https:// URL`);
  });
  a?.httpsEndpointParameters?.forEach((name, i) => {
    if (typeof name !== "string" || !PARAMETER.test(name)) {
      problem(
        `alerts.httpsEndpointParameters[${i}]`,
        `${JSON.stringify(name)} is not a Parameter Store name (/path/name)`,
      );
    }
  });
  if (a?.slack) {
    if (!SLACK_WORKSPACE.test(String(a.slack.workspaceId)))
      problem(
        "alerts.slack.workspaceId",
        `${JSON.stringify(a.slack.workspaceId)} is not a Slack workspace id`,
      );
    if (!SLACK_CHANNEL.test(String(a.slack.channelId)))
      problem("alerts.slack.channelId", `${JSON.stringify(a.slack.channelId)} is not a Slack channel id`);
  }
  if (env.production === true && subscriberCount(env) === 0) {
    problem(
      "alerts",
      "a production environment needs at least one subscriber (alerts.email, alerts.https, alerts.httpsEndpointParameters or alerts.slack)",
    );
  }
}
