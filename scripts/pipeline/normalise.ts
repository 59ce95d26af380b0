/**
 * From accepted rows to the dataset the site consumes: observations in a
 * stable order (so two contributions that differ only in how Excel wrote them
 * give byte-identical JSON), the periods present, and cross-row checks.
 */
import { comparePeriods } from './read';
import type { Reporter } from './report';
import type { Indicator, NormalisedDataset, Observation } from './types';
import type { Reference } from './reference';
import { MISSING_CODES, type ValuesState } from './values';

/** Key of an observation: indicator, agency, period. */
export function observationKey(indicator: string, agency: string, period: string): string {
  return `${indicator}\u0000${agency}\u0000${period}`;
}

/**
 * The accepted observations in dataset order (indicator id, agency code,
 * period), held column by column: the value rows' typed arrays and one index
 * per observation. A million observations cost a few dozen megabytes; an
 * Observation object is built only when asked for (`at`, `toArray`, or the
 * dataset's `observations`).
 */
export class ObservationTable {
  constructor(
    private readonly st: ValuesState,
    /** Row index (in st.rows) of each observation, in dataset order. */
    private readonly order: Int32Array,
  ) {}

  get length(): number {
    return this.order.length;
  }

  /** Indicator id of observation k, without building the object. */
  indicator(k: number): string {
    const ok = this.st.rows.orderKey[this.order[k]];
    const nA = Math.max(1, this.st.agenciesByRank.length);
    return this.st.idsByRank[(ok - (ok % nA)) / nA];
  }

  at(k: number): Observation {
    const st = this.st;
    const rows = st.rows;
    const i = this.order[k];
    const nA = Math.max(1, st.agenciesByRank.length);
    const ok = rows.orderKey[i];
    const f = rows.flags[i];
    const missing = MISSING_CODES[f & 3];
    return {
      agency: st.agenciesByRank[ok % nA],
      indicator: st.idsByRank[(ok - (ok % nA)) / nA],
      period: st.periods[rows.period[i]],
      value: missing === null ? rows.value(i) : null,
      missing,
      status: f & 4 ? 'publie' : 'illustratif',
      note: rows.notes.size ? (rows.notes.get(i) ?? null) : null,
      noteEn: rows.notesEn.size ? (rows.notesEn.get(i) ?? null) : null,
      source: rows.sources.size ? (rows.sources.get(i) ?? null) : null,
      origin: { file: st.files[rows.file(i)], line: rows.line(i) },
    };
  }

  toArray(): Observation[] {
    const out = new Array<Observation>(this.length);
    for (let k = 0; k < out.length; k++) out[k] = this.at(k);
    return out;
  }

  /** The observations of some indicators only, as objects. */
  ofIndicators(ids: ReadonlySet<string>): Observation[] {
    const out: Observation[] = [];
    for (let k = 0; k < this.length; k++) if (ids.has(this.indicator(k))) out.push(this.at(k));
    return out;
  }
}

/**
 * Row indices in the order of their sort keys, ties in read order. A stable
 * counting sort when the key space is not much larger than the row count
 * (always, for real data: indicators × agencies × periods), else a sort of
 * packed numbers.
 */
function sortByKey(n: number, keyOf: (i: number) => number, keySpace: number): Int32Array {
  const order = new Int32Array(n);
  if (keySpace <= Math.max(1 << 16, 4 * n)) {
    const start = new Int32Array(keySpace + 1);
    for (let i = 0; i < n; i++) start[keyOf(i) + 1]++;
    for (let k = 0; k < keySpace; k++) start[k + 1] += start[k];
    for (let i = 0; i < n; i++) order[start[keyOf(i)]++] = i;
    return order;
  }
  const shift = 2 ** Math.ceil(Math.log2(n + 1));
  if (keySpace * shift < 2 ** 52) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = keyOf(i) * shift + i;
    packed.sort();
    for (let i = 0; i < n; i++) order[i] = packed[i] % shift;
    return order;
  }
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => keyOf(a) - keyOf(b) || a - b);
  order.set(idx);
  return order;
}

/**
 * Row indices ordered by (major, minor), ties in read order, when the major
 * key space is small: a counting sort on the major key, then each run of
 * equal major keys ordered by its minor key (a few dozen periods). Less
 * memory than one counting sort on the combined key, whose counts array is
 * majors × minors long: memory touched is time.
 */
function sortByTwoKeys(n: number, major: Int32Array, minor: (i: number) => number, majorSpace: number, minorSpace: number): Int32Array {
  const order = new Int32Array(n);
  const start = new Int32Array(majorSpace + 1);
  for (let i = 0; i < n; i++) start[major[i] + 1]++;
  for (let k = 0; k < majorSpace; k++) start[k + 1] += start[k];
  for (let i = 0; i < n; i++) order[start[major[i]]++] = i;
  // start[k] is now the end of run k
  const count = new Int32Array(minorSpace + 1);
  let tmp = new Int32Array(64);
  let from = 0;
  for (let k = 0; k < majorSpace; k++) {
    const to = start[k];
    const len = to - from;
    if (len > 1) {
      let sorted = true;
      for (let j = from + 1; j < to; j++) if (minor(order[j]) < minor(order[j - 1])) { sorted = false; break; }
      if (!sorted) {
        if (tmp.length < len) tmp = new Int32Array(len * 2);
        count.fill(0);
        for (let j = from; j < to; j++) count[minor(order[j]) + 1]++;
        for (let m = 0; m < minorSpace; m++) count[m + 1] += count[m];
        for (let j = from; j < to; j++) tmp[count[minor(order[j])]++] = order[j];
        order.set(tmp.subarray(0, len), from);
      }
    }
    from = to;
  }
  return order;
}

/**
 * Order the value rows by indicator id, agency code and period
 * (chronological), report duplicate keys (the first one read is kept), and
 * give the accepted rows as an ObservationTable in that order.
 *
 * `published`: observations already on the site (the site catalogue), by
 * observationKey. A row for one of them is a change to it: a
 * 'published-change' warning, never a silent duplicate. `republished`: the
 * published observations of a file contributed again under its own name,
 * which only warn when the value changes.
 */
export function finaliseValues(
  st: ValuesState,
  reporter: Reporter,
  published?: ReadonlyMap<string, Observation>,
  republished?: ReadonlyMap<string, Observation>,
): { observations: ObservationTable; periods: string[] } {
  const rows = st.rows;
  const n = rows.length;
  const used = new Uint8Array(st.periods.length);
  const { orderKey, period: periodOf, flags } = rows;
  for (let i = 0; i < n; i++) if (flags[i] & 8) used[periodOf[i]] = 1;
  const periods = st.periods.filter((_, i) => used[i]).sort(comparePeriods);
  const allPeriods = [...st.periods].sort(comparePeriods);
  const rankOf = new Map(allPeriods.map((p, i) => [p, i]));
  const periodRank = Int32Array.from(st.periods, (p) => rankOf.get(p)!);
  const nP = Math.max(1, allPeriods.length);
  const nA = Math.max(1, st.agenciesByRank.length);
  let maxKey = 0;
  for (let i = 0; i < n; i++) if (orderKey[i] > maxKey) maxKey = orderKey[i];
  const keyOf = (i: number) => orderKey[i] * nP + periodRank[periodOf[i]];
  const order =
    maxKey + 1 <= Math.max(1 << 16, 4 * n)
      ? sortByTwoKeys(n, orderKey, (i) => periodRank[periodOf[i]], maxKey + 1, nP)
      : sortByKey(n, keyOf, (maxKey + 1) * nP);

  // the accepted rows, first of each key, are compacted into `order` itself (count <= k)
  let count = 0;
  const checkPublished = (published?.size ?? 0) > 0 || (republished?.size ?? 0) > 0;
  let prevKey = -1;
  let first = -1;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const key = keyOf(i);
    if (key === prevKey) {
      const ok = orderKey[i];
      const agency = st.agenciesByRank[ok % nA];
      const indicator = st.idsByRank[(ok - (ok % nA)) / nA];
      const period = st.periods[periodOf[i]];
      const here = st.files[rows.file(i)];
      const there = st.files[rows.file(first)];
      reporter.add(here, rows.line(i), 0, null, 'primary-key', 'values.duplicate', { agency, indicator, period, there, thereLine: rows.line(first), here, hereLine: rows.line(i) });
      if (flags[i] & 8) reporter.reject(here);
      continue;
    }
    prevKey = key;
    first = i;
    if (!(flags[i] & 8)) continue;
    order[count++] = i;
    if (!checkPublished) continue;
    const ok = orderKey[i];
    const okey = observationKey(st.idsByRank[(ok - (ok % nA)) / nA], st.agenciesByRank[ok % nA], st.periods[periodOf[i]]);
    const other = published?.get(okey);
    const own = other ? undefined : republished?.get(okey);
    const before = other ?? own;
    if (!before) continue;
    const o = new ObservationTable(st, Int32Array.of(i)).at(0);
    const same = before.value === o.value && before.missing === o.missing && before.status === o.status;
    if (own && same) continue;
    reporter.add(o.origin.file, o.origin.line, 0, null, 'published-change', 'values.published-change', {
      agency: o.agency,
      indicator: o.indicator,
      period: o.period,
      same,
      before: { value: before.value, missing: before.missing, status: before.status },
      after: { value: o.value, missing: o.missing, status: o.status },
    });
  }
  return { observations: new ObservationTable(st, count === n ? order : order.subarray(0, count)), periods };
}

/**
 * Channel shares of one agency × period must add up to about 100 % when every
 * channel is given (the channel-mix charts stack them).
 */
export function checkChannelMix(observations: Observation[] | ObservationTable, indicators: Indicator[], reporter: Reporter, isNew?: (o: Observation) => boolean): void {
  const shares = indicators.filter((i) => i.group === 'part-mode');
  if (shares.length < 2) return;
  const ids = new Set(shares.map((i) => i.id));
  const groups = new Map<string, Observation[]>();
  const selected = observations instanceof ObservationTable ? observations.ofIndicators(ids) : observations.filter((o) => ids.has(o.indicator));
  for (const o of selected) {
    const k = `${o.agency}\u0000${o.period}`;
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }
  for (const g of groups.values()) {
    if (g.length !== shares.length || g.some((o) => o.value === null)) continue;
    const sum = g.reduce((s, o) => s + (o.value ?? 0), 0);
    if (Math.abs(sum - 100) <= 1) continue;
    // against published data, only a group the inputs touch is theirs to fix, named on their rows
    const mine = isNew ? g.filter(isNew) : g;
    if (mine.length === 0) continue;
    const last = mine.reduce((a, b) => (a.origin.file > b.origin.file || (a.origin.file === b.origin.file && a.origin.line > b.origin.line) ? a : b));
    reporter.add(last.origin.file, last.origin.line, 0, null, 'total-mismatch', 'values.channel-mix', {
      agency: last.agency,
      period: last.period,
      sum,
      lines: mine.map((o) => o.origin.line).sort((a, b) => a - b),
      indicators: g.map((o) => o.indicator),
    });
  }
}

const tables = new WeakMap<NormalisedDataset, ObservationTable>();

/**
 * The dataset the site consumes. Given an ObservationTable, its
 * `observations` array is built on first use (JSON.stringify, a spread, a
 * structured clone or any read builds it), so a check that only needs the
 * report never holds one object per observation.
 */
export function buildDataset(ref: Reference, indicators: Indicator[], values: { observations: Observation[] | ObservationTable; periods: string[] }): NormalisedDataset {
  const dataset = {
    agencies: ref.agencyList,
    channels: ref.channelList,
    themes: ref.themeList,
    sources: ref.sourceList,
    indicators,
    observations: [] as Observation[],
    periods: values.periods,
  };
  const obs = values.observations;
  if (obs instanceof ObservationTable) {
    let built: Observation[] | null = null;
    Object.defineProperty(dataset, 'observations', {
      enumerable: true,
      configurable: true,
      get: () => (built ??= obs.toArray()),
      set(v: Observation[]) {
        Object.defineProperty(dataset, 'observations', { value: v, enumerable: true, configurable: true, writable: true });
      },
    });
    tables.set(dataset, obs);
  } else dataset.observations = obs;
  return dataset;
}

/** Number of observations of a dataset, without building them. */
export function observationCount(dataset: NormalisedDataset): number {
  return tables.get(dataset)?.length ?? dataset.observations.length;
}
