/**
 * The block-ips runbook's script (aws:executeScript, Python 3.11, boto3), kept as a Python
 * file of its own so it is linted and tested as Python: it validates every address before
 * writing anything, merges the new ones (those no listed range already covers) into the
 * blocklist IP set of their family under WAF's lock token (retrying when someone else wrote
 * in between), keeps the set's description, and reports what it blocked and what already was.
 */
import { readFileSync } from "node:fs";

export const BLOCK_IPS_SCRIPT_PATH = new URL("./block_ips.py", import.meta.url);

export const BLOCK_IPS_SCRIPT = readFileSync(BLOCK_IPS_SCRIPT_PATH, "utf8");
