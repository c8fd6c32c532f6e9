import { serviceClients } from "../../aws/clients.ts";
import { type DeployResult, deploy } from "../../commands/deploy.ts";
import { parseDeploy } from "../../inputs.ts";
import { recentHistory } from "../history.ts";
import type { ActionSpec } from "../kit.ts";

/** The `deploy` action: inputs, outputs and job-summary facts around the library call. */
export const deployAction: ActionSpec<ReturnType<typeof parseDeploy>, DeployResult> = {
  title: "securecloud deploy",
  inputs: ["listener", "cluster", "image", "container", "timeout", "run-id", "actor", "region", "dry-run"],
  parse: (raw, env) => parseDeploy(raw, env),
  execute: async (ctx, opts, aws) => deploy(ctx, await serviceClients(aws), opts),
  outputs: (r) => ({
    weights: r.weights,
    rolloutState: r.rolloutState,
    extra: {
      color: r.color ?? "",
      "idle-color": r.color ?? "",
      service: r.service ?? "",
      "task-definition-arn": r.taskDefinitionArn ?? "",
      "previous-task-definition-arn": r.previousTaskDefinitionArn ?? "",
    },
  }),
  facts: (opts, r) => [
    ["image", opts.image],
    ["idle color deployed", r.color ?? "none"],
    ["service", r.service ?? "?"],
    ["task definition", r.taskDefinitionArn ?? "not registered"],
    ["previous task definition", r.previousTaskDefinitionArn ?? "?"],
    ["targets", r.health ? `${r.health.healthy}/${r.health.total} healthy` : "not checked"],
    ["test routes", r.routes.join("; ") || "unchanged"],
  ],
  appendix: (opts, _r, aws) => recentHistory(opts, aws),
};
