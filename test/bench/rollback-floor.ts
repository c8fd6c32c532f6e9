/**
 * The bench's floor for the rollback bundle's start: what the rollback action loaded before the
 * rollout lease (@actions/core and the ELBv2 client), bundled the same way. Exits 2 on its
 * missing input as the action does.
 */
import { getInput, setFailed } from "@actions/core";
import {
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";

const client = new ElasticLoadBalancingV2Client({ region: "us-east-1" });
if (!getInput("listener")) {
  setFailed(`listener: is required (${typeof client.send}, ${typeof ModifyListenerCommand})`);
  process.exitCode = 2;
}
