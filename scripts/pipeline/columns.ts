/**
 * Column names of the contributed tables, once: the machine name data/ files
 * use (`periode`) and the human words of the downloads made for spreadsheets,
 * in French and English (`Période` / `Period`). The validator reads either, so
 * a values file downloaded for French Excel can be contributed back unchanged;
 * the download writers (src/plugins/…/downloads.ts) write these words.
 *
 * A header cell is compared after `headerKey`: case, accents, spaces, `_`,
 * `-`, apostrophes and parentheses do not matter ("Note (anglais)" is
 * "note anglais", "note_en" is "note en").
 */
import type { Locale } from './types';

export interface ColumnWords {
  fr: string;
  en: string;
}

/** Machine name → human words, in the order the downloads write them. */
export type ColumnVocabulary = Readonly<Record<string, ColumnWords>>;

/**
 * Values files (data/valeurs/*.csv). `note` is the French note and `note_en`
 * the English one: in an English file "Note" is the English note and
 * "Note (French)" the French one.
 */
export const VALUES_COLUMNS = {
  organisme: { fr: 'Organisme', en: 'Agency' },
  indicateur: { fr: 'Indicateur', en: 'Indicator' },
  periode: { fr: 'Période', en: 'Period' },
  valeur: { fr: 'Valeur', en: 'Value' },
  valeur_manquante: { fr: 'Valeur manquante', en: 'Missing value' },
  statut: { fr: 'Statut', en: 'Status' },
  note: { fr: 'Note', en: 'Note (French)' },
  note_en: { fr: 'Note (anglais)', en: 'Note' },
  source: { fr: 'Source', en: 'Source' },
} as const satisfies ColumnVocabulary;

/**
 * Columns a download adds for readers, computed by the site from the others:
 * a re-contributed download may carry them; they are recognised and not read
 * (the site computes them again).
 */
export const VALUES_COMPUTED_COLUMNS = {
  libelle: { fr: 'Libellé', en: 'Label' },
  nom_organisme: { fr: 'Nom de l’organisme', en: 'Agency name' },
  unite: { fr: 'Unité', en: 'Unit' },
  rang: { fr: 'Rang', en: 'Rank' },
  mediane_periode: { fr: 'Médiane de la période', en: 'Period median' },
  ecart_mediane: { fr: 'Écart à la médiane', en: 'Gap to median' },
  cible: { fr: 'Cible', en: 'Target' },
  ecart_cible: { fr: 'Écart à la cible', en: 'Gap to target' },
  variation_periode_precedente: { fr: 'Variation depuis la période précédente', en: 'Change from previous period' },
  titre_source: { fr: 'Titre de la source', en: 'Source title' },
  licence: { fr: 'Licence', en: 'Licence' },
} as const satisfies ColumnVocabulary;

/** The indicator catalogue (data/indicateurs.csv). */
export const CATALOGUE_COLUMNS = {
  id: { fr: 'Identifiant', en: 'Identifier' },
  groupe: { fr: 'Groupe', en: 'Group' },
  libelle_fr: { fr: 'Libellé (français)', en: 'Label (French)' },
  libelle_en: { fr: 'Libellé (anglais)', en: 'Label (English)' },
  definition_fr: { fr: 'Définition (français)', en: 'Definition (French)' },
  definition_en: { fr: 'Définition (anglais)', en: 'Definition (English)' },
  unite: { fr: 'Unité', en: 'Unit' },
  sens: { fr: 'Sens', en: 'Direction' },
  canal: { fr: 'Mode de prestation', en: 'Channel' },
  theme: { fr: 'Thème', en: 'Theme' },
  frequence: { fr: 'Fréquence', en: 'Frequency' },
  source: { fr: 'Source', en: 'Source' },
  cible: { fr: 'Cible', en: 'Target' },
  cible_statut: { fr: 'Statut de la cible', en: 'Target status' },
  cible_libelle_fr: { fr: 'Libellé de la cible (français)', en: 'Target label (French)' },
  cible_libelle_en: { fr: 'Libellé de la cible (anglais)', en: 'Target label (English)' },
  comparabilite_fr: { fr: 'Comparabilité (français)', en: 'Comparability (French)' },
  comparabilite_en: { fr: 'Comparabilité (anglais)', en: 'Comparability (English)' },
} as const satisfies ColumnVocabulary;

/** Computed columns of a catalogue download (recognised, not read). */
export const CATALOGUE_COMPUTED_COLUMNS = {
  titre_source: { fr: 'Titre de la source', en: 'Source title' },
  licence: { fr: 'Licence', en: 'Licence' },
} as const satisfies ColumnVocabulary;

/**
 * Words of the status column, by status, as the downloads write them. The
 * validator also accepts the machine codes and any case or accents.
 */
export const STATUS_WORDS = {
  publie: { fr: 'publié', en: 'published' },
  illustratif: { fr: 'illustratif', en: 'illustrative' },
} as const satisfies Record<string, ColumnWords>;

/** Words of the missing-value column, by reason (the value cell stays empty). */
export const MISSING_WORDS = {
  'non-disponible': { fr: 'non disponible', en: 'not available' },
  'sans-objet': { fr: 'sans objet', en: 'not applicable' },
  confidentiel: { fr: 'confidentiel', en: 'confidential' },
} as const satisfies Record<string, ColumnWords>;

/** The human header of a table in one locale, in vocabulary order: what a download writes. */
export function headerWords(vocabulary: ColumnVocabulary, locale: Locale, columns: readonly string[] = Object.keys(vocabulary)): string[] {
  return columns.map((c) => {
    const w = vocabulary[c];
    if (!w) throw new Error(`headerWords: unknown column ${c}`);
    return w[locale];
  });
}

/** How header cells are compared: case, accents, spaces and punctuation folded. */
export function headerKey(s: string): string {
  return s
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-’'`().]+/g, ' ')
    .trim();
}
