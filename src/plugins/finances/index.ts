/**
 * finances: the Centre's own figures as data-driven pages.
 *
 * loadContent     reads and checks data/finances/ and data/evaluations-conferences.csv
 *                 with the same reader and checks as `npm run validate`; on error the
 *                 build fails with the same French report; rounding warnings are
 *                 printed and shown on the page as footnotes;
 * contentLoaded   routes, in the current locale (context.baseUrl carries /en/):
 *                 /centre/etats-financiers and /dejeuners-conferences/<slug>
 *                 (the listing /dejeuners-conferences belongs to cego-data);
 *
 * The downloads (centre/etats-financiers/donnees/, dejeuners-conferences/donnees/)
 * are built from this content by src/plugins/open-data.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {FinanceData} from '../../../scripts/pipeline/finances';
import type {RatingDistribution} from '../../../scripts/pipeline/evaluations';
import {loadDataFolder} from '../../../scripts/pipeline/index';
import {formatReport} from '../../../scripts/pipeline/report';
import type {SiteCatalog} from '../../lib/catalog';
import {CONFERENCES_ROUTE, STATEMENTS_ROUTE, conferencePage, statementsPage} from './model';
import type {PageLocale} from './types';

export interface FinancesContent {
  finances: FinanceData;
  distributions: RatingDistribution[];
  catalog: SiteCatalog;
}

const COMPONENTS = '@site/src/plugins/finances/components';

export default function financesPlugin(context: LoadContext): Plugin<FinancesContent> {
  const {siteDir, i18n, baseUrl} = context;
  const dataDir = path.join(siteDir, 'data');
  const locale: PageLocale = i18n.currentLocale === 'en' ? 'en' : 'fr';

  return {
    name: 'finances',

    getPathsToWatch() {
      return [path.join(dataDir, 'finances', '*.csv'), path.join(dataDir, 'evaluations-conferences.csv'), path.join(dataDir, 'dejeuners-conferences.csv')];
    },

    async loadContent() {
      // the whole data folder, as npm run validate checks it (one reader, one report)
      const result = await loadDataFolder(dataDir);
      const {report} = result;
      if (!report.valid || !result.finances || result.finances.years.length === 0) {
        const err = new Error(`Données non valides (data/finances/, data/evaluations-conferences.csv et les tables qu’ils citent)\n${formatReport(report)}`);
        err.name = 'DataValidationError';
        throw err;
      }
      const d = result.dataset;
      const catalog: SiteCatalog = {agencies: d.agencies, networks: result.networks, channels: d.channels, themes: d.themes, sources: d.sources, conferences: result.conferences};
      return {finances: result.finances, distributions: result.evaluations ?? [], catalog};
    },

    async contentLoaded({content, actions}) {
      const {createData, addRoute} = actions;
      const statements = await createData('etats-financiers.json', JSON.stringify(statementsPage(content.finances, content.catalog, locale, baseUrl)));
      addRoute({path: `${baseUrl}${STATEMENTS_ROUTE}`, component: `${COMPONENTS}/StatementsPage`, exact: true, modules: {data: statements}});
      for (const c of content.catalog.conferences) {
        const file = await createData(`conference-${c.slug}.json`, JSON.stringify(conferencePage(c.slug, content.catalog, content.distributions, locale, baseUrl)));
        addRoute({path: `${baseUrl}${CONFERENCES_ROUTE}/${c.slug}`, component: `${COMPONENTS}/ConferencePage`, exact: true, modules: {data: file}});
      }
    },
  };
}
