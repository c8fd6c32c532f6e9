/**
 * moto's AWS API emulator for tests: each `startMoto()` is its own `moto_server` (from the
 * project venv) on a free loopback port, answered before it is returned, so tests in different
 * files never share AWS state. The launcher is the rehearsal's (delivery/rehearsal/moto.ts).
 *
 *   const moto = await startMoto();
 *   t.teardown(() => moto.stop());
 *   const elb = new ElasticLoadBalancingV2Client(moto.clientConfig());   // in-process
 *   spawn(process.execPath, [...], { env: moto.env() });                 // a child process
 */
import { type MotoServer, startMotoServer } from "../../delivery/rehearsal/moto.ts";

export type Moto = MotoServer;

export interface StartMotoOptions {
  region?: string;
  /** Extra environment for moto itself, e.g. { MOTO_ECS_SERVICE_RUNNING: "2" }. */
  env?: Record<string, string>;
}

export function startMoto(options: StartMotoOptions = {}): Promise<Moto> {
  return startMotoServer(options);
}
