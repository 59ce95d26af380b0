/**
 * Link prefetching in idle slices (src/plugins/lean-client/prefetch-plan.ts):
 * a burst of links entering the viewport must not become one long task, no
 * link may be lost or reordered, and each file is asked for once however many
 * links lead to pages that share it.
 */
import type {RouteChunkNames} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {allRoutes, chunkNamesByPath, chunkPrefetcher, idleQueue, SLICE_MS} from '../../../src/plugins/lean-client/prefetch-plan';

/** A fake idle scheduler and clock: each task "costs" `cost` ms. */
function harness(cost: number) {
  let clock = 0;
  const callbacks: (() => void)[] = [];
  const slices: string[][] = [];
  const enqueue = idleQueue((run) => callbacks.push(run), () => clock);
  const task = (name: string) => () => {
    slices[slices.length - 1]!.push(name);
    clock += cost;
  };
  const runIdle = () => {
    const run = callbacks.shift();
    if (!run) return false;
    slices.push([]);
    run();
    return true;
  };
  return {enqueue, task, runIdle, slices, pendingCallbacks: () => callbacks.length};
}

describe('idle work queue', () => {
  const links = Array.from({length: 55}, (_, i) => `/meilleures-pratiques/fiche-${i}`);

  it('does no work in the task that reports the links', () => {
    const h = harness(1);
    for (const l of links) h.enqueue(h.task(l));
    expect(h.slices).toEqual([]);
    expect(h.pendingCallbacks()).toBe(1); // one idle callback queued, not one per link
  });

  it('runs every task, in order, in slices shorter than a long task', () => {
    const h = harness(2);
    for (const l of links) h.enqueue(h.task(l));
    while (h.runIdle()) {
      /* drain */
    }
    expect(h.slices.flat()).toEqual(links);
    expect(h.slices.length).toBeGreaterThan(1);
    for (const slice of h.slices) expect(slice.length * 2).toBeLessThanOrEqual(SLICE_MS + 2);
    expect(SLICE_MS).toBeLessThan(50);
  });

  it('starts a new round for tasks queued after the queue was drained', () => {
    const h = harness(1);
    h.enqueue(h.task('/centre'));
    while (h.runIdle()) {
      /* drain */
    }
    h.enqueue(h.task('/reseaux'));
    expect(h.pendingCallbacks()).toBe(1);
    h.runIdle();
    expect(h.slices.flat()).toEqual(['/centre', '/reseaux']);
  });
});

describe('chunk prefetcher', () => {
  // Shaped like Docusaurus's generated tables: the docs plugin's root and version
  // routes wrap every sheet; the table of chunk names is keyed by path and a hash.
  const table: RouteChunkNames = {
    '/meilleures-pratiques-a1b': {__comp: 'docsRoot', __context: {plugin: 'docsPlugin'}},
    '/meilleures-pratiques-c2d': {__comp: 'docsVersion', __props: 'versionProps'},
    '/meilleures-pratiques/sondages-en-ligne-e3f': {__comp: 'docItem', content: 'sondages'},
    '/meilleures-pratiques/apprentissage-en-ligne-0aa': {__comp: 'docItem', content: 'apprentissage'},
    '/centre-f04': {__comp: 'page', data: [{first: 'centreData'}, {nested: 'centreExtra'}]},
  };
  const files: Record<string, string> = {
    docsRoot: '/assets/js/1.js',
    docsPlugin: '/assets/js/2.js',
    docsVersion: '/assets/js/3.js',
    versionProps: '/assets/js/4.js',
    docItem: '/assets/js/5.js',
    sondages: '/assets/js/6.js',
    apprentissage: '/assets/js/7.js',
    page: '/assets/js/5.js', // merged by the bundler into the same file as docItem
    centreData: '/assets/js/undefined.js',
  };
  const sheet = (slug: string) => [{route: {path: '/meilleures-pratiques'}}, {route: {path: '/meilleures-pratiques'}}, {route: {path: `/meilleures-pratiques/${slug}`}}];
  const match = (p: string) => (p === '/centre' ? [{route: {path: '/centre'}}] : p.startsWith('/meilleures-pratiques/') ? sheet(p.split('/')[2]!) : []);

  it('reads every chunk name of a route, nested ones included, and groups the routes that share a path', () => {
    const names = chunkNamesByPath(table);
    expect(names.get('/meilleures-pratiques')).toEqual(['docsRoot', 'docsPlugin', 'docsVersion', 'versionProps']);
    expect(names.get('/centre')).toEqual(['page', 'centreData', 'centreExtra']);
    expect(names.has('/meilleures-pratiques/sondages-en-ligne')).toBe(true);
  });

  it("asks for each file of a link's routes once, across links that share their parent routes", () => {
    const fetched: string[] = [];
    let tableBuilds = 0;
    const prefetch = chunkPrefetcher({
      match,
      chunkNames: () => (tableBuilds++, chunkNamesByPath(table)),
      assetUrl: (name) => files[name],
      requested: () => false,
      fetch: (url) => fetched.push(url),
    });
    prefetch('/meilleures-pratiques/sondages-en-ligne');
    prefetch('/meilleures-pratiques/apprentissage-en-ligne');
    prefetch('/meilleures-pratiques/sondages-en-ligne');
    prefetch('/centre');
    expect(fetched).toEqual(['/assets/js/1.js', '/assets/js/2.js', '/assets/js/3.js', '/assets/js/4.js', '/assets/js/5.js', '/assets/js/6.js', '/assets/js/7.js']);
    // Built once, not scanned again for every link.
    expect(tableBuilds).toBe(1);
  });

  it('does not ask again for the files the page already loaded', () => {
    const fetched: string[] = [];
    const prefetch = chunkPrefetcher({
      match,
      chunkNames: () => chunkNamesByPath(table),
      assetUrl: (name) => files[name],
      requested: (url) => ['/assets/js/1.js', '/assets/js/2.js', '/assets/js/3.js', '/assets/js/4.js', '/assets/js/5.js', '/assets/js/6.js'].includes(url),
      fetch: (url) => fetched.push(url),
    });
    prefetch('/meilleures-pratiques/sondages-en-ligne');
    prefetch('/meilleures-pratiques/apprentissage-en-ligne');
    expect(fetched).toEqual(['/assets/js/7.js']);
  });

  it('lists the nested routes after their parent', () => {
    const routes = [{path: '/a', routes: [{path: '/a/b', routes: [{path: '/a/b/c'}]}, {path: '/a/d'}]}, {path: '*'}];
    expect(allRoutes(routes).map((r) => r.path)).toEqual(['/a', '/a/b', '/a/b/c', '/a/d', '*']);
  });
});
