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
import {loadFinances, mergeReports, type FinanceData} from '../../../scripts/pipeline/finances';
import {loadEvaluations, type RatingDistribution} from '../../../scripts/pipeline/evaluations';
import {formatReport} from '../../../scripts/pipeline/report';
import {loadSiteCatalog, type SiteCatalog} from '../../lib/catalog';
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
      const finances = await loadFinances(dataDir);
      const evaluations = await loadEvaluations(dataDir);
      const report = mergeReports(finances.report, evaluations.report);
      if (!report.valid || finances.data.years.length === 0) {
        const err = new Error(`États financiers ou évaluations des déjeuners-conférences non valides (data/finances/, data/evaluations-conferences.csv)\n${formatReport(report)}`);
        err.name = 'DataValidationError';
        throw err;
      }
      if (report.warnings.length && locale === 'fr') console.warn(`[finances] ${formatReport(report)}`);
      return {finances: finances.data, distributions: evaluations.distributions, catalog: await loadSiteCatalog(dataDir)};
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
