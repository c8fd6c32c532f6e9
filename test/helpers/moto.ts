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

/** The hooks of a test file (ava's `test`). */
interface FileHooks {
  before(fn: () => Promise<void>): void;
  after: { always(fn: () => Promise<void>): void };
}

/**
 * One moto server for a test file: started before its tests, stopped after them. The value is
 * usable as a `Moto` inside the tests (not at module load, when nothing has started yet).
 */
export function motoForFile(test: FileHooks, options: StartMotoOptions = {}): Moto {
  let server: Moto | undefined;
  test.before(async () => {
    server = await startMoto(options);
  });
  test.after.always(async () => {
    await server?.stop();
  });
  const started = (): Moto => {
    if (!server) throw new Error("moto is not started yet: use it inside the tests");
    return server;
  };
  return {
    get endpoint() {
      return started().endpoint;
    },
    get port() {
      return started().port;
    },
    get region() {
      return started().region;
    },
    get credentials() {
      return started().credentials;
    },
    clientConfig: () => started().clientConfig(),
    env: (extra) => started().env(extra),
    reset: () => started().reset(),
    stop: () => started().stop(),
  };
}
