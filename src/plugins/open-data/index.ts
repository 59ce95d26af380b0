/**
 * open-data: every download of the site, written by one plugin.
 *
 * allContentLoaded  takes the datasets the etalonnage and finances plugins loaded
 *                   (no second read of data/), builds their OpenTables
 *                   (src/plugins/etalonnage/downloads.ts, src/plugins/finances/downloads.ts),
 *                   renders each as a workbook, a CSV for French Excel, a CSV and a JSON
 *                   (src/lib/open-data/files.ts), describes the CSVs in datapackage.json,
 *                   and creates the /donnees-ouvertes page, which lists them with their sizes;
 * postBuild         writes those files into the locale's build folder.
 *
 * Everything runs in Node at build time: exceljs never reaches the browser. The
 * files exist only after `npm run build` (not under `npm start`).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {NormalisedDataset} from '../../../scripts/pipeline/types';
import {dataPackage} from '../../lib/open-data/datapackage';
import {tableFiles, type OpenFile} from '../../lib/open-data/files';
import {OPEN_DATA_ROUTE, type OpenTable} from '../../lib/open-data/table';
import {benchmarkTables} from '../etalonnage/downloads';
import {DatasetIndex} from '../etalonnage/model';
import {evaluationsTable, statementsTable} from '../finances/downloads';
import type {FinancesContent} from '../finances/index';
import {openDataPage} from './model';

export const DATAPACKAGE_FILE = 'datapackage.json';

/** Extraction date: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; now otherwise. */
export function generationDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

export interface BuiltTables {
  tables: {table: OpenTable; files: OpenFile[]}[];
  datapackage: OpenFile;
}

/** Every table with rows, rendered; the datapackage.json that describes their CSVs. */
export async function buildOpenData(
  dataset: NormalisedDataset,
  finances: FinancesContent | undefined,
  locale: 'fr' | 'en',
  siteUrl: string,
  base: string,
  generatedAt: Date,
): Promise<BuiltTables> {
  const list: OpenTable[] = [...benchmarkTables(new DatasetIndex(dataset), locale)];
  if (finances) {
    list.push(statementsTable(finances.finances, finances.catalog, locale));
    list.push(evaluationsTable(finances.catalog, finances.distributions, locale));
  }
  const tables: BuiltTables['tables'] = [];
  for (const table of list) {
    if (table.rows.length === 0) continue; // no empty download: the pages explain instead
    tables.push({table, files: await tableFiles(table, generatedAt)});
  }
  const descriptor = dataPackage(tables, locale, siteUrl, base, generatedAt);
  const datapackage: OpenFile = {
    kind: 'json',
    path: DATAPACKAGE_FILE,
    mediaType: 'application/json',
    bytes: new TextEncoder().encode(`${JSON.stringify(descriptor, null, 1)}\n`),
  };
  return {tables, datapackage};
}

export default function openDataPlugin(context: LoadContext): Plugin<void> {
  const locale = context.i18n.currentLocale === 'en' ? 'en' : 'fr';
  const base = context.baseUrl;
  let built: BuiltTables | null = null;

  return {
    name: 'open-data',

    async allContentLoaded({allContent, actions}) {
      const dataset = allContent.etalonnage?.default as NormalisedDataset | undefined;
      if (!dataset) throw new Error('open-data: the etalonnage plugin loaded no dataset');
      const finances = allContent.finances?.default as FinancesContent | undefined;
      const generatedAt = generationDate();
      built = await buildOpenData(dataset, finances, locale, context.siteConfig.url, base, generatedAt);
      const withoutData = dataset.agencies.filter((a) => !dataset.observations.some((o) => o.agency === a.code)).map((a) => a.name[locale]);
      const data = openDataPage(built, locale, base, generatedAt, withoutData);
      const module = await actions.createData('donnees-ouvertes.json', JSON.stringify(data));
      actions.addRoute({
        path: `${base}${OPEN_DATA_ROUTE}`,
        component: '@site/src/plugins/open-data/components/OpenDataPage',
        exact: true,
        modules: {data: module},
      });
    },

    async postBuild({outDir}) {
      if (!built) return;
      const files = [...built.tables.flatMap((t) => t.files), built.datapackage];
      for (const file of files) {
        const target = path.join(outDir, file.path);
        await fs.mkdir(path.dirname(target), {recursive: true});
        await fs.writeFile(target, file.bytes);
      }
    },
  };
}
