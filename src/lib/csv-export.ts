/**
 * CSV for downloads, written at build time (src/plugins/etalonnage postBuild).
 *
 * - UTF-8 with a byte-order mark, so French Excel opens "é" as "é";
 * - comma separator, CRLF line ends (RFC 4180), fields quoted when needed;
 * - numbers written as numbers, with "." as decimal separator and no grouping
 *   (the pages say so next to the download link);
 * - a text cell that a spreadsheet would read as a formula (starting with
 *   = + - @, a tab, a carriage return or a line feed) is prefixed with an
 *   apostrophe (OWASP "CSV injection" advice), so it stays text.
 */

export type CsvCell = string | number | null | undefined;

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\n]/;

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

function quote(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell: numbers bare, null/undefined empty, text neutralised then quoted if needed. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return csvNumber(cell);
  return quote(neutraliseFormula(cell));
}

/** The whole file, BOM included, one header row then the records. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map((h) => csvCell(h)).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`toCsv: row has ${row.length} cells, header has ${header.length}`);
    lines.push(row.map(csvCell).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
