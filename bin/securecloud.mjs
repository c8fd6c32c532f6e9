#!/usr/bin/env node
// `securecloud` from its sources: registers tsx (a dev dependency, installed by `npm ci`) and
// runs cli/securecloud.ts, so a local edit shows at once. Nothing here is generated; the only
// committed bundle is the rollback action's (see scripts/bundle.mjs).
import { register } from "tsx/esm/api";

register();
await import("../cli/securecloud.ts");
