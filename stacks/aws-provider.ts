import { AwsProvider } from "@cdktf/provider-aws/lib/provider/index.js";
import type { Construct } from "constructs";
import { PROJECT } from "../common/conventions.ts";

export interface EstateProviderProps {
  readonly region: string;
  /** The only account the provider may act in: a wrong profile fails before any change. */
  readonly accountId: string;
  /** The `Environment` tag (`staging`, `prod`, `bootstrap`). */
  readonly environment: string;
  readonly tags: { readonly Owner: string; readonly CostCenter: string };
}

/** The AWS provider of an estate stack: pinned to one account, tagging every resource. */
export function estateProvider(scope: Construct, props: EstateProviderProps): AwsProvider {
  return new AwsProvider(scope, "aws", {
    region: props.region,
    allowedAccountIds: [props.accountId],
    defaultTags: [
      {
        tags: {
          Project: PROJECT,
          Environment: props.environment,
          Owner: props.tags.Owner,
          CostCenter: props.tags.CostCenter,
          ManagedBy: "cdktf",
        },
      },
    ],
  });
}
