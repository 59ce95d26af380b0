/**
 * From the NormalisedDataset (scripts/pipeline) to the page data of each
 * comparison page, in one locale. Pure: no I/O, no Docusaurus. All statistics
 * come from src/lib/stats.ts and all formatting from units.ts / src/lib/format.ts.
 */
import type {Agency, Indicator, NormalisedDataset, Observation} from '../../../scripts/pipeline/types';
import {formatNumber, formatPeriod} from '../../lib/format';
import {gap, gapMeaning, quartilePosition, rank, summarise, type MaybeNumber} from '../../lib/stats';
import {downloadLinks} from '../../lib/open-data/table';
import type {
  AgencyIndicatorRow,
  DownloadLinks,
  AgencyPageData,
  AgencyRef,
  Cell,
  ChannelMixPageData,
  IndicatorMeta,
  IndicatorPageData,
  IndicatorPeriod,
  IndicatorRow,
  OverviewPageData,
  PageLocale,
} from './types';
import {UNIT_LABELS, UNIT_MAX_DECIMALS, formatGap, formatValue, type UnitCode} from './units';

export const ROUTE = 'etalonnage';
export const DOWNLOAD_DIR = 'etalonnage/donnees';

const WORDS = {
  fr: {
    missing: {'non-disponible': 'n.d.', 'sans-objet': 's.o.', confidentiel: 'conf.'},
    missingLong: {'non-disponible': 'non disponible', 'sans-objet': 'sans objet', confidentiel: 'confidentiel'},
    direction: {hausse: 'plus élevé est meilleur', baisse: 'plus bas est meilleur', neutre: 'ni meilleur ni pire (contexte)'},
    frequency: {annuelle: 'annuelle', trimestrielle: 'trimestrielle', mensuelle: 'mensuelle'},
    spark: (label: string, first: string, last: string, from: string, to: string) => `${label} : ${from} en ${first}, ${to} en ${last}`,
    sparkNone: (label: string) => `${label} : aucune valeur`,
  },
  en: {
    missing: {'non-disponible': 'n/a', 'sans-objet': 'n/app.', confidentiel: 'conf.'},
    missingLong: {'non-disponible': 'not available', 'sans-objet': 'not applicable', confidentiel: 'confidential'},
    direction: {hausse: 'higher is better', baisse: 'lower is better', neutre: 'neither better nor worse (context)'},
    frequency: {annuelle: 'yearly', trimestrielle: 'quarterly', mensuelle: 'monthly'},
    spark: (label: string, first: string, last: string, from: string, to: string) => `${label}: ${from} in ${first}, ${to} in ${last}`,
    sparkNone: (label: string) => `${label}: no value`,
  },
} as const;

export function missingShort(locale: PageLocale): string {
  return WORDS[locale].missing['non-disponible'];
}

/** An observation's note in the page's language; a French note on an English page says so. */
function noteOf(o: Observation | undefined, locale: PageLocale): {note: string | null; noteLang: 'fr' | null} {
  if (!o) return {note: null, noteLang: null};
  if (locale === 'en' && o.noteEn) return {note: o.noteEn, noteLang: null};
  return {note: o.note, noteLang: locale === 'en' && o.note ? 'fr' : null};
}

export interface Paths {
  /** context.baseUrl: "/" or "/en/". */
  base: string;
}

export const agencySlug = (code: string): string => code.toLowerCase();
export const indicatorPath = (p: Paths, id: string): string => `${p.base}${ROUTE}/indicateurs/${id}`;
export const agencyPath = (p: Paths, code: string): string => `${p.base}${ROUTE}/organismes/${agencySlug(code)}`;
export const overviewPath = (p: Paths): string => `${p.base}${ROUTE}`;
export const channelMixPath = (p: Paths): string => `${p.base}${ROUTE}/modes-de-prestation`;
export const downloads = (p: Paths, name: string): DownloadLinks => downloadLinks(p.base, DOWNLOAD_DIR, name);

/** Indexes the dataset once: observations by indicator, by agency, by key. */
export class DatasetIndex {
  readonly byIndicator = new Map<string, Observation[]>();
  readonly byAgency = new Map<string, Observation[]>();
  readonly byKey = new Map<string, Observation>();
  readonly indicators: Map<string, Indicator>;
  readonly agencies: Map<string, Agency>;
  private readonly periodCache = new Map<string, string[]>();
  private readonly agencyCache = new Map<string, Agency[]>();
  private readonly decimalCache = new Map<string, number>();

  constructor(readonly dataset: NormalisedDataset) {
    this.indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
    this.agencies = new Map(dataset.agencies.map((a) => [a.code, a]));
    for (const o of dataset.observations) {
      push(this.byIndicator, o.indicator, o);
      push(this.byAgency, o.agency, o);
      this.byKey.set(key(o.indicator, o.agency, o.period), o);
    }
  }

  get(indicator: string, agency: string, period: string): Observation | undefined {
    return this.byKey.get(key(indicator, agency, period));
  }

  /** Periods where the indicator has at least one row, ascending (dataset order). */
  periodsOf(indicator: string): string[] {
    const cached = this.periodCache.get(indicator);
    if (cached) return cached;
    const set = new Set((this.byIndicator.get(indicator) ?? []).map((o) => o.period));
    const list = this.dataset.periods.filter((p) => set.has(p));
    this.periodCache.set(indicator, list);
    return list;
  }

  /** Agencies with at least one row for the indicator, in data/organismes.csv order. */
  agenciesOf(indicator: string): Agency[] {
    const cached = this.agencyCache.get(indicator);
    if (cached) return cached;
    const set = new Set((this.byIndicator.get(indicator) ?? []).map((o) => o.agency));
    const list = this.dataset.agencies.filter((a) => set.has(a.code));
    this.agencyCache.set(indicator, list);
    return list;
  }

  /**
   * Decimals every value of an indicator is shown with: the most any of its
   * reported values (or its target) has, up to what its unit allows. One
   * indicator reads "84,0 %" beside "89,3 %", never "84 %" beside "89,3 %".
   */
  decimals(ind: Indicator): number {
    const cached = this.decimalCache.get(ind.id);
    if (cached !== undefined) return cached;
    const of = (v: number) => {
      const m = /\.(\d+)$/.exec(String(v));
      return m ? m[1]!.length : 0;
    };
    const cap = UNIT_MAX_DECIMALS[ind.unit as UnitCode] ?? 1;
    const known = [...(this.byIndicator.get(ind.id) ?? []).map((o) => o.value), ind.target].filter((v): v is number => v !== null);
    const d = Math.min(cap, Math.max(0, ...known.map(of)));
    this.decimalCache.set(ind.id, d);
    return d;
  }

  /** Values of every reporting agency for one indicator and period. */
  values(indicator: string, period: string): MaybeNumber[] {
    return (this.byIndicator.get(indicator) ?? []).filter((o) => o.period === period).map((o) => o.value);
  }
}

function key(i: string, a: string, p: string): string {
  return `${i}\u0000${a}\u0000${p}`;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function agencyRef(a: Agency, locale: PageLocale, p: Paths): AgencyRef {
  return {code: a.code, name: a.name[locale], href: agencyPath(p, a.code)};
}

/** `ill`: the number is illustrative or computed from an illustrative input (marked on the page). */
function cell(v: MaybeNumber, unit: UnitCode, locale: PageLocale, ill: boolean, missing = '—', decimals?: number): Cell {
  return {v, t: v === null ? missing : formatValue(v, unit, locale, decimals), i: v !== null && ill};
}

function gapCell(v: MaybeNumber, unit: UnitCode, locale: PageLocale, ill: boolean, decimals?: number): Cell {
  return {v, t: v === null ? '—' : formatGap(v, unit, locale, decimals), i: v !== null && ill};
}

/** An observation whose number is illustrative (a missing value has no number to mark). */
const illustrative = (o: Observation | undefined): boolean => o?.status === 'illustratif' && o.value !== null;

function missingLabel(o: Observation | undefined, locale: PageLocale): string | null {
  if (o && o.value !== null) return null;
  return WORDS[locale].missing[o?.missing ?? 'non-disponible'];
}

export function indicatorMeta(ds: DatasetIndex, ind: Indicator, locale: PageLocale, p: Paths): IndicatorMeta {
  const unit = ind.unit as UnitCode;
  const dec = ds.decimals(ind);
  const channel = ds.dataset.channels.find((c) => c.code === ind.channel);
  const theme = ds.dataset.themes.find((t) => t.code === ind.theme);
  const source = ind.source === null ? undefined : ds.dataset.sources.find((s) => s.code === ind.source);
  return {
    id: ind.id,
    label: ind.label[locale],
    definition: ind.definition[locale],
    href: indicatorPath(p, ind.id),
    group: ind.group,
    unit: ind.unit,
    unitLabel: UNIT_LABELS[locale][unit],
    direction: ind.direction,
    directionLabel: WORDS[locale].direction[ind.direction],
    target: ind.target === null ? null : cell(ind.target, unit, locale, ind.targetStatus === 'illustratif', '—', dec),
    targetLabel: ind.targetLabel ? ind.targetLabel[locale] || null : null,
    targetIllustrative: ind.targetStatus === 'illustratif',
    comparability: ind.comparability ? ind.comparability[locale] || null : null,
    channel: ind.channel,
    channelLabel: channel ? channel.name[locale] : ind.channel,
    theme: ind.theme,
    themeLabel: theme ? theme.name[locale] : ind.theme,
    source: source ? source.title[locale] : ind.source,
    illustrativeIndicator: ind.status === 'illustratif',
    frequency: WORDS[locale].frequency[ind.frequency],
  };
}

/** The comparison table of one indicator for one period (and the statistics under it). */
export function indicatorPeriod(ds: DatasetIndex, ind: Indicator, period: string, previous: string | null, locale: PageLocale, p: Paths): IndicatorPeriod {
  const unit = ind.unit as UnitCode;
  const dec = ds.decimals(ind);
  const agencies = ds.agenciesOf(ind.id);
  const obs = agencies.map((a) => ds.get(ind.id, a.code, period));
  const values = obs.map((o) => (o ? o.value : null));
  const s = summarise(values);
  const ranks = rank(values, ind.direction);
  // Median, quartiles and ranks use every value of the period: illustrative if any is.
  const peersIll = obs.some(illustrative);
  const targetIll = ind.targetStatus === 'illustratif';
  const rows: IndicatorRow[] = agencies.map((a, i) => {
    const o = obs[i];
    const v = values[i]!;
    const own = illustrative(o);
    const prevObs = previous === null ? undefined : ds.get(ind.id, a.code, previous);
    const prev = prevObs?.value ?? null;
    const gm = gap(v, s.median);
    return {
      agency: agencyRef(a, locale, p),
      value: cell(v, unit, locale, own, missingLabel(o, locale) ?? '—', dec),
      illustrative: o?.status === 'illustratif',
      missingLabel: missingLabel(o, locale),
      ...noteOf(o, locale),
      rank: ranks[i]!,
      rankIllustrative: ranks[i] !== null && peersIll,
      gapMedian: gapCell(gm, unit, locale, own || peersIll, dec),
      gapTarget: gapCell(gap(v, ind.target), unit, locale, own || targetIll, dec),
      change: gapCell(gap(v, prev), unit, locale, own || illustrative(prevObs), dec),
      meaning: gapMeaning(gm, ind.direction),
    };
  });
  return {
    period,
    previous,
    rows,
    summary: {
      n: s.n,
      median: cell(s.median, unit, locale, peersIll, '—', dec),
      q1: cell(s.q1, unit, locale, peersIll, '—', dec),
      q3: cell(s.q3, unit, locale, peersIll, '—', dec),
      min: cell(s.min, unit, locale, peersIll, '—', dec),
      max: cell(s.max, unit, locale, peersIll, '—', dec),
    },
    anyIllustrative: obs.some((o) => o?.status === 'illustratif'),
  };
}

export function indicatorPage(ds: DatasetIndex, ind: Indicator, locale: PageLocale, p: Paths): IndicatorPageData {
  const periods = ds.periodsOf(ind.id);
  const byPeriod: Record<string, IndicatorPeriod> = {};
  periods.forEach((period, i) => {
    byPeriod[period] = indicatorPeriod(ds, ind, period, i > 0 ? periods[i - 1]! : null, locale, p);
  });
  const unit = ind.unit as UnitCode;
  const dec = ds.decimals(ind);
  const trend = ds.agenciesOf(ind.id).map((a) => {
    const obs = periods.map((per) => ds.get(ind.id, a.code, per));
    const values = obs.map((o) => o?.value ?? null);
    return {
      agency: agencyRef(a, locale, p),
      values,
      labels: values.map((v) => (v === null ? missingShort(locale) : formatValue(v, unit, locale, dec))),
      illustrative: obs.map((o) => o?.status === 'illustratif' && o.value !== null),
    };
  });
  const obs = ds.byIndicator.get(ind.id) ?? [];
  return {
    locale,
    indicator: indicatorMeta(ds, ind, locale, p),
    periods,
    byPeriod,
    trend,
    trendMedian: periods.map((per) => summarise(ds.values(ind.id, per)).median),
    trendMedianIllustrative: periods.map((per) => (ds.byIndicator.get(ind.id) ?? []).some((o) => o.period === per && illustrative(o))),
    downloads: (ds.byIndicator.get(ind.id) ?? []).length ? downloads(p, `indicateur-${ind.id}`) : null,
    illustrative: ind.targetStatus === 'illustratif' || obs.some((o) => o.status === 'illustratif'),
    overviewHref: overviewPath(p),
  };
}

export function agencyPage(ds: DatasetIndex, agency: Agency, locale: PageLocale, p: Paths): AgencyPageData {
  const own = ds.byAgency.get(agency.code) ?? [];
  const periods = ds.dataset.periods.filter((per) => own.some((o) => o.period === per));
  const indicatorIds = new Set(own.map((o) => o.indicator));
  const indicators = ds.dataset.indicators.filter((i) => indicatorIds.has(i.id));
  const byPeriod: AgencyPageData['byPeriod'] = {};
  for (const period of periods) {
    const rows: AgencyIndicatorRow[] = [];
    for (const ind of indicators) {
      const unit = ind.unit as UnitCode;
      const dec = ds.decimals(ind);
      const o = ds.get(ind.id, agency.code, period);
      const peers = ds.agenciesOf(ind.id);
      const values = peers.map((a) => ds.get(ind.id, a.code, period)?.value ?? null);
      const s = summarise(values);
      const peersIll = peers.some((a) => illustrative(ds.get(ind.id, a.code, period)));
      const own = illustrative(o);
      const v = o?.value ?? null;
      const ranks = rank(values, ind.direction);
      const spark = periods.map((per) => ds.get(ind.id, agency.code, per)?.value ?? null);
      const sparkMedian = periods.map((per) => summarise(ds.values(ind.id, per)).median);
      const meta = indicatorMeta(ds, ind, locale, p);
      const known = spark.map((x, i) => [x, i] as const).filter(([x]) => x !== null);
      const sparkText =
        known.length === 0
          ? WORDS[locale].sparkNone(meta.label)
          : WORDS[locale].spark(
              meta.label,
              formatPeriod(periods[known[0]![1]]!, locale),
              formatPeriod(periods[known[known.length - 1]![1]]!, locale),
              formatValue(known[0]![0]!, unit, locale, dec),
              formatValue(known[known.length - 1]![0]!, unit, locale, dec),
            );
      rows.push({
        indicator: {id: ind.id, label: meta.label, href: meta.href, unitLabel: meta.unitLabel, direction: ind.direction, directionLabel: meta.directionLabel},
        theme: meta.themeLabel,
        value: cell(v, unit, locale, own, missingLabel(o, locale) ?? '—', dec),
        illustrative: o?.status === 'illustratif',
        missingLabel: missingLabel(o, locale),
        ...noteOf(o, locale),
        n: s.n,
        median: cell(s.median, unit, locale, peersIll, '—', dec),
        q1: cell(s.q1, unit, locale, peersIll, '—', dec),
        q3: cell(s.q3, unit, locale, peersIll, '—', dec),
        gapMedian: gapCell(gap(v, s.median), unit, locale, own || peersIll, dec),
        rank: ranks[peers.findIndex((a) => a.code === agency.code)] ?? null,
        rankIllustrative: peersIll,
        position: quartilePosition(v, s, ind.direction),
        spark,
        sparkMedian,
        sparkText,
      });
    }
    // Alphabetical, sorted here: the page's default order, with no collator built while it hydrates.
    rows.sort((a, b) => a.indicator.label.localeCompare(b.indicator.label, locale));
    byPeriod[period] = {period, rows, anyIllustrative: rows.some((r) => r.illustrative)};
  }
  return {
    locale,
    agency: {
      ...agencyRef(agency, locale, p),
      note: agency.note ? agency.note[locale] || null : null,
      website: agency.website,
      status: agency.status,
    },
    periods,
    byPeriod,
    downloads: own.length ? downloads(p, `organisme-${agencySlug(agency.code)}`) : null,
    illustrative: own.some((o) => o.status === 'illustratif'),
    overviewHref: overviewPath(p),
  };
}

export function overviewPage(ds: DatasetIndex, locale: PageLocale, p: Paths): OverviewPageData {
  const {dataset} = ds;
  const themes = dataset.themes
    .map((t) => ({
      code: t.code,
      label: t.name[locale],
      indicators: dataset.indicators
        .filter((i) => i.theme === t.code)
        .map((i) => {
          const meta = indicatorMeta(ds, i, locale, p);
          return {
            id: i.id,
            label: meta.label,
            href: meta.href,
            channel: i.channel,
            channelLabel: meta.channelLabel,
            unitLabel: meta.unitLabel,
            directionLabel: meta.directionLabel,
            target: meta.target ? meta.target.t : null,
            targetIllustrative: meta.target !== null && i.targetStatus === 'illustratif',
            periods: ds.periodsOf(i.id).map((per) => formatPeriod(per, locale)),
            agencies: new Set((ds.byIndicator.get(i.id) ?? []).filter((o) => o.value !== null).map((o) => o.agency)).size,
          };
        }),
    }))
    .filter((t) => t.indicators.length > 0);
  const channels = dataset.channels
    .map((c) => ({code: c.code, label: c.name[locale], indicators: dataset.indicators.filter((i) => i.channel === c.code).map((i) => i.id)}))
    .filter((c) => c.indicators.length > 0);
  const coverage = dataset.indicators.map((i) => ({
    indicator: {id: i.id, label: i.label[locale], href: indicatorPath(p, i.id)},
    cells: dataset.agencies.map((a) => ({
      agency: a.code,
      periods: dataset.periods.filter((per) => ds.get(i.id, a.code, per)?.value != null),
    })),
  }));
  return {
    locale,
    themes,
    channels,
    agencies: dataset.agencies.map((a) => ({...agencyRef(a, locale, p), indicators: new Set((ds.byAgency.get(a.code) ?? []).map((o) => o.indicator)).size})),
    periods: dataset.periods,
    coverage,
    counts: {
      indicators: dataset.indicators.length,
      agencies: dataset.agencies.length,
      observations: dataset.observations.length,
      periods: dataset.periods.length,
    },
    downloads: {
      catalogue: downloads(p, 'indicateurs'),
      coverage: downloads(p, 'couverture'),
      all: downloads(p, 'valeurs'),
      channelMix: downloads(p, 'modes-de-prestation'),
    },
    channelMixHref: channelMixPath(p),
    illustrative: dataset.observations.some((o) => o.status === 'illustratif') || dataset.indicators.some((i) => i.targetStatus === 'illustratif'),
  };
}

export function channelMixPage(ds: DatasetIndex, locale: PageLocale, p: Paths): ChannelMixPageData {
  const {dataset} = ds;
  const order = dataset.channels.map((c) => c.code);
  const byChannel = (a: Indicator, b: Indicator) => order.indexOf(a.channel) - order.indexOf(b.channel);
  const shareInds = dataset.indicators.filter((i) => i.group === 'part-mode').sort(byChannel);
  const costInds = dataset.indicators.filter((i) => i.group === 'cout-transaction').sort(byChannel);
  const channelName = (code: string) => dataset.channels.find((c) => c.code === code)?.name[locale] ?? code;
  const pct = (v: MaybeNumber, ill: boolean) => cell(v, 'pourcentage', locale, ill, missingShort(locale));

  const agencies = dataset.agencies
    .map((a) => {
      const periods = dataset.periods
        .map((period) => {
          const obs = shareInds.map((i) => ds.get(i.id, a.code, period));
          if (obs.every((o) => o === undefined)) return null;
          const values = obs.map((o) => o?.value ?? null);
          const known = values.filter((v): v is number => v !== null);
          const total = known.length ? Math.round(known.reduce((x, y) => x + y, 0) * 10) / 10 : null;
          const ill = obs.some(illustrative);
          return {period, shares: values.map((v, k) => pct(v, illustrative(obs[k]))), total: pct(total, ill), illustrative: ill};
        })
        .filter((x): x is NonNullable<typeof x> => x !== null);
      if (periods.length === 0) return null;
      const first = periods[0]!;
      const last = periods[periods.length - 1]!;
      const migration =
        periods.length < 2
          ? null
          : {
              from: first.period,
              to: last.period,
              changes: shareInds.map((_, k) => gapCell(gap(last.shares[k]!.v, first.shares[k]!.v), 'pourcentage', locale, !!(last.shares[k]!.i || first.shares[k]!.i))),
            };
      return {agency: agencyRef(a, locale, p), periods, migration};
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);

  const costs = dataset.periods
    .map((period) => ({
      period,
      rows: dataset.agencies
        .map((a) => {
          const obs = costInds.map((i) => ds.get(i.id, a.code, period));
          if (obs.every((o) => o === undefined || o.value === null)) return null;
          return {
            agency: agencyRef(a, locale, p),
            costs: obs.map((o) => ({...cell(o?.value ?? null, 'dollars', locale, illustrative(o), missingLabel(o, locale) ?? missingShort(locale)), illustrative: o?.status === 'illustratif'})),
          };
        })
        .filter((x): x is NonNullable<typeof x> => x !== null),
    }))
    .filter((c) => c.rows.length > 0);

  const mixObs = dataset.observations.filter((o) => shareInds.some((i) => i.id === o.indicator) || costInds.some((i) => i.id === o.indicator));
  return {
    locale,
    channels: shareInds.map((i) => ({code: i.channel, label: channelName(i.channel), indicator: i.id})),
    agencies,
    costChannels: costInds.map((i) => ({code: i.channel, label: channelName(i.channel), indicator: i.id, href: indicatorPath(p, i.id)})),
    costs,
    downloads: downloads(p, 'modes-de-prestation'),
    illustrative: mixObs.some((o) => o.status === 'illustratif'),
    overviewHref: overviewPath(p),
  };
}

/** Used by the coverage matrix caption and tests. */
export function countLabel(n: number, locale: PageLocale): string {
  return formatNumber(n, locale);
}
