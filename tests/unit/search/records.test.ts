/**
 * npm run search:records: one Algolia record per content route and per locale,
 * practice sheets with their facets. Runs on a small built-site fixture written
 * here; tests/browser/search-records.test.ts checks the real build/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {generateRecords, sitemapRoutes, type AlgoliaRecord} from '../../../scripts/search-records';
import {loadDirectoryData} from '../../../src/plugins/practice-directory/data';

const siteDir = path.resolve(__dirname, '../../..');
const ORIGIN = 'https://www.grandsorganismes.gouv.qc.ca';

function page(opts: {lang: 'fr' | 'en'; route: string; title: string; body: string; tag?: string; section?: string}): string {
  return `<!doctype html><html lang="${opts.lang}-CA"><head>
<title>${opts.title} | Centre d'expertise des grands organismes</title>
<meta name="docusaurus_locale" content="${opts.lang}"><meta name="docusaurus_tag" content="${opts.tag ?? 'docs-default-current'}">
<meta name="description" content="Résumé de ${opts.title}"><link rel="canonical" href="${ORIGIN}${opts.route}">
</head><body><nav class="navbar"><a class="navbar__link navbar__link--active" href="#">${opts.section ?? 'Section'}</a></nav>
<main><article><div class="theme-doc-markdown markdown"><header><h1>${opts.title}</h1></header>${opts.body}</div></article></main></body></html>`;
}

function sitemap(routes: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><urlset>${routes.map((r) => `<url><loc>${ORIGIN}${r}</loc></url>`).join('')}</urlset>`;
}

function write(dir: string, route: string, html: string) {
  const rel = route.replace(/^\/(en\/?)?/, '');
  const file = path.join(dir, route.startsWith('/en') ? 'en' : '', rel === '' ? 'index.html' : `${rel}.html`);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, html);
}

describe('search records (fixture build)', () => {
  let records: AlgoliaRecord[];
  const fr = ['/', '/reseaux/crc', '/meilleures-pratiques/sondages-en-ligne', '/rond-point/tags/crc', '/rond-point/bulletin-1'];
  const en = ['/en/', '/en/reseaux/crc', '/en/meilleures-pratiques/sondages-en-ligne'];

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cego-records-'));
    for (const [lang, routes] of [['fr', fr], ['en', en]] as const) {
      for (const route of routes) {
        const tag = route.includes('/tags/') ? 'blog_tags_posts' : route.includes('rond-point') ? 'default' : undefined;
        write(dir, route, page({lang, route, title: `Page ${route}`, body: `<p>Texte de l’équipement ${route}</p><h2>Section deux</h2><p>Suite</p>`, tag}));
      }
      fs.writeFileSync(path.join(dir, lang === 'en' ? 'en' : '', 'sitemap.xml'), sitemap(routes));
    }
    // A route listed twice in a sitemap still gives one record.
    fs.appendFileSync(path.join(dir, 'sitemap.xml'), sitemap(['/reseaux/crc']));
    records = await generateRecords(dir, siteDir);
  }, 60_000);

  it('has one record per content route and per locale, tag listings excluded', () => {
    const ids = records.map((r) => r.objectID);
    expect(new Set(ids).size).toBe(ids.length);
    expect(records.filter((r) => r.lang === 'fr').map((r) => new URL(r.url).pathname).sort()).toEqual(
      ['/', '/meilleures-pratiques/sondages-en-ligne', '/reseaux/crc', '/rond-point/bulletin-1'].sort(),
    );
    expect(records.filter((r) => r.lang === 'en')).toHaveLength(3);
  });

  it('carries the DocSearch fields (url, language, docusaurus_tag, hierarchy, content)', () => {
    const r = records.find((x) => x.objectID === 'fr:/reseaux/crc')!;
    expect(r.url).toBe(`${ORIGIN}/reseaux/crc`);
    expect(r.language).toBe('fr');
    expect(r.docusaurus_tag).toBe('docs-default-current');
    expect(r.hierarchy.lvl0).toBe('Section');
    expect(r.hierarchy.lvl1).toBe('Page /reseaux/crc');
    expect(r.title).toBe('Page /reseaux/crc');
    expect(r.headings).toEqual(['Section deux']);
    expect(r.content).toContain('Texte de l’équipement /reseaux/crc');
    expect(r.content).toContain('Section deux Suite');
    expect(r.kind).toBe('page');
    expect(r.network).toBeUndefined();
  });

  it('gives practice sheets the facets of their front matter, in both locales', () => {
    for (const id of ['fr:/meilleures-pratiques/sondages-en-ligne', 'en:/en/meilleures-pratiques/sondages-en-ligne']) {
      const r = records.find((x) => x.objectID === id)!;
      expect(r.kind).toBe('practice');
      expect(r.permalink).toBe('/meilleures-pratiques/sondages-en-ligne');
      expect(r.network).toBe('satisfaction');
      expect(r.themes).toEqual(['sondages', 'satisfaction', 'services-en-ligne']);
      expect(r.channels).toEqual(['web']);
      expect(r.agencies).toEqual([]);
      expect(r.year).toBe(2006);
      expect(r.status).toBe('publiee');
    }
  });
});
