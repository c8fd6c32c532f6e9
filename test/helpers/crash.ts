/**
 * Crash tests' rig: a bundled `securecloud` child process reaching moto through the fault proxy,
 * killed with SIGKILL at an exact write. The proxy holds the chosen request (before or after
 * moto applied it) while the test kills the child. The writes are learnt from one clean run of
 * the same child, so a write added to a command later gets its own kill points without touching
 * the tests.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { buildCliBundle } from "./cli-bundle.ts";
import { fastEnv } from "./delivery.ts";
import { type FaultProxy, type ProxiedRequest, startFaultProxy } from "./fault-proxy.ts";
import type { Moto } from "./moto.ts";

export interface Write {
  operation: string;
  /** This operation's count in the run (1-based), as the proxy numbers requests. */
  n: number;
}

export interface Child {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
}

export interface CrashRig {
  proxy: FaultProxy;
  /** Runs `argv` in a child through the proxy, with `env` added to the fast environment. */
  spawn(argv: string[], env?: Record<string, string>): Child;
  /** The writes one clean child run of `argv` makes, in order; throws when it fails. */
  learn(argv: string[], env?: Record<string, string>): Promise<Write[]>;
  /**
   * Runs `argv` in a child and SIGKILLs it while the proxy holds `write`, before or (`after`)
   * once AWS applied it; returns the requests the child made up to then.
   */
  killAt(
    argv: string[],
    write: Write,
    after: boolean,
    env?: Record<string, string>,
  ): Promise<ProxiedRequest[]>;
  close(): Promise<void>;
}

/** `entry`: the CLI's entry point to bundle (default the real binary, cli/securecloud.ts). */
export async function startCrashRig(moto: Moto, entry?: string): Promise<CrashRig> {
  const [bundle, proxy] = await Promise.all([buildCliBundle(entry), startFaultProxy(moto.endpoint)]);
  const spawnChild = (argv: string[], env: Record<string, string> = {}): Child => {
    const child = spawn(process.execPath, [bundle.path, ...argv], {
      env: fastEnv(proxy.endpoint, { NODE_NO_WARNINGS: "1", ...env }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (c: Buffer) => {
      output += c;
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    return {
      child,
      exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
      output: () => output,
    };
  };
  return {
    proxy,
    spawn: spawnChild,
    async learn(argv, env = {}) {
      proxy.clear();
      const run = spawnChild(argv, env);
      const code = await run.exited;
      if (code !== 0) throw new Error(`clean run failed (exit ${code}):\n${run.output()}`);
      return proxy.mutatingCalls().map((c) => ({ operation: c.operation, n: c.n }));
    },
    async killAt(argv, write, after, env = {}) {
      proxy.clear();
      proxy.add({
        match: (r) => r.operation === write.operation && r.n === write.n,
        fault: { kind: after ? "hold-after" : "hold" },
      });
      const run = spawnChild(argv, env);
      const held = await Promise.race([proxy.nextHeld(), run.exited.then(() => null)]);
      if (held === null)
        throw new Error(`the child exited before ${write.operation} #${write.n}:\n${run.output()}`);
      run.child.kill("SIGKILL");
      await run.exited;
      const log = [...proxy.log];
      proxy.clear();
      return log;
    },
    async close() {
      await proxy.close();
      bundle.cleanup();
    },
  };
}

/** Production-listener writes that took effect in AWS among `log`. */
export function appliedListenerWrites(log: ProxiedRequest[], listenerArn: string): number {
  return log.filter(
    (r) =>
      r.operation === "ModifyListener" &&
      r.body.includes(encodeURIComponent(listenerArn)) &&
      (r.fault === undefined || r.fault === "hold-after"),
  ).length;
}

/** A kill point's name in assertion messages. */
export const killName = (w: Write, after: boolean) =>
  `${w.operation} #${w.n} (${after ? "after" : "before"})`;
