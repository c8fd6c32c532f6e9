import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
var E="/healthz",t="/readyz";var S="/metrics";function _(o){return o+10}var e={port:"PORT",host:"HOST",color:"SERVICE_COLOR",version:"APP_VERSION",gitSha:"GIT_SHA",drainSeconds:"DRAIN_SECONDS",logLevel:"LOG_LEVEL",metricsBearerToken:"METRICS_BEARER_TOKEN"},T=["CMD","node","-e",`fetch("http://127.0.0.1:"+(process.env.PORT||8080)+"${E}").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`];export{t as a,S as b,_ as c,e as d};
