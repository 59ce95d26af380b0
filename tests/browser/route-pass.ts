/**
 * One route of the per-route browser pass: open the page, wait until it has
 * hydrated and its requests are done, then run every route check on it. Used
 * by tests/browser/routes.test.ts (every route of both sitemaps) and by the
 * bench (`npm run bench -- routes`, and the `scale` section's browser pass),
 * so both measure the same work. No vitest here: the bench imports it.
 */
import type {BrowserContext, Page} from 'playwright-core';
import {ROUTE_CHECKS, type RouteCheck} from './route-checks';

/** Collects console errors and page errors (e.g. hydration mismatches, CSP refusals). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
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

/** Requests of a page not yet answered (or failed). */
function inflight(page: Page): () => number {
  let n = 0;
  page.on('request', () => n++);
  page.on('requestfinished', () => n--);
  page.on('requestfailed', () => n--);
  return () => n;
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

const localeOf = (route: string): 'fr' | 'en' => (route === '/en' || route.startsWith('/en/') ? 'en' : 'fr');

/** Opens one route in a new page of `context`, runs the checks, closes the page. */
export async function passRoute(context: BrowserContext, origin: string, route: string, options: RoutePassOptions = {}): Promise<RoutePassResult> {
  const {settle = 'hydrated', checks = ROUTE_CHECKS, timeout = 60_000} = options;
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.setDefaultNavigationTimeout(timeout);
  const errors = watchErrors(page);
  const pending = inflight(page);
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().startsWith(origin)) errors.push(`HTTP ${r.status()}: ${r.url().slice(origin.length)}`);
  });
  const ms: RoutePassResult['ms'] = {load: 0, settle: 0, checks: {}, total: 0};
  const t0 = Date.now();
  try {
    const response = await page.goto(origin + route, {waitUntil: 'load'});
    const status = response?.status() ?? null;
    ms.load = Date.now() - t0;
    const findings: Record<string, string[]> = {};
    if (status === 200) {
      const t1 = Date.now();
      await settlePage(page, settle, pending, timeout);
      ms.settle = Date.now() - t1;
      for (const check of checks) {
        const t2 = Date.now();
        const found = await check.run({page, route, locale: localeOf(route), origin});
        ms.checks[check.name] = Date.now() - t2;
        if (found.length) findings[check.name] = found;
      }
    }
    ms.total = Date.now() - t0;
    return {status, findings, errors, ms};
  } finally {
    await page.close();
  }
}
