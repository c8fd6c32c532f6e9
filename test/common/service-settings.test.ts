import test from "ava";
import fc from "fast-check";
import { errorLine } from "../../common/conventions.ts";
import { SERVICE_ENV } from "../../common/service-contract.ts";
import {
  ConfigError,
  checkServiceEnvironment,
  METRICS_TOKEN_MIN_CHARS,
  parseServiceSettings,
  SERVICE_SETTINGS,
} from "../../common/service-settings.ts";
import { loadConfig } from "../../service/config.ts";
import { BAD } from "../helpers/service-settings.ts";

const TOKEN = "k9".repeat(METRICS_TOKEN_MIN_CHARS / 2);

/** The line the service prints when it refuses `env` at start, or undefined if it starts. */
function serviceRefusal(env: Record<string, string>): string | undefined {
  try {
    loadConfig(env);
    return undefined;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return errorLine(err);
  }
}

for (const [env, variable] of BAD) {
  test(`synth refuses what the service refuses: ${JSON.stringify(env).slice(0, 70)}`, (t) => {
    const refusal = serviceRefusal(env);
    t.truthy(refusal);
    const problems = checkServiceEnvironment(env);
    t.is(problems[0]?.variable, variable);
    t.is(`error: ${problems[0]?.message}`, refusal ?? "the service started");
    t.is(problems[0]?.message, `${problems[0]?.variable}: ${problems[0]?.why}`);
    t.is(problems[0]?.message.split("\n").length, 1);
  });
}

test("the message names the variable and why, as in the service's refusal", (t) => {
  t.deepEqual(checkServiceEnvironment({ SERVICE_COLOR: "blue", LOG_LEVEL: "verbose" }), [
    {
      variable: "LOG_LEVEL",
      why: 'must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
      message: 'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
    },
  ]);
});

test("every bad variable is reported, in the order the service checks them", (t) => {
  const problems = checkServiceEnvironment({ LOG_LEVEL: "loud", PORT: "http", DRAIN_SECONDS: "300" });
  t.deepEqual(
    problems.map((p) => p.variable),
    ["PORT", "SERVICE_COLOR", "DRAIN_SECONDS", "LOG_LEVEL"],
  );
  t.is(
    `error: ${problems[0]?.message}`,
    serviceRefusal({ LOG_LEVEL: "loud", PORT: "http", DRAIN_SECONDS: "300" }) ?? "the service started",
  );
});

test("a variable named as a secret counts as present and its value is left to the service", (t) => {
  t.deepEqual(checkServiceEnvironment({}, [SERVICE_ENV.color]), []);
  t.deepEqual(
    checkServiceEnvironment({ PORT: "8080" }, ["LOG_LEVEL", "METRICS_BEARER_TOKEN", "SERVICE_COLOR"]),
    [],
  );
  // A required variable that is neither set nor a secret is still missing.
  t.deepEqual(
    checkServiceEnvironment({ PORT: "8080" }, ["LOG_LEVEL"]).map((p) => p.message),
    ['SERVICE_COLOR: is required: "blue" or "green"'],
  );
  // A value given for a name that is also a secret is not checked: the secret wins at run time.
  t.deepEqual(checkServiceEnvironment({ SERVICE_COLOR: "blue", LOG_LEVEL: "verbose" }, ["LOG_LEVEL"]), []);
});

test("what the task definition sets passes: plain settings and the metrics token as a secret", (t) => {
  const environment = { SERVICE_COLOR: "green", PORT: "8080", DRAIN_SECONDS: "30", LOG_LEVEL: "info" };
  t.deepEqual(checkServiceEnvironment(environment, ["METRICS_BEARER_TOKEN"]), []);
  t.is(serviceRefusal({ ...environment, METRICS_BEARER_TOKEN: TOKEN }), undefined);
});

test("the metrics token as a plain value is refused at synth, whatever its value, and never shown", (t) => {
  const problems = checkServiceEnvironment({ SERVICE_COLOR: "blue", METRICS_BEARER_TOKEN: TOKEN });
  t.deepEqual(
    problems.map((p) => p.variable),
    ["METRICS_BEARER_TOKEN"],
  );
  t.regex(problems[0]?.why ?? "", /holds a secret/);
  for (const bad of ["short", TOKEN.replace("k", " ")]) {
    const [problem] = checkServiceEnvironment({ SERVICE_COLOR: "blue", METRICS_BEARER_TOKEN: bad });
    t.false(problem?.message.includes(bad), problem?.message);
  }
  t.false(
    serviceRefusal({ SERVICE_COLOR: "blue", METRICS_BEARER_TOKEN: "short-secret" })?.includes("short-secret"),
  );
});

test("the service reads the metrics token when it is set and leaves it out when it is not", (t) => {
  t.is(
    parseServiceSettings({ SERVICE_COLOR: "blue", METRICS_BEARER_TOKEN: TOKEN }).metricsBearerToken,
    TOKEN,
  );
  t.false("metricsBearerToken" in parseServiceSettings({ SERVICE_COLOR: "blue", METRICS_BEARER_TOKEN: "" }));
});

test("the schema lists every variable of the contract, the token alone as a secret", (t) => {
  t.deepEqual(SERVICE_SETTINGS.map((s) => s.variable).sort(), Object.values(SERVICE_ENV).sort());
  t.deepEqual(
    SERVICE_SETTINGS.filter((s) => s.secret).map((s) => s.variable),
    [SERVICE_ENV.metricsBearerToken],
  );
});

// For any environment (no secrets), the synth check refuses exactly when the service does, with
// the service's line first.
const value = fc.oneof(
  fc.constantFrom(
    "",
    "0",
    "8080",
    "65536",
    "blue",
    "green",
    "red",
    "info",
    "verbose",
    "debug",
    "::1",
    "10.0.0.1",
  ),
  fc.constantFrom("abcdef1", "ABCDEF1234", "xyz", "1.0.0", "v2+build.7", " 1", "30", "110", "111", "-1"),
  fc.string({ maxLength: 12 }),
);
const environment = fc.dictionary(
  fc.constantFrom(...Object.values(SERVICE_ENV).filter((v) => v !== SERVICE_ENV.metricsBearerToken)),
  value,
);

test("for any environment, synth refuses exactly what the service refuses, with the same first line", (t) => {
  fc.assert(
    fc.property(environment, (env) => {
      const refusal = serviceRefusal(env);
      const problems = checkServiceEnvironment(env);
      if (refusal === undefined) return problems.length === 0;
      return problems.length > 0 && `error: ${problems[0]?.message}` === refusal;
    }),
    { numRuns: 1000 },
  );
  t.pass();
});
