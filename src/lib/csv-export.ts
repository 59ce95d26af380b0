/**
 * CSV for downloads, written at build time (src/plugins/open-data).
 *
 * Two dialects, both UTF-8 with a byte-order mark (so Excel opens "é" as "é")
 * and CRLF line ends (RFC 4180):
 * - `toCsv`, for programs: comma separator, numbers with "." as decimal
 *   separator and no grouping, stable machine headers;
 * - `toExcelCsv`, for spreadsheets set to French (Canada): ";" separator (the
 *   list separator of French locales), decimal comma, no grouping, human headers:
 *   what French Excel itself writes, so every number opens as a number.
 *
 * Safe by construction (OWASP "CSV injection"):
 * - a text cell that a spreadsheet would read as a formula (starting with
 *   = + - @, a tab, a carriage return or a line feed) gets a leading apostrophe;
 * - a text cell holding any separator a spreadsheet might split on (, ; tab) is
 *   quoted, so "x;=1+1" opened with ";" stays one cell instead of becoming
 *   "x" and the formula "=1+1".
 */

export type CsvCell = string | number | null | undefined;

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\n]/;
/** Quote, separators (comma, semicolon, tab) and line breaks: the cell must be quoted. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** Text that would start a formula gets a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number as a spreadsheet reads it in any locale: "." decimal, no grouping, no exponent for usual magnitudes. */
export function csvNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`csvNumber: ${n} is not a finite number`);
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // 1e21 and 1e-7 style: write in positional notation.
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(n))) + 15))).replace(/\.?0+$/, '');
}

/** A number as French Excel writes it in a CSV: decimal comma, no grouping ("85,4", "1006000", "-2,5"). */
export function excelNumber(n: number): string {
  return csvNumber(n).replace('.', ',');
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell: numbers bare, null/undefined empty, text neutralised then quoted if needed. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return csvNumber(cell);
  return quote(neutraliseFormula(cell));
}

/** One cell of the French-Excel dialect: decimal comma, text as in csvCell. */
export function excelCell(cell: CsvCell): string {
  if (typeof cell === 'number') return excelNumber(cell);
  return csvCell(cell);
}

function write(header: readonly string[], rows: readonly (readonly CsvCell[])[], separator: string, cell: (c: CsvCell) => string): string {
  const lines = [header.map((h) => cell(h)).join(separator)];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`toCsv: row has ${row.length} cells, header has ${header.length}`);
    lines.push(row.map(cell).join(separator));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The whole file for programs, BOM included, one header row then the records. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return write(header, rows, ',', csvCell);
}

/** The whole file for French Excel: ";" separator, decimal comma, BOM, CRLF. */
export function toExcelCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return write(header, rows, ';', excelCell);
}
