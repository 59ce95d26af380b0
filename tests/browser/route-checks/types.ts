import type {Page} from 'playwright-core';

/** What a per-route check gets: the loaded, hydrated page of one sitemap route. */
export interface RouteContext {
  page: Page;
  /** Path of the route ("/centre", "/en/centre"). */
  route: string;
  locale: 'fr' | 'en';
  /** Origin of the static server ("http://127.0.0.1:PORT"). */
  origin: string;
}

/**
 * One check of the per-route browser pass (tests/browser/routes.test.ts). Every
 * sitemap route of both locales is opened once, and every check runs on that
 * page in turn: add an engine or a rule here, not a new pass over the routes.
 *
 * A check returns its findings as lines a developer can act on (rule, element,
 * what was expected), [] when the page passes. It may change the viewport or
 * scroll, but must leave the page as it found it for the checks after it.
 */
export interface RouteCheck {
  name: string;
  run(ctx: RouteContext): Promise<string[]>;
}
