/**
 * What crawlers, feed readers and browsers find in the production build, read
 * as files (no browser: fast): every page's title, description, <h1> and head
 * links; both 404 pages; robots.txt and both sitemaps cross-checked against the
 * built files; the web manifests and icons; the newsletter feeds against the
 * Atom, RSS and JSON Feed 1.1 requirements (a standard feed parser for RSS and
 * Atom, the JSON Feed 1.1 specification's rules for feed.json).
 *
 * Needs build/ (npm run build): in CI a missing build is a failure; locally the
 * tests say so loudly and do not run.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseFeed} from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import {beforeAll, describe, expect, it} from 'vitest';
import siteConfig from '../../docusaurus.config';
import {LOCALES, SERIES, SERIES_IDS, localePrefix, type Locale} from '../../scripts/newsletter/series';
import {listSlugs} from '../../scripts/newsletter/issue';
import {buildDir, siteDir} from './helpers';

function unavailable(): string | null {
  if (fs.existsSync(path.join(buildDir, 'index.html')) && fs.existsSync(path.join(buildDir, 'en', 'index.html'))) return null;
  const message = `Le site compilé est absent de ${buildDir}. Lancez d'abord : npm run build`;
  if (process.env.CI) throw new Error(`Vérification des fichiers compilés impossible en CI :\n${message}`);
  console.warn(`\n${'!'.repeat(78)}\n!! PAGES, FILS ET PLAN DU SITE NON VÉRIFIÉS\n!! ${message}\n${'!'.repeat(78)}\n`);
  return message;
}

const skip = unavailable();
const origin = siteConfig.url.replace(/\/+$/, '');
const HTML_LANG: Record<Locale, string> = {fr: 'fr-CA', en: 'en-CA'};

interface Page {
  /** Path relative to build/, e.g. "en/centre.html". */
  file: string;
  locale: Locale;
  $: cheerio.CheerioAPI;
}

/** Every .html file under dir, sorted. */
function htmlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, {recursive: true, withFileTypes: true}) as fs.Dirent[])
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The file a site path is served from (clean URLs: /centre → centre.html, /en/ → en/index.html), or null. */
function fileOf(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.find((c) => fs.existsSync(path.join(buildDir, c)) && fs.statSync(path.join(buildDir, c)).isFile()) ?? null;
}

/** Site path of an absolute URL of this site, or null for another origin. */
function sitePath(url: string): string | null {
  return url.startsWith(`${origin}/`) ? url.slice(origin.length) : null;
}

/** Width and height of a PNG (its IHDR chunk), after checking the signature. */
function pngSize(data: Buffer): {width: number; height: number; alpha: boolean} {
  expect(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  const colourType = data.readUInt8(25);
  return {width: data.readUInt32BE(16), height: data.readUInt32BE(20), alpha: colourType === 4 || colourType === 6};
}

describe.skipIf(skip)('pages of the built site, read as files', () => {
  let pages: Page[];

  beforeAll(() => {
    pages = htmlFiles(buildDir).map((abs) => {
      const file = path.relative(buildDir, abs).split(path.sep).join('/');
      return {file, locale: file.startsWith('en/') ? 'en' : 'fr', $: cheerio.load(fs.readFileSync(abs, 'utf8'))};
    });
  });

  it('reads the pages of both languages', () => {
    expect(pages.filter((p) => p.locale === 'fr').length).toBeGreaterThan(100);
    expect(pages.filter((p) => p.locale === 'en').length).toBeGreaterThan(100);
  });

  it('every page has a meta description of its own words', () => {
    const missing = pages.filter(({$}) => ($('head meta[name="description"]').attr('content') ?? '').trim().length < 20).map((p) => p.file);
    expect(missing).toEqual([]);
  });

  it('no two pages of a language share a <title>', () => {
    const seen = new Map<string, string[]>();
    for (const {file, locale, $} of pages) {
      const title = $('head title').text().trim();
      expect(title, file).not.toBe('');
      const key = `${locale} ${title}`;
      seen.set(key, [...(seen.get(key) ?? []), file]);
    }
    const duplicates = [...seen].filter(([, files]) => files.length > 1).map(([title, files]) => `${title}: ${files.join(', ')}`);
    expect(duplicates).toEqual([]);
  });

  it('every page has exactly one <h1>', () => {
    const wrong = pages.filter(({$}) => $('h1').length !== 1).map(({file, $}) => `${file}: ${$('h1').length}`);
    expect(wrong).toEqual([]);
  });

  it('every page links the favicon.ico, the apple-touch icon and its language’s web manifest, all present', () => {
    const problems: string[] = [];
    for (const {file, locale, $} of pages) {
      const prefix = localePrefix(locale);
      const href = (selector: string) => $(`head ${selector}`).attr('href') ?? '';
      const expected: [string, string, RegExp][] = [
        ['icon .ico', href('link[rel="icon"][href$=".ico"]'), /\.ico$/],
        ['apple-touch-icon', href('link[rel="apple-touch-icon"]'), /\.png$/],
        ['manifest', href('link[rel="manifest"]'), new RegExp(`^${prefix}/manifest\\.webmanifest$`)],
      ];
      for (const [what, value, shape] of expected) {
        if (!shape.test(value)) problems.push(`${file}: ${what} « ${value} »`);
        else if (!fileOf(value)) problems.push(`${file}: ${what} ${value} absent de build/`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('feed links in every page: the three feeds of each newsletter, JSON as application/feed+json, titled in the page’s language', () => {
    const problems: string[] = [];
    const label = {fr: /^Fil (RSS|Atom|JSON) — /, en: /^(RSS|Atom|JSON) feed — /};
    for (const {file, locale, $} of pages) {
      const links = $('head link[rel="alternate"][type]')
        .toArray()
        .map((l) => ({type: $(l).attr('type') ?? '', href: $(l).attr('href') ?? '', title: $(l).attr('title') ?? ''}));
      const types = links.map((l) => l.type).sort();
      const expected = SERIES_IDS.flatMap(() => ['application/atom+xml', 'application/feed+json', 'application/rss+xml']).sort();
      if (types.join() !== expected.join()) problems.push(`${file}: types ${types.join(', ')}`);
      for (const l of links) {
        if (!label[locale].test(l.title)) problems.push(`${file}: titre « ${l.title} »`);
        if (!l.href.startsWith(`${localePrefix(locale)}/`) || !fileOf(l.href)) problems.push(`${file}: ${l.href} absent`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it.each(LOCALES)('404 page (%s): its title, in the language of its folder, with links to home, search and directory', (locale) => {
    const page = pages.find((p) => p.file === (locale === 'fr' ? '404.html' : 'en/404.html'))!;
    const {$} = page;
    expect($('html').attr('lang')).toBe(HTML_LANG[locale]);
    const title = locale === 'fr' ? 'Page introuvable' : 'Page not found';
    expect($('head title').text()).toMatch(new RegExp(`^${title} \\| `));
    expect($('h1').text()).toBe(title);
    const hrefs = $('main a').toArray().map((a) => $(a).attr('href'));
    const prefix = localePrefix(locale);
    expect(hrefs).toEqual(expect.arrayContaining([`${prefix}/`, `${prefix}/recherche`, `${prefix}/meilleures-pratiques`]));
    for (const href of hrefs) expect(fileOf(href!), href).not.toBeNull();
  });

  it('the nginx configuration serves the English 404 page under /en/ and the French one elsewhere', () => {
    for (const file of [path.join(siteDir, 'deploy', 'nginx.conf.example'), path.join(buildDir, '_nginx.conf')]) {
      const conf = fs.readFileSync(file, 'utf8');
      const en = /location \/en\/ \{([^}]*)\}/.exec(conf);
      expect(en?.[1], file).toMatch(/error_page 404 \/en\/404\.html;/);
      expect(en?.[1], file).toMatch(/try_files \$uri \$uri\.html \$uri\/index\.html =404;/);
      expect(conf.replace(/location \/en\/ \{[^}]*\}/, ''), file).toMatch(/\n {4}error_page 404 \/404\.html;/);
    }
  });

  describe('robots.txt and sitemaps', () => {
    const sitemapFiles = {fr: 'sitemap.xml', en: 'en/sitemap.xml'} as const;
    let locs: Record<Locale, string[]>;

    beforeAll(() => {
      locs = {fr: [], en: []};
      for (const locale of LOCALES) {
        const $ = cheerio.load(fs.readFileSync(path.join(buildDir, sitemapFiles[locale]), 'utf8'), {xmlMode: true});
        expect($('urlset').attr('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
        locs[locale] = $('url > loc')
          .toArray()
          .map((l) => $(l).text().trim());
      }
    });

    it('robots.txt lets every page be crawled and names the sitemap of each language', () => {
      const robots = fs.readFileSync(path.join(buildDir, 'robots.txt'), 'utf8');
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
      const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]);
      expect(sitemaps).toEqual([`${origin}/sitemap.xml`, `${origin}/en/sitemap.xml`]);
      for (const s of sitemaps) expect(fileOf(sitePath(s)!), s).not.toBeNull();
      // Served at the root only: the English folder has no robots.txt of its own.
      expect(fs.existsSync(path.join(buildDir, 'en', 'robots.txt'))).toBe(false);
    });

    it('every sitemap URL is a built page of its language, indexable, with that URL as canonical', () => {
      const problems: string[] = [];
      for (const locale of LOCALES) {
        expect(locs[locale].length).toBeGreaterThan(100);
        expect(new Set(locs[locale]).size).toBe(locs[locale].length);
        for (const loc of locs[locale]) {
          const p = sitePath(loc);
          const file = p === null ? null : fileOf(p);
          if (!file) {
            problems.push(`${sitemapFiles[locale]}: ${loc} ne correspond à aucun fichier`);
            continue;
          }
          if ((locale === 'en') !== p!.startsWith('/en/')) problems.push(`${sitemapFiles[locale]}: ${loc} d'une autre langue`);
          const $ = cheerio.load(fs.readFileSync(path.join(buildDir, file), 'utf8'));
          if (/noindex/i.test($('meta[name="robots"]').attr('content') ?? '')) problems.push(`${loc}: page noindex`);
          if ($('link[rel="canonical"]').attr('href') !== loc) problems.push(`${loc}: canonique ${$('link[rel="canonical"]').attr('href')}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('tag pages are built but left out of the sitemaps; every other page is in its language’s sitemap', () => {
      const inSitemaps = new Set([...locs.fr, ...locs.en].map((l) => fileOf(sitePath(l)!)));
      const tagPage = (file: string) => /^(en\/)?(rond-point|veille)\/tags(\.html|\/)/.test(file);
      const tagPages = pages.filter((p) => tagPage(p.file));
      // Both series in both languages: the list of tags and at least one tag page each.
      expect(tagPages.length).toBeGreaterThanOrEqual(SERIES_IDS.length * LOCALES.length * 2);
      expect(tagPages.filter((p) => inSitemaps.has(p.file)).map((p) => p.file)).toEqual([]);
      const missing = pages
        .filter((p) => !tagPage(p.file) && !/(^|\/)404\.html$/.test(p.file) && !inSitemaps.has(p.file))
        .filter(({$}) => !/noindex/i.test($('meta[name="robots"]').attr('content') ?? ''))
        .map((p) => p.file);
      expect(missing).toEqual([]);
    });
  });

  describe('web manifests and icons', () => {
    it.each(LOCALES)('manifest (%s): name, short name, language, colours, start URL and icons that exist at their size', (locale) => {
      const prefix = localePrefix(locale);
      const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, prefix.slice(1), 'manifest.webmanifest'), 'utf8')) as {
        name: string;
        short_name: string;
        lang: string;
        start_url: string;
        scope: string;
        theme_color: string;
        background_color: string;
        icons: {src: string; sizes: string; type: string}[];
      };
      expect(manifest.name).toBe("Centre d'expertise des grands organismes");
      expect(manifest.short_name.length).toBeGreaterThan(0);
      expect(manifest.short_name.length).toBeLessThanOrEqual(12);
      expect(manifest.lang).toBe(HTML_LANG[locale]);
      expect(manifest.start_url).toBe(`${prefix}/`);
      expect(fileOf(manifest.start_url)).toBe(`${prefix.slice(1)}${prefix ? '/' : ''}index.html`);
      expect(manifest.scope).toBe(`${prefix}/`);
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
      expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
      const sizes = manifest.icons.map((i) => i.sizes);
      expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
      for (const icon of manifest.icons) {
        const file = fileOf(icon.src);
        expect(file, icon.src).not.toBeNull();
        if (icon.type === 'image/png') {
          const {width, height} = pngSize(fs.readFileSync(path.join(buildDir, file!)));
          expect(`${width}x${height}`).toBe(icon.sizes);
        } else {
          expect(icon.type).toBe('image/svg+xml');
          expect(fs.readFileSync(path.join(buildDir, file!), 'utf8')).toMatch(/^<svg /);
        }
      }
    });

    it('apple-touch icon: a 180×180 opaque PNG', () => {
      const $ = cheerio.load(fs.readFileSync(path.join(buildDir, 'index.html'), 'utf8'));
      const file = fileOf($('link[rel="apple-touch-icon"]').attr('href')!);
      expect(pngSize(fs.readFileSync(path.join(buildDir, file!)))).toEqual({width: 180, height: 180, alpha: false});
    });

    it('favicon.ico at the root: an ICO file whose images (16, 32, 48 px) are PNGs of their declared size', () => {
      const ico = fs.readFileSync(path.join(buildDir, 'favicon.ico'));
      expect(ico.readUInt16LE(0)).toBe(0);
      expect(ico.readUInt16LE(2)).toBe(1);
      const count = ico.readUInt16LE(4);
      const sizes: number[] = [];
      for (let i = 0; i < count; i++) {
        const entry = 6 + 16 * i;
        const declared = ico.readUInt8(entry) || 256;
        const length = ico.readUInt32LE(entry + 8);
        const offset = ico.readUInt32LE(entry + 12);
        expect(offset + length).toBeLessThanOrEqual(ico.length);
        const {width, height} = pngSize(ico.subarray(offset, offset + length));
        expect([width, height]).toEqual([declared, declared]);
        sizes.push(declared);
      }
      expect(sizes).toEqual([16, 32, 48]);
    });
  });
});

describe.skipIf(skip)('newsletter feeds: Atom, RSS 2.0 and JSON Feed 1.1', () => {
  const cases = SERIES_IDS.flatMap((series) => LOCALES.map((locale) => [series, locale] as const));

  it.each(cases)('%s (%s): Atom declares its language and its own address', (series, locale) => {
    const rel = `${localePrefix(locale)}/${SERIES[series].routeBasePath}/atom.xml`;
    const xml = fs.readFileSync(path.join(buildDir, rel), 'utf8');
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe(HTML_LANG[locale]);
    expect(feed.self).toBe(`${origin}${rel}`);
    const $ = cheerio.load(xml, {xmlMode: true});
    expect($('feed').attr('xml:lang')).toBe(HTML_LANG[locale]);
    expect($('feed > link[rel="self"]').attr('type')).toBe('application/atom+xml');
    // Atom requires an author on the feed or on every entry.
    expect($('feed > entry').length).toBe(listSlugs(siteDir, series).length);
    for (const entry of $('feed > entry').toArray()) expect($(entry).find('author > name').text().length, $(entry).find('id').text()).toBeGreaterThan(0);
  });

  it.each(cases)('%s (%s): RSS names its own address (atom:link rel="self") and its language', (series, locale) => {
    const rel = `${localePrefix(locale)}/${SERIES[series].routeBasePath}/rss.xml`;
    const feed = parseFeed(fs.readFileSync(path.join(buildDir, rel), 'utf8'));
    expect(feed.meta.type).toBe('rss');
    expect(feed.self).toBe(`${origin}${rel}`);
    expect(feed.language).toBe(HTML_LANG[locale]);
  });

  it.each(cases)('%s (%s): feed.json follows JSON Feed 1.1', (series, locale) => {
    const rel = `${localePrefix(locale)}/${SERIES[series].routeBasePath}/feed.json`;
    const feed = JSON.parse(fs.readFileSync(path.join(buildDir, rel), 'utf8')) as Record<string, unknown> & {items: Record<string, unknown>[]};
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe(`${origin}${rel}`);
    expect(feed.home_page_url).toBe(`${origin}${localePrefix(locale)}/${SERIES[series].routeBasePath}`);
    expect(feed.language).toBe(HTML_LANG[locale]);
    const validAuthors = (authors: unknown) =>
      Array.isArray(authors) &&
      authors.length > 0 &&
      authors.every((a: {name?: unknown; url?: unknown}) => typeof a.name === 'string' && a.name.length > 0 && (a.url === undefined || /^https:\/\//.test(String(a.url))));
    expect(validAuthors(feed.authors), JSON.stringify(feed.authors)).toBe(true);
    // `author` is deprecated in 1.1: authors replaces it.
    expect(feed).not.toHaveProperty('author');
    expect(feed.items).toHaveLength(listSlugs(siteDir, series).length);
    const ids = new Set<unknown>();
    for (const item of feed.items) {
      const where = String(item.id);
      expect(typeof item.id, where).toBe('string');
      ids.add(item.id);
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string', where).toBe(true);
      expect(fileOf(sitePath(String(item.url)) ?? ''), where).not.toBeNull();
      // RFC 3339 date-time.
      expect(String(item.date_published), where).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(Number.isNaN(Date.parse(String(item.date_published))), where).toBe(false);
      expect(validAuthors(item.authors), `${where} ${JSON.stringify(item.authors)}`).toBe(true);
      expect(item, where).not.toHaveProperty('author');
    }
    expect(ids.size).toBe(feed.items.length);
  });
});
