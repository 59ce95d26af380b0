/**
 * Shared helpers for browser tests: serve the production build (build/) the way a
 * static host does, drive the system Chromium with playwright-core (never a
 * downloaded browser), and run axe-core for WCAG 2.1 AA.
 *
 * In CI (CI=true) a missing browser or build is a failure. Locally the tests are
 * skipped with a loud message saying how to install what is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, expect} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {findChromium, launchChromium} from '../../scripts/chromium';

export const siteDir = path.resolve(__dirname, '../..');
export const buildDir = path.resolve(siteDir, process.env.CEGO_BUILD_DIR ?? 'build');

export {findChromium} from '../../scripts/chromium';

/** Why browser tests cannot run here, or null when they can. */
export function browserTestsUnavailable(): string | null {
  const missing: string[] = [];
  if (!findChromium()) {
    missing.push('Chromium est introuvable (CHROME_PATH ou /usr/bin/chromium). Installez-le : sudo apt-get install -y chromium');
  }
  if (!fs.existsSync(path.join(buildDir, 'index.html')) || !fs.existsSync(path.join(buildDir, 'en', 'index.html'))) {
    missing.push(`Le site compilé est absent de ${buildDir}. Lancez d'abord : npm run build`);
  }
  if (missing.length === 0) return null;
  const message = missing.join('\n');
  if (process.env.CI) {
    // In CI a browser test never skips itself.
    throw new Error(`Tests navigateur impossibles en CI :\n${message}`);
  }
  console.warn(
    `\n${'!'.repeat(78)}\n!! TESTS NAVIGATEUR NON EXÉCUTÉS\n${message
      .split('\n')
      .map((l) => `!! ${l}`)
      .join('\n')}\n${'!'.repeat(78)}\n`,
  );
  return message;
}

// The static server (headers of static/_headers, clean URLs) is shared with the
// link check and `npm run audit:lighthouse`: see scripts/static-server.ts.
import {startServer, type StaticServer} from '../../scripts/static-server';

export {readHostHeaders, startServer, type StaticServer} from '../../scripts/static-server';

export const launchBrowser = launchChromium;

/**
 * How long a browser test waits on a condition (a status text, a count, an
 * element, a navigation) before failing. Sized for this 2-core machine under
 * load (a fresh-clone CI beside other work: load average ~20), where a search
 * index that loads in 0.3 s when quiet took over 10 s. A condition that holds
 * is met as soon as it holds; this only bounds how long a real failure takes
 * to be reported. Tests wait on conditions, never on fixed delays.
 */
export const WAIT_MS = 60_000;

/** Playwright's own waits (actions, navigations) sized like WAIT_MS. */
export function patient<T extends {setDefaultTimeout(ms: number): void; setDefaultNavigationTimeout(ms: number): void}>(target: T): T {
  target.setDefaultTimeout(WAIT_MS);
  target.setDefaultNavigationTimeout(WAIT_MS);
  return target;
}

/**
 * URLs of the scripts a page has run: its entry scripts (preloaded, then run by
 * the loader once the page is painted: src/plugins/lean-client/paint-first.ts)
 * and the chunks the bundler loaded since. Not the files Docusaurus only
 * prefetches for the links in view.
 */
export function scriptsRunBy(page: {evaluate<R>(fn: () => R): Promise<R>}): Promise<string[]> {
  return page.evaluate(() => [
    ...Array.from(document.querySelectorAll('link[rel="preload"][as="script"][data-entry]'), (l) => (l as HTMLLinkElement).href),
    ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType === 'script').map((e) => e.name),
  ]);
}

// runAxe and watchErrors live in files without vitest, which the bench imports too.
export {runAxe, type AxeViolation} from './route-checks/axe';
export {gotoReady, watchErrors} from './route-pass';
import type {AxeViolation} from './route-checks/axe';
import {gotoReady, watchErrors} from './route-pass';

export function describeViolations(url: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${url}: ${v.id} (${v.impact}) ${v.help} → ${v.targets.join(' | ')}`).join('\n');
}

export interface SiteSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** Opens a path of the built site in a new page; fails unless the server answers 200. */
  open(path: string): Promise<{page: Page; errors: string[]}>;
}

/**
 * Call inside a describe(): serves build/ and launches Chromium for the whole
 * block, closing both afterwards.
 */
export function useSiteSession(): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useSiteSession: server not started (use it inside describe)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useSiteSession: browser not launched (use it inside describe)');
      return browser;
    },
    async open(path: string) {
      const page = patient(await this.browser.newPage());
      const errors = watchErrors(page);
      const response = await gotoReady(page, this.server.origin + path, WAIT_MS);
      expect(response?.status(), `${path} status`).toBe(200);
      return {page, errors};
    },
  };
}
