/**
 * Newsletters against the production build (both locales): feeds parse with a
 * standard feed parser, the series pages (list, archive by year and month,
 * tags, authors, subscription) render, and the email edition renders in
 * Chromium the same with and without its <style> blocks (screenshots kept in
 * test-results/newsletter/).
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseFeed} from '@rowanmanning/feed-parser';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import siteConfig from '../../docusaurus.config';
import {LOCALES, SERIES, SERIES_IDS, feedTitle, localePrefix, type Locale, type SeriesId} from '../../scripts/newsletter/series';
import {listSlugs} from '../../scripts/newsletter/issue';
import {DEFAULT_UNSUBSCRIBE_PLACEHOLDER} from '../../scripts/newsletter/email';
import {generateEmail} from '../../scripts/newsletter/index';
import {emailProblems} from '../unit/newsletter/email-checks';
import {
  WAIT_MS,
  browserTestsUnavailable,
  buildDir,
  describeViolations,
  gotoReady,
  launchBrowser,
  runAxe,
  siteDir,
  startServer,
  watchErrors,
  type StaticServer,
} from './helpers';

const unavailable = browserTestsUnavailable();
const outDir = path.join(siteDir, 'test-results', 'newsletter');
const cases = SERIES_IDS.flatMap((series) => LOCALES.map((locale) => [series, locale] as const));
const seriesUrl = (origin: string, series: SeriesId, locale: Locale) => `${origin}${localePrefix(locale)}/${SERIES[series].routeBasePath}`;

describe.skipIf(unavailable)('newsletter feeds', () => {
  describe.each(cases)('%s (%s)', (series, locale) => {
    const dir = path.join(buildDir, locale === 'fr' ? '' : locale, SERIES[series].routeBasePath);
    const count = listSlugs(siteDir, series).length;
    const base = seriesUrl(siteConfig.url, series, locale);

    it.each(['rss.xml', 'atom.xml'])('%s parses, with localized title and every issue', (file) => {
      const feed = parseFeed(fs.readFileSync(path.join(dir, file), 'utf8'));
      expect(feed.meta.type).toBe(file === 'rss.xml' ? 'rss' : 'atom');
      expect(feed.title).toBe(feedTitle(series, locale));
      expect(feed.description).toBe(SERIES[series].description[locale]);
      expect(feed.items).toHaveLength(count);
      for (const item of feed.items) {
        expect(item.url).toMatch(new RegExp(`^${base}/[a-z0-9-]+$`));
        expect(item.title).toMatch(locale === 'fr' ? /nº/ : /No\./);
        expect(item.published ?? item.updated).toBeInstanceOf(Date); // Atom has <updated> only
        expect(item.content ?? item.description).toBeTruthy();
      }
    });

    it('feed.json is a JSON Feed with every issue', () => {
      const feed = JSON.parse(fs.readFileSync(path.join(dir, 'feed.json'), 'utf8')) as {
        version: string;
        title: string;
        home_page_url: string;
        items: {id: string; url: string; title: string; content_html: string; date_published: string}[];
      };
      expect(feed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1\.1$/);
      expect(feed.title).toBe(feedTitle(series, locale));
      expect(feed.home_page_url).toBe(base);
      expect(feed.items).toHaveLength(count);
      for (const item of feed.items) {
        expect(item.url.startsWith(`${base}/`)).toBe(true);
        expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(item.content_html.length).toBeGreaterThan(200);
      }
    });
  });
});

describe.skipIf(unavailable)('newsletter pages and email edition', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    errors = watchErrors(page);
    fs.mkdirSync(outDir, {recursive: true});
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(url: string) {
    errors.length = 0;
    const response = await gotoReady(page, url, WAIT_MS);
    expect(response?.status(), url).toBe(200);
  }

  it.each(cases)('%s (%s): list, feeds in <head>, archive by year and month, tag and author pages', async (series, locale) => {
    const base = seriesUrl(server.origin, series, locale);
    const count = listSlugs(siteDir, series).length;
    await visit(base);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale === 'fr' ? 'fr-CA' : 'en-CA');
    expect(await page.locator('article').count()).toBe(Math.min(count, 10));
    const feedLinks = await page.locator('head link[rel="alternate"]').evaluateAll((links) =>
      links.map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`),
    );
    const feedPath = `${localePrefix(locale)}/${series}`;
    expect(feedLinks.join('\n')).toContain(`application/rss+xml ${feedPath}/rss.xml`);
    expect(feedLinks.join('\n')).toContain(`application/atom+xml ${feedPath}/atom.xml`);
    expect(feedLinks.join('\n')).toContain(`application/feed+json ${feedPath}/feed.json`);

    await visit(`${base}/archives`);
    expect(await page.locator('main p a').first().getAttribute('href')).toBe(feedPath);
    const years = await page.locator('main h2').allTextContents();
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((y) => /^\d{4}/.test(y))).toBe(true);
    const months = await page.locator('main h3').allTextContents();
    expect(months.length).toBeGreaterThanOrEqual(years.length);
    expect(months.every((m) => /\p{L}+ \d{4}$/u.test(m.replace(/\u200b/g, '').trim()))).toBe(true);
    expect(await page.locator('main li a').count()).toBe(count);
    expect(describeViolations(page.url(), await runAxe(page))).toBe('');

    await visit(`${base}/tags`);
    const tagHref = await page.locator('main a[href*="/tags/"]').first().getAttribute('href');
    await visit(`${server.origin}${tagHref}`);
    expect(await page.locator('article').count()).toBeGreaterThan(0);

    await visit(`${base}/authors`);
    const authorHref = await page.locator('main a[href*="/authors/"]').first().getAttribute('href');
    await visit(`${server.origin}${authorHref}`);
    expect(await page.locator('article').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it.each(LOCALES)('an example issue says so on its page (%s)', async (locale) => {
    await visit(`${seriesUrl(server.origin, 'veille', locale)}/quatre-etudes-de-cas`);
    await expect
      .poll(() => page.locator('article blockquote strong').first().textContent())
      .toBe(locale === 'fr' ? "Numéro d'exemple." : 'Example issue.');
  });

  it.each(cases)('%s (%s): on a 360 × 640 phone, every issue shows its whole title in the top half of the screen and its text begins on the first screen', async (series, locale) => {
    const phone = await browser.newPage({viewport: {width: 360, height: 640}});
    try {
      const misfits: string[] = [];
      for (const slug of listSlugs(siteDir, series)) {
        const url = `${seriesUrl(server.origin, series, locale)}/${slug}`;
        const response = await phone.goto(url, {waitUntil: 'load'});
        expect(response?.status(), url).toBe(200);
        const box = await phone.evaluate(() => {
          const title = document.querySelector('article header h1');
          const text = document.querySelector('article .markdown > *');
          return {
            title: title?.textContent ?? '',
            titleBottom: title ? title.getBoundingClientRect().bottom : Infinity,
            textTop: text ? text.getBoundingClientRect().top : Infinity,
            height: window.innerHeight,
          };
        });
        if (box.titleBottom > box.height / 2 || box.textTop > box.height - 40) {
          misfits.push(`${url}: title "${box.title}" ends at ${Math.round(box.titleBottom)} px (half the screen: ${box.height / 2} px), text begins at ${Math.round(box.textTop)} px (screen: ${box.height} px)`);
        }
      }
      expect(misfits).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it.each(LOCALES)('subscription page without configuration offers the feeds (%s)', async (locale) => {
    await visit(`${server.origin}${localePrefix(locale)}/suivre-les-bulletins`);
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.locator('main [role="note"]').count()).toBe(1);
    const hrefs = await page.locator('main a[type]').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(SERIES_IDS.length * 3);
    for (const href of hrefs) {
      const response = await page.request.get(`${server.origin}${href}`);
      expect(response.status(), href).toBe(200);
    }
    expect(describeViolations(page.url(), await runAxe(page))).toBe('');
    expect(errors).toEqual([]);
  });

  it.each([
    ['rond-point', 'fr', 'centres-de-relations-clientele'],
    ['veille', 'en', 'quatre-etudes-de-cas'],
  ] as const)('email of %s (%s) renders in Chromium, links resolve, no stylesheet-only style', async (series, locale, slug) => {
    // Built against the local server, so every absolute link can be checked.
    const dir = path.join(outDir, `${series}-${locale}`);
    const files = await generateEmail({series, slug, locale, outDir: dir, siteUrl: server.origin});
    const html = fs.readFileSync(files.html, 'utf8');
    expect(emailProblems(html, DEFAULT_UNSUBSCRIBE_PLACEHOLDER)).toEqual([]);

    const email = await browser.newPage({viewport: {width: 800, height: 1000}});
    await email.goto(`file://${files.html}`, {waitUntil: 'networkidle'});
    // Every link and image points to a page or file of the built site.
    const targets = await email.locator('a[href], img[src]').evaluateAll((els) =>
      els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
    );
    for (const target of new Set(targets)) {
      if (target === DEFAULT_UNSUBSCRIBE_PLACEHOLDER) continue;
      const response = await email.request.get(target);
      expect(response.status(), target).toBe(200);
    }
    const logo = email.locator('img').first();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await email.locator('h1').textContent()).toContain(locale === 'fr' ? 'nº' : 'No.');
    await email.screenshot({path: path.join(dir, 'screenshot.png'), fullPage: true});

    // Email clients that strip <style> must show the same thing: compare the
    // box and look of every element with and without the stylesheets.
    const snapshot = () =>
      email.evaluate(() =>
        Array.from(document.body.querySelectorAll('*')).map((el) => {
          const r = el.getBoundingClientRect();
          const s = getComputedStyle(el);
          return [
            el.tagName,
            Math.round(r.x),
            Math.round(r.y),
            Math.round(r.width),
            Math.round(r.height),
            s.color,
            s.backgroundColor,
            s.fontSize,
            s.fontWeight,
            s.fontStyle,
            s.textDecorationLine,
          ].join(' ');
        }),
      );
    const styled = await snapshot();
    await email.evaluate(() => document.querySelectorAll('style').forEach((s) => s.remove()));
    const bare = await snapshot();
    // body's own margin comes from the reset; everything inside is offset by it.
    await email.evaluate(() => (document.body.style.margin = '0'));
    const bareNoMargin = await snapshot();
    expect(bareNoMargin.filter((row, i) => row !== styled[i])).toEqual([]);
    expect(bare.length).toBe(styled.length);
    await email.screenshot({path: path.join(dir, 'screenshot-without-style.png'), fullPage: true});
    await email.close();
  });
});
