/**
 * Reads the built HTML of the site (Node only) and turns each page into one
 * search record: the same records feed the offline index (src/plugins/site-search)
 * and the Algolia records (scripts/search-records.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';

export interface PracticeFacets {
  network: string;
  themes: string[];
  channels: string[];
  agencies: string[];
  year: number;
  status: string;
}

export interface PageRecord {
  /** Path with locale prefix, no trailing slash, e.g. /en/reseaux/crc */
  url: string;
  lang: 'fr' | 'en';
  title: string;
  /** Top navigation section (lvl0), page title (lvl1), then the page's h2 headings. */
  hierarchy: {lvl0: string; lvl1: string};
  headings: string[];
  description: string;
  content: string;
  /** Docusaurus page kind (docs-default-current, blog_posts_list, default…). */
  tag: string;
  /** Absolute URL (the page's canonical link), or '' when the page has none. */
  canonical: string;
  practice?: PracticeFacets;
}

const SITE_SUFFIX = / \| Centre d'expertise des grands organismes$/;

/** Listing pages that only repeat other pages: not indexed at all. */
const SKIP_TAGS = /^blog_(?:tags_list|tags_posts|authors_list|authors_posts|archive)/;

const clean = (s: string) => s.replace(/[\u200b\u00ad]/g, '').replace(/\s+/g, ' ').trim();

/**
 * One record for an HTML page, or null for pages that are not content (404,
 * tag and author listings, paginated lists, search pages).
 */
export function extractPage(html: string, url: string): Omit<PageRecord, 'practice'> | null {
  const $ = load(html);
  const meta = (name: string) => $(`meta[name="${name}"]`).attr('content') ?? '';
  const tag = meta('docusaurus_tag') || 'default';
  if (SKIP_TAGS.test(tag) || $('meta[name="robots"][content*="noindex"]').length > 0) return null;
  if (/\/page\/\d+$/.test(url) || /\/(?:tags|authors)(?:\/|$)/.test(url) || /\/archives$/.test(url)) return null;
  const lang = (meta('docusaurus_locale') || ($('html').attr('lang') ?? 'fr')).startsWith('en') ? 'en' : 'fr';
  const main = $('main').first();
  if (main.length === 0) return null;
  main.find('script, style, noscript, nav, .theme-doc-toc-mobile, .theme-doc-footer, .pagination-nav, .hash-link, [data-search-ignore], button').remove();
  const h1 = clean(main.find('h1').first().text());
  const title = h1 || clean($('title').text().replace(SITE_SUFFIX, ''));
  const section = clean($('.navbar__link--active').first().text()) || clean($('meta[property="og:site_name"]').attr('content') ?? '');
  const headings = main
    .find('h2, h3')
    .map((_, el) => clean($(el).text()))
    .get()
    .filter((h) => h && h !== title);
  const description = clean(meta('description'));
  // Blog list pages: title and description only (their content repeats the posts).
  const listing = tag === 'blog_posts_list';
  const root = main;
  root.find('h1').remove();
  // Block elements end with a space so that words of adjacent blocks don't merge.
  root.find('p, li, dt, dd, td, th, h2, h3, h4, h5, h6, div, br, tr, section, header, aside').each((_, el) => {
    $(el).append(' ');
  });
  const content = listing ? '' : clean(root.text());
  const canonical = $('link[rel="canonical"]').attr('href') ?? '';
  return {url, lang, title, hierarchy: {lvl0: section || title, lvl1: title}, headings, description, content, tag, canonical};
}

/** Route path of a built HTML file: build/en/reseaux/crc.html → /en/reseaux/crc. */
export function routeOfFile(buildDir: string, file: string): string {
  const rel = path.relative(buildDir, file).split(path.sep).join('/');
  const route = `/${rel}`.replace(/\.html$/, '').replace(/\/index$/, '');
  return route === '' ? '/' : route;
}

/** Every HTML file under dir, skipping the other locale's folder when asked. */
export function listHtml(dir: string, skipDirs: string[] = []): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, {withFileTypes: true})) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (d === dir && (skipDirs.includes(entry.name) || entry.name === 'assets' || entry.name === 'img')) continue;
        walk(full);
      } else if (entry.name.endsWith('.html') && entry.name !== '404.html') out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** Strips the locale prefix of a route: /en/reseaux → /reseaux. */
export function routeWithoutLocale(url: string): string {
  const m = /^\/en(\/.*)?$/.exec(url);
  return m ? (m[1] ?? '/') : url;
}
