#!/usr/bin/env node
import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
import{j as r,k as s,l as i}from"./chunks/chunk-5WR5WGMN.mjs";import"./chunks/chunk-BTIGCNAJ.mjs";var o={traffic:{summary:"traffic status|shift|rollback: ALB weights between blue and green",load:async()=>(await import("./chunks/cli-S6MIZFST.mjs")).run},deploy:{summary:"deploy the idle color's ECS service with a new image",load:async()=>(await import("./chunks/cli-S6MIZFST.mjs")).run},gate:{summary:"compliance gate: rules over synthesized Terraform JSON, or live AWS Config (--live)",load:async()=>{let{run:n}=await import("./chunks/cli-CUUXINZW.mjs");return e=>n(e.slice(1))}},diff:{summary:"review diff of two synth outputs, security-relevant changes first",load:async()=>{let{run:n}=await import("./chunks/diff-FQ2UZ7UA.mjs");return e=>n(e.slice(1))}},cost:{summary:"monthly cost of each synthesized environment, line by line (offline price table)",load:async()=>{let{run:n}=await import("./chunks/cli-QERF7UJP.mjs");return e=>n(e.slice(1))}}},a=`usage: securecloud <command> [options]   (securecloud <command> --help for its options)
${Object.entries(o).map(([n,e])=>`  ${n.padEnd(8)} ${e.summary}`).join(`
`)}
exit codes: 0 ok, 1 a check failed, 2 bad input (nothing changed)
`;async function c(n){let[e]=n;if(e===void 0||e==="--help"||e==="-h"||e==="help")return process.stdout.write(a),e===void 0?r.usage:r.ok;let t=o[e];return t?(await t.load())(n):(process.stderr.write(`${i(new s("command",`unknown command "${e}" (expected ${Object.keys(o).join(", ")})`))}
`),r.usage)}process.exitCode=await c(process.argv.slice(2));export{a as USAGE,c as main};
