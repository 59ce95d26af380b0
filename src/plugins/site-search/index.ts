/**
 * site-search: offline full-text search, used when Algolia is not configured
 * (see docusaurus.config.ts).
 *
 * - theme/SearchBar: the navbar search form (replaces the classic theme's empty one);
 * - the search page /recherche (/en/recherche) that loads the index and answers as you type;
 * - postBuild: reads the built HTML of this locale and writes search-index.json
 *   at the root of the locale's output (build/search-index.json, build/en/search-index.json).
 *
 * The index is fetched by the search page only: no other page downloads it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {extractPage} from '../../lib/search/extract';
import {buildIndex, SEARCH_INDEX_FILE, type IndexedPage} from '../../lib/search/engine';

export const SEARCH_PAGE = 'recherche';

/** The HTML file of a route in the locale's output folder. */
export function htmlFileOfRoute(outDir: string, baseUrl: string, route: string): string | null {
  const rel = route.startsWith(baseUrl) ? route.slice(baseUrl.length) : route.replace(/^\//, '');
  const candidates = rel === '' ? ['index.html'] : [`${rel}.html`, path.join(rel, 'index.html')];
  for (const c of candidates) {
    const file = path.join(outDir, c);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

export default function siteSearchPlugin(context: LoadContext): Plugin<void> {
  const {siteDir, baseUrl, i18n} = context;
  const locale = i18n.currentLocale === 'en' ? 'en' : 'fr';
  return {
    name: 'site-search',

    getThemePath() {
      return path.join(siteDir, 'src', 'plugins', 'site-search', 'theme');
    },

    async contentLoaded({actions}) {
      actions.addRoute({
        path: `${baseUrl}${SEARCH_PAGE}`,
        component: '@site/src/plugins/site-search/SearchPage',
        exact: true,
      });
    },

    async postBuild({outDir, routesPaths}) {
      const pages: IndexedPage[] = [];
      const seen = new Set<string>();
      for (const route of [...routesPaths].sort()) {
        const url = route.length > 1 ? route.replace(/\/$/, '') : route;
        if (seen.has(url) || url.endsWith(`/${SEARCH_PAGE}`) || /\/404$/.test(url)) continue;
        seen.add(url);
        const file = htmlFileOfRoute(outDir, baseUrl, route);
        if (!file) continue;
        const page = extractPage(fs.readFileSync(file, 'utf8'), url);
        if (!page) continue;
        pages.push({
          id: pages.length,
          url: page.url,
          title: page.title,
          section: page.hierarchy.lvl0 === page.title ? '' : page.hierarchy.lvl0,
          headings: page.headings.join(' · '),
          description: page.description,
          content: page.content,
        });
      }
      const index = buildIndex(pages, locale);
      fs.writeFileSync(path.join(outDir, SEARCH_INDEX_FILE), JSON.stringify(index));
    },
  };
}
