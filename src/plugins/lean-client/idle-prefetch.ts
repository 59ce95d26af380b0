/**
 * Client module: Docusaurus prefetches the chunks of every internal link as it
 * enters the viewport, all in the same task (one IntersectionObserver callback
 * per link, delivered together). On a sheet with its sidebar, navbar and footer
 * that is some fifty links, each matched against every route and each adding a
 * <link rel=prefetch> per chunk (about 440 tags for 47 files): a long task right
 * after hydration, while the reader may already be scrolling or typing.
 *
 * Here the links are queued and prefetched in idle time, a few milliseconds at a
 * time. Pointing at a link (mouse over, touch) still preloads it at once
 * (window.docusaurus.preload is not touched).
 */
import type {ClientModule} from '@docusaurus/types';

type Prefetch = (routePath: string) => unknown;
interface DocusaurusGlobal {
  prefetch: Prefetch;
}

/** Milliseconds of prefetching per slice: well under the 50 ms of a long task. */
export const SLICE_MS = 8;

/**
 * Wraps a prefetch function so that calls are queued and run in idle slices.
 * Docusaurus's prefetch skips a route it has already fetched, so a path queued
 * twice costs nothing more.
 */
export function idlePrefetch(prefetch: Prefetch, schedule: (run: () => void) => void, now: () => number): Prefetch {
  const queue: string[] = [];
  let pending = false;
  const drain = () => {
    const start = now();
    while (queue.length > 0 && now() - start < SLICE_MS) prefetch(queue.shift()!);
    pending = queue.length > 0;
    if (pending) schedule(drain);
  };
  return (routePath: string) => {
    queue.push(routePath);
    if (!pending) {
      pending = true;
      schedule(drain);
    }
    return true;
  };
}

const PATCHED = Symbol.for('cego.idlePrefetch');
type Patched = DocusaurusGlobal & {[PATCHED]?: true};

function scheduleIdle(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, {timeout: 3000});
  else window.setTimeout(run, 50);
}

const clientModule: ClientModule = {
  // Runs in a layout effect of the first render, before any link's
  // IntersectionObserver can report. Docusaurus freezes window.docusaurus, so
  // the global is replaced by a copy (links read it at each call).
  onRouteDidUpdate() {
    const w = window as unknown as {docusaurus?: Patched};
    const current = w.docusaurus;
    if (!current || current[PATCHED]) return;
    w.docusaurus = Object.freeze({
      ...current,
      prefetch: idlePrefetch(current.prefetch, scheduleIdle, () => performance.now()),
      [PATCHED]: true as const,
    });
  },
};

export default clientModule;
