/**
 * lean-client: keeps work that a reader never sees off the first seconds of a page.
 *
 * - Link prefetching is queued and run in idle time, in short slices, asking for
 *   each file once (./idle-prefetch.ts, ./prefetch-plan.ts), instead of in one
 *   task for every link that scrolls into view, every file of a link's routes each time.
 * - The classic theme's client module that registers Prism languages is replaced
 *   by an empty one: the site has no highlighted code (src/theme/CodeBlock renders
 *   plain, readable code), so the highlighter is neither shipped nor evaluated.
 * - Route components are built on first use (./lazy-component-creator.ts)
 *   instead of all of them while main.js is evaluated.
 * - theme-common's useShallowMemoObject orders keys without localeCompare
 *   (./no-locale-compare-loader.cjs), so no page builds a collator while it
 *   hydrates.
 * - Each page's HTML lists its own chunks before main.js (./route-chunks.ts),
 *   instead of main.js discovering and fetching them once evaluated.
 * - The scripts are preloaded and run once the page is painted
 *   (./paint-first.ts), so evaluating them never delays the first paint.
 * - runtime~main.js and main.js carry V8's compile hint (./compile-hints.ts):
 *   Chromium compiles them while they download, off the main thread.
 * - main.js takes from tslib only the helpers the client calls
 *   (./tslib-helpers.mjs), not all of them; the build stops if one is missing.
 * - main.js carries the site config without what only the build reads (the
 *   plugin list, the HTML template, the unused Prism theme:
 *   ./client-config-loader.cjs).
 *
 * Measured with `npm run bench -- js load` and `npm run audit:lighthouse -- --preset mobile`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {WebpackPluginInstance} from 'webpack';
import {RouteChunksPlugin} from './route-chunks';
import {CompileHintsPlugin} from './compile-hints';
import {ENTRY_LOADER} from './paint-first';
import {shimExports, TslibHelpersPlugin} from './tslib-helpers-guard';

const REACT_UTILS = /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]utils[\\/]reactUtils\.js$/;
const PRISM_CLIENT_MODULE = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages');
const TSLIB_SHIM = path.join(__dirname, 'tslib-helpers.mjs');
const GENERATED_CONFIG = /[\\/]docusaurus\.config\.mjs$/;

export default function leanClientPlugin(context: LoadContext): Plugin {
  return {
    name: 'lean-client',
    injectHtmlTags() {
      // After the page's content: runs the preloaded entry scripts once it is painted.
      return {postBodyTags: [{tagName: 'script', innerHTML: ENTRY_LOADER}]};
    },
    getClientModules() {
      return [path.join(__dirname, 'idle-prefetch.ts')];
    },
    configureWebpack(_config, isServer) {
      return {
        // Typed for the bundler they need (rspack or webpack), not for webpack's full Compiler.
        plugins: isServer
          ? []
          : ([new RouteChunksPlugin(context.generatedFilesDir), new CompileHintsPlugin(), new TslibHelpersPlugin(shimExports(fs.readFileSync(TSLIB_SHIM, 'utf8')))] as unknown as WebpackPluginInstance[]),
        resolve: {
          alias: {
            // The browser's bundle only (the server bundle is not shipped): `tslib` exactly, not its files.
            ...(isServer ? {} : {tslib$: TSLIB_SHIM}),
            // Client modules are required by their path without extension.
            [`${PRISM_CLIENT_MODULE.replace(/\.js$/, '')}$`]: path.join(__dirname, 'no-prism.ts'),
            // Same key as Docusaurus's own alias, so that this value replaces it.
            '@docusaurus/ComponentCreator': path.join(__dirname, 'lazy-component-creator.ts'),
          },
        },
        module: {
          rules: [
            {test: REACT_UTILS, use: [{loader: path.join(__dirname, 'no-locale-compare-loader.cjs')}]},
            // The generated config, in the browser's bundle only (the server render reads all of it).
            ...(isServer ? [] : [{test: GENERATED_CONFIG, include: [context.generatedFilesDir], use: [{loader: path.join(__dirname, 'client-config-loader.cjs')}]}]),
          ],
        },
      };
    },
  };
}
