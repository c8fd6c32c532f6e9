/** Types for scripts/guardtool.mjs, so TypeScript tests can find the pinned cfn-guard. */
export declare const GUARD_VERSION: string;
export declare function guardRoot(): string;
export declare function guardPath(): string;
/** Installs the pinned cfn-guard when missing (cargo install); returns the binary's path. */
export declare function ensureGuard(): string;
