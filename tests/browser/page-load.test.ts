/**
 * What a page runs while it loads (src/plugins/lean-client): no syntax
 * highlighter is shipped; each page's HTML lists its own scripts, main.js last,
 * so that main.js fetches nothing more before hydrating; the scripts every page
 * runs carry V8's compile hint; the phone menu is drawn when first opened; and
 * links are still prefetched (so the next page opens at once), only later, in
 * idle time.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {browserTestsUnavailable, buildDir, gotoReady, patient, useSiteSession, WAIT_MS} from './helpers';
import {COMPILE_HINT} from '../../src/plugins/lean-client/compile-hints';

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true, recursive: true}).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** The one script of each locale's build whose name matches (runtime~main.js, main.js). */
function entryScripts(name: RegExp): {where: string; code: string}[] {
  return [buildDir, path.join(buildDir, 'en')].map((dir) => {
    const files = fs.readdirSync(path.join(dir, 'assets', 'js')).filter((f) => name.test(f));
    expect(files, `${dir}: ${name}`).toHaveLength(1);
    const file = path.join(dir, 'assets', 'js', files[0]!);
    return {where: path.relative(buildDir, file), code: fs.readFileSync(file, 'utf8')};
  });
}
const MAIN = /^main\..+\.js$/;

/** The entry scripts a page's HTML lists, in order: links the loader runs once the page is painted (paint-first.ts). */
const scriptsOf = (html: string) => [...html.matchAll(/<link\b[^>]*\bdata-entry\b[^>]*>/g)].map((m) => /\bhref="?([^\s">]+)/.exec(m[0])![1]!);

const unavailable = browserTestsUnavailable();

describe.skipIf(unavailable)('page-load work', () => {
  const site = useSiteSession();

  it('ships no Prism highlighter in any script of the build', () => {
    const dir = path.join(buildDir, 'assets', 'js');
    // Prism's core keeps these property names through minification.
    const withPrism = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => {
        const code = fs.readFileSync(path.join(dir, f), 'utf8');
        return code.includes('insertBefore') && code.includes('DFS');
      });
    expect(withPrism).toEqual([]);
  });

  it("main.js carries only the tslib helpers the client calls, not all of tslib, in both locales", () => {
    for (const {where, code} of entryScripts(MAIN)) {
      // Messages of __generator and __classPrivateFieldGet, which no client code calls.
      expect(code.includes('Generator is already executing'), where).toBe(false);
      expect(code.includes('Private accessor was defined without a getter'), where).toBe(false);
      // The helper it does call is there.
      expect(code.includes('__importDefault'), where).toBe(true);
    }
  });

  it('main.js carries the site config without what only the build reads (plugin options, HTML template, Prism theme), in both locales', () => {
    for (const {where, code} of entryScripts(MAIN)) {
      // An option of the newsletters plugin, the template's own syntax, the Prism theme.
      expect(code.includes('blogSidebarCount'), where).toBe(false);
      expect(/ssrTemplate|it\.htmlAttributes/.test(code), where).toBe(false);
      expect(/prism:\{/.test(code), where).toBe(false);
      // What the pages do read is still there (the tagline).
      expect(code.includes('Partager les pratiques'), where).toBe(true);
    }
  });

  it('every page lists its scripts with the runtime first and main.js last, and the pages that need chunks list them', () => {
    const files = htmlFiles(buildDir);
    expect(files.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    let withScripts = 0;
    let withChunks = 0;
    for (const file of files) {
      const scripts = scriptsOf(fs.readFileSync(file, 'utf8'));
      if (scripts.length === 0) continue; // a redirect page
      withScripts++;
      const rel = path.relative(buildDir, file);
      if (!/\/runtime~main\.[^/]+\.js$/.test(scripts[0]!)) wrong.push(`${rel}: first script ${scripts[0]}`);
      if (!/\/main\.[^/]+\.js$/.test(scripts.at(-1)!)) wrong.push(`${rel}: last script ${scripts.at(-1)}`);
      for (const s of scripts) if (!fs.existsSync(path.join(buildDir, s.replace(/^\//, '')))) wrong.push(`${rel}: ${s} is not in the build`);
      if (scripts.length > 2) withChunks++;
    }
    expect(wrong).toEqual([]);
    expect(withScripts).toBeGreaterThan(100);
    // Every page renders at least its own route's component from a chunk.
    expect(withChunks).toBe(withScripts);
  });

  it('the scripts every page runs (runtime~main.js, main.js) start with the compile hint, in both locales', () => {
    for (const {where, code} of [...entryScripts(/^runtime~main\..+\.js$/), ...entryScripts(MAIN)]) expect(code.startsWith(COMPILE_HINT), where).toBe(true);
  });

  for (const route of ['/meilleures-pratiques/sondages-en-ligne', '/en/etalonnage', '/meilleures-pratiques']) {
    it(`${route}: main.js finds the page's chunks already loaded and asks for no script before the page has loaded`, async () => {
      const page = patient(await site.browser.newPage());
      const requested: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname);
      });
      const response = await page.goto(site.server.origin + route, {waitUntil: 'load'});
      const listed = scriptsOf((await response!.text()));
      expect(listed.length).toBeGreaterThan(2);
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: WAIT_MS});
      // Each fetched once: the scripts the loader appends run from the preloads' responses.
      expect(requested).toEqual(listed);
      await page.close();
    });
  }

  // The text is on screen before main.js is evaluated and the page hydrated, even
  // when the scripts are already at hand (here: served at once, like a cache would).
  for (const route of ['/meilleures-pratiques/sondages-en-ligne', '/en/etalonnage/indicateurs/appels-volume']) {
    it(`${route}: the page is painted before main.js runs, then hydrates`, async () => {
      const page = patient(await site.browser.newPage());
      // A string: a function would be rewritten by the test's compiler with helpers the page lacks.
      await page.addInitScript(`
        window.cegoMainAt = null;
        new MutationObserver(function (records) {
          for (const r of records) for (const n of r.addedNodes) {
            if (window.cegoMainAt === null && n.tagName === 'SCRIPT' && /\\/main\\.[^/]+\\.js$/.test(n.src)) window.cegoMainAt = performance.now();
          }
        }).observe(document, {subtree: true, childList: true});`);
      await page.goto(site.server.origin + route, {waitUntil: 'load'});
      await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached', timeout: WAIT_MS});
      const {mainAt, fcp} = await page.evaluate(() => ({
        mainAt: (window as unknown as {cegoMainAt: number | null}).cegoMainAt,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      }));
      expect(fcp, 'first contentful paint').not.toBeNull();
      expect(mainAt, 'main.js added to the page').not.toBeNull();
      expect(mainAt!).toBeGreaterThan(fcp!);
      await page.close();
    });
  }

  // Building a collator (the first localeCompare of a page) costs tens of milliseconds
  // on a phone, inside the task that hydrates the page: the orders these pages show
  // are sorted at build time.
  it('no page builds a collator while it loads and hydrates: directory, agency, indicator, sheet, home', async () => {
    const page = patient(await site.browser.newPage());
    await page.addInitScript(() => {
      const calls: string[] = [];
      Object.assign(window, {cegoCollatorCalls: calls});
      const compare = String.prototype.localeCompare;
      String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof compare>) {
        calls.push(`localeCompare ${new Error().stack?.split('\n')[2]?.trim()}`);
        return compare.apply(this, args);
      };
      const Collator = Intl.Collator;
      const spy = function (...args: ConstructorParameters<typeof Collator>) {
        calls.push(`Intl.Collator ${new Error().stack?.split('\n')[2]?.trim()}`);
        return new Collator(...args);
      };
      Object.assign(spy, {supportedLocalesOf: Collator.supportedLocalesOf});
      spy.prototype = Collator.prototype;
      Intl.Collator = spy as unknown as typeof Intl.Collator;
    });
    const found: Record<string, string[]> = {};
    for (const route of ['/meilleures-pratiques', '/en/meilleures-pratiques', '/etalonnage/organismes/saaq', '/en/etalonnage/organismes/saaq', '/etalonnage/indicateurs/appels-volume', '/meilleures-pratiques/sondages-en-ligne', '/']) {
      // Until hydrated: the directory's facets and the agency's table are sorted in that render.
      await gotoReady(page, site.server.origin + route, WAIT_MS);
      const calls = await page.evaluate(() => (window as unknown as {cegoCollatorCalls: string[]}).cegoCollatorCalls);
      if (calls.length > 0) found[route] = [...new Set(calls)];
    }
    expect(found).toEqual({});
    await page.close();
  });

  it('on a phone, the menu is drawn when first opened: it shows the sheets of the sidebar and leads to them', async () => {
    const context = await site.browser.newContext({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    try {
      const page = patient(await context.newPage());
      await gotoReady(page, `${site.server.origin}/meilleures-pratiques/sondages-en-ligne`, WAIT_MS);
      const toggle = page.locator('button.navbar__toggle');
      // Hydrated, at phone width: no menu drawn before the first tap.
      await expect(page.locator('.navbar-sidebar').count()).resolves.toBe(0);
      await toggle.tap();
      const menu = page.locator('.navbar-sidebar');
      await menu.waitFor({state: 'visible'});
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      const sheet = menu.locator('a.menu__link[href="/meilleures-pratiques/apprentissage-en-ligne"]');
      await sheet.waitFor({state: 'visible'});
      await sheet.tap();
      await page.waitForURL((u) => u.pathname === '/meilleures-pratiques/apprentissage-en-ligne');
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
      // Closed after the navigation, and opened again at once.
      await expect.poll(() => page.locator('.navbar.navbar-sidebar--show').count(), {timeout: WAIT_MS}).toBe(0);
      await toggle.tap();
      await menu.waitFor({state: 'visible'});
    } finally {
      await context.close();
    }
  });

  for (const route of ['/meilleures-pratiques/sondages-en-ligne', '/en/meilleures-pratiques/sondages-en-ligne']) {
    it(`${route}: the files of the pages its visible links lead to are prefetched once the page is idle, each once`, async () => {
      const {page, errors} = await site.open(route);
      // The next practice sheet, linked at the bottom of the page: every file its HTML lists is
      // prefetched or was already fetched by this page, and no file is prefetched twice.
      const next = page.locator('.pagination-nav__link--next');
      const target = (await next.getAttribute('href'))!;
      const needed = scriptsOf(fs.readFileSync(path.join(buildDir, `${target}.html`), 'utf8'));
      expect(needed.length).toBeGreaterThan(2);
      // Docusaurus prefetches the links in view: the reader reaches the end of the sheet.
      await next.scrollIntoViewIfNeeded();
      const requested = () =>
        page.evaluate(() => ({
          prefetched: Array.from(document.querySelectorAll('link[rel="prefetch"]'), (l) => new URL((l as HTMLLinkElement).href).pathname),
          loaded: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
        }));
      await expect
        .poll(async () => {
          const {prefetched, loaded} = await requested();
          return needed.filter((f) => !prefetched.includes(f) && !loaded.includes(f));
        }, {timeout: 15_000})
        .toEqual([]);
      const {prefetched} = await requested();
      expect(prefetched.filter((f, i) => prefetched.indexOf(f) !== i), 'files asked for twice').toEqual([]);
      // It opens from those chunks without a reload.
      await page.evaluate(() => Object.assign(window, {cegoSameDocument: true}));
      await next.click();
      await page.waitForURL((url) => url.pathname === target);
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
      expect(await page.evaluate(() => 'cegoSameDocument' in window), 'client-side navigation, no reload').toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
