import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
import{a,b,c,d,e,f,g}from"./chunk-C5M7XDRO.mjs";import"./chunk-UTYR2JFZ.mjs";import"./chunk-ZSJGBZE3.mjs";import"./chunk-653XR27F.mjs";import"./chunk-OLEJZ4JH.mjs";export{f as ENV_ACCOUNT_ID,e as ENV_CREDENTIAL_SCOPE,d as ENV_EXPIRATION,a as ENV_KEY,b as ENV_SECRET,c as ENV_SESSION,g as fromEnv};
