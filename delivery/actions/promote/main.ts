/** Entry of the action (bundled to dist/index.js): hands @actions/core to the tested spec. */
import { getInput, info, setFailed, setOutput, summary, warning } from "@actions/core";
import { runAction } from "../kit.ts";
import { promoteAction } from "./spec.ts";

// Named imports, not the namespace: the bundle keeps only the parts of @actions/core used.
const core = { getInput, setOutput, setFailed, info, warning, summary };
process.exitCode = await runAction(core, promoteAction);
