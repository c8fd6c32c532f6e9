/**
 * The CloudWatch Logs Insights queries an engineer runs during a flood, saved in the estate
 * (aws_cloudwatch_query_definition) so they are one click away in the console and one command
 * away in the runbook. Names are `securecloud-<env>-ip-flood-<id>`, as every name.
 *
 * Fields: the WAF log's documented schema (httpRequest.clientIp, .uri, .country, action,
 * terminatingRuleId) and the service's access-log lines (pino JSON: msg "request", status,
 * color, route, durationMs; see service/).
 */

export interface FloodQuery {
  readonly id: string;
  readonly description: string;
  /** Which log the query reads. */
  readonly log: "waf" | "service";
  readonly query: string;
}

export const FLOOD_QUERIES: readonly FloodQuery[] = [
  {
    id: "top-client-ips",
    description: "Who is sending: requests per client IP and country",
    log: "waf",
    query: [
      "fields httpRequest.clientIp as clientIp, httpRequest.country as country",
      "| stats count(*) as requests by clientIp, country",
      "| sort requests desc",
      "| limit 50",
    ].join("\n"),
  },
  {
    id: "top-uris",
    description: "What they ask for: requests per URI path and the WAF's action",
    log: "waf",
    query: [
      "fields httpRequest.uri as uri",
      "| stats count(*) as requests by uri, action",
      "| sort requests desc",
      "| limit 50",
    ].join("\n"),
  },
  {
    id: "blocked-by-rule",
    description: "What stops them: blocked requests per terminating rule and client IP, per minute",
    log: "waf",
    query: [
      'filter action = "BLOCK"',
      "| stats count(*) as blocked by terminatingRuleId, httpRequest.clientIp, bin(1m)",
      "| sort blocked desc",
      "| limit 100",
    ].join("\n"),
  },
  {
    id: "5xx-by-color",
    description: "Is the service hurting: 5xx answers per color per minute (blue and green)",
    log: "service",
    query: [
      'filter msg = "request" and status >= 500',
      "| stats count(*) as errors by color, bin(1m)",
      "| sort errors desc",
      "| limit 100",
    ].join("\n"),
  },
];

export function floodQueryName(envName: string, id: string): string {
  return `securecloud-${envName}-ip-flood-${id}`;
}
