/**
 * One downloadable table, described once and written four ways by
 * src/lib/open-data/files.ts: an Excel workbook, a CSV for French Excel, a
 * CSV and a JSON for programs; and described in datapackage.json
 * (src/lib/open-data/datapackage.ts) with a Frictionless Table Schema.
 *
 * Build time only: nothing here may be imported by a page component (the
 * workbook library would ship to the browser). Components get plain page data.
 */
import type {CsvCell} from '../csv-export';

export type OpenLocale = 'fr' | 'en';

/** Table Schema types used here; a "date" cell is written "YYYY-MM-DD". */
export type FieldType = 'string' | 'integer' | 'number' | 'date';

/** How a number is shown in the workbook (the cell keeps the exact number). */
export type NumberStyle = 'integer' | 'decimal' | 'percent' | 'dollars' | 'seconds' | 'minutes' | 'days' | 'ratio' | 'index';

export interface OpenField {
  /** Machine name: CSV and JSON for programs, Table Schema. */
  name: string;
  /** Human header in the table's language: workbook, CSV for French Excel. */
  title: string;
  type: FieldType;
  description: string;
  /** Workbook number format: one for the column, or one per row (a value column that mixes units). */
  style?: NumberStyle | ((row: number) => NumberStyle);
  /** Unit of a numeric column, in words ("dollars canadiens"); absent when a column of the row gives it. */
  unit?: string;
  /** Closed list of allowed values (Table Schema enum constraint). */
  enum?: readonly string[];
  /** The cell is never empty. */
  required?: boolean;
}

export interface SourceRef {
  /** Code of data/sources.csv. */
  code: string;
  title: string;
  /** Publisher and date, when known ("Centre d'expertise des grands organismes, 2008-06"). */
  detail: string | null;
}

export interface Licence {
  /** SPDX identifier. */
  id: string;
  title: string;
  url: string;
}

/** Families of downloads, in the order of the open-data page. */
export type TableGroup = 'etalonnage' | 'indicateur' | 'organisme' | 'finances' | 'conferences';

export interface OpenTable {
  /** File name without extension: "valeurs", "indicateur-appels-volume". Unique across the site. */
  name: string;
  /** Folder relative to the locale's root: "etalonnage/donnees". */
  dir: string;
  group: TableGroup;
  locale: OpenLocale;
  title: string;
  /** What the table contains, one or two sentences. */
  description: string;
  fields: OpenField[];
  /** One array per record, cells in the order of `fields`; null = empty. */
  rows: CsvCell[][];
  /** Fields whose values identify a record. */
  primaryKey: string[];
  sources: SourceRef[];
  licence: Licence;
  /** The table has a status column (published or illustrative): the workbook explains it. */
  statusLegend: boolean;
  /** Some rows hold illustrative values: the open-data page says so. */
  illustrative: boolean;
  /** Further lines for the workbook's "about" sheet and the JSON (e.g. how missing values are written). */
  notes: string[];
  /** Replaces the default JSON body (records) with a table-specific shape; title, sources and licence are added. */
  json?: Record<string, unknown>;
}

/** The kinds of file written for every table, in the order the download block lists them. */
export type FileKind = 'xlsx' | 'csv-excel' | 'csv' | 'json';
export const FILE_KINDS: readonly FileKind[] = ['xlsx', 'csv-excel', 'csv', 'json'];

export const MEDIA_TYPES: Record<FileKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'csv-excel': 'text/csv',
  csv: 'text/csv',
  json: 'application/json',
};

/** File name of one kind: valeurs.xlsx, valeurs-excel-fr.csv, valeurs.csv, valeurs.json. */
export function fileName(table: Pick<OpenTable, 'name'>, kind: FileKind): string {
  switch (kind) {
    case 'xlsx':
      return `${table.name}.xlsx`;
    case 'csv-excel':
      return `${table.name}-excel-fr.csv`;
    case 'csv':
      return `${table.name}.csv`;
    case 'json':
      return `${table.name}.json`;
  }
}

export function filePath(table: Pick<OpenTable, 'name' | 'dir'>, kind: FileKind): string {
  return `${table.dir}/${fileName(table, kind)}`;
}

/** Données Québec's default licence for the Centre's tables. */
export const LICENCE: Record<OpenLocale, Licence> = {
  fr: {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.fr',
  },
  en: {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
};

/** What each status means, for the workbook's about sheet (words: scripts/pipeline/columns.ts STATUS_WORDS). */
export const STATUS_LEGEND: Record<OpenLocale, {publie: string; illustratif: string}> = {
  fr: {
    publie: 'chiffre tiré d\'un document publié, cité dans la colonne Source.',
    illustratif: 'valeur d\'exemple ou estimation non publiée : elle montre la forme des données, ce n\'est pas un résultat d\'organisme. À ne pas citer.',
  },
  en: {
    publie: 'figure taken from a published document, cited in the Source column.',
    illustratif: 'example value or unpublished estimate: it shows the shape of the data and is not an agency’s result. Do not quote it.',
  },
};

/** Route of the open-data page, under the locale's base URL. */
export const OPEN_DATA_ROUTE = 'donnees-ouvertes';

/** Links of the download block (src/components/DownloadBlock) for one table. */
export function downloadLinks(base: string, dir: string, name: string): {xlsx: string; csvExcel: string; csv: string; json: string; openData: string} {
  const t = {dir, name};
  return {
    xlsx: `${base}${filePath(t, 'xlsx')}`,
    csvExcel: `${base}${filePath(t, 'csv-excel')}`,
    csv: `${base}${filePath(t, 'csv')}`,
    json: `${base}${filePath(t, 'json')}`,
    openData: `${base}${OPEN_DATA_ROUTE}`,
  };
}
