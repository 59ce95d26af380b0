/**
 * The cego-data plugin's global data is in every page's main.js: it must not
 * grow with the practice sheets (the scale bench measured every page's
 * JavaScript growing with them). The sheets go to a module of their own,
 * read by the network pages' list (<PratiquesDuReseau>).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import cegoDataPlugin, {type CegoDataContent} from '../../../src/plugins/cego-data';
import {PRACTICES_BY_NETWORK, type PracticesByNetwork} from '../../../src/plugins/cego-data/types';

const siteDir = path.resolve(__dirname, '../../..');

function plugin(locale: 'fr' | 'en'): Plugin<CegoDataContent> {
  const context = {siteDir, baseUrl: '/', i18n: {currentLocale: locale, defaultLocale: 'fr', locales: ['fr', 'en']}} as unknown as LoadContext;
  return cegoDataPlugin(context);
}

/** What contentLoaded publishes: the global data and the modules it writes. */
async function publish(p: Plugin<CegoDataContent>, content: CegoDataContent) {
  let global: unknown;
  const data = new Map<string, string>();
  const actions = {
    setGlobalData: (g: unknown) => (global = g),
    createData: async (name: string, text: string) => {
      data.set(name, text);
      return `/generated/${name}`;
    },
    addRoute: () => undefined,
  };
  await p.contentLoaded!({content, actions} as unknown as Parameters<NonNullable<Plugin<CegoDataContent>['contentLoaded']>>[0]);
  return {global: JSON.stringify(global), byNetwork: JSON.parse(data.get(PRACTICES_BY_NETWORK) ?? 'null') as PracticesByNetwork | null};
}

/** The site's content with its sheets copied n times over (new permalinks and titles). */
function grown(content: CegoDataContent, n: number): CegoDataContent {
  const practices = Array.from({length: n}, (_, k) =>
    content.practices.map((p) => ({...p, permalink: `${p.permalink}-${k}`, title: `${p.title} ${k}`})),
  ).flat();
  return {...content, practices};
}

describe('cego-data global data (in every page)', () => {
  it.each(['fr', 'en'] as const)('%s: does not grow with the practice sheets, which go to a module of their own', async (locale) => {
    const p = plugin(locale);
    const content = await p.loadContent!();
    expect(content.practices.length).toBeGreaterThan(5);

    const site = await publish(p, content);
    const big = await publish(p, grown(content, 100));
    // Only the count's digits differ between the site and a site with 100 times its sheets.
    expect(big.global.length - site.global.length).toBeLessThanOrEqual(2);
    expect(JSON.parse(big.global).practiceCount).toBe(content.practices.length * 100);
    for (const sheet of content.practices) expect(site.global).not.toContain(sheet.permalink);

    // The module has every sheet once, under its network, in French alphabetical order of titles.
    const lists = site.byNetwork!;
    const listed = Object.entries(lists).flatMap(([network, sheets]) => sheets.map((s) => `${network} ${s.permalink}`));
    expect(listed.sort()).toEqual(content.practices.map((s) => `${s.network} ${s.permalink}`).sort());
    for (const sheets of Object.values(lists)) {
      const titles = sheets.map((s) => s.title);
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'fr')));
    }
    const outside = content.practices.find((s) => s.outsideBody);
    expect(outside, 'the site has an outside practice').toBeDefined();
    expect(lists[outside!.network].find((s) => s.permalink === outside!.permalink)?.outsideBody).toBe(outside!.outsideBody);
  });
});
