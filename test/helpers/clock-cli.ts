/**
 * The `securecloud` delivery CLI on the virtual clock kept in the file SECURECLOUD_TEST_CLOCK
 * (test/helpers/virtual-clock.ts): the same `run` as cli/securecloud.ts, with only `now` and
 * `sleep` injected. Crash tests bundle and spawn it, so a child killed inside an analysis window
 * and its rerun see one continuous time without waiting for it.
 */
import { run } from "../../delivery/cli.ts";
import { fileClock } from "./virtual-clock.ts";

const file = process.env.SECURECLOUD_TEST_CLOCK;
if (!file) throw new Error("SECURECLOUD_TEST_CLOCK: the clock file is not set");
const clock = fileClock(file);
process.exitCode = await run(process.argv.slice(2), { now: clock.now, sleep: clock.sleep });
