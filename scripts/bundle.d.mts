/** Types for scripts/bundle.mjs, so TypeScript tests and benchmarks can build bundles. */
export interface BundleEntry {
  /** Source file, relative to the repository root (or absolute). */
  entry: string;
  /** Output file, relative to the repository root (or absolute). */
  outfile: string;
}
export declare const entries: BundleEntry[];
/** Builds one entry in memory: absolute path → contents (the bundle and its package.json). */
export declare function bundle(entry: BundleEntry): Promise<Record<string, string>>;
export declare function main(argv: string[]): Promise<number>;
