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

/**
 * Order the value rows by indicator id, agency code and period (chronological),
 * find duplicate keys, and build the Observation objects in that order.
 *
 * Each row's key (indicator rank, agency rank, period rank) and its read
 * order are packed into one number and the lot sorted as a Float64Array: a
 * million rows sort in tens of milliseconds, duplicates end up side by side
 * (the first one read first), and no per-key map is needed.
 */
/** Key of an observation: indicator, agency, period. */
export function observationKey(indicator: string, agency: string, period: string): string {
  return `${indicator}\u0000${agency}\u0000${period}`;
}

/**
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
): { observations: Observation[]; periods: string[] } {
  const rows = st.rows;
  const n = rows.length;
  const used = new Uint8Array(st.periods.length);
  for (let i = 0; i < n; i++) if (rows.accepted[i]) used[rows.period[i]] = 1;
  const periods = st.periods.filter((_, i) => used[i]).sort(comparePeriods);
  const allPeriods = [...st.periods].sort(comparePeriods);
  const rankOf = new Map(allPeriods.map((p, i) => [p, i]));
  const periodRank = Int32Array.from(st.periods, (p) => rankOf.get(p)!);
  const nP = Math.max(1, allPeriods.length);
  const nA = Math.max(1, st.agenciesByRank.length);
  let maxKey = 0;
  for (let i = 0; i < n; i++) if (rows.orderKey[i] > maxKey) maxKey = rows.orderKey[i];
  const keyOf = (i: number) => rows.orderKey[i] * nP + periodRank[rows.period[i]];

  let order: ArrayLike<number>;
  const shift = 2 ** Math.ceil(Math.log2(n + 1));
  if ((maxKey + 1) * nP * shift < 2 ** 52) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = keyOf(i) * shift + i;
    packed.sort();
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++) idx[i] = packed[i] % shift;
    order = idx;
  } else {
    order = Array.from({ length: n }, (_, i) => i).sort((a, b) => keyOf(a) - keyOf(b) || a - b);
  }

  const observations: Observation[] = [];
  const { orderKey, period: periodOf, accepted, flags, value, line, file } = rows;
  const hasNotes = rows.notes.size > 0;
  const hasNotesEn = rows.notesEn.size > 0;
  const hasSources = rows.sources.size > 0;
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
      const here = st.files[file[i]];
      const there = st.files[file[first]];
      reporter.add(here, line[i], 0, null, 'primary-key', 'values.duplicate', { agency, indicator, period, there, thereLine: line[first], here, hereLine: line[i] });
      if (accepted[i]) reporter.reject(here);
      continue;
    }
    prevKey = key;
    first = i;
    if (!accepted[i]) continue;
    const ok = orderKey[i];
    const f = flags[i];
    const missing = MISSING_CODES[f & 3];
    const o: Observation = {
      agency: st.agenciesByRank[ok % nA],
      indicator: st.idsByRank[(ok - (ok % nA)) / nA],
      period: st.periods[periodOf[i]],
      value: missing === null ? value[i] : null,
      missing,
      status: f & 4 ? 'publie' : 'illustratif',
      note: hasNotes ? (rows.notes.get(i) ?? null) : null,
      noteEn: hasNotesEn ? (rows.notesEn.get(i) ?? null) : null,
      source: hasSources ? (rows.sources.get(i) ?? null) : null,
      origin: { file: st.files[file[i]], line: line[i] },
    };
    observations.push(o);
    const okey = published || republished ? observationKey(o.indicator, o.agency, o.period) : '';
    const other = published?.get(okey);
    const own = other ? undefined : republished?.get(okey);
    const before = other ?? own;
    const same = !!before && before.value === o.value && before.missing === o.missing && before.status === o.status;
    if (before && !(own && same)) {
      reporter.add(o.origin.file, o.origin.line, 0, null, 'published-change', 'values.published-change', {
        agency: o.agency,
        indicator: o.indicator,
        period: o.period,
        same,
        before: { value: before.value, missing: before.missing, status: before.status },
        after: { value: o.value, missing: o.missing, status: o.status },
      });
    }
  }
  return { observations, periods };
}

/**
 * Channel shares of one agency × period must add up to about 100 % when every
 * channel is given (the channel-mix charts stack them).
 */
export function checkChannelMix(observations: Observation[], indicators: Indicator[], reporter: Reporter, isNew?: (o: Observation) => boolean): void {
  const shares = indicators.filter((i) => i.group === 'part-mode');
  if (shares.length < 2) return;
  const ids = new Set(shares.map((i) => i.id));
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    if (!ids.has(o.indicator)) continue;
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

export function buildDataset(ref: Reference, indicators: Indicator[], values: { observations: Observation[]; periods: string[] }): NormalisedDataset {
  return {
    agencies: ref.agencyList,
    channels: ref.channelList,
    themes: ref.themeList,
    sources: ref.sourceList,
    indicators,
    observations: values.observations,
    periods: values.periods,
  };
}
