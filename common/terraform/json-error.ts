/**
 * Where a JSON text first goes wrong, for a one-line error that names the line and column
 * (Node 20's JSON.parse messages carry no position). Only called after JSON.parse failed.
 */

export function jsonSyntaxError(text: string): { line: number; column: number; problem: string } {
  let i = 0;
  const n = text.length;
  const fail = (problem: string): never => {
    throw Object.assign(new Error(problem), { at: i });
  };
  const ws = (): void => {
    while (i < n && " \t\n\r".includes(text[i]!)) i++;
  };
  const unexpected = (): never =>
    fail(i >= n ? "unexpected end of input" : `unexpected ${JSON.stringify(text[i])}`);
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else unexpected();
  };
  const string = (): void => {
    i++; // opening quote
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail("bad \\u escape");
          }
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          i++;
          fail("bad escape in string");
        }
        i += 2;
        continue;
      }
      if (c < " ") fail("control character in string");
      i++;
    }
    fail("unterminated string");
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) unexpected();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"')
          fail(
            i >= n ? "unexpected end of input" : `expected a property name, got ${JSON.stringify(text[i])}`,
          );
        string();
        ws();
        if (text[i] !== ":")
          fail(i >= n ? "unexpected end of input" : `expected ":", got ${JSON.stringify(text[i])}`);
        i++;
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(i >= n ? "unexpected end of input" : `expected "," or "}", got ${JSON.stringify(text[i])}`);
      }
    } else if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(i >= n ? "unexpected end of input" : `expected "," or "]", got ${JSON.stringify(text[i])}`);
      }
    } else if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) number();
    else unexpected();
  };
  let problem = "invalid JSON";
  try {
    value();
    ws();
    if (i < n) fail(`unexpected ${JSON.stringify(text[i])} after the JSON value`);
  } catch (e) {
    problem = (e as Error).message;
  }
  const before = text.slice(0, i);
  const line = before.split("\n").length;
  const column = i - before.lastIndexOf("\n");
  return { line, column, problem };
}
