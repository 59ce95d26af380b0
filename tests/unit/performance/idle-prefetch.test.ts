/**
 * Link prefetching in idle slices (src/plugins/lean-client/idle-prefetch.ts):
 * a burst of links entering the viewport must not become one long task, and no
 * link may be lost or reordered.
 */
import {describe, expect, it} from 'vitest';
import {idlePrefetch, SLICE_MS} from '../../../src/plugins/lean-client/idle-prefetch';

/** A fake idle scheduler and clock: each prefetch "costs" `cost` ms. */
function harness(cost: number) {
  let clock = 0;
  const callbacks: (() => void)[] = [];
  const slices: string[][] = [];
  const prefetch = (routePath: string) => {
    slices[slices.length - 1]!.push(routePath);
    clock += cost;
  };
  const deferred = idlePrefetch(prefetch, (run) => callbacks.push(run), () => clock);
  const runIdle = () => {
    const run = callbacks.shift();
    if (!run) return false;
    slices.push([]);
    run();
    return true;
  };
  return {deferred, runIdle, slices, pendingCallbacks: () => callbacks.length};
}

describe('idle link prefetching', () => {
  const links = Array.from({length: 55}, (_, i) => `/meilleures-pratiques/fiche-${i}`);

  it('does no prefetching in the task that reports the links', () => {
    const h = harness(1);
    for (const l of links) h.deferred(l);
    expect(h.slices).toEqual([]);
    expect(h.pendingCallbacks()).toBe(1); // one idle callback queued, not one per link
  });

  it('prefetches every link, in order, in slices shorter than a long task', () => {
    const h = harness(3);
    for (const l of links) h.deferred(l);
    while (h.runIdle()) {
      /* drain */
    }
    expect(h.slices.flat()).toEqual(links);
    expect(h.slices.length).toBeGreaterThan(1);
    for (const slice of h.slices) expect(slice.length * 3).toBeLessThanOrEqual(SLICE_MS + 3);
    expect(SLICE_MS).toBeLessThan(50);
  });

  it('starts a new round for links reported after the queue was drained', () => {
    const h = harness(1);
    h.deferred('/centre');
    while (h.runIdle()) {
      /* drain */
    }
    h.deferred('/reseaux');
    expect(h.pendingCallbacks()).toBe(1);
    h.runIdle();
    expect(h.slices.flat()).toEqual(['/centre', '/reseaux']);
  });
});
