/**
 * lean-client: keeps work that a reader never sees off the first seconds of a page.
 *
 * - The production pages hydrate with Preact (preact/compat) instead of React:
 *   the server still renders every page with React (same HTML), and the browser
 *   attaches to it with a runtime about a tenth of react-dom's size, so every
 *   page downloads and evaluates about 60 KB (gzip) less JavaScript. The
 *   development server keeps React (its fast refresh is React's).
 *   `CEGO_CLIENT_REACT=react npm run build` builds with React, to compare.
 * - Link prefetching is queued and run in idle time (./idle-prefetch.ts) instead
 *   of in one task for every link that scrolls into view.
 * - The classic theme's client module that registers Prism languages is replaced
 *   by an empty one: the site has no highlighted code (src/theme/CodeBlock renders
 *   plain, readable code), so the highlighter is neither shipped nor evaluated.
 *
 * Measured with `npm run bench -- js load` and `npm run audit:lighthouse -- --preset mobile`.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const PRISM_CLIENT_MODULE = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages');

/** React's entry points, as the client bundle imports them, and their preact/compat counterparts. */
export const PREACT_ALIASES: Readonly<Record<string, string>> = {
  react$: 'preact/compat',
  'react-dom$': 'preact/compat',
  'react-dom/client$': 'preact/compat/client',
  'react/jsx-runtime$': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime$': 'preact/compat/jsx-dev-runtime',
};

/** The renderer the browser hydrates with: Preact in production builds unless CEGO_CLIENT_REACT=react. */
export function clientRenderer(mode: string | undefined, env: NodeJS.ProcessEnv = process.env): 'preact' | 'react' {
  return mode === 'production' && env.CEGO_CLIENT_REACT !== 'react' ? 'preact' : 'react';
}

interface BundlerConfig {
  mode?: string;
  resolve?: {alias?: unknown};
  experiments?: {cache?: unknown};
}

export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    getClientModules() {
      return [path.join(__dirname, 'idle-prefetch.ts')];
    },
    configureWebpack(config, isServer) {
      const bundler = config as BundlerConfig;
      if (!isServer && clientRenderer(bundler.mode) === 'preact') {
        // Docusaurus aliases `react` and `react-dom` to their folders (which would also catch
        // react/jsx-runtime): those two go, and the exact aliases above come first.
        const {react: _react, 'react-dom': _reactDom, ...alias} = (bundler.resolve?.alias ?? {}) as Record<string, string>;
        bundler.resolve = {...bundler.resolve, alias: {...PREACT_ALIASES, ...alias}};
        // Rspack's persistent cache does not know about aliases: a build with React must not reuse Preact's modules.
        const cache = bundler.experiments?.cache;
        if (cache && typeof cache === 'object' && 'version' in cache) (cache as {version: string}).version += '-preact';
      }
      return {
        resolve: {
          alias: {
            // Client modules are required by their path without extension.
            [`${PRISM_CLIENT_MODULE.replace(/\.js$/, '')}$`]: path.join(__dirname, 'no-prism.ts'),
          },
        },
      };
    },
  };
}
