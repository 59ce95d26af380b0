/**
 * Every route of both sitemaps (build/sitemap.xml and build/en/sitemap.xml) and
 * the unlisted search pages, one test per route so a failure names its page:
 * the page loads with status 200 under the production headers (static/_headers, Content-Security-Policy
 * included), hydrates (Docusaurus's data-has-hydrated mark, then no request in flight: route-pass.ts) with no console error (a refused inline script, a CSP
 * violation, a hydration mismatch, a failed request all log one), then every
 * check of route-checks/ (axe-core, HTML_CodeSniffer, …) runs on that one loaded page.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser, BrowserContext} from 'playwright-core';
import {WAIT_MS, browserTestsUnavailable, buildDir, launchBrowser, startServer, type StaticServer} from './helpers';
import {ROUTE_PAGES, RoutePages, passRoute} from './route-pass';
import {SERIES, SERIES_IDS} from '../../scripts/newsletter/series';

const unavailable = browserTestsUnavailable();

/** Paths of a sitemap's <loc> entries ("/centre", "/en/centre"). */
export function sitemapRoutes(file: string): string[] {
  const xml = fs.readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(new URL(m[1]!.trim()).pathname));
}

const sitemaps = [path.join(buildDir, 'sitemap.xml'), path.join(buildDir, 'en', 'sitemap.xml')];
/** Pages readers reach that are kept out of the sitemaps on purpose (noindex): checked all the same. */
export const UNLISTED_ROUTES = ['/recherche', '/en/recherche'];
/**
 * Built pages kept out of the sitemaps without noindex, checked all the same:
 * the newsletters' tag pages (docusaurus.config.ts, sitemap ignorePatterns) and
 * both 404 pages (served by the host for any unknown address).
 */
export function unlistedBuiltRoutes(dir: string): string[] {
  const routes = ['/404', '/en/404'];
  for (const prefix of ['', 'en']) {
    for (const series of SERIES_IDS.map((id) => SERIES[id].routeBasePath)) {
      const tags = path.join(dir, prefix, series, 'tags');
      if (!fs.existsSync(tags)) continue;
      const base = `${prefix ? `/${prefix}` : ''}/${series}/tags`;
      routes.push(base, ...fs.readdirSync(tags).filter((f) => f.endsWith('.html')).map((f) => `${base}/${f.slice(0, -'.html'.length)}`));
    }
  }
  return routes;
}
const routes = unavailable ? [] : [...new Set([...sitemaps.flatMap((f) => sitemapRoutes(f)), ...UNLISTED_ROUTES, ...unlistedBuiltRoutes(buildDir)])];

describe.skipIf(unavailable)('every route in both sitemaps', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let pages: RoutePages;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext();
    pages = new RoutePages(context, ROUTE_PAGES);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('both sitemaps list pages in both languages', () => {
    for (const f of sitemaps) expect(fs.existsSync(f), f).toBe(true);
    expect(routes.filter((r) => r.startsWith('/en/') || r === '/en').length).toBeGreaterThan(10);
    expect(routes.filter((r) => !r.startsWith('/en/') && r !== '/en').length).toBeGreaterThan(10);
  });

  // Routes are independent: ROUTE_PAGES at a time, each in a tab reused route after route (a full
  // document load each time; a new tab would start a renderer process, half the load phase).
  // Each is ready for its checks when it has hydrated and its requests are done (route-pass.ts), not after 500 ms of network silence.
  for (const route of routes) {
    it.concurrent(`${route}: loads under the CSP without console error and passes every route check`, async ({expect}) => {
      const result = await pages.with((page) => passRoute(context, server.origin, route, {settle: 'hydrated', timeout: WAIT_MS, page}));
      expect(result.status, `${route} status`).toBe(200);
      const {findings} = result;
      expect(findings, `${route}:\n${Object.entries(findings).map(([k, v]) => `[${k}]\n  ${v.join('\n  ')}`).join('\n')}`).toEqual({});
      expect(result.errors, `${route}: console errors`).toEqual([]);
    });
  }
});
