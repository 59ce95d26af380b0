/** Page data of the finances plugin: plain JSON, every number already formatted. */
export type PageLocale = 'fr' | 'en';

/** The files of one downloadable table (src/lib/open-data/table.ts downloadLinks). */
export interface DownloadLinks {
  xlsx: string;
  csvExcel: string;
  csv: string;
  json: string;
  openData: string;
}

export interface Footnote {
  n: number;
  id: string;
  text: string;
  /** 'arrondi': a rounding difference found by the checks; 'note': a note on a line. */
  kind: 'arrondi' | 'note';
}

export interface AmountCell {
  text: string;
  /** Footnote numbers attached to this cell. */
  notes: number[];
}

export interface TableRow {
  poste: string;
  label: string;
  total: boolean;
  labelNotes: number[];
  /** One per fiscal year, oldest first. */
  amounts: AmountCell[];
  /** Latest year − previous year; '' with a single year. */
  change: string;
  changePercent: string;
  /** Share of total expenses per year (expense lines only), else null. */
  shares: string[] | null;
}

export interface StatementTable {
  id: 'resultats' | 'bilan';
  sections: {id: string; title: string; rows: TableRow[]}[];
}

export interface ChartSeriesPoint {
  label: string;
  /** Cents. */
  value: number;
  text: string;
}

export interface StatementsPageData {
  locale: PageLocale;
  years: string[];
  /** Closing date of each year, formatted. */
  yearEnds: string[];
  last: string;
  previous: string | null;
  tables: StatementTable[];
  footnotes: Footnote[];
  toleranceText: string;
  chart: {
    groups: {label: string; values: {value: number; text: string}[]}[];
    max: number;
    ticks: {value: number; text: string}[];
  };
  surplus: {points: ChartSeriesPoint[]; ticks: {value: number; text: string}[]};
  contributions: {
    exercice: string;
    totalText: string;
    illustrative: boolean;
    agencies: {code: string; name: string; text: string; shareText: string}[];
  }[];
  source: string | null;
  downloads: DownloadLinks | null;
}

export interface ConferencePageData {
  locale: PageLocale;
  slug: string;
  title: string;
  dateText: string;
  speakers: string[];
  network: {name: string; path: string} | null;
  participantsText: string;
  evaluationsText: string;
  /** The source reports more evaluations than participants (kept as published, with a note). */
  moreEvaluationsThanParticipants: boolean;
  summary: string;
  source: string | null;
  distribution: {
    status: 'publie' | 'illustratif';
    totalText: string;
    note: string | null;
    max: number;
    rows: {level: string; label: string; value: number; text: string; percentText: string}[];
  } | null;
  participation: {
    max: number;
    totalText: string;
    rows: {
      slug: string;
      path: string;
      title: string;
      dateText: string;
      shortDate: string;
      value: number;
      participantsText: string;
      evaluationsText: string;
      current: boolean;
    }[];
  };
  downloads: DownloadLinks | null;
}
