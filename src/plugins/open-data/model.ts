/** Page data of /donnees-ouvertes from the built tables. Pure, build time. */
import {formatDate, formatNumber} from '../../lib/format';
import {fileName, type TableGroup} from '../../lib/open-data/table';
import type {BuiltTables} from './index';
import type {OpenDataPageData} from './types';

const GROUP_ORDER: TableGroup[] = ['etalonnage', 'indicateur', 'organisme', 'finances', 'conferences'];

/** "12,3 Ko" / "12.3 KB": kilobytes of 1,000 bytes, one decimal under 100. */
export function sizeText(bytes: number, locale: 'fr' | 'en'): string {
  const unit = locale === 'fr' ? {b: 'octets', k: 'Ko', m: 'Mo'} : {b: 'bytes', k: 'KB', m: 'MB'};
  if (bytes < 1000) return `${formatNumber(bytes, locale)}\u00A0${unit.b}`;
  const [value, u] = bytes < 1e6 ? [bytes / 1e3, unit.k] : [bytes / 1e6, unit.m];
  return `${formatNumber(value, locale, {decimals: value < 100 ? 1 : 0})}\u00A0${u}`;
}

export function openDataPage(built: BuiltTables, locale: 'fr' | 'en', base: string, generatedAt: Date, agenciesWithoutData: string[]): OpenDataPageData {
  const iso = generatedAt.toISOString().slice(0, 10);
  const groups = GROUP_ORDER.map((id) => ({
    id,
    tables: built.tables
      .filter((t) => t.table.group === id)
      .map(({table, files}) => ({
        name: table.name,
        title: table.title,
        description: table.description,
        rowsText: `${formatNumber(table.rows.length, locale)} ${locale === 'fr' ? (table.rows.length > 1 ? 'lignes' : 'ligne') : table.rows.length > 1 ? 'rows' : 'row'}`,
        sources: table.sources.map((s) => s.title),
        illustrative: table.illustrative,
        files: files.map((f) => ({kind: f.kind, href: `${base}${f.path}`, file: fileName(table, f.kind), sizeText: sizeText(f.bytes.byteLength, locale), bytes: f.bytes.byteLength})),
      })),
  })).filter((g) => g.tables.length > 0);
  const licence = built.tables[0]!.table.licence;
  return {
    locale,
    generatedText: formatDate(iso, locale),
    generatedIso: iso,
    licence: {title: licence.title, url: licence.url},
    datapackage: {
      href: `${base}${built.datapackage.path}`,
      sizeText: sizeText(built.datapackage.bytes.byteLength, locale),
      resources: built.tables.reduce((n, t) => n + t.files.filter((f) => f.kind === 'csv' || f.kind === 'csv-excel').length, 0),
    },
    groups,
    agenciesWithoutData,
    fileCount: built.tables.reduce((n, t) => n + t.files.length, 0) + 1,
  };
}
