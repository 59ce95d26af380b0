/**
 * One route of the per-route browser pass: open the page, wait until it has
 * hydrated and its requests are done, then run every route check on it. Used
 * by tests/browser/routes.test.ts (every route of both sitemaps) and by the
 * bench (`npm run bench -- routes`, and the `scale` section's browser pass),
 * so both measure the same work. No vitest here: the bench imports it.
 */
import type {BrowserContext, ConsoleMessage, Page, Request, Response} from 'playwright-core';
import {ROUTE_CHECKS, type RouteCheck} from './route-checks';

/** Collects console errors and page errors (e.g. hydration mismatches, CSP refusals). */
export function watchErrors(page: Page): string[] {
  return watchErrorsUntil(page).errors;
}

/** watchErrors, with a `stop` that removes its listeners (a page reused for the next route). */
export function watchErrorsUntil(page: Page): {errors: string[]; stop: () => void} {
  const errors: string[] = [];
  const onError = (e: Error) => void errors.push(`pageerror: ${e.message}`);
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  return {
    errors,
    stop: () => {
      page.off('pageerror', onError);
      page.off('console', onConsole);
    },
  };
}

/**
 * How the pass decides a page is ready for its checks.
 * - 'hydrated': Docusaurus's own mark (<html data-has-hydrated="true">, set
 *   by an effect once React has hydrated, after any hydration error is
 *   logged), then no request of the page still in flight (a chunk or data
 *   the page asked for while hydrating has arrived). No fixed delay.
 * - 'networkidle': Playwright's "no request for 500 ms", the former way: at
 *   least half a second per page spent waiting on nothing.
 */
export type Settle = 'hydrated' | 'networkidle';

export interface RoutePassOptions {
  settle?: Settle;
  checks?: readonly RouteCheck[];
  /** Longest wait for the page to be ready, in ms. */
  timeout?: number;
  /**
   * A page to navigate to the route and leave open (see RoutePages), instead
   * of a new page closed afterwards. Each route is still a full document load
   * (a fresh JavaScript world); only the tab and its renderer process are kept,
   * which halves the load phase (a new tab starts a renderer process).
   */
  page?: Page;
}

export interface RoutePassResult {
  status: number | null;
  /** Check name → findings, for the checks that found something. */
  findings: Record<string, string[]>;
  /** Console errors, page errors, and answers ≥ 400 from the site's server. */
  errors: string[];
  /** Milliseconds: until `load`, then until ready, then each check. */
  ms: {load: number; settle: number; checks: Record<string, number>; total: number};
}

/**
 * Requests of a page not yet answered (or failed); `stop` removes the listeners.
 * Only the requests seen here count: on a reused tab, a request of the previous
 * document that ends (or is cancelled) now must not be taken for one of this one.
 */
function inflight(page: Page): {pending: () => number; stop: () => void} {
  const open = new Set<Request>();
  const up = (r: Request) => void open.add(r);
  const down = (r: Request) => void open.delete(r);
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  return {
    pending: () => open.size,
    stop: () => {
      page.off('request', up);
      page.off('requestfinished', down);
      page.off('requestfailed', down);
    },
  };
}

export async function settlePage(page: Page, settle: Settle, pending: () => number, timeout: number): Promise<void> {
  if (settle === 'networkidle') {
    await page.waitForLoadState('networkidle', {timeout});
    return;
  }
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout});
  const deadline = Date.now() + timeout;
  // what hydration asked for (a lazy chunk, a data file) has arrived and been handled
  while (pending() > 0) {
    if (Date.now() > deadline) throw new Error(`${pending()} requests still pending after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}

/**
 * Navigates `page` to `url` and waits as the route pass does: the page has
 * hydrated and none of its requests is in flight (no fixed 500 ms of network
 * silence). For tests that open a page and then act on it.
 */
export async function gotoReady(page: Page, url: string, timeout = 60_000): Promise<Response | null> {
  const requests = inflight(page);
  try {
    const response = await page.goto(url, {waitUntil: 'load', timeout});
    if (response?.status() === 200) await settlePage(page, 'hydrated', requests.pending, timeout);
    return response;
  } finally {
    requests.stop();
  }
}

const localeOf = (route: string): 'fr' | 'en' => (route === '/en' || route.startsWith('/en/') ? 'en' : 'fr');

/** Opens one route (in options.page, or a new page of `context` closed afterwards) and runs the checks. */
export async function passRoute(context: BrowserContext, origin: string, route: string, options: RoutePassOptions = {}): Promise<RoutePassResult> {
  const {settle = 'hydrated', checks = ROUTE_CHECKS, timeout = 60_000} = options;
  const page = options.page ?? (await context.newPage());
  page.setDefaultTimeout(timeout);
  page.setDefaultNavigationTimeout(timeout);
  const watched = watchErrorsUntil(page);
  const {errors} = watched;
  const requests = inflight(page);
  const onResponse = (r: Response) => {
    if (r.status() >= 400 && r.url().startsWith(origin)) errors.push(`HTTP ${r.status()}: ${r.url().slice(origin.length)}`);
  };
  page.on('response', onResponse);
  const ms: RoutePassResult['ms'] = {load: 0, settle: 0, checks: {}, total: 0};
  const t0 = Date.now();
  try {
    const response = await page.goto(origin + route, {waitUntil: 'load'});
    const status = response?.status() ?? null;
    ms.load = Date.now() - t0;
    const findings: Record<string, string[]> = {};
    if (status === 200) {
      const t1 = Date.now();
      await settlePage(page, settle, requests.pending, timeout);
      ms.settle = Date.now() - t1;
      for (const check of checks) {
        const t2 = Date.now();
        const found = await check.run({page, route, locale: localeOf(route), origin});
        ms.checks[check.name] = Date.now() - t2;
        if (found.length) findings[check.name] = found;
      }
    }
    ms.total = Date.now() - t0;
    return {status, findings, errors: [...errors], ms};
  } finally {
    watched.stop();
    requests.stop();
    page.off('response', onResponse);
    if (!options.page) await page.close();
  }
}

/**
 * At most `size` pages of a context, each reused route after route: a route
 * takes a free page (waiting for one), and gives it back when its checks are
 * done. A page whose route failed is closed and replaced, so that nothing a
 * broken page left behind reaches the next route.
 */
export class RoutePages {
  private free: Page[] = [];
  private waiting: ((page: Page | null) => void)[] = [];
  private open = 0;
  constructor(
    private readonly context: BrowserContext,
    readonly size: number,
  ) {}

  /** Runs `work` with a page of the pool. */
  async with<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = await this.take();
    let ok = false;
    try {
      const out = await work(page);
      ok = true;
      return out;
    } finally {
      await this.give(page, ok);
    }
  }

  private async take(): Promise<Page> {
    const page = this.free.pop();
    if (page) return page;
    if (this.open < this.size) {
      this.open++;
      return this.context.newPage();
    }
    const next = await new Promise<Page | null>((resolve) => this.waiting.push(resolve));
    return next ?? this.take();
  }

  private async give(page: Page, ok: boolean): Promise<void> {
    if (!ok) {
      this.open--;
      await page.close().catch(() => undefined);
      this.waiting.shift()?.(null);
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(page);
    else this.free.push(page);
  }
}

/**
 * Pages open at once in the per-route pass (tests/browser/routes.test.ts, the
 * bench): measured on this 2-core machine with every check (`npm run bench -- routes`,
 * ROUTES_PAGES=n), more pages only queue for the same two cores.
 */
export const ROUTE_PAGES = 2;
