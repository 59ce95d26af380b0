/** Shapes shared by the practice directory's build step, its page and its search clients. */

export const FACETS = ['network', 'themes', 'channels', 'agencies', 'year'] as const;
export type FacetAttribute = (typeof FACETS)[number];

/** One practice sheet as a search record (local index and Algolia alike). */
export interface PracticeRecord {
  objectID: string;
  /** Route without locale prefix, e.g. /meilleures-pratiques/sondages-en-ligne */
  permalink: string;
  title: string;
  description: string;
  /** Language of the sheet's text (an untranslated sheet is French under /en/). */
  textLang: 'fr' | 'en';
  /** A Centre network or group code, or 'externe' (outside practice). */
  network: string;
  /** The outside body whose practice it is, when network is 'externe'. */
  outsideBody?: string;
  themes: string[];
  channels: string[];
  agencies: string[];
  year: number;
  status: string;
}

/** The JSON module given to the directory page (one per locale). */
export interface DirectoryData {
  locale: 'fr' | 'en';
  /**
   * Facet value labels, code → name in the page's language (year has none), in
   * the order the page shows them: alphabetical in the page's locale, sorted at
   * build time so that no collator is built while the page hydrates.
   */
  labels: Record<Exclude<FacetAttribute, 'year'>, Record<string, string>>;
  records: PracticeRecord[];
}

/** customFields.algolia: set when the three ALGOLIA_* variables are. */
export interface AlgoliaSettings {
  appId: string;
  apiKey: string;
  indexName: string;
}

/** The values a record has for a facet, as strings (Algolia's facet values). */
export function facetValues(record: PracticeRecord, attribute: FacetAttribute): string[] {
  const v = record[attribute];
  return Array.isArray(v) ? v : [String(v)];
}

/**
 * A facet's values in the order both renderings show them: years newest first,
 * labels alphabetically. The labels come in that order from the build
 * (data.ts, inLabelOrder): no collator is built while the page hydrates. A
 * value without a label (none expected) goes last.
 */
export function sortFacetValues<T extends {value: string}>(items: readonly T[], attribute: FacetAttribute, data: DirectoryData): T[] {
  if (attribute === 'year') return [...items].sort((a, b) => Number(b.value) - Number(a.value));
  const order = new Map(Object.keys(data.labels[attribute]).map((code, i) => [code, i]));
  const rank = (v: string) => order.get(v) ?? order.size;
  return [...items].sort((a, b) => rank(a.value) - rank(b.value));
}
