/**
 * Page data the etalonnage plugin writes with createData (one JSON module per
 * page) and the page components read. Everything is already in the page's
 * locale and every number already formatted (build time, src/lib/format.ts),
 * so the server HTML and the hydrated page print the same characters.
 */
import type {Direction, QuartilePosition} from '../../lib/stats';

export type PageLocale = 'fr' | 'en';

/** A number and how it reads on the page ("12,5 %", "n.d."). */
export interface Cell {
  /** Null when missing. */
  v: number | null;
  /** Display text in the page's locale. */
  t: string;
  /**
   * True when the number is illustrative: an illustrative value, an
   * illustrative target, or a figure computed from at least one illustrative
   * input (rank, median, quartile, gap, change). The page marks it.
   */
  i?: boolean;
}

export interface Links {
  /** Base URL of the locale ("/" or "/en/"), with trailing slash. */
  base: string;
}

/** The files of one downloadable table (src/lib/open-data/table.ts downloadLinks). */
export interface DownloadLinks {
  xlsx: string;
  csvExcel: string;
  csv: string;
  json: string;
  openData: string;
}

export interface AgencyRef {
  code: string;
  name: string;
  /** /etalonnage/organismes/<code in lower case>, with the locale's base URL. */
  href: string;
}

export interface IndicatorMeta {
  id: string;
  label: string;
  definition: string;
  href: string;
  group: string;
  unit: string;
  unitLabel: string;
  direction: Direction;
  directionLabel: string;
  target: Cell | null;
  targetLabel: string | null;
  targetIllustrative: boolean;
  comparability: string | null;
  channel: string;
  channelLabel: string;
  theme: string;
  themeLabel: string;
  /** Title of the source that defines the indicator; null for an illustrative indicator. */
  source: string | null;
  /** True when no source document defines the indicator (an example). */
  illustrativeIndicator: boolean;
  frequency: string;
}

export interface SummaryCells {
  n: number;
  median: Cell;
  q1: Cell;
  q3: Cell;
  min: Cell;
  max: Cell;
}

export interface IndicatorRow {
  agency: AgencyRef;
  value: Cell;
  illustrative: boolean;
  /** "n.d.", "s.o.", "conf." reason, spelled out, when missing. */
  missingLabel: string | null;
  note: string | null;
  /** Set when the note is not in the page's language (French on an English page: no translation given). */
  noteLang: 'fr' | null;
  rank: number | null;
  /** The rank is computed from at least one illustrative value. */
  rankIllustrative: boolean;
  gapMedian: Cell;
  gapTarget: Cell;
  change: Cell;
  /** 'favorable' | 'defavorable' | 'egal' | null for the gap to the median. */
  meaning: string | null;
}

export interface IndicatorPeriod {
  period: string;
  previous: string | null;
  rows: IndicatorRow[];
  summary: SummaryCells;
  anyIllustrative: boolean;
}

export interface IndicatorPageData {
  locale: PageLocale;
  indicator: IndicatorMeta;
  /** Ascending. The last one is shown first. */
  periods: string[];
  byPeriod: Record<string, IndicatorPeriod>;
  /** For the trend chart: one series per agency, values in period order. */
  trend: {agency: AgencyRef; values: (number | null)[]; labels: string[]; illustrative: boolean[]}[];
  /** Median per period, for the trend chart. */
  trendMedian: (number | null)[];
  /** Per period: the median rests on at least one illustrative value. */
  trendMedianIllustrative: boolean[];
  downloads: DownloadLinks | null;
  illustrative: boolean;
  overviewHref: string;
}

export interface AgencyIndicatorRow {
  indicator: {id: string; label: string; href: string; unitLabel: string; direction: Direction; directionLabel: string};
  theme: string;
  value: Cell;
  illustrative: boolean;
  missingLabel: string | null;
  note: string | null;
  /** Set when the note is not in the page's language (French on an English page: no translation given). */
  noteLang: 'fr' | null;
  n: number;
  median: Cell;
  q1: Cell;
  q3: Cell;
  gapMedian: Cell;
  rank: number | null;
  /** Rank, quartiles and position rest on at least one illustrative value. */
  rankIllustrative: boolean;
  position: QuartilePosition | null;
  /** Values of the agency and the peer median over all periods of the page, for the sparkline. */
  spark: (number | null)[];
  sparkMedian: (number | null)[];
  sparkText: string;
}

export interface AgencyPageData {
  locale: PageLocale;
  agency: AgencyRef & {note: string | null; website: string | null; status: string};
  periods: string[];
  /** Each period's rows in alphabetical order of the indicators' labels, in the page's locale. */
  byPeriod: Record<string, {period: string; rows: AgencyIndicatorRow[]; anyIllustrative: boolean}>;
  downloads: DownloadLinks | null;
  illustrative: boolean;
  overviewHref: string;
}

export interface CatalogueEntry {
  id: string;
  label: string;
  href: string;
  channel: string;
  channelLabel: string;
  unitLabel: string;
  directionLabel: string;
  target: string | null;
  targetIllustrative: boolean;
  periods: string[];
  agencies: number;
}

export interface OverviewPageData {
  locale: PageLocale;
  themes: {code: string; label: string; indicators: CatalogueEntry[]}[];
  channels: {code: string; label: string; indicators: string[]}[];
  agencies: (AgencyRef & {indicators: number})[];
  periods: string[];
  /** coverage[indicator id][agency code] = periods with a value. */
  coverage: {indicator: {id: string; label: string; href: string}; cells: {agency: string; periods: string[]}[]}[];
  counts: {indicators: number; agencies: number; observations: number; periods: number};
  downloads: {catalogue: DownloadLinks; coverage: DownloadLinks; all: DownloadLinks; channelMix: DownloadLinks};
  channelMixHref: string;
  illustrative: boolean;
}

export interface ChannelMixAgency {
  agency: AgencyRef;
  periods: {period: string; shares: Cell[]; total: Cell; illustrative: boolean}[];
  /** Change in points from the first to the last period with a share, per channel. */
  migration: {from: string; to: string; changes: Cell[]} | null;
}

export interface ChannelMixPageData {
  locale: PageLocale;
  channels: {code: string; label: string; indicator: string}[];
  agencies: ChannelMixAgency[];
  costChannels: {code: string; label: string; indicator: string; href: string}[];
  costs: {period: string; rows: {agency: AgencyRef; costs: (Cell & {illustrative: boolean})[]}[]}[];
  downloads: DownloadLinks;
  illustrative: boolean;
  overviewHref: string;
}
