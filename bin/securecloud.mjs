#!/usr/bin/env node
import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
import{b as k}from"./chunks/chunk-3VUJVHBU.mjs";import{b as x}from"./chunks/chunk-FUXZQHVX.mjs";import{s as f,t as g,u as y,v}from"./chunks/chunk-3KDCGX6Q.mjs";import"./chunks/chunk-TO5ZK2XB.mjs";import{a as r}from"./chunks/chunk-VPNL6TUA.mjs";import{j as o,k as h,l as m,m as p}from"./chunks/chunk-YS4APYBB.mjs";import"./chunks/chunk-OLEJZ4JH.mjs";var w={name:"securecloud-monitor",version:"0.1.0",private:!0,description:"Blue/green ECS estate behind a WAF-protected ALB: cdktf stacks, the Koa service, delivery actions and compliance gates.",type:"module",engines:{node:">=20.19"},bin:{securecloud:"bin/securecloud.mjs"},scripts:{synth:"node scripts/synth.mjs --summary",test:"node scripts/test-tools.mjs && ava",lint:"biome check .",format:"biome format --write .",typecheck:"tsc --noEmit -p tsconfig.json",bench:"node scripts/test-tools.mjs && tsx test/bench/run.ts",securecloud:"node bin/securecloud.mjs",rehearse:"node scripts/test-tools.mjs && tsx delivery/rehearse.ts",bundle:"node scripts/bundle.mjs",checkov:"node scripts/test-tools.mjs && tsx policies/checkov-report.ts",service:"tsx --env-file=service/dev.env service/server.ts"},ava:{extensions:{ts:"module"},nodeArguments:["--import=tsx"],files:["test/**/*.test.ts"],timeout:"120s",workerThreads:!1},dependencies:{"@actions/core":"3.0.1","@aws-sdk/client-cloudwatch":"3.1162.0","@aws-sdk/client-config-service":"3.1124.0","@aws-sdk/client-ecs":"3.1162.0","@aws-sdk/client-elastic-load-balancing-v2":"3.1142.0","@cdktf/provider-aws":"21.22.1","@smithy/core":"3.41.0","@smithy/types":"4.20.0",cdktf:"0.21.0",commander:"14.0.3",constructs:"10.8.1",helmet:"8.3.0","ipaddr.js":"2.5.0",koa:"3.3.0","koa-helmet":"9.0.0",pino:"10.4.0","prom-client":"15.1.3"},devDependencies:{"@aws-sdk/client-ec2":"3.1169.0","@balena/dockerignore":"1.0.2","@biomejs/biome":"2.6.8","@cdktf/hcl2json":"0.21.0","@koa/router":"15.7.0","@types/koa":"3.0.3","@types/node":"20.19.43",ajv:"8.20.0","ajv-draft-04":"1.0.0",autocannon:"9.0.0",ava:"7.0.0","aws-sdk-client-mock":"4.1.0","cdktf-cli":"0.21.0",esbuild:"0.28.2","fast-check":"4.10.2","koa-pino-logger":"5.0.0",tsx:"4.23.15",typescript:"7.0.2",yaml:"2.9.1"}};var c=async()=>(await import("./chunks/cli-5K3EVFTN.mjs")).run,a=[{command:f,load:c},{command:g,load:c},{command:y,load:c},{command:v,load:c},{command:k,load:async()=>{let{run:e}=await import("./chunks/cli-ZYIJ2E56.mjs");return t=>e(t.slice(1))}},{command:x,load:async()=>{let{run:e}=await import("./chunks/review-OHY34E5V.mjs");return t=>e(t.slice(1))}}],S=w.version;function $(e){let t=Math.max(...e.map(n=>n.command.path.length));return e.map(n=>`  ${n.command.path.padEnd(t)}  ${n.command.summary}`).join(`
`)}var b=`usage: ${r} <command> [options]

commands:
${$(a)}

Run \`${r} <command> --help\` for a command's options, defaults and examples.
Every command that prints a result takes -o/--output (text or json at least).
  -V, --version  print the version
  -h, --help     show this help
exit codes: ${h}
`;function A(e,t){return`usage: ${r} ${e} <subcommand> [options]

subcommands:
${$(t)}

Run \`${r} ${e} <subcommand> --help\` for its options, defaults and examples.
`}var E=e=>e==="--help"||e==="-h"||e==="help",F={stdout:e=>process.stdout.write(e),stderr:e=>process.stderr.write(e)};async function u(e,t=F){let[n,i]=e;if(n===void 0)return t.stderr(b),o.usage;if(n==="--version"||n==="-V"||n==="version")return t.stdout(`${r} ${S}
`),o.ok;if(E(n))return n==="help"&&i!==void 0?u([...e.slice(1),"--help"],t):(t.stdout(b),o.ok);let l=a.find(s=>s.command.path===`${n} ${i}`)??a.find(s=>s.command.path===n);if(l)return(await l.load())(e);let d=a.filter(s=>s.command.path.startsWith(`${n} `));if(d.length>0){let s=d.map(T=>T.command.path.slice(n.length+1));if(E(i))return t.stdout(A(n,d)),o.ok;let C=i===void 0?`missing subcommand (expected ${s.join(", ")})`:`unknown subcommand "${i}" (expected ${s.join(", ")})`;return t.stderr(`${p(new m(n,C))}
`),o.usage}let I=[...new Set(a.map(s=>s.command.path.split(" ")[0]))];return t.stderr(`${p(new m("command",`unknown command "${n}" (expected ${I.join(", ")}; see ${r} --help)`))}
`),o.usage}function j(e){e.on("error",t=>{throw t.code==="EPIPE"&&process.exit(process.exitCode??o.ok),t})}j(process.stdout);j(process.stderr);process.exitCode=await u(process.argv.slice(2));
