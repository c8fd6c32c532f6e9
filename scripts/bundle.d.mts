/** Types for scripts/bundle.mjs, so TypeScript tests and benchmarks can build bundles. */
export interface BundleEntry {
  /** Short name, as `node scripts/bundle.mjs NAME` takes it. */
  name?: string;
  /** Source file, relative to the repository root (or absolute). */
  entry: string;
  /** Output file, relative to the repository root (or absolute). */
  outfile: string;
  /** True for the bundles committed to the repository (run by a workflow without an install). */
  committed?: boolean;
}
export declare const entries: (BundleEntry & { name: string })[];
/** Builds one entry in memory: absolute path → contents (the bundle and its package.json). */
export declare function bundle(entry: BundleEntry): Promise<Record<string, string>>;
export declare function main(argv: string[]): Promise<number>;
