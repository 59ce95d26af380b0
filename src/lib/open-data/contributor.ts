/**
 * The contributors' values format (data/README.md, "Colonnes de valeurs/*.csv"),
 * as the CSV for French Excel writes it: human headers, the status as a word,
 * a missing value as its token. A downloaded values file is thus a valid
 * contribution: it goes back through `npm run validate` unchanged.
 *
 * The validator compares column names and status codes case- and
 * accent-insensitively ("Période" is "periode", "publié" is "publie").
 */
import type {MissingReason, Observation, ValueStatus} from '../../../scripts/pipeline/types';
import type {CsvCell} from '../csv-export';
import type {OpenField, OpenLocale} from './table';

export type ValuesColumn = 'organisme' | 'indicateur' | 'periode' | 'valeur' | 'statut' | 'note' | 'note_en' | 'source';

export const VALUES_HEADERS: Record<OpenLocale, Record<ValuesColumn, string>> = {
  fr: {
    organisme: 'Organisme',
    indicateur: 'Indicateur',
    periode: 'Période',
    valeur: 'Valeur',
    statut: 'Statut',
    note: 'Note',
    note_en: 'Note (anglais)',
    source: 'Source',
  },
  en: {
    organisme: 'Agency',
    indicateur: 'Indicator',
    periode: 'Period',
    valeur: 'Value',
    statut: 'Status',
    note: 'Note (French)',
    note_en: 'Note (English)',
    source: 'Source',
  },
};

/** Status as the contributor file writes it (accepted by the validator). */
export const VALUES_STATUS: Record<OpenLocale, Record<ValueStatus, string>> = {
  fr: {publie: 'publié', illustratif: 'illustratif'},
  en: {publie: 'publie', illustratif: 'illustratif'},
};

/** Missing-value tokens of data/README.md. */
export const MISSING_TOKENS: Record<MissingReason, string> = {'non-disponible': 'n.d.', 'sans-objet': 's.o.', confidentiel: 'x'};

const DESCRIPTIONS: Record<OpenLocale, Record<ValuesColumn, string>> = {
  fr: {
    organisme: 'Code de l’organisme (data/organismes.csv).',
    indicateur: 'Identifiant de l’indicateur (catalogue indicateurs.csv).',
    periode: 'Année financière (2010-2011) ou année civile (2010).',
    valeur: 'Le nombre, dans l’unité de l’indicateur; une valeur manquante est n.d. (non disponible), s.o. (sans objet) ou x (confidentiel), jamais zéro.',
    statut: 'publié (chiffre tiré d’un document cité) ou illustratif (exemple, à ne pas citer).',
    note: 'Précision utile au lecteur, en français.',
    note_en: 'La même précision, en anglais.',
    source: 'Code du document cité (data/sources.csv), obligatoire pour une valeur publiée.',
  },
  en: {
    organisme: 'Agency code (data/organismes.csv).',
    indicateur: 'Indicator identifier (indicateurs.csv catalogue).',
    periode: 'Fiscal year (2010-2011) or calendar year (2010).',
    valeur: 'The number, in the indicator’s unit; a missing value is n.d. (not available), s.o. (not applicable) or x (confidential), never zero.',
    statut: 'publie (figure from a cited document) or illustratif (example, do not quote).',
    note: 'Note for the reader, in French.',
    note_en: 'The same note, in English.',
    source: 'Code of the cited document (data/sources.csv), required for a published value.',
  },
};

/** English note of an observation, when the data has one (optional note_en column). */
export function englishNote(o: Observation): string | null {
  const en = (o as Observation & {noteEn?: string | null; note_en?: string | null}).noteEn ?? (o as {note_en?: string | null}).note_en;
  return en ? en : null;
}

/** The contributors' view of some observations: fields (with human headers) and rows. */
export function contributorView(list: readonly Observation[], locale: OpenLocale): {fields: OpenField[]; rows: CsvCell[][]} {
  const withEnglish = list.some((o) => englishNote(o) !== null);
  const columns: ValuesColumn[] = ['organisme', 'indicateur', 'periode', 'valeur', 'statut', 'note', ...(withEnglish ? (['note_en'] as const) : []), 'source'];
  const fields: OpenField[] = columns.map((c) => ({
    name: c,
    title: VALUES_HEADERS[locale][c],
    type: c === 'valeur' ? 'number' : 'string',
    description: DESCRIPTIONS[locale][c],
    required: c === 'organisme' || c === 'indicateur' || c === 'periode' || c === 'statut',
    ...(c === 'statut' ? {enum: [VALUES_STATUS[locale].publie, VALUES_STATUS[locale].illustratif]} : {}),
  }));
  const rows = list.map((o) =>
    columns.map((c): CsvCell => {
      switch (c) {
        case 'organisme':
          return o.agency;
        case 'indicateur':
          return o.indicator;
        case 'periode':
          return o.period;
        case 'valeur':
          return o.value ?? MISSING_TOKENS[o.missing ?? 'non-disponible'];
        case 'statut':
          return VALUES_STATUS[locale][o.status];
        case 'note':
          return o.note;
        case 'note_en':
          return englishNote(o);
        case 'source':
          return o.source;
      }
    }),
  );
  return {fields, rows};
}
