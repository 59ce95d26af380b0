/**
 * datapackage.json: a Frictionless Tabular Data Package (v1 specifications)
 * describing every CSV of a locale, each with its Table Schema: field types,
 * units, missing-value tokens, primary key, CSV dialect, licence and sources.
 * Both CSV kinds are resources: the one for programs ("," and decimal point)
 * and the one for French Excel (";" and decimal comma, declared with
 * `decimalChar`). Workbooks and JSON are listed on the open-data page only:
 * a tabular data package holds tabular resources.
 */
import {createHash} from 'node:crypto';
import type {OpenFile} from './files';
import type {OpenField, OpenLocale, OpenTable} from './table';

export interface TableSchemaField {
  name: string;
  title: string;
  description: string;
  type: OpenField['type'];
  format: 'default';
  constraints?: {required?: boolean; enum?: string[]};
  decimalChar?: string;
  /** Not in Table Schema v1: a unit in words, kept for readers (extra properties are allowed). */
  unit?: string;
}

export interface DataResource {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  dialect: {delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean};
  schema: {fields: TableSchemaField[]; primaryKey?: string[]; missingValues: string[]};
  /** Absent when the table cites no document (only illustrative values of an illustrative indicator). */
  sources?: {title: string}[];
  licenses: {name: string; path: string; title: string}[];
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  id: string;
  title: string;
  description: string;
  homepage: string;
  created: string;
  keywords: string[];
  contributors: {title: string; role: string; path?: string}[];
  licenses: {name: string; path: string; title: string}[];
  sources: {title: string}[];
  resources: DataResource[];
}

const TEXT = {
  fr: {
    name: 'cego-donnees-ouvertes',
    title: 'Données ouvertes du Centre d\'expertise des grands organismes',
    description:
      'Indicateurs d\'étalonnage des grands organismes de services du Québec, catalogue des indicateurs, états financiers du Centre et évaluations des déjeuners-conférences. Chaque table est offerte en CSV pour les programmes (virgule, point décimal) et en CSV pour Excel en français (point-virgule, virgule décimale). Les valeurs marquées « illustratif » sont des exemples, à ne pas citer.',
    excel: ' (CSV pour Excel en français)',
    keywords: ['étalonnage', 'indicateurs de performance', 'services aux citoyens', 'Québec', 'états financiers'],
    page: 'donnees-ouvertes',
  },
  en: {
    name: 'cego-open-data',
    title: 'Open data of the Centre d’expertise des grands organismes',
    description:
      'Benchmarking indicators of Québec’s large service agencies, the indicator catalogue, the Centre’s financial statements and breakfast-conference evaluations. Each table comes as a CSV for programs (comma, decimal point) and a CSV for French Excel (semicolon, decimal comma). Values marked “illustrative” are examples: do not quote them.',
    excel: ' (CSV for French Excel)',
    keywords: ['benchmarking', 'performance indicators', 'public services', 'Québec', 'financial statements'],
    page: 'donnees-ouvertes',
  },
} as const;

function schemaFields(fields: OpenField[], decimalChar: '.' | ','): TableSchemaField[] {
  return fields.map((f) => {
    const constraints: TableSchemaField['constraints'] = {};
    if (f.required) constraints.required = true;
    if (f.enum) constraints.enum = [...f.enum];
    return {
      name: f.name,
      title: f.title,
      description: f.description,
      type: f.type,
      format: 'default',
      ...(Object.keys(constraints).length ? {constraints} : {}),
      ...(f.type === 'number' && decimalChar === ',' ? {decimalChar: ','} : {}),
      ...(f.unit ? {unit: f.unit} : {}),
    };
  });
}


function resource(table: OpenTable, file: OpenFile, locale: OpenLocale): DataResource {
  const excel = file.kind === 'csv-excel';
  // The French-Excel CSV has the human headers: they are its field names.
  const fields = excel ? table.fields.map((f) => ({...f, name: f.title})) : table.fields;
  const title = new Map(table.fields.map((f) => [f.name, f.title]));
  const primaryKey = excel ? table.primaryKey.map((n) => title.get(n)!) : table.primaryKey;
  return {
    profile: 'tabular-data-resource',
    name: excel ? `${table.name}-excel-fr` : table.name,
    path: file.path,
    title: excel ? `${table.title}${TEXT[locale].excel}` : table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: file.bytes.byteLength,
    hash: `sha256:${createHash('sha256').update(file.bytes).digest('hex')}`,
    dialect: {delimiter: excel ? ';' : ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true},
    schema: {
      fields: schemaFields(fields, excel ? ',' : '.'),
      primaryKey,
      missingValues: [''],
    },
    ...(table.sources.length ? {sources: table.sources.map((s) => ({title: s.detail ? `${s.title} (${s.detail})` : s.title}))} : {}),
    licenses: [{name: table.licence.id, path: table.licence.url, title: table.licence.title}],
  };
}

export function dataPackage(tables: {table: OpenTable; files: OpenFile[]}[], locale: OpenLocale, siteUrl: string, base: string, generatedAt: Date): DataPackage {
  const t = TEXT[locale];
  const resources = tables.flatMap(({table, files}) => files.filter((f) => f.kind === 'csv' || f.kind === 'csv-excel').map((f) => resource(table, f, locale)));
  const sources = new Map<string, string>();
  for (const {table} of tables) for (const s of table.sources) sources.set(s.code, s.detail ? `${s.title} (${s.detail})` : s.title);
  const licence = tables[0]!.table.licence;
  const homepage = `${siteUrl.replace(/\/$/, '')}${base}${t.page}`;
  return {
    profile: 'tabular-data-package',
    name: t.name,
    id: homepage,
    title: t.title,
    description: t.description,
    homepage,
    created: generatedAt.toISOString(),
    keywords: [...t.keywords],
    contributors: [{title: 'Centre d\'expertise des grands organismes', role: 'publisher', path: siteUrl}],
    licenses: [{name: licence.id, path: licence.url, title: licence.title}],
    sources: [...sources.values()].map((title) => ({title})),
    resources,
  };
}
