import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
var o="/healthz",E="/readyz";var t=["CMD","node","-e",`fetch("http://127.0.0.1:"+(process.env.PORT||8080)+"${o}").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`];export{E as a};
