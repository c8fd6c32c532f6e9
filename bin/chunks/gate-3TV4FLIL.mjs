import { createRequire as __securecloudRequire } from "node:module";
const require = __securecloudRequire(import.meta.url);
import{a,b,c}from"./chunk-NWIEOMRF.mjs";import"./chunk-U32BA37Z.mjs";import"./chunk-YS4APYBB.mjs";import"./chunk-A2ICDMGF.mjs";import"./chunk-UNP3SIMZ.mjs";import"./chunk-GMNNGIAV.mjs";import"./chunk-BHSYQMBW.mjs";import"./chunk-7IGFWWE5.mjs";import"./chunk-ZSJGBZE3.mjs";import"./chunk-653XR27F.mjs";import"./chunk-OLEJZ4JH.mjs";export{b as AwsCallError,a as LiveTimeoutError,c as runLiveGate};
