/**
 * practice-directory: the faceted best-practice directory at /meilleures-pratiques
 * (/en/meilleures-pratiques).
 *
 * Reads the practice sheets with src/lib/practices.ts (the same validation as
 * cego-data) and writes one JSON index per locale with createData: it is a module
 * of this route only, so no other page downloads it (global data would ship it
 * everywhere). The page searches it with a local InstantSearch client, or queries
 * Algolia when customFields.algolia is set (see docusaurus.config.ts).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadDirectoryData, PRACTICE_ROUTE} from './data';
import type {DirectoryData} from './types';

export default function practiceDirectoryPlugin(context: LoadContext): Plugin<DirectoryData> {
  const {siteDir, baseUrl, i18n} = context;
  const locale = i18n.currentLocale === 'en' ? 'en' : 'fr';
  return {
    name: 'practice-directory',

    getPathsToWatch() {
      return [
        path.join(siteDir, 'data', '*.csv'),
        path.join(siteDir, 'docs', 'meilleures-pratiques', '*.{md,mdx}'),
        path.join(siteDir, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current', 'meilleures-pratiques', '*.{md,mdx}'),
      ];
    },

    loadContent() {
      return loadDirectoryData(siteDir, locale);
    },

    async contentLoaded({content, actions}) {
      const data = await actions.createData('practice-directory.json', JSON.stringify(content));
      actions.addRoute({
        path: `${baseUrl}${PRACTICE_ROUTE.slice(1)}`,
        component: '@site/src/plugins/practice-directory/DirectoryPage',
        exact: true,
        modules: {data},
      });
    },
  };
}
