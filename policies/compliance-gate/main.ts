/**
 * Entry of the `compliance-gate` GitHub Action (bundled to dist/index.js). Thin on purpose:
 * it hands @actions/core to the tested library function and sets the process exit code.
 */
import * as core from "@actions/core";
import { runGateAction } from "../action.ts";

process.exitCode = await runGateAction(core);
