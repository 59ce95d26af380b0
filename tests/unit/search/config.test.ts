/**
 * The Algolia switch: docusaurus.config.ts uses Algolia DocSearch only when the
 * three ALGOLIA_* variables are set, and the offline search otherwise.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Config} from '@docusaurus/types';

async function loadConfig(): Promise<Config> {
  vi.resetModules();
  return (await import('../../../docusaurus.config')).default;
}

const pluginNames = (config: Config) => (config.plugins ?? []).map((p) => (Array.isArray(p) ? p[0] : p)).filter((p) => typeof p === 'string');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('search configuration', () => {
  it('without Algolia variables: offline search plugin, no themeConfig.algolia, local directory client', async () => {
    vi.stubEnv('ALGOLIA_APP_ID', '');
    vi.stubEnv('ALGOLIA_SEARCH_API_KEY', '');
    vi.stubEnv('ALGOLIA_INDEX_NAME', '');
    const config = await loadConfig();
    expect(pluginNames(config)).toContain('./src/plugins/site-search/index.ts');
    expect(pluginNames(config)).toContain('./src/plugins/practice-directory/index.ts');
    expect((config.themeConfig as Record<string, unknown>).algolia).toBeUndefined();
    expect(config.customFields?.algolia).toBeNull();
  });

  it('with only some of the variables: still offline', async () => {
    vi.stubEnv('ALGOLIA_APP_ID', 'APP');
    vi.stubEnv('ALGOLIA_SEARCH_API_KEY', 'key');
    vi.stubEnv('ALGOLIA_INDEX_NAME', '');
    const config = await loadConfig();
    expect(pluginNames(config)).toContain('./src/plugins/site-search/index.ts');
    expect((config.themeConfig as Record<string, unknown>).algolia).toBeUndefined();
  });

  it('with the three variables: DocSearch with contextual search, no offline plugin, Algolia for the directory', async () => {
    vi.stubEnv('ALGOLIA_APP_ID', 'APP123');
    vi.stubEnv('ALGOLIA_SEARCH_API_KEY', 'search-only-key');
    vi.stubEnv('ALGOLIA_INDEX_NAME', 'cego');
    const config = await loadConfig();
    expect((config.themeConfig as Record<string, unknown>).algolia).toEqual({
      appId: 'APP123',
      apiKey: 'search-only-key',
      indexName: 'cego',
      contextualSearch: true,
    });
    expect(pluginNames(config)).not.toContain('./src/plugins/site-search/index.ts');
    expect(pluginNames(config)).toContain('./src/plugins/practice-directory/index.ts');
    expect(config.customFields?.algolia).toEqual({appId: 'APP123', apiKey: 'search-only-key', indexName: 'cego'});
  });
});
