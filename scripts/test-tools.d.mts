/** The actionlint release scripts/test-tools.mjs builds (tests check the binary reports it). */
export declare const ACTIONLINT_VERSION: string;
