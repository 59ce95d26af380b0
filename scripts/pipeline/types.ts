/**
 * Types shared by the data pipeline (scripts/pipeline), the validator CLI
 * (scripts/validate.ts), the Docusaurus data plugins (src/plugins) and the pages.
 * One place, imported everywhere: the normalised dataset is the contract between
 * contributors' CSV files and the published tables.
 */

/** Agency code as written in data/organismes.csv (upper case, stays text: "0012" stays "0012"). */
export type AgencyCode = string;
/** Indicator id from the catalogue (kebab-case, e.g. "appels-volume"). */
export type IndicatorId = string;
/** Fiscal year "2010-2011" or calendar year "2010". */
export type Period = string;

export type Locale = 'fr' | 'en';

export interface Bilingual {
  fr: string;
  en: string;
}

export type AgencyStatus = 'actif' | 'ancien';

export interface Agency {
  code: AgencyCode;
  name: Bilingual;
  /** Year the agency joined the Centre, or null when no source gives it. */
  memberSince: number | null;
  memberUntil: number | null;
  website: string | null;
  status: AgencyStatus;
  note: Bilingual | null;
}

/** Delivery channel (mode de prestation). */
export type ChannelCode = 'telephone' | 'en-personne' | 'web' | 'courriel' | 'courrier' | 'rvi' | 'tous';

export interface Channel {
  code: ChannelCode;
  name: Bilingual;
}

export type Unit = 'pourcentage' | 'secondes' | 'minutes' | 'jours' | 'nombre' | 'dollars' | 'ratio' | 'indice';
/**
 * higher is better | lower is better | neither (volumes: context, not performance).
 * Pages must not colour a 'neutre' indicator as good or bad.
 */
export type Direction = 'hausse' | 'baisse' | 'neutre';
export type Frequency = 'annuelle' | 'trimestrielle' | 'mensuelle';

/**
 * What an indicator is for, so pages can pick families without parsing ids:
 * - volume: yearly contacts handled in one channel (count);
 * - part-mode: one channel's share of all contacts (percentage). The channel-mix
 *   of an agency × period is the set of its 'part-mode' observations, one per
 *   channel (Indicator.channel), summing to about 100;
 * - cout-transaction: cost of one transaction in one channel (dollars);
 * - norme-service: attainment of a service standard (answer speed, abandon);
 * - qualite: quality of the answer (first-contact resolution…);
 * - satisfaction: satisfied clients in one channel (percentage);
 * - delai: processing delays (days).
 */
export type IndicatorGroup =
  | 'volume'
  | 'part-mode'
  | 'cout-transaction'
  | 'norme-service'
  | 'qualite'
  | 'satisfaction'
  | 'delai';

export interface Indicator {
  id: IndicatorId;
  group: IndicatorGroup;
  label: Bilingual;
  definition: Bilingual;
  unit: Unit;
  direction: Direction;
  /** Target in the indicator's unit (e.g. 180 seconds, 80 %), null when none. */
  target: number | null;
  targetLabel: Bilingual | null;
  /** 'publie' when a source sets the target, 'illustratif' when chosen for the example; null without target. */
  targetStatus: ValueStatus | null;
  channel: ChannelCode;
  /** Code from data/themes.csv. */
  theme: string;
  frequency: Frequency;
  comparability: Bilingual | null;
  /** 'illustratif': an example indicator that no source document defines. */
  status: ValueStatus;
  /** Code from data/sources.csv: the document that defines the indicator; null for an illustrative one. */
  source: string | null;
  /** Where the catalogue row came from (absent when built by hand). */
  origin?: { file: string; line: number };
}

export type ValueStatus = 'publie' | 'illustratif';

/** Why a cell has no number: never a silent 0 or NaN. */
export type MissingReason = 'non-disponible' | 'sans-objet' | 'confidentiel';

export interface Observation {
  agency: AgencyCode;
  indicator: IndicatorId;
  period: Period;
  /** The value, or null with a reason. */
  value: number | null;
  missing: MissingReason | null;
  status: ValueStatus;
  /** Note in French (column note), and in English (column note_en) when the contributor gave one. */
  note: string | null;
  noteEn: string | null;
  source: string | null;
  /** Where the row came from, for error messages and change reports. */
  origin: { file: string; line: number };
}

/** A document cited by indicators and values (data/sources.csv). */
export interface Source {
  code: string;
  title: Bilingual;
  /** "2012-02", "2003"… as written in sources.csv, or null. */
  date: string | null;
  /** Publisher as named in French (column editeur), and in English when it differs (editeur_en). */
  publisher: string | null;
  publisherEn: string | null;
}

/** An exchange network or a working group (data/reseaux.csv). */
export interface Network {
  code: string;
  kind: 'reseau' | 'groupe';
  name: Bilingual;
  /** "2006", "2007-01"… or null. */
  start: string | null;
  /** The start as the source words it ("au début de 2007"), when it is vaguer than `start`; else null. */
  startText: Bilingual | null;
  end: string | null;
  /** 'prevu': announced, not yet begun, as of `statusPeriod`. */
  status: 'actif' | 'termine' | 'prevu';
  /** The period the status is stated for ("2006-2007"), as the source says it; null = no date given. */
  statusPeriod: string | null;
  /** Member agency codes; empty for a working group whose members no source lists. */
  agencies: string[];
  /** Agencies the group visited (not members), e.g. the reception-services group's site visits. */
  visited: string[];
  /** Code of data/sources.csv the dates and status come from, or null. */
  source: string | null;
}

/** A breakfast conference (data/dejeuners-conferences.csv). */
export interface Conference {
  slug: string;
  /** ISO date "2006-05-30". */
  date: string;
  title: Bilingual;
  speakers: string[];
  /** Code of the network that held it. */
  network: string;
  participants: number | null;
  evaluations: number | null;
  summary: Bilingual;
  source: string;
  /** Where the row came from (absent when built by hand). */
  origin?: { file: string; line: number };
}

/** A theme (data/themes.csv). */
export interface Theme {
  code: string;
  name: Bilingual;
}

export interface NormalisedDataset {
  agencies: Agency[];
  channels: Channel[];
  themes: Theme[];
  sources: Source[];
  /** In catalogue order (data/indicateurs.csv). */
  indicators: Indicator[];
  /** Sorted by indicator, agency, period. */
  observations: Observation[];
  /** Periods present, sorted ascending. */
  periods: Period[];
}

/** A closed vocabulary, in the Frictionless spirit. */
export type ReportEntryType =
  | 'encoding-error'
  | 'encoding-warning'
  | 'missing-label'
  | 'extra-label'
  | 'duplicate-label'
  | 'misspelt-label'
  | 'blank-row'
  | 'missing-cell'
  | 'extra-cell'
  | 'type-error'
  | 'ambiguous-number'
  | 'constraint-error'
  | 'foreign-key'
  | 'period-error'
  | 'primary-key'
  | 'unsafe-text'
  | 'source-error'
  | 'total-mismatch'
  | 'rounding-difference'
  | 'excel-leftover'
  | 'published-change'
  | 'file-name';

/** Every ReportEntryType, for exhaustive checks and documentation. */
export const REPORT_ENTRY_TYPES: readonly ReportEntryType[] = [
  'encoding-error',
  'encoding-warning',
  'missing-label',
  'extra-label',
  'duplicate-label',
  'misspelt-label',
  'blank-row',
  'missing-cell',
  'extra-cell',
  'type-error',
  'ambiguous-number',
  'constraint-error',
  'foreign-key',
  'period-error',
  'primary-key',
  'unsafe-text',
  'source-error',
  'total-mismatch',
  'rounding-difference',
  'excel-leftover',
  'published-change',
  'file-name',
];

export interface ReportEntry {
  file: string;
  /** Physical line in the file as a contributor sees it (header = line 1); 0 for the whole file. */
  line: number;
  /** 1-based column number, 0 when the entry concerns the whole line or file. */
  column: number;
  /** Column name (machine name) when the entry concerns one cell. */
  field: string | null;
  type: ReportEntryType;
  /** Message code (scripts/pipeline/messages.ts) and its parameters: the message in any language. */
  code: string;
  params: { readonly [k: string]: unknown };
  /** The message in the report's language: what is wrong, what was expected, how to fix. */
  message: string;
}

/**
 * What a file is, recognised from its header (or its place in data/):
 * the benchmark tables, the reference tables, the Centre's own data.
 */
export type FileKind =
  | 'values'
  | 'catalogue'
  | 'agencies'
  | 'channels'
  | 'themes'
  | 'sources'
  | 'networks'
  | 'conferences'
  | 'evaluations'
  | 'statement-operations'
  | 'balance-sheet'
  | 'finance-parameters'
  | 'contributions';

/** Row accounting of one file: rows = accepted + rejected + ignored. */
export interface FileReport {
  file: string;
  kind: FileKind | null;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | null;
  delimiter: ',' | ';' | '\t' | null;
  /** Records read after the header (a header that holds data counts as one). */
  rows: number;
  accepted: number;
  rejected: number;
  /** Excel leftovers: trailing rows made only of separators. */
  ignored: number;
}

export interface ValidationReport {
  valid: boolean;
  /** Language of the messages. */
  locale: Locale;
  /** Totals over the files: rows = accepted + rejected + ignored. */
  stats: { files: number; rows: number; accepted: number; rejected: number; ignored: number };
  files: FileReport[];
  errors: ReportEntry[];
  warnings: ReportEntry[];
}
