/** Types for scripts/eventruler.mjs, so TypeScript tests can find AWS's event-pattern engine. */
export declare const EVENT_RULER_VERSION: string;
/** The classpath of software.amazon.event.ruler and its dependencies (resolved with Maven when missing). */
export declare function eventRulerClasspath(): string;
