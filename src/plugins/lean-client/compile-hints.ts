/**
 * Marks the scripts every page runs at start (the `main` entry: runtime~main.js
 * and main.js) with V8's per-file compile hint, `//# allFunctionsCalledOnLoad`
 * (https://github.com/WICG/explicit-javascript-compile-hints-file-based, on by
 * default in Chromium). Chromium then compiles their functions on the thread
 * that streams the download, instead of one by one on the main thread the first
 * time main.js calls them, inside the longest task of every page. Browsers that
 * do not know the comment ignore it.
 *
 * Added after minification (which drops comments), before the content hashes.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The entry whose scripts are marked. */
const ENTRY = 'main';

interface Source {
  source(): string | Buffer;
}
interface BundlerCompilation {
  entrypoints: ReadonlyMap<string, {getFiles(): string[]}>;
  hooks: {processAssets: {tap(options: {name: string; stage: number}, fn: () => void): void}};
  updateAsset(file: string, update: (source: Source) => Source): void;
}
interface BundlerCompiler {
  webpack: {
    Compilation: {PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE: number};
    sources: {ConcatSource: new (...parts: Array<string | Source>) => Source};
  };
  hooks: {thisCompilation: {tap(name: string, fn: (compilation: BundlerCompilation) => void): void}};
}

export class CompileHintsPlugin {
  apply(compiler: BundlerCompiler): void {
    const {Compilation, sources} = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHintsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({name: 'CompileHintsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE}, () => {
        const files = compilation.entrypoints.get(ENTRY)?.getFiles().filter((f) => f.endsWith('.js')) ?? [];
        if (files.length === 0) throw new Error(`lean-client: no script in the "${ENTRY}" entry to mark with the compile hint.`);
        for (const file of files) compilation.updateAsset(file, (source) => new sources.ConcatSource(COMPILE_HINT, source));
      });
    });
  }
}
