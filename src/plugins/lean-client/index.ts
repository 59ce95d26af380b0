/**
 * lean-client: keeps work that a reader never sees off the first seconds of a page.
 *
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

export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    getClientModules() {
      return [path.join(__dirname, 'idle-prefetch.ts')];
    },
    configureWebpack() {
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
