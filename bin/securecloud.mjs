#!/usr/bin/env node
import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
import{j as n,k as s,l as a}from"./chunks/chunk-5WR5WGMN.mjs";import"./chunks/chunk-BTIGCNAJ.mjs";var o={traffic:{summary:"traffic status|shift|rollback: ALB weights between blue and green",load:async()=>(await import("./chunks/cli-S6MIZFST.mjs")).run},deploy:{summary:"deploy the idle color's ECS service with a new image",load:async()=>(await import("./chunks/cli-S6MIZFST.mjs")).run},gate:{summary:"compliance gate: rules over synthesized Terraform JSON, or live AWS Config (--live)",load:async()=>{let{run:r}=await import("./chunks/cli-FTB2UWB2.mjs");return e=>r(e.slice(1))}},diff:{summary:"review diff of two synth outputs, security-relevant changes first",load:async()=>{let{run:r}=await import("./chunks/review-GCTAZCZR.mjs");return e=>r(e.slice(1))}}},i=`usage: securecloud <command> [options]   (securecloud <command> --help for its options)
${Object.entries(o).map(([r,e])=>`  ${r.padEnd(8)} ${e.summary}`).join(`
`)}
exit codes: 0 ok, 1 a check failed, 2 bad input (nothing changed)
`;async function c(r){let[e]=r;if(e===void 0||e==="--help"||e==="-h"||e==="help")return process.stdout.write(i),e===void 0?n.usage:n.ok;let t=o[e];return t?(await t.load())(r):(process.stderr.write(`${a(new s("command",`unknown command "${e}" (expected ${Object.keys(o).join(", ")})`))}
`),n.usage)}process.exitCode=await c(process.argv.slice(2));export{i as USAGE,c as main};
