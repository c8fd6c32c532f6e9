import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
import{a,b,c}from"./chunk-YDY5S5OL.mjs";import"./chunk-UMMK47N5.mjs";import"./chunk-5WR5WGMN.mjs";import"./chunk-MY36IATJ.mjs";import"./chunk-7GAIWQQ4.mjs";import"./chunk-GMNNGIAV.mjs";import"./chunk-IYKI2UB2.mjs";import"./chunk-OVSZYVQU.mjs";import"./chunk-5I5HQLWP.mjs";import"./chunk-653XR27F.mjs";import"./chunk-BTIGCNAJ.mjs";export{b as AwsCallError,a as LiveTimeoutError,c as runLiveGate};
