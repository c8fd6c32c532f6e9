#!/usr/bin/env node
// Makes AWS's event-pattern engine (software.amazon.event.ruler, the library EventBridge's
// matching is built on) available to the tests: Maven resolves the pinned artifact and its
// dependencies from Maven Central into the local repository, and the classpath is cached
// outside the repository. Plain JavaScript: it runs before anything is compiled.
//
//   node scripts/eventruler.mjs           resolve if missing, print nothing when present
//   node scripts/eventruler.mjs --path    print the classpath
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const EVENT_RULER_VERSION = "1.8.1";

function root() {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(cache, "securecloud", `event-ruler-${EVENT_RULER_VERSION}`);
}

function fail(why) {
  process.stderr.write(`error: event-ruler: ${why}\n`);
  process.exit(2);
}

const POM = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>securecloud</groupId>
  <artifactId>event-ruler-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>software.amazon.event.ruler</groupId>
      <artifactId>event-ruler</artifactId>
      <version>${EVENT_RULER_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;

/** The classpath of event-ruler and its dependencies; resolves them with Maven when missing. */
export function eventRulerClasspath() {
  const dir = root();
  const file = join(dir, "classpath.txt");
  if (existsSync(file)) {
    const cp = readFileSync(file, "utf8").trim();
    if (cp.split(":").every((jar) => existsSync(jar))) return cp;
  }
  for (const tool of ["mvn", "java"]) {
    const r = spawnSync(tool, ["-version"], { encoding: "utf8" });
    if (r.error || r.status !== 0) fail(`${tool} is not on PATH (a JDK >= 17 and Maven are needed)`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "pom.xml"), POM);
  process.stderr.write(`event-ruler: resolving ${EVENT_RULER_VERSION} with Maven (first run only)\n`);
  const r = spawnSync(
    "mvn",
    ["-q", "-B", "-f", join(dir, "pom.xml"), "dependency:build-classpath", `-Dmdep.outputFile=${file}`],
    // Maven's own output goes to stderr: stdout carries only the classpath (--path).
    { stdio: ["ignore", 2, 2] },
  );
  if (r.status !== 0 || !existsSync(file)) fail(`mvn dependency:build-classpath exited ${r.status}`);
  return readFileSync(file, "utf8").trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cp = eventRulerClasspath();
  if (process.argv.includes("--path")) process.stdout.write(`${cp}\n`);
}
