/**
 * npm run search:records on the real production build: every content route of
 * both sitemaps has one record, and every practice sheet carries its facets.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {generateRecords, sitemapRoutes} from '../../scripts/search-records';
import {loadDirectoryData} from '../../src/plugins/practice-directory/data';
import {browserTestsUnavailable, buildDir, siteDir} from './helpers';

const realBuild = buildDir;

// Runs after the build (browser project); in CI a missing build fails rather than skips.
describe.skipIf(browserTestsUnavailable())('search records (the real build/)', () => {
  it('covers every content route of both sitemaps once, and every practice sheet with its facets', async () => {
    const records = await generateRecords(realBuild, siteDir);
    const ids = records.map((r) => r.objectID);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [lang, dir] of [['fr', ''], ['en', 'en']] as const) {
      const routes = sitemapRoutes(path.join(realBuild, dir, 'sitemap.xml')).filter((r) => !/\/(tags|authors)(\/|$)|\/page\/\d+$|\/archives$/.test(r));
      const got = new Set(records.filter((r) => r.lang === lang).map((r) => r.objectID.slice(3)));
      for (const route of routes) expect(got.has(route), `${lang} ${route}`).toBe(true);
      const data = await loadDirectoryData(siteDir, lang);
      const prefix = lang === 'en' ? '/en' : '';
      expect(data.records.length).toBeGreaterThanOrEqual(15);
      for (const p of data.records) {
        expect(routes, `${lang} sitemap`).toContain(prefix + p.permalink);
        const r = records.find((x) => x.lang === lang && x.permalink === p.permalink);
        expect(r, `${lang} ${p.permalink}`).toBeDefined();
        expect({network: r!.network, themes: r!.themes, channels: r!.channels, agencies: r!.agencies, year: r!.year}).toEqual({
          network: p.network,
          themes: p.themes,
          channels: p.channels,
          agencies: p.agencies,
          year: p.year,
        });
      }
    }
  }, 120_000);
});
