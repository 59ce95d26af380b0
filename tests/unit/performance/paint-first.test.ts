/**
 * The entry loader every page ends with (src/plugins/lean-client/paint-first.ts),
 * run against a stand-in browser: the page's scripts run in their order, after
 * the first paint when the page is on screen, at once when it is not, and in
 * any case even if the browser never reports a paint.
 */
import vm from 'node:vm';
import {describe, expect, it} from 'vitest';
import {ENTRY_ATTRIBUTE, ENTRY_LOADER, FALLBACK_MS} from '../../../src/plugins/lean-client/paint-first';

const SCRIPTS = ['/assets/js/runtime~main.1.js', '/assets/js/5e95.2.js', '/assets/js/main.3.js'];

interface Appended {
  src: string;
  async: boolean;
}

function browser({visibility = 'visible', paintTiming = true}: {visibility?: string; paintTiming?: boolean} = {}) {
  const appended: Appended[] = [];
  const timers: {fn: () => void; ms: number}[] = [];
  const frames: (() => void)[] = [];
  const observers: ((list: {getEntriesByName(n: string): unknown[]}, o: {disconnect(): void}) => void)[] = [];
  const listeners = new Map<string, () => void>();
  let selector = '';
  const document = {
    visibilityState: visibility,
    head: {
      querySelectorAll(s: string) {
        selector = s;
        return SCRIPTS.map((href) => ({href}));
      },
      appendChild(node: Appended) {
        appended.push({src: node.src, async: node.async});
      },
    },
    createElement: (tag: string) => {
      expect(tag).toBe('script');
      return {src: '', async: true};
    },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
  };
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'resource'] : ['resource'];
    constructor(private readonly cb: (typeof observers)[number]) {}
    observe(options: {type: string; buffered: boolean}) {
      expect(options).toEqual({type: 'paint', buffered: true});
      observers.push(this.cb);
    }
  }
  const window = {PerformanceObserver: paintTiming ? PerformanceObserver : undefined};
  const context = vm.createContext({
    window,
    document,
    PerformanceObserver: window.PerformanceObserver,
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms: number) => timers.push({fn, ms}),
  });
  vm.runInContext(ENTRY_LOADER, context);
  return {
    appended,
    timers,
    frames,
    listeners,
    selector: () => selector,
    paint(name: string) {
      for (const cb of observers) cb({getEntriesByName: (n) => (n === name ? [{name}] : [])}, {disconnect() {}});
    },
    runTimers(filter: (ms: number) => boolean) {
      const due = timers.filter((x) => filter(x.ms));
      for (const t of due) timers.splice(timers.indexOf(t), 1);
      for (const t of due) t.fn();
    },
  };
}

describe('entry loader', () => {
  /** Runs the frames requested so far (a frame's callbacks may request the next). */
  const frame = (b: ReturnType<typeof browser>) => {
    for (const f of b.frames.splice(0)) f();
  };

  it('runs nothing before the first contentful paint and the frame that paints the whole page, then every script once, in order, not async', () => {
    const b = browser();
    expect(b.appended).toEqual([]);
    b.paint('first-paint');
    b.paint('first-contentful-paint');
    b.runTimers((ms) => ms === 0);
    expect(b.appended, 'the heading may still be unpainted').toEqual([]);
    frame(b);
    b.runTimers((ms) => ms === 0);
    expect(b.appended, 'one frame: painted, maybe not yet shown').toEqual([]);
    frame(b);
    b.runTimers((ms) => ms === 0);
    expect(b.appended).toEqual(SCRIPTS.map((src) => ({src, async: false})));
    expect(b.selector()).toContain(`[${ENTRY_ATTRIBUTE}]`);
    // The fallback timer and a later tab switch add nothing.
    b.runTimers(() => true);
    b.listeners.get('visibilitychange')?.();
    expect(b.appended).toHaveLength(SCRIPTS.length);
  });

  it('waits for the contentful paint even after the frames (a page still blank)', () => {
    const b = browser();
    frame(b);
    frame(b);
    b.paint('first-paint');
    b.runTimers((ms) => ms === 0);
    expect(b.appended).toEqual([]);
    b.paint('first-contentful-paint');
    b.runTimers((ms) => ms === 0);
    expect(b.appended.map((a) => a.src)).toEqual(SCRIPTS);
  });

  it('runs the scripts after a few seconds if the browser never reports a paint', () => {
    const b = browser();
    frame(b);
    frame(b);
    b.runTimers((ms) => ms < FALLBACK_MS);
    expect(b.appended).toEqual([]);
    b.runTimers((ms) => ms === FALLBACK_MS);
    expect(b.appended.map((a) => a.src)).toEqual(SCRIPTS);
  });

  it('runs the scripts at once in a background tab or a prerender, which paint nothing', () => {
    expect(browser({visibility: 'hidden'}).appended.map((a) => a.src)).toEqual(SCRIPTS);
  });

  it('runs them when the tab is hidden before the paint', () => {
    const b = browser();
    b.listeners.get('visibilitychange')!();
    expect(b.appended.map((a) => a.src)).toEqual(SCRIPTS);
  });

  it('without Paint Timing, runs them after two frames', () => {
    const b = browser({paintTiming: false});
    expect(b.appended).toEqual([]);
    frame(b);
    b.runTimers((ms) => ms === 0);
    expect(b.appended).toEqual([]);
    frame(b);
    b.runTimers((ms) => ms === 0);
    expect(b.appended.map((a) => a.src)).toEqual(SCRIPTS);
  });
});
