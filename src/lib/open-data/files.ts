/**
 * Every file of one table: workbook, CSV for French Excel, CSV and JSON for
 * programs. Build time only.
 */
import {toCsv, toExcelCsv} from '../csv-export';
import {FILE_KINDS, MEDIA_TYPES, filePath, type FileKind, type OpenTable} from './table';
import {workbook} from './xlsx';

export interface OpenFile {
  kind: FileKind;
  /** Relative to the locale's build folder: "etalonnage/donnees/valeurs.csv". */
  path: string;
  mediaType: string;
  bytes: Uint8Array;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The JSON body: the table's own shape or its records, always with title, sources and licence. */
export function jsonOf(table: OpenTable): Record<string, unknown> {
  const body = table.json ?? {
    decimal_separator: '.',
    records: table.rows.map((r) => Object.fromEntries(table.fields.map((f, i) => [f.name, r[i] ?? null]))),
  };
  return {
    title: table.title,
    description: table.description,
    ...body,
    sources: table.sources.map((s) => ({code: s.code, title: s.title, ...(s.detail ? {detail: s.detail} : {})})),
    licence: table.licence.title,
    licence_url: table.licence.url,
    ...(table.notes.length ? {notes: table.notes} : {}),
  };
}

export function excelCsvOf(table: OpenTable): string {
  return toExcelCsv(
    table.fields.map((f) => f.title),
    table.rows,
  );
}

export async function tableFiles(table: OpenTable, generatedAt: Date, kinds: readonly FileKind[] = FILE_KINDS): Promise<OpenFile[]> {
  if (table.rows.length === 0) throw new Error(`${table.name}: a table without rows must not be offered for download`);
  const out: OpenFile[] = [];
  for (const kind of kinds) {
    let bytes: Uint8Array;
    if (kind === 'xlsx') bytes = await workbook(table, generatedAt);
    else if (kind === 'csv-excel') bytes = utf8(excelCsvOf(table));
    else if (kind === 'csv')
      bytes = utf8(
        toCsv(
          table.fields.map((f) => f.name),
          table.rows,
        ),
      );
    else bytes = utf8(`${JSON.stringify(jsonOf(table), null, 1)}\n`);
    out.push({kind, path: filePath(table, kind), mediaType: MEDIA_TYPES[kind], bytes});
  }
  return out;
}
