/**
 * Client module: link prefetching that never makes a long task.
 *
 * Docusaurus prefetches the chunks of every internal link as it enters the
 * viewport, all in the task that reports them (one IntersectionObserver
 * callback per link, delivered together), and each call is costly
 * (./prefetch-plan.ts). Here the links are queued and handled in idle time, a
 * few milliseconds at a time, by a prefetcher that asks for each file once:
 * first the patterns of the routes are compiled, a few per slice (react-router
 * compiles each on its first match and keeps it), then each link's files are
 * looked up and fetched at the lowest priority. Pointing at a link (mouse over,
 * touch) still preloads it at once (window.docusaurus.preload is not touched).
 */
import type {ClientModule} from '@docusaurus/types';
import routes from '@generated/routes';
import routesChunkNames from '@generated/routesChunkNames';
import {matchPath} from '@docusaurus/router';
import {matchRoutes} from 'react-router-config';
import fetchAtLowPriority from '@docusaurus/core/lib/client/prefetch';
import {allRoutes, chunkNamesByPath, chunkPrefetcher, idleQueue} from './prefetch-plan';

/** Docusaurus's chunk-name → file URL function, added to the bundler's runtime by its ChunkAssetPlugin. */
declare const __webpack_require__: {gca?: (chunkName: string) => string | undefined};

type Prefetch = (routePath: string) => boolean;
interface DocusaurusGlobal {
  prefetch: Prefetch;
}

/** Like Docusaurus: no prefetching on a slow or metered connection. */
function slowConnection(): boolean {
  const connection = (navigator as Navigator & {connection?: {effectiveType?: string; saveData?: boolean}}).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
}

function scheduleIdle(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, {timeout: 3000});
  else window.setTimeout(run, 50);
}

function idlePrefetch(): Prefetch {
  const enqueue = idleQueue(scheduleIdle, () => performance.now());
  const prefetch = chunkPrefetcher({
    match: (routePath) => matchRoutes(routes, routePath),
    chunkNames: () => chunkNamesByPath(routesChunkNames),
    assetUrl: (chunkName) => __webpack_require__.gca?.(chunkName),
    requested: (url) => performance.getEntriesByName(new URL(url, document.baseURI).href).length > 0,
    // Each file in a task of its own: a slice ends after any of them.
    fetch: (url) => enqueue(() => void fetchAtLowPriority(url)),
  });
  let warmed = false;
  return (routePath) => {
    if (slowConnection()) return false;
    if (!warmed) {
      warmed = true;
      // The options matchRoutes passes (it passes the route), so the same cached pattern.
      for (const {path, exact, strict, sensitive} of allRoutes(routes)) enqueue(() => void matchPath('/', {path, exact, strict, sensitive}));
    }
    enqueue(() => prefetch(routePath));
    return true;
  };
}

const PATCHED = Symbol.for('cego.idlePrefetch');
type Patched = DocusaurusGlobal & {[PATCHED]?: true};

const clientModule: ClientModule = {
  // Runs in a layout effect of the first render, before any link's
  // IntersectionObserver can report. Docusaurus freezes window.docusaurus, so
  // the global is replaced by a copy (links read it at each call).
  onRouteDidUpdate() {
    const w = window as unknown as {docusaurus?: Patched};
    const current = w.docusaurus;
    if (!current || current[PATCHED]) return;
    w.docusaurus = Object.freeze({...current, prefetch: idlePrefetch(), [PATCHED]: true as const});
  },
};

export default clientModule;
