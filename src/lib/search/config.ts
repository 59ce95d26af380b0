/**
 * Which search the build uses (read by docusaurus.config.ts):
 * Algolia DocSearch when ALGOLIA_APP_ID, ALGOLIA_SEARCH_API_KEY and
 * ALGOLIA_INDEX_NAME are all set, the offline search otherwise.
 */
import type {AlgoliaSettings} from '../../plugins/practice-directory/types';

export function algoliaFromEnv(env: Record<string, string | undefined> = process.env): AlgoliaSettings | null {
  const appId = env.ALGOLIA_APP_ID?.trim();
  const apiKey = env.ALGOLIA_SEARCH_API_KEY?.trim();
  const indexName = env.ALGOLIA_INDEX_NAME?.trim();
  return appId && apiKey && indexName ? {appId, apiKey, indexName} : null;
}

/** Plugins of the search, to spread into the site config's plugins. */
export function searchPlugins(algolia: AlgoliaSettings | null): string[] {
  return [
    // The directory at /meilleures-pratiques, with either search client.
    './src/plugins/practice-directory/index.ts',
    // Offline full-text search: only when Algolia DocSearch is not configured.
    ...(algolia ? [] : ['./src/plugins/site-search/index.ts']),
  ];
}

/** themeConfig.algolia for DocSearch (the classic preset then adds the Algolia theme). */
export function docSearchThemeConfig(algolia: AlgoliaSettings | null) {
  return algolia ? {algolia: {appId: algolia.appId, apiKey: algolia.apiKey, indexName: algolia.indexName, contextualSearch: true}} : {};
}
