/**
 * The Excel workbook of one table (exceljs, at build time only):
 * - sheet 1, the data: human headers in the table's language, numbers as
 *   numbers with a number format per unit (thousands, decimals, %, $, s),
 *   dates as dates, the status as its own column, header row frozen and filtered;
 * - sheet 2, "about": title, description, sources, licence, status legend,
 *   extraction date, notes and a dictionary of the columns.
 * Number formats are stored in the file's neutral syntax ("#,##0.0"): Excel and
 * LibreOffice show them with the reader's own separators ("1 006 000,5" in fr-CA).
 * A text cell is a string in the file, never a formula: nothing to neutralise.
 */
import ExcelJS from 'exceljs';
import type {CsvCell} from '../csv-export';
import {STATUS_WORDS} from '../../../scripts/pipeline/columns';
import {STATUS_LEGEND, type NumberStyle, type OpenField, type OpenLocale, type OpenTable} from './table';

const NBSP = '\u00A0';

const WORDS = {
  fr: {
    data: 'Données',
    about: 'À propos',
    title: 'Titre',
    description: 'Contenu',
    sources: 'Sources',
    licence: 'Licence',
    extracted: 'Date d\'extraction',
    status: 'Statut des valeurs',
    notes: 'Remarques',
    rows: 'Lignes',
    columns: 'Colonnes',
    column: 'Colonne',
    columnName: 'Nom pour les programmes',
    meaning: 'Description',
    unit: 'Unité',
    publisher: 'Centre d\'expertise des grands organismes',
  },
  en: {
    data: 'Data',
    about: 'About',
    title: 'Title',
    description: 'Contents',
    sources: 'Sources',
    licence: 'Licence',
    extracted: 'Extraction date',
    status: 'Status of the values',
    notes: 'Notes',
    rows: 'Rows',
    columns: 'Columns',
    column: 'Column',
    columnName: 'Name for programs',
    meaning: 'Description',
    unit: 'Unit',
    publisher: 'Centre d’expertise des grands organismes',
  },
} as const;

/** French puts a space before a colon. */
export const colon = (locale: OpenLocale): string => (locale === 'fr' ? `${NBSP}: ` : ': ');

/** Decimals needed to show a number exactly (at most 6). */
function decimalsOf(n: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(n * 10 ** d) / 10 ** d - n) < 1e-9) return d;
  return 6;
}

/** Excel number format of one cell, in the file's neutral syntax. */
export function numberFormat(style: NumberStyle, value: number, locale: OpenLocale): string {
  const d = decimalsOf(value);
  const base = d === 0 ? '#,##0' : `#,##0.${'0'.repeat(d)}`;
  const suffix = (s: string) => `${base}"${NBSP}${s}"`;
  switch (style) {
    case 'integer':
      return '#,##0';
    case 'percent':
      return locale === 'fr' ? suffix('%') : `${base}"%"`;
    case 'dollars':
      return locale === 'fr' ? `#,##0.00"${NBSP}$"` : '"$"#,##0.00;-"$"#,##0.00';
    case 'seconds':
      return suffix('s');
    case 'minutes':
      return suffix('min');
    case 'days':
      return suffix(locale === 'fr' ? 'j' : 'd');
    default:
      return base;
  }
}

/** "2007-03-31" as a date at midnight UTC (exceljs writes the serial from UTC). */
export function isoDate(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`Not an ISO date: ${text}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function styleOf(field: OpenField, row: number): NumberStyle | undefined {
  return typeof field.style === 'function' ? field.style(row) : field.style;
}

function cellValue(field: OpenField, cell: CsvCell): string | number | Date | null {
  if (cell === null || cell === undefined || cell === '') return null;
  if (field.type === 'date' && typeof cell === 'string') return isoDate(cell);
  return cell;
}

function textWidth(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (v instanceof Date) return 10;
  return String(v).length;
}

export async function workbook(table: OpenTable, generatedAt: Date): Promise<Uint8Array> {
  const w = WORDS[table.locale];
  const wb = new ExcelJS.Workbook();
  wb.creator = w.publisher;
  wb.lastModifiedBy = w.publisher;
  wb.created = generatedAt;
  wb.modified = generatedAt;
  wb.title = table.title;
  wb.subject = table.description;

  // Sheet 1: the data.
  const data = wb.addWorksheet(w.data, {views: [{state: 'frozen', ySplit: 1}]});
  data.columns = table.fields.map((f) => ({header: f.title, key: f.name}));
  const header = data.getRow(1);
  header.font = {bold: true};
  header.alignment = {vertical: 'top', wrapText: true};
  table.rows.forEach((row, r) => {
    const added = data.addRow(table.fields.map((f, c) => cellValue(f, row[c])));
    table.fields.forEach((f, c) => {
      const v = row[c];
      const cell = added.getCell(c + 1);
      if (f.type === 'date' && v) cell.numFmt = 'yyyy-mm-dd';
      else if (typeof v === 'number') {
        const style = styleOf(f, r) ?? (f.type === 'integer' ? 'integer' : 'decimal');
        cell.numFmt = numberFormat(style, v, table.locale);
      }
    });
  });
  table.fields.forEach((f, c) => {
    const widest = Math.max(textWidth(f.title), ...table.rows.map((row) => textWidth(row[c])));
    data.getColumn(c + 1).width = Math.min(60, Math.max(8, widest + 2));
  });
  if (table.rows.length) data.autoFilter = {from: {row: 1, column: 1}, to: {row: 1 + table.rows.length, column: table.fields.length}};

  // Sheet 2: about.
  const about = wb.addWorksheet(w.about);
  about.getColumn(1).width = 26;
  about.getColumn(2).width = 90;
  about.getColumn(3).width = 24;
  const line = (label: string, value: string | number | Date, numFmt?: string) => {
    const row = about.addRow([label, value]);
    row.getCell(1).font = {bold: true};
    row.getCell(2).alignment = {wrapText: true, vertical: 'top'};
    if (numFmt) row.getCell(2).numFmt = numFmt;
    return row;
  };
  line(w.title, table.title).getCell(2).font = {bold: true, size: 13};
  line(w.description, table.description);
  line(w.rows, table.rows.length, '#,##0');
  table.sources.forEach((s, i) => line(i === 0 ? w.sources : '', s.detail ? `${s.title} (${s.detail})` : s.title));
  const licence = line(w.licence, table.licence.title);
  licence.getCell(3).value = {text: table.licence.url, hyperlink: table.licence.url};
  licence.getCell(3).font = {color: {argb: 'FF0645AD'}, underline: true};
  line(w.extracted, new Date(Date.UTC(generatedAt.getUTCFullYear(), generatedAt.getUTCMonth(), generatedAt.getUTCDate())), 'yyyy-mm-dd');
  if (table.statusLegend) {
    const legend = STATUS_LEGEND[table.locale];
    line(w.status, `${STATUS_WORDS.publie[table.locale]}${colon(table.locale)}${legend.publie}`);
    line('', `${STATUS_WORDS.illustratif[table.locale]}${colon(table.locale)}${legend.illustratif}`);
  }
  table.notes.forEach((n, i) => line(i === 0 ? w.notes : '', n));
  about.addRow([]);
  const head = about.addRow([w.column, w.meaning, w.columnName]);
  head.font = {bold: true};
  for (const f of table.fields) {
    const row = about.addRow([f.title, f.unit ? `${f.description} (${w.unit.toLowerCase()}${colon(table.locale)}${f.unit})` : f.description, f.name]);
    row.getCell(2).alignment = {wrapText: true, vertical: 'top'};
  }

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
