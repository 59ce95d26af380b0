/**
 * Indicator values (data/valeurs/*.csv): one row per agency × indicator ×
 * period. Rows are kept column by column while files stream by; duplicates
 * and the dataset order are settled after reading (normalise.ts).
 */
import { MISSING_WORDS, STATUS_WORDS, VALUES_COLUMNS, VALUES_COMPUTED_COLUMNS } from './columns';
import type { ReferenceCodes } from './catalogue';
import type { MessageCode, Params } from './messages';
import { fastState, foldName, missingReason, parseNumber, parseNumberFast, parseNumberFastAt, parsePeriod, type PeriodParse } from './read';
import type { Reporter } from './report';
import { Cells, STATUSES, isAscii, numberMessage, rangeProblem, suggest, type RowHandler, type TableContext, type TableSchema } from './table';
import type { Indicator, MissingReason, ValueStatus } from './types';

// ---------------------------------------------------------------------------
// Indicator values (data/valeurs/*.csv)

export const VALUES_SCHEMA: TableSchema = {
  table: 'values',
  required: ['organisme', 'indicateur', 'periode', 'valeur', 'statut'],
  optional: ['note', 'note_en', 'source', 'valeur_manquante'],
  words: VALUES_COLUMNS,
  computed: VALUES_COMPUTED_COLUMNS,
};

interface IndicatorSlot {
  indicator: Indicator;
  /** Alphabetical rank of the id, for the dataset order. */
  rank: number;
}

interface PeriodSlot {
  parse: PeriodParse;
  /** Index in ValuesState.periods, -1 when the period is invalid. */
  index: number;
}

/** Missing reasons by the code ValueRows stores (flags & 3). */
export const MISSING_CODES: readonly (MissingReason | null)[] = [null, 'non-disponible', 'sans-objet', 'confidentiel'];
const MISSING_CODE: Record<MissingReason, number> = { 'non-disponible': 1, 'sans-objet': 2, confidentiel: 3 };

/** Powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
/** Decimals code (flags >> 4) of a value kept whole in ValueRows.wide. */
const WIDE = 15;

/**
 * Value rows kept column by column in typed arrays while files stream by:
 * a million rows cost 11 MB (4 bytes of key, 2 of period, 1 of flags, 4 of
 * value) and no garbage collection, and the Observation objects are built
 * once, already sorted (normalise.ts). Memory touched is time (a fresh
 * megabyte costs milliseconds), so what can be told another way is not
 * stored per row: the file is a range of rows (files are read one after the
 * other), the line is the row index plus an offset that changes only where
 * rows are skipped or a cell spans lines, and a value is an integer over a
 * power of ten (85,4 is 854 / 10), kept whole only when that does not give
 * the same number back.
 * Every row whose agency × indicator × period is readable is kept, accepted
 * or not, so a duplicate of a rejected row is still found.
 */
export class ValueRows {
  length = 0;
  /** Indicator rank × agencies + agency rank. */
  orderKey = new Int32Array(1024);
  /** Index in ValuesState.periods (a few dozen periods: years since 1980, calendar and fiscal). */
  period = new Uint16Array(1024);
  /** MISSING_CODES index, + 4 when the status is 'publie', + 8 when the row is accepted, + 16 × decimals of the value. */
  flags = new Uint8Array(1024);
  /** The value times 10^decimals (an integer), or 0 when kept whole. */
  digits = new Int32Array(1024);
  /** Values that are no integer over a power of ten of 32 bits (rare), by row index. */
  wide = new Map<number, number>();
  /** Sparse text cells, by row index. */
  notes = new Map<number, string>();
  notesEn = new Map<number, string>();
  sources = new Map<number, string>();
  /** First row of each run of rows from one file, and that file's index. */
  private runStart: number[] = [];
  private runFile: number[] = [];
  /** First row of each run of rows whose line is row index + offset, and that offset. */
  private lineStart: number[] = [];
  private lineOffset: number[] = [];

  push(orderKey: number, period: number, file: number, line: number, accepted: boolean, value: number, missing: MissingReason | null, publie: boolean): number {
    if (this.length === this.orderKey.length) this.grow();
    const i = this.length++;
    const runs = this.runFile.length;
    if (runs === 0 || this.runFile[runs - 1] !== file) {
      this.runStart.push(i);
      this.runFile.push(file);
    }
    const lines = this.lineOffset.length;
    if (lines === 0 || this.lineOffset[lines - 1] !== line - i) {
      this.lineStart.push(i);
      this.lineOffset.push(line - i);
    }
    this.orderKey[i] = orderKey;
    this.period[i] = period;
    let k = 0;
    let d = value;
    // the fewest decimals that give the value back exactly, within 32 bits
    while (k < WIDE && (d !== Math.round(d) || d / POW10[k] !== value)) {
      k++;
      d = Math.round(value * POW10[k]);
    }
    if (k === WIDE || d > 0x7fffffff || d < -0x80000000 || Object.is(value, -0)) {
      k = WIDE;
      d = 0;
      this.wide.set(i, value);
    }
    this.digits[i] = d;
    this.flags[i] = (missing === null ? 0 : MISSING_CODE[missing]) + (publie ? 4 : 0) + (accepted ? 8 : 0) + (k << 4);
    return i;
  }

  /** The value of row i (0 when it is missing). */
  value(i: number): number {
    const k = this.flags[i] >> 4;
    if (k === 0) return this.digits[i];
    return k === WIDE ? this.wide.get(i)! : this.digits[i] / POW10[k];
  }

  /** Line of row i in its file. */
  line(i: number): number {
    return i + this.lineOffset[lastAtOrBefore(this.lineStart, i)];
  }

  /** Forget the rows from index n on (a reading undone). */
  truncate(n: number): void {
    if (n >= this.length) return;
    this.length = n;
    for (const m of [this.notes, this.notesEn, this.sources, this.wide]) for (const k of [...m.keys()]) if (k >= n) m.delete(k);
    for (const [starts, values] of [
      [this.runStart, this.runFile],
      [this.lineStart, this.lineOffset],
    ]) {
      while (starts.length && starts[starts.length - 1] >= n) {
        starts.pop();
        values.pop();
      }
    }
  }

  /** Index of the file row i was read from (in ValuesState.files). */
  file(i: number): number {
    return this.runFile[lastAtOrBefore(this.runStart, i)];
  }

  accepted(i: number): boolean {
    return (this.flags[i] & 8) !== 0;
  }

  missing(i: number): MissingReason | null {
    return MISSING_CODES[this.flags[i] & 3];
  }

  status(i: number): ValueStatus {
    return this.flags[i] & 4 ? 'publie' : 'illustratif';
  }

  /** Room for `extra` more rows without growing (a guess from the file size). */
  reserve(extra: number): void {
    if (this.length + extra > this.orderKey.length) this.grow(this.length + extra);
  }

  private grow(min = 0): void {
    const n = Math.max(min, Math.ceil(this.orderKey.length * 1.5));
    const g = <T extends Int32Array | Uint16Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.orderKey = g(this.orderKey, (k) => new Int32Array(k));
    this.period = g(this.period, (k) => new Uint16Array(k));
    this.flags = g(this.flags, (k) => new Uint8Array(k));
    this.digits = g(this.digits, (k) => new Int32Array(k));
  }
}

/** Index of the last element of a sorted list that is <= x (the list starts at or before x). */
function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** State shared by all value files: duplicates are found across files. */
export interface ValuesState {
  ref: ReferenceCodes;
  indicators: Map<string, Indicator>;
  currentYear: number;
  rows: ValueRows;
  /** Display names of the value files, by index. */
  files: string[];
  /** Indicator ids and agency codes by rank (alphabetical). */
  idsByRank: string[];
  agenciesByRank: string[];
  /** Periods in order of first appearance. */
  periods: string[];
  slots: Map<string, IndicatorSlot>;
  agencyRank: Map<string, number>;
  periodSlots: Map<string, PeriodSlot>;
  periodByName: Map<string, number>;
}

export function createValuesState(ref: ReferenceCodes, indicators: Map<string, Indicator>, currentYear: number): ValuesState {
  const ids = [...indicators.keys()].sort();
  const codes = [...ref.agencies.keys()].sort();
  return {
    ref,
    indicators,
    currentYear,
    rows: new ValueRows(),
    files: [],
    idsByRank: ids,
    agenciesByRank: codes,
    periods: [],
    slots: new Map(ids.map((id, rank) => [id, { indicator: indicators.get(id)!, rank }])),
    agencyRank: new Map(codes.map((code, rank) => [code, rank])),
    periodSlots: new Map(),
    periodByName: new Map(),
  };
}

/** What reading one more value file changes in the state, undone by the function returned. */
export function markValues(st: ValuesState): () => void {
  const rows = st.rows.length;
  const files = st.files.length;
  const periods = st.periods.length;
  return () => {
    st.rows.truncate(rows);
    st.files.length = files;
    st.periods.length = periods;
    for (const [name, index] of [...st.periodByName]) if (index >= periods) st.periodByName.delete(name);
    for (const [raw, slot] of [...st.periodSlots]) if (slot.index >= periods) st.periodSlots.delete(raw);
  };
}

/** Status cells by foldName: the codes, and the words of French and English downloads. */
const STATUS_BY_FOLD: Record<string, ValueStatus> = Object.fromEntries(
  Object.entries(STATUS_WORDS).flatMap(([code, w]) => [code, w.fr, w.en].map((word) => [foldName(word), code as ValueStatus])),
);
/** Missing-value column cells by foldName: the tokens of the value column and the words of the downloads. */
function missingWord(raw: string): MissingReason | undefined {
  const f = foldName(raw);
  for (const [reason, w] of Object.entries(MISSING_WORDS)) if (f === foldName(w.fr) || f === foldName(w.en) || f === reason) return reason as MissingReason;
  return missingReason(raw);
}

/**
 * A copy of a string that does not keep the chunk of text it was cut from
 * alive (V8 slices strings of 13 characters or more): notes are kept until
 * the end, chunks should not be. Slicing a concatenation flattens it into a
 * new string first (6 times cheaper than a round trip through UTF-8 bytes).
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Code and parameters of the message for a period that could not be read. */
export function periodMessage(raw: string, per: Extract<PeriodParse, { ok: false }>, currentYear: number): { code: MessageCode; params: Params } {
  const value = raw.trim();
  if (value === '') return { code: 'period.required', params: {} };
  switch (per.reason) {
    case 'not-consecutive':
      return { code: 'period.not-consecutive', params: { value, suggestion: per.suggestion } };
    case 'future':
      return { code: 'period.future', params: { value, currentYear } };
    case 'too-old':
      return { code: 'period.too-old', params: { value } };
    case 'short':
      return { code: 'period.short', params: { value, suggestion: per.suggestion } };
    default:
      return { code: 'period.format', params: { value } };
  }
}

export function valuesHandler(ctx: TableContext, reporter: Reporter, st: ValuesState): RowHandler {
  const c = new Cells(ctx, reporter);
  const iOrg = c.col('organisme');
  const iInd = c.col('indicateur');
  const iPer = c.col('periode');
  const iVal = c.col('valeur');
  const iSta = c.col('statut');
  const iNote = c.col('note');
  const iNoteEn = c.col('note_en');
  const iMissing = c.col('valeur_manquante');
  const iSrc = c.col('source');
  const mark = ctx.info.decimalMark;
  const file = ctx.file;
  const agencyCodes = new Set(st.ref.agencies.keys());
  const indicatorIds = new Set(st.indicators.keys());
  const nAgencies = Math.max(1, st.agencyRank.size);
  const fileIndex = st.files.length;
  st.files.push(file);
  const rows = st.rows;
  // a values row is rarely under 32 bytes ("SAAQ;appels-volume;2010-2011;1;publie")
  if (ctx.bytes) rows.reserve(Math.ceil(ctx.bytes / 32));
  const parseFast = parseNumberFast;
  const fast = fastState;
  const statusCache = new Map<string, ValueStatus | null>();
  let lastOrg: string | null = null;
  let lastAgRank: number | undefined;
  let lastInd: string | null = null;
  let lastSlot: IndicatorSlot | undefined;
  let lastPer: string | null = null;
  let lastPerSlot: PeriodSlot | undefined;
  let lastSta: string | null = null;
  let lastStatus: ValueStatus | null | undefined;

  const handler: RowHandler = (cells, line) => {
    let ok = true;

    // organisme
    const rawOrg = cells[iOrg];
    let agency: string | null = rawOrg;
    // rows come grouped: the previous row's cell is the likeliest (no hashing)
    let agRank = rawOrg === lastOrg ? lastAgRank : st.agencyRank.get(rawOrg);
    if (agRank !== undefined) {
      lastOrg = rawOrg;
      lastAgRank = agRank;
    } else {
      agency = c.foreign(cells, line, 'organisme', agencyCodes, 'agency', 'data/organismes.csv');
      if (agency === null) ok = false;
      else agRank = st.agencyRank.get(agency);
    }

    // indicateur
    const rawInd = cells[iInd];
    let slot = rawInd === lastInd ? lastSlot : st.slots.get(rawInd);
    if (slot) {
      lastInd = rawInd;
      lastSlot = slot;
    } else {
      const id = c.foreign(cells, line, 'indicateur', indicatorIds, 'indicator', 'data/indicateurs.csv');
      slot = id === null ? undefined : st.slots.get(id);
      if (!slot) ok = false;
    }
    const indicator = slot?.indicator;

    // periode
    const rawPer = cells[iPer];
    let per = rawPer === lastPer ? lastPerSlot : st.periodSlots.get(rawPer);
    if (per === undefined) {
      const parse = parsePeriod(rawPer, st.currentYear);
      let index = -1;
      if (parse.ok) {
        const known = st.periodByName.get(parse.period);
        if (known !== undefined) index = known;
        else {
          index = st.periods.length;
          st.periods.push(parse.period);
          st.periodByName.set(parse.period, index);
        }
      }
      per = { parse, index };
      st.periodSlots.set(detach(rawPer), per);
    }
    lastPer = rawPer;
    lastPerSlot = per;
    if (!per.parse.ok) {
      ok = false;
      const m = periodMessage(rawPer, per.parse, st.currentYear);
      c.error(line, 'periode', 'period-error', m.code, m.params);
    }

    // valeur
    const rawVal = cells[iVal];
    let value: number | null = null;
    let missing: MissingReason | null = null;
    if (rawVal === '') missing = 'non-disponible';
    else {
      // the fast path allocates nothing; the full parser explains failures
      const v = parseFast(rawVal, mark);
      let suffix = fast.suffix;
      if (v === v) value = v;
      else {
        const n = parseNumber(rawVal, mark);
        if (n.ok) {
          value = n.value;
          suffix = n.suffix;
        } else {
          const m = n.reason === 'not-a-number' ? missingReason(rawVal) : undefined;
          if (m) missing = m;
          else {
            ok = false;
            const m = numberMessage(rawVal.trim(), n, mark);
            c.error(line, 'valeur', n.type, m.code, m.params);
          }
        }
      }
      if (value !== null && indicator) {
        const p = rangeProblem(value, indicator.unit, suffix);
        if (p) {
          ok = false;
          c.error(line, 'valeur', p.type, p.code, { ...p.params, indicator: indicator.id });
        }
      }
    }
    // valeur_manquante (downloads): why the value cell is empty
    if (iMissing !== -1 && cells[iMissing] !== '') {
      const rawMissing = c.text(cells, iMissing);
      const reason = rawMissing === '' ? undefined : missingWord(rawMissing);
      if (rawMissing === '') {
        // blank cell: nothing to say
      } else if (reason === undefined) {
        ok = false;
        c.error(line, 'valeur_manquante', 'constraint-error', 'values.missing-reason-unknown', { value: rawMissing });
      } else if (rawVal.trim() !== '') {
        ok = false;
        c.error(line, 'valeur_manquante', 'constraint-error', 'values.value-and-missing', { value: rawVal.trim(), missing: rawMissing });
      } else missing = reason;
    }

    // statut
    const rawSta = cells[iSta];
    let status = rawSta === lastSta ? lastStatus : statusCache.get(rawSta);
    if (status === undefined) {
      status = STATUS_BY_FOLD[foldName(rawSta)] ?? null;
      statusCache.set(detach(rawSta), status);
    }
    lastSta = rawSta;
    lastStatus = status;
    if (status === null) {
      ok = false;
      c.oneOf(cells, line, 'statut', STATUSES, 'status');
    }

    // note, source
    const note = iNote === -1 || cells[iNote] === '' ? '' : detach(c.text(cells, iNote));
    if (note) c.checkText(line, 'note', note);
    const noteEn = iNoteEn === -1 || cells[iNoteEn] === '' ? '' : detach(c.text(cells, iNoteEn));
    if (noteEn) c.checkText(line, 'note_en', noteEn);
    const source = iSrc === -1 || cells[iSrc] === '' ? '' : c.text(cells, iSrc);
    if (source && !st.ref.sources.has(source)) {
      ok = false;
      c.error(line, 'source', 'foreign-key', 'cell.unknown-source', { value: source, suggestion: suggest(source, st.ref.sources) });
    }
    if (status === 'publie' && !source) {
      ok = false;
      const name = iSrc === -1 ? 'statut' : 'source';
      c.error(line, name, 'constraint-error', 'values.published-needs-source');
    }

    if (agency === null || agRank === undefined || !slot || !per.parse.ok) return false;
    // Duplicates are found after reading, in the sort (normalise.ts): keep the row's key.
    const accepted = ok && status !== null;
    const i = rows.push(slot.rank * nAgencies + agRank, per.index, fileIndex, line, accepted, value ?? 0, missing, status === 'publie');
    if (note) rows.notes.set(i, note);
    if (noteEn) rows.notesEn.set(i, noteEn);
    if (source) rows.sources.set(i, st.ref.sourceCode(source));
    if (!accepted) return false;
    return true;
  };
  handler.line = lineReader(ctx, st, rows, fileIndex, nAgencies, statusCache);
  return handler;
}

/** What lineReader does with each cell of a row, by column. */
const SKIP = 0; // a column the handler does not read
const ORG = 1;
const IND = 2;
const PER = 3;
const VAL = 4;
const STA = 5;
const SRC = 6;
const EMPTY = 7; // note, note_en, valeur_manquante: must be empty

/** text at p holds s. */
function holds(text: string, p: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(p + k) !== s.charCodeAt(k)) return false;
  return true;
}

/**
 * The common row read straight from the text, without cutting it into
 * cells: every cell as the handler would accept it with nothing to report
 * (an agency, indicator, period and status already met in the handler's
 * lookups, a number read by parseNumberFast within its unit's range or an
 * empty value, no note, a known source or none). Anything else is left to
 * the handler (false). The cells are read in order, each compared in place
 * with the cells last met in its column (a few agencies), so a row repeating
 * them allocates nothing and is not searched for its delimiters first.
 */
function lineReader(
  ctx: TableContext,
  st: ValuesState,
  rows: ValueRows,
  fileIndex: number,
  nAgencies: number,
  statusCache: ReadonlyMap<string, ValueStatus | null>,
): (text: string, start: number, end: number, line: number) => boolean {
  const width = ctx.width;
  const kinds = new Uint8Array(width);
  const kind = (name: string, k: number) => {
    const i = ctx.columns.get(name);
    if (i !== undefined && i < width) kinds[i] = k;
  };
  kind('organisme', ORG);
  kind('indicateur', IND);
  kind('periode', PER);
  kind('valeur', VAL);
  kind('statut', STA);
  kind('source', SRC);
  kind('note', EMPTY);
  kind('note_en', EMPTY);
  kind('valeur_manquante', EMPTY);
  const mark = ctx.info.decimalMark;
  const delimiter = ctx.info.delimiter;
  const d = delimiter.charCodeAt(0);
  // agencies met (their cells and ranks), the last indicator, period, status and source met
  const orgCells: string[] = [];
  const orgRanks: number[] = [];
  let indCell = '';
  let indSlot: IndicatorSlot | undefined;
  let perCell = '';
  let perSlot: PeriodSlot | undefined;
  let staCell = '';
  let staValue: ValueStatus | null | undefined;
  let srcCell = '';
  let srcCode: string | null = null;

  return (text, start, end, line) => {
    let agRank = -1;
    let value = 0;
    let missing: MissingReason | null = null;
    let suffix: '' | '%' | '$' = '';
    let hasValue = false;
    let source = false;
    let p = start;
    for (let j = 0; j < width; j++) {
      const last = j === width - 1;
      // the cell at p ends at q (exclusive): the line's end for the last cell, a delimiter before it otherwise
      let q = -1;
      const k = kinds[j];
      if (k === ORG) {
        for (let c = 0; c < orgCells.length; c++) {
          const s = orgCells[c];
          const e = p + s.length;
          if ((last ? e === end : e < end && text.charCodeAt(e) === d) && holds(text, p, s)) {
            q = e;
            agRank = orgRanks[c];
            break;
          }
        }
      } else if (k === IND) {
        const e = p + indCell.length;
        if (indSlot !== undefined && (last ? e === end : e < end && text.charCodeAt(e) === d) && holds(text, p, indCell)) q = e;
      } else if (k === PER) {
        const e = p + perCell.length;
        if (perSlot !== undefined && (last ? e === end : e < end && text.charCodeAt(e) === d) && holds(text, p, perCell)) q = e;
      } else if (k === STA) {
        const e = p + staCell.length;
        if (staValue !== undefined && (last ? e === end : e < end && text.charCodeAt(e) === d) && holds(text, p, staCell)) q = e;
      } else if (k === SRC) {
        const e = p + srcCell.length;
        if (last ? p === end : text.charCodeAt(p) === d) q = p; // none
        else if (srcCode !== null && (last ? e === end : e < end && text.charCodeAt(e) === d) && holds(text, p, srcCell)) {
          q = e;
          source = true;
        }
      } else if (k === EMPTY) {
        if (last ? p !== end : text.charCodeAt(p) !== d) return false;
        q = p;
      }
      if (q === -1) {
        // not met before (or a value, an empty cell): find where it ends
        if (last) {
          q = end;
          const x = text.indexOf(delimiter, p);
          if (x !== -1 && x < end) return false; // more cells than the header's
        } else {
          q = text.indexOf(delimiter, p);
          if (q === -1 || q >= end) return false; // fewer cells
        }
        if (k === VAL) {
          hasValue = q > p;
          if (!hasValue) missing = 'non-disponible';
          else {
            value = parseNumberFastAt(text, p, q, mark);
            if (value !== value) return false;
            suffix = fastState.suffix;
          }
        } else if (k !== SKIP) {
          const raw = text.slice(p, q);
          if (k === ORG) {
            const r = st.agencyRank.get(raw);
            if (r === undefined) return false;
            agRank = r;
            if (orgCells.length < 16) {
              orgCells.push(raw);
              orgRanks.push(r);
            }
          } else if (k === IND) {
            const slot = st.slots.get(raw);
            if (slot === undefined) return false;
            indCell = raw;
            indSlot = slot;
          } else if (k === PER) {
            // a valid period the handler has read
            const per = st.periodSlots.get(raw);
            if (per === undefined || !per.parse.ok) return false;
            perCell = raw;
            perSlot = per;
          } else if (k === STA) {
            // a status the handler has read
            const status = statusCache.get(raw);
            if (status === undefined || status === null) return false;
            staCell = raw;
            staValue = status;
          } else if (q > p) {
            // a source: a known code as it is (no spaces around, ASCII)
            if (raw.trim() !== raw || !isAscii(raw) || !st.ref.sources.has(raw)) return false;
            srcCell = raw;
            srcCode = st.ref.sourceCode(raw);
            source = true;
          }
        }
      }
      p = q + 1;
    }
    const slot = indSlot!;
    if (hasValue && rangeProblem(value, slot.indicator.unit, suffix)) return false;
    const publie = staValue === 'publie';
    if (publie && !source) return false;
    const i = rows.push(slot.rank * nAgencies + agRank, perSlot!.index, fileIndex, line, true, value, missing, publie);
    if (source) rows.sources.set(i, srcCode!);
    return true;
  };
}
