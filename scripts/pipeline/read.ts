/**
 * Reading what Excel exports, from decoded text (bytes.ts does the bytes):
 * delimiter choice, records with physical line numbers, and the number /
 * missing-value / period grammar. Nothing here knows about indicators (see
 * validate.ts) or about files.
 */
import Papa from 'papaparse';
import { headerKey } from './columns';
import type { Encoding } from './bytes';
import type { MissingReason } from './types';

export type { Encoding } from './bytes';
export { CHUNK_BYTES as PARSE_CHUNK_BYTES } from './bytes';
export type Delimiter = ',' | ';' | '\t';
export type DecimalMark = ',' | '.';

// ---------------------------------------------------------------------------
// Delimiter

/** Count of `ch` outside double quotes in `line`. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/**
 * Choose the delimiter from the header line alone. Papaparse's guesser looks at
 * data rows too, where French decimal commas ("85,4") pass for delimiters.
 * When several candidates appear, the one that yields more known column names
 * (compared by headerKey) wins, then the more frequent one.
 */
export function chooseDelimiter(headerLine: string, knownNames: ReadonlySet<string>): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  let bestCount = 0;
  for (const d of [';', ',', '\t'] as Delimiter[]) {
    const count = countOutsideQuotes(headerLine, d);
    if (!count) continue;
    const names = headerLine.split(d).map((s) => headerKey(s.replace(/^"|"$/g, '')));
    const score = names.filter((n) => knownNames.has(n)).length;
    if (score > bestScore || (score === bestScore && count > bestCount)) {
      best = d;
      bestScore = score;
      bestCount = count;
    }
  }
  return best;
}

/** A comma-separated file writes decimals with a point; any other with a comma (French Excel). */
export function decimalMarkFor(delimiter: Delimiter): DecimalMark {
  return delimiter === ',' ? '.' : ',';
}

/** Column names compare case- and accent-insensitively ("Période" is "periode"). */
export function foldName(s: string): string {
  return s
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

// ---------------------------------------------------------------------------
// Rows with physical line numbers

export interface CsvInfo {
  encoding: Encoding;
  delimiter: Delimiter;
  decimalMark: DecimalMark;
}

export interface ParseProblem {
  line: number;
  code: string;
  message: string;
}

export interface RowSink {
  /** Called once with the header cells (line 1). */
  header(cells: string[], info: CsvInfo): void;
  /** Called for each record after the header; line is where the record starts. */
  row(cells: string[], line: number): void;
  /** Papaparse could not make sense of the quotes of the record starting at `line`. */
  problem(p: ParseProblem): void;
  /**
   * Optional: a record without quotes after the header, text[start, end)
   * (line end excluded), before it is cut into cells. Returns true when the
   * sink has dealt with it whole (it is then not cut, and not given to
   * `row`), false to get it as cells.
   */
  line?(text: string, start: number, end: number, line: number): boolean;
}

function countNewlines(cells: string[]): number {
  let n = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c.length > 0 && c.indexOf('\n') !== -1) {
      for (let k = c.indexOf('\n'); k !== -1; k = c.indexOf('\n', k + 1)) n++;
    }
  }
  return n;
}

/** Text with every CRLF or lone CR turned into LF. */
function lf(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * Where the record holding the quote at `q` ends: just after the newline that
 * follows its last closing quote (a quote not doubled), or -1 when the chunk
 * ends first. Only a guess at the record's end: papaparse decides, and a
 * window it does not read to the end is read again with the rest.
 */
function quotedRecordEnd(text: string, q: number): number {
  let open = q;
  for (;;) {
    // inside a quoted cell from `open`: find the closing quote ("" is an escaped quote)
    let k = text.indexOf('"', open + 1);
    while (k !== -1 && text.charCodeAt(k + 1) === 34) k = text.indexOf('"', k + 2);
    if (k === -1) return -1;
    const nl = text.indexOf('\n', k + 1);
    if (nl === -1) return -1;
    const next = text.indexOf('"', k + 1);
    if (next === -1 || next > nl) return nl + 1;
    open = next; // another quoted cell on the same record
  }
}

/**
 * Stream CSV text (decoded chunks; LF, CRLF or CR line ends, read as LF) into `sink`, record by record, with the line each record
 * starts on as the contributor sees it: line 1 is the header, and a cell that
 * spans three lines pushes the next record three lines down. Papaparse does
 * the tokenising; we feed it chunks ourselves (its Parser with ignoreLastRow,
 * as its own streamers do) so the newline is known ('\n'; the CR of a CRLF is dropped) and
 * memory stays flat whatever the file size.
 *
 * Speed: a chunk's lines without any quote are one record per line, cut
 * here as papaparse's fast mode would cut them (lines at '\n', cells at the
 * delimiter) but in one scan, without cutting each line out first; a record
 * with quotes is read on its own by papaparse's full parser, and when its end
 * is not where the quotes say (a malformed quote), the full parser reads the
 * rest of the chunk as before.
 */
export async function streamCsv(
  text: AsyncIterable<string> | Iterable<string>,
  encoding: Encoding,
  knownNames: ReadonlySet<string>,
  sink: RowSink,
): Promise<{ records: number; empty: boolean }> {
  let parser: Papa.Parser | null = null;
  let partial = '';
  let line = 1; // line where the next record starts
  let headerSeen = false;
  let records = 0;
  let info: CsvInfo | null = null;

  /** Hands papaparse's records of `segment` to the sink; `consumed`: characters of the segment they cover. */
  const emit = (res: Papa.ParseResult<string[]>, segment: string, consumed: number): void => {
    const rows = res.data;
    let badRows: Map<number, Papa.ParseError> | null = null;
    for (const e of res.errors) {
      if (typeof e.row !== 'number') continue;
      badRows ??= new Map();
      if (!badRows.has(e.row)) badRows.set(e.row, e);
    }
    // Each record ends with one newline (the last one may not): the extra
    // newlines are inside cells. Count them to skip looking inside cells.
    let newlines = 0;
    for (let k = segment.indexOf('\n'); k !== -1 && k < consumed; k = segment.indexOf('\n', k + 1)) newlines++;
    const endsWithNewline = consumed > 0 && segment.charCodeAt(consumed - 1) === 10;
    let inside = newlines - (rows.length - (endsWithNewline ? 0 : 1));
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i];
      const start = line;
      if (inside > 0) {
        const n = countNewlines(cells);
        inside -= n;
        line += 1 + n;
      } else line += 1;
      const err = badRows ? badRows.get(i) : undefined;
      if (!headerSeen) {
        headerSeen = true;
        sink.header(cells, info!);
        if (err) sink.problem({ line: start, code: err.code, message: err.message });
        continue;
      }
      records++;
      if (err) sink.problem({ line: start, code: err.code, message: err.message });
      else sink.row(cells, start);
    }
  };

  /**
   * Complete lines without a quote, text[from, to): what papaparse's fast mode
   * does (lines at '\n', cells at the delimiter), without cutting the lines
   * out first: one scan for line ends and delimiters, each cell cut once.
   */
  const plainLines = (text: string, from: number, to: number): void => {
    const d = info!.delimiter;
    let p = from;
    // the next delimiter at or after the cell being cut (-1: none left in the text)
    let nd = text.indexOf(d, p);
    // the next CR at or after the line being cut (-1: none left)
    let nr = text.indexOf('\r', p);
    while (p < to) {
      const e = text.indexOf('\n', p);
      if (nr !== -1 && nr < p) nr = text.indexOf('\r', p);
      if (nr !== -1 && nr < e - 1) {
        // a lone CR (a line end) before this line's end: the rest with LF ends
        const fixed = lf(text.slice(p, to));
        plainLines(fixed, 0, fixed.length);
        return;
      }
      // a CRLF line end: the CR is not part of the last cell
      const end = text.charCodeAt(e - 1) === 13 && e > p ? e - 1 : e;
      if (headerSeen && sink.line !== undefined && sink.line(text, p, end, line)) {
        p = e + 1;
        line++;
        records++;
        continue;
      }
      const cells: string[] = [];
      let a = p;
      for (;;) {
        if (nd !== -1 && nd < a) nd = text.indexOf(d, a);
        if (nd === -1 || nd > e) {
          cells.push(text.slice(a, end));
          break;
        }
        cells.push(text.slice(a, nd));
        a = nd + 1;
      }
      p = e + 1;
      const start = line++;
      if (!headerSeen) {
        headerSeen = true;
        sink.header(cells, info!);
        continue;
      }
      records++;
      sink.row(cells, start);
    }
  };

  /** Reads text[from…] (complete records; what is left waits in `partial`). */
  const consume = (text: string, last: boolean, from = 0): void => {
    if (!parser) {
      const nl = text.indexOf('\n');
      if (nl === -1 && !last) { partial = text; return; }
      // line 1 ends at the first LF or CR
      const cr = text.indexOf('\r');
      const headerLine = nl === -1 ? lf(text) : text.slice(0, cr !== -1 && cr < nl ? cr : nl);
      const delimiter = chooseDelimiter(headerLine, knownNames);
      info = { encoding, delimiter, decimalMark: decimalMarkFor(delimiter) };
      parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
    }
    const p = parser;
    if (last) {
      const whole = lf(text);
      const res = p.parse(whole, 0, false) as Papa.ParseResult<string[]>;
      emit(res, whole, whole.length);
      partial = '';
      return;
    }
    let pos = from;
    for (;;) {
      const q = text.indexOf('"', pos);
      // complete lines without a quote: one record each
      const clean = q === -1 ? text.lastIndexOf('\n') + 1 : text.lastIndexOf('\n', q) + 1;
      if (clean > pos) {
        plainLines(text, pos, clean);
        pos = clean;
      }
      if (q === -1) break;
      // the record holding the quote, alone, when its end can be told
      const end = quotedRecordEnd(text, q);
      if (end !== -1) {
        const segment = lf(text.slice(pos, end));
        const res = p.parse(segment, 0, true) as Papa.ParseResult<string[]>;
        if (res.meta.cursor === segment.length) {
          emit(res, segment, segment.length);
          pos = end;
          continue;
        }
      }
      // otherwise the full parser reads the rest of the chunk, as one piece
      // (what it leaves is kept with LF line ends: still a valid text)
      const rest = lf(pos === 0 ? text : text.slice(pos));
      const res = p.parse(rest, 0, true) as Papa.ParseResult<string[]>;
      emit(res, rest, res.meta.cursor);
      partial = rest.slice(res.meta.cursor);
      return;
    }
    partial = text.slice(pos);
  };

  // A CR at the end of a chunk waits for the next one (it may start with the LF of a CRLF).
  let heldCR = false;
  for await (let chunk of text) {
    if (heldCR) {
      chunk = '\r' + chunk;
      heldCR = false;
    }
    if (chunk.charCodeAt(chunk.length - 1) === 13) {
      heldCR = true;
      chunk = chunk.slice(0, -1);
    }
    // CRLF line ends are read as they are (a lone CR among them is found where lines are cut);
    // a chunk with CR and no LF (an old Mac file) gets LF ends
    if (chunk.indexOf('\n') === -1 && chunk.indexOf('\r') !== -1) chunk = lf(chunk);
    if (!chunk) continue;
    if (partial) {
      // The line begun in the chunk before ends here: read it on its own, then the rest of
      // the chunk where it is, rather than the whole chunk copied after it.
      const nl = chunk.indexOf('\n');
      if (nl !== -1 && nl + 1 < chunk.length) {
        consume(partial + chunk.slice(0, nl + 1), false);
        if (!partial) {
          consume(chunk, false, nl + 1);
          continue;
        }
        chunk = chunk.slice(nl + 1);
      }
    }
    consume(partial ? partial + chunk : chunk, false);
  }
  // a CR at the very end is a line end
  if (heldCR) consume(partial ? partial + '\n' : '\n', false);
  if (partial || !parser) consume(partial, true);
  return { records, empty: !headerSeen };
}

// ---------------------------------------------------------------------------
// Cells: numbers, missing values, periods, unsafe text

/** Declared missing-value tokens (compared lower-case, spaces removed). */
export const MISSING_TOKENS: Readonly<Record<string, MissingReason>> = {
  '': 'non-disponible',
  'n.d.': 'non-disponible',
  'n.d': 'non-disponible',
  nd: 'non-disponible',
  'n/d': 'non-disponible',
  's.o.': 'sans-objet',
  's.o': 'sans-objet',
  so: 'sans-objet',
  's/o': 'sans-objet',
  sansobjet: 'sans-objet',
  x: 'confidentiel',
  'conf.': 'confidentiel',
  confidentiel: 'confidentiel',
};

/** Spaces Excel and French typography put between thousands. */
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;

export type NumberParse =
  | { ok: true; value: number; suffix: '' | '%' | '$' }
  | { ok: false; type: 'type-error' | 'ambiguous-number'; reason: NumberFailure; suggestion: string | null };

export type NumberFailure =
  | 'not-a-number'
  | 'scientific'
  | 'both-marks'
  | 'repeated-mark'
  | 'thousands-or-decimal'
  | 'wrong-mark'
  | 'bad-grouping';

const SIMPLE_INT = /^-?\d+$/;
const WELL_FORMED = /^\d+(?:[.,]\d+)?$/;
const GROUPED = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;

/**
 * One number cell, as written by a human or by Excel in either locale.
 * Accepts: 1006000, 1 006 000 (space, no-break or narrow no-break space),
 * 85,4 or 85.4 (whichever is the file's decimal mark), a trailing % or $,
 * a leading - or − (U+2212). Refuses rather than guesses: the other decimal
 * mark, 1.234 in a decimal-comma file, 1,234,5, 5,58199E+12.
 */
export function parseNumber(raw: string, mark: DecimalMark): NumberParse {
  if (SIMPLE_INT.test(raw)) return { ok: true, value: Number(raw), suffix: '' };
  let s = raw.trim();
  let suffix: '' | '%' | '$' = '';
  const lastCh = s.charCodeAt(s.length - 1);
  if (lastCh === 37 /* % */ || lastCh === 36 /* $ */) {
    suffix = lastCh === 37 ? '%' : '$';
    s = s.slice(0, -1).trim();
  }
  let negative = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 /* - */ || c0 === 0x2212) { negative = true; s = s.slice(1).trimStart(); }
  else if (c0 === 43 /* + */) s = s.slice(1).trimStart();
  if (s === '') return fail('type-error', 'not-a-number', null);
  if (/^[\d.,\s\u00a0\u202f\u2009]*\d[eE][+-]?\d+$/.test(s)) return fail('ambiguous-number', 'scientific', null);
  const spaced = s.replace(GROUP_SPACES, ' ');
  const hasSpace = spaced.indexOf(' ') !== -1;
  if (hasSpace && !GROUPED.test(spaced)) {
    return /^[\d ]+(?:[.,]\d+)?$/.test(spaced) ? fail('type-error', 'bad-grouping', null) : fail('type-error', 'not-a-number', null);
  }
  const digits = hasSpace ? spaced.replace(/ /g, '') : spaced;
  if (!WELL_FORMED.test(digits)) {
    if (/^\d[\d.,]*\d$/.test(digits)) {
      const commas = digits.split(',').length - 1;
      const points = digits.split('.').length - 1;
      if (commas && points) return fail('ambiguous-number', 'both-marks', null);
      return fail('ambiguous-number', 'repeated-mark', null);
    }
    return fail('type-error', 'not-a-number', null);
  }
  const other = mark === ',' ? '.' : ',';
  const at = digits.indexOf(other);
  if (at !== -1) {
    const after = digits.length - at - 1;
    if (after === 3 && !hasSpace && at <= 3) return fail('ambiguous-number', 'thousands-or-decimal', null);
    const fixed = (negative ? '-' : '') + digits.replace(other, mark);
    return fail('type-error', 'wrong-mark', fixed);
  }
  const value = Number(mark === ',' ? digits.replace(',', '.') : digits);
  return { ok: true, value: negative ? -value : value, suffix };
}

/** Suffix of the last number read by parseNumberFast. */
export const fastState: { suffix: '' | '%' | '$' } = { suffix: '' };

function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * The common, well-formed cells in one pass without allocating: the same
 * grammar as parseNumber restricted to what needs no diagnosis. Returns NaN
 * when the cell needs parseNumber (errors, other mark, scientific…). The
 * suffix is left in fastState.suffix.
 */
export function parseNumberFast(s: string, mark: DecimalMark): number {
  return parseNumberFastAt(s, 0, s.length, mark);
}

/** parseNumberFast of s.slice(from, to), without cutting it out. */
export function parseNumberFastAt(s: string, from: number, to: number, mark: DecimalMark): number {
  const markCode = mark === ',' ? 44 : 46;
  let end = to;
  let start = from;
  while (end > from && isGroupSpace(s.charCodeAt(end - 1))) end--;
  while (start < end && isGroupSpace(s.charCodeAt(start))) start++;
  fastState.suffix = '';
  if (end === from) return NaN;
  let c = s.charCodeAt(end - 1);
  if (c === 37 || c === 36) {
    fastState.suffix = c === 37 ? '%' : '$';
    end--;
    while (end > start && isGroupSpace(s.charCodeAt(end - 1))) end--;
  }
  let negative = false;
  c = s.charCodeAt(start);
  if (c === 45 || c === 0x2212) {
    negative = true;
    start++;
  }
  if (start >= end) return NaN;
  let int = 0;
  let digitsInGroup = 0;
  let grouped = false;
  let i = start;
  for (; i < end; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      int = int * 10 + (c - 48);
      digitsInGroup++;
    } else if (isGroupSpace(c)) {
      // a group separator: after 1–3 digits first, then exactly 3
      if (digitsInGroup === 0 || digitsInGroup > 3 || (grouped && digitsInGroup !== 3)) return NaN;
      grouped = true;
      digitsInGroup = 0;
    } else break;
  }
  if (digitsInGroup === 0 || (grouped && digitsInGroup !== 3)) return NaN;
  if (int > Number.MAX_SAFE_INTEGER) return NaN;
  if (i === end) return negative ? -int : int;
  if (s.charCodeAt(i) !== markCode || i + 1 === end) return NaN;
  let m = int;
  for (let k = i + 1; k < end; k++) {
    c = s.charCodeAt(k);
    if (c < 48 || c > 57) return NaN;
    m = m * 10 + (c - 48);
  }
  const decimals = end - i - 1;
  // Digits and decimals as exact doubles (m < 2^53, 10^k exact up to 10^22): one
  // IEEE division is then correctly rounded, the value Number() would give.
  // Otherwise let Number() do the conversion.
  const v = m <= Number.MAX_SAFE_INTEGER && decimals <= 22 ? m / POW10[decimals] : Number(`${int}.${s.slice(i + 1, end)}`);
  return negative ? -v : v;
}

/** Powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

function fail(type: 'type-error' | 'ambiguous-number', reason: NumberFailure, suggestion: string | null): NumberParse {
  return { ok: false, type, reason, suggestion };
}

/** The missing-value reason for a cell, or undefined when the cell is not a declared token. */
export function missingReason(raw: string): MissingReason | undefined {
  if (raw === '') return 'non-disponible';
  const key = raw.trim().toLowerCase().replace(/\s+/g, '');
  return Object.prototype.hasOwnProperty.call(MISSING_TOKENS, key) ? MISSING_TOKENS[key] : undefined;
}

export type PeriodParse =
  | { ok: true; period: string; start: number; fiscal: boolean }
  | { ok: false; reason: 'format' | 'not-consecutive' | 'future' | 'too-old' | 'short'; suggestion: string | null };

/** Earliest year accepted: the Centre was founded in 2000; older series stay possible. */
export const FIRST_YEAR = 1980;

/**
 * "2010-2011" (fiscal year, 1 April–31 March) or "2010" (calendar year). Any
 * dash (– — ‐ −) is read as a hyphen. `currentYear` is the last year that is
 * not in the future.
 */
export function parsePeriod(raw: string, currentYear: number): PeriodParse {
  const s = raw.trim().replace(/[\u2010-\u2015\u2212]/g, '-');
  let m = /^(\d{4})-(\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b !== a + 1) return { ok: false, reason: 'not-consecutive', suggestion: `${a}-${a + 1}` };
    if (a > currentYear) return { ok: false, reason: 'future', suggestion: null };
    if (a < FIRST_YEAR) return { ok: false, reason: 'too-old', suggestion: null };
    return { ok: true, period: s, start: a, fiscal: true };
  }
  m = /^(\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    if (a > currentYear) return { ok: false, reason: 'future', suggestion: null };
    if (a < FIRST_YEAR) return { ok: false, reason: 'too-old', suggestion: null };
    return { ok: true, period: s, start: a, fiscal: false };
  }
  m = /^(\d{4})[-/](\d{2})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    return { ok: false, reason: 'short', suggestion: `${a}-${a + 1}` };
  }
  return { ok: false, reason: 'format', suggestion: null };
}

/** Chronological order: by first year, a calendar year before the fiscal year it starts. */
export function comparePeriods(a: string, b: string): number {
  const ya = Number(a.slice(0, 4));
  const yb = Number(b.slice(0, 4));
  return ya - yb || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

const ENTITY = /&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/;

/**
 * Text a browser could read as markup: a tag (<b>, </p>, <script …>), a
 * comment, an entity (&nbsp;), or a javascript: address. Linear in the
 * length of the text: a tag is "<" + optional "/" + a letter with a ">"
 * somewhere after it, which one scan from the end settles (the regular
 * expression /<\/?[a-z][^>]*>/ took quadratic time on a long cell of "<a").
 */
export function looksLikeHtml(s: string): boolean {
  if (s.indexOf('<!--') !== -1) return true;
  const lastGt = s.lastIndexOf('>');
  for (let i = s.indexOf('<'); i !== -1 && i < lastGt; i = s.indexOf('<', i + 1)) {
    let k = i + 1;
    if (s.charCodeAt(k) === 47 /* / */) k++;
    const c = s.charCodeAt(k) | 0x20;
    if (c >= 97 && c <= 122 && k < lastGt) return true;
  }
  if (s.indexOf('&') !== -1 && ENTITY.test(s)) return true;
  return s.indexOf(':') !== -1 && /javascript:/i.test(s);
}

/**
 * A web address the site may link to: http: or https:, a host holding a dot
 * with something on each side of it, no white space. One pass over the text
 * (the regular expression /^https?:\/\/[^\s/?#]+\.[^\s/?#]+[^\s]*$/ it
 * replaces backtracked in cubic time: 2.5 minutes on an 8,000-character
 * "http://a.a.a.…" cell).
 */
export function isWebAddress(s: string): boolean {
  const m = /^https?:\/\//i.exec(s);
  if (!m) return false;
  const start = m[0].length;
  let end = start;
  for (; end < s.length; end++) {
    const c = s.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
  }
  if (/\s/.test(s)) return false;
  const dot = s.indexOf('.', start + 1);
  return dot !== -1 && dot < end - 1;
}

/** Characters after which a spreadsheet may start a new cell: separators and line breaks. */
function isCellBreak(c: number): boolean {
  return c === 59 /* ; */ || c === 44 /* , */ || c === 9 || c === 10 || c === 13;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * s[from, to) starts a formula: = or @; or a + or - sign followed by a name
 * or a parenthesis ("-cmd|…", "+SUM(…"), or by a number and an operator
 * ("-2+3"). A signed number or a sign before words ("-5 % par rapport à
 * 2009", "+33 1 23 45 67 89") is text to a spreadsheet.
 */
function startsFormula(s: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpace(s.charCodeAt(i))) i++;
  if (i === to) return false;
  const c = s.charCodeAt(i);
  if (c === 61 /* = */ || c === 64 /* @ */) return true;
  if (c !== 43 /* + */ && c !== 45 /* - */) return false;
  i++;
  while (i < to && isSpace(s.charCodeAt(i))) i++;
  if (i === to) return false;
  const d = s.charCodeAt(i);
  if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95 /* _ */ || d === 40 /* ( */) return true;
  let k = i;
  while (k < to) {
    const e = s.charCodeAt(k);
    if ((e >= 48 && e <= 57) || e === 46 || e === 44 || e === 37 || isSpace(e)) k++;
    else break;
  }
  if (k === i || k === to) return false;
  const op = s.charCodeAt(k);
  // + - * / ^ & = < >
  return op === 43 || op === 45 || op === 42 || op === 47 || op === 94 || op === 38 || op === 61 || op === 60 || op === 62;
}

/**
 * A cell a spreadsheet could run as a formula: it starts like one, or it
 * holds a separator or a line break followed by one (a tool that writes the
 * cell unquoted into a ";" or "," file splits it there: "x;=1+1"). One pass
 * over the text.
 */
export function formulaPosition(s: string): 'start' | 'inside' | null {
  if (s.length === 0) return null;
  const c0 = s.charCodeAt(0);
  if (c0 === 9 || c0 === 13) return 'start';
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || isCellBreak(s.charCodeAt(i))) {
      if (startsFormula(s, start, i)) return start === 0 ? 'start' : 'inside';
      start = i + 1;
    }
  }
  return null;
}

/** 'html' or 'formula' when a text cell could be interpreted by a browser or a spreadsheet. */
export function unsafeText(s: string): 'html' | 'formula' | null {
  if (s.length === 0) return null;
  if (formulaPosition(s)) return 'formula';
  if (looksLikeHtml(s)) return 'html';
  return null;
}
