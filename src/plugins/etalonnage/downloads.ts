/**
 * The CSV and JSON downloads, written by the plugin's postBuild into the
 * locale's build folder (build/etalonnage/donnees/…, build/en/etalonnage/donnees/…).
 * Tidy tables: one row per agency × indicator × period, each row carrying its
 * period, status, source and licence. Numbers are numbers ("." decimal).
 */
import type {Indicator, Observation} from '../../../scripts/pipeline/types';
import {toCsv, type CsvCell} from '../../lib/csv-export';
import {gap, rank, summarise} from '../../lib/stats';
import {DOWNLOAD_DIR, agencySlug, type DatasetIndex} from './model';
import type {PageLocale} from './types';

/** Licence of the published tables (Données Québec's default licence). */
export const LICENCE = {
  fr: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  en: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
} as const;

const STATUS = {
  fr: {publie: 'publié', illustratif: 'illustratif'},
  en: {publie: 'published', illustratif: 'illustrative'},
} as const;

const MISSING = {
  fr: {'non-disponible': 'non disponible', 'sans-objet': 'sans objet', confidentiel: 'confidentiel'},
  en: {'non-disponible': 'not available', 'sans-objet': 'not applicable', confidentiel: 'confidential'},
} as const;

const HEADERS = {
  fr: {
    indicator: 'indicateur',
    label: 'libelle',
    agency: 'organisme',
    agencyName: 'nom_organisme',
    period: 'periode',
    value: 'valeur',
    unit: 'unite',
    status: 'statut',
    missing: 'valeur_manquante',
    note: 'note',
    source: 'source',
    licence: 'licence',
    rank: 'rang',
    median: 'mediane_periode',
    gapMedian: 'ecart_mediane',
    target: 'cible',
    gapTarget: 'ecart_cible',
    change: 'variation_periode_precedente',
  },
  en: {
    indicator: 'indicator',
    label: 'label',
    agency: 'agency',
    agencyName: 'agency_name',
    period: 'period',
    value: 'value',
    unit: 'unit',
    status: 'status',
    missing: 'missing_value',
    note: 'note',
    source: 'source',
    licence: 'licence',
    rank: 'rank',
    median: 'period_median',
    gapMedian: 'gap_to_median',
    target: 'target',
    gapTarget: 'gap_to_target',
    change: 'change_from_previous_period',
  },
} as const;

type Column = keyof (typeof HEADERS)['fr'];
const COLUMNS: Column[] = [
  'indicator',
  'label',
  'agency',
  'agencyName',
  'period',
  'value',
  'unit',
  'status',
  'missing',
  'note',
  'rank',
  'median',
  'gapMedian',
  'target',
  'gapTarget',
  'change',
  'source',
  'licence',
];

export interface DownloadFile {
  /** Relative to the locale's build folder, e.g. "etalonnage/donnees/valeurs.csv". */
  path: string;
  content: string;
}

type Row = Record<Column, CsvCell>;

/** Every observation of the given list as a tidy record, with the statistics of its period. */
function records(ds: DatasetIndex, list: Observation[], locale: PageLocale): Row[] {
  const stats = new Map<string, {median: number | null; ranks: Map<string, number | null>}>();
  const statsOf = (ind: Indicator, period: string) => {
    const k = `${ind.id}\u0000${period}`;
    let s = stats.get(k);
    if (!s) {
      const obs = (ds.byIndicator.get(ind.id) ?? []).filter((o) => o.period === period);
      const values = obs.map((o) => o.value);
      const r = rank(values, ind.direction);
      s = {median: summarise(values).median, ranks: new Map(obs.map((o, i) => [o.agency, r[i]!]))};
      stats.set(k, s);
    }
    return s;
  };
  return list.map((o) => {
    const ind = ds.indicators.get(o.indicator)!;
    const agency = ds.agencies.get(o.agency);
    const periods = ds.periodsOf(ind.id);
    const i = periods.indexOf(o.period);
    const prev = i > 0 ? (ds.get(ind.id, o.agency, periods[i - 1]!)?.value ?? null) : null;
    const s = statsOf(ind, o.period);
    const sourceCode = o.source ?? ind.source;
    const source = ds.dataset.sources.find((x) => x.code === sourceCode);
    return {
      indicator: ind.id,
      label: ind.label[locale],
      agency: o.agency,
      agencyName: agency ? agency.name[locale] : o.agency,
      period: o.period,
      value: o.value,
      unit: ind.unit,
      status: STATUS[locale][o.status],
      missing: o.missing ? MISSING[locale][o.missing] : null,
      note: o.note,
      rank: s.ranks.get(o.agency) ?? null,
      median: s.median,
      gapMedian: gap(o.value, s.median),
      target: ind.target,
      gapTarget: gap(o.value, ind.target),
      change: gap(o.value, prev),
      source: source ? source.title[locale] : sourceCode,
      licence: LICENCE[locale],
    };
  });
}

function pair(name: string, rows: Row[], locale: PageLocale, meta: Record<string, unknown>): DownloadFile[] {
  const h = HEADERS[locale];
  const csv = toCsv(
    COLUMNS.map((c) => h[c]),
    rows.map((r) => COLUMNS.map((c) => r[c])),
  );
  const json = {
    ...meta,
    licence: LICENCE[locale],
    decimal_separator: '.',
    records: rows.map((r) => Object.fromEntries(COLUMNS.map((c) => [h[c], r[c] ?? null]))),
  };
  return [
    {path: `${DOWNLOAD_DIR}/${name}.csv`, content: csv},
    {path: `${DOWNLOAD_DIR}/${name}.json`, content: `${JSON.stringify(json, null, 1)}\n`},
  ];
}

export function buildDownloads(ds: DatasetIndex, locale: PageLocale): DownloadFile[] {
  const {dataset} = ds;
  const files: DownloadFile[] = [];
  const title = (fr: string, en: string) => (locale === 'fr' ? fr : en);

  // Every value.
  files.push(...pair('valeurs', records(ds, dataset.observations, locale), locale, {title: title('Valeurs des indicateurs d’étalonnage', 'Benchmarking indicator values'), periods: dataset.periods}));

  // One file per indicator, per agency.
  for (const ind of dataset.indicators) {
    files.push(
      ...pair(`indicateur-${ind.id}`, records(ds, ds.byIndicator.get(ind.id) ?? [], locale), locale, {
        title: ind.label[locale],
        indicator: ind.id,
        definition: ind.definition[locale],
        unit: ind.unit,
        direction: ind.direction,
        target: ind.target,
        periods: ds.periodsOf(ind.id),
      }),
    );
  }
  for (const a of dataset.agencies) {
    const own = dataset.observations.filter((o) => o.agency === a.code);
    files.push(
      ...pair(`organisme-${agencySlug(a.code)}`, records(ds, own, locale), locale, {
        title: a.name[locale],
        agency: a.code,
        periods: dataset.periods.filter((p) => own.some((o) => o.period === p)),
      }),
    );
  }

  // Channel mix: shares and costs per transaction.
  const mixIds = new Set(dataset.indicators.filter((i) => i.group === 'part-mode' || i.group === 'cout-transaction').map((i) => i.id));
  files.push(
    ...pair('modes-de-prestation', records(ds, dataset.observations.filter((o) => mixIds.has(o.indicator)), locale), locale, {
      title: title('Modes de prestation : parts et coût par transaction', 'Channel mix: shares and cost per transaction'),
      periods: dataset.periods,
    }),
  );

  // Catalogue and coverage: no values, their own columns.
  const catHeader =
    locale === 'fr'
      ? ['indicateur', 'libelle', 'definition', 'groupe', 'theme', 'mode_de_prestation', 'unite', 'sens', 'cible', 'statut_cible', 'frequence', 'comparabilite', 'source', 'licence']
      : ['indicator', 'label', 'definition', 'group', 'theme', 'channel', 'unit', 'direction', 'target', 'target_status', 'frequency', 'comparability', 'source', 'licence'];
  const catRows: CsvCell[][] = dataset.indicators.map((i) => [
    i.id,
    i.label[locale],
    i.definition[locale],
    i.group,
    i.theme,
    i.channel,
    i.unit,
    i.direction,
    i.target,
    i.targetStatus ? STATUS[locale][i.targetStatus] : null,
    i.frequency,
    i.comparability ? i.comparability[locale] : null,
    dataset.sources.find((s) => s.code === i.source)?.title[locale] ?? i.source,
    LICENCE[locale],
  ]);
  files.push(...tablePair('indicateurs', catHeader, catRows, {title: title('Catalogue des indicateurs', 'Indicator catalogue')}, locale));

  const covHeader = locale === 'fr' ? ['indicateur', 'organisme', 'periode', 'valeur_declaree', 'statut', 'licence'] : ['indicator', 'agency', 'period', 'value_reported', 'status', 'licence'];
  const covRows: CsvCell[][] = [];
  for (const i of dataset.indicators)
    for (const a of dataset.agencies)
      for (const p of dataset.periods) {
        const o = ds.get(i.id, a.code, p);
        covRows.push([i.id, a.code, p, o && o.value !== null ? 1 : 0, o ? STATUS[locale][o.status] : null, LICENCE[locale]]);
      }
  files.push(...tablePair('couverture', covHeader, covRows, {title: title('Couverture : indicateurs déclarés par organisme et période', 'Coverage: indicators reported by agency and period')}, locale));
  return files;
}

function tablePair(name: string, header: string[], rows: CsvCell[][], meta: Record<string, unknown>, locale: PageLocale): DownloadFile[] {
  return [
    {path: `${DOWNLOAD_DIR}/${name}.csv`, content: toCsv(header, rows)},
    {
      path: `${DOWNLOAD_DIR}/${name}.json`,
      content: `${JSON.stringify({...meta, licence: LICENCE[locale], decimal_separator: '.', records: rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? null])))}, null, 1)}\n`,
    },
  ];
}
