/**
 * Reading what Excel exports: encoding sniffing, streaming decoding, delimiter
 * choice, physical line numbers, and the number / missing-value / period
 * grammar. Nothing here knows about indicators: see validate.ts.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { headerKey } from './columns';
import type { MissingReason } from './types';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Delimiter = ',' | ';' | '\t';
export type DecimalMark = ',' | '.';

/** Bytes per read of the encoding scan: large reads, nothing kept. */
const SNIFF_BYTES = 1 << 20;
/**
 * Bytes per chunk handed to papaparse. Small enough that the rows parsed from
 * one chunk die young (a megabyte of rows outlives a scavenge and fills the
 * old generation with garbage), large enough to amortise the calls.
 */
export const PARSE_CHUNK_BYTES = 1 << 16;

// ---------------------------------------------------------------------------
// Encoding

export type EncodingSniff =
  | { ok: true; encoding: Encoding; /** line of the first non-UTF-8 byte (windows-1252 only) */ firstOddLine: number | null }
  | { ok: false; reason: 'xlsx' | 'binary' | 'undefined-1252'; line: number };

/** Bytes windows-1252 leaves undefined: a file holding them is not windows-1252 either. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Number of bytes at the end of buf that start a UTF-8 sequence not finished in buf. */
function incompleteUtf8Tail(buf: Buffer): number {
  const n = buf.length;
  for (let i = 1; i <= 3 && i <= n; i++) {
    const b = buf[n - i];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > i ? i : 0;
    }
    return 0;
  }
  return 0;
}

/** Physical line (1-based) of byte offset `offset`, counting LF, CRLF and lone CR. */
async function lineOfOffset(path: string, offset: number): Promise<number> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(offset);
    await fh.read(buf, 0, offset, 0);
    let line = 1;
    for (let i = 0; i < buf.length; i++) {
      if (buf[i] === 0x0a) line++;
      else if (buf[i] === 0x0d && buf[i + 1] !== 0x0a) line++;
    }
    return line;
  } finally {
    await fh.close();
  }
}

/**
 * Decide how to decode a file: BOMs first, then a full UTF-8 validity scan
 * (Buffer isUtf8, native and fast), windows-1252 otherwise. A spreadsheet saved
 * as .xlsx or a UTF-16 file without BOM is refused rather than misread.
 */
export async function sniffEncoding(path: string): Promise<EncodingSniff> {
  const stream = createReadStream(path, { highWaterMark: SNIFF_BYTES });
  let first = true;
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0; // file offset of `carry` (UTF-8 scan) or of the next chunk
  let utf8 = true;
  let firstOdd = -1;
  let bad1252 = -1;
  let encoding: Encoding | null = null;
  for await (const raw of stream as AsyncIterable<Buffer>) {
    let chunk = raw;
    if (first) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) encoding = 'utf-8-bom';
      else if (chunk[0] === 0xff && chunk[1] === 0xfe) { encoding = 'utf-16le'; break; }
      else if (chunk[0] === 0xfe && chunk[1] === 0xff) { encoding = 'utf-16be'; break; }
      else if (chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04) {
        stream.destroy();
        return { ok: false, reason: 'xlsx', line: 1 };
      }
      const nul = chunk.subarray(0, 4096).indexOf(0);
      if (nul !== -1) {
        stream.destroy();
        return { ok: false, reason: 'binary', line: 1 };
      }
    }
    const base = offset; // file offset of the first byte examined below (carry included)
    if (utf8) {
      const joined = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const tail = incompleteUtf8Tail(joined);
      const body = tail ? joined.subarray(0, joined.length - tail) : joined;
      if (!isUtf8(body)) {
        utf8 = false;
        firstOdd = offset + firstNonUtf8(body);
      }
      offset += body.length;
      carry = tail ? Buffer.from(joined.subarray(joined.length - tail)) : Buffer.alloc(0);
      chunk = joined;
    }
    if (!utf8 && bad1252 === -1) {
      for (let i = 0; i < chunk.length; i++) {
        if (UNDEFINED_1252.has(chunk[i])) { bad1252 = base + i; break; }
      }
    }
    if (!utf8) offset = base + chunk.length;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    stream.destroy();
    return { ok: true, encoding, firstOddLine: null };
  }
  if (utf8 && carry.length) {
    // a sequence cut off by the end of the file
    utf8 = false;
    firstOdd = offset;
  }
  if (utf8) return { ok: true, encoding: encoding ?? 'utf-8', firstOddLine: null };
  if (bad1252 !== -1) return { ok: false, reason: 'undefined-1252', line: await lineOfOffset(path, bad1252) };
  return { ok: true, encoding: 'windows-1252', firstOddLine: await lineOfOffset(path, firstOdd) };
}

/** Offset of the first byte that breaks UTF-8 in buf (buf is known to be invalid). */
function firstNonUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need === -1 || (b >= 0xe0 && b < 0xf0 && need !== 2)) return i;
    for (let k = 1; k <= need; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return buf.length;
}

interface TextDecoderLike {
  write(buf: Buffer): string;
  end(): string;
}

function makeDecoder(encoding: Encoding): TextDecoderLike {
  if (encoding === 'windows-1252') {
    const d = iconv.getDecoder('win1252');
    return { write: (b) => d.write(b), end: () => d.end() ?? '' };
  }
  const label = encoding === 'utf-16le' ? 'utf-16le' : encoding === 'utf-16be' ? 'utf-16be' : 'utf-8';
  // TextDecoder drops a leading BOM by default (ignoreBOM: false).
  const d = new TextDecoder(label);
  return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
}

/**
 * The file as text chunks: decoded, BOM removed, every CRLF or lone CR turned
 * into LF (so a note typed on two lines is the same string whatever the
 * exporter's line ending).
 */
export async function* decodedChunks(path: string, encoding: Encoding): AsyncGenerator<string> {
  const decoder = makeDecoder(encoding);
  let pendingCR = false;
  let first = true;
  const normalise = (text: string, last: boolean): string => {
    if (pendingCR) { text = '\r' + text; pendingCR = false; }
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length) first = false;
    if (text.indexOf('\r') === -1) return text;
    if (!last && text.charCodeAt(text.length - 1) === 13) { pendingCR = true; text = text.slice(0, -1); }
    return text.replace(/\r\n?/g, '\n');
  };
  for await (const buf of createReadStream(path, { highWaterMark: PARSE_CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    const text = normalise(decoder.write(buf), false);
    if (text) yield text;
  }
  const rest = normalise(decoder.end(), true);
  if (rest) yield rest;
}

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

/**
 * Stream a CSV file into `sink`, record by record, with the line each record
 * starts on as the contributor sees it: line 1 is the header, and a cell that
 * spans three lines pushes the next record three lines down. Papaparse does
 * the tokenising; we feed it chunks ourselves (its Parser with ignoreLastRow,
 * as its own streamers do) so the newline is known ('\n' after decoding) and
 * memory stays flat whatever the file size.
 */
export async function streamCsv(
  path: string,
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

  const consume = (text: string, last: boolean): void => {
    if (!parser) {
      const nl = text.indexOf('\n');
      if (nl === -1 && !last) { partial = text; return; }
      const headerLine = nl === -1 ? text : text.slice(0, nl);
      const delimiter = chooseDelimiter(headerLine, knownNames);
      info = { encoding, delimiter, decimalMark: decimalMarkFor(delimiter) };
      parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
    }
    const res = parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    const rows = res.data;
    const badRows = new Map<number, Papa.ParseError>();
    for (const e of res.errors) if (typeof e.row === 'number' && !badRows.has(e.row)) badRows.set(e.row, e);
    // Each record ends with one newline (the last one may not): the extra
    // newlines are inside cells. Count them to skip looking inside cells.
    const consumed = last ? text.length : res.meta.cursor;
    let newlines = 0;
    for (let k = text.indexOf('\n'); k !== -1 && k < consumed; k = text.indexOf('\n', k + 1)) newlines++;
    const endsWithNewline = consumed > 0 && text.charCodeAt(consumed - 1) === 10;
    // Newlines inside cells; once all are found, the remaining records are one line each.
    let inside = newlines - (rows.length - (endsWithNewline ? 0 : 1));
    for (let i = 0; i < rows.length; i++) {
      const cells = rows[i];
      const start = line;
      if (inside > 0) {
        const n = countNewlines(cells);
        inside -= n;
        line += 1 + n;
      } else line += 1;
      const err = badRows.get(i);
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
    partial = last ? '' : text.slice(res.meta.cursor);
  };

  for await (const chunk of decodedChunks(path, encoding)) {
    consume(partial ? partial + chunk : chunk, false);
  }
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
  const markCode = mark === ',' ? 44 : 46;
  let end = s.length;
  let start = 0;
  while (end > 0 && isGroupSpace(s.charCodeAt(end - 1))) end--;
  while (start < end && isGroupSpace(s.charCodeAt(start))) start++;
  fastState.suffix = '';
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
  for (let k = i + 1; k < end; k++) {
    c = s.charCodeAt(k);
    if (c < 48 || c > 57) return NaN;
  }
  // Let Number() do the correctly rounded decimal conversion.
  const v = Number(`${int}.${s.slice(i + 1, end)}`);
  return negative ? -v : v;
}

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

const HTML_LIKE = /<\/?[a-zA-Z][^>]*>|<!--|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|javascript:/;

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
export function formulaLike(s: string): boolean {
  if (s.length === 0) return false;
  const c0 = s.charCodeAt(0);
  if (c0 === 9 || c0 === 13) return true;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || isCellBreak(s.charCodeAt(i))) {
      if (startsFormula(s, start, i)) return true;
      start = i + 1;
    }
  }
  return false;
}

/** 'html' or 'formula' when a text cell could be interpreted by a browser or a spreadsheet. */
export function unsafeText(s: string): 'html' | 'formula' | null {
  if (s.length === 0) return null;
  if (formulaLike(s)) return 'formula';
  if (HTML_LIKE.test(s)) return 'html';
  return null;
}
