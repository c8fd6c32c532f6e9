import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import test from "ava";
import { createLogger, TurnBatchedStream } from "../../service/logger.ts";
import { baseConfig, ROOT } from "./helpers.ts";

/** A sink that records each write it gets, as one chunk. */
class Writes {
  readonly chunks: string[] = [];
  write(chunk: string): void {
    this.chunks.push(chunk);
  }
}

const endOfTurn = () => new Promise((resolve) => setImmediate(resolve));

test("lines logged in one turn reach the sink as one write, in order, when the turn ends", async (t) => {
  const sink = new Writes();
  const stream = new TurnBatchedStream(sink);
  stream.write("a\n");
  stream.write("b\n");
  stream.write("c\n");
  t.deepEqual(sink.chunks, [], "nothing is written before the turn ends");
  await endOfTurn();
  t.deepEqual(sink.chunks, ["a\nb\nc\n"]);
  stream.write("d\n");
  await endOfTurn();
  t.deepEqual(sink.chunks, ["a\nb\nc\n", "d\n"], "a line logged alone is written in its own turn");
  await endOfTurn();
  t.is(sink.chunks.length, 2, "an empty turn writes nothing");
});

test("a batch reaching maxChars is written at once, without waiting for the turn to end", (t) => {
  const sink = new Writes();
  const stream = new TurnBatchedStream(sink, 10);
  stream.write("12345\n");
  t.deepEqual(sink.chunks, []);
  stream.write("67890\n");
  t.deepEqual(sink.chunks, ["12345\n67890\n"]);
});

test("flush writes what is waiting synchronously, then calls back", (t) => {
  const sink = new Writes();
  const stream = new TurnBatchedStream(sink);
  stream.write("x\n");
  let called = false;
  stream.flush(() => {
    called = true;
  });
  t.deepEqual(sink.chunks, ["x\n"]);
  t.true(called);
  stream.flush();
  t.is(sink.chunks.length, 1, "flushing nothing writes nothing");
});

test("pino lines through the batching stream are whole JSON lines after logger.flush()", (t) => {
  const sink = new Writes();
  const logger = createLogger(baseConfig, new TurnBatchedStream(sink));
  logger.info({ status: 200 }, "request");
  logger.warn("careful");
  logger.flush();
  const lines = sink.chunks.join("").split("\n").filter(Boolean);
  t.deepEqual(
    lines.map((l) => {
      const { level, msg, color } = JSON.parse(l);
      return { level, msg, color };
    }),
    [
      { level: "info", msg: "request", color: "green" },
      { level: "warn", msg: "careful", color: "green" },
    ],
  );
});

test("lines still waiting when the process exits are written to stdout", (t) => {
  const logger = pathToFileURL(`${ROOT}service/logger.ts`).href;
  const script = `
    import { createLogger } from ${JSON.stringify(logger)};
    const log = createLogger({ logLevel: "info", color: "blue", version: "1.0.0" });
    log.info("first");
    log.info("last words");
    process.exit(3);
  `;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], {
    cwd: ROOT,
    encoding: "utf8",
  });
  t.is(child.status, 3, child.stderr);
  const msgs = child.stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l).msg);
  t.deepEqual(msgs, ["first", "last words"]);
});
