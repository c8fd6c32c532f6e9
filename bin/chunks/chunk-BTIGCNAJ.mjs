import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
var d=Object.defineProperty;var e=(c,a)=>{for(var b in a)d(c,b,{get:a[b],enumerable:!0})};export{e as a};
