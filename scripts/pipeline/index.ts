/**
 * The benchmark data pipeline: a data folder (data/ or one laid out like it)
 * in, a validated NormalisedDataset and a ValidationReport out.
 *
 *   const { dataset, report } = await loadDataset('data');
 *   console.log(formatReport(report));
 *
 * The site build calls loadDatasetOrThrow, which fails with the same French
 * text the CLI (npm run validate) prints.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { buildDataset, checkChannelMix, finaliseValues } from './normalise';
import { loadReference } from './reference';
import { Reporter, formatReport, type FormatOptions } from './report';
import { CATALOGUE_SCHEMA, VALUES_SCHEMA, catalogueHandler, readTable, valuesHandler, createValuesState } from './validate';
import type { Indicator, NormalisedDataset, ValidationReport } from './types';

export { formatReport } from './report';
export type { FormatOptions } from './report';
export * from './types';

export const CATALOGUE_FILE = 'indicateurs.csv';
export const VALUES_DIR = 'valeurs';

export interface LoadOptions {
  /** Last year that is not in the future (default: the current year). */
  currentYear?: number;
}

export interface LoadResult {
  dataset: NormalisedDataset;
  report: ValidationReport;
}

/** Files named as the contributor sees them: relative to the data folder's parent, with "/". */
function displayer(dataDir: string): (name: string) => string {
  const root = resolve(dataDir);
  const base = dirname(root);
  return (name) => relative(base, join(root, name)).split(sep).join('/');
}

/** The CSV files of data/valeurs/, sorted by name, and the entries to report for anything else there. */
function listValueFiles(dataDir: string): { csv: string[]; other: string[] } {
  const dir = join(dataDir, VALUES_DIR);
  if (!existsSync(dir)) return { csv: [], other: [] };
  const csv: string[] = [];
  const other: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || /\.(md|txt)$/i.test(name)) continue;
    if (!statSync(join(dir, name)).isFile()) continue;
    (extname(name).toLowerCase() === '.csv' ? csv : other).push(name);
  }
  return { csv, other };
}

/**
 * Read, check and normalise a data folder. Never throws on bad data: every
 * problem is in the report, and the dataset holds the rows that were accepted.
 */
export async function loadDataset(dataDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const reporter = new Reporter();
  const display = displayer(dataDir);
  const currentYear = options.currentYear ?? new Date().getFullYear();

  const ref = await loadReference(dataDir, display, reporter);

  const indicators = new Map<string, Indicator>();
  const catalogue = join(dataDir, CATALOGUE_FILE);
  if (existsSync(catalogue)) {
    await readTable(catalogue, display(CATALOGUE_FILE), CATALOGUE_SCHEMA, reporter, (ctx) => catalogueHandler(ctx, reporter, ref, indicators));
  } else {
    reporter.add(display(CATALOGUE_FILE), 0, 0, null, 'source-error', `Catalogue des indicateurs ${CATALOGUE_FILE} introuvable. Créez-le à partir de data/modeles/indicateurs.csv.`);
  }

  const state = createValuesState(ref, indicators, currentYear);
  if (!existsSync(join(dataDir, VALUES_DIR))) {
    reporter.add(display(VALUES_DIR), 0, 0, null, 'source-error', `Dossier ${VALUES_DIR}/ introuvable : les valeurs des indicateurs y sont déposées, un fichier CSV par contribution.`);
  }
  const files = listValueFiles(dataDir);
  for (const name of files.other) {
    reporter.add(
      display(`${VALUES_DIR}/${name}`), 0, 0, null, 'source-error',
      `${name} n’est pas un fichier .csv : il n’a pas été lu. Exportez-le en « CSV UTF-8 » (Fichier > Enregistrer sous) ou retirez-le du dossier ${VALUES_DIR}/.`,
    );
  }
  for (const name of files.csv) {
    const rel = `${VALUES_DIR}/${name}`;
    await readTable(join(dataDir, rel), display(rel), VALUES_SCHEMA, reporter, (ctx) => valuesHandler(ctx, reporter, state));
  }

  const indicatorList = [...indicators.values()];
  const values = finaliseValues(state, reporter);
  checkChannelMix(values.observations, indicatorList, reporter);
  const dataset = buildDataset(ref, indicatorList, values);
  return { dataset, report: reporter.toReport() };
}

/**
 * For the site build: the dataset, or an Error whose message is the French
 * report (same text as npm run validate). Warnings go to `warn` when given.
 */
export async function loadDatasetOrThrow(
  dataDir: string,
  options: LoadOptions & FormatOptions & { warn?: (text: string) => void } = {},
): Promise<NormalisedDataset> {
  const { dataset, report } = await loadDataset(dataDir, options);
  if (!report.valid) {
    const err = new Error(`Données d’étalonnage non valides (${basename(resolve(dataDir))}/)\n${formatReport(report, options)}`);
    err.name = 'DataValidationError';
    throw err;
  }
  if (report.warnings.length && options.warn) options.warn(formatReport(report, options));
  return dataset;
}

/** Files the site should watch so `npm start` reloads when a CSV changes. */
export function dataFiles(dataDir: string): string[] {
  const names = ['organismes.csv', 'modes-de-prestation.csv', 'themes.csv', 'sources.csv', CATALOGUE_FILE];
  return [...names.map((n) => join(dataDir, n)), join(dataDir, VALUES_DIR, '*.csv')];
}
