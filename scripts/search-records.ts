/**
 * npm run search:records [-- --build DIR] [--out FILE]
 *
 * Writes the Algolia records of the whole built site (both locales) as a JSON
 * array, so that an index can be loaded without a crawler (e.g. with the
 * Algolia CLI or dashboard import). One record per page and per locale:
 *
 *   objectID, url (absolute), url_without_anchor, lang, language, docusaurus_tag,
 *   kind ('page' | 'practice'), title, description, hierarchy {lvl0…lvl6}, type,
 *   content (cut at 8,000 characters: Algolia's smaller plans cap a record at 10 KB),
 *   and for practice sheets: permalink, textLang, network ('externe' for an outside
 *   practice, with outsideBody), themes, channels,
 *   agencies, year, status (the directory's facets).
 *
 * Index settings the site expects (DocSearch + directory):
 *   searchableAttributes: hierarchy.lvl0, hierarchy.lvl1, title, description, content
 *   attributesForFaceting: language, docusaurus_tag, filterOnly(kind), filterOnly(lang),
 *     network, themes, channels, agencies, year
 *
 * Routes come from the sitemaps (build/sitemap.xml, build/en/sitemap.xml).
 * Default input build/, default output build/search-records.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import {extractPage, routeWithoutLocale} from '../src/lib/search/extract';
import {loadDirectoryData} from '../src/plugins/practice-directory/data';
import type {PracticeRecord} from '../src/plugins/practice-directory/types';

export const CONTENT_LIMIT = 8000;

export interface AlgoliaRecord {
  objectID: string;
  url: string;
  url_without_anchor: string;
  anchor: null;
  lang: 'fr' | 'en';
  language: 'fr' | 'en';
  docusaurus_tag: string;
  kind: 'page' | 'practice';
  type: 'lvl1';
  title: string;
  description: string;
  hierarchy: Record<'lvl0' | 'lvl1' | 'lvl2' | 'lvl3' | 'lvl4' | 'lvl5' | 'lvl6', string | null>;
  headings: string[];
  content: string;
  permalink?: string;
  textLang?: 'fr' | 'en';
  network?: string;
  outsideBody?: string;
  themes?: string[];
  channels?: string[];
  agencies?: string[];
  year?: number;
  status?: string;
}

const LOCALES = [
  {lang: 'fr' as const, dir: ''},
  {lang: 'en' as const, dir: 'en'},
];

/** Route paths listed by a locale's sitemap.xml. */
export function sitemapRoutes(file: string): string[] {
  const xml = fs.readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const p = new URL(m[1]!.replace(/&amp;/g, '&')).pathname.replace(/\/$/, '');
    return p === '' ? '/' : decodeURI(p);
  });
}

function htmlFile(buildDir: string, route: string): string | null {
  const rel = route === '/' ? '' : route.replace(/^\//, '');
  for (const c of rel === '' ? ['index.html'] : [`${rel}.html`, path.join(rel, 'index.html')]) {
    const f = path.join(buildDir, c);
    if (fs.existsSync(f)) return f;
  }
  return null;
}

function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const s = text.slice(0, limit);
  const space = s.lastIndexOf(' ');
  return `${space > limit * 0.8 ? s.slice(0, space) : s}…`;
}

export async function generateRecords(buildDir: string, siteDir: string): Promise<AlgoliaRecord[]> {
  const records: AlgoliaRecord[] = [];
  for (const {lang, dir} of LOCALES) {
    const sitemap = path.join(buildDir, dir, 'sitemap.xml');
    if (!fs.existsSync(sitemap)) throw new Error(`${sitemap} introuvable : compilez d'abord le site (npm run build).`);
    const practices = new Map<string, PracticeRecord>((await loadDirectoryData(siteDir, lang)).records.map((r) => [r.permalink, r]));
    const seen = new Set<string>();
    for (const route of sitemapRoutes(sitemap)) {
      if (seen.has(route)) continue;
      seen.add(route);
      const file = htmlFile(buildDir, route);
      if (!file) continue;
      const page = extractPage(fs.readFileSync(file, 'utf8'), route);
      if (!page) continue;
      const practice = practices.get(routeWithoutLocale(route));
      const url = page.canonical || route;
      records.push({
        objectID: `${lang}:${route}`,
        url,
        url_without_anchor: url,
        anchor: null,
        lang,
        language: lang,
        docusaurus_tag: page.tag,
        kind: practice ? 'practice' : 'page',
        type: 'lvl1',
        title: page.title,
        description: page.description,
        hierarchy: {lvl0: page.hierarchy.lvl0, lvl1: page.hierarchy.lvl1, lvl2: null, lvl3: null, lvl4: null, lvl5: null, lvl6: null},
        headings: page.headings,
        content: cut(page.content, CONTENT_LIMIT),
        ...(practice
          ? {
              permalink: practice.permalink,
              textLang: practice.textLang,
              network: practice.network,
              ...(practice.outsideBody ? {outsideBody: practice.outsideBody} : {}),
              themes: practice.themes,
              channels: practice.channels,
              agencies: practice.agencies,
              year: practice.year,
              status: practice.status,
            }
          : {}),
      });
    }
  }
  return records;
}

async function main(argv: string[]): Promise<void> {
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const siteDir = process.cwd();
  const buildDir = path.resolve(opt('--build') ?? 'build');
  const out = path.resolve(opt('--out') ?? path.join(buildDir, 'search-records.json'));
  const records = await generateRecords(buildDir, siteDir);
  fs.mkdirSync(path.dirname(out), {recursive: true});
  fs.writeFileSync(out, `${JSON.stringify(records, null, 1)}\n`);
  const count = (lang: string) => records.filter((r) => r.lang === lang).length;
  const practices = records.filter((r) => r.kind === 'practice').length;
  console.log(`${records.length} enregistrements (fr ${count('fr')}, en ${count('en')}, dont ${practices} fiches de pratique) → ${path.relative(siteDir, out)}`);
}

if (process.argv[1] && /search-records\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error((e as Error).message);
    process.exitCode = 1;
  });
}
