import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
import{a,b,c}from"./chunk-7AQSXISR.mjs";import"./chunk-2RB3PS55.mjs";import"./chunk-YS4APYBB.mjs";import"./chunk-C5M7XDRO.mjs";import"./chunk-TVUQR67J.mjs";import"./chunk-GMNNGIAV.mjs";import"./chunk-BHSYQMBW.mjs";import"./chunk-UTYR2JFZ.mjs";import"./chunk-ZSJGBZE3.mjs";import"./chunk-653XR27F.mjs";import"./chunk-OLEJZ4JH.mjs";export{b as AwsCallError,a as LiveTimeoutError,c as runLiveGate};
