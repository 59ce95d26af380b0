/**
 * The checked file, written back canonically: UTF-8 with a byte-order mark,
 * the canonical separators (`,` for a comma file; `;` for a semicolon or tab
 * file, which keeps its decimal comma), CRLF between records, quotes only
 * where a cell needs them. Nothing else changes: every cell's text is the
 * one the validator read (same reader, same decoding). Excel's leftovers
 * (trailing rows of separators, empty unnamed trailing columns), which the
 * validator ignores, are left out.
 *
 * So what a contributor proposes is exactly what was checked.
 */
import Papa from 'papaparse';
import { decodedChunks, sniffEncoding, type ByteSource, type Encoding } from './bytes';
import { FILE_KINDS, KIND_SCHEMAS } from './kinds';
import { chooseDelimiter, type Delimiter } from './read';
import { knownHeaderKeys } from './table';

export interface CanonicalFile {
  /** UTF-8 with BOM. */
  bytes: Uint8Array;
  /** The file as read, and as written. */
  from: { encoding: Encoding; delimiter: Delimiter };
  delimiter: ',' | ';';
  /** Records written, header included. */
  records: number;
  /** Excel leftovers left out: trailing blank rows, and empty unnamed trailing columns. */
  droppedRows: number;
  droppedColumns: number;
}

const KNOWN: ReadonlySet<string> = new Set(FILE_KINDS.flatMap((k) => [...knownHeaderKeys(KIND_SCHEMAS[k])]));

function cell(text: string, delimiter: string): string {
  return text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The canonical bytes of a CSV file; null when its encoding cannot be read (the report says why). */
export async function canonicalFile(source: ByteSource): Promise<CanonicalFile | null> {
  const sniff = await sniffEncoding(source);
  if (!sniff.ok) return null;
  let text = '';
  for await (const chunk of decodedChunks(source, sniff.encoding)) text += chunk;
  const nl = text.indexOf('\n');
  const delimiter = chooseDelimiter(nl === -1 ? text : text.slice(0, nl), KNOWN);
  const rows = Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"' }).data;
  // a final line break ends the last record; it does not start an empty one
  if (text.endsWith('\n') && rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();

  const blank = (r: string[]) => r.every((c) => c.trim() === '');
  let droppedRows = 0;
  while (rows.length > 1 && blank(rows[rows.length - 1])) {
    rows.pop();
    droppedRows++;
  }
  let width = rows.length ? rows[0].length : 0;
  let named = width;
  while (named > 0 && rows[0][named - 1].trim() === '') named--;
  const extraEmpty = rows.every((r) => r.slice(named).every((c) => c.trim() === ''));
  const droppedColumns = extraEmpty ? width - named : 0;
  if (extraEmpty) width = named;

  const out = delimiter === ',' ? ',' : ';';
  const lines = rows.map((r) => (extraEmpty ? r.slice(0, width) : r).map((c) => cell(c, out)).join(out));
  const body = `\uFEFF${lines.join('\r\n')}${lines.length ? '\r\n' : ''}`;
  return {
    bytes: new TextEncoder().encode(body),
    from: { encoding: sniff.encoding, delimiter },
    delimiter: out,
    records: rows.length,
    droppedRows,
    droppedColumns,
  };
}
