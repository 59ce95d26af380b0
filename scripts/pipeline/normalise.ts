/**
 * From accepted rows to the dataset the site consumes: observations in a
 * stable order (so two contributions that differ only in how Excel wrote them
 * give byte-identical JSON), the periods present, and cross-row checks.
 */
import { comparePeriods } from './read';
import type { Reporter } from './report';
import type { Indicator, NormalisedDataset, Observation } from './types';
import type { Reference } from './reference';

/**
 * Sort by indicator id, agency code, period (chronological). Ranks are packed
 * into one number per observation and sorted as a Float64Array: a million
 * rows sort in tens of milliseconds instead of a second of string compares.
 */
export function sortObservations(observations: Observation[]): { sorted: Observation[]; periods: string[] } {
  const periodSet = new Set<string>();
  const indSet = new Set<string>();
  const agSet = new Set<string>();
  for (const o of observations) {
    periodSet.add(o.period);
    indSet.add(o.indicator);
    agSet.add(o.agency);
  }
  const periods = [...periodSet].sort(comparePeriods);
  const rank = (values: string[]) => new Map(values.map((v, i) => [v, i]));
  const rInd = rank([...indSet].sort());
  const rAg = rank([...agSet].sort());
  const rPer = rank(periods);
  const n = observations.length;
  const nA = agSet.size || 1;
  const nP = periods.length || 1;
  const space = (indSet.size || 1) * nA * nP;
  const keyOf = (o: Observation) => (rInd.get(o.indicator)! * nA + rAg.get(o.agency)!) * nP + rPer.get(o.period)!;
  if (space * 2 ** Math.ceil(Math.log2(n + 1)) < 2 ** 52) {
    const shift = 2 ** Math.ceil(Math.log2(n + 1));
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = keyOf(observations[i]) * shift + i;
    packed.sort();
    const sorted = new Array<Observation>(n);
    for (let i = 0; i < n; i++) sorted[i] = observations[packed[i] % shift];
    return { sorted, periods };
  }
  const keys = observations.map(keyOf);
  const idx = observations.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
  return { sorted: idx.map((i) => observations[i]), periods };
}

/**
 * Channel shares of one agency × period must add up to about 100 % when every
 * channel is given (the channel-mix charts stack them).
 */
export function checkChannelMix(observations: Observation[], indicators: Indicator[], reporter: Reporter): void {
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
    const last = g.reduce((a, b) => (a.origin.file > b.origin.file || (a.origin.file === b.origin.file && a.origin.line > b.origin.line) ? a : b));
    const shown = sum.toLocaleString('fr-CA', { maximumFractionDigits: 2 });
    reporter.add(
      last.origin.file, last.origin.line, 0, null, 'total-mismatch',
      `Les parts des modes de prestation de ${last.agency} en ${last.period} totalisent ${shown}\u00a0% au lieu de 100\u00a0% (écart toléré : 1 point, pour les arrondis). Vérifiez les lignes ${g.map((o) => o.origin.line).sort((a, b) => a - b).join(', ')} (${g.map((o) => o.indicator).join(', ')}).`,
    );
  }
}

export function buildDataset(ref: Reference, indicators: Indicator[], observations: Observation[]): NormalisedDataset {
  const { sorted, periods } = sortObservations(observations);
  return {
    agencies: ref.agencyList,
    channels: ref.channelList,
    themes: ref.themeList,
    sources: ref.sourceList,
    indicators,
    observations: sorted,
    periods,
  };
}
