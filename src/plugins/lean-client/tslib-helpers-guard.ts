/**
 * Guard of ./tslib-helpers.mjs: once the client bundle is optimised, every
 * script is searched for calls of tslib's helpers (`x.__awaiter(`,
 * `(0, x.__rest)(`: property names survive minification). A helper that the
 * shim does not export would be undefined in the browser, so the build stops
 * and says which one to add.
 */
import {createRequire} from 'node:module';

const require = createRequire(__filename);

/** Names of every helper tslib exports (its CommonJS build, the reference). */
export const TSLIB_HELPERS: ReadonlySet<string> = new Set(Object.keys(require('tslib') as object).filter((k) => k.startsWith('__')));

/** Helpers the shim exports, read from its source. */
export function shimExports(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const n of m[1]!.split(',')) if (n.trim()) names.add(n.trim().split(/\s+as\s+/).pop()!);
  return names;
}

/** tslib helpers the code calls that are not in `allowed`. */
export function missingHelpers(code: string, allowed: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\.(__[A-Za-z]+)\b/g)) if (TSLIB_HELPERS.has(m[1]!) && !allowed.has(m[1]!)) found.add(m[1]!);
  return [...found].sort();
}

interface Source {
  source(): string | Buffer;
}
interface BundlerCompilation {
  hooks: {processAssets: {tap(options: {name: string; stage: number}, fn: () => void): void}};
  getAssets(): ReadonlyArray<{name: string; source: Source}>;
  errors: Error[];
}
interface BundlerCompiler {
  webpack: {Compilation: {PROCESS_ASSETS_STAGE_ANALYSE: number}};
  hooks: {thisCompilation: {tap(name: string, fn: (compilation: BundlerCompilation) => void): void}};
}

export class TslibHelpersPlugin {
  constructor(private readonly allowed: ReadonlySet<string>) {}

  apply(compiler: BundlerCompiler): void {
    compiler.hooks.thisCompilation.tap('TslibHelpersPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({name: 'TslibHelpersPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE}, () => {
        for (const asset of compilation.getAssets()) {
          if (!asset.name.endsWith('.js')) continue;
          const missing = missingHelpers(String(asset.source.source()), this.allowed);
          if (missing.length > 0) {
            compilation.errors.push(
              new Error(`lean-client: ${asset.name} calls tslib's ${missing.join(', ')}, which src/plugins/lean-client/tslib-helpers.mjs does not export: add ${missing.length > 1 ? 'them' : 'it'} to its export list.`),
            );
          }
        }
      });
    });
  }
}
