/**
 * The site as a reader meets it, in both languages: every section landing page
 * loads, the language switcher leads to the same page in the other language,
 * a practice sheet shows its metadata, a formerly French-only sheet reads in English,
 * and axe-core finds no WCAG 2.1 AA violation where a test changes a page.
 */
import path from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, describe, expect, it} from 'vitest';
import {sitemapRoutes} from '../../scripts/search-records';
import {browserTestsUnavailable, buildDir, describeViolations, patient, runAxe, useSiteSession, WAIT_MS} from './helpers';
import {watchErrorsUntil} from './route-pass';

const unavailable = browserTestsUnavailable();

const landingPath = (locale: 'fr' | 'en', landing: string) => (locale === 'en' ? `/en${landing === '/' ? '/' : landing}` : landing);

const LANDINGS = [
  '/',
  '/centre',
  '/centre/organismes-membres',
  '/reseaux',
  '/groupes-de-travail',
  '/meilleures-pratiques',
  '/rapports',
  '/dejeuners-conferences',
  '/glossaire',
];

describe.skipIf(unavailable)('site pages in a browser', () => {
  const site = useSiteSession();
  const open = (path: string) => site.open(path);
  let reader: Page | undefined;
  afterAll(async () => reader?.close());

  // What the per-route pass (routes.test.ts) does not look at: the language of the page and of its
  // navigation. That pass loads each of these pages under the CSP and runs axe, HTML_CodeSniffer
  // and the width check on it, so they are opened here once more only to read them, in one tab.
  it('every landing page is in the per-route pass: listed in its locale\'s sitemap', () => {
    const listed = new Set([path.join(buildDir, 'sitemap.xml'), path.join(buildDir, 'en', 'sitemap.xml')].flatMap((f) => sitemapRoutes(f)));
    const missing = (['fr', 'en'] as const).flatMap((locale) => LANDINGS.map((l) => landingPath(locale, l))).filter((p) => !listed.has(p) && !listed.has(p.replace(/\/$/, '')));
    expect(missing).toEqual([]);
  });

  for (const locale of ['fr', 'en'] as const) {
    for (const landing of LANDINGS) {
      const route = landingPath(locale, landing);
      it(`${route} is in ${locale === 'fr' ? 'French' : 'English'} once hydrated: page language, a title, the navigation`, async () => {
        reader ??= patient(await site.browser.newPage());
        const errors = watchErrorsUntil(reader);
        try {
          const response = await reader.goto(site.server.origin + route, {waitUntil: 'load'});
          expect(response?.status(), route).toBe(200);
          await reader.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
          expect(await reader.getAttribute('html', 'lang')).toBe(locale === 'fr' ? 'fr-CA' : 'en-CA');
          await expect(reader.locator('h1').first().textContent()).resolves.toMatch(/\S/);
          // English navigation on English pages, French on French ones.
          const nav = await reader.locator('nav.navbar').innerText();
          expect(nav).toContain(locale === 'fr' ? 'Meilleures pratiques' : 'Best practices');
          expect(nav).not.toContain(locale === 'fr' ? 'Best practices' : 'Meilleures pratiques');
          expect(errors.errors).toEqual([]);
        } finally {
          errors.stop();
        }
      });
    }
  }

  it('the language switcher leads to the same page in the other language and back', async () => {
    const {page} = await open('/reseaux/crc');
    const switcher = page.locator('nav.navbar .navbar__items--right .dropdown');
    await switcher.locator('> .navbar__link').hover();
    await switcher.locator('.dropdown__menu a', {hasText: 'English'}).click();
    await page.waitForURL(/\/en\/reseaux\/crc$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en-CA');
    await switcher.locator('> .navbar__link').hover();
    await switcher.locator('.dropdown__menu a', {hasText: 'Français'}).click();
    await page.waitForURL((url) => url.pathname === '/reseaux/crc');
    expect(await page.getAttribute('html', 'lang')).toBe('fr-CA');
    await page.close();
  });

  it('a practice sheet shows its metadata from the front matter, in both languages', async () => {
    const {page} = await open('/meilleures-pratiques/sondages-en-ligne');
    const box = page.getByTestId('practice-metadata');
    await expect(box.innerText()).resolves.toMatch(/Mesure de la satisfaction de la clientèle/);
    await expect(box.innerText()).resolves.toMatch(/Web/);
    await expect(box.innerText()).resolves.toMatch(/Document source/);
    const violations = await runAxe(page);
    expect(violations, describeViolations('practice', violations)).toEqual([]);
    await page.close();

    const en = await open('/en/meilleures-pratiques/sondages-en-ligne');
    const enBox = en.page.getByTestId('practice-metadata');
    await expect(enBox.innerText()).resolves.toMatch(/Customer satisfaction measurement/);
    await expect(enBox.innerText()).resolves.toMatch(/Source document/);
    await en.page.close();
  });

  it('an outside practice says whose it is, and is listed apart from the Centre bodies (sheet, by-network page, directory)', async () => {
    const {page, errors} = await open('/meilleures-pratiques/garantie-de-service-en-ligne');
    const box = page.getByTestId('practice-metadata');
    await expect(box.locator('dt').allInnerTexts()).resolves.toContain('Provenance');
    await expect(page.getByTestId('practice-origin').innerText()).resolves.toBe('Pratique externe\u00a0: ServiceOntario, présentée dans le rapport source');
    // Not shown as work of a Centre body: no link to a network or working group in the box.
    expect(await box.locator('a[href*="/groupes-de-travail/"], a[href*="/reseaux/"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();

    const en = await open('/en/meilleures-pratiques/outil-evaluation-modes-toronto');
    await expect(en.page.getByTestId('practice-origin').innerText()).resolves.toBe('Outside practice: City of Toronto, described in the source report');
    await expect(en.page.getByTestId('practice-metadata').locator('dt').allInnerTexts()).resolves.toContain('Origin');
    await en.page.close();

    // The by-network page: in their own group, not under the benchmarking group.
    for (const [path, heading] of [
      ['/meilleures-pratiques/par-reseau', 'Pratiques externes'],
      ['/en/meilleures-pratiques/par-reseau', 'Outside practices'],
    ] as const) {
      const byNetwork = await open(path);
      const links = (id: string) =>
        byNetwork.page.locator(`h2#${id} ~ ul`).first().locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\/en/, '')));
      // innerText also holds the heading's anchor link (a zero-width space).
      await expect(byNetwork.page.locator('h2#pratiques-externes').innerText()).resolves.toMatch(new RegExp(`^${heading}\\W*$`));
      expect((await links('pratiques-externes')).sort()).toEqual(['/meilleures-pratiques/garantie-de-service-en-ligne', '/meilleures-pratiques/outil-evaluation-modes-toronto']);
      const benchmarking = await byNetwork.page.locator('h3').filter({hasText: /^(Étalonnage|Benchmarking)\W*$/}).evaluate((h) => Array.from(h.nextElementSibling?.querySelectorAll('a') ?? [], (a) => new URL(a.href).pathname));
      expect(benchmarking.some((p) => /garantie-de-service|outil-evaluation-modes-toronto/.test(p))).toBe(false);
      expect(byNetwork.errors).toEqual([]);
      await byNetwork.page.close();
    }

    // The directory: its own facet value, shareable as ?reseau=externe, and each card names the body.
    const directory = await open('/meilleures-pratiques?reseau=externe');
    const facet = directory.page.locator('fieldset[data-facet="network"]').getByRole('checkbox', {name: /^Pratiques externes/});
    await expect.poll(() => facet.isChecked(), {timeout: WAIT_MS}).toBe(true);
    await expect.poll(() => directory.page.locator('[data-testid="directory-hits"] h3').count(), {timeout: WAIT_MS}).toBe(2);
    const metas = await directory.page.locator('[data-testid="directory-hits"] li p:first-of-type').allInnerTexts();
    expect(metas.map((m) => m.split(' · ')[0]).sort()).toEqual(['Pratique externe\u00a0: ServiceOntario', 'Pratique externe\u00a0: Ville de Toronto']);
    expect(directory.errors).toEqual([]);
    await directory.page.close();
    const enDirectory = await open('/en/meilleures-pratiques?reseau=externe');
    // (until the engine takes over, the server's directory lists every sheet)
    await expect.poll(() => enDirectory.page.locator('[data-testid="directory-hits"] h3').count(), {timeout: WAIT_MS}).toBe(2);
    await expect
      .poll(() => enDirectory.page.locator('[data-testid="directory-hits"] li p:first-of-type').allInnerTexts(), {timeout: WAIT_MS})
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Outside practice: City of Toronto · 2012/)]));
    await expect.poll(() => enDirectory.page.locator('fieldset[data-facet="network"]').getByRole('checkbox', {name: /^Outside practices/}).isChecked(), {timeout: WAIT_MS}).toBe(true);
    await enDirectory.page.close();
  });

  it('a sheet that was French-only now reads in English under /en/, with no untranslated notice', async () => {
    // The notice itself (a page that exists only in French) is tested on a fixture
    // site: tests/unit/site/untranslated-notice.test.ts.
    const {page} = await open('/en/meilleures-pratiques/telephonie-ip');
    await expect(page.locator('h1').innerText()).resolves.toBe('IP telephony in customer contact centres');
    expect(await page.locator('.cego-untranslated').count()).toBe(0);
    expect(await page.locator('.theme-doc-markdown').getAttribute('lang')).toBeNull();
    await expect(page.getByTestId('practice-metadata').innerText()).resolves.toMatch(/Customer contact centre management/);
    await page.close();
  });

  it('agency names come from data/organismes.csv', async () => {
    const {page} = await open('/centre/organismes-membres');
    const table = await page.locator('table').first().innerText();
    expect(table).toContain("Régie de l'assurance maladie du Québec");
    expect(table).toContain('FAPAQ');
    await page.close();
  });
});
