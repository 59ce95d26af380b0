/**
 * Page data built from the fixture folder tests/fixtures/etalonnage (same layout
 * as data/): missing values stay missing, ranks follow the direction, the
 * downloads carry their metadata, English pages get English labels.
 */
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {loadDatasetOrThrow} from '../../../scripts/pipeline/index';
import type {NormalisedDataset} from '../../../scripts/pipeline/types';
import {BOM} from '../../../src/lib/csv-export';
import {benchmarkTables} from '../../../src/plugins/etalonnage/downloads';
import {tableFiles} from '../../../src/lib/open-data/files';
import type {OpenTable} from '../../../src/lib/open-data/table';
import {DatasetIndex, agencyPage, channelMixPage, indicatorPage, overviewPage} from '../../../src/plugins/etalonnage/model';
import {formatGap, formatValue} from '../../../src/plugins/etalonnage/units';

const NBSP = '\u00A0';
const fr = {base: '/'};
const en = {base: '/en/'};
let ds: NormalisedDataset;
let index: DatasetIndex;

beforeAll(async () => {
  ds = await loadDatasetOrThrow(path.resolve(__dirname, '../../fixtures/etalonnage'), {currentYear: 2026});
  index = new DatasetIndex(ds);
});

describe('values in their unit', () => {
  it('formats per locale', () => {
    expect(formatValue(12.5, 'pourcentage', 'fr')).toBe(`12,5${NBSP}%`);
    expect(formatValue(12.5, 'pourcentage', 'en')).toBe('12.5%');
    expect(formatValue(200000, 'dollars', 'fr')).toBe(`200${NBSP}000${NBSP}$`);
    expect(formatValue(200000, 'dollars', 'en')).toBe('$200,000');
    expect(formatValue(1, 'dollars', 'fr')).toBe(`1,00${NBSP}$`);
    expect(formatValue(1006000, 'nombre', 'fr')).toBe(`1${NBSP}006${NBSP}000`);
    expect(formatValue(1006000, 'nombre', 'en')).toBe('1,006,000');
    expect(formatValue(180, 'secondes', 'fr')).toBe(`180${NBSP}s`);
    expect(formatGap(-2.5, 'pourcentage', 'fr')).toBe(`−2,5${NBSP}pt`);
    expect(formatGap(30, 'secondes', 'en')).toBe(`+30${NBSP}s`);
  });

  it('shows every value of one indicator with the same number of decimals', () => {
    expect(formatValue(84, 'pourcentage', 'fr', 1)).toBe(`84,0${NBSP}%`);
    expect(formatValue(89.25, 'pourcentage', 'en', 1)).toBe('89.3%');
    expect(formatGap(3, 'pourcentage', 'fr', 1)).toBe(`+3,0${NBSP}pt`);
    expect(formatValue(1.5, 'dollars', 'fr', 0)).toBe(`1,50${NBSP}$`); // dollars keep their cents rule
    // On the pages: within one indicator and period, values, median and quartiles share their decimals.
    const decimalsOf = (t: string) => /^[−+]?[\d\u00A0,]*?(?:,(\d+))?\u00A0/.exec(t)?.[1]?.length ?? 0;
    for (const ind of ds.indicators.filter((i) => i.unit === 'pourcentage')) {
      const page = indicatorPage(index, ind, 'fr', fr);
      for (const period of page.periods) {
        const p = page.byPeriod[period]!;
        const texts = [...p.rows.filter((r) => r.value.v !== null).map((r) => r.value.t), p.summary.median.t, p.summary.q1.t, p.summary.q3.t];
        expect(new Set(texts.map(decimalsOf)).size, `${ind.id} ${period}: ${texts.join(' | ')}`).toBe(1);
      }
    }
  });
});

describe('indicator page data', () => {
  it('shows a missing value as n.d., unranked, never 0', () => {
    const ind = ds.indicators.find((i) => i.id === 'appels-delai-reponse')!;
    const page = indicatorPage(index, ind, 'fr', fr);
    const row = page.byPeriod['2009-2010']!.rows.find((r) => r.agency.code === 'CNT')!;
    expect(row.value).toEqual({v: null, t: 'n.d.', i: false});
    expect(row.rank).toBeNull();
    expect(row.gapMedian.v).toBeNull();
    expect(row.note).toMatch(/migration/);
    expect(page.byPeriod['2009-2010']!.summary.n).toBe(5);
    expect(indicatorPage(index, ind, 'en', en).byPeriod['2009-2010']!.rows.find((r) => r.agency.code === 'CNT')!.value.t).toBe('n/a');
  });

  it('gives a data note in English where the data has note_en, else the French note marked lang="fr"', () => {
    const ind = ds.indicators.find((i) => i.id === 'appels-delai-reponse')!;
    const cnt = (d: DatasetIndex, locale: 'fr' | 'en') =>
      indicatorPage(d, ind, locale, locale === 'fr' ? fr : en).byPeriod['2009-2010']!.rows.find((r) => r.agency.code === 'CNT')!;
    // The fixture's note has no English version: the English page keeps the French text, marked as French.
    const french = cnt(index, 'fr').note!;
    expect(cnt(index, 'fr').noteLang).toBeNull();
    expect(cnt(index, 'en')).toMatchObject({note: french, noteLang: 'fr'});
    // With note_en, the English page shows it, unmarked; the French page still shows the French note.
    const translated = new DatasetIndex({
      ...ds,
      observations: ds.observations.map((o) => (o.agency === 'CNT' && o.indicator === ind.id && o.period === '2009-2010' ? {...o, noteEn: 'Channel migration under way.'} : o)),
    });
    expect(cnt(translated, 'en')).toMatchObject({note: 'Channel migration under way.', noteLang: null});
    expect(cnt(translated, 'fr')).toMatchObject({note: french, noteLang: null});
  });

  it('ranks lower-is-better with ties sharing a rank', () => {
    const ind = ds.indicators.find((i) => i.id === 'appels-delai-reponse')!;
    const rows = indicatorPage(index, ind, 'fr', fr).byPeriod['2010-2011']!.rows;
    const carra = rows.find((r) => r.agency.code === 'CARRA')!;
    const csst = rows.find((r) => r.agency.code === 'CSST')!;
    expect(carra.value.v).toBe(120);
    expect(carra.rank).toBe(csst.rank);
    const better = rows.filter((r) => r.value.v !== null && r.value.v < 120).length;
    expect(carra.rank).toBe(better + 1);
    // CARRA's value is illustrative: so is its gap to the target.
    expect(carra.gapTarget).toEqual({v: -60, t: `−60${NBSP}s`, i: true});
  });

  it('gives the change since the previous period and the target', () => {
    const ind = ds.indicators.find((i) => i.id === 'satisfaction-globale')!;
    const page = indicatorPage(index, ind, 'en', en);
    expect(page.indicator.label).toBe('Satisfied clients');
    expect(page.indicator.directionLabel).toBe('higher is better');
    expect(page.indicator.target?.t).toBe('80%');
    expect(page.indicator.href).toBe('/en/etalonnage/indicateurs/satisfaction-globale');
    expect(page.downloads).toEqual({
      xlsx: '/en/etalonnage/donnees/indicateur-satisfaction-globale.xlsx',
      csvExcel: '/en/etalonnage/donnees/indicateur-satisfaction-globale-excel-fr.csv',
      csv: '/en/etalonnage/donnees/indicateur-satisfaction-globale.csv',
      json: '/en/etalonnage/donnees/indicateur-satisfaction-globale.json',
      openData: '/en/donnees-ouvertes',
    });
    // SAAQ reports only in 2010-2011: no change.
    const saaq = page.byPeriod['2010-2011']!.rows.find((r) => r.agency.code === 'SAAQ')!;
    expect(saaq.change.v).toBeNull();
    expect(page.byPeriod['2008-2009']!.previous).toBeNull();
    expect(page.illustrative).toBe(true);
  });

  it('does not rank a neutral indicator', () => {
    const ind = ds.indicators.find((i) => i.id === 'appels-volume')!;
    const rows = indicatorPage(index, ind, 'fr', fr).byPeriod['2010-2011']!.rows;
    expect(rows.every((r) => r.rank === null && r.meaning === null)).toBe(true);
  });
});

describe('agency, overview and channel-mix page data', () => {
  it('every agency page links to /etalonnage/organismes/<code in lower case>', () => {
    const page = agencyPage(index, ds.agencies.find((a) => a.code === 'RAMQ')!, 'fr', fr);
    expect(page.agency.href).toBe('/etalonnage/organismes/ramq');
    expect(page.agency.name).toBe("Régie de l'assurance maladie du Québec");
    expect(page.periods).toEqual(['2008-2009', '2009-2010', '2010-2011']);
    const rows = page.byPeriod['2010-2011']!.rows;
    expect(rows.length).toBe(new Set(ds.observations.filter((o) => o.agency === 'RAMQ').map((o) => o.indicator)).size);
    expect(rows.every((r) => r.spark.length === 3)).toBe(true);
  });

  it("an agency page's rows come in alphabetical order of their labels, in the page's language (its default order, sorted before it reaches the browser)", () => {
    for (const [locale, paths] of [['fr', fr], ['en', en]] as const) {
      const page = agencyPage(index, ds.agencies.find((a) => a.code === 'RAMQ')!, locale, paths);
      for (const {rows} of Object.values(page.byPeriod)) {
        const labels = rows.map((r) => r.indicator.label);
        expect(labels.length).toBeGreaterThan(3);
        expect(labels, locale).toEqual([...labels].sort(new Intl.Collator(locale === 'fr' ? 'fr-CA' : 'en-CA').compare));
      }
    }
  });

  it('an agency without values gets a page that says so', () => {
    const page = agencyPage(index, ds.agencies.find((a) => a.code === 'FAPAQ')!, 'en', en);
    expect(page.periods).toEqual([]);
    expect(page.agency.name).toContain('FAPAQ');
  });

  it('the overview covers every indicator and agency', () => {
    const page = overviewPage(index, 'fr', fr);
    expect(page.coverage.length).toBe(ds.indicators.length);
    expect(page.counts.observations).toBe(ds.observations.length);
    const delai = page.coverage.find((c) => c.indicator.id === 'appels-delai-reponse')!;
    expect(delai.cells.find((c) => c.agency === 'CNT')!.periods).toEqual(['2008-2009', '2010-2011']);
  });

  it('the channel mix sums to 100 % and gives the migration in points', () => {
    const page = channelMixPage(index, 'fr', fr);
    expect(page.channels.map((c) => c.code)).toEqual(['telephone', 'en-personne', 'web', 'courriel', 'courrier', 'rvi']);
    const carra = page.agencies.find((a) => a.agency.code === 'CARRA')!;
    expect(carra.periods.every((p) => Math.abs(p.total.v! - 100) <= 1)).toBe(true);
    expect(carra.migration!.from).toBe('2008-2009');
    expect(carra.migration!.changes[2]!.t).toMatch(/pt$/);
    expect(page.costChannels.map((c) => c.code)).toEqual(['telephone', 'web']);
  });
});

/** The files of the tables, as text (CSV, JSON) keyed by path. */
async function render(tables: OpenTable[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const t of tables) for (const f of await tableFiles(t, new Date(), ['csv', 'csv-excel', 'json'])) out.set(f.path, new TextDecoder('utf-8', {ignoreBOM: true}).decode(f.bytes));
  return out;
}

describe('downloads', () => {
  it('writes CSV with BOM, locale headers, numbers, status, source and licence', async () => {
    const files = await render(benchmarkTables(index, 'fr'));
    const csv = files.get('etalonnage/donnees/indicateur-appels-delai-reponse.csv')!;
    expect(csv.startsWith(BOM)).toBe(true);
    const [header, ...lines] = csv.slice(1).trimEnd().split('\r\n');
    expect(header!.split(',')).toEqual(expect.arrayContaining(['periode', 'valeur', 'statut', 'source', 'licence']));
    const cnt = lines.find((l) => l.includes(',CNT,') && l.includes(',2009-2010,'))!;
    expect(cnt).toContain(',2009-2010,,secondes,illustratif,non disponible,');
    const tie = lines.find((l) => l.includes(',CARRA,') && l.includes(',2010-2011,'))!;
    expect(tie).toContain(',2010-2011,120,secondes,illustratif,');
    expect(tie).toContain('CC BY 4.0');
    const enFiles = await render(benchmarkTables(index, 'en'));
    expect(enFiles.get('etalonnage/donnees/valeurs.csv')!.slice(1, 40)).toMatch(/^indicator,label,agency,/);
    const json = JSON.parse(enFiles.get('etalonnage/donnees/organisme-ramq.json')!);
    expect(json.licence).toContain('CC BY 4.0');
    expect(json.records[0]).toHaveProperty('period');
    expect(json.records[0]).toHaveProperty('status', 'illustrative');
    expect([...files.keys()]).toEqual(expect.arrayContaining(['etalonnage/donnees/modes-de-prestation.csv', 'etalonnage/donnees/couverture.json', 'etalonnage/donnees/indicateurs.csv']));
  });
});
