/**
 * The parts of link prefetching (./idle-prefetch.ts) that need no browser:
 * an idle work queue cut in short slices, and a prefetcher that asks for each
 * chunk once.
 *
 * Docusaurus's own prefetch, called for every link that scrolls into view,
 * resolves each link's routes again: it scans the whole route table for each
 * matched route, rebuilds the chunk-to-file table for each chunk, and adds a
 * <link rel=prefetch> for every chunk of every route, those of the parent routes
 * (the docs plugin's root and version, shared by every sheet) once per link. On
 * a sheet that was about 440 tags for 47 files and, with the compilation of
 * every route's pattern on the first call, single calls of 10 to 25 ms on a fast
 * desktop: long tasks on a phone, while the reader starts to scroll.
 */
import type {RouteChunkNames} from '@docusaurus/types';
import flat from '@docusaurus/core/lib/client/flat';

/** Milliseconds of work per idle slice: well under the 50 ms of a long task, with room for one step more. */
export const SLICE_MS = 5;

/**
 * A queue of small tasks run in idle time, in order, a slice of SLICE_MS at a
 * time; one idle callback pending at most.
 */
export function idleQueue(schedule: (run: () => void) => void, now: () => number): (task: () => void) => void {
  const queue: (() => void)[] = [];
  let pending = false;
  const drain = () => {
    const start = now();
    while (queue.length > 0 && now() - start < SLICE_MS) queue.shift()!();
    pending = queue.length > 0;
    if (pending) schedule(drain);
  };
  return (task) => {
    queue.push(task);
    if (!pending) {
      pending = true;
      schedule(drain);
    }
  };
}

/**
 * Route path → the chunk names of its modules, from Docusaurus's table keyed by
 * path and a hash ("/centre-f04"; two routes may share a path).
 */
export function chunkNamesByPath(table: RouteChunkNames): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [pathWithHash, names] of Object.entries(table)) {
    const routePath = pathWithHash.replace(/-[^-]+$/, '');
    // Flattened as Docusaurus's own prefetch does.
    map.set(routePath, [...(map.get(routePath) ?? []), ...Object.values(flat(names))]);
  }
  return map;
}

/** A route of the client's table, as react-router matches it. */
export interface RouteNode {
  path?: string | string[];
  exact?: boolean;
  strict?: boolean;
  sensitive?: boolean;
  routes?: readonly RouteNode[];
}

/** Every route of the tree, parents before their children. */
export function allRoutes(routes: readonly RouteNode[]): RouteNode[] {
  return routes.flatMap((r) => [r, ...allRoutes(r.routes ?? [])]);
}

export interface PrefetchDeps {
  /** The routes a path renders, outermost first (react-router-config's matchRoutes). */
  match: (routePath: string) => {route: {path?: string}}[];
  /** Route path → chunk names (chunkNamesByPath), built on first use. */
  chunkNames: () => Map<string, string[]>;
  /** Chunk name → the URL of its file; undefined when the bundler merged it into another. */
  assetUrl: (chunkName: string) => string | undefined;
  /** Whether the page already asked for the file (its own scripts): asking again costs a task and saves nothing. */
  requested: (url: string) => boolean;
  /** Asks the browser for the file, at the lowest priority (or queues that request). */
  fetch: (url: string) => void;
}

/** Prefetches the files of the routes a path renders that the page lacks, each file once per page load. */
export function chunkPrefetcher(deps: PrefetchDeps): (routePath: string) => void {
  const seenPaths = new Set<string>();
  const seenChunks = new Set<string>();
  const seenUrls = new Set<string>();
  let names: Map<string, string[]> | undefined;
  return (routePath) => {
    if (seenPaths.has(routePath)) return;
    seenPaths.add(routePath);
    names ??= deps.chunkNames();
    for (const {route} of deps.match(routePath)) {
      for (const chunk of (route.path !== undefined && names.get(route.path)) || []) {
        if (seenChunks.has(chunk)) continue;
        seenChunks.add(chunk);
        const url = deps.assetUrl(chunk);
        if (!url || url.includes('undefined') || seenUrls.has(url)) continue;
        seenUrls.add(url);
        if (!deps.requested(url)) deps.fetch(url);
      }
    }
  };
}
