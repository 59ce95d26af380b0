/**
 * The checks every contributed table goes through, whatever it holds:
 * encoding, header (machine names or the downloads' human words), blank and
 * ragged rows, Excel's leftovers, oversized cells, and the accounting of
 * every row read. Row rules live with each table (catalogue.ts, values.ts,
 * reference.ts, finances.ts, evaluations.ts) and get well-shaped records.
 */
import { closest, distance } from 'fastest-levenshtein';
import { NotUtf8, decodedChunks, readAll, sniffEncoding, sourceSize, utf8Chunks, type ByteSource, type Encoding } from './bytes';
import { headerKey, type ColumnVocabulary } from './columns';
import type { KnownWhat, MessageCode, Params, TableName, UnknownWhat } from './messages';
import { foldName, formulaPosition, isWebAddress, looksLikeHtml, streamCsv, type CsvInfo, type DecimalMark, type NumberParse } from './read';
import type { Reporter } from './report';
import type { Direction, FileKind, Frequency, IndicatorGroup, Locale, ReportEntryType, Unit, ValueStatus } from './types';

// ---------------------------------------------------------------------------
// Vocabularies

export const UNITS: readonly Unit[] = ['pourcentage', 'secondes', 'minutes', 'jours', 'nombre', 'dollars', 'ratio', 'indice'];
export const DIRECTIONS: readonly Direction[] = ['hausse', 'baisse', 'neutre'];
export const FREQUENCIES: readonly Frequency[] = ['annuelle', 'trimestrielle', 'mensuelle'];
export const GROUPS: readonly IndicatorGroup[] = ['volume', 'part-mode', 'cout-transaction', 'norme-service', 'qualite', 'satisfaction', 'delai'];
export const STATUSES: readonly ValueStatus[] = ['publie', 'illustratif'];

/**
 * Longest cell read, in characters. A note is a few sentences; a megabyte
 * cell is a mistake or an attack on the text checks, and is refused whole.
 */
export const MAX_CELL_CHARS = 10_000;

/** A file up to this size is read into memory once, rather than twice from its source (encoding, then rows). */
export const SMALL_FILE_BYTES = 1 << 20;

// ---------------------------------------------------------------------------
// Suggestions

/** The closest candidate, when it is close enough to be a plausible typo. */
export function suggest(value: string, candidates: Iterable<string>, fold: (s: string) => string = foldName): string | null {
  const list = [...candidates];
  if (list.length === 0 || value.trim() === '' || value.length > 200) return null;
  const v = fold(value);
  const exact = list.find((c) => fold(c) === v);
  if (exact) return exact;
  const folded = list.map(fold);
  const best = closest(v, folded);
  const limit = Math.max(2, Math.floor(v.length / 3));
  return distance(v, best) <= limit ? list[folded.indexOf(best)] : null;
}

// ---------------------------------------------------------------------------
// Schemas and headers

export interface TableSchema {
  /** The table's name in messages (messages.ts TABLE_NAMES). */
  table: TableName;
  required: readonly string[];
  optional: readonly string[];
  /** Human header words accepted besides the machine names (columns.ts). */
  words?: ColumnVocabulary;
  /** Columns a download adds (computed by the site): recognised, not read. */
  computed?: ColumnVocabulary;
}

interface HeaderHit {
  column: string;
  /** null for a machine name (any locale). */
  locale: Locale | null;
  computed: boolean;
}

const lookups = new WeakMap<TableSchema, Map<string, HeaderHit[]>>();

/** Header key → the columns it can name, machine names first. */
function headerLookup(schema: TableSchema): Map<string, HeaderHit[]> {
  let m = lookups.get(schema);
  if (m) return m;
  const map = new Map<string, HeaderHit[]>();
  const add = (word: string, hit: HeaderHit) => {
    const k = headerKey(word);
    const list = map.get(k) ?? [];
    if (!list.some((h) => h.column === hit.column && h.locale === hit.locale)) list.push(hit);
    map.set(k, list);
  };
  for (const c of [...schema.required, ...schema.optional]) add(c, { column: c, locale: null, computed: false });
  for (const [vocabulary, computed] of [
    [schema.words, false],
    [schema.computed, true],
  ] as const) {
    if (!vocabulary) continue;
    for (const [c, w] of Object.entries(vocabulary)) {
      if (computed) add(c, { column: c, locale: null, computed });
      add(w.fr, { column: c, locale: 'fr', computed });
      add(w.en, { column: c, locale: 'en', computed });
    }
  }
  lookups.set(schema, map);
  return map;
}

/** Every header key a schema recognises (to choose the delimiter). */
export function knownHeaderKeys(schema: TableSchema): Set<string> {
  return new Set(headerLookup(schema).keys());
}

/**
 * What each header cell names: a column, a computed column, or nothing. A
 * word both locales use for different columns ("Note") is read in the
 * file's language, the one most of its other words are in; a file of
 * machine names only is read as machine names.
 */
export function resolveHeader(cells: readonly string[], schema: TableSchema): { names: (string | null)[]; computed: boolean[]; locale: Locale | null } {
  const lookup = headerLookup(schema);
  const hits = cells.map((c) => lookup.get(headerKey(c)) ?? []);
  let fr = 0;
  let en = 0;
  for (const h of hits) {
    if (h.length === 0 || h.some((x) => x.locale === null)) continue;
    const locales = new Set(h.map((x) => x.locale));
    if (locales.size !== 1) continue;
    if (locales.has('fr')) fr++;
    else en++;
  }
  const locale: Locale | null = en > fr ? 'en' : fr > 0 ? 'fr' : null;
  const names: (string | null)[] = [];
  const computed: boolean[] = [];
  for (const h of hits) {
    // In a file of human words, a word names its column in the file's language
    // (English "Note" is note_en); otherwise machine names come first.
    const pick = (locale ? h.find((x) => x.locale === locale) : undefined) ?? h.find((x) => x.locale === null) ?? h[0];
    names.push(pick ? pick.column : null);
    computed.push(pick ? pick.computed : false);
  }
  return { names, computed, locale };
}

/** How well a header fits a schema: the share of its required columns found (0 to 1). */
export function headerFit(cells: readonly string[], schema: TableSchema): number {
  const { names, computed } = resolveHeader(cells, schema);
  const found = new Set(names.filter((n, i): n is string => n !== null && !computed[i]));
  const required = schema.required.filter((c) => found.has(c)).length;
  const unknown = names.filter((n, i) => n === null && cells[i].trim() !== '').length;
  return schema.required.length ? required / schema.required.length - unknown * 0.01 : 0;
}

// ---------------------------------------------------------------------------
// Reading one table

export interface TableContext {
  file: string;
  info: CsvInfo;
  /** Column name → 0-based cell index. */
  columns: Map<string, number>;
  /** Named columns in the header (trailing unnamed leftovers excluded). */
  width: number;
  /** Size of the file in bytes when the source knows it (to reserve room). */
  bytes?: number | null;
}

/**
 * Validates one record; returns true when it is accepted. Its optional
 * `line` reads a record without quotes straight from the text, text[start,
 * end) with exactly the header's named cells and none longer than
 * MAX_CELL_CHARS: it returns true when it accepts it, exactly as the handler
 * would have, and false when it leaves the record to the handler (any
 * doubt, any problem to report); it reports nothing.
 */
export type RowHandler = ((cells: string[], line: number) => boolean) & {
  line?: (text: string, start: number, end: number, line: number) => boolean;
};

/** Whether handlers may read records straight from the text (tests turn it off to compare). */
export const readOptions = { lines: true };

/** One file to read: the name shown to contributors, its bytes, and what it is. */
export interface TableInput {
  name: string;
  source: ByteSource;
  kind: FileKind | null;
}

export interface ReadHooks {
  /** Bytes read so far in this file's current pass (1: encoding, 2: rows), and the size when known. */
  onProgress?: (file: string, pass: 1 | 2, bytesRead: number, bytesTotal: number | null) => void;
}

/**
 * Read one CSV file through the checks every table shares, handing each
 * well-shaped record to the handler. Every record read is counted once, as
 * accepted, rejected or ignored (Excel's trailing leftovers), and every
 * rejection comes with an entry.
 */
export async function readTable(
  input: TableInput,
  schema: TableSchema,
  reporter: Reporter,
  makeHandler: (ctx: TableContext) => RowHandler,
  hooks: ReadHooks = {},
  mark?: () => () => void,
): Promise<void> {
  const file = input.name;
  const counter = reporter.file(file, input.kind);
  const total = sourceSize(input.source);
  const progress = (pass: 1 | 2) => (hooks.onProgress ? (n: number) => hooks.onProgress!(file, pass, n, total) : undefined);
  // a small file is read once into memory, then checked and decoded from there
  if (total !== null && total <= SMALL_FILE_BYTES && !mark) input = { ...input, source: await readAll(input.source) };
  if (mark) {
    // One pass when the file is UTF-8 (the common case): read, checked and
    // decoded at once. At its first byte that is not, what was done is undone
    // and the file read the careful way below.
    const undoTable = mark();
    const undoReport = reporter.mark(file);
    const found: { encoding: Encoding } = { encoding: 'utf-8' };
    const text = utf8Chunks(input.source, found, progress(2));
    try {
      // the first chunk tells whether there is a BOM
      const head = await text.next();
      counter.encoding = found.encoding;
      await readRows(input, schema, reporter, makeHandler, head.done ? [] : prepend(head.value, text), found.encoding);
      return;
    } catch (e) {
      if (!(e instanceof NotUtf8)) throw e;
      undoTable();
      undoReport();
    }
  }
  const sniff = await sniffEncoding(input.source, progress(1));
  if (!sniff.ok) {
    if (sniff.reason === 'mixed') {
      const { oddLines, oddCount, utf8Lines, utf8Count } = sniff;
      reporter.add(file, sniff.line, 0, null, 'encoding-error', 'encoding.mixed', { oddLines, oddCount, utf8Lines, utf8Count });
    } else {
      reporter.add(file, sniff.line, 0, null, 'encoding-error', `encoding.${sniff.reason}`);
    }
    return;
  }
  counter.encoding = sniff.encoding;
  if (sniff.encoding === 'windows-1252') {
    reporter.add(file, sniff.firstOddLine ?? 1, 0, null, 'encoding-warning', 'encoding.windows-1252', { line: sniff.firstOddLine ?? 1 });
  }

  await readRows(input, schema, reporter, makeHandler, decodedChunks(input.source, sniff.encoding, progress(2)), sniff.encoding);
}

/** The handler without its `line` reader. */
function withoutLine(handler: RowHandler): RowHandler {
  return handler.line === undefined ? handler : (cells, line) => handler(cells, line);
}

async function* prepend<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield first;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/** The rows of one table from its decoded text: the shared checks, then the handler. */
async function readRows(
  input: TableInput,
  schema: TableSchema,
  reporter: Reporter,
  makeHandler: (ctx: TableContext) => RowHandler,
  text: AsyncIterable<string> | Iterable<string>,
  encoding: Encoding,
): Promise<void> {
  const file = input.name;
  const counter = reporter.file(file, input.kind);
  const total = sourceSize(input.source);
  const known = knownHeaderKeys(schema);
  let handler: RowHandler | null = null;
  let width = 0;
  /** Header cells, trailing empty ones included (Excel's leftover columns). */
  let fullWidth = 0;
  /** Blank rows not yet followed by data: dropped if nothing follows. */
  let pendingBlank: number[] = [];
  let leftoverColumnsUsed = false;
  let headerIsData = false;

  const flushBlank = () => {
    for (const line of pendingBlank) {
      counter.rejected++;
      reporter.add(file, line, 0, null, 'blank-row', 'row.blank');
    }
    pendingBlank = [];
  };

  const result = await streamCsv(text, encoding, known, {
    header(cells, info) {
      counter.delimiter = info.delimiter;
      fullWidth = cells.length;
      // Excel's leftover columns: unnamed, at the end of the header
      let named = cells.length;
      while (named > 0 && cells[named - 1].trim() === '') named--;
      width = named;
      const checked = checkHeader(cells.slice(0, named), schema, file, reporter);
      if (checked.headerIsData) {
        headerIsData = true;
        width = fullWidth;
        counter.rows++;
        counter.rejected++;
      }
      if (checked.columns) {
        handler = makeHandler({ file, info, columns: checked.columns, width, bytes: total });
        if (!readOptions.lines) handler = withoutLine(handler);
      }
    },
    line(text, start, end, line) {
      // a record accepted straight from the text: no blank rows waiting, no cell too long
      const read = handler?.line;
      if (read === undefined || pendingBlank.length || end - start > MAX_CELL_CHARS || !read(text, start, end, line)) return false;
      counter.rows++;
      counter.accepted++;
      return true;
    },
    row(cells, line) {
      counter.rows++;
      // one look at each cell: blank? too long?
      let blank = true;
      let tooLong = -1;
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        if (blank && c.length && c.trim() !== '') blank = false;
        if (c.length > MAX_CELL_CHARS && tooLong === -1) tooLong = i;
      }
      if (blank) {
        pendingBlank.push(line);
        return;
      }
      if (pendingBlank.length) flushBlank();
      // a cell of unreasonable length is refused before any other check
      if (tooLong !== -1) {
        counter.rejected++;
        reporter.add(file, line, tooLong + 1, null, 'constraint-error', 'cell.too-long', { length: cells[tooLong].length, max: MAX_CELL_CHARS });
        return;
      }
      if (!handler) {
        counter.rejected++; // the header error explains why
        return;
      }
      if (cells.length !== width) {
        if (cells.length < width) {
          counter.rejected++;
          reporter.add(file, line, cells.length + 1, null, 'missing-cell', 'row.missing-cells', { cells: cells.length, width });
          return;
        }
        // cells beyond the named columns: Excel's leftovers when empty, data otherwise
        let extra = -1;
        for (let i = width; i < cells.length; i++) if (cells[i].trim() !== '') { extra = i; break; }
        if (extra !== -1) {
          counter.rejected++;
          if (extra < fullWidth) {
            leftoverColumnsUsed = true;
            reporter.add(file, line, extra + 1, null, 'extra-cell', 'row.data-in-unnamed-column', { value: cells[extra].trim(), column: extra + 1 });
          } else {
            reporter.add(file, line, width + 1, null, 'extra-cell', 'row.extra-cells', { cells: cells.length, width });
          }
          return;
        }
        cells.length = width;
      }
      if (handler(cells, line)) counter.accepted++;
      else counter.rejected++;
    },
    problem(p) {
      if (p.line > 1) {
        if (pendingBlank.length) flushBlank();
        counter.rows++;
        counter.rejected++;
      }
      reporter.add(file, p.line, 0, null, 'source-error', p.code === 'MissingQuotes' ? 'csv.unclosed-quote' : 'csv.bad-quotes');
    },
  });
  if (result.empty) {
    reporter.add(file, 1, 0, null, 'missing-label', 'file.empty', { columns: [...schema.required] });
    return;
  }
  const leftoverColumns: number[] = [];
  if (!leftoverColumnsUsed) for (let i = width; i < fullWidth; i++) leftoverColumns.push(i + 1);
  if (pendingBlank.length || leftoverColumns.length) {
    counter.ignored += pendingBlank.length;
    const at = pendingBlank.length ? pendingBlank[0] : 1;
    reporter.add(file, at, 0, null, 'excel-leftover', 'row.leftovers', { rows: pendingBlank, columns: leftoverColumns });
  }
  if (leftoverColumnsUsed) {
    for (let i = width; i < fullWidth; i++) reporter.add(file, 1, i + 1, null, 'extra-label', 'header.unnamed', { column: i + 1, columns: [...schema.required, ...schema.optional] });
  }
}

interface HeaderCheck {
  /** null when the table cannot be read (missing columns). */
  columns: Map<string, number> | null;
  /** Line 1 holds data, not names. */
  headerIsData: boolean;
}

export function checkHeader(cells: string[], schema: TableSchema, file: string, reporter: Reporter): HeaderCheck {
  const expected = [...schema.required, ...schema.optional];
  const columns = new Map<string, number>();
  const unknown: number[] = [];
  const resolved = resolveHeader(cells, schema);
  cells.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const column = resolved.names[i];
    if (column === null) unknown.push(i);
    else if (resolved.computed[i]) return;
    else if (columns.has(column)) {
      reporter.add(file, 1, i + 1, column, 'duplicate-label', 'header.duplicate', { column, first: columns.get(column)! + 1, second: i + 1 });
    } else columns.set(column, i);
  });
  const isData = columns.size === 0 && cells.length > 1 && unknown.every((i) => suggest(cells[i], expected) === null);
  if (isData) {
    reporter.add(file, 1, 0, null, 'missing-label', 'header.absent', { columns: expected });
    return { columns: null, headerIsData: true };
  }
  cells.forEach((cell, i) => {
    if (cell.trim() !== '') return;
    reporter.add(file, 1, i + 1, null, 'extra-label', 'header.unnamed', { column: i + 1, columns: expected });
  });
  for (const i of unknown) {
    const free = expected.filter((n) => !columns.has(n));
    const name = cells[i].trim();
    const guess = suggest(cells[i], free);
    if (guess) {
      columns.set(guess, i);
      reporter.add(file, 1, i + 1, name, 'misspelt-label', 'header.misspelt', { name, suggestion: guess });
    } else {
      reporter.add(file, 1, i + 1, name, 'extra-label', 'header.unexpected', { name, table: schema.table, columns: expected });
    }
  }
  const missing = schema.required.filter((n) => !columns.has(n));
  for (const name of missing) reporter.add(file, 1, 0, name, 'missing-label', 'header.missing-column', { column: name });
  return { columns: missing.length ? null : columns, headerIsData: false };
}

// ---------------------------------------------------------------------------
// Shared cell helpers

export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

export class Cells {
  constructor(
    readonly ctx: TableContext,
    readonly reporter: Reporter,
  ) {}

  col(name: string): number {
    const i = this.ctx.columns.get(name);
    return i === undefined ? -1 : i;
  }

  error(line: number, name: string, type: ReportEntryType, code: MessageCode, params: Params = {}): void {
    const i = this.col(name);
    this.reporter.add(this.ctx.file, line, i + 1, i === -1 ? null : name, type, code, params);
  }

  /** Trimmed, NFC-normalised text of a column ('' when the column is absent). */
  text(cells: string[], i: number): string {
    if (i === -1) return '';
    const s = cells[i].trim();
    return s.length && !isAscii(s) ? s.normalize('NFC') : s;
  }

  /** Flag text a browser or a spreadsheet could interpret; it is kept and shown as text. */
  checkText(line: number, name: string, value: string): void {
    if (value.length === 0) return;
    const formula = formulaPosition(value);
    if (formula) this.error(line, name, 'unsafe-text', 'text.formula', { value, inside: formula === 'inside' });
    else if (looksLikeHtml(value)) this.error(line, name, 'unsafe-text', 'text.html', { value });
  }

  /** A web address: https: or http: only (no javascript:, data:, file:…). Null after reporting. */
  url(cells: string[], line: number, name: string): string | null | undefined {
    const v = this.text(cells, this.col(name));
    if (v === '') return null;
    if (isWebAddress(v)) return v;
    this.error(line, name, 'constraint-error', 'url.scheme', { value: v, column: name });
    return undefined;
  }

  required(cells: string[], line: number, name: string): string | null {
    const v = this.text(cells, this.col(name));
    if (v === '') {
      this.error(line, name, 'constraint-error', 'cell.required', { column: name });
      return null;
    }
    return v;
  }

  /** One of a closed list of codes, compared case- and accent-insensitively. */
  oneOf<T extends string>(cells: string[], line: number, name: string, allowed: readonly T[], what: KnownWhat): T | null {
    const v = this.required(cells, line, name);
    if (v === null) return null;
    const f = foldName(v);
    const hit = allowed.find((a) => a === f);
    if (hit) return hit;
    this.error(line, name, 'constraint-error', 'cell.not-one-of', { value: v, what, suggestion: suggest(v, allowed), allowed: [...allowed] });
    return null;
  }

  /** A code that must exist in a reference table: compared exactly after NFC. */
  foreign(cells: string[], line: number, name: string, codes: ReadonlySet<string>, what: UnknownWhat, table: string): string | null {
    const v = this.required(cells, line, name);
    if (v === null) return null;
    if (codes.has(v)) return v;
    this.error(line, name, 'foreign-key', 'cell.foreign-key', { value: v, what, suggestion: suggest(v, codes), table, codes: [...codes].slice(0, 13), count: codes.size });
    return null;
  }
}

// ---------------------------------------------------------------------------
// Numbers

/** Code and parameters of the message for a number that could not be read. */
export function numberMessage(raw: string, r: Extract<NumberParse, { ok: false }>, mark: DecimalMark): { code: MessageCode; params: Params } {
  switch (r.reason) {
    case 'scientific':
      return { code: 'number.scientific', params: { raw } };
    case 'both-marks':
      return { code: 'number.both-marks', params: { raw, mark } };
    case 'repeated-mark':
      return { code: 'number.repeated-mark', params: { raw, mark } };
    case 'thousands-or-decimal':
      return { code: 'number.thousands-or-decimal', params: { raw, mark, asInteger: raw.replace(/[.,]/, ''), asDecimal: raw.replace(/[.,]/, mark) } };
    case 'wrong-mark':
      return { code: 'number.wrong-mark', params: { raw, mark, fixed: r.suggestion ?? raw } };
    case 'bad-grouping':
      return { code: 'number.bad-grouping', params: { raw } };
    default:
      if (/^[-\u2010-\u2015\u2212]+$/.test(raw)) return { code: 'number.dash', params: { raw } };
      return { code: 'number.not-a-number', params: { raw, mark } };
  }
}

/** Range check of a number against an indicator's unit: the problem, or null. */
export function rangeProblem(
  value: number,
  unit: Unit,
  suffix: '' | '%' | '$',
): { type: 'type-error' | 'constraint-error'; code: MessageCode; params: { value: number; unit: Unit } } | null {
  // the common case first, allocating nothing
  if (suffix === '' && value >= 0 && (unit === 'pourcentage' ? value <= 100 : unit !== 'nombre' || Number.isInteger(value))) return null;
  const params = { value, unit };
  if (suffix === '%' && unit !== 'pourcentage') return { type: 'type-error', code: 'range.percent-sign', params };
  if (suffix === '$' && unit !== 'dollars') return { type: 'type-error', code: 'range.dollar-sign', params };
  if (unit === 'pourcentage' && (value < 0 || value > 100)) return { type: 'constraint-error', code: 'range.percent-bounds', params };
  if (value < 0) return { type: 'constraint-error', code: 'range.negative', params };
  if (unit === 'nombre' && !Number.isInteger(value)) return { type: 'constraint-error', code: 'range.not-integer', params };
  return null;
}
