/**
 * etalonnage: the benchmarking comparison pages, generated at build time from
 * the normalised dataset (scripts/pipeline). See README.md in this folder.
 *
 * loadContent     reads and validates data/ through loadDataFolderOrThrow (the build
 *                 fails with the same French report as `npm run validate`);
 * getPathsToWatch the catalogue, the values and the reference CSV files, so a
 *                 changed value reloads `npm start`;
 * contentLoaded   one createData JSON + one route per page, in the current locale:
 *                 /etalonnage, /etalonnage/indicateurs/<id>,
 *                 /etalonnage/organismes/<code in lower case>, /etalonnage/modes-de-prestation
 *                 (context.baseUrl already carries /en/ in the English build);
 *
 * The downloads (etalonnage/donnees/) are built from this content by src/plugins/open-data.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {dataFiles, loadDataFolderOrThrow} from '../../../scripts/pipeline/index';
import type {NormalisedDataset, ReportEntry} from '../../../scripts/pipeline/types';
import {
  DatasetIndex,
  agencyPage,
  agencyPath,
  agencySlug,
  channelMixPage,
  channelMixPath,
  indicatorPage,
  indicatorPath,
  overviewPage,
  overviewPath,
  type Paths,
} from './model';
import type {PageLocale} from './types';

const COMPONENTS = '@site/src/plugins/etalonnage/components';

/**
 * The data's warnings (today the three 1 $ rounding differences of the
 * published statements, shown on the page as footnotes), in one line, once
 * per process: the build loads the data once per locale and `npm start` at
 * every reload. The details are `npm run validate`'s, which `npm test` runs
 * first (it sets CEGO_DATA_WARNINGS_SHOWN for the build).
 */
function announceWarnings(warnings: ReportEntry[]): void {
  const flag = '__cegoDataWarningsShown';
  const g = globalThis as Record<string, unknown>;
  if (warnings.length === 0 || g[flag] || process.env.CEGO_DATA_WARNINGS_SHOWN) return;
  g[flag] = true;
  const files = [...new Set(warnings.map((w) => w.file))].join(', ');
  console.warn(`[données] ${warnings.length} avertissement${warnings.length > 1 ? 's' : ''} (${files}), sans effet sur le site ; détail : npm run validate`);
}

export default function etalonnagePlugin(context: LoadContext): Plugin<NormalisedDataset> {
  const {siteDir, i18n} = context;
  // CEGO_ETALONNAGE_DATA lets tests build the pages from a fixture folder laid out like data/.
  const dataDir = path.resolve(siteDir, process.env.CEGO_ETALONNAGE_DATA ?? 'data');
  const locale: PageLocale = i18n.currentLocale === 'en' ? 'en' : 'fr';
  const paths: Paths = {base: context.baseUrl};

  return {
    name: 'etalonnage',

    getPathsToWatch() {
      return dataFiles(dataDir);
    },

    async loadContent() {
      const {dataset, report} = await loadDataFolderOrThrow(dataDir);
      announceWarnings(report.warnings);
      return dataset;
    },

    async contentLoaded({content, actions}) {
      const ds = new DatasetIndex(content);
      const {createData, addRoute} = actions;
      const route = async (routePath: string, file: string, component: string, data: unknown) => {
        const dataPath = await createData(file, JSON.stringify(data));
        addRoute({path: routePath, component: `${COMPONENTS}/${component}`, exact: true, modules: {data: dataPath}});
      };

      await route(overviewPath(paths), 'apercu.json', 'OverviewPage', overviewPage(ds, locale, paths));
      await route(channelMixPath(paths), 'modes-de-prestation.json', 'ChannelMixPage', channelMixPage(ds, locale, paths));
      for (const ind of content.indicators) {
        await route(indicatorPath(paths, ind.id), `indicateur-${ind.id}.json`, 'IndicatorPage', indicatorPage(ds, ind, locale, paths));
      }
      for (const agency of content.agencies) {
        await route(agencyPath(paths, agency.code), `organisme-${agencySlug(agency.code)}.json`, 'AgencyPage', agencyPage(ds, agency, locale, paths));
      }
    },
  };
}
