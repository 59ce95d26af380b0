/**
 * Status check over the comparison pages built from data/: every number a
 * benchmarking page shows is either a published value with its source, or
 * carries the illustrative mark (Cell.i, rankIllustrative), derived figures
 * included. A rank, a median, a quartile, a gap or a change computed from at
 * least one illustrative input is illustrative, even beside a published value
 * (Services Québec's published 1 006 000 calls).
 *
 * The expectations are computed here from the dataset, not read from the
 * model: which inputs each figure uses, and whether they are all published.
 */
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadDatasetOrThrow} from '../../../scripts/pipeline/index';
import type {NormalisedDataset, Observation} from '../../../scripts/pipeline/types';
import {DatasetIndex, agencyPage, channelMixPage, indicatorPage, overviewPage} from '../../../src/plugins/etalonnage/model';
import type {Cell} from '../../../src/plugins/etalonnage/types';

let ds: NormalisedDataset;
let index: DatasetIndex;
const paths = {base: '/'};

beforeAll(async () => {
  ds = await loadDatasetOrThrow(path.resolve(__dirname, '../../../data'), {currentYear: 2026});
  index = new DatasetIndex(ds);
});

const published = (o: Observation | undefined): boolean => !!o && o.value !== null && o.status === 'publie' && !!o.source;
const shown = (o: Observation | undefined): boolean => !!o && o.value !== null;
/** Every number the figure is computed from is published with a source. */
const allPublished = (list: (Observation | undefined)[]): boolean => list.filter(shown).every(published);

/** Every Cell (an object with v and t) in the page data, with its path. */
function cells(x: unknown, at = '$', out: {at: string; cell: Cell}[] = []): {at: string; cell: Cell}[] {
  if (Array.isArray(x)) x.forEach((y, k) => cells(y, `${at}[${k}]`, out));
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if ('v' in o && 't' in o && (typeof o.v === 'number' || o.v === null)) out.push({at, cell: o as unknown as Cell});
    else for (const [k, y] of Object.entries(o)) cells(y, `${at}.${k}`, out);
  }
  return out;
}

describe('every number on the benchmarking pages is published with a source, or marked illustrative', () => {
  it('indicator pages: values, ranks, medians, quartiles, gaps and changes', () => {
    const unmarked: string[] = [];
    for (const ind of ds.indicators) {
      const page = indicatorPage(index, ind, 'fr', paths);
      const justified = new Set<Cell>();
      if (page.indicator.target && !page.indicator.target.i) {
        expect(ind.targetStatus, `${ind.id} target`).toBe('publie');
        justified.add(page.indicator.target);
      }
      for (const period of page.periods) {
        const pp = page.byPeriod[period]!;
        const obs = index.agenciesOf(ind.id).map((a) => index.get(ind.id, a.code, period));
        const peersOk = allPublished(obs);
        for (const r of pp.rows) {
          const o = index.get(ind.id, r.agency.code, period);
          const prev = pp.previous ? index.get(ind.id, r.agency.code, pp.previous) : undefined;
          if (r.value.v !== null && published(o)) justified.add(r.value);
          if (peersOk) justified.add(r.gapMedian);
          if (published(o) && ind.targetStatus === 'publie') justified.add(r.gapTarget);
          if (published(o) && (prev === undefined || published(prev))) justified.add(r.change);
          if (r.rank !== null && !(peersOk || r.rankIllustrative)) unmarked.push(`${ind.id} ${period} ${r.agency.code} rank ${r.rank}`);
        }
        if (peersOk) for (const c of Object.values(pp.summary)) if (typeof c === 'object') justified.add(c);
      }
      for (const {at, cell} of cells({target: page.indicator.target, byPeriod: page.byPeriod})) {
        if (cell.v !== null && !cell.i && !justified.has(cell)) unmarked.push(`${ind.id} ${at} = ${cell.t}`);
      }
      page.trendMedian.forEach((m, k) => {
        const list = (index.byIndicator.get(ind.id) ?? []).filter((o) => o.period === page.periods[k]);
        if (m !== null && !page.trendMedianIllustrative[k] && !allPublished(list)) unmarked.push(`${ind.id} trend median ${page.periods[k]}`);
      });
    }
    expect(unmarked).toEqual([]);
  });

  it('Services Québec’s published 1 006 000 calls: the value stands unmarked, its change and gap to an illustrative median are marked', () => {
    const ind = ds.indicators.find((i) => i.id === 'appels-volume')!;
    const row = indicatorPage(index, ind, 'fr', paths).byPeriod['2010-2011']!.rows.find((r) => r.agency.code === 'SQ')!;
    expect(row.value).toMatchObject({v: 1006000, i: false});
    expect(row.change.v).not.toBeNull();
    expect(row.change.i).toBe(true);
    expect(row.gapMedian.i).toBe(true);
  });

  it('the illustrative targets (80 %, 180 s) carry the mark, on the indicator page and in the catalogue', () => {
    for (const id of ['appels-reponse-3-minutes', 'appels-delai-moyen-reponse']) {
      const ind = ds.indicators.find((i) => i.id === id)!;
      expect(indicatorPage(index, ind, 'fr', paths).indicator.target!.i, id).toBe(true);
    }
    const entries = overviewPage(index, 'fr', paths).themes.flatMap((t) => t.indicators);
    for (const e of entries) if (e.target !== null) expect(e.targetIllustrative, e.id).toBe(ds.indicators.find((i) => i.id === e.id)!.targetStatus === 'illustratif');
  });

  it('agency pages: peer median, quartiles, gap, rank and position', () => {
    const unmarked: string[] = [];
    for (const agency of ds.agencies) {
      const page = agencyPage(index, agency, 'en', {base: '/en/'});
      for (const period of page.periods) {
        for (const r of page.byPeriod[period]!.rows) {
          const peers = index.agenciesOf(r.indicator.id).map((a) => index.get(r.indicator.id, a.code, period));
          const o = index.get(r.indicator.id, agency.code, period);
          const peersOk = allPublished(peers);
          const ok = new Set<Cell>();
          if (published(o)) ok.add(r.value);
          if (peersOk) [r.median, r.q1, r.q3, r.gapMedian].forEach((c) => ok.add(c));
          for (const {at, cell} of cells({value: r.value, median: r.median, q1: r.q1, q3: r.q3, gapMedian: r.gapMedian})) {
            if (cell.v !== null && !cell.i && !ok.has(cell)) unmarked.push(`${agency.code} ${period} ${r.indicator.id} ${at}`);
          }
          if ((r.rank !== null || r.position !== null) && !peersOk && !r.rankIllustrative) unmarked.push(`${agency.code} ${period} ${r.indicator.id} rank`);
        }
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('channel mix page: shares, totals, migration and costs', () => {
    const page = channelMixPage(index, 'fr', paths);
    const unmarked = cells(page)
      .filter(({cell}) => cell.v !== null && !cell.i)
      .map(({at, cell}) => `${at} = ${cell.t}`);
    // Every share and cost in data/ is illustrative: nothing may stand unmarked.
    expect(ds.observations.filter((o) => o.indicator.startsWith('part-') || o.indicator.startsWith('cout-')).every((o) => o.status === 'illustratif')).toBe(true);
    expect(unmarked).toEqual([]);
  });
});
