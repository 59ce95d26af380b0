/**
 * cego-data: the site's reference data (agencies, networks, channels, themes,
 * sources, breakfast conferences) and the practice-sheet index.
 *
 * loadContent   reads data/*.csv and every practice sheet's front matter, and
 *               throws a French error naming the file and field on bad input;
 * contentLoaded publishes a small, locale-specific global data object (shipped in
 *               every page: keep it tiny, nothing that grows with the sheets), the
 *               sheets by network as a module of their own (PRACTICES_BY_NETWORK), and
 *               creates the conference listing route.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadSiteCatalog, type SiteCatalog} from '../../lib/catalog';
import {loadPractices, type PracticeMeta} from '../../lib/practices';
import {PRACTICES_BY_NETWORK, type CegoGlobalData, type PracticesByNetwork} from './types';

export interface CegoDataContent {
  catalog: SiteCatalog;
  practices: PracticeMeta[];
  /** Permalinks of practice sheets that have an English translation. */
  translatedPractices: string[];
}

export const PRACTICE_ROUTE = '/meilleures-pratiques';

export default function cegoDataPlugin(context: LoadContext): Plugin<CegoDataContent> {
  const {siteDir, i18n} = context;
  const dataDir = path.join(siteDir, 'data');
  const practicesDir = path.join(siteDir, 'docs', 'meilleures-pratiques');
  const enPracticesDir = path.join(siteDir, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current', 'meilleures-pratiques');

  return {
    name: 'cego-data',

    getPathsToWatch() {
      return [path.join(dataDir, '*.csv'), path.join(practicesDir, '*.{md,mdx}'), path.join(enPracticesDir, '*.{md,mdx}')];
    },

    async loadContent() {
      const catalog = await loadSiteCatalog(dataDir);
      const practices = await loadPractices(siteDir, practicesDir, PRACTICE_ROUTE, catalog);
      // Translations are checked with the same rules: a translated sheet cannot bring a new code.
      const english = await loadPractices(siteDir, enPracticesDir, PRACTICE_ROUTE, catalog);
      const byLink = new Map(english.map((p) => [p.permalink, p]));
      const merged =
        i18n.currentLocale === 'en'
          ? practices.map((p) => {
              const en = byLink.get(p.permalink);
              // The outside body as the English sheet names it (City of Toronto, not Ville de Toronto).
              const outsideBody = en?.outsideBody ?? p.outsideBody;
              return {...p, title: en?.title ?? p.title, description: en?.description ?? p.description, ...(outsideBody ? {outsideBody} : {})};
            })
          : practices;
      return {catalog, practices: merged, translatedPractices: [...byLink.keys()]};
    },

    async contentLoaded({content, actions}) {
      const {catalog, practices} = content;
      const locale = i18n.currentLocale === 'en' ? 'en' : 'fr';
      const global: CegoGlobalData = {
        locale,
        agencies: catalog.agencies.map((a) => ({
          code: a.code,
          name: a.name[locale],
          status: a.status,
          memberSince: a.memberSince,
          memberUntil: a.memberUntil,
          website: a.website,
          note: a.note ? a.note[locale] : null,
        })),
        networks: catalog.networks.map((n) => ({
          code: n.code,
          kind: n.kind,
          name: n.name[locale],
          status: n.status,
          statusPeriod: n.statusPeriod,
          start: n.start,
          startText: n.startText ? n.startText[locale] : null,
          end: n.end,
          agencies: n.agencies,
          visited: n.visited,
          source: n.source,
        })),
        channels: catalog.channels.map((c) => ({code: c.code, name: c.name[locale]})),
        themes: catalog.themes.map((t) => ({code: t.code, name: t.name[locale]})),
        sources: catalog.sources.map((s) => ({code: s.code, title: s.title[locale], date: s.date})),
        conferences: catalog.conferences.map((c) => ({
          slug: c.slug,
          date: c.date,
          title: c.title[locale],
          network: c.network,
          participants: c.participants,
          evaluations: c.evaluations,
        })),
        practiceCount: practices.length,
      };
      actions.setGlobalData(global);

      // The sheets of each network, for <PratiquesDuReseau> (src/components/PratiquesDuReseau): a
      // module of its own, imported by that component only, so that a page without the list does
      // not carry one entry per sheet (global data is in every page's main.js).
      const byNetwork: PracticesByNetwork = {};
      for (const p of [...practices].sort((a, b) => a.title.localeCompare(b.title, 'fr'))) {
        (byNetwork[p.network] ??= []).push({permalink: p.permalink, title: p.title, year: p.year, ...(p.outsideBody ? {outsideBody: p.outsideBody} : {})});
      }
      await actions.createData(PRACTICES_BY_NETWORK, JSON.stringify(byNetwork));

      const conferencesJson = await actions.createData(
        'conferences.json',
        JSON.stringify(
          catalog.conferences.map((c) => ({
            slug: c.slug,
            date: c.date,
            title: c.title[locale],
            speakers: c.speakers,
            network: c.network,
            participants: c.participants,
            evaluations: c.evaluations,
            summary: c.summary[locale],
            source: c.source,
          })),
        ),
      );
      actions.addRoute({
        path: `${context.baseUrl}dejeuners-conferences`,
        component: '@site/src/plugins/cego-data/components/ConferencesPage',
        exact: true,
        modules: {conferences: conferencesJson},
      });
    },
  };
}

