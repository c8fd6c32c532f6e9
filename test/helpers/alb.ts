/**
 * What moto does not do: route HTTP requests. A loopback stand-in for the ALB's data plane that
 * routes each request by the production listener's configuration as moto holds it (read with
 * the real SDK on every request): its rules in priority order (http-header and path-pattern
 * conditions; forward or fixed-response actions), else its weighted default forward. Target
 * groups map to the services started on loopback. So a smoke check passes through it only if
 * the delivery code configured the idle-color rule and its secret as the ALB would need them.
 */
import { createServer, request, type Server } from "node:http";
import {
  type Action,
  DescribeListenersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  type RuleCondition,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import type { ClientConfig } from "../../delivery/rehearsal/estate.ts";

export interface Alb {
  url: string;
  /** Which target group each request went to, in order. */
  routed: string[];
  close(): Promise<void>;
}

/** ALB wildcards: `*` any run of characters, `?` one; case-insensitive for headers. */
function matches(pattern: string, value: string, ignoreCase: boolean): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`, ignoreCase ? "i" : "").test(value);
}

function conditionHolds(
  c: RuleCondition,
  path: string,
  headers: Record<string, string | string[] | undefined>,
): boolean {
  if (c.Field === "http-header") {
    const name = c.HttpHeaderConfig?.HttpHeaderName?.toLowerCase() ?? "";
    const value = headers[name];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return values.some((v) => (c.HttpHeaderConfig?.Values ?? []).some((p) => matches(p, v, true)));
  }
  if (c.Field === "path-pattern") {
    const patterns = c.PathPatternConfig?.Values ?? c.Values ?? [];
    return patterns.some((p) => matches(p, path, false));
  }
  return false;
}

function pick(actions: Action[]): { targetGroup?: string; fixed?: { status: number; body: string } } {
  const fixed = actions.find((a) => a.Type === "fixed-response")?.FixedResponseConfig;
  if (fixed) return { fixed: { status: Number(fixed.StatusCode), body: fixed.MessageBody ?? "" } };
  const forward = actions.find((a) => a.Type === "forward");
  const tuples =
    forward?.ForwardConfig?.TargetGroups ??
    (forward?.TargetGroupArn ? [{ TargetGroupArn: forward.TargetGroupArn, Weight: 1 }] : []);
  const total = tuples.reduce((s, t) => s + (t.Weight ?? 1), 0);
  let r = Math.random() * total;
  for (const t of tuples) {
    r -= t.Weight ?? 1;
    if (r < 0) return { targetGroup: t.TargetGroupArn };
  }
  return {};
}

export async function startAlb(
  config: ClientConfig,
  listenerArn: string,
  backends: Record<string, string>,
): Promise<Alb> {
  const elb = new ElasticLoadBalancingV2Client(config);
  const routed: string[] = [];
  const server: Server = createServer(async (req, res) => {
    try {
      const path = (req.url ?? "/").split("?")[0]!;
      const [rules, listener] = await Promise.all([
        elb.send(new DescribeRulesCommand({ ListenerArn: listenerArn })),
        elb.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })),
      ]);
      const ordered = (rules.Rules ?? [])
        .filter((r) => !r.IsDefault)
        .sort((a, b) => Number(a.Priority) - Number(b.Priority));
      const rule = ordered.find((r) =>
        (r.Conditions ?? []).every((c) => conditionHolds(c, path, req.headers)),
      );
      const chosen = pick(rule?.Actions ?? listener.Listeners?.[0]?.DefaultActions ?? []);
      if (chosen.fixed) {
        res.writeHead(chosen.fixed.status, { "content-type": "application/json" });
        return res.end(chosen.fixed.body);
      }
      const backend = chosen.targetGroup ? backends[chosen.targetGroup] : undefined;
      if (!backend) {
        res.writeHead(503);
        return res.end("no target");
      }
      routed.push(chosen.targetGroup!);
      const up = new URL(backend);
      const proxied = request(
        { host: up.hostname, port: up.port, path: req.url, method: req.method, headers: req.headers },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        },
      );
      proxied.on("error", () => {
        res.writeHead(502);
        res.end();
      });
      req.pipe(proxied);
    } catch {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    routed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
